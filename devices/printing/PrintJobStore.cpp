#include "printing/PrintJobStore.h"

#include "storage/Sql.h"
#include "time/Clock.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

constexpr PrintJobState kStates[] = {PrintJobState::Pending, PrintJobState::Printing, PrintJobState::Held,
                                     PrintJobState::Printed, PrintJobState::Failed,   PrintJobState::Cancelled};

QString reading()
{
    return QCoreApplication::translate("posdesk::PrintJobStore", "reading the print queue");
}

QString writing()
{
    return QCoreApplication::translate("posdesk::PrintJobStore", "updating the print queue");
}

QString noSuchJob(Id id)
{
    return QCoreApplication::translate("posdesk::PrintJobStore", "There is no print job %1. List the jobs with "
                                                                 "“posdesk-cli printer queue”.")
        .arg(id);
}

const QString kColumns = QStringLiteral("id, device_id, kind, state, attempts, COALESCE(last_error, ''), reprint_of, "
                                        "created_at, updated_at, printed_at, transaction_id");

PrintJob fromRow(const QSqlQuery &q)
{
    PrintJob j;
    j.id = q.value(0).toLongLong();
    j.deviceId = q.value(1).toLongLong();
    j.kind = q.value(2).toString();
    j.state = printJobStateFromKey(q.value(3).toString()).value_or(PrintJobState::Failed);
    j.attempts = q.value(4).toInt();
    j.lastError = q.value(5).toString();
    j.reprintOf = sql::optionalInt(q.value(6));
    j.createdAt = q.value(7).toLongLong();
    j.updatedAt = q.value(8).toLongLong();
    j.printedAt = sql::optionalInt(q.value(9));
    j.transactionId = sql::optionalInt(q.value(10));
    return j;
}

} // namespace

QString toKey(PrintJobState state)
{
    switch (state) {
    case PrintJobState::Pending:
        return QStringLiteral("pending");
    case PrintJobState::Printing:
        return QStringLiteral("printing");
    case PrintJobState::Held:
        return QStringLiteral("held");
    case PrintJobState::Printed:
        return QStringLiteral("printed");
    case PrintJobState::Failed:
        return QStringLiteral("failed");
    case PrintJobState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<PrintJobState> printJobStateFromKey(QStringView key)
{
    for (PrintJobState s : kStates) {
        if (key == toKey(s))
            return s;
    }
    return std::nullopt;
}

QString displayName(PrintJobState state)
{
    switch (state) {
    case PrintJobState::Pending:
        return QCoreApplication::translate("posdesk::PrintJobStore", "waiting");
    case PrintJobState::Printing:
        return QCoreApplication::translate("posdesk::PrintJobStore", "printing");
    case PrintJobState::Held:
        return QCoreApplication::translate("posdesk::PrintJobStore", "held by the printer");
    case PrintJobState::Printed:
        return QCoreApplication::translate("posdesk::PrintJobStore", "printed");
    case PrintJobState::Failed:
        return QCoreApplication::translate("posdesk::PrintJobStore", "failed");
    case PrintJobState::Cancelled:
        return QCoreApplication::translate("posdesk::PrintJobStore", "cancelled");
    }
    return {};
}

PrintJobStore::PrintJobStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<Id> PrintJobStore::add(Id deviceId, const QString &kind, const QByteArray &payload, std::optional<Id> reprintOf,
                              std::optional<Id> transactionId)
{
    const qlonglong now = m_clock.nowMs();
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO print_jobs (device_id, kind, payload, state, attempts, reprint_of, "
                       "created_at, updated_at, transaction_id) VALUES (?, ?, ?, 'pending', 0, ?, ?, ?, "
                       "?)"),
        {qlonglong(deviceId), kind, payload, sql::nullableInt(reprintOf), now, now, sql::nullableInt(transactionId)},
        QCoreApplication::translate("posdesk::PrintJobStore", "adding a print job"));
}

Result<PrintJob> PrintJobStore::find(Id id)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1, payload FROM print_jobs WHERE id = ?").arg(kColumns),
                      {qlonglong(id)}, reading());
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(noSuchJob(id));
    PrintJob j = fromRow(*q);
    j.payload = q->value(11).toByteArray();
    return j;
}

Result<QList<PrintJob>> PrintJobStore::list(std::optional<Id> deviceId, int limit)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT %1 FROM print_jobs WHERE (? = 0 OR device_id = ?) ORDER BY id DESC LIMIT ?")
                     .arg(kColumns),
                 {qlonglong(deviceId.value_or(0)), qlonglong(deviceId.value_or(0)), limit}, reading());
    if (!q)
        return q.error();
    QList<PrintJob> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<std::optional<PrintJob>> PrintJobStore::nextPending(Id deviceId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT %1, payload FROM print_jobs WHERE device_id = ? AND state = 'pending' "
                                     "ORDER BY id LIMIT 1")
                          .arg(kColumns),
                      {qlonglong(deviceId)}, reading());
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PrintJob>();
    PrintJob j = fromRow(*q);
    j.payload = q->value(11).toByteArray();
    return std::optional<PrintJob>(std::move(j));
}

