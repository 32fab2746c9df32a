#pragma once

#include "storage/DbConfig.h"
#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace posdesk {

// One open connection to PosDesk's database, migrated to the current schema.
// A connection belongs to the thread that opened it; a worker thread opens its own with reopen().
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating a new SQLite file if needed) and migrates. A file that is not a PosDesk database,
    // is damaged, or was written by a newer schema is refused without writing a byte to it.
    static Result<std::unique_ptr<Database>> open(const DbConfig &config);
    // Opens at exactly the given schema version and does not migrate (for migration tests and tools).
    static Result<std::unique_ptr<Database>> openAtVersion(const DbConfig &config, int version);
    Result<std::unique_ptr<Database>> reopen() const { return open(m_config); }

    DbEngine engine() const { return m_config.engine; }
    const DbConfig &config() const { return m_config; }
    QSqlDatabase &connection() { return m_db; }
    int schemaVersion() const { return m_version; }

    // Runs one statement that returns no rows.
    Status exec(const QString &sql);

    // Transactions; use UnitOfWork rather than these directly.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // A statement prepared once per connection and kept, for hot-path statements that return no rows (leases, the
    // compare-and-set, the audit insert): see sql::runCached. `fresh` says it still needs prepare().
    // The entry stays where it is while others are added (a reader may still hold it); `busy` marks one a
    // sql::Rows is reading from, so that a nested read of the same statement takes a statement of its own.
    struct CachedStatement
    {
        QSqlQuery query;
        bool busy = false;
    };
    QSqlQuery &cachedQuery(const QString &sql, bool *fresh);
    CachedStatement &cachedStatement(const QString &sql, bool *fresh);
    void dropCachedQuery(const QString &sql) { m_cache.erase(sql); }

    // Maps a driver error to a typed, translated error (unique violations become Refused).
    Error errorFrom(const QSqlError &e, const QString &what) const;

private:
    Database(DbConfig config, QSqlDatabase db);
    static Result<std::unique_ptr<Database>> connect(const DbConfig &config, bool readOnly, bool withWal = false);
    static Status inspectSqliteFile(const QString &path);

    DbConfig m_config;
    QSqlDatabase m_db;
    int m_version = 0;
    bool m_inTransaction = false;
    std::unordered_map<QString, CachedStatement> m_cache; // node-based: references stay valid on insert
};

} // namespace posdesk
