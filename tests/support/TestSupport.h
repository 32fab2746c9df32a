#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace posdesk::test {

// A fresh, empty database on one engine, removed again when this object goes away.
// PostgreSQL comes from the cluster that CTest's "postgres" fixture starts (POSDESK_TEST_PG_URL);
// when it is missing the test fails and says why, it never skips.
class TestDatabase
{
public:
    static Result<std::unique_ptr<TestDatabase>> create(DbEngine engine);
    ~TestDatabase();

    const DbConfig &config() const { return m_config; }
    // Opens a connection migrated to the current schema.
    Result<std::unique_ptr<Database>> open() const { return Database::open(m_config); }

private:
    TestDatabase() = default;
    DbConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgName;
};

// The admin connection of the test cluster, from POSDESK_TEST_PG_URL.
Result<DbConfig> postgresAdminConfig();

// Adds rows "sqlite" and "postgres" with a DbEngine column named "engine" (for _data() functions).
void addEngineRows();

// Path of a program built by the project (bin directory passed in by CTest).
QString programPath(const QString &name);

// Text of a whole file, for byte-for-byte comparisons.
QByteArray fileBytes(const QString &path);

} // namespace posdesk::test

Q_DECLARE_METATYPE(posdesk::DbEngine)
