#include "scorecards/ShopMistakes.h"

#include "security/Permissions.h"
#include "storage/IncidentRepository.h"
#include "storage/Sql.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>

namespace posdesk {

Status ShopMistakes::mark(const Actor &actor, Id incidentId, const QString &note)
{
    return record(actor, incidentId, kMarked, note);
}

Status ShopMistakes::clear(const Actor &actor, Id incidentId, const QString &note)
{
    return record(actor, incidentId, kCleared, note);
}

Status ShopMistakes::record(const Actor &actor, Id incidentId, const char *outcome, const QString &note)
{
    const QString object = QStringLiteral("incident %1").arg(incidentId);
    if (auto s = require(m_db, m_clock, actor, Permission::ManageIncidents, object); !s)
        return s;
    auto incident = IncidentRepository(m_db).findById(incidentId);
    if (!incident)
        return incident.error();
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    auto q =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO incident_steps (incident_id, step_key, kind, outcome, evidence, note, "
                                "actor, at) VALUES (?, ?, 'manual', ?, NULL, ?, ?, ?)"),
                 {qlonglong(incidentId), QString::fromLatin1(kStepKey), QString::fromLatin1(outcome),
                  sql::nullableText(note), actor.name, qlonglong(m_clock.nowMs())},
                 QCoreApplication::translate("posdesk::ShopMistakes", "recording the owner's word on an incident"));
    if (!q)
        return q.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("incident.own-mistake"), object,
                       QString::fromLatin1(outcome), note.left(200));
        !s)
        return s;
    return uow.commit();
}

Result<bool> ShopMistakes::isMarked(Id incidentId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT outcome FROM incident_steps WHERE incident_id = ? AND outcome IN (?, ?) "
                                     "ORDER BY id DESC LIMIT 1"),
                      {qlonglong(incidentId), QString::fromLatin1(kMarked), QString::fromLatin1(kCleared)},
                      QCoreApplication::translate("posdesk::ShopMistakes", "reading the owner's word on an incident"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toString() == QLatin1String(kMarked);
}

} // namespace posdesk
