#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"
#include "time/Clock.h"

namespace posdesk {

// Who is acting, and from where; every service call that changes something takes one.
struct Actor
{
    QString name;
    std::optional<Role> role; // empty for the local administrator (OS account owning the data)
    QString origin;           // gui | cli | service

    static Actor localAdmin(const QString &origin);
    // Only an actor made by localAdmin() is the local administrator: a default-constructed Actor (a screen that
    // forgot to say who is signed in) has no name and no rights at all.
    bool isLocalAdmin() const { return !role.has_value() && name.startsWith(QLatin1String("local-admin:")); }
    bool isNobody() const { return !role.has_value() && !isLocalAdmin(); }
};

// Appends one audit row; call inside the unit of work of the change it records.
Status audit(Database &db, const Clock &clock, const Actor &actor, const QString &event, const QString &object,
             const QString &outcome, const QString &detail = {});

} // namespace posdesk
