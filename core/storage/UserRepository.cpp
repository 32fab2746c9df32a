#include "storage/UserRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("posdesk::UserRepository", s);
}
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
        tr("adding user %1").arg(u.username));
}

Result<User> UserRepository::findByUsername(const QString &username)
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("WHERE username = ?"), {username}, tr("looking up a user"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("No user named %1.").arg(username));
    return fromRow(*q);
}

Result<std::vector<User>> UserRepository::list()
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("ORDER BY username"), {}, tr("listing users"));
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
                       {failedAttempts, sql::nullableInt(lockedUntil), qlonglong(id)}, tr("recording a failed login"),
                       tr("No user with id %1.").arg(id));
}

Status UserRepository::recordGoodLogin(Id id)
{
    return sql::change(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                       {qlonglong(id)}, tr("recording a login"), tr("No user with id %1.").arg(id));
}

Status UserRepository::setPassword(Id id, const QString &hash, TimeMs at)
{
    return sql::change(m_db, QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?"),
                       {hash, qlonglong(at), qlonglong(id)}, tr("changing a password"),
                       tr("No user with id %1.").arg(id));
}

Status UserRepository::setRole(Id id, Role role)
{
    return sql::change(m_db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {toKey(role), qlonglong(id)},
                       tr("changing a role"), tr("No user with id %1.").arg(id));
}

Status UserRepository::setDisabled(Id id, bool disabled)
{
    return sql::change(m_db, QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"),
                       {int(disabled), qlonglong(id)}, tr("disabling a user"), tr("No user with id %1.").arg(id));
}

} // namespace posdesk
