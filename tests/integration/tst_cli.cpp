#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posdesk;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

// posdesk-cli end to end, as a script or an accountant would run it, on SQLite and PostgreSQL.
class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    QStringList m_dbArgs;

    Run cli(QStringList args, const QStringList &dbArgs)
    {
        QProcess p;
        p.start(test::programPath(QStringLiteral("posdesk-cli")), dbArgs + args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    Run cli(const QStringList &args) { return cli(args, m_dbArgs); }

private slots:
    void initTestCase_data() { test::addEngineRows(); }

    void init()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = test::TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        m_tdb = std::move(*tdb);
        const DbConfig &c = m_tdb->config();
        if (engine == DbEngine::Sqlite)
            m_dbArgs = {QStringLiteral("--db"), c.sqlitePath};
        else
            m_dbArgs = {QStringLiteral("--db-url"), QStringLiteral("postgresql://%1@localhost:%2/%3?host=%4")
                                                        .arg(c.user)
                                                        .arg(c.port)
                                                        .arg(c.database, c.host)};
    }
    void cleanup() { m_tdb.reset(); }

    void demoListsThreeTerminals()
    {
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const Run list = cli({QStringLiteral("terminal"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray terminals = list.json().array();
        QCOMPARE(terminals.size(), 3);
        QStringList states;
        for (const auto &t : terminals) {
            states << t.toObject().value(QStringLiteral("state")).toString();
            QCOMPARE(t.toObject().value(QStringLiteral("mid")).toString(), QStringLiteral("898310058120001"));
        }
        states.sort();
        QCOMPARE(states,
                 (QStringList{QStringLiteral("active"), QStringLiteral("keys-loaded"), QStringLiteral("suspended")}));
        // A second demo seed is refused: never mix demo data into a shop's data.
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("demo data"));
        // The seed is on the audit trail, and the trail is intact.
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        QCOMPARE(audit.json().object().value(QStringLiteral("intact")).toBool(), true);
    }

    void enrolmentCommands()
    {
        QCOMPARE(cli({QStringLiteral("merchant"), QStringLiteral("add"), QStringLiteral("--mid"),
                      QStringLiteral("898310058120002"), QStringLiteral("--name"), QStringLiteral("静安二店")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("acquirer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bank"),
                 QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                 QStringLiteral("5800"), QStringLiteral("--mac"), QStringLiteral("x9.19")})
                .exitCode,
            0);
        const QStringList addTerminal{QStringLiteral("terminal"),   QStringLiteral("add"),
                                      QStringLiteral("--tid"),      QStringLiteral("12345604"),
                                      QStringLiteral("--mid"),      QStringLiteral("898310058120002"),
                                      QStringLiteral("--acquirer"), QStringLiteral("Bank"),
                                      QStringLiteral("--serial"),   QStringLiteral("SN-9")};
        QCOMPARE(cli(addTerminal).exitCode, 0);
        // The same TID twice is refused.
        const Run dup = cli(addTerminal);
        QCOMPARE(dup.exitCode, 1);
        QVERIFY(dup.err.contains("already exists"));

        const Run show = cli(
            {QStringLiteral("terminal"), QStringLiteral("show"), QStringLiteral("12345604"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject t = show.json().object();
        QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        QCOMPARE(t.value(QStringLiteral("serial")).toString(), QStringLiteral("SN-9"));
        QCOMPARE(t.value(QStringLiteral("merchant")).toString(), QStringLiteral("静安二店"));

        QCOMPARE(cli({QStringLiteral("terminal"), QStringLiteral("set-state"), QStringLiteral("12345604"),
                      QStringLiteral("documents-submitted"), QStringLiteral("--note"), QStringLiteral("licence")})
                     .exitCode,
                 0);
        const Run skip = cli({QStringLiteral("terminal"), QStringLiteral("set-state"), QStringLiteral("12345604"),
                              QStringLiteral("active"), QStringLiteral("--json")});
        QCOMPARE(skip.exitCode, 1);
        QVERIFY(skip.err.contains("approved")); // names the allowed move
        QCOMPARE(skip.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")),
                 QJsonValue(QStringLiteral("refused")));
        QCOMPARE(cli({QStringLiteral("terminal"), QStringLiteral("show"), QStringLiteral("12345604"),
                      QStringLiteral("--json")})
                     .json()
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("documents-submitted"));
        QCOMPARE(cli({QStringLiteral("terminal"), QStringLiteral("show"), QStringLiteral("99999999")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("missing option") << QStringList{QStringLiteral("merchant"), QStringLiteral("add"),
                                                       QStringLiteral("--name"), QStringLiteral("x")};
        QTest::newRow("bad TID") << QStringList{QStringLiteral("terminal"),   QStringLiteral("add"),
                                                QStringLiteral("--tid"),      QStringLiteral("123"),
                                                QStringLiteral("--mid"),      QStringLiteral("898310058120001"),
                                                QStringLiteral("--acquirer"), QStringLiteral("x")};
        QTest::newRow("bad state") << QStringList{QStringLiteral("terminal"), QStringLiteral("set-state"),
                                                  QStringLiteral("12345601"), QStringLiteral("flying")};
        QTest::newRow("bad port") << QStringList{
            QStringLiteral("acquirer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
            QStringLiteral("--host"),   QStringLiteral("h"),   QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("terminal"), QStringLiteral("list"),
                                                       QStringLiteral("--bogus")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void environmentErrors()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a database\n").repeated(100));
        f.close();
        const QByteArray before = test::fileBytes(text);
        const Run r = cli({QStringLiteral("terminal"), QStringLiteral("list")}, {QStringLiteral("--db"), text});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("not a database"));
        QCOMPARE(test::fileBytes(text), before);

        const Run pg = cli({QStringLiteral("terminal"), QStringLiteral("list")},
                           {QStringLiteral("--db-url"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
        QCOMPARE(pg.exitCode, 3);
        QVERIFY(pg.err.contains("Cannot reach"));
        QVERIFY(!pg.err.contains("QSqlDatabasePrivate")); // no Qt internals leaking to the user

        const Run both =
            cli({QStringLiteral("terminal"), QStringLiteral("list")},
                {QStringLiteral("--db"), text, QStringLiteral("--db-url"), QStringLiteral("postgresql://a@b/c")});
        QCOMPARE(both.exitCode, 2);
    }

    void versionNeedsNothing()
    {
        const Run r = cli({QStringLiteral("--version")}, {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("posdesk-cli "));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
