#include "storage/UserRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {
const QString kSelect = QStringLiteral("SELECT id, username, role, password_hash, failed_attempts, locked_until, "
                                       "disabled, created_at, password_changed_at FROM users ");

User fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.role = roleFromString(q.value(2).toString()).value_or(Role::Cashier);
    u.passwordHash = q.value(3).toString();
    u.failedAttempts = q.value(4).toInt();
    u.lockedUntil = sql::optionalInt(q.value(5));
    u.disabled = q.value(6).toInt() != 0;
    u.createdAt = q.value(7).toLongLong();
    u.passwordChangedAt = sql::optionalInt(q.value(8));
    return u;
}
} // namespace

Result<Id> UserRepository::add(const User &u)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO users (username, role, password_hash, failed_attempts, locked_until, "
                       "disabled, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {u.username, toKey(u.role), u.passwordHash, u.failedAttempts, sql::nullableInt(u.lockedUntil), int(u.disabled),
         qlonglong(u.createdAt), sql::nullableInt(u.passwordChangedAt)},
        QCoreApplication::translate("posdesk::UserRepository", "adding user %1").arg(u.username));
}

Result<User> UserRepository::findByUsername(const QString &username)
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("WHERE username = ?"), {username},
                      QCoreApplication::translate("posdesk::UserRepository", "looking up a user"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::UserRepository", "No user named %1.").arg(username));
    return fromRow(*q);
}

Result<std::vector<User>> UserRepository::list()
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("ORDER BY username"), {},
                      QCoreApplication::translate("posdesk::UserRepository", "listing users"));
    if (!q)
        return q.error();
    std::vector<User> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Status UserRepository::recordFailedLogin(Id id, int failedAttempts, std::optional<TimeMs> lockedUntil)
{
    return sql::change(m_db, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                       {failedAttempts, sql::nullableInt(lockedUntil), qlonglong(id)},
                       QCoreApplication::translate("posdesk::UserRepository", "recording a failed login"),
                       QCoreApplication::translate("posdesk::UserRepository", "No user with id %1.").arg(id));
}

Status UserRepository::recordGoodLogin(Id id)
{
    return sql::change(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                       {qlonglong(id)}, QCoreApplication::translate("posdesk::UserRepository", "recording a login"),
                       QCoreApplication::translate("posdesk::UserRepository", "No user with id %1.").arg(id));
}

Status UserRepository::setPassword(Id id, const QString &hash, TimeMs at)
{
    return sql::change(m_db, QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?"),
                       {hash, qlonglong(at), qlonglong(id)},
                       QCoreApplication::translate("posdesk::UserRepository", "changing a password"),
                       QCoreApplication::translate("posdesk::UserRepository", "No user with id %1.").arg(id));
}

Status UserRepository::setRole(Id id, Role role)
{
    return sql::change(m_db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {toKey(role), qlonglong(id)},
                       QCoreApplication::translate("posdesk::UserRepository", "changing a role"),
                       QCoreApplication::translate("posdesk::UserRepository", "No user with id %1.").arg(id));
}

Status UserRepository::setDisabled(Id id, bool disabled)
{
    return sql::change(m_db, QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"),
                       {int(disabled), qlonglong(id)},
                       QCoreApplication::translate("posdesk::UserRepository", "disabling a user"),
                       QCoreApplication::translate("posdesk::UserRepository", "No user with id %1.").arg(id));
}

} // namespace posdesk
