#include "GuiShop.h"

#include "pages/ReportsPage.h"
#include "reports/ReportExporter.h"
#include "reports/ReportLanguage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTableWidget>

using namespace posdesk;
using namespace posdesk::desktop;

// The Reports page exports through the real exporter on a worker thread: the files it writes, what it says when
// done, and cancelling.
class TestGuiReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_out;
    std::unique_ptr<test::GuiShop> m_shop;
    ReportsPage *m_page = nullptr;

    template <typename T> T *child(const char *name) const
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void choose(const char *combo, const QVariant &data)
    {
        auto *c = child<QComboBox>(combo);
        const int i = c->findData(data);
        QVERIFY2(i >= 0, combo);
        c->setCurrentIndex(i);
    }
    // The whole demo history (90 days) in English, as the form would be filled in by hand.
    void fillForm(ReportKind kind, const QString &format, const QString &file)
    {
        choose("reportKind", int(kind));
        choose("format", format);
        choose("reportLanguage", int(ReportLanguage::English));
        choose("terminalFilter", QString());
        child<QDateEdit>("fromDate")->setDate(QDate::currentDate().addDays(-100));
        child<QDateEdit>("toDate")->setDate(QDate::currentDate());
        child<QLineEdit>("outputPath")->setText(m_out.filePath(file));
    }
    bool exportAndWait()
    {
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        if (!m_page->isExporting())
            return false;
        QElapsedTimer timer;
        timer.start();
        while (m_page->isExporting() && timer.elapsed() < 120000)
            QTest::qWait(50);
        return !m_page->isExporting();
    }
    static QStringList csvLines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = f.readAll();
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
    QString totalFor(const QString &label) const
    {
        auto *totals = child<QTableWidget>("exportTotals");
        for (int r = 0; r < totals->rowCount(); ++r) {
            if (totals->item(r, 0)->text() == label)
                return (totals->item(r, 1)->text() + u' ' + totals->item(r, 2)->text()).trimmed();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        test::GuiShop::isolateSettings(m_settings.path());
        QVERIFY(m_out.isValid());
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("reports")));
        m_page = qobject_cast<ReportsPage *>(m_shop->window()->page(QStringLiteral("reports")));
        QVERIFY(m_page);
    }
    void cleanupTestCase() { m_shop.reset(); }

    void csvHoldsTheTransactionsWithTheirTotals()
    {
        fillForm(ReportKind::Transactions, QStringLiteral("csv"), QStringLiteral("transactions.csv"));
        QVERIFY(!child<QPushButton>("openFileButton")->isVisible());
        QVERIFY(exportAndWait());
        const QString path = m_out.filePath(QStringLiteral("transactions.csv"));
        QCOMPARE(m_page->lastFile(), path);
        QVERIFY2(QFile::exists(path), qPrintable(m_page->resultText()));
        QVERIFY(!QFile::exists(partialPathOf(path)));

        const QStringList lines = csvLines(path);
        QVERIFY(lines.size() > 100); // 90 days of a busy shop
        QVERIFY2(lines.first().startsWith(QStringLiteral("Time,Terminal,Merchant,Batch,Trace no.,Type,Result,Amount")),
                 qPrintable(lines.first()));
        const int rows = int(lines.size()) - 1;
        // What the page says matches the file: the row count and the "listed" total.
        QVERIFY2(m_page->resultText().contains(QStringLiteral(": %1 row").arg(rows)), qPrintable(m_page->resultText()));
        QVERIFY(m_page->resultText().contains(path));
        QCOMPARE(totalFor(QStringLiteral("Transactions listed")), QLocale().toString(rows));
        QVERIFY(!totalFor(QStringLiteral("Net card sales")).isEmpty());
        QVERIFY(child<QPushButton>("openFileButton")->isVisible());
        // The demo sells on two terminals.
        QVERIFY(lines.filter(QStringLiteral(",12345601,")).size() > 0);
        QVERIFY(lines.filter(QStringLiteral(",12345602,")).size() > 0);
    }

    void terminalFilterKeepsOnlyThatTerminal()
    {
        fillForm(ReportKind::Transactions, QStringLiteral("csv"), QStringLiteral("one-terminal.csv"));
        choose("terminalFilter", QStringLiteral("12345602"));
        QVERIFY(exportAndWait());
        const QStringList lines = csvLines(m_out.filePath(QStringLiteral("one-terminal.csv")));
        QVERIFY(lines.size() > 1);
        for (const QString &line : lines.mid(1))
            QCOMPARE(line.section(u',', 1, 1), QStringLiteral("12345602"));
    }

    void chineseHeadersWhenAsked()
    {
        fillForm(ReportKind::SettlementDays, QStringLiteral("csv"), QStringLiteral("settlement-zh.csv"));
        choose("reportLanguage", int(ReportLanguage::Chinese));
        QVERIFY(exportAndWait());
        const QStringList lines = csvLines(m_out.filePath(QStringLiteral("settlement-zh.csv")));
        QVERIFY2(!lines.isEmpty() && lines.first().startsWith(QStringLiteral("日期,批次数,消费笔数,消费金额")),
                 qPrintable(lines.value(0)));
        // The window itself stays English.
        QCOMPARE(child<QPushButton>("exportButton")->text(), QStringLiteral("Export"));
    }

    void xlsxIsAWorkbook()
    {
        fillForm(ReportKind::Transactions, QStringLiteral("xlsx"), QStringLiteral("transactions.xlsx"));
        QVERIFY(exportAndWait());
        QFile f(m_out.filePath(QStringLiteral("transactions.xlsx")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(m_page->resultText()));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 10000);
        QVERIFY(bytes.startsWith("PK\x03\x04")); // an OOXML workbook is a zip
        QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
        QVERIFY(bytes.contains("[Content_Types].xml"));
    }

    void cancelledExportLeavesNoFile()
    {
        // A PDF of every transaction of 90 days: thousands of rows, drawn page by page.
        fillForm(ReportKind::Transactions, QStringLiteral("pdf"), QStringLiteral("cancelled.pdf"));
        const QString path = m_out.filePath(QStringLiteral("cancelled.pdf"));
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QVERIFY(m_page->isExporting());
        auto *cancel = child<QPushButton>("cancelExportButton");
        QVERIFY(cancel->isVisible());
        QVERIFY(child<QProgressBar>("exportProgress")->isVisible());
        QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isExporting(), 60000);
        QVERIFY2(m_page->resultText().contains(QStringLiteral("cancelled")), qPrintable(m_page->resultText()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(partialPathOf(path)));
        QVERIFY(m_page->lastFile().isEmpty());
        QVERIFY(!child<QPushButton>("openFileButton")->isVisible());
        QVERIFY(child<QPushButton>("exportButton")->isEnabled());
    }

    void cancelMidwayLeavesNoFile()
    {
        fillForm(ReportKind::Transactions, QStringLiteral("pdf"), QStringLiteral("midway.pdf"));
        const QString path = m_out.filePath(QStringLiteral("midway.pdf"));
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QVERIFY(m_page->isExporting());
        // Rows are on their way into the partial file …
        QTRY_VERIFY_WITH_TIMEOUT(m_page->rowsWritten() > 0 || !m_page->isExporting(), 60000);
        QVERIFY2(m_page->isExporting(), "the export ended before it could be cancelled");
        QVERIFY(QFile::exists(partialPathOf(path)));
        QTest::mouseClick(child<QPushButton>("cancelExportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isExporting(), 60000);
        // … and gone with the cancel.
        QVERIFY(m_page->resultText().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(partialPathOf(path)));
    }

    void missingFolderIsExplained()
    {
        fillForm(ReportKind::Costs, QStringLiteral("csv"), QStringLiteral("no-such-folder/costs.csv"));
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QVERIFY(!m_page->isExporting());
        QVERIFY2(m_page->resultText().contains(QStringLiteral("does not exist")), qPrintable(m_page->resultText()));
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("no-such-folder"))));
    }

    // x.pdf typed while XLSX is chosen is a PDF (the format follows the name), never x.pdf.xlsx.
    void typedExtensionChoosesTheFormat()
    {
        fillForm(ReportKind::Costs, QStringLiteral("xlsx"), QString());
        auto *path = child<QLineEdit>("outputPath");
        path->clear();
        QTest::keyClicks(path, m_out.filePath(QStringLiteral("typed.pdf")));
        QCOMPARE(child<QComboBox>("format")->currentData().toString(), QStringLiteral("pdf"));
        QCOMPARE(path->text(), m_out.filePath(QStringLiteral("typed.pdf"))); // the name stays as typed
        QVERIFY(exportAndWait());
        QCOMPARE(m_page->lastFile(), m_out.filePath(QStringLiteral("typed.pdf")));
        QVERIFY(QFile::exists(m_out.filePath(QStringLiteral("typed.pdf"))));
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("typed.pdf.xlsx"))));
        QVERIFY(test::fileBytes(m_out.filePath(QStringLiteral("typed.pdf"))).startsWith("%PDF"));

        // Put there without typing (as the file dialog does): the same at export.
        choose("format", QStringLiteral("xlsx"));
        path->setText(m_out.filePath(QStringLiteral("chosen.CSV")));
        QVERIFY(exportAndWait());
        QCOMPARE(child<QComboBox>("format")->currentData().toString(), QStringLiteral("csv"));
        QVERIFY(QFile::exists(m_out.filePath(QStringLiteral("chosen.CSV"))));
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("chosen.CSV.xlsx"))));
        // A name without a known extension gets the format's.
        path->setText(m_out.filePath(QStringLiteral("plain")));
        QVERIFY(exportAndWait());
        QCOMPARE(m_page->lastFile(), m_out.filePath(QStringLiteral("plain.csv")));
    }

    // The suggested name follows the report, the period and the format until the user types a name of their own;
    // that one keeps, with the chosen format's extension.
    void fileNameFollowsTheReportUntilEdited()
    {
        auto *path = child<QLineEdit>("outputPath");
        path->clear();
        choose("format", QStringLiteral("csv"));
        choose("reportKind", int(ReportKind::Transactions));
        QVERIFY2(QFileInfo(path->text()).fileName().startsWith(QStringLiteral("posdesk-transactions-")),
                 qPrintable(path->text()));
        choose("reportKind", int(ReportKind::Incidents));
        QVERIFY2(QFileInfo(path->text()).fileName().startsWith(QStringLiteral("posdesk-incidents-")),
                 qPrintable(path->text()));
        choose("format", QStringLiteral("xlsx"));
        QVERIFY(path->text().endsWith(QStringLiteral(".xlsx")));
        // Another folder, the suggested name: the name still follows.
        path->setText(m_out.filePath(QFileInfo(path->text()).fileName()));
        choose("reportKind", int(ReportKind::Costs));
        QCOMPARE(QFileInfo(path->text()).absolutePath(), QFileInfo(m_out.path()).absoluteFilePath());
        QVERIFY2(QFileInfo(path->text()).fileName().startsWith(QStringLiteral("posdesk-costs-")),
                 qPrintable(path->text()));

        path->clear();
        QTest::keyClicks(path, m_out.filePath(QStringLiteral("my-costs.xlsx")));
        choose("reportKind", int(ReportKind::Incidents));
        QCOMPARE(path->text(), m_out.filePath(QStringLiteral("my-costs.xlsx")));
        choose("format", QStringLiteral("csv"));
        QCOMPARE(path->text(), m_out.filePath(QStringLiteral("my-costs.csv")));
    }

    // What the page says about the last export goes when the form describes another report.
    void staleSummaryIsCleared()
    {
        fillForm(ReportKind::SettlementDays, QStringLiteral("csv"), QStringLiteral("summary.csv"));
        QVERIFY(exportAndWait());
        QVERIFY(!m_page->resultText().isEmpty());
        QVERIFY(child<QTableWidget>("exportTotals")->isVisible());
        QVERIFY(child<QPushButton>("openFileButton")->isVisible());
        choose("reportKind", int(ReportKind::Incidents));
        QVERIFY2(m_page->resultText().isEmpty(), qPrintable(m_page->resultText()));
        QVERIFY(!child<QTableWidget>("exportTotals")->isVisible());
        QVERIFY(!child<QPushButton>("openFileButton")->isVisible());

        child<QLineEdit>("outputPath")->setText(m_out.filePath(QStringLiteral("summary-incidents.csv")));
        QVERIFY(exportAndWait());
        QVERIFY(!m_page->resultText().isEmpty());
        child<QDateEdit>("fromDate")->setDate(child<QDateEdit>("fromDate")->date().addDays(1));
        QVERIFY(m_page->resultText().isEmpty());
    }

    // A new PC may have no Documents folder yet: the first export into the suggested place makes it.
    void missingDefaultFolderIsMade()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toLocal8Bit()); // no user-dirs.dirs
        const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY2(docs.startsWith(home.path()) && !QFileInfo::exists(docs), qPrintable(docs));
        fillForm(ReportKind::Costs, QStringLiteral("csv"), QString());
        auto *path = child<QLineEdit>("outputPath");
        path->clear();
        choose("reportKind", int(ReportKind::Incidents)); // the form suggests a name in the default folder
        QCOMPARE(QFileInfo(path->text()).absolutePath(), docs);
        const bool exported = exportAndWait();
        qputenv("HOME", oldHome);
        if (oldConfig.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldConfig);
        QVERIFY(exported);
        QVERIFY2(QFileInfo(docs).isDir(), qPrintable(m_page->resultText()));
        QVERIFY2(QFile::exists(m_page->lastFile()) && m_page->lastFile().startsWith(docs),
                 qPrintable(m_page->resultText()));
    }

    void badPeriodIsExplained()
    {
        fillForm(ReportKind::Incidents, QStringLiteral("csv"), QStringLiteral("never.csv"));
        child<QDateEdit>("fromDate")->setDate(QDate::currentDate());
        child<QDateEdit>("toDate")->setDate(QDate::currentDate().addDays(-3));
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QVERIFY(!m_page->isExporting());
        QVERIFY(m_page->resultText().contains(QStringLiteral("ends before it starts")));
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("never.csv"))));
    }
};

QTEST_MAIN(TestGuiReports)
#include "tst_gui_reports.moc"
