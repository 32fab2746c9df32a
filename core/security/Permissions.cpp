#include "security/Permissions.h"

#include "storage/UnitOfWork.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace posdesk {

namespace {

struct Row
{
    Permission permission;
    const char *key;
    bool owner;
    bool cashier;
    bool accountant;
};

// The permission matrix (DESIGN.md "Users"). Cashiers sell and look after their own shift; accountants close
// the books; the owner does everything.
constexpr std::array<Row, kAllPermissions.size()> kMatrix{{
    //                                                      owner  cashier accountant
    {Permission::Sell, "sell", true, true, false},
    {Permission::VoidOwnSale, "void-own-sale", true, true, false},
    {Permission::VoidAnySale, "void-any-sale", true, false, false},
    {Permission::Refund, "refund", true, false, false},
    {Permission::Reprint, "reprint", true, true, false},
    {Permission::ViewOwnShift, "view-own-shift", true, true, false},
    {Permission::ViewAllTransactions, "view-all-transactions", true, false, false},
    {Permission::Settle, "settle", true, false, true},
    {Permission::Reports, "reports", true, false, true},
    {Permission::Export, "export", true, false, true},
    {Permission::ReadIncidents, "read-incidents", true, false, true},
    {Permission::ManageIncidents, "manage-incidents", true, false, false},
    {Permission::ManageUsers, "manage-users", true, false, false},
    {Permission::LoadKeys, "load-keys", true, false, false},
    {Permission::ManageTerminals, "manage-terminals", true, false, false},
    {Permission::ManageAcquirers, "manage-acquirers", true, false, false},
    {Permission::ChangeSettings, "change-settings", true, false, false},
    {Permission::ReadAudit, "read-audit", true, false, false},
}};

constexpr bool matrixInEnumOrder()
{
    for (std::size_t i = 0; i < kMatrix.size(); ++i) {
        if (kMatrix[i].permission != kAllPermissions[i])
            return false;
    }
    return true;
}
static_assert(matrixInEnumOrder(), "one matrix row per permission, in enum order");

const Row &rowOf(Permission p)
{
    return kMatrix[std::size_t(p)];
}

} // namespace

QString toKey(Permission p)
{
    return QString::fromLatin1(rowOf(p).key);
}

std::optional<Permission> permissionFromString(const QString &s)
{
    for (const Row &r : kMatrix) {
        if (s == QLatin1String(r.key))
            return r.permission;
    }
    return std::nullopt;
}

QString displayName(Role r)
{
    switch (r) {
    case Role::Owner:
        return QCoreApplication::translate("posdesk::Permissions", "owner");
    case Role::Cashier:
        return QCoreApplication::translate("posdesk::Permissions", "cashier");
    case Role::Accountant:
        return QCoreApplication::translate("posdesk::Permissions", "accountant");
    }
    return toKey(r);
}

QString operationDescription(Permission p)
{
    switch (p) {
    case Permission::Sell:
        return QCoreApplication::translate("posdesk::Permissions", "take card payments");
    case Permission::VoidOwnSale:
        return QCoreApplication::translate("posdesk::Permissions", "void their own sales");
    case Permission::VoidAnySale:
        return QCoreApplication::translate("posdesk::Permissions", "void other cashiers' sales");
    case Permission::Refund:
        return QCoreApplication::translate("posdesk::Permissions", "make refunds");
    case Permission::Reprint:
        return QCoreApplication::translate("posdesk::Permissions", "reprint receipts");
    case Permission::ViewOwnShift:
        return QCoreApplication::translate("posdesk::Permissions", "view their own shift");
    case Permission::ViewAllTransactions:
        return QCoreApplication::translate("posdesk::Permissions", "view all transactions");
    case Permission::Settle:
        return QCoreApplication::translate("posdesk::Permissions", "settle batches");
    case Permission::Reports:
        return QCoreApplication::translate("posdesk::Permissions", "view reports");
    case Permission::Export:
        return QCoreApplication::translate("posdesk::Permissions", "export data");
    case Permission::ReadIncidents:
        return QCoreApplication::translate("posdesk::Permissions", "read incidents");
    case Permission::ManageIncidents:
        return QCoreApplication::translate("posdesk::Permissions", "handle incidents");
    case Permission::ManageUsers:
        return QCoreApplication::translate("posdesk::Permissions", "manage users");
    case Permission::LoadKeys:
        return QCoreApplication::translate("posdesk::Permissions", "load terminal keys");
    case Permission::ManageTerminals:
        return QCoreApplication::translate("posdesk::Permissions", "enrol and manage terminals");
    case Permission::ManageAcquirers:
        return QCoreApplication::translate("posdesk::Permissions", "manage acquirer profiles");
    case Permission::ChangeSettings:
        return QCoreApplication::translate("posdesk::Permissions", "change settings");
    case Permission::ReadAudit:
        return QCoreApplication::translate("posdesk::Permissions", "read the audit trail");
    }
    return toKey(p);
}

