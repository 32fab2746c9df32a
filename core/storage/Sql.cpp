#include "storage/Sql.h"

#include <utility>

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

Rows::Rows(Database::CachedStatement *kept, std::unique_ptr<QSqlQuery> own)
    : m_kept(kept), m_own(std::move(own)), m_query(m_own ? m_own.get() : &kept->query)
{}

Rows::Rows(Rows &&other) noexcept
    : m_kept(std::exchange(other.m_kept, nullptr)), m_own(std::move(other.m_own)),
      m_query(std::exchange(other.m_query, nullptr))
{}

Rows::~Rows()
{
    if (m_query && !m_own)
        m_query->finish();
    if (m_kept && !m_own)
        m_kept->busy = false;
}

Result<Rows> select(Database &db, const QString &sql, const QVariantList &binds, const QString &what)
{
    bool fresh = false;
    Database::CachedStatement &kept = db.cachedStatement(sql, &fresh);
    if (kept.busy) {
        // Someone up the stack is still reading this statement's rows: this read takes a statement of its own.
        auto own = std::make_unique<QSqlQuery>(db.connection());
        own->setForwardOnly(true);
        if (!own->prepare(sql))
            return db.errorFrom(own->lastError(), what);
        for (int i = 0; i < binds.size(); ++i)
            own->bindValue(i, binds[i]);
        if (!own->exec())
            return db.errorFrom(own->lastError(), what);
        return Rows(nullptr, std::move(own));
    }
    if (fresh) {
        kept.query.setForwardOnly(true);
        if (!kept.query.prepare(sql)) {
            const Error e = db.errorFrom(kept.query.lastError(), what);
            db.dropCachedQuery(sql);
            return e;
        }
    }
    for (int i = 0; i < binds.size(); ++i)
        kept.query.bindValue(i, binds[i]);
    if (!kept.query.exec()) {
        const Error e = db.errorFrom(kept.query.lastError(), what);
        kept.query.finish();
        return e;
    }
    kept.busy = true;
    return Rows(&kept, nullptr);
}

Result<Id> insert(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what)
{
    auto q = select(db, sql + QStringLiteral(" RETURNING id"), binds, what);
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
