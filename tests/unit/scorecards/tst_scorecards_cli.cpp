#include "KnownHistory.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace posdesk;
using posdesk::test::KnownHistory;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QJsonObject rowNamed(const QJsonObject &doc, const QString &key, const QString &name, const QString &group = {})
{
    for (const auto &r : doc.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = r.toObject();
        if (o.value(key).toString() == name && (group.isEmpty() || o.value(QStringLiteral("group")) == group))
            return o;
    }
    return {};
}

double valueOf(const QJsonObject &row, const char *figure)
{
    return row.value(QLatin1String(figure)).toObject().value(QStringLiteral("value")).toDouble(-1);
}

bool tooFew(const QJsonObject &row, const char *figure)
{
    return row.value(QLatin1String(figure)).toObject().value(QStringLiteral("tooFew")).toBool();
}

} // namespace

// posdesk-cli scorecard and the scorecard reports on the known history, on SQLite and PostgreSQL, as a script
// runs them: JSON figures with their counts and the too-few flag, exit codes, CSV/XLSX/PDF through `report`.
class TestScorecardsCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    QStringList m_dbArgs;
    QTemporaryDir m_out;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai")); // the shop's days
        p.setProcessEnvironment(env);
        p.start(test::programPath(QStringLiteral("posdesk-cli")), m_dbArgs + args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QStringList period() const
    {
        return {QStringLiteral("--from"), KnownHistory::from().toString(Qt::ISODate), QStringLiteral("--to"),
                KnownHistory::to().toString(Qt::ISODate)};
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = test::TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        m_tdb = std::move(*tdb);
        {
            auto db = m_tdb->open();
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
            auto seeded = KnownHistory::seed(**db);
            QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().fullText()));
        }
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

    void channelJson()
    {
        const Run r = cli(QStringList{QStringLiteral("scorecard"), QStringLiteral("--kind"), QStringLiteral("channel"),
                                      QStringLiteral("--json")} +
                          period());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(doc.value(QStringLiteral("minTerminals")).toInt(), 3);
        const QJsonObject a =
            rowNamed(doc, QStringLiteral("name"), QStringLiteral("Bank A"), QStringLiteral("acquirer"));
        const QJsonObject b = rowNamed(doc, QStringLiteral("name"), QStringLiteral("Pay B"));
        QCOMPARE(a.value(QStringLiteral("transactions")).toInteger(), 3000);
        QCOMPARE(a.value(QStringLiteral("incidents")).toInt(), 10);
        QCOMPARE(a.value(QStringLiteral("shopMistakesLeftOut")).toInt(), 2);
        QCOMPARE(valueOf(a, "incidentsPer1000"), 3.333);
        QCOMPARE(valueOf(a, "confirmMedianDays"), 2.0);
        QCOMPARE(valueOf(b, "confirmMedianDays"), 5.0);
        QCOMPARE(valueOf(b, "confirmP90Days"), 6.0);
        QCOMPARE(a.value(QStringLiteral("confirmMedianDays")).toObject().value(QStringLiteral("basis")).toInt(), 10);
        QVERIFY(!tooFew(a, "confirmMedianDays"));
        QCOMPARE(b.value(QStringLiteral("followUpsMissed")).toInt(), 10);
        QCOMPARE(a.value(QStringLiteral("hostUnreachableMinutes")).toInt(), 55);
        QCOMPARE(b.value(QStringLiteral("reversalsRefused")).toInt(), 3);
        QCOMPARE(a.value(QStringLiteral("months")).toArray().size(), 6);
        const QJsonObject c = rowNamed(doc, QStringLiteral("name"), QStringLiteral("Bank C"));
        QVERIFY(tooFew(c, "incidentsPer1000"));
        const QJsonObject p =
            rowNamed(doc, QStringLiteral("name"), QStringLiteral("Fast Service"), QStringLiteral("provider"));
        QCOMPARE(p.value(QStringLiteral("maintenanceVisits")).toInt(), 5);
    }

    void brandJson()
    {
        const Run r = cli(QStringList{QStringLiteral("scorecard"), QStringLiteral("--kind"), QStringLiteral("brand"),
                                      QStringLiteral("--json")} +
                          period());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = r.json();
        const QJsonObject landi = rowNamed(doc, QStringLiteral("brand"), QStringLiteral("Landi"));
        const QJsonObject newland = rowNamed(doc, QStringLiteral("brand"), QStringLiteral("Newland"));
        const QJsonObject sunmi = rowNamed(doc, QStringLiteral("brand"), QStringLiteral("Sunmi"));
        QCOMPARE(landi.value(QStringLiteral("faults")).toInt(), 5);
        QCOMPARE(newland.value(QStringLiteral("faults")).toInt(), 10);
        QCOMPARE(landi.value(QStringLiteral("terminals")).toInt(), 4);
        QCOMPARE(valueOf(landi, "faultsPerTerminalYear"), 2.52); // 5 faults in 723.5 terminal-days
        QCOMPARE(valueOf(newland, "faultsPerTerminalYear"), 5.05);
        const QJsonObject cost = landi.value(QStringLiteral("costs")).toArray().first().toObject();
        QCOMPARE(cost.value(QStringLiteral("total")).toString(), QStringLiteral("6800.00"));
        QCOMPARE(cost.value(QStringLiteral("perTerminalYear")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("3432.90"));
        QVERIFY(tooFew(sunmi, "faultsPerTerminalYear"));
    }

    void textAndExitCodes()
    {
        const Run text = cli(
            QStringList{QStringLiteral("scorecard"), QStringLiteral("--kind"), QStringLiteral("channel")} + period());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Bank A"));
        QVERIFY(text.out.contains("[too few to compare]"));
        QCOMPARE(
            cli(QStringList{QStringLiteral("scorecard"), QStringLiteral("--kind"), QStringLiteral("bank")} + period())
                .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("scorecard"), QStringLiteral("--kind"), QStringLiteral("brand"),
                      QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--to"),
                      QStringLiteral("2026-01-01")})
                     .exitCode,
                 2);
    }

    void ownMistakeFromTheCli()
    {
        // The first incident of Pay B (ids follow the seeding order: Bank A's 10, then Pay B's).
        const Run mark = cli({QStringLiteral("incidents"), QStringLiteral("own-mistake"), QStringLiteral("11"),
                              QStringLiteral("--note"), QStringLiteral("wrong till"), QStringLiteral("--json")});
        QVERIFY2(mark.exitCode == 0, mark.err.constData());
        const Run r = cli(QStringList{QStringLiteral("scorecard"), QStringLiteral("--kind"), QStringLiteral("channel"),
                                      QStringLiteral("--json")} +
                          period());
        const QJsonObject b = rowNamed(r.json(), QStringLiteral("name"), QStringLiteral("Pay B"));
        QCOMPARE(b.value(QStringLiteral("incidents")).toInt(), 9);
        QCOMPARE(b.value(QStringLiteral("shopMistakesLeftOut")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("incidents"), QStringLiteral("own-mistake"), QStringLiteral("999")}).exitCode, 1);
    }

    void reportsInEveryFormat()
    {
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}) {
            for (const QString &kind : {QStringLiteral("scorecard-channel"), QStringLiteral("scorecard-brand")}) {
                const QString file = m_out.filePath(kind + u'.' + format);
                const Run r =
                    cli(QStringList{QStringLiteral("report"), QStringLiteral("--kind"), kind,
                                    QStringLiteral("--format"), format, QStringLiteral("--out"), file,
                                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json")} +
                        period());
                QVERIFY2(r.exitCode == 0, r.err.constData());
                QVERIFY(QFileInfo(file).size() > 0);
            }
        }
        const QString csv = QString::fromUtf8(test::fileBytes(m_out.filePath(QStringLiteral("scorecard-channel.csv"))));
        QVERIFY(csv.contains(QStringLiteral("Days to confirmation, median")));
        // Bank A's whole-period row: 2.0 days to confirmation; Bank C's figures say they are too few.
        const QStringList lines = csv.split(u'\n');
        bool a = false, c = false;
        for (const QString &line : lines) {
            if (line.contains(QStringLiteral("Bank A")) && line.contains(QStringLiteral("2026-01-01 – 2026-06-30")))
                a = line.contains(QStringLiteral(",2.0,3.0,"));
            if (line.contains(QStringLiteral("Bank C")) && line.contains(QStringLiteral("2026-01-01 – 2026-06-30")))
                c = line.contains(QStringLiteral("too few to compare"));
        }
        QVERIFY2(a, qPrintable(csv.left(2000)));
        QVERIFY(c);
        const QString brands =
            QString::fromUtf8(test::fileBytes(m_out.filePath(QStringLiteral("scorecard-brand.csv"))));
        QVERIFY(brands.contains(QStringLiteral("Newland")));
        QVERIFY(brands.contains(QStringLiteral("6800.00")));
        QVERIFY(brands.contains(QStringLiteral("Device per terminal-year")));
        QVERIFY(brands.contains(QStringLiteral(",3029.03,403.87,"))); // Landi's device and installation
    }
};

QTEST_GUILESS_MAIN(TestScorecardsCli)
#include "tst_scorecards_cli.moc"
