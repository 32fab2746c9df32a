#pragma once

#include "domain/Entities.h"
#include "security/Actor.h"

#include <array>

namespace posdesk {

// What a user may do. The matrix lives in one table in Permissions.cpp and is enforced by the core services,
// so hiding a button is never the only barrier.
enum class Permission
{
    Sell,
    VoidOwnSale, // a sale the same cashier made, while its batch is still open
    VoidAnySale,
    Refund,
    Reprint,
    ViewOwnShift,
    ViewAllTransactions,
    Settle,
    Reports,
    Export,
    ReadIncidents,
    ManageIncidents,
    ManageUsers,
    LoadKeys,
    ManageTerminals,
    ManageAcquirers,
    ChangeSettings,
    ReadAudit,
};
inline constexpr std::array kAllPermissions{
    Permission::Sell,           Permission::VoidOwnSale,  Permission::VoidAnySale,         Permission::Refund,
    Permission::Reprint,        Permission::ViewOwnShift, Permission::ViewAllTransactions, Permission::Settle,
    Permission::Reports,        Permission::Export,       Permission::ReadIncidents,       Permission::ManageIncidents,
    Permission::ManageUsers,    Permission::LoadKeys,     Permission::ManageTerminals,     Permission::ManageAcquirers,
    Permission::ChangeSettings, Permission::ReadAudit,
};
inline constexpr std::array kAllRoles{Role::Owner, Role::Cashier, Role::Accountant};

QString toKey(Permission p); // "void-own-sale"
std::optional<Permission> permissionFromString(const QString &s);
QString displayName(Role r);                // translated: "cashier"
QString operationDescription(Permission p); // translated: "void other cashiers' sales"

bool allowed(Role role, Permission permission);
// The local administrator (the OS account that owns the data) has the owner's rights.
bool allowed(const Actor &actor, Permission permission);

// The actor as the users table has it now: a role changed, or an account disabled or removed, since the actor
// signed in takes effect at the next operation. The local administrator and nobody come back unchanged.
Result<Actor> currentActor(Database &db, const Actor &actor);

// Refused, with a message naming the role and the operation, when the actor may not (with the role it carries).
Status require(const Actor &actor, Permission permission);
// The same for the actor as it stands now (currentActor), and a refusal is written to the audit trail (event
// "access.denied"): PCI DSS 10.2.1 wants failed access attempts on record. Runs its own unit of work unless one is
// open.
Status require(Database &db, const Clock &clock, const Actor &actor, Permission permission, const QString &object);

// A void: any sale with VoidAnySale; otherwise only the actor's own sale while its batch is open.
Status requireVoid(const Actor &actor, const QString &saleCashier, bool batchOpen);

} // namespace posdesk