Result<int> PrintJobStore::countWaiting(Id deviceId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM print_jobs WHERE device_id = ? AND state IN ('pending', "
                                     "'printing', 'held')"),
                      {qlonglong(deviceId)}, reading());
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<bool> PrintJobStore::claim(Id id)
{
    // The state test makes the update the lock: of two processes only one sees a row change.
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE print_jobs SET state = 'printing', attempts = attempts + 1, last_error = "
                                     "NULL, updated_at = ? WHERE id = ? AND state = 'pending'"),
                      {qlonglong(m_clock.nowMs()), qlonglong(id)}, writing());
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Status PrintJobStore::setState(Id id, PrintJobState state, const QString &note)
{
    const qlonglong now = m_clock.nowMs();
    auto s = sql::change(
        m_db,
        QStringLiteral("UPDATE print_jobs SET state = ?, last_error = ?, updated_at = ?, printed_at = "
                       "CASE WHEN ? = 1 THEN ? ELSE printed_at END WHERE id = ?"),
        {toKey(state), sql::nullableText(note), now, state == PrintJobState::Printed ? 1 : 0, now, qlonglong(id)},
        writing(), noSuchJob(id));
    if (!s || state != PrintJobState::Printed)
        return s;
    // Only the printer's word makes a slip printed: `day check` then stops asking for a reprint.
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE transactions SET printed = 1 WHERE printed = 0 AND id = (SELECT "
                                     "transaction_id FROM print_jobs WHERE id = ?)"),
                      {qlonglong(id)}, writing());
    if (!q)
        return q.error();
    return {};
}

Status PrintJobStore::noteWaiting(Id deviceId, const QString &why)
{
    auto q =
        sql::run(m_db, QStringLiteral("UPDATE print_jobs SET last_error = ? WHERE device_id = ? AND state = 'pending'"),
                 {sql::nullableText(why), qlonglong(deviceId)}, writing());
    if (!q)
        return q.error();
    return {};
}

Status PrintJobStore::touch(Id id)
{
    return sql::change(m_db, QStringLiteral("UPDATE print_jobs SET updated_at = ? WHERE id = ?"),
                       {qlonglong(m_clock.nowMs()), qlonglong(id)}, writing(), noSuchJob(id));
}

Result<int> PrintJobStore::failAbandoned(Id deviceId, qint64 staleMs)
{
    const qlonglong now = m_clock.nowMs();
    auto q = sql::run(
        m_db,
        QStringLiteral("UPDATE print_jobs SET state = 'failed', last_error = ?, updated_at = ? WHERE device_id = ? "
                       "AND state IN ('printing', 'held') AND updated_at < ?"),
        {QCoreApplication::translate("posdesk::PrintJobStore",
                                     "PosDesk stopped while this job was at the printer, so whether it printed is "
                                     "unknown. Reprint it if the receipt is missing."),
         now, qlonglong(deviceId), now - staleMs},
        writing());
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<Id> PrintJobStore::reprint(Id id, const QByteArray &mark)
{
    auto job = find(id);
    if (!job)
        return job.error();
    // The copy of a copy carries one mark, not two.
    QByteArray payload = job->payload;
    if (job->reprintOf) {
        auto original = find(*job->reprintOf);
        if (!original)
            return original.error();
        payload = original->payload;
    }
    return add(job->deviceId, job->kind, mark + payload, job->reprintOf.value_or(job->id), job->transactionId);
}

Result<std::optional<PrintJob>> PrintJobStore::lastForTransaction(Id transactionId)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT %1, payload FROM print_jobs WHERE transaction_id = ? ORDER BY id DESC LIMIT 1")
                     .arg(kColumns),
                 {qlonglong(transactionId)}, reading());
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PrintJob>();
    PrintJob j = fromRow(*q);
    j.payload = q->value(11).toByteArray();
    return std::optional<PrintJob>(std::move(j));
}

Status PrintJobStore::cancel(Id id)
{
    auto job = find(id);
    if (!job)
        return job.error();
    if (job->state != PrintJobState::Pending)
        return Error::refused(QCoreApplication::translate("posdesk::PrintJobStore",
                                                          "Print job %1 is %2; only a waiting job can be cancelled.")
                                  .arg(id)
                                  .arg(displayName(job->state)));
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE print_jobs SET state = 'cancelled', updated_at = ? WHERE id = ? AND "
                                     "state = 'pending'"),
                      {qlonglong(m_clock.nowMs()), qlonglong(id)}, writing());
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::refused(QCoreApplication::translate("posdesk::PrintJobStore",
                                                          "Print job %1 was sent to the printer just now; it can "
                                                          "no longer be cancelled.")
                                  .arg(id));
    return {};
}

} // namespace posdesk
