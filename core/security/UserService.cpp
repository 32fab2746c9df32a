#include "security/UserService.h"

#include "security/PasswordHasher.h"
#include "security/PasswordPolicy.h"
#include "security/Permissions.h"
#include "security/SettingsTable.h"
#include "storage/Sql.h"
#include "storage/UnitOfWork.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace posdesk {

namespace {

const QString kIdleLockSetting = QStringLiteral("session.idle_lock_minutes");

QString userObject(const QString &username)
{
    return QStringLiteral("user ") + username;
}

// One message for an unknown name and a wrong password: the answer must not tell which user names exist.
// One answer for a wrong password, an unknown name and a locked account, so that it tells nobody which names exist.
Error badCredentials()
{
    return Error::refused(
        QCoreApplication::translate("posdesk::UserService",
                                    "Wrong user name or password, or the account is locked after %1 failed sign-ins in "
                                    "a row (for %2 minutes). Check both and try again later, or ask the owner to set a "
                                    "new password.")
            .arg(UserService::kMaxFailedLogins)
            .arg(UserService::kLockoutMs / 60000));
}

// An unknown name still costs one argon2id verification, so the time taken does not tell either.
const QString &dummyHash()
{
    static const QString hash = [] {
        auto h = PasswordHasher::hash(QString::number(QRandomGenerator::system()->generate64(), 16));
        return h ? *h : QString();
    }();
    return hash;
}

} // namespace

QString UserService::usernameProblem(const QString &username)
{
    // Letters of any script (staff names are often Chinese), digits and . _ - @; no spaces, so that names work
    // unquoted on the command line and cannot be confused by trailing blanks.
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}._@-]{1,64}$"));
    if (re.match(username).hasMatch())
        return {};
    return QCoreApplication::translate(
               "posdesk::UserService",
               "“%1” is not a valid user name: use 1 to 64 letters, digits, dots, dashes, underscores or @, without "
               "spaces.")
        .arg(username);
}

Status UserService::auditAlone(const Actor &actor, const QString &event, const QString &object, const QString &outcome,
                               const QString &detail)
{
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    if (auto s = audit(m_db, m_clock, actor, event, object, outcome, detail); !s)
        return s;
    return uow.commit();
}

Status UserService::refuseLastOwner(const User &user, Role newRole, bool disable)
{
    if (user.role != Role::Owner || user.disabled || (newRole == Role::Owner && !disable))
        return {};
    auto q = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'owner' AND disabled = 0"), {},
                      QCoreApplication::translate("posdesk::UserService", "counting owners"));
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toInt() > 1)
        return {};
    return Error::refused(QCoreApplication::translate(
                              "posdesk::UserService",
                              "%1 is the only active owner. Make another user owner first, so that someone can still "
                              "manage users and keys.")
                              .arg(user.username));
}

Result<Id> UserService::addUser(const Actor &actor, const QString &username, Role role, const QString &password)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageUsers, userObject(username)); !s)
        return s.error();
    if (const QString p = usernameProblem(username); !p.isEmpty())
        return Error::usage(p);
    if (const QString p = PasswordPolicy::problem(username, password); !p.isEmpty())
        return Error::usage(p);
    UserRepository users(m_db);
    if (auto existing = users.findByUsername(username); existing)
        return Error::refused(
            QCoreApplication::translate("posdesk::UserService",
                                        "A user named %1 already exists. Choose another name, or change that user's "
                                        "password or role.")
                .arg(username));
    else if (existing.error().kind != ErrorKind::NotFound)
        return existing.error();
    // Hashing takes a moment and 64 MiB: outside the transaction, so other tills are not held up.
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();

    const TimeMs now = m_clock.nowMs();
    User u;
    u.username = username;
    u.role = role;
    u.passwordHash = *hash;
    u.createdAt = now;
    u.passwordChangedAt = now;
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto id = users.add(u);
    if (!id)
        return id.error();
    auto history = sql::run(
        m_db, QStringLiteral("INSERT INTO password_history (user_id, password_hash, changed_at) VALUES (?, ?, ?)"),
        {qlonglong(*id), *hash, qlonglong(now)},
        QCoreApplication::translate("posdesk::UserService", "recording the password history"));
    if (!history)
        return history.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("user.add"), userObject(username), QStringLiteral("ok"),
                       QStringLiteral("role ") + toKey(role));
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return id;
}