bool allowed(Role role, Permission permission)
{
    const Row &r = rowOf(permission);
    switch (role) {
    case Role::Owner:
        return r.owner;
    case Role::Cashier:
        return r.cashier;
    case Role::Accountant:
        return r.accountant;
    }
    return false;
}

bool allowed(const Actor &actor, Permission permission)
{
    if (actor.isNobody())
        return false;
    return allowed(actor.role.value_or(Role::Owner), permission);
}

Status require(const Actor &actor, Permission permission)
{
    if (allowed(actor, permission))
        return {};
    if (actor.isNobody())
        return Error::refused(QCoreApplication::translate("posdesk::Permissions",
                                                          "Nobody is signed in, so PosDesk may not %1. Sign in first.")
                                  .arg(operationDescription(permission)),
                              toKey(permission));
    QStringList roles;
    for (Role r : kAllRoles) {
        if (allowed(r, permission))
            roles << displayName(r);
    }
    return Error::refused(
        QCoreApplication::translate("posdesk::Permissions",
                                    "%1 has the role %2, which may not %3. Sign in as a user with the role %4.")
            .arg(actor.name, displayName(*actor.role), operationDescription(permission),
                 roles.join(QCoreApplication::translate("posdesk::Permissions", " or "))),
        toKey(permission));
}

Result<Actor> currentActor(Database &db, const Actor &actor)
{
    if (!actor.role)
        return actor;
    auto user = UserRepository(db).findByUsername(actor.name);
    if (!user) {
        if (user.error().kind != ErrorKind::NotFound)
            return user.error();
        return Error::refused(QCoreApplication::translate("posdesk::Permissions",
                                                          "The account %1 no longer exists. Sign in as another user.")
                                  .arg(actor.name),
                              QStringLiteral("removed"));
    }
    if (user->disabled)
        return Error::refused(QCoreApplication::translate("posdesk::Permissions",
                                                          "The account %1 was disabled after it signed in. Ask the "
                                                          "owner to enable it, or sign in as another user.")
                                  .arg(actor.name),
                              QStringLiteral("disabled"));
    return Actor{actor.name, user->role, actor.origin};
}

Status require(Database &db, const Clock &clock, const Actor &actor, Permission permission, const QString &object)
{
    auto current = currentActor(db, actor);
    if (!current && current.error().kind != ErrorKind::Refused)
        return current.error();
    Status verdict = current ? require(*current, permission) : Status(current.error());
    if (verdict)
        return verdict;
    // Inside the caller's transaction the row shares its fate; otherwise it is committed on its own, because the
    // caller is about to return the refusal and roll nothing forward.
    if (db.inTransaction()) {
        (void)audit(db, clock, actor, QStringLiteral("access.denied"), object, QStringLiteral("refused"),
                    toKey(permission));
        return verdict;
    }
    UnitOfWork uow(db);
    if (uow.isActive() &&
        audit(db, clock, actor, QStringLiteral("access.denied"), object, QStringLiteral("refused"), toKey(permission)))
        (void)uow.commit();
    return verdict;
}

Status requireVoid(const Actor &actor, const QString &saleCashier, bool batchOpen)
{
    if (!batchOpen)
        return Error::refused(QCoreApplication::translate(
            "posdesk::Permissions",
            "The sale's batch is already settled, so the sale can no longer be voided; the owner "
            "can refund it instead."));
    if (allowed(actor, Permission::VoidAnySale))
        return {};
    if (auto s = require(actor, Permission::VoidOwnSale); !s)
        return s;
    if (saleCashier != actor.name)
        return Error::refused(QCoreApplication::translate(
                                  "posdesk::Permissions",
                                  "%1 may void only their own sales; this sale was made by %2. Ask the owner to void "
                                  "it.")
                                  .arg(actor.name, saleCashier),
                              toKey(Permission::VoidAnySale));
    return {};
}

} // namespace posdesk
