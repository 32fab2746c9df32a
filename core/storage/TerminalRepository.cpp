#include "storage/TerminalRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT t.id, t.tid, t.merchant_id, t.acquirer_id, t.state, t.kind, t.serial, t.brand, t.model, "
    "t.software_version, t.location, t.next_stan, t.batch_no, t.last_signon_at, t.last_param_download_at, "
    "t.created_at, t.updated_at, m.mid, m.name, a.name, t.param_version, t.assigned_tid, t.assigned_mid, "
    "t.signon_required, t.pin_pad_slot, t.ic_download_required FROM terminals "
    "t JOIN merchants m ON m.id = t.merchant_id "
    "JOIN acquirers a ON a.id = t.acquirer_id ");

Terminal fromRow(const QSqlQuery &q)
{
    Terminal t;
    t.id = q.value(0).toLongLong();
    t.tid = q.value(1).toString();
    t.merchantId = q.value(2).toLongLong();
    t.acquirerId = q.value(3).toLongLong();
    t.state = terminalStateFromString(q.value(4).toString()).value_or(TerminalState::Applied);
    t.kind = q.value(5).toString();
    t.serial = q.value(6).toString();
    t.brand = q.value(7).toString();
    t.model = q.value(8).toString();
    t.softwareVersion = q.value(9).toString();
    t.location = q.value(10).toString();
    t.nextStan = q.value(11).toInt();
    t.batchNo = q.value(12).toInt();
    t.lastSignonAt = sql::optionalInt(q.value(13));
    t.lastParamDownloadAt = sql::optionalInt(q.value(14));
    t.createdAt = q.value(15).toLongLong();
    t.updatedAt = q.value(16).toLongLong();
    t.mid = q.value(17).toString();
    t.merchantName = q.value(18).toString();
    t.acquirerName = q.value(19).toString();
    t.paramVersion = q.value(20).toString();
    t.assignedTid = q.value(21).toString();
    t.assignedMid = q.value(22).toString();
    t.signonRequired = q.value(23).toInt() != 0;
    if (!q.value(24).isNull())
        t.pinPadSlot = q.value(24).toInt();
    t.icDownloadRequired = q.value(25).toInt() != 0;
    return t;
}
} // namespace

Result<Id> TerminalRepository::add(const Terminal &t)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO terminals (tid, merchant_id, acquirer_id, state, kind, serial, brand, model, "
                       "software_version, location, next_stan, batch_no, last_signon_at, last_param_download_at, "
                       "created_at, updated_at, param_version, assigned_tid, assigned_mid) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::nullableText(t.tid), qlonglong(t.merchantId), qlonglong(t.acquirerId), toKey(t.state), t.kind,
         sql::nullableText(t.serial), sql::nullableText(t.brand), sql::nullableText(t.model),
         sql::nullableText(t.softwareVersion), sql::nullableText(t.location), t.nextStan, t.batchNo,
         sql::nullableInt(t.lastSignonAt), sql::nullableInt(t.lastParamDownloadAt), qlonglong(t.createdAt),
         qlonglong(t.updatedAt), sql::nullableText(t.paramVersion), sql::nullableText(t.assignedTid),
         sql::nullableText(t.assignedMid)},
        QCoreApplication::translate("posdesk::TerminalRepository", "adding terminal %1").arg(t.tid));
}

Result<Terminal> TerminalRepository::findByTid(const QString &tid)
{
    auto q = sql::select(m_db, kSelect + QStringLiteral("WHERE t.tid = ?"), {tid},
                         QCoreApplication::translate("posdesk::TerminalRepository", "looking up terminal %1").arg(tid));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::TerminalRepository",
                                        "No terminal with TID %1. “terminal list” shows the known terminals.")
                .arg(tid));
    return fromRow(*q);
}

Result<Terminal> TerminalRepository::findById(Id id)
{
    auto q = sql::select(m_db, kSelect + QStringLiteral("WHERE t.id = ?"), {qlonglong(id)},
                         QCoreApplication::translate("posdesk::TerminalRepository", "looking up a terminal"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(id));
    return fromRow(*q);
}

Result<std::vector<Terminal>> TerminalRepository::list()
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("ORDER BY t.tid"), {},
                      QCoreApplication::translate("posdesk::TerminalRepository", "listing terminals"));
    if (!q)
        return q.error();
    std::vector<Terminal> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Status TerminalRepository::setState(Id id, TerminalState state, TimeMs at)
{
    return sql::change(m_db, QStringLiteral("UPDATE terminals SET state = ?, updated_at = ? WHERE id = ?"),
                       {toKey(state), qlonglong(at), qlonglong(id)},
                       QCoreApplication::translate("posdesk::TerminalRepository", "changing a terminal's state"),
                       QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(id));
}

