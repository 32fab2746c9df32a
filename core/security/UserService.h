#pragma once

#include "security/Actor.h"

#include <vector>

namespace posdesk {

// Users, passwords and sign-in (PCI DSS v4 req. 8): argon2id hashes, the password policy and history, lockout
// after repeated failures, and the idle-lock setting. Every change and every sign-in attempt is audited.
class UserService
{
public:
    static constexpr int kMaxFailedLogins = 6;
    static constexpr std::int64_t kLockoutMs = 30 * 60 * 1000;
    static constexpr int kDefaultIdleLockMinutes = 15;
    static constexpr int kMaxIdleLockMinutes = 15; // PCI DSS 8.2.8: re-authenticate after 15 idle minutes

    UserService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Permission::ManageUsers.
    Result<Id> addUser(const Actor &actor, const QString &username, Role role, const QString &password);
    // Users change their own password by giving the current one; ManageUsers may set anyone's (which also lifts
    // a lockout). Policy and the last four passwords are checked either way.
    Status changePassword(const Actor &actor, const QString &username, const QString &newPassword,
                          const QString &currentPassword = {});
    Status setRole(const Actor &actor, const QString &username, Role role);
    Status setDisabled(const Actor &actor, const QString &username, bool disabled);
    Result<std::vector<User>> list(const Actor &actor);

    // The same refusal for an unknown user and a wrong password, so sign-in does not tell which names exist.
    Result<Actor> login(const QString &username, const QString &password, const QString &origin);

    // Minutes without input before the desktop locks and asks for the password again.
    Result<int> idleLockMinutes();
    Status setIdleLockMinutes(const Actor &actor, int minutes); // Permission::ChangeSettings

    static QString usernameProblem(const QString &username);

private:
    // One audit row in a transaction of its own: for refusals and sign-in outcomes, which change nothing else.
    Status auditAlone(const Actor &actor, const QString &event, const QString &object, const QString &outcome,
                      const QString &detail);
    Status refuseLastOwner(const User &user, Role newRole, bool disable);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
