#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <vector>

namespace posdesk {

// The store-and-forward reversal queue: one row per in-doubt transaction, retried until the host answers.
struct PendingReversal
{
    Id id = 0;
    Id transactionId = 0;
    QString reason; // field 39 of the 0400: 98 no answer, 96 other, A0 MAC failure
    int attempts = 0;
    TimeMs nextAttemptAt = 0;
    QString lastError;
};

class ReversalRepository
{
public:
    explicit ReversalRepository(Database &db) : m_db(db) {}
    // Queues a reversal; a transaction is queued at most once.
    Result<Id> enqueue(Id transactionId, const QString &reason, TimeMs at);
    // Pending reversals due at `now`, oldest first; terminalId 0 means every terminal.
    Result<std::vector<PendingReversal>> due(TimeMs now, Id terminalId = 0);
    Result<int> pendingCount(Id terminalId = 0);
    Status recordFailure(Id id, int attempts, TimeMs nextAttemptAt, const QString &error);
    Status markDone(Id id, TimeMs at);

private:
    Database &m_db;
};

} // namespace posdesk
