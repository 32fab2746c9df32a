#include "security/Actor.h"

#include "storage/AuditLogRepository.h"

#include <QProcessEnvironment>

namespace posdesk {

Actor Actor::localAdmin(const QString &origin)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString os = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    if (os.isEmpty())
        os = QStringLiteral("unknown");
    return Actor{QStringLiteral("local-admin:") + os, std::nullopt, origin};
}

Status audit(Database &db, const Clock &clock, const Actor &actor, const QString &event, const QString &object,
             const QString &outcome, const QString &detail)
{
    AuditEntry e;
    e.at = clock.nowMs();
    e.actor = actor.name;
    e.origin = actor.origin;
    e.event = event;
    e.object = object;
    e.outcome = outcome;
    e.detail = detail;
    auto id = AuditLogRepository(db).append(e);
    if (!id)
        return id.error();
    return {};
}

} // namespace posdesk
