#include "storage/ReversalRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.transaction_id, r.reason, r.attempts, r.next_attempt_at, COALESCE(r.last_error, ''), r.state, "
    "COALESCE(r.final_code, ''), r.incident_id, r.created_at, COALESCE(r.resolution, '') FROM reversals r JOIN "
    "transactions t ON t.id = r.transaction_id ");

PendingReversal fromRow(const QSqlQuery &q)
{
    PendingReversal r;
    r.id = q.value(0).toLongLong();
    r.transactionId = q.value(1).toLongLong();
    r.reason = q.value(2).toString();
    r.attempts = q.value(3).toInt();
    r.nextAttemptAt = q.value(4).toLongLong();
    r.lastError = q.value(5).toString();
    r.state = q.value(6).toString();
    r.finalCode = q.value(7).toString();
    r.incidentId = sql::optionalInt(q.value(8));
    r.createdAt = q.value(9).toLongLong();
    r.resolution = q.value(10).toString();
    return r;
}

QString what()
{
    return QCoreApplication::translate("posdesk::ReversalRepository", "reading the reversal queue");
}

Status changedOne(Result<QSqlQuery> &q, Id id, const char *from)
{
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::refused(QCoreApplication::translate("posdesk::ReversalRepository",
                                                          "Reversal %1 is no longer %2: another till or process "
                                                          "dealt with it meanwhile.")
                                  .arg(id)
                                  .arg(QString::fromLatin1(from)));
    return {};
}

} // namespace

Result<Id> ReversalRepository::enqueue(Id transactionId, const QString &reason, TimeMs at, const QString &error)
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO reversals (transaction_id, reason, state, attempts, "
                                      "next_attempt_at, last_error, created_at) VALUES (?, ?, 'pending', 0, ?, ?, ?)"),
                       {qlonglong(transactionId), reason, qlonglong(at), sql::nullableText(error), qlonglong(at)},
                       QCoreApplication::translate("posdesk::ReversalRepository", "queueing a reversal"));
}

Result<std::vector<PendingReversal>> ReversalRepository::due(TimeMs now, Id terminalId, bool ignoreBackoff)
{
    auto q = sql::run(m_db,
                      kSelect + QStringLiteral("WHERE r.state = 'pending' AND (? = 1 OR r.next_attempt_at <= ?) AND "
                                               "(? = 0 OR t.terminal_id = ?) ORDER BY r.id"),
                      {ignoreBackoff ? 1 : 0, qlonglong(now), qlonglong(terminalId), qlonglong(terminalId)}, what());
    if (!q)
        return q.error();
    std::vector<PendingReversal> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Result<PendingReversal> ReversalRepository::findById(Id id)
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("WHERE r.id = ?"), {qlonglong(id)}, what());
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::ReversalRepository", "No reversal with number %1.").arg(id));
    return fromRow(*q);
}

Result<std::vector<PendingReversal>> ReversalRepository::list(const QString &state, Id terminalId)
{
    auto q =
        sql::run(m_db,
                 kSelect + QStringLiteral("WHERE (? = '' OR r.state = ?) AND (? = 0 OR t.terminal_id = ?) ORDER BY "
                                          "r.id DESC"),
                 {state, state, qlonglong(terminalId), qlonglong(terminalId)}, what());
    if (!q)
        return q.error();
    std::vector<PendingReversal> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Result<int> ReversalRepository::pendingCount(Id terminalId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM reversals r JOIN transactions t ON t.id = r.transaction_id "
                                     "WHERE r.state = 'pending' AND (? = 0 OR t.terminal_id = ?)"),
                      {qlonglong(terminalId), qlonglong(terminalId)}, what());
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<bool> ReversalRepository::anythingToSend(Id terminalId)
{
    auto q =
        sql::select(m_db,
                    QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM transactions WHERE terminal_id = ? AND "
                                   "status = 'pending') OR EXISTS (SELECT 1 FROM reversals r JOIN transactions t ON "
                                   "t.id = r.transaction_id WHERE r.state = 'pending' AND t.terminal_id = ?) THEN 1 "
                                   "ELSE 0 END"),
                    {qlonglong(terminalId), qlonglong(terminalId)}, what());
    if (!q)
        return q.error();
    return q->next() && q->value(0).toInt() == 1;
}

Result<int> ReversalRepository::blockingCount(Id terminalId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM reversals r JOIN transactions t ON t.id = r.transaction_id "
                                     "WHERE r.state IN ('pending', 'refused') AND t.terminal_id = ?"),
                      {qlonglong(terminalId)}, what());
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status ReversalRepository::recordFailure(Id id, int attempts, TimeMs nextAttemptAt, const QString &error)
{
    return sql::change(
        m_db,
        QStringLiteral("UPDATE reversals SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id "
                       "= ? AND state = 'pending'"),
        {attempts, qlonglong(nextAttemptAt), error, qlonglong(id)},
        QCoreApplication::translate("posdesk::ReversalRepository", "recording a reversal attempt"),
        QCoreApplication::translate("posdesk::ReversalRepository", "Reversal %1 is no longer pending.").arg(id));
}

Status ReversalRepository::markDone(Id id, TimeMs at)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE reversals SET state = 'done', done_at = ? WHERE id = ? AND state = "
                                     "'pending'"),
                      {qlonglong(at), qlonglong(id)},
                      QCoreApplication::translate("posdesk::ReversalRepository", "closing a reversal"));
    return changedOne(q, id, "pending");
}

Status ReversalRepository::markRefused(Id id, const QString &finalCode, std::optional<Id> incidentId,
                                       const QString &error, TimeMs at)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE reversals SET state = 'refused', final_code = ?, incident_id = ?, "
                                     "last_error = ?, done_at = ? WHERE id = ? AND state = 'pending'"),
                      {finalCode, sql::nullableInt(incidentId), error, qlonglong(at), qlonglong(id)},
                      QCoreApplication::translate("posdesk::ReversalRepository", "recording a refused reversal"));
    return changedOne(q, id, "pending");
}

Status ReversalRepository::resolve(Id id, const QString &resolution, const QString &actor, const QString &evidence,
                                   TimeMs at)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE reversals SET state = 'resolved', resolution = ?, resolved_by = ?, "
                                     "evidence = ?, done_at = ? WHERE id = ? AND state = 'refused'"),
                      {resolution, actor, evidence, qlonglong(at), qlonglong(id)},
                      QCoreApplication::translate("posdesk::ReversalRepository", "resolving a refused reversal"));
    return changedOne(q, id, "refused");
}

} // namespace posdesk
