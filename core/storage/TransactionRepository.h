#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <optional>
#include <vector>

namespace posdesk {

// What a host's answer adds to a transaction; empty fields leave the stored ones alone.
struct TxnAnswer
{
    QString responseCode;
    QString rrn;
    QString authCode;
    std::optional<std::int64_t> approvedMinor; // a partial approval: the amount the host approved
};

struct TxnFilter
{
    std::optional<TimeMs> from; // inclusive
    std::optional<TimeMs> to;   // exclusive
    std::optional<Id> terminalId;
    std::optional<int> batchNo;
    std::optional<TxnKind> kind;
    std::optional<TxnStatus> status;
    QString cashier;
};

// Card and cash transactions; UNIQUE (terminal, batch, STAN) keeps a transaction from being counted twice.
class TransactionRepository
{
public:
    explicit TransactionRepository(Database &db) : m_db(db) {}
    // The insert statement is prepared once per repository and reused: this is the till's hot path.
    Result<Id> insert(const CardTransaction &t);
    Status updateResult(Id id, TxnStatus status, const QString &responseCode, const QString &rrn,
                        const QString &authCode, TimeMs at);
    // Compare-and-set: moves `id` from `from` to `to` only if it still is `from` (Refused otherwise).
    Status transition(Id id, TxnStatus from, TxnStatus to, TimeMs at, const TxnAnswer &answer = {});
    // Inside a unit of work: keeps other tills off this row until it ends (PostgreSQL; SQLite serialises writers).
    Status lockForUpdate(Id id);
    // Refunds of a sale that hold or may hold money (approved, pending, in doubt).
    Result<std::int64_t> refundedMinor(Id originalId);
    // Voids of a sale that are approved or not yet known.
    Result<int> liveVoids(Id originalId);
    // Sales of this merchant's terminals with this RRN.
    Result<std::vector<CardTransaction>> findSalesByRrn(Id merchantId, const QString &rrn);
    // Transactions of a batch still pending or in doubt (a batch with any does not close).
    Result<int> unsettledCount(Id terminalId, int batchNo);
    Result<CardTransaction> findById(Id id);
    Result<CardTransaction> findByStan(Id terminalId, int batchNo, int stan);
    Result<std::vector<CardTransaction>> list(const TxnFilter &filter, int limit = -1);
    Result<std::int64_t> count(const TxnFilter &filter);

private:
    Database &m_db;
    std::optional<QSqlQuery> m_insert;
};

} // namespace posdesk