Status UserService::changePassword(const Actor &actor, const QString &username, const QString &newPassword,
                                   const QString &currentPassword)
{
    const QString object = userObject(username);
    const bool self = !actor.isLocalAdmin() && actor.name == username;
    if (!self) {
        if (auto s = require(m_db, m_clock, actor, Permission::ManageUsers, object); !s)
            return s;
    }
    UserRepository users(m_db);
    auto user = users.findByUsername(username);
    if (!user)
        return user.error();
    // Someone at an unlocked till must not be able to take over the account: changing one's own password needs
    // the current one.
    if (self && !PasswordHasher::verify(user->passwordHash, currentPassword)) {
        (void)auditAlone(actor, QStringLiteral("user.password"), object, QStringLiteral("refused"),
                         QStringLiteral("wrong current password"));
        return Error::refused(QCoreApplication::translate(
            "posdesk::UserService", "The current password is wrong, so the password was not changed."));
    }
    if (const QString p = PasswordPolicy::problem(username, newPassword); !p.isEmpty())
        return Error::usage(p);

    auto recent = sql::run(m_db,
                           QStringLiteral("SELECT password_hash FROM password_history WHERE user_id = ? "
                                          "ORDER BY id DESC LIMIT %1")
                               .arg(PasswordPolicy::kHistoryDepth),
                           {qlonglong(user->id)},
                           QCoreApplication::translate("posdesk::UserService", "reading the password history"));
    if (!recent)
        return recent.error();
    while (recent->next()) {
        if (PasswordHasher::verify(recent->value(0).toString(), newPassword)) {
            (void)auditAlone(actor, QStringLiteral("user.password"), object, QStringLiteral("refused"),
                             QStringLiteral("reused a recent password"));
            return Error::refused(QCoreApplication::translate(
                                      "posdesk::UserService",
                                      "That password was one of the last %1 for %2. Choose a password that has not "
                                      "been used recently.")
                                      .arg(PasswordPolicy::kHistoryDepth)
                                      .arg(username));
        }
    }
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();

    const TimeMs now = m_clock.nowMs();
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    if (auto s = users.setPassword(user->id, *hash, now); !s)
        return s;
    auto history = sql::run(
        m_db, QStringLiteral("INSERT INTO password_history (user_id, password_hash, changed_at) VALUES (?, ?, ?)"),
        {qlonglong(user->id), *hash, qlonglong(now)},
        QCoreApplication::translate("posdesk::UserService", "recording the password history"));
    if (!history)
        return history.error();
    // Older hashes serve no rule any more; keeping them would only give an attacker more to crack.
    auto prune = sql::run(m_db,
                          QStringLiteral("DELETE FROM password_history WHERE user_id = ? AND id NOT IN (SELECT id FROM "
                                         "password_history WHERE user_id = ? ORDER BY id DESC LIMIT %1)")
                              .arg(PasswordPolicy::kHistoryDepth),
                          {qlonglong(user->id), qlonglong(user->id)},
                          QCoreApplication::translate("posdesk::UserService", "trimming the password history"));
    if (!prune)
        return prune.error();
    // A reset by the owner is how a locked-out user gets back in.
    if (!self) {
        if (auto s = users.recordGoodLogin(user->id); !s)
            return s;
    }
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("user.password"), object, QStringLiteral("ok"),
                       self ? QStringLiteral("changed by the user") : QStringLiteral("set by ") + actor.name);
        !s)
        return s;
    return uow.commit();
}

Status UserService::setRole(const Actor &actor, const QString &username, Role role)
{
    const QString object = userObject(username);
    if (auto s = require(m_db, m_clock, actor, Permission::ManageUsers, object); !s)
        return s;
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    UserRepository users(m_db);
    auto user = users.findByUsername(username);
    if (!user)
        return user.error();
    if (user->role == role)
        return {};
    if (auto s = refuseLastOwner(*user, role, /*disable=*/false); !s)
        return s;
    if (auto s = users.setRole(user->id, role); !s)
        return s;
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("user.role"), object, QStringLiteral("ok"),
                       toKey(user->role) + QStringLiteral(" -> ") + toKey(role));
        !s)
        return s;
    return uow.commit();
}

Status UserService::setDisabled(const Actor &actor, const QString &username, bool disabled)
{
    const QString object = userObject(username);
    if (auto s = require(m_db, m_clock, actor, Permission::ManageUsers, object); !s)
        return s;
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    UserRepository users(m_db);
    auto user = users.findByUsername(username);
    if (!user)
        return user.error();
    if (user->disabled == disabled)
        return {};
    if (disabled) {
        if (auto s = refuseLastOwner(*user, user->role, /*disable=*/true); !s)
            return s;
    }
    if (auto s = users.setDisabled(user->id, disabled); !s)
        return s;
    if (auto s = audit(m_db, m_clock, actor, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                       object, QStringLiteral("ok"));
        !s)
        return s;
    return uow.commit();
}

Result<std::vector<User>> UserService::list(const Actor &actor)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageUsers, QStringLiteral("users")); !s)
        return s.error();
    auto all = UserRepository(m_db).list();
    if (!all)
        return all.error();
    for (User &u : *all)
        u.passwordHash.clear(); // nobody outside this service needs the hashes
    return all;
}

