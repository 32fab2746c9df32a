#include "storage/Sql.h"

namespace posdesk::sql {

QVariant nullableInt(const std::optional<std::int64_t> &v)
{
    return v ? QVariant(qlonglong(*v)) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

std::optional<std::int64_t> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Result<QSqlQuery> run(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return db.errorFrom(q.lastError(), what);
    int i = 0;
    for (const QVariant &v : binds)
        q.bindValue(i++, v);
    if (!q.exec())
        return db.errorFrom(q.lastError(), what);
    return q;
}

Result<int> runCached(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what)
{
    bool fresh = false;
    QSqlQuery &q = db.cachedQuery(sql, &fresh);
    if (fresh) {
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            const Error e = db.errorFrom(q.lastError(), what);
            db.dropCachedQuery(sql);
            return e;
        }
    }
    int i = 0;
    for (const QVariant &v : binds)
        q.bindValue(i++, v);
    if (!q.exec())
        return db.errorFrom(q.lastError(), what);
    return q.numRowsAffected();
}

Result<Id> insert(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what)
{
    auto q = run(db, sql + QStringLiteral(" RETURNING id"), binds, what);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::internal(QStringLiteral("INSERT returned no id"), what);
    return Id(q->value(0).toLongLong());
}

Status change(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what,
              const QString &notFoundMessage)
{
    auto q = run(db, sql, binds, what);
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(notFoundMessage);
    return {};
}

} // namespace posdesk::sql
