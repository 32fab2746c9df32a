#include "TestSupport.h"

#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posdesk;

// Files that are not usable PosDesk databases are refused with a clear message and left byte-for-byte untouched.
class TestDatabaseOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeValidDb(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        {
            auto db = Database::open(DbConfig::sqlite(path));
            if (!db)
                return {};
            if (!(*db)->exec(QStringLiteral("INSERT INTO merchants (mid, name, created_at) VALUES ('1', 'x', 1)")) ||
                !(*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                return {};
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return path;
    }

    static QStringList filesIn(const QString &dir) { return QDir(dir).entryList(QDir::Files, QDir::Name); }

private slots:
    void newFileIsCreatedWithPragmas()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/dir/new.db"));
        auto db = Database::open(DbConfig::sqlite(path));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("text file") << "text" << int(ErrorKind::Corrupt) << "not a database";
        QTest::newRow("damaged database") << "corrupt" << int(ErrorKind::Corrupt) << "damaged";
        QTest::newRow("newer schema") << "newer" << int(ErrorKind::Environment) << "newer PosDesk";
        QTest::newRow("another program's database") << "foreign" << int(ErrorKind::Environment) << "another program";
        QTest::newRow("truncated database") << "truncated" << int(ErrorKind::Corrupt) << "";
    }
    void refusedFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, errorKind);
        QFETCH(QString, messagePart);
        const QString path = m_dir.filePath(kind + QStringLiteral(".db"));
        if (kind == u"text") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("date,amount\n2026-11-24,12.34\n").repeated(300));
        } else if (kind == u"foreign") {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"));
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        } else {
            const QString valid = makeValidDb(kind + QStringLiteral("-src.db"));
            QVERIFY(!valid.isEmpty());
            QByteArray bytes = test::fileBytes(valid);
            if (kind == u"corrupt") {
                // Scribble over the schema page after the header.
                for (int i = 100; i < 4000; ++i)
                    bytes[i] = char(0xA5 ^ i);
            } else if (kind == u"newer") {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
                raw.setDatabaseName(valid);
                QVERIFY(raw.open());
                QSqlQuery(raw).exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                        .arg(Schema::kCurrentVersion + 1));
                QSqlQuery(raw).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                raw.close();
                raw = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
                bytes = test::fileBytes(valid);
            } else if (kind == u"truncated") {
                bytes.truncate(bytes.size() / 3 + 17);
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QByteArray before = test::fileBytes(path);
        const QStringList filesBefore = filesIn(m_dir.path());

        auto db = Database::open(DbConfig::sqlite(path));
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().kind), errorKind);
        QVERIFY2(db.error().message.contains(messagePart), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(path));
        QCOMPARE(test::fileBytes(path), before);
        QCOMPARE(filesIn(m_dir.path()), filesBefore);
    }

    // A checkpoint cut off by a full disk: the main file lacks pages that the write-ahead log still holds. SQLite
    // reads it intact with the log; so must the pre-open check, or "restore from a backup" throws real sales away.
    void walHoldsWhatTheMainFileLacks()
    {
        const QString src = m_dir.filePath(QStringLiteral("wal-src.db"));
        const QString path = m_dir.filePath(QStringLiteral("wal/shop.db"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            auto db = Database::open(DbConfig::sqlite(src));
            QVERIFY(db);
            // Every page written since the file was created stays in the log (no automatic checkpoint).
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")).ok());
            QVERIFY((*db)
                        ->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i "
                                              "< 3000) INSERT INTO merchants (mid, name, created_at) SELECT 'M' || i, "
                                              "'shop ' || i, i FROM n"))
                        .ok());
            // The checkpoint copies the pages into the main file but leaves them in the log too.
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")).ok());
            QByteArray main = test::fileBytes(src);
            const QByteArray wal = test::fileBytes(src + QStringLiteral("-wal"));
            QVERIFY(main.size() > 20 * 4096);
            QVERIFY(wal.size() > 20 * 4096);
            main.truncate(3 * 4096); // the disk filled up after three pages
            QFile m(path);
            QVERIFY(m.open(QIODevice::WriteOnly));
            m.write(main);
            QFile w(path + QStringLiteral("-wal"));
            QVERIFY(w.open(QIODevice::WriteOnly));
            w.write(wal);
        }
        auto db = Database::open(DbConfig::sqlite(path));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM merchants")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3000);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void folderIsRefused()
    {
        auto db = Database::open(DbConfig::sqlite(m_dir.path()));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Environment);
        QVERIFY(db.error().message.contains(QStringLiteral("folder")));
    }

    void unreachablePostgres()
    {
        auto config = DbConfig::fromUrl(QStringLiteral("postgresql://posdesk@127.0.0.1:1/posdesk"));
        QVERIFY(config.ok());
        auto db = Database::open(*config);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Environment);
        QVERIFY(db.error().message.contains(QStringLiteral("postgresql://posdesk@127.0.0.1:1/posdesk")));
    }

    void urlParsing_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::newRow("full") << "postgresql://till:secret@db.shop:6543/posdesk" << true << "db.shop" << 6543
                              << "posdesk";
        QTest::newRow("default port") << "postgres://u@h/d" << true << "h" << 5432 << "d";
        QTest::newRow("socket") << "postgresql://u@localhost:5433/d?host=/run/pg" << true << "/run/pg" << 5433 << "d";
        QTest::newRow("no database") << "postgresql://u@h:1/" << false << "" << 0 << "";
        QTest::newRow("wrong scheme") << "mysql://u@h/d" << false << "" << 0 << "";
        QTest::newRow("garbage") << "not a url" << false << "" << 0 << "";
    }
    void urlParsing()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        auto c = DbConfig::fromUrl(url);
        QCOMPARE(c.ok(), valid);
        if (!valid) {
            QCOMPARE(c.error().kind, ErrorKind::Usage);
            return;
        }
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QCOMPARE(c->host, host);
        QCOMPARE(c->port, port);
        QCOMPARE(c->database, database);
        QVERIFY(!c->describe().contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_databaseopen.moc"
