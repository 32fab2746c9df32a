#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
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
// Runs an INSERT … RETURNING id and gives back the new id.
Result<Id> insert(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what);
// Runs an UPDATE/DELETE; NotFound when no row matched.
Status change(Database &db, const QString &sql, std::initializer_list<QVariant> binds, const QString &what,
              const QString &notFoundMessage);

} // namespace posdesk::sql
