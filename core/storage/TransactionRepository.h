#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <optional>
#include <vector>

namespace posdesk {

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
    Result<CardTransaction> findById(Id id);
    Result<CardTransaction> findByStan(Id terminalId, int batchNo, int stan);
    Result<std::vector<CardTransaction>> list(const TxnFilter &filter, int limit = -1);
    Result<std::int64_t> count(const TxnFilter &filter);

private:
    Database &m_db;
    std::optional<QSqlQuery> m_insert;
};

} // namespace posdesk
