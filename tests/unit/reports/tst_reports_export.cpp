#include "ReportTestData.h"
#include "TestSupport.h"

#include "reports/CsvReportWriter.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportExporter.h"
#include "reports/ReportLanguage.h"
#include "reports/XlsxReportWriter.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <thread>

using namespace posdesk;
using test::SmallShop;

Q_DECLARE_METATYPE(posdesk::ReportKind)
Q_DECLARE_METATYPE(posdesk::ReportLanguage)

namespace {

// The clock of the small shop's report: generated on 2026-01-07 at 09:00 shop time.
class ReportClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return SmallShop::at(7, 9, 0).toUTC(); }
};

QString goldenPath(const QString &name)
{
    return QDir(qEnvironmentVariable("POSDESK_TEST_DATA")).filePath(QStringLiteral("reports/") + name);
}

// Set POSDESK_UPDATE_GOLDEN=1 to rewrite the golden files from the current output (then review the diff).
bool updatingGolden()
{
    return qEnvironmentVariableIntValue("POSDESK_UPDATE_GOLDEN") == 1;
}

QString goldenName(ReportKind kind, ReportLanguage lang)
{
    return QStringLiteral("%1_%2.csv")
        .arg(toKey(kind), lang == ReportLanguage::Chinese ? QStringLiteral("zh") : QStringLiteral("en"));
}

// A CSV writer that notes the thread of every row and can fail at a chosen row, as a full disk would.
class WatchedCsvWriter final : public ReportWriter
{
public:
    explicit WatchedCsvWriter(std::int64_t failAtRow = -1) : m_failAt(failAtRow) {}
    Status open(const QString &path, const ReportHeading &heading, const std::vector<ReportColumn> &columns) override
    {
        return m_csv.open(path, heading, columns);
    }
    Status writeRow(const ReportRow &row) override
    {
        rowThreads.insert(std::this_thread::get_id());
        if (m_rows++ == m_failAt)
            return Error::environment(QStringLiteral("The disk is full."), QStringLiteral("watched writer"));
        return m_csv.writeRow(row);
    }
    Status finish(const std::vector<ReportTotal> &totals) override { return m_csv.finish(totals); }
    void abandon() override { m_csv.abandon(); }
    bool writesRowsOnAnyThread() const override { return true; }

    std::set<std::thread::id> rowThreads;

private:
    CsvReportWriter m_csv;
    std::int64_t m_failAt;
    std::int64_t m_rows = 0;
};

struct Exported
{
    Result<ExportSummary> summary = Error::internal(QString());
    QString path;
};

} // namespace

