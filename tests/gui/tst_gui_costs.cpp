#include "GuiShop.h"

#include "enrollment/EnrollmentRecords.h"
#include "pages/CostsPage.h"
#include "reports/CostOverview.h"

#include <QTableWidget>

using namespace posdesk;
using namespace posdesk::desktop;

namespace {
const QDate kFrom(2019, 3, 1);
const QDate kTo(2019, 5, 31);
} // namespace

// The owner's Costs screen: what the terminals cost in a period, per terminal, per kind and per month, from known
// cost rows of the demo shop (dated in 2019, before anything the demo seeds).
class TestGuiCosts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::GuiShop> m_shop;

    static QString yuan(std::int64_t fen) { return Money::cny(fen).toDisplayString(); }

    void recordKnownCosts()
    {
        const Actor owner = Actor::localAdmin(QStringLiteral("gui"));
        EnrollmentRecords records(m_shop->session().db(), m_shop->session().clock(), m_shop->session().dataFolder());
        const QString t1 = QString::fromLatin1(DemoFacts::kRegisteredTid);
        const QString t2 = QString::fromLatin1(DemoFacts::kSuspendedTid);
        const struct
        {
            QString tid;
            const char *category;
            std::int64_t fen;
            QDate on;
        } rows[] = {
            {t1, "device", 128000, QDate(2019, 3, 5)},
            {t1, "installation", 15000, QDate(2019, 3, 20)},
            {t1, "software-licence", 30000, QDate(2019, 4, 2)},
            {t2, "training", 20050, QDate(2019, 4, 15)},
            {t2, "maintenance", 9999, QDate(2019, 5, 31)},
            {t2, "other", 1000, QDate(2019, 6, 1)},  // the day after the period: not counted
            {t1, "device", 500, QDate(2019, 2, 28)}, // the day before: not counted
        };
        for (const auto &r : rows)
            QVERIFY(records
                        .addCost(owner, r.tid, QString::fromLatin1(r.category), Money::cny(r.fen), r.on,
                                 QStringLiteral("test"))
                        .ok());
    }

    CostsPage *openCosts()
    {
        if (!m_shop->open(QStringLiteral("costs")))
            return nullptr;
        auto *page = qobject_cast<CostsPage *>(m_shop->window()->page(QStringLiteral("costs")));
        if (page)
            page->setPeriod(kFrom, kTo);
        return page;
    }

private slots:
    void initTestCase() { test::GuiShop::isolateSettings(m_settings.path()); }
    void init()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        recordKnownCosts();
    }
    void cleanup() { m_shop.reset(); }

    void ownerSeesTotalsPerTerminalKindAndMonth()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("costs")));
        QTest::qWait(20);
        m_shop->shoot("costs-last-twelve-months"); // the demo's own costs, as the owner first sees the screen
        CostsPage *page = openCosts();
        QVERIFY(page);

        auto *terminals = page->findChild<QTableWidget *>(QStringLiteral("costsPerTerminal"));
        QVERIFY(terminals);
        QCOMPARE(terminals->rowCount(), 2);
        QCOMPARE(terminals->item(0, 0)->text(), QString::fromLatin1(DemoFacts::kRegisteredTid));
        // Device, installation, training, maintenance, licence, other, total.
        const QStringList first{yuan(128000), yuan(15000), yuan(0), yuan(0), yuan(30000), yuan(0), yuan(173000)};
        const QStringList second{yuan(0), yuan(0), yuan(20050), yuan(9999), yuan(0), yuan(0), yuan(30049)};
        for (int c = 0; c < 7; ++c) {
            QCOMPARE(terminals->item(0, 2 + c)->text(), first[c]);
            QCOMPARE(terminals->item(1, 2 + c)->text(), second[c]);
        }
        QCOMPARE(terminals->item(1, 0)->text(), QString::fromLatin1(DemoFacts::kSuspendedTid));

        auto *kinds = page->findChild<QTableWidget *>(QStringLiteral("costsPerKind"));
        QVERIFY(kinds);
        QCOMPARE(kinds->rowCount(), CostOverview::kKinds);
        const QStringList byKind{yuan(128000), yuan(15000), yuan(20050), yuan(9999), yuan(30000), yuan(0)};
        for (int k = 0; k < CostOverview::kKinds; ++k) {
            QCOMPARE(kinds->item(k, 0)->text(), CostOverview::kindName(k));
            QCOMPARE(kinds->item(k, 1)->text(), byKind[k]);
        }

        auto *months = page->findChild<QTableWidget *>(QStringLiteral("costsPerMonth"));
        QVERIFY(months);
        QCOMPARE(months->rowCount(), 3);
        QCOMPARE(months->item(0, 0)->text(), QStringLiteral("March 2019"));
        QCOMPARE(months->item(0, 1)->text(), yuan(143000));
        QCOMPARE(months->item(1, 0)->text(), QStringLiteral("April 2019"));
        QCOMPARE(months->item(1, 1)->text(), yuan(50050));
        QCOMPARE(months->item(2, 0)->text(), QStringLiteral("May 2019"));
        QCOMPARE(months->item(2, 1)->text(), yuan(9999));

        auto *total = page->findChild<QLabel *>(QStringLiteral("costsGrandTotal"));
        QVERIFY(total);
        QCOMPARE(total->text(), QStringLiteral("Total: %1").arg(yuan(203049)));
        // Amounts are written as the rest of the app writes yuan.
        QVERIFY2(total->text().contains(QStringLiteral("¥2,030.49")), qPrintable(total->text()));
        QTest::qWait(20); // the layout settles, as before a person looks
        m_shop->shoot("costs");

        // Widening the period by a day on each side takes in exactly the two rows outside it.
        page->setPeriod(kFrom.addDays(-1), kTo.addDays(1));
        QCOMPARE(total->text(), QStringLiteral("Total: %1").arg(yuan(203049 + 500 + 1000)));
        // A period that ends before it starts is refused on screen, with nothing added up.
        page->setPeriod(kTo, kFrom);
        QCOMPARE(terminals->rowCount(), 0);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("costsMessage"))->text().contains(QStringLiteral("before")));
    }

    void accountantSeesCostsCashierDoesNot()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kAccountant, DemoUsers::kAccountantPassword));
        CostsPage *page = openCosts();
        QVERIFY(page);
        QCOMPARE(page->overview().total, std::int64_t(203049));
        m_shop.reset();

        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        QVERIFY(m_shop->signIn(DemoUsers::kCashier, DemoUsers::kCashierPassword));
        QVERIFY(!m_shop->open(QStringLiteral("costs")));
        // And the core refuses the cashier too, whatever a screen shows.
        Actor cashier;
        cashier.name = QString::fromLatin1(DemoUsers::kCashier);
        cashier.role = Role::Cashier;
        cashier.origin = QStringLiteral("gui");
        auto refused = CostOverview::compute(m_shop->session().db(), m_shop->session().clock(), cashier, kFrom, kTo);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
    }
};

QTEST_MAIN(TestGuiCosts)
#include "tst_gui_costs.moc"
