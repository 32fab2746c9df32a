#include "storage/Database.h"

#include "storage/Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>

namespace posdesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("posdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isUniqueViolation(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == u"23505" || code == u"2067" || code == u"1555" ||
           e.databaseText().contains(QStringLiteral("UNIQUE constraint failed"));
}

bool isSqliteDamage(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    const QString text = e.databaseText();
    return code == u"26" || code == u"11" || text.contains(QStringLiteral("not a database")) ||
           text.contains(QStringLiteral("malformed"));
}

// The database and its WAL and shared-memory files are the shop's alone, whoever created them and with what umask
// (an older PosDesk left them 0644): owner read and write, nothing for the group or others. SQLite gives the WAL and
// -shm files the main file's mode when it creates them, so tightening the main file first covers those too.
void keepOwnerOnly(const QString &path)
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        if (!f.exists())
            continue;
        const auto mode = f.permissions();
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (mode & others)
            (void)f.setPermissions((mode & ~others) | ownerOnly); // best effort: a file we do not own stays as it is
    }
}

} // namespace

Database::Database(DbConfig config, QSqlDatabase db) : m_config(std::move(config)), m_db(std::move(db)) {}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_cache.clear(); // prepared statements go before their connection
    if (m_inTransaction)
        m_db.rollback();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Error Database::errorFrom(const QSqlError &e, const QString &what) const
{
    const QString detail = e.text().trimmed();
    if (isUniqueViolation(e))
        return Error::refused(
            QCoreApplication::translate("posdesk::Database",
                                        "Could not finish %1: a record with the same key already exists.")
                .arg(what),
            detail);
    if (m_config.engine == DbEngine::Sqlite &&
        (e.nativeErrorCode() == u"26" || e.databaseText().contains(QStringLiteral("not a database"))))
        return Error::corrupt(
            QCoreApplication::translate("posdesk::Database",
                                        "%1 is not a database file. Check the path, or restore the file from a backup.")
                .arg(m_config.sqlitePath),
            detail);
    if (m_config.engine == DbEngine::Sqlite && isSqliteDamage(e))
        return Error::corrupt(
            QCoreApplication::translate("posdesk::Database",
                                        "The database file %1 is damaged (%2 failed). Restore it from a backup.")
                .arg(m_config.sqlitePath, what),
            detail);
    if (e.type() == QSqlError::ConnectionError)
        return Error::environment(
            QCoreApplication::translate("posdesk::Database", "Lost the connection to the database %1 while %2.")
                .arg(m_config.describe(), what),
            detail);
    return Error::environment(
        QCoreApplication::translate("posdesk::Database", "The database %1 refused %2.").arg(m_config.describe(), what),
        detail);
}

QSqlQuery &Database::cachedQuery(const QString &sql, bool *fresh)
{
    return cachedStatement(sql, fresh).query;
}

Database::CachedStatement &Database::cachedStatement(const QString &sql, bool *fresh)
{
    auto it = m_cache.find(sql);
    *fresh = it == m_cache.end();
    if (*fresh)
        it = m_cache.emplace(sql, CachedStatement{QSqlQuery(m_db), false}).first;
    return it->second;
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return errorFrom(q.lastError(), QCoreApplication::translate("posdesk::Database", "a statement"));
    return {};
}

Status Database::begin()
{
    if (m_inTransaction)
        return Error::internal(
            QCoreApplication::translate("posdesk::Database", "A transaction is already open on this connection."));
    if (m_config.engine == DbEngine::Sqlite) {
        // IMMEDIATE: the write lock is taken at the start, so two tills never both read and then both write
        // (a deferred transaction would fail its first write with SQLITE_BUSY instead of waiting).
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return errorFrom(q.lastError(), QCoreApplication::translate("posdesk::Database", "starting a transaction"));
    } else if (!m_db.transaction()) {
        return errorFrom(m_db.lastError(), QCoreApplication::translate("posdesk::Database", "starting a transaction"));
    }
    m_inTransaction = true;
    return {};
}

Status Database::commit()
{
    if (!m_inTransaction)
        return Error::internal(
            QCoreApplication::translate("posdesk::Database", "No transaction is open on this connection."));
    m_inTransaction = false;
    if (!m_db.commit()) {
        const Error e =
            errorFrom(m_db.lastError(), QCoreApplication::translate("posdesk::Database", "saving the changes"));
        m_db.rollback();
        return e;
    }
    return {};
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_db.rollback();
}

Status Database::inspectSqliteFile(const QString &path)
{
    // Read-only look before anything may write: a foreign, damaged or newer file stays byte-for-byte as it was.
    // A file with a write-ahead log beside it is read with the log, as SQLite itself would: committed sales may live
    // only there (after a full disk or a crash), and reading the main file alone would call it damaged.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    auto ro = connect(DbConfig::sqlite(path), /*readOnly=*/true, /*withWal=*/wal.exists() && wal.size() > 0);
    if (!ro)
        return ro.error();
    auto version = Schema::readVersion(**ro);
    if (!version)
        return version.error();
    if (*version > Schema::kCurrentVersion)
        return Error::environment(
            QCoreApplication::translate("posdesk::Database",
                                        "%1 was written by a newer PosDesk (database version %2; this program knows up "
                                        "to %3). Install the newer PosDesk or choose another database.")
                .arg(path)
                .arg(*version)
                .arg(Schema::kCurrentVersion));
    return {};
}

