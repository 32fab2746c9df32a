#include "ReportTestData.h"
#include "TestSupport.h"

#include "reports/ReportCatalog.h"
#include "reports/ReportExporter.h"
#include "reports/ReportLanguage.h"
#include "reports/pdf/PdfFonts.h"
#include "reports/pdf/PdfReportWriter.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace posdesk;
using test::SmallShop;

Q_DECLARE_METATYPE(posdesk::ReportLanguage)

namespace {

class ReportClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return SmallShop::at(7, 9, 0).toUTC(); }
};

// pdftotext -layout keeps or drops the narrow space between Chinese characters ("第 1 页" or "第1页") depending on
// the width around it: compare without spaces.
bool holds(const QString &text, const QString &expected)
{
    return QString(text).remove(u' ').contains(QString(expected).remove(u' '));
}

} // namespace

// The PDF export, read back by poppler (pdftotext, pdffonts): headers in Chinese and English, merchant and
// period, page numbers, totals, an embedded CJK font whose text extracts as the ideographs that were drawn.
class TestReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_out;
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    ReportClock m_clock;

    Result<ExportSummary> exportPdf(const QString &path, const ReportRequest &request, ReportLanguage lang,
                                    const ExportOptions &options = {})
    {
        ReportTranslation translation(lang);
        const QLocale locale = localeOf(lang);
        auto source = makeReport(*m_db, request, SmallShop::zone(), locale);
        if (!source)
            return source.error();
        auto heading = headingFor(*m_db, request, **source, SmallShop::zone(), locale, m_clock);
        if (!heading)
            return heading.error();
        PdfReportWriter writer;
        return exportReport(**source, writer, *heading, path, options);
    }

    QString pdfText(const QString &path)
    {
        QString error;
        const QByteArray text =
            test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &error);
        if (text.isEmpty())
            qWarning("%s (the PDF check needs poppler-utils)", qPrintable(error));
        return QString::fromUtf8(text);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_out.isValid());
        auto tdb = test::TestDatabase::create(DbEngine::Sqlite);
        QVERIFY(tdb.ok());
        m_tdb = std::move(*tdb);
        auto db = m_tdb->open();
        QVERIFY(db.ok());
        m_db = std::move(*db);
        QVERIFY(SmallShop::seed(*m_db).ok());
    }
    void cleanupTestCase()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void headersTotalsAndPages_data()
    {
        QTest::addColumn<ReportLanguage>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("zh") << ReportLanguage::Chinese
                            << QStringList{QStringLiteral("交易明细，2026-01-05 至 2026-01-06"),
                                           QStringLiteral("交易时间"),
                                           QStringLiteral("金额"),
                                           QStringLiteral("终端号"),
                                           QStringLiteral("收银员"),
                                           QStringLiteral("合计"),
                                           QStringLiteral("银行卡净收入"),
                                           QStringLiteral("¥100,000,009.38"),
                                           QStringLiteral("¥100,001,246.88"),
                                           QStringLiteral("99,999,999.99"),
                                           QStringLiteral("第 1 页")};
        QTest::newRow("en") << ReportLanguage::English
                            << QStringList{QStringLiteral("Transactions, 2026-01-05 to 2026-01-06"),
                                           QStringLiteral("Time"),
                                           QStringLiteral("Amount"),
                                           QStringLiteral("Net card sales"),
                                           QStringLiteral("¥100,000,009.38"),
                                           QStringLiteral("Page 1")};
    }
    void headersTotalsAndPages()
    {
        QFETCH(ReportLanguage, lang);
        QFETCH(QStringList, expected);
        const QString path = m_out.filePath(QStringLiteral("transactions.pdf"));
        auto summary = exportPdf(path, SmallShop::request(ReportKind::Transactions), lang);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().fullText()));
        QCOMPARE(summary->rows, 8);
        QVERIFY(test::fileBytes(path).startsWith("%PDF-"));
        const QString text = pdfText(path);
        expected << QString::fromUtf8(SmallShop::kMerchantName) << QStringLiteral("2026-01-05 09:15:00")
                 << QStringLiteral("1,234.50");
        for (const QString &e : expected)
            QVERIFY2(holds(text, e), qPrintable(QStringLiteral("“%1” missing from:\n%2").arg(e, text)));
    }

    void cjkFontIsEmbedded()
    {
        const QString path = m_out.filePath(QStringLiteral("fonts.pdf"));
        QVERIFY(exportPdf(path, SmallShop::request(ReportKind::Incidents), ReportLanguage::Chinese).ok());
        QString error;
        const QString fonts = QString::fromUtf8(test::runTool(QStringLiteral("pdffonts"), {path}, &error));
        QVERIFY2(!fonts.isEmpty(), qPrintable(error));
        bool embeddedCjk = false;
        for (const QString &line : fonts.split(u'\n')) {
            const QStringList f = line.simplified().split(u' ');
            // name type… emb sub uni object ID: "emb" is the fifth field from the end.
            if (f.size() >= 6 && f.first().contains(QStringLiteral("CJK")) && f[f.size() - 5] == u"yes")
                embeddedCjk = true;
        }
        QVERIFY2(embeddedCjk, qPrintable(fonts));
    }

    void extractedChineseIsIdeographsNotRadicals()
    {
        // Noto draws 金 (U+91D1) and the Kangxi radical ⾦ (U+2FA6) with one glyph; Qt's ToUnicode map would give
        // the radical back. The writer repairs the map, so text copied from the PDF is what was drawn.
        const QString family = pdf::reportFontFamily();
        const auto equivalents = pdf::radicalEquivalents(QFont(family));
        QVERIFY2(equivalents.value(0x2FA6) == 0x91D1, qPrintable(family));
        const QString path = m_out.filePath(QStringLiteral("radicals.pdf"));
        QVERIFY(exportPdf(path, SmallShop::request(ReportKind::Transactions), ReportLanguage::Chinese).ok());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("金额")));
        QVERIFY(holds(text, QStringLiteral("第 1 页")));
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     qPrintable(QStringLiteral("radical U+%1 in the text").arg(c.unicode(), 4, 16)));
    }

    void longReportHasNumberedPagesAndHeadersOnEach()
    {
        // 400 more sales on 2026-01-07, for a report of several pages.
        {
            UnitOfWork uow(*m_db);
            QVERIFY(uow.isActive());
            const Id terminal = TerminalRepository(*m_db).findByTid(QString::fromLatin1(SmallShop::kTid1))->id;
            TransactionRepository txns(*m_db);
            for (int i = 0; i < 400; ++i) {
                CardTransaction t;
                t.terminalId = terminal;
                t.batchNo = 3;
                t.stan = 100 + i;
                t.amount = Money::cny(100 + i);
                t.status = TxnStatus::Approved;
                t.cashier = QStringLiteral("王芳");
                t.createdAt = SmallShop::at(7, 8, 0).toMSecsSinceEpoch() + i * 60000;
                t.updatedAt = t.createdAt;
                QVERIFY(txns.insert(t).ok());
            }
            QVERIFY(uow.commit().ok());
        }
        ReportRequest request = SmallShop::request(ReportKind::Transactions);
        request.from = request.to = QDate(2026, 1, 7);
        const QString path = m_out.filePath(QStringLiteral("long.pdf"));
        auto summary = exportPdf(path, request, ReportLanguage::Chinese);
        QVERIFY(summary.ok());
        QCOMPARE(summary->rows, 400);
        const QString text = pdfText(path);
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QVERIFY(holds(pages[i], QStringLiteral("第 %1 页").arg(i + 1)));
            QVERIFY(pages[i].contains(QStringLiteral("交易时间")));
            QVERIFY(pages[i].contains(QString::fromUtf8(SmallShop::kMerchantName)));
        }
        // 400 sales of 1.00 … 4.99: 400 × 1.00 + (0 + … + 399) fen.
        QVERIFY2(pages.last().contains(QStringLiteral("¥1,198.00")), qPrintable(pages.last()));
    }

    void cancelLeavesNoFile()
    {
        const QString path = m_out.filePath(QStringLiteral("cancelled.pdf"));
        std::atomic<bool> cancel{false};
        ExportOptions options;
        options.progressInterval = 1;
        options.cancel = &cancel;
        options.progress = [&](std::int64_t rows) {
            cancel.store(rows >= 3);
        };
        auto summary = exportPdf(path, SmallShop::request(ReportKind::Transactions), ReportLanguage::Chinese, options);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().kind, ErrorKind::Refused);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(partialPathOf(path)));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reports_pdf.moc"
