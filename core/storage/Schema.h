#pragma once

#include "util/Result.h"

#include <QStringList>

namespace posdesk {

class Database;

// Versioned schema: step N takes a database from version N-1 to N.
namespace Schema {

constexpr int kCurrentVersion = 13;

// Version recorded in meta; 0 for an empty database. Refuses a database with tables but no meta.
Result<int> readVersion(Database &db);
// A fresh database straight to the current version, in one transaction.
Status create(Database &db);
// From `fromVersion` to `toVersion` (default: current), one transaction per step.
Status upgrade(Database &db, int fromVersion, int toVersion = kCurrentVersion);
// The statements of one step, with engine-specific types filled in (exposed for tests).
QStringList stepStatements(Database &db, int step);

} // namespace Schema
} // namespace posdesk
