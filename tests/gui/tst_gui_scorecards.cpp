#include "GuiShop.h"
#include "KnownHistory.h"
#include "pages/ScorecardsPage.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QTableWidget>

using namespace posdesk;
using namespace posdesk::desktop;
using posdesk::test::KnownHistory;

// The owner's Scorecards screen on the demo shop plus the known history: the known answers in the table, small
// samples greyed with "too few to compare", the charts, the export, and that only the owner sees the screen.
class TestGuiScorecards : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_out;
    std::unique_ptr<test::GuiShop> m_shop;
    ScorecardsPage *m_page = nullptr;

    QTableWidget *table() const { return m_page->findChild<QTableWidget *>(QStringLiteral("scorecardTable")); }
    int rowOf(const QString &name, int column = 1) const
    {
        for (int r = 0; r < table()->rowCount(); ++r) {
            if (table()->item(r, column)->text() == name)
                return r;
        }
        return -1;
    }
    QString cell(const QString &name, int column, int nameColumn = 1) const
    {
        const int r = rowOf(name, nameColumn);
        return r < 0 ? QString() : table()->item(r, column)->text();
    }
    bool greyed(const QString &name, int column, int nameColumn = 1) const
    {
        const int r = rowOf(name, nameColumn);
        return r >= 0 && table()->item(r, column)->data(Qt::UserRole).toBool() &&
               table()->item(r, column)->text().contains(QStringLiteral("too few to compare"));
    }

private slots:
    void initTestCase()
    {
        test::GuiShop::isolateSettings(m_settings.path());
        QVERIFY(m_out.isValid());
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        auto seeded = KnownHistory::seed(m_shop->session().db());
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().fullText()));
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("scorecards")));
        m_page = qobject_cast<ScorecardsPage *>(m_shop->window()->page(QStringLiteral("scorecards")));
        QVERIFY(m_page);
        m_page->window()->resize(1400, 900);
        m_page->setPeriod(KnownHistory::from(), KnownHistory::to());
    }
    void cleanupTestCase() { m_shop.reset(); }

    void channelsShowTheKnownAnswers()
    {
        m_page->showKind(0);
        QVERIFY(rowOf(QStringLiteral("Bank A")) >= 0);
        QVERIFY(cell(QStringLiteral("Bank A"), 8).startsWith(QStringLiteral("2.0 (n=10)")));
        QVERIFY(cell(QStringLiteral("Pay B"), 8).startsWith(QStringLiteral("5.0 (n=10)")));
        QVERIFY(cell(QStringLiteral("Pay B"), 9).startsWith(QStringLiteral("6.0")));
        QCOMPARE(cell(QStringLiteral("Bank A"), 3), QStringLiteral("3000"));
        QCOMPARE(cell(QStringLiteral("Pay B"), 11), QStringLiteral("10")); // follow-ups missed
        QCOMPARE(cell(QStringLiteral("Bank A"), 13), QStringLiteral("2")); // own mistakes left out
        QVERIFY(!greyed(QStringLiteral("Bank A"), 8));
        QVERIFY(greyed(QStringLiteral("Bank C"), 4));
        QVERIFY(greyed(QStringLiteral("Bank C"), 8));
        QCOMPARE(table()->item(rowOf(QStringLiteral("Bank C")), 4)->foreground().color().name(),
                 QStringLiteral("#a0a7b1"));
        QVERIFY(rowOf(QStringLiteral("Fast Service")) >= 0);
        QVERIFY(m_page->findChild<QChartView *>(QStringLiteral("scorecardChart")));
        QVERIFY(m_page->findChild<QChartView *>(QStringLiteral("scorecardTrend")));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("scorecardPeriod"))
                    ->text()
                    .contains(QStringLiteral("2026-01-01 – 2026-06-30")));
        QTest::qWait(200); // the new charts are shown from the event loop
        m_shop->shoot("scorecards-channels");
    }

    void brandsShowTwiceTheFaults()
    {
        m_page->showKind(1);
        QVERIFY(cell(QStringLiteral("Landi"), 5, 0).startsWith(QStringLiteral("2.52 (n=5)")));
        QVERIFY(cell(QStringLiteral("Newland"), 5, 0).startsWith(QStringLiteral("5.05 (n=10)")));
        QCOMPARE(cell(QStringLiteral("Landi"), 2, 0), QStringLiteral("4"));
        QVERIFY(cell(QStringLiteral("Landi"), 7, 0).startsWith(QStringLiteral("3432.90 CNY")));
        QVERIFY(greyed(QStringLiteral("Sunmi"), 7, 0));
        const QString breakdown = table()->item(rowOf(QStringLiteral("Landi"), 0), 7)->toolTip();
        QVERIFY2(breakdown.contains(QStringLiteral("Device: 3029.03 CNY")), qPrintable(breakdown));
        QVERIFY(breakdown.contains(QStringLiteral("Installation: 403.87 CNY")));
        QVERIFY(m_page->findChild<QChartView *>(QStringLiteral("scorecardCost")));
        QTest::qWait(200);
        m_shop->shoot("scorecards-brands");
    }

    // The demo shop's own last 90 days: its acquirer and service provider with escalations to compare.
    void demoShopHasSomethingToShow()
    {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(KnownHistory::zone()).date();
        m_page->setPeriod(today.addDays(-89), today);
        m_page->showKind(0);
        const QString bank = QString::fromLatin1(DemoFacts::kAcquirer);
        QCOMPARE(cell(bank, 2), QStringLiteral("3"));
        QCOMPARE(cell(bank, 7), QStringLiteral("8")); // escalations
        QVERIFY(cell(bank, 8).startsWith(QStringLiteral("2.0 (n=8)")));
        QVERIFY(!greyed(bank, 8));
        QCOMPARE(cell(bank, 13), QStringLiteral("1")); // the marked mistake
        QTest::qWait(200);
        m_shop->shoot("scorecards-demo");
        m_page->setPeriod(KnownHistory::from(), KnownHistory::to());
    }

    void exportsTheScorecard()
    {
        m_page->showKind(1);
        const QString path = m_out.filePath(QStringLiteral("brands.csv"));
        QCOMPARE(m_page->exportTo(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.contains("Newland"));
        QVERIFY(csv.contains("6800.00"));
    }

    void onlyTheOwnerSeesIt()
    {
        QTest::mouseClick(m_shop->window()->findChild<QPushButton *>(QStringLiteral("lockButton")), Qt::LeftButton);
        QVERIFY(m_shop->signIn(DemoUsers::kAccountant, DemoUsers::kAccountantPassword));
        QVERIFY(!m_shop->window()->pageNames().contains(QStringLiteral("scorecards")));
        QVERIFY(!m_shop->window()->showPage(QStringLiteral("scorecards")));
    }
};

QTEST_MAIN(TestGuiScorecards)
#include "tst_gui_scorecards.moc"
