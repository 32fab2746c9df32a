#include "ReportTestData.h"
#include "TestSupport.h"

#include <QDir>
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
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

} // namespace

// posdesk-cli report and day check end to end, as an accountant's script runs them: a demo shop, every report in
// every format, each file opened by a real reader (the CSV parser, openpyxl, poppler), on SQLite and PostgreSQL.
class TestReportsCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    QStringList m_dbArgs;
    QTemporaryDir m_out;

    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(test::programPath(QStringLiteral("posdesk-cli")), m_dbArgs + args);
        Run r;
        if (!p.waitForFinished(180000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run report(const QString &kind, const QString &format, const QString &file, const QStringList &extra = {})
    {
        return cli(QStringList{QStringLiteral("report"), QStringLiteral("--kind"), kind, QStringLiteral("--from"),
                               day(-100), QStringLiteral("--to"), day(1), QStringLiteral("--format"), format,
                               QStringLiteral("--out"), m_out.filePath(file), QStringLiteral("--lang"),
                               QStringLiteral("zh"), QStringLiteral("--json")} +
                   extra);
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }

    void init()
    {
        QVERIFY(m_out.isValid());
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

    void demoShopInAllFormats_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("header");
        QTest::newRow("transactions") << QStringLiteral("transactions") << QStringList() << QStringLiteral("交易时间");
        QTest::newRow("settlement per batch")
            << QStringLiteral("settlement") << QStringList() << QStringLiteral("结算时间");
        QTest::newRow("settlement per day")
            << QStringLiteral("settlement") << QStringList{QStringLiteral("--per"), QStringLiteral("day")}
            << QStringLiteral("批次数");
        QTest::newRow("incidents") << QStringLiteral("incidents") << QStringList()
                                   << QStringLiteral("解决用时（分钟）");
        QTest::newRow("costs") << QStringLiteral("costs") << QStringList() << QStringLiteral("软件许可");
    }
    void demoShopInAllFormats()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, extra);
        QFETCH(QString, header);
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());

        // CSV: the table a script reads.
        const Run csv = report(kind, QStringLiteral("csv"), QStringLiteral("r.csv"), extra);
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const qint64 rows = csv.json().value(QStringLiteral("rows")).toInteger();
        if (kind != u"costs") // the demo shop records no costs
            QVERIFY(rows > 0);
        const QList<QStringList> table = test::parseCsv(test::fileBytes(m_out.filePath(QStringLiteral("r.csv"))));
        QCOMPARE(qint64(table.size()), rows + 1);
        QVERIFY2(table.first().contains(header), qPrintable(table.first().join(u',')));

        // XLSX: openpyxl sees the same cells.
        const Run xlsx = report(kind, QStringLiteral("xlsx"), QStringLiteral("r.xlsx"), extra);
        QVERIFY2(xlsx.exitCode == 0, xlsx.err.constData());
        test::XlsxDump dump;
        QString error;
        QVERIFY2(test::readXlsx(m_out.filePath(QStringLiteral("r.xlsx")), dump, &error), qPrintable(error));
        QCOMPARE(dump.rows.size(), table.size());
        for (qsizetype r = 0; r < table.size(); ++r) {
            QCOMPARE(dump.rows[r].size(), table[r].size());
            for (qsizetype c = 0; c < table[r].size(); ++c) {
                const QString want = table[r][c].startsWith(u'\'') ? table[r][c].mid(1) : table[r][c];
                QCOMPARE(dump.rows[r][c], want);
            }
        }
        QCOMPARE(dump.freezePanes, QStringLiteral("A2"));

        // PDF, written headless: poppler reads the merchant, the headers, the page number and the totals.
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        headless.remove(QStringLiteral("DISPLAY"));
        headless.remove(QStringLiteral("WAYLAND_DISPLAY"));
        headless.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal")); // no fonts: replaced
        const Run pdf = cli(QStringList{QStringLiteral("report"), QStringLiteral("--kind"), kind,
                                        QStringLiteral("--from"), day(-100), QStringLiteral("--to"), day(1),
                                        QStringLiteral("--out"), m_out.filePath(QStringLiteral("r.pdf")),
                                        QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--json")} +
                                extra,
                            headless);
        QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
        QCOMPARE(pdf.json().value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        const QString text = QString::fromUtf8(test::runTool(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), m_out.filePath(QStringLiteral("r.pdf")), QStringLiteral("-")}, &error));
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        // pdftotext keeps or drops the narrow spaces between Chinese characters: compare without spaces. Amounts
        // are grouped on paper ("¥12,345.60"): compare without the grouping.
        QString plain = text;
        plain.remove(u' ').remove(u',');
        for (const QString &expected :
             {QStringLiteral("静安街角便利店"), header, QStringLiteral("第1页"), QStringLiteral("合计")})
            QVERIFY2(plain.contains(expected), qPrintable(expected + QStringLiteral(" missing from\n") + text));
        for (const QJsonValue &t : pdf.json().value(QStringLiteral("totals")).toArray()) {
            QString amount = t.toObject().value(QStringLiteral("amount")).toString();
            if (!amount.isEmpty())
                QVERIFY2(plain.contains(QStringLiteral("¥") + amount.remove(u'-')), qPrintable(amount));
        }
        const QString fonts = QString::fromUtf8(
            test::runTool(QStringLiteral("pdffonts"), {m_out.filePath(QStringLiteral("r.pdf"))}, &error));
        QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
    }

    void filtersAndUsageErrors()
    {
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
        const Run all = report(QStringLiteral("transactions"), QStringLiteral("csv"), QStringLiteral("all.csv"));
        QCOMPARE(all.exitCode, 0);
        const Run sales = report(QStringLiteral("transactions"), QStringLiteral("csv"), QStringLiteral("sales.csv"),
                                 {QStringLiteral("--tid"), QStringLiteral("12345601"), QStringLiteral("--type"),
                                  QStringLiteral("sale"), QStringLiteral("--result"), QStringLiteral("approved")});
        QCOMPARE(sales.exitCode, 0);
        const qint64 allRows = all.json().value(QStringLiteral("rows")).toInteger();
        const qint64 saleRows = sales.json().value(QStringLiteral("rows")).toInteger();
        QVERIFY(saleRows > 0 && saleRows < allRows);
        for (const QStringList &row :
             test::parseCsv(test::fileBytes(m_out.filePath(QStringLiteral("sales.csv")))).mid(1)) {
            QCOMPARE(row[1], QStringLiteral("12345601"));
            QCOMPARE(row[5], QStringLiteral("消费"));
            QCOMPARE(row[6], QStringLiteral("成功"));
        }
        // English on request.
        const Run en = cli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("incidents"),
                            QStringLiteral("--from"), day(-100), QStringLiteral("--to"), day(0),
                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                            m_out.filePath(QStringLiteral("en.csv")), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(en.exitCode, 0);
        QVERIFY(test::fileBytes(m_out.filePath(QStringLiteral("en.csv"))).startsWith("\xEF\xBB\xBFOpened,Terminal"));

        QCOMPARE(report(QStringLiteral("everything"), QStringLiteral("csv"), QStringLiteral("x.csv")).exitCode, 2);
        QCOMPARE(report(QStringLiteral("transactions"), QStringLiteral("docx"), QStringLiteral("x.docx")).exitCode, 2);
        QCOMPARE(report(QStringLiteral("incidents"), QStringLiteral("csv"), QStringLiteral("x.csv"),
                        {QStringLiteral("--cashier"), QStringLiteral("王芳")})
                     .exitCode,
                 2);
        const Run unknown = report(QStringLiteral("transactions"), QStringLiteral("csv"), QStringLiteral("x.csv"),
                                   {QStringLiteral("--tid"), QStringLiteral("99999999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("99999999"));
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("x.csv"))));

        // Every export is on the audit trail, and the trail is intact.
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        QCOMPARE(audit.json().value(QStringLiteral("intact")).toBool(), true);
        auto db = Database::open(m_tdb->config());
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT outcome, COUNT(*) FROM audit_log WHERE event = 'report.export' "
                                      "GROUP BY outcome ORDER BY outcome")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(q.value(1).toInt(), 3);
        QVERIFY(!q.next()); // no failed ones: refused requests never reached the export
    }

    void dayCheck()
    {
        // A new shop has nothing to deal with.
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        const Run clear = cli({QStringLiteral("day"), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(clear.exitCode, 0);
        QCOMPARE(clear.json().value(QStringLiteral("clear")).toBool(), true);
        QVERIFY(clear.json().value(QStringLiteral("items")).toArray().isEmpty());
    }

    void dayCheckOnTheDemoShop()
    {
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
        const Run check = cli({QStringLiteral("day"), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 1);
        const QJsonObject o = check.json();
        QCOMPARE(o.value(QStringLiteral("clear")).toBool(), false);
        QStringList issues;
        for (const QJsonValue &item : o.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = item.toObject();
            issues << i.value(QStringLiteral("issue")).toString() + u' ' + i.value(QStringLiteral("tid")).toString();
            QVERIFY(!i.value(QStringLiteral("what")).toString().isEmpty());
            QVERIFY(!i.value(QStringLiteral("next")).toString().isEmpty());
        }
        // Today's batch of the active till is open, 97 is unresolved on the unregistered till, today's receipts
        // were never printed (the demo has no printer).
        QVERIFY2(issues.contains(QStringLiteral("unsettled-batch 12345601")), qPrintable(issues.join(u'\n')));
        QVERIFY2(issues.contains(QStringLiteral("open-incident 12345603")), qPrintable(issues.join(u'\n')));
        QVERIFY2(issues.contains(QStringLiteral("unprinted-receipts 12345601")), qPrintable(issues.join(u'\n')));
        // In Chinese for a Chinese accountant.
        const Run zh =
            cli({QStringLiteral("day"), QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("zh")});
        QCOMPARE(zh.exitCode, 1);
        QVERIFY2(QString::fromUtf8(zh.out).contains(QStringLiteral("日结前请先处理")), zh.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestReportsCli)
#include "tst_reports.moc"
