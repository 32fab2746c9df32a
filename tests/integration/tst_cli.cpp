#include "TestSupport.h"

#include "storage/AcquirerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posdesk;

namespace {

// Vectors V5 (QR-code sale, 19-digit field 60) and V6 (IC answer, right-aligned field 23) of the CUP reference.
const char *const kV5 =
    "007F600003000060321032007202003020048000C0801500000000000000123400000203009930303030303030313935"
    "3237313831383232313738373531353600192600000100060000000000435F0112323834343132333435363738393031"
    "3233345F03063136303033365F04063230303832365C0230314233413039324145";
const char *const kV6 =
    "00A360000005106031000000000210703E02810AD0821316622500000000001400000000000000000100013409194704"
    "281512042700010008000958403039313934373134353036303030353834303230303133303234343033383036323131"
    "3030223930333130303030202020303330323538343020202031353600179F3602031E910A42FE066E2918B088303000"
    "132200000700050000034355503531443837343145";

const QJsonObject fieldOf(const QJsonDocument &d, int number)
{
    for (const auto &f : d.object().value(QStringLiteral("fields")).toArray()) {
        if (f.toObject().value(QStringLiteral("field")).toInt() == number)
            return f.toObject();
    }
    return {};
}

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

    // A terminal the shop already uses is recorded as such; loading the master key of an approved terminal is its
    // keys-loaded event.
    void existingTerminalsAndTheKeysLoadedEvent()
    {
        const QString mid = QStringLiteral("898310058120002");
        QCOMPARE(cli({QStringLiteral("merchant"), QStringLiteral("add"), QStringLiteral("--mid"), mid,
                      QStringLiteral("--name"), QStringLiteral("静安二店")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("acquirer"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Bank"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("--port"), QStringLiteral("5800")})
                     .exitCode,
                 0);
        auto add = [&](const QString &tid, const QStringList &extra) {
            return cli(QStringList{QStringLiteral("terminal"), QStringLiteral("add"), QStringLiteral("--tid"), tid,
                                   QStringLiteral("--mid"), mid, QStringLiteral("--acquirer"), QStringLiteral("Bank")} +
                       extra);
        };
        auto show = [&](const QString &tid) {
            return cli({QStringLiteral("terminal"), QStringLiteral("show"), tid, QStringLiteral("--json")})
                .json()
                .object();
        };
        auto loadTmk = [&](const QString &tid) {
            return cli({QStringLiteral("keys"), QStringLiteral("load-tmk"), QStringLiteral("--tid"), tid,
                        QStringLiteral("--tmk"), QStringLiteral("0123456789ABCDEFFEDCBA9876543210"),
                        QStringLiteral("--json")});
        };
        // --existing alone: active, with the TID and MID as assigned.
        QCOMPARE(add(QStringLiteral("12345611"), {QStringLiteral("--existing")}).exitCode, 0);
        QJsonObject t = show(QStringLiteral("12345611"));
        QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        // An existing terminal never starts before approval.
        const Run early = add(QStringLiteral("12345612"),
                              {QStringLiteral("--existing"), QStringLiteral("--state"), QStringLiteral("applied")});
        QCOMPARE(early.exitCode, 2);
        QVERIFY2(early.err.contains("approved"), early.err.constData()); // names the states it can start in
        QCOMPARE(cli({QStringLiteral("terminal"), QStringLiteral("show"), QStringLiteral("12345612")}).exitCode, 1);

        // Approved, then the key: keys-loaded, on the lifecycle, without moving the state by hand.
        QCOMPARE(add(QStringLiteral("12345613"),
                     {QStringLiteral("--existing"), QStringLiteral("--state"), QStringLiteral("approved")})
                     .exitCode,
                 0);
        const Run loaded = loadTmk(QStringLiteral("12345613"));
        QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
        QCOMPARE(loaded.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("keys-loaded"));
        QCOMPARE(show(QStringLiteral("12345613")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("keys-loaded"));
        // An active terminal stays active when its key is loaded again.
        QCOMPARE(loadTmk(QStringLiteral("12345611")).json().object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        // A new application is not approved yet: the key is kept, the state is not invented, and the owner is told.
        QCOMPARE(add(QStringLiteral("12345614"), {}).exitCode, 0);
        const Run notYet = loadTmk(QStringLiteral("12345614"));
        QCOMPARE(notYet.exitCode, 0);
        QCOMPARE(notYet.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        QCOMPARE(show(QStringLiteral("12345614")).value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        // Approved later, the key already there counts: keys-loaded at once, ready to sign on.
        for (const char *to : {"documents-submitted", "approved"})
            QCOMPARE(cli({QStringLiteral("terminal"), QStringLiteral("set-state"), QStringLiteral("12345614"),
                          QLatin1String(to)})
                         .exitCode,
                     0);
        QCOMPARE(show(QStringLiteral("12345614")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("keys-loaded"));
        // Without a key, approval stays approval.
        QCOMPARE(add(QStringLiteral("12345615"), {QStringLiteral("--state"), QStringLiteral("documents-submitted")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("terminal"), QStringLiteral("set-state"), QStringLiteral("12345615"),
                      QStringLiteral("approved")})
                     .exitCode,
                 0);
        QCOMPARE(show(QStringLiteral("12345615")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("approved"));
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

    // Real messages read as they come: V5 and V6 with the CUP defaults; --lenient shows a field that breaks its
    // type raw with a warning and goes on; the dialect settings of a profile or given to try are used.
    void iso8583DecodeRealMessages()
    {
        const QString v5 = QString::fromLatin1(kV5), v6 = QString::fromLatin1(kV6);
        const QStringList decode{QStringLiteral("iso8583"), QStringLiteral("decode"), QStringLiteral("--hex")};
        const QString json = QStringLiteral("--json"), lenient = QStringLiteral("--lenient");

        const Run r5 = cli(decode + QStringList{v5, json});
        QVERIFY2(r5.exitCode == 0, r5.err.constData());
        QCOMPARE(fieldOf(r5.json(), 60).value(QStringLiteral("value")).toString(),
                 QStringLiteral("2600000100060000000"));
        QCOMPARE(fieldOf(r5.json(), 4).value(QStringLiteral("note")).toString(), QStringLiteral("12.34"));
        QCOMPARE(fieldOf(r5.json(), 42).value(QStringLiteral("value")).toString(), QStringLiteral("952718182217875"));
        const Run r6 = cli(decode + QStringList{v6, json});
        QVERIFY2(r6.exitCode == 0, r6.err.constData());
        const QJsonObject f23 = fieldOf(r6.json(), 23);
        QCOMPARE(f23.value(QStringLiteral("value")).toString(), QStringLiteral("001"));
        QCOMPARE(f23.value(QStringLiteral("raw")).toString(), QStringLiteral("0001"));
        QVERIFY(f23.value(QStringLiteral("note")).toString().contains(QStringLiteral("right-aligned")));
        QCOMPARE(fieldOf(r6.json(), 63).value(QStringLiteral("value")).toString(), QStringLiteral("CUP"));

        // Field 39 with a control byte: refused as today; leniently shown raw, and the fields after it decode.
        const QString broken = QString(v6).replace(QStringLiteral("363030303538"), QStringLiteral("363030073538"));
        const Run strict = cli(decode + QStringList{broken});
        QCOMPARE(strict.exitCode, 2);
        QVERIFY2(strict.err.contains("field 39 at offset 74: byte 0x07 is not printable ASCII"),
                 strict.err.constData());
        QVERIFY(strict.out.isEmpty());
        const Run text = cli(decode + QStringList{broken, lenient});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("warning"));
        QVERIFY(text.out.contains("field 39 at offset 74: byte 0x07 is not printable ASCII"));
        QVERIFY(text.out.contains("3007"));
        QVERIFY(text.out.contains("58402001"));          // field 41, after the broken one
        QVERIFY(!text.out.contains("6225000000000014")); // card data stays masked
        const Run asJson = cli(decode + QStringList{broken, lenient, json});
        QCOMPARE(asJson.exitCode, 0);
        const QJsonObject f39 = fieldOf(asJson.json(), 39);
        QCOMPARE(f39.value(QStringLiteral("value")).toString(), QStringLiteral("3007"));
        QVERIFY(f39.value(QStringLiteral("warning")).toString().contains(QStringLiteral("field 39 at offset 74")));
        QCOMPARE(fieldOf(asJson.json(), 63).value(QStringLiteral("value")).toString(), QStringLiteral("CUP"));

        // A length that cannot be read (field 55) ends the lenient decoding: what was read, then the error.
        const QString cut = QString(v6).replace(QStringLiteral("00179F36"), QStringLiteral("0A179F36"));
        const Run stop = cli(decode + QStringList{cut, lenient});
        QCOMPARE(stop.exitCode, 2);
        QVERIFY(stop.out.contains("58402001"));
        QVERIFY2(stop.err.contains("field 55 at offset 124: bad BCD nibble A"), stop.err.constData());
        const Run stopJson = cli(decode + QStringList{cut, lenient, json});
        QCOMPARE(stopJson.exitCode, 2);
        QCOMPARE(stopJson.json().object().value(QStringLiteral("complete")).toBool(true), false);
        QVERIFY(stopJson.json().object().contains(QStringLiteral("error")));
        QCOMPARE(fieldOf(stopJson.json(), 41).value(QStringLiteral("value")).toString(), QStringLiteral("58402001"));

        // Settings to try, and those of a profile: the old 17-digit field 60 refuses V5, leniently shown raw.
        const QString old17 = QStringLiteral(R"({"fields": {"60": {"max": 17}}})");
        const QString settings = QStringLiteral("--dialect-settings");
        const Run tried = cli(decode + QStringList{v5, settings, old17});
        QCOMPARE(tried.exitCode, 2);
        QVERIFY(tried.err.contains("field 60 at offset 64: length 19 digits over the maximum 17"));
        const Run triedLenient = cli(decode + QStringList{v5, settings, old17, lenient, json});
        QCOMPARE(triedLenient.exitCode, 0);
        QCOMPARE(fieldOf(triedLenient.json(), 60).value(QStringLiteral("value")).toString(),
                 QStringLiteral("26000001000600000000")); // raw: the 10 data bytes in hex
        QVERIFY(fieldOf(triedLenient.json(), 64).contains(QStringLiteral("value")));
        const Run badSettings = cli(decode + QStringList{v5, settings, QStringLiteral(R"({"fields": {"60": 17}})")});
        QCOMPARE(badSettings.exitCode, 2);
        QVERIFY(badSettings.err.contains("field 60"));

        QCOMPARE(cli({QStringLiteral("acquirer"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Old host"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("--port"), QStringLiteral("5800")})
                     .exitCode,
                 0);
        {
            auto db = m_tdb->open();
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
            AcquirerRepository repo(**db);
            auto a = repo.findByName(QStringLiteral("Old host"));
            QVERIFY(a.ok());
            a->dialectSettings = old17;
            QVERIFY(repo.update(*a).ok());
        }
        const QString acquirer = QStringLiteral("--acquirer");
        const Run byProfile = cli(decode + QStringList{v5, acquirer, QStringLiteral("Old host")});
        QCOMPARE(byProfile.exitCode, 2);
        QVERIFY(byProfile.err.contains("over the maximum 17"));
        QCOMPARE(cli(decode + QStringList{v6, acquirer, QStringLiteral("Old host")}).exitCode, 0);
        QCOMPARE(cli(decode + QStringList{v5, acquirer, QStringLiteral("Nobody")}).exitCode, 1);
        QCOMPARE(cli(decode + QStringList{v5, acquirer, QStringLiteral("Old host"), settings, old17}).exitCode, 2);
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
