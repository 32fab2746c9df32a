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

namespace {

bool bindAndExec(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    return q.exec();
}

Result<QSqlQuery> runList(Database &db, const QString &sql, const QVariantList &binds, const QString &what)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !bindAndExec(q, binds))
        return db.errorFrom(q.lastError(), what);
    return q;
}

} // namespace

Result<QSqlQuery> run(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what)
{
    return runList(db, sql, QVariantList(binds), what);
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
        auto own = runList(db, sql, binds, what);
        if (!own)
            return own.error();
        return Rows(nullptr, std::make_unique<QSqlQuery>(std::move(*own)));
    }
    if (fresh) {
        kept.query.setForwardOnly(true);
        if (!kept.query.prepare(sql)) {
            const Error e = db.errorFrom(kept.query.lastError(), what);
            db.dropCachedQuery(sql);
            return e;
        }
    }
    if (!bindAndExec(kept.query, binds)) {
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
