#include "storage/ReversalRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {} // namespace

Result<Id> ReversalRepository::enqueue(Id transactionId, const QString &reason, TimeMs at)
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO reversals (transaction_id, reason, state, attempts, "
                                      "next_attempt_at, created_at) VALUES (?, ?, 'pending', 0, ?, ?)"),
                       {qlonglong(transactionId), reason, qlonglong(at), qlonglong(at)},
                       QCoreApplication::translate("posdesk::ReversalRepository", "queueing a reversal"));
}

Result<std::vector<PendingReversal>> ReversalRepository::due(TimeMs now, Id terminalId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT r.id, r.transaction_id, r.reason, r.attempts, r.next_attempt_at, "
                                     "COALESCE(r.last_error, '') FROM reversals r JOIN transactions t ON t.id = "
                                     "r.transaction_id WHERE r.state = 'pending' AND r.next_attempt_at <= ? AND (? = 0 "
                                     "OR t.terminal_id = ?) ORDER BY r.id"),
                      {qlonglong(now), qlonglong(terminalId), qlonglong(terminalId)},
                      QCoreApplication::translate("posdesk::ReversalRepository", "reading the reversal queue"));
    if (!q)
        return q.error();
    std::vector<PendingReversal> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toInt(),
                       q->value(4).toLongLong(), q->value(5).toString()});
    return out;
}

Result<int> ReversalRepository::pendingCount(Id terminalId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM reversals r JOIN transactions t ON t.id = r.transaction_id "
                                     "WHERE r.state = 'pending' AND (? = 0 OR t.terminal_id = ?)"),
                      {qlonglong(terminalId), qlonglong(terminalId)},
                      QCoreApplication::translate("posdesk::ReversalRepository", "reading the reversal queue"));
    if (!q)
        return q.error();
    if (!q->next())
        return 0;
    return q->value(0).toInt();
}

Status ReversalRepository::recordFailure(Id id, int attempts, TimeMs nextAttemptAt, const QString &error)
{
    return sql::change(m_db,
                       QStringLiteral("UPDATE reversals SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id "
                                      "= ?"),
                       {attempts, qlonglong(nextAttemptAt), error, qlonglong(id)},
                       QCoreApplication::translate("posdesk::ReversalRepository", "recording a reversal attempt"),
                       QCoreApplication::translate("posdesk::ReversalRepository", "No reversal with id %1.").arg(id));
}

Status ReversalRepository::markDone(Id id, TimeMs at)
{
    return sql::change(m_db, QStringLiteral("UPDATE reversals SET state = 'done', done_at = ? WHERE id = ?"),
                       {qlonglong(at), qlonglong(id)},
                       QCoreApplication::translate("posdesk::ReversalRepository", "closing a reversal"),
                       QCoreApplication::translate("posdesk::ReversalRepository", "No reversal with id %1.").arg(id));
}

} // namespace posdesk
