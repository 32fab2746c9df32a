#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <optional>
#include <vector>

namespace posdesk {

class ChipRecordRepository
{
public:
    explicit ChipRecordRepository(Database &db) : m_db(db) {}

    Status insert(const ChipRecord &r);
    Result<std::optional<ChipRecord>> find(Id transactionId);
    // After the second GENERATE AC: the card's decision, field 55 for the TC upload and for a reversal.
    Status recordCardDecision(Id transactionId, const QString &decision, const QByteArray &finalIcc,
                              const QByteArray &reversalIcc);
    // Scripts ran: the advice is owed to the host until it confirms it.
    Status queueAdvice(Id transactionId, const QByteArray &adviceIcc);
    Status markAdviceSent(Id transactionId);
    Status markTcUploaded(Id transactionId);
    // Advices the host has not confirmed, for one terminal, oldest first.
    Result<std::vector<ChipRecord>> pendingAdvices(Id terminalId);

private:
    Database &m_db;
};

} // namespace posdesk