// Reports from a small fixed shop: golden CSV byte for byte (SQLite and PostgreSQL), the XLSX read back by
// openpyxl and compared with the CSV, totals, filters, period boundaries, progress and cancellation.
class TestReportExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_out;
    std::map<DbEngine, std::unique_ptr<test::TestDatabase>> m_tdb;
    std::map<DbEngine, std::unique_ptr<Database>> m_db;
    ReportClock m_clock;
    std::unique_ptr<test::TestDatabase> m_bigTdb;
    std::unique_ptr<Database> m_big;
    static constexpr int kManyRows = 5000; // many batches of the exporter's pipe

    // The small shop plus kManyRows sales on 2026-01-05, one a second from 10:00, trace numbers 1001, 1002 …
    Result<Database *> bigShop()
    {
        if (m_big)
            return m_big.get();
        auto tdb = test::TestDatabase::create(DbEngine::Sqlite);
        if (!tdb)
            return tdb.error();
        auto opened = (*tdb)->open();
        if (!opened)
            return opened.error();
        if (auto s = SmallShop::seed(**opened); !s)
            return s.error();
        auto terminal = TerminalRepository(**opened).findByTid(QString::fromLatin1(SmallShop::kTid2));
        if (!terminal)
            return terminal.error();
        {
            UnitOfWork uow(**opened);
            TransactionRepository txns(**opened);
            for (int i = 0; i < kManyRows; ++i) {
                CardTransaction t;
                t.terminalId = terminal->id;
                t.batchNo = 7;
                t.stan = 1001 + i;
                t.status = TxnStatus::Approved;
                t.amount = Money::cny(100 + i);
                t.panMasked = QStringLiteral("621483******0017");
                t.cashier = QStringLiteral("王芳");
                t.createdAt = SmallShop::at(5, 10, 0).addSecs(i).toMSecsSinceEpoch();
                t.updatedAt = t.createdAt;
                if (auto id = txns.insert(t); !id)
                    return id.error();
            }
            if (auto s = uow.commit(); !s)
                return s.error();
        }
        m_bigTdb = std::move(*tdb);
        m_big = std::move(*opened);
        return m_big.get();
    }

    Result<ExportSummary> exportBig(const QString &path, ReportWriter &writer)
    {
        auto database = bigShop();
        if (!database)
            return database.error();
        const ReportRequest request = SmallShop::request(ReportKind::Transactions);
        auto source = makeReport(**database, request, SmallShop::zone(), QLocale::c());
        if (!source)
            return source.error();
        auto heading = headingFor(**database, request, **source, SmallShop::zone(), QLocale::c(), m_clock);
        if (!heading)
            return heading.error();
        return exportReport(**source, writer, *heading, path);
    }

    // The seeded shop on one engine, created on first use and kept for the whole test.
    Result<Database *> db(DbEngine engine = DbEngine::Sqlite)
    {
        if (!m_db.count(engine)) {
            auto tdb = test::TestDatabase::create(engine);
            if (!tdb)
                return tdb.error();
            auto opened = (*tdb)->open();
            if (!opened)
                return opened.error();
            if (auto s = SmallShop::seed(**opened); !s)
                return s.error();
            m_tdb[engine] = std::move(*tdb);
            m_db[engine] = std::move(*opened);
        }
        return m_db[engine].get();
    }

    Exported exportTo(const QString &name, const ReportRequest &request, ReportWriter &writer,
                      ReportLanguage lang = ReportLanguage::Chinese, DbEngine engine = DbEngine::Sqlite,
                      const ExportOptions &options = {})
    {
        ReportTranslation translation(lang);
        Exported out;
        out.path = m_out.filePath(name);
        const QLocale locale = localeOf(lang);
        auto database = db(engine);
        if (!database) {
            out.summary = database.error();
            return out;
        }
        auto source = makeReport(**database, request, SmallShop::zone(), locale);
        if (!source) {
            out.summary = source.error();
            return out;
        }
        auto heading = headingFor(**database, request, **source, SmallShop::zone(), locale, m_clock);
        if (!heading) {
            out.summary = heading.error();
            return out;
        }
        out.summary = exportReport(**source, writer, *heading, out.path, options);
        return out;
    }

    Exported csv(const QString &name, const ReportRequest &request, ReportLanguage lang = ReportLanguage::Chinese,
                 DbEngine engine = DbEngine::Sqlite, const ExportOptions &options = {})
    {
        CsvReportWriter writer;
        return exportTo(name, request, writer, lang, engine, options);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_out.isValid());
    }
    void cleanupTestCase()
    {
        m_db.clear();
        m_tdb.clear();
        m_big.reset();
        m_bigTdb.reset();
    }

    void transactionsGolden_data()
    {
        QTest::addColumn<DbEngine>("engine");
        QTest::addColumn<ReportLanguage>("lang");
        QTest::newRow("sqlite zh") << DbEngine::Sqlite << ReportLanguage::Chinese;
        QTest::newRow("sqlite en") << DbEngine::Sqlite << ReportLanguage::English;
        QTest::newRow("postgres zh") << DbEngine::Postgres << ReportLanguage::Chinese;
        QTest::newRow("postgres en") << DbEngine::Postgres << ReportLanguage::English;
    }
    void transactionsGolden()
    {
        QFETCH(DbEngine, engine);
        QFETCH(ReportLanguage, lang);
        const auto request = SmallShop::request(ReportKind::Transactions);
        const Exported e = csv(QStringLiteral("tx.csv"), request, lang, engine);
        QVERIFY2(e.summary.ok(), qPrintable(e.summary.ok() ? QString() : e.summary.error().fullText()));
        QCOMPARE(e.summary->rows, 8);
        const QString golden = goldenPath(goldenName(ReportKind::Transactions, lang));
        if (updatingGolden() && engine == DbEngine::Sqlite) {
            QFile::remove(golden);
            QVERIFY(QFile::copy(e.path, golden));
        }
        QCOMPARE(test::fileBytes(e.path), test::fileBytes(golden));
    }

    void otherReportsGolden_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<int>("rows");
        QTest::newRow("settlement per batch") << ReportKind::SettlementBatches << 3;
        QTest::newRow("settlement per day") << ReportKind::SettlementDays << 2;
        QTest::newRow("incidents") << ReportKind::Incidents << 3;
        QTest::newRow("costs") << ReportKind::Costs << 2;
    }
    void otherReportsGolden()
    {
        QFETCH(ReportKind, kind);
        QFETCH(int, rows);
        const Exported e = csv(QStringLiteral("other.csv"), SmallShop::request(kind));
        QVERIFY2(e.summary.ok(), qPrintable(e.summary.ok() ? QString() : e.summary.error().fullText()));
        QCOMPARE(e.summary->rows, rows);
        const QString golden = goldenPath(goldenName(kind, ReportLanguage::Chinese));
        if (updatingGolden()) {
            QFile::remove(golden);
            QVERIFY(QFile::copy(e.path, golden));
        }
        QCOMPARE(test::fileBytes(e.path), test::fileBytes(golden));
    }

    void csvIsUtf8WithBomAndCrlf()
    {
        const Exported e = csv(QStringLiteral("bom.csv"), SmallShop::request(ReportKind::Transactions));
        QVERIFY(e.summary.ok());
        const QByteArray bytes = test::fileBytes(e.path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = test::parseCsv(bytes);
        QCOMPARE(rows.size(), 9);
        QCOMPARE(rows[0].first(), QStringLiteral("交易时间"));
        // The merchant's comma and quotes survive a round trip, as do the cashier's.
        QCOMPARE(rows[1][2], QString::fromUtf8(SmallShop::kMerchantName));
        QVERIFY(std::any_of(rows.begin(), rows.end(),
                            [](const QStringList &r) { return r.contains(QStringLiteral("李, \"小四\"")); }));
        // A cell a spreadsheet would run as a formula is defused.
        QVERIFY(std::any_of(rows.begin(), rows.end(),
                            [](const QStringList &r) { return r.contains(QStringLiteral("'=1+1")); }));
    }

    void transactionTotals()
    {
        const Exported e =
            csv(QStringLiteral("totals.csv"), SmallShop::request(ReportKind::Transactions), ReportLanguage::English);
        QVERIFY(e.summary.ok());
        std::map<QString, ReportTotal> byLabel;
        for (const ReportTotal &t : e.summary->totals)
            byLabel[t.label] = t;
        QCOMPARE(*byLabel.at(QStringLiteral("Transactions listed")).count, 8);
        // 12.34 + 1234.50 (voided later, counted as a void) + 0.05 + 99,999,999.99
        QCOMPARE(*byLabel.at(QStringLiteral("Approved sales")).count, 4);
        QCOMPARE(*byLabel.at(QStringLiteral("Approved sales")).amountMinor, 10000124688);
        QCOMPARE(*byLabel.at(QStringLiteral("Voids")).amountMinor, 123450);
        QCOMPARE(*byLabel.at(QStringLiteral("Refunds")).amountMinor, 300);
        QCOMPARE(*byLabel.at(QStringLiteral("Net card sales")).amountMinor, 10000000938);
        QCOMPARE(*byLabel.at(QStringLiteral("Cash fall-back sales")).amountMinor, 2000);
        QCOMPARE(*byLabel.at(QStringLiteral("Declined")).count, 1);
    }

    void xlsxReadBackMatchesCsv_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::newRow("transactions") << ReportKind::Transactions;
        QTest::newRow("settlement per batch") << ReportKind::SettlementBatches;
        QTest::newRow("settlement per day") << ReportKind::SettlementDays;
        QTest::newRow("incidents") << ReportKind::Incidents;
        QTest::newRow("costs") << ReportKind::Costs;
    }
    void xlsxReadBackMatchesCsv()
    {
        QFETCH(ReportKind, kind);
        const ReportRequest request = SmallShop::request(kind);
        const Exported c = csv(QStringLiteral("same.csv"), request);
        QVERIFY(c.summary.ok());
        XlsxReportWriter xlsxWriter;
        const Exported x = exportTo(QStringLiteral("same.xlsx"), request, xlsxWriter);
        QVERIFY2(x.summary.ok(), qPrintable(x.summary.ok() ? QString() : x.summary.error().fullText()));

        test::XlsxDump dump;
        QString error;
        QVERIFY2(test::readXlsx(x.path, dump, &error), qPrintable(error));
        const QList<QStringList> expected = test::parseCsv(test::fileBytes(c.path));
        QCOMPARE(dump.rows.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            QCOMPARE(dump.rows[r].size(), expected[r].size());
            for (qsizetype col = 0; col < expected[r].size(); ++col) {
                QString want = expected[r][col];
                // The CSV's formula guard has no place in a spreadsheet cell written as text.
                if (want.startsWith(u'\'') && dump.rows[r][col] == want.mid(1))
                    want = want.mid(1);
                QCOMPARE(dump.rows[r][col], want);
            }
        }
        QCOMPARE(dump.freezePanes, QStringLiteral("A2"));
        QCOMPARE(dump.sheets.size(), 2);
        QCOMPARE(dump.sheets.last(), QStringLiteral("汇总"));

        // Typed cells: amounts are numbers with the yuan format, times are dates, codes stay text.
        ReportTranslation zh(ReportLanguage::Chinese);
        auto source = makeReport(**db(), request, SmallShop::zone(), localeOf(ReportLanguage::Chinese));
        QVERIFY(source.ok());
        const auto &columns = (*source)->columns();
        int moneyCells = 0;
        for (qsizetype r = 1; r < dump.rows.size(); ++r) {
            for (std::size_t col = 0; col < columns.size(); ++col) {
                if (dump.rows[r][col].isEmpty())
                    continue;
                const QString type = dump.types[r][col];
                const QString format = dump.formats[r][col];
                switch (columns[col].type) {
                case ColumnType::Money:
                    QCOMPARE(type, QStringLiteral("n"));
                    QVERIFY2(format.contains(u'¥') && format.contains(QStringLiteral("#,##0.00")), qPrintable(format));
                    ++moneyCells;
                    break;
                case ColumnType::Integer:
                    QCOMPARE(type, QStringLiteral("n"));
                    break;
                case ColumnType::DateTime:
                case ColumnType::Date:
                    QCOMPARE(type, QStringLiteral("d"));
                    break;
                case ColumnType::Text:
                    QCOMPARE(type, QStringLiteral("s"));
                    break;
                }
            }
        }
        const bool hasMoney = std::any_of(columns.begin(), columns.end(),
                                          [](const ReportColumn &column) { return column.type == ColumnType::Money; });
        QCOMPARE(moneyCells > 0, hasMoney);
        // The summary sheet names the merchant and the period, and carries the totals.
        QStringList summaryText;
        for (QStringList row : dump.summary) {
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
            summaryText << row.join(u'|');
        }
        QVERIFY2(summaryText.contains(QStringLiteral("商户|") + QString::fromUtf8(SmallShop::kMerchantName)),
                 qPrintable(summaryText.join(u'\n')));
        QVERIFY(summaryText.contains(QStringLiteral("期间|2026-01-05 – 2026-01-06")));
        if (kind == ReportKind::Transactions)
            QVERIFY2(summaryText.contains(QStringLiteral("银行卡净收入||100000009.38")),
                     qPrintable(summaryText.join(u'\n')));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("tid");
        QTest::addColumn<QString>("cashier");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("rows");
        QTest::newRow("terminal 2") << QString::fromLatin1(SmallShop::kTid2) << QString() << QString() << QString()
                                    << 3;
        QTest::newRow("cashier") << QString() << QStringLiteral("李, \"小四\"") << QString() << QString() << 1;
        QTest::newRow("voids") << QString() << QString() << QStringLiteral("void") << QString() << 1;
        QTest::newRow("declined") << QString() << QString() << QString() << QStringLiteral("declined") << 1;
        QTest::newRow("approved sales of terminal 1") << QString::fromLatin1(SmallShop::kTid1) << QString()
                                                      << QStringLiteral("sale") << QStringLiteral("approved") << 2;
        QTest::newRow("nobody") << QString() << QStringLiteral("nobody") << QString() << QString() << 0;
    }
    void filters()
    {
        QFETCH(QString, tid);
        QFETCH(QString, cashier);
        QFETCH(QString, type);
        QFETCH(QString, result);
        QFETCH(int, rows);
        ReportRequest request = SmallShop::request(ReportKind::Transactions);
        request.tid = tid;
        request.cashier = cashier;
        if (!type.isEmpty())
            request.type = txnKindFromString(type);
        if (!result.isEmpty())
            request.result = txnStatusFromString(result);
        const Exported e = csv(QStringLiteral("filtered.csv"), request);
        QVERIFY2(e.summary.ok(), qPrintable(e.summary.ok() ? QString() : e.summary.error().fullText()));
        QCOMPARE(e.summary->rows, rows);
        const QList<QStringList> parsed = test::parseCsv(test::fileBytes(e.path));
        QCOMPARE(parsed.size(), rows + 1);
        for (qsizetype r = 1; r < parsed.size(); ++r) {
            if (!tid.isEmpty())
                QCOMPARE(parsed[r][1], tid);
            if (!cashier.isEmpty())
                QCOMPARE(parsed[r].last(), cashier);
        }
    }

    void periodBoundariesAreShopDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("rows");
        QTest::newRow("day before") << QDate(2026, 1, 4) << QDate(2026, 1, 4) << 1; // 23:59:59 only
        QTest::newRow("last day") << QDate(2026, 1, 6) << QDate(2026, 1, 6) << 2;   // from 00:00:00 on
        QTest::newRow("three days") << QDate(2026, 1, 4) << QDate(2026, 1, 6) << 9;
        QTest::newRow("nothing") << QDate(2026, 2, 1) << QDate(2026, 2, 28) << 0;
    }
    void periodBoundariesAreShopDays()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, rows);
        ReportRequest request = SmallShop::request(ReportKind::Transactions);
        request.from = from;
        request.to = to;
        const Exported e = csv(QStringLiteral("period.csv"), request);
        QVERIFY(e.summary.ok());
        QCOMPARE(e.summary->rows, rows);
    }

    void refusesBadRequests()
    {
        ReportRequest request = SmallShop::request(ReportKind::Transactions);
        request.tid = QStringLiteral("99999999");
        auto unknown = makeReport(**db(), request, SmallShop::zone(), QLocale::c());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QVERIFY(unknown.error().message.contains(QStringLiteral("99999999")));

        request = SmallShop::request(ReportKind::Transactions);
        std::swap(request.from, request.to);
        auto inverted = makeReport(**db(), request, SmallShop::zone(), QLocale::c());
        QVERIFY(!inverted.ok());
        QCOMPARE(inverted.error().kind, ErrorKind::Usage);
    }

    void progressIsReported()
    {
        std::vector<std::int64_t> calls;
        ExportOptions options;
        options.progressInterval = 3;
        options.progress = [&](std::int64_t rows) {
            calls.push_back(rows);
        };
        const Exported e = csv(QStringLiteral("progress.csv"), SmallShop::request(ReportKind::Transactions),
                               ReportLanguage::Chinese, DbEngine::Sqlite, options);
        QVERIFY(e.summary.ok());
        QCOMPARE(calls, (std::vector<std::int64_t>{3, 6, 8}));
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }
    void cancelLeavesNoFile()
    {
        QFETCH(QString, format);
        const QString name = QStringLiteral("cancelled.") + format;
        const QString path = m_out.filePath(name);
        {
            // An earlier export of the same name stays as it was.
            QFile earlier(path);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("earlier report");
        }
        std::atomic<bool> cancel{false};
        ExportOptions options;
        options.progressInterval = 1;
        options.cancel = &cancel;
        options.progress = [&](std::int64_t rows) {
            if (rows == 2)
                cancel.store(true);
        };
        CsvReportWriter csvWriter;
        XlsxReportWriter xlsxWriter;
        ReportWriter &writer = format == u"csv" ? static_cast<ReportWriter &>(csvWriter) : xlsxWriter;
        const Exported e = exportTo(name, SmallShop::request(ReportKind::Transactions), writer, ReportLanguage::Chinese,
                                    DbEngine::Sqlite, options);
        QVERIFY(!e.summary.ok());
        QCOMPARE(e.summary.error().kind, ErrorKind::Refused);
        QCOMPARE(e.summary.error().detail, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(partialPathOf(path)));
        QCOMPARE(test::fileBytes(path), QByteArray("earlier report"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir(m_out.path()).entryList({name + QStringLiteral("*")}, QDir::Files).isEmpty());
    }

    // A writer that allows it writes on a thread of its own while this one reads; every row arrives, in order.
    void manyRowsArriveInOrderFromTheReadingThread()
    {
        const QString path = m_out.filePath(QStringLiteral("many.csv"));
        WatchedCsvWriter writer;
        auto summary = exportBig(path, writer);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().fullText()));
        QCOMPARE(writer.rowThreads.size(), std::size_t(1));
        QVERIFY(*writer.rowThreads.begin() != std::this_thread::get_id());

        const QList<QByteArray> lines = test::fileBytes(path).split('\n');
        // Header, the small shop's rows in the period, the many sales, and the empty string after the last CRLF.
        QCOMPARE(summary->rows, std::int64_t(lines.size() - 2));
        int previousStan = 0;
        int manySeen = 0;
        // The merchant's name holds a comma inside its quotes: quoted fields are blanked before splitting.
        static const QRegularExpression quoted(QStringLiteral("\"(?:[^\"]|\"\")*\""));
        for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
            const QStringList fields = QString::fromUtf8(lines[i].trimmed()).replace(quoted, QString()).split(u',');
            QCOMPARE(fields.size(), qsizetype(16));
            const int stan = fields[4].toInt();
            if (stan < 1001)
                continue;
            QCOMPARE(stan, previousStan == 0 ? 1001 : previousStan + 1);
            QCOMPARE(fields[7], Money::cny(100 + (stan - 1001)).toPlainString());
            previousStan = stan;
            ++manySeen;
        }
        QCOMPARE(manySeen, kManyRows);
    }

    // The writer fails part-way (the disk filled up): its error is the export's, no file is left, and the reading
    // side stops instead of waiting for a writer that is gone.
    void writerFailingMidwayStopsTheExport()
    {
        const QString path = m_out.filePath(QStringLiteral("full-disk.csv"));
        WatchedCsvWriter writer(3000);
        auto summary = exportBig(path, writer);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().kind, ErrorKind::Environment);
        QCOMPARE(summary.error().detail, QStringLiteral("watched writer"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(partialPathOf(path)));
    }

    void unwritableFolderIsAnEnvironmentError_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }
    void unwritableFolderIsAnEnvironmentError()
    {
        QFETCH(QString, format);
        CsvReportWriter csvWriter;
        XlsxReportWriter xlsxWriter;
        ReportWriter &writer = format == u"csv" ? static_cast<ReportWriter &>(csvWriter) : xlsxWriter;
        const Exported e = exportTo(QStringLiteral("no/such/folder/report.") + format,
                                    SmallShop::request(ReportKind::Transactions), writer);
        QVERIFY(!e.summary.ok());
        QCOMPARE(e.summary.error().kind, ErrorKind::Environment);
        QVERIFY(!QFile::exists(e.path));
    }
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reports_export.moc"