Result<std::unique_ptr<Database>> Database::connect(const DbConfig &config, bool readOnly, bool withWal)
{
    const QString name = nextConnectionName();
    if (config.engine == DbEngine::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error::environment(QCoreApplication::translate(
                "posdesk::Database", "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (readOnly) {
            // immutable=1: no locks, no -wal/-shm files; a refused file gets no companions beside it either.
            // With a log present, mode=ro reads it (SQLite may add the -shm index beside it, never writes the file).
            const QString uri =
                QUrl::fromLocalFile(QFileInfo(config.sqlitePath).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                (withWal ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1"));
            db.setDatabaseName(uri);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(config.sqlitePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        std::unique_ptr<Database> self(new Database(config, db));
        db = QSqlDatabase(); // only the Database object may hold the connection, or removal warns
        if (!self->m_db.open())
            return Error::environment(
                QCoreApplication::translate("posdesk::Database", "Cannot open the database file %1.")
                    .arg(config.sqlitePath),
                self->m_db.lastError().text());
        return self;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::environment(QCoreApplication::translate(
            "posdesk::Database", "The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(config.host);
    db.setPort(config.port);
    db.setDatabaseName(config.database);
    db.setUserName(config.user);
    db.setPassword(config.password);
    QString options = QStringLiteral("connect_timeout=5");
    if (!config.options.isEmpty())
        options += u';' + config.options;
    db.setConnectOptions(options);
    std::unique_ptr<Database> self(new Database(config, db));
    db = QSqlDatabase();
    if (!self->m_db.open())
        return Error::environment(
            QCoreApplication::translate("posdesk::Database",
                                        "Cannot reach the PostgreSQL database %1. Check that the server runs and that "
                                        "the URL, user and password are right.")
                .arg(config.describe()),
            self->m_db.lastError().text().trimmed());
    return self;
}

Result<std::unique_ptr<Database>> Database::open(const DbConfig &config)
{
    return openAtVersion(config, Schema::kCurrentVersion);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const DbConfig &config, int targetVersion)
{
    if (config.engine == DbEngine::Sqlite) {
        const QFileInfo info(config.sqlitePath);
        if (config.sqlitePath.isEmpty())
            return Error::usage(QCoreApplication::translate("posdesk::Database", "No database file was given."));
        if (info.isDir())
            return Error::environment(
                QCoreApplication::translate("posdesk::Database", "%1 is a folder, not a database file.")
                    .arg(config.sqlitePath));
        if (info.exists()) {
            if (!info.isReadable())
                return Error::environment(
                    QCoreApplication::translate("posdesk::Database", "%1 cannot be read (permissions).")
                        .arg(config.sqlitePath));
            if (auto s = inspectSqliteFile(config.sqlitePath); !s)
                return s.error();
        } else if (!QFileInfo::exists(info.absolutePath())) {
            if (!QDir().mkpath(info.absolutePath()))
                return Error::environment(
                    QCoreApplication::translate("posdesk::Database", "Cannot create the folder %1.")
                        .arg(info.absolutePath()));
            // A data folder made here is the shop's alone (0700), as the umask of every PosDesk program makes it.
            (void)QFile::setPermissions(info.absolutePath(),
                                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }

    auto opened = connect(config, /*readOnly=*/false);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(*opened);

    if (config.engine == DbEngine::Sqlite) {
        keepOwnerOnly(config.sqlitePath);
        // WAL for readers beside a writer; FULL sync because money is involved.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (auto s = db->exec(QString::fromLatin1(pragma)); !s)
                return s.error();
        }
    }

    auto version = Schema::readVersion(*db);
    if (!version)
        return version.error();
    if (*version > Schema::kCurrentVersion)
        return Error::environment(
            QCoreApplication::translate("posdesk::Database",
                                        "%1 was written by a newer PosDesk (database version %2; this program knows up "
                                        "to %3). Install the newer PosDesk or choose another database.")
                .arg(config.describe())
                .arg(*version)
                .arg(Schema::kCurrentVersion));
    Status migrated;
    if (*version == 0 && targetVersion == Schema::kCurrentVersion)
        migrated = Schema::create(*db);
    else if (*version < targetVersion)
        migrated = Schema::upgrade(*db, *version, targetVersion);
    if (!migrated)
        return migrated.error();
    auto finalVersion = Schema::readVersion(*db);
    if (!finalVersion)
        return finalVersion.error();
    db->m_version = *finalVersion;
    return db;
}

} // namespace posdesk
