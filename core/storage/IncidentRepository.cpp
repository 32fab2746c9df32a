#include "storage/IncidentRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, terminal_id, source, code, dialect, tid, mid, mti, stan, state, occurrences, opened_at, last_seen_at, "
    "escalated_at, follow_up_at, resolved_at, cause FROM incidents ");

Incident fromRow(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.terminalId = sql::optionalInt(q.value(1));
    i.source = q.value(2).toString();
    i.code = q.value(3).toString();
    i.dialect = q.value(4).toString();
    i.tid = q.value(5).toString();
    i.mid = q.value(6).toString();
    i.mti = q.value(7).toString();
    if (!q.value(8).isNull())
        i.stan = q.value(8).toInt();
    i.state = incidentStateFromString(q.value(9).toString()).value_or(IncidentState::Open);
    i.occurrences = q.value(10).toInt();
    i.openedAt = q.value(11).toLongLong();
    i.lastSeenAt = q.value(12).toLongLong();
    i.escalatedAt = sql::optionalInt(q.value(13));
    i.followUpAt = sql::optionalInt(q.value(14));
    i.resolvedAt = sql::optionalInt(q.value(15));
    i.cause = q.value(16).toString();
    return i;
}

QVariant stanValue(std::optional<int> stan)
{
    return stan ? QVariant(*stan) : QVariant(QMetaType::fromType<int>());
}
} // namespace

Result<Id> IncidentRepository::add(const Incident &i)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO incidents (terminal_id, source, code, dialect, tid, mid, mti, stan, state, "
                       "occurrences, opened_at, last_seen_at, escalated_at, follow_up_at, resolved_at, cause) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::nullableInt(i.terminalId), i.source, i.code, i.dialect, sql::nullableText(i.tid),
         sql::nullableText(i.mid), sql::nullableText(i.mti), stanValue(i.stan), toKey(i.state), i.occurrences,
         qlonglong(i.openedAt), qlonglong(i.lastSeenAt), sql::nullableInt(i.escalatedAt),
         sql::nullableInt(i.followUpAt), sql::nullableInt(i.resolvedAt), sql::nullableText(i.cause)},
        QCoreApplication::translate("posdesk::IncidentRepository", "recording incident %1").arg(i.code));
}

Result<Incident> IncidentRepository::findById(Id id)
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("WHERE id = ?"), {qlonglong(id)},
                      QCoreApplication::translate("posdesk::IncidentRepository", "looking up an incident"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("posdesk::IncidentRepository",
                                                           "No incident number %1. “incidents list” shows them all.")
                                   .arg(id));
    return fromRow(*q);
}

Result<std::optional<Incident>> IncidentRepository::findUnresolved(Id terminalId, const QString &code)
{
    auto q = sql::run(m_db,
                      kSelect + QStringLiteral("WHERE terminal_id = ? AND code = ? AND state <> 'resolved' ORDER BY "
                                               "id DESC LIMIT 1"),
                      {qlonglong(terminalId), code},
                      QCoreApplication::translate("posdesk::IncidentRepository", "looking up open incidents"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Incident>();
    return std::optional<Incident>(fromRow(*q));
}

Result<std::optional<Incident>> IncidentRepository::findUnresolvedAny(Id terminalId, const QStringList &codes)
{
    if (codes.isEmpty())
        return std::optional<Incident>();
    QStringList marks;
    for (qsizetype i = 0; i < codes.size(); ++i)
        marks << QStringLiteral("?");
    const QString what = QCoreApplication::translate("posdesk::IncidentRepository", "looking up open incidents");
    const QString sqlText =
        kSelect + QStringLiteral("WHERE terminal_id = ? AND state <> 'resolved' AND code IN (%1) ORDER BY id LIMIT 1")
                      .arg(marks.join(QStringLiteral(", ")));
    QVariantList binds{qlonglong(terminalId)};
    for (const QString &code : codes)
        binds << code;
    auto q = sql::select(m_db, sqlText, binds, what); // kept prepared: asked before every card payment
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Incident>();
    return std::optional<Incident>(fromRow(*q));
}

Result<std::vector<Incident>> IncidentRepository::list(bool unresolvedOnly)
{
    auto q = sql::run(m_db,
                      kSelect + (unresolvedOnly ? QStringLiteral("WHERE state <> 'resolved' ") : QString()) +
                          QStringLiteral("ORDER BY opened_at DESC, id DESC"),
                      {}, QCoreApplication::translate("posdesk::IncidentRepository", "listing incidents"));
    if (!q)
        return q.error();
    std::vector<Incident> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Status IncidentRepository::recordOccurrence(Id id, TimeMs at, std::optional<int> stan)
{
    return sql::change(m_db,
                       QStringLiteral("UPDATE incidents SET occurrences = occurrences + 1, last_seen_at = ?, stan = "
                                      "COALESCE(?, stan) WHERE id = ?"),
                       {qlonglong(at), stanValue(stan), qlonglong(id)},
                       QCoreApplication::translate("posdesk::IncidentRepository", "recording a repeated incident"),
                       QCoreApplication::translate("posdesk::IncidentRepository", "No incident number %1.").arg(id));
}

Status IncidentRepository::update(const Incident &i)
{
    return sql::change(m_db,
                       QStringLiteral("UPDATE incidents SET state = ?, escalated_at = ?, follow_up_at = ?, resolved_at "
                                      "= ?, cause = ? WHERE id = ?"),
                       {toKey(i.state), sql::nullableInt(i.escalatedAt), sql::nullableInt(i.followUpAt),
                        sql::nullableInt(i.resolvedAt), sql::nullableText(i.cause), qlonglong(i.id)},
                       QCoreApplication::translate("posdesk::IncidentRepository", "updating incident %1").arg(i.id),
                       QCoreApplication::translate("posdesk::IncidentRepository", "No incident number %1.").arg(i.id));
}

} // namespace posdesk
