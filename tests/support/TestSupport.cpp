#include "TestSupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTest>

namespace posdesk::test {

Result<DbConfig> postgresAdminConfig()
{
    const QString url = qEnvironmentVariable("POSDESK_TEST_PG_URL");
    if (url.isEmpty())
        return Error::environment(QStringLiteral(
            "POSDESK_TEST_PG_URL is not set: the PostgreSQL storage tests need the test cluster that CTest's "
            "'postgres' fixture starts (run ./test.sh or ctest, not the test binary alone)"));
    return DbConfig::fromUrl(url);
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::create(DbEngine engine)
{
    std::unique_ptr<TestDatabase> self(new TestDatabase);
    if (engine == DbEngine::Sqlite) {
        self->m_dir = std::make_unique<QTemporaryDir>();
        if (!self->m_dir->isValid())
            return Error::environment(QStringLiteral("cannot create a temporary directory"));
        self->m_config = DbConfig::sqlite(self->m_dir->filePath(QStringLiteral("test.db")));
        return self;
    }
    auto admin = postgresAdminConfig();
    if (!admin)
        return admin.error();
    static QAtomicInteger<int> counter;
    self->m_pgName = QStringLiteral("t_%1_%2_%3")
                         .arg(QCoreApplication::applicationName().toLower().remove(u'-'))
                         .arg(QCoreApplication::applicationPid())
                         .arg(counter.fetchAndAddRelaxed(1));
    {
        auto db = Database::openAtVersion(*admin, 0); // admin database: never migrate it
        if (!db)
            return Error::environment(QStringLiteral("the PostgreSQL test server is not reachable: ") +
                                      db.error().fullText());
        if (auto s = (*db)->exec(QStringLiteral("CREATE DATABASE ") + self->m_pgName); !s)
            return s.error();
    }
    self->m_config = *admin;
    self->m_config.database = self->m_pgName;
    return self;
}

TestDatabase::~TestDatabase()
{
    if (m_pgName.isEmpty())
        return;
    auto admin = postgresAdminConfig();
    if (!admin)
        return;
    auto db = Database::openAtVersion(*admin, 0);
    if (db)
        (void)(*db)->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"));
}

void addEngineRows()
{
    QTest::addColumn<DbEngine>("engine");
    QTest::newRow("sqlite") << DbEngine::Sqlite;
    QTest::newRow("postgres") << DbEngine::Postgres;
}

QString programPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("POSDESK_BIN_DIR");
    return QDir(dir.isEmpty() ? QCoreApplication::applicationDirPath() : dir).filePath(name);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace posdesk::test
