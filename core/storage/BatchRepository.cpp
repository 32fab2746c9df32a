#include "storage/BatchRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {
const QString kSelect = QStringLiteral("SELECT id, terminal_id, batch_no, state, opened_at, closed_at, sale_count, "
                                       "sale_minor, refund_count, refund_minor, host_result, host_totals, "
                                       "host_settled_at FROM batches ");

Batch fromRow(const QSqlQuery &q)
{
    Batch b;
    b.id = q.value(0).toLongLong();
    b.terminalId = q.value(1).toLongLong();
    b.batchNo = q.value(2).toInt();
    b.state = batchStateFromString(q.value(3).toString()).value_or(BatchState::Open);
    b.openedAt = q.value(4).toLongLong();
    b.closedAt = sql::optionalInt(q.value(5));
    b.saleCount = q.value(6).toInt();
    b.saleMinor = q.value(7).toLongLong();
    b.refundCount = q.value(8).toInt();
    b.refundMinor = q.value(9).toLongLong();
    b.hostResult = q.value(10).toString();
    b.hostTotals = q.value(11).toString();
    b.hostSettledAt = sql::optionalInt(q.value(12));
    return b;
}
} // namespace

Result<Id> BatchRepository::open(Id terminalId, int batchNo, TimeMs at)
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO batches (terminal_id, batch_no, state, opened_at) VALUES (?, ?, "
                                      "'open', ?)"),
                       {qlonglong(terminalId), batchNo, qlonglong(at)},
                       QCoreApplication::translate("posdesk::BatchRepository", "opening batch %1").arg(batchNo));
}

Result<Batch> BatchRepository::find(Id terminalId, int batchNo)
{
    auto q = sql::select(m_db, kSelect + QStringLiteral("WHERE terminal_id = ? AND batch_no = ?"),
                         {qlonglong(terminalId), batchNo},
                         QCoreApplication::translate("posdesk::BatchRepository", "looking up batch %1").arg(batchNo));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::BatchRepository", "No batch %1 for this terminal.").arg(batchNo));
    return fromRow(*q);
}

Result<std::vector<Batch>> BatchRepository::listForTerminal(Id terminalId)
{
    auto q =
        sql::run(m_db, kSelect + QStringLiteral("WHERE terminal_id = ? ORDER BY batch_no"), {qlonglong(terminalId)},
                 QCoreApplication::translate("posdesk::BatchRepository", "listing batches"));
    if (!q)
        return q.error();
    std::vector<Batch> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Status BatchRepository::setState(Id batchId, BatchState state)
{
    return sql::change(m_db, QStringLiteral("UPDATE batches SET state = ? WHERE id = ?"),
                       {toKey(state), qlonglong(batchId)},
                       QCoreApplication::translate("posdesk::BatchRepository", "changing a batch's state"),
                       QCoreApplication::translate("posdesk::BatchRepository", "No batch with id %1.").arg(batchId));
}

Status BatchRepository::transition(Id batchId, BatchState from, BatchState to)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE batches SET state = ? WHERE id = ? AND state = ?"),
                      {toKey(to), qlonglong(batchId), toKey(from)},
                      QCoreApplication::translate("posdesk::BatchRepository", "changing a batch's state"));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::refused(
            QCoreApplication::translate("posdesk::BatchRepository",
                                        "The batch is no longer %1: another till or process is settling it or has "
                                        "settled it. Look at the Settlement screen before trying again.")
                .arg(toKey(from)),
            QStringLiteral("batch %1: compare-and-set %2 -> %3 matched no row")
                .arg(batchId)
                .arg(toKey(from), toKey(to)));
    return {};
}

Status BatchRepository::markHostSettled(Id batchId, const QString &hostTotals, const QString &verdict, TimeMs at)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE batches SET state = 'host-settled', host_totals = ?, host_result = ?, "
                                     "host_settled_at = ? WHERE id = ? AND state = 'settling'"),
                      {sql::nullableText(hostTotals), verdict, qlonglong(at), qlonglong(batchId)},
                      QCoreApplication::translate("posdesk::BatchRepository", "recording the host's settlement"));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::refused(QCoreApplication::translate("posdesk::BatchRepository",
                                                          "The batch was not being settled any more when the host's "
                                                          "answer came; nothing was overwritten."));
    return {};
}

Status BatchRepository::close(const Batch &b, TimeMs at)
{
    return sql::change(
        m_db,
        QStringLiteral("UPDATE batches SET state = 'closed', closed_at = ?, sale_count = ?, sale_minor "
                       "= ?, refund_count = ?, refund_minor = ?, host_result = ? WHERE id = ? AND state "
                       "<> 'closed'"),
        {qlonglong(at), b.saleCount, qlonglong(b.saleMinor), b.refundCount, qlonglong(b.refundMinor),
         sql::nullableText(b.hostResult), qlonglong(b.id)},
        QCoreApplication::translate("posdesk::BatchRepository", "closing batch %1").arg(b.batchNo),
        QCoreApplication::translate("posdesk::BatchRepository", "Batch %1 is already closed or does not exist.")
            .arg(b.batchNo));
}

} // namespace posdesk
