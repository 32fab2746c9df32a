#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <vector>

namespace posdesk {

// The store-and-forward reversal queue: one row per in-doubt transaction, retried until the host answers.
// pending → done (the host confirmed, or never saw the original) | refused (the host said no for good, or the
// reversal outlived the acquirer's expiry: an incident a person resolves) → resolved.
struct PendingReversal
{
    Id id = 0;
    Id transactionId = 0;
    QString reason; // field 39 of the 0400: 98 no answer, 96 other, A0 MAC failure, 06 card declined
    int attempts = 0;
    TimeMs nextAttemptAt = 0;
    QString lastError;
    QString state; // pending | done | refused | resolved
    QString finalCode;
    std::optional<Id> incidentId;
    TimeMs createdAt = 0;
    QString resolution; // reversed | kept, once resolved
};

class ReversalRepository
{
public:
    explicit ReversalRepository(Database &db) : m_db(db) {}
    // Queues a reversal; a transaction is queued at most once.
    Result<Id> enqueue(Id transactionId, const QString &reason, TimeMs at, const QString &error = {});
    // Pending reversals due at `now` (every pending one when `ignoreBackoff`), oldest first; terminalId 0 means
    // every terminal.
    Result<std::vector<PendingReversal>> due(TimeMs now, Id terminalId = 0, bool ignoreBackoff = false);
    Result<PendingReversal> findById(Id id);
    // Reversals in a state (every state when empty), newest first.
    Result<std::vector<PendingReversal>> list(const QString &state = {}, Id terminalId = 0);
    Result<int> pendingCount(Id terminalId = 0);
    // Whether the terminal has a transaction still pending or a reversal waiting: one cheap query on the hot path.
    Result<bool> anythingToSend(Id terminalId);
    // Pending or refused-and-unresolved reversals of a terminal: settlement waits for them.
    Result<int> blockingCount(Id terminalId);
    Status recordFailure(Id id, int attempts, TimeMs nextAttemptAt, const QString &error);
    // Compare-and-set from pending.
    Status markDone(Id id, TimeMs at);
    Status markRefused(Id id, const QString &finalCode, std::optional<Id> incidentId, const QString &error, TimeMs at);
    // Compare-and-set from refused: the owner's resolution with the acquirer's evidence.
    Status resolve(Id id, const QString &resolution, const QString &actor, const QString &evidence, TimeMs at);

private:
    Database &m_db;
};

} // namespace posdesk