Result<Actor> UserService::login(const QString &username, const QString &password, const QString &origin)
{
    const Actor who{username, std::nullopt, origin};
    const QString object = userObject(username);
    const QString event = QStringLiteral("login");
    UserRepository users(m_db);
    auto user = users.findByUsername(username);
    if (!user) {
        if (user.error().kind != ErrorKind::NotFound)
            return user.error();
        (void)PasswordHasher::verify(dummyHash(), password);
        if (auto s = auditAlone(who, event, object, QStringLiteral("failed"), QStringLiteral("unknown user")); !s)
            return s.error();
        return badCredentials();
    }

    const TimeMs now = m_clock.nowMs();
    if (user->lockedUntil && now < *user->lockedUntil) {
        // Not even checked: guesses during the lockout must not teach the guesser anything, nor the answer that
        // this name exists.
        if (auto s = auditAlone(who, event, object, QStringLiteral("locked"),
                                QStringLiteral("locked until ") +
                                    QDateTime::fromMSecsSinceEpoch(*user->lockedUntil, Qt::UTC).toString(Qt::ISODate));
            !s)
            return s.error();
        return badCredentials();
    }

    if (!PasswordHasher::verify(user->passwordHash, password)) {
        UnitOfWork uow(m_db);
        if (!uow.isActive())
            return uow.startStatus().error();
        // Counted in SQL, so failures at two tills at once are both counted; an expired lockout starts afresh.
        auto counted = sql::run(m_db,
                                QStringLiteral("UPDATE users SET failed_attempts = CASE WHEN locked_until IS NOT NULL "
                                               "AND locked_until <= ? THEN 1 ELSE failed_attempts + 1 END, "
                                               "locked_until = NULL WHERE id = ? RETURNING failed_attempts"),
                                {qlonglong(now), qlonglong(user->id)},
                                QCoreApplication::translate("posdesk::UserService", "recording a failed sign-in"));
        if (!counted)
            return counted.error();
        const int failures = counted->next() ? counted->value(0).toInt() : kMaxFailedLogins;
        counted->finish();
        QString detail = QStringLiteral("failure %1 of %2").arg(failures).arg(kMaxFailedLogins);
        if (failures >= kMaxFailedLogins) {
            const TimeMs until = now + kLockoutMs;
            if (auto s = users.recordFailedLogin(user->id, failures, until); !s)
                return s.error();
            detail += QStringLiteral("; locked until ") +
                      QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODate);
        }
        if (auto s = audit(m_db, m_clock, who, event, object, QStringLiteral("failed"), detail); !s)
            return s.error();
        if (auto s = uow.commit(); !s)
            return s.error();
        return badCredentials();
    }

    if (user->disabled) {
        if (auto s = auditAlone(who, event, object, QStringLiteral("refused"), QStringLiteral("disabled")); !s)
            return s.error();
        return Error::refused(QCoreApplication::translate("posdesk::UserService",
                                                          "The account %1 is disabled. Ask the owner to enable it.")
                                  .arg(username));
    }

    const Actor signedIn{user->username, user->role, origin};
    // Upgrading the hash needs the clear password, which only a sign-in has.
    QString rehashed;
    if (PasswordHasher::needsRehash(user->passwordHash)) {
        if (auto h = PasswordHasher::hash(password); h)
            rehashed = *h;
    }
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    if (auto s = users.recordGoodLogin(user->id); !s)
        return s.error();
    if (!rehashed.isEmpty()) {
        if (auto s =
                sql::change(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                            {rehashed, qlonglong(user->id)},
                            QCoreApplication::translate("posdesk::UserService", "upgrading a password hash"),
                            QCoreApplication::translate("posdesk::UserService", "No user with id %1.").arg(user->id));
            !s)
            return s.error();
    }
    if (auto s = audit(m_db, m_clock, signedIn, event, object, QStringLiteral("ok")); !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return signedIn;
}

Result<int> UserService::idleLockMinutes()
{
    auto stored = SettingsTable(m_db).value(kIdleLockSetting);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int minutes = stored->has_value() ? (*stored)->toInt(&ok) : 0;
    // A value edited by hand outside the allowed range is not honoured: the PCI limit still holds.
    if (!ok || minutes < 1 || minutes > kMaxIdleLockMinutes)
        return kDefaultIdleLockMinutes;
    return minutes;
}

Status UserService::setIdleLockMinutes(const Actor &actor, int minutes)
{
    const QString object = QStringLiteral("setting idle lock");
    if (auto s = require(m_db, m_clock, actor, Permission::ChangeSettings, object); !s)
        return s;
    if (minutes < 1 || minutes > kMaxIdleLockMinutes)
        return Error::usage(QCoreApplication::translate(
                                "posdesk::UserService",
                                "The idle lock must be between 1 and %1 minutes (PCI DSS asks for a new sign-in after "
                                "at most %1 idle minutes).")
                                .arg(kMaxIdleLockMinutes));
    auto before = idleLockMinutes();
    if (!before)
        return before.error();
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    if (auto s = SettingsTable(m_db).setValue(kIdleLockSetting, QString::number(minutes)); !s)
        return s;
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("settings.change"), object, QStringLiteral("ok"),
                       QStringLiteral("%1 -> %2 minutes").arg(*before).arg(minutes));
        !s)
        return s;
    return uow.commit();
}

} // namespace posdesk