Status TerminalRepository::updateDetails(const Terminal &t)
{
    return sql::change(m_db,
                       QStringLiteral("UPDATE terminals SET tid = ?, kind = ?, serial = ?, brand = ?, model = ?, "
                                      "software_version = ?, location = ?, param_version = ?, assigned_tid = ?, "
                                      "assigned_mid = ?, updated_at = ? WHERE id = ?"),
                       {sql::nullableText(t.tid), t.kind, sql::nullableText(t.serial), sql::nullableText(t.brand),
                        sql::nullableText(t.model), sql::nullableText(t.softwareVersion), sql::nullableText(t.location),
                        sql::nullableText(t.paramVersion), sql::nullableText(t.assignedTid),
                        sql::nullableText(t.assignedMid), qlonglong(t.updatedAt), qlonglong(t.id)},
                       QCoreApplication::translate("posdesk::TerminalRepository", "updating terminal %1").arg(t.tid),
                       QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(t.id));
}

Result<int> TerminalRepository::takeStan(Id id)
{
    auto q = sql::select(m_db,
                         QStringLiteral("UPDATE terminals SET next_stan = CASE WHEN next_stan >= 999999 THEN 1 ELSE "
                                        "next_stan + 1 END WHERE id = ? RETURNING next_stan"),
                         {qlonglong(id)},
                         QCoreApplication::translate("posdesk::TerminalRepository", "taking the next trace number"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(id));
    const int next = q->value(0).toInt();
    return next == 1 ? 999999 : next - 1;
}

Result<int> TerminalRepository::takeStans(Id id, int count)
{
    if (count < 1 || count > 999999)
        return Error::internal(QStringLiteral("takeStans: count %1 out of range").arg(count));
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE terminals SET next_stan = ((next_stan - 1 + ?) % 999999) + 1 WHERE id = ? "
                                     "RETURNING next_stan"),
                      {count, qlonglong(id)},
                      QCoreApplication::translate("posdesk::TerminalRepository", "taking the next trace numbers"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(id));
    const int next = q->value(0).toInt();
    return ((next - 1 - count) % 999999 + 999999) % 999999 + 1;
}

Status TerminalRepository::setBatchNo(Id id, int batchNo, TimeMs at)
{
    return sql::change(m_db, QStringLiteral("UPDATE terminals SET batch_no = ?, updated_at = ? WHERE id = ?"),
                       {batchNo, qlonglong(at), qlonglong(id)},
                       QCoreApplication::translate("posdesk::TerminalRepository", "advancing the batch number"),
                       QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(id));
}

Status TerminalRepository::requireSignOn(Id id, TimeMs at)
{
    return sql::change(m_db, QStringLiteral("UPDATE terminals SET signon_required = 1, updated_at = ? WHERE id = ?"),
                       {qlonglong(at), qlonglong(id)},
                       QCoreApplication::translate("posdesk::TerminalRepository", "asking for a fresh sign-on"),
                       QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(id));
}

Status TerminalRepository::adoptBatchNo(Id id, int fromBatch, int toBatch, TimeMs at)
{
    return sql::change(
        m_db, QStringLiteral("UPDATE terminals SET batch_no = ?, updated_at = ? WHERE id = ? AND batch_no = ?"),
        {toBatch, qlonglong(at), qlonglong(id), fromBatch},
        QCoreApplication::translate("posdesk::TerminalRepository", "taking the host's batch number"),
        QCoreApplication::translate("posdesk::TerminalRepository", "The batch number of terminal %1 changed meanwhile.")
            .arg(id));
}

Status TerminalRepository::recordSignOn(Id id, TimeMs at)
{
    return sql::change(m_db,
                       QStringLiteral("UPDATE terminals SET last_signon_at = ?, signon_required = 0, updated_at = ? "
                                      "WHERE id = ?"),
                       {qlonglong(at), qlonglong(at), qlonglong(id)},
                       QCoreApplication::translate("posdesk::TerminalRepository", "recording a sign-on"),
                       QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(id));
}

Status TerminalRepository::setIcDownloadRequired(Id id, bool required, TimeMs at)
{
    return sql::change(
        m_db, QStringLiteral("UPDATE terminals SET ic_download_required = ?, updated_at = ? WHERE id = ?"),
        {required ? 1 : 0, qlonglong(at), qlonglong(id)},
        QCoreApplication::translate("posdesk::TerminalRepository", "recording the IC download the terminal owes"),
        QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(id));
}

Status TerminalRepository::setPinPadSlot(Id id, std::optional<int> slot, TimeMs at)
{
    // A new home for the keys: the working keys the old one held are gone, so the next sale signs on first.
    return sql::change(m_db,
                       QStringLiteral("UPDATE terminals SET pin_pad_slot = ?, signon_required = 1, updated_at = ? "
                                      "WHERE id = ?"),
                       {slot ? QVariant(*slot) : QVariant(QMetaType(QMetaType::Int)), qlonglong(at), qlonglong(id)},
                       QCoreApplication::translate("posdesk::TerminalRepository", "recording the PIN pad's key slot"),
                       QCoreApplication::translate("posdesk::TerminalRepository", "No terminal with id %1.").arg(id));
}

} // namespace posdesk
