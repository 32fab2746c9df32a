#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

// Small helpers shared by the repositories: binding, nulls, and running a prepared statement.
namespace posdesk::sql {

QVariant nullableInt(const std::optional<std::int64_t> &v);
QVariant nullableText(const QString &s); // empty → NULL
std::optional<std::int64_t> optionalInt(const QVariant &v);

// Prepares, binds positionally and executes; the error names `what` the caller was doing.
Result<QSqlQuery> run(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what);
// The same through the connection's statement cache, for writes on the hot path that return no rows (UPDATE,
// INSERT and DELETE without RETURNING, PRAGMA settings): a kept statement that returned rows would hold SQLite's
// read snapshot open.
// Gives back the number of rows changed.
Result<int> runCached(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what);
// The rows of a read through the connection's statement cache (sql::select). Reading ends when it goes: the
// statement is finished then, so SQLite's read snapshot (or PostgreSQL's portal) is not held by a kept statement.
// Used like the QSqlQuery of run(): `q->next()`, `q->value(0)`, `fromRow(*q)`.
class Rows
{
public:
    Rows(Database::CachedStatement *kept, std::unique_ptr<QSqlQuery> own);
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&) = delete;
    Rows(const Rows &) = delete;
    ~Rows();
    bool next() { return m_query->next(); }
    QVariant value(int i) const { return m_query->value(i); }
    operator const QSqlQuery &() const { return *m_query; }
    QSqlQuery &query() { return *m_query; }

private:
    Database::CachedStatement *m_kept = nullptr;
    std::unique_ptr<QSqlQuery> m_own; // when the kept one is being read already (a nested read of the same SQL)
    QSqlQuery *m_query = nullptr;
};

// A read on the hot path, prepared once per connection and kept; otherwise as run().
Result<Rows> select(Database &db, const QString &sql, const QVariantList &binds, const QString &what);
inline Result<Rows> select(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what)
{
    return select(db, sql, QVariantList(binds), what);
}

// Runs an INSERT … RETURNING id and gives back the new id.
Result<Id> insert(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what);
// Runs an UPDATE/DELETE; NotFound when no row matched.
Status change(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what,
              const QString &notFoundMessage);

} // namespace posdesk::sql
