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

    // Named after the OS account running this process, as the OS knows it (not from $USER, which anyone can set).
    static Actor localAdmin(const QString &origin);
    // Only an actor made by localAdmin() is the local administrator: a default-constructed Actor (a screen that
    // forgot to say who is signed in) has no name and no rights at all.
    bool isLocalAdmin() const { return !role.has_value() && name.startsWith(QLatin1String("local-admin:")); }
    bool isNobody() const { return !role.has_value() && !isLocalAdmin(); }
};

// The OS account running this process, from the OS ("uid1001" when the account has no name).
QString osAccountName();
// Whether the OS account running this process owns `path` (the database or key file): only that account is the
// local administrator. True where the OS has no such notion and for a path that does not exist yet.
bool runningAccountOwns(const QString &path);

// Appends one audit row; call inside the unit of work of the change it records.
Status audit(Database &db, const Clock &clock, const Actor &actor, const QString &event, const QString &object,
             const QString &outcome, const QString &detail = {});

} // namespace posdesk
