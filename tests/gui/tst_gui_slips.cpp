#include "DevSim.h"
#include "GuiShop.h"

#include "manager/DeviceManager.h"
#include "pages/CardInput.h"
#include "pages/DrawerCount.h"
#include "pages/SettlementPage.h"
#include "pages/ShiftPage.h"
#include "pages/TillPage.h"
#include "shell/MessageBox.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include <QSqlQuery>

using namespace posdesk;
using namespace posdesk::desktop;

// The counter's paper and cash, on the real virtual printer of posdesk-devsim: both copies of a card sale with the
// pause for the signature, a marked and audited reprint, cash taken after a 97 with its slip, and the shift close
// that counts the drawer.
class TestGuiSlips : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_simDir;
    std::unique_ptr<test::DevSim> m_sim;
    std::unique_ptr<test::GuiShop> m_shop;
    TillPage *m_till = nullptr;

    template <typename T> T *find(const char *name) { return m_till->findChild<T *>(QString::fromLatin1(name)); }

    int jobs() const { return int(m_sim->transcript().count(QStringLiteral("=== job "))); }

    int count(const QString &sql)
    {
        QSqlQuery q(m_shop->session().db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    void startShopWithPrinter(bool resolve97, bool pauseBetweenCopies = true)
    {
        m_simDir = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<test::DevSim>();
        QVERIFY2(m_sim->start(m_simDir->path()), "posdesk-devsim did not start");
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start(resolve97));
        DeviceConfig d;
        d.name = QStringLiteral("front");
        d.kind = DeviceKind::Printer;
        d.transport = TransportKind::Serial;
        d.address = m_sim->printerLink();
        d.settings = QJsonObject{{QStringLiteral("paperWidth"), 32},
                                 {QStringLiteral("cashDrawer"), true},
                                 {QStringLiteral("pauseBetweenCopies"), pauseBetweenCopies}};
        AppSession &session = m_shop->session();
        auto id = session.devices().store().add(d);
        QVERIFY(id.ok());
        QVERIFY(session.devices().startDevice(*id).ok());
        QTRY_VERIFY(session.devices().defaultPrinter().has_value());
    }

    void openTill(const char *user, const char *password, const char *tid)
    {
        m_till = m_shop->openTill(user, password, tid);
        QVERIFY(m_till);
    }

    void sell(const QString &amount, const char *testCard) { QVERIFY(test::GuiShop::sell(m_till, amount, testCard)); }

private slots:
    void initTestCase() { test::GuiShop::isolateSettings(m_settings.path()); }

    void cleanup()
    {
        m_till = nullptr;
        m_shop.reset();
        m_sim.reset();
        m_simDir.reset();
    }

    void saleInTheTillPrintsBothCopies()
    {
        startShopWithPrinter(false);
        openTill(DemoUsers::kCashier, DemoUsers::kCashierPassword, DemoFacts::kRegisteredTid);
        sell(QStringLiteral("12.34"), "unionpay-credit");
        QVERIFY2(m_till->resultText().startsWith(QStringLiteral("Approved ¥12.34")), qPrintable(m_till->resultText()));
        // The merchant copy prints; the cardholder copy waits until the cashier has torn it off.
        QTRY_COMPARE_WITH_TIMEOUT(jobs(), 1, 10000);
        QString text = m_sim->transcript();
        QVERIFY2(text.contains(QStringLiteral("|商户存根 MERCHANT COPY|")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("持卡人存根")));
        QVERIFY(text.contains(QStringLiteral("|持卡人签名 CARDHOLDER SIGNATURE|")));
        QVERIFY(!text.contains(QStringLiteral("local-admin")));
        auto *copy = find<QPushButton>("cardholderCopy");
        QVERIFY(copy->isVisible());
        QVERIFY(m_till->resultText().contains(QStringLiteral("F10")));
        m_shop->shoot("till-cardholder-copy");
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(jobs(), 2, 10000);
        QVERIFY(!copy->isVisible());
        text = m_sim->transcript();
        QVERIFY(text.contains(QStringLiteral("|持卡人存根 CARDHOLDER COPY|")));
        // The printer took it: the sale is printed, and day check will not ask for it.
        const QString printed = QStringLiteral("SELECT printed FROM transactions WHERE id = (SELECT MAX(id) FROM "
                                               "transactions WHERE kind = 'sale')");
        QTRY_COMPARE_WITH_TIMEOUT(count(printed), 1, 10000);

        // Reprint the last slip: marked, with the time and who, and audited.
        const int audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'receipt.reprint'"));
        QTest::mouseClick(find<QPushButton>("reprintLast"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(jobs(), 3, 10000);
        text = m_sim->transcript();
        const QString reprint = text.mid(text.lastIndexOf(QStringLiteral("=== job ")));
        QVERIFY2(reprint.contains(QStringLiteral("|重打印 REPRINT|")), qPrintable(reprint));
        QVERIFY(reprint.contains(QStringLiteral("重打时间 REPRINTED")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'receipt.reprint'")), audits + 1);

        // By voucher number: the trace number on the slip.
        const int stan = count(QStringLiteral("SELECT stan FROM transactions WHERE id = (SELECT MAX(id) FROM "
                                              "transactions WHERE kind = 'sale')"));
        QTest::keyClicks(find<QLineEdit>("reprintVoucherNo"), QString::number(stan));
        QTest::mouseClick(find<QPushButton>("reprintVoucher"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(jobs(), 4, 10000);
        m_shop->shoot("till-slips");
    }

    // A printer set to print both copies at once: no pause, two jobs. Then the day's batch settled on the Settlement
    // page and its slip printed from the till: the host disagreed and the batch upload closed it, so the slip says
    // 批上送完成, not "not balanced".
    void copiesAtOnceAndTheSettlementSlip()
    {
        startShopWithPrinter(false, /*pauseBetweenCopies=*/false);
        openTill(DemoUsers::kOwner, DemoUsers::kOwnerPassword, DemoFacts::kRegisteredTid);
        sell(QStringLiteral("20.00"), "unionpay-credit");
        QVERIFY2(m_till->resultText().startsWith(QStringLiteral("Approved")), qPrintable(m_till->resultText()));
        QTRY_COMPARE_WITH_TIMEOUT(jobs(), 2, 10000);
        QVERIFY(!find<QPushButton>("cardholderCopy")->isVisible());
        QVERIFY(m_sim->transcript().contains(QStringLiteral("|持卡人存根 CARDHOLDER COPY|")));

        QVERIFY(m_shop->open(QStringLiteral("settlement")));
        auto *page = qobject_cast<SettlementPage *>(m_shop->window()->page(QStringLiteral("settlement")));
        QVERIFY(page->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));
        MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("settleButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isSettling(), 30000);
        QVERIFY2(page->resultText().contains(QStringLiteral("is closed")), qPrintable(page->resultText()));

        QVERIFY(m_shop->open(QStringLiteral("till")));
        QTest::mouseClick(find<QPushButton>("settlementSlip"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(jobs(), 3, 10000);
        const QString text = m_sim->transcript();
        const QString slip = text.mid(text.lastIndexOf(QStringLiteral("=== job ")));
        QVERIFY2(slip.contains(QStringLiteral("结算单 SETTLEMENT")), qPrintable(slip));
        QVERIFY(slip.contains(QStringLiteral("批上送完成")));
        QVERIFY(!slip.contains(QStringLiteral("对账不平")));
        QVERIFY(slip.contains(QStringLiteral("内卡 DOMESTIC CARDS")));
        QVERIFY(slip.contains(QStringLiteral("结算时间 SETTLED AT")));
        QVERIFY(slip.contains(QStringLiteral("owner|")));
    }

    // The terminal meets 97: cash with F9 is a cash transaction with its own slip (and the drawer opens), counted in
    // the cashier's shift; the shift close compares the drawer with what it should hold.
    void cashAfter97IsCountedInTheShift()
    {
        startShopWithPrinter(false); // the demo's open 97 on 12345603 blocks its card sales
        QVERIFY(m_shop->signIn(DemoUsers::kCashier, DemoUsers::kCashierPassword));
        QVERIFY(m_shop->open(QStringLiteral("shift")));
        auto *shiftPage = qobject_cast<ShiftPage *>(m_shop->window()->page(QStringLiteral("shift")));
        QVERIFY(shiftPage);
        auto *drawer = shiftPage->drawer();
        QTest::keyClicks(drawer->findChild<QLineEdit *>(QStringLiteral("shiftFloat")), QStringLiteral("100.00"));
        QTest::mouseClick(drawer->findChild<QPushButton *>(QStringLiteral("openShift")), Qt::LeftButton);
        QVERIFY2(drawer->statusText().contains(QStringLiteral("Shift open")), qPrintable(drawer->statusText()));

        QVERIFY(m_shop->open(QStringLiteral("till")));
        m_shop->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_shop->window()));
        m_till = qobject_cast<TillPage *>(m_shop->window()->page(QStringLiteral("till")));
        QVERIFY(m_till->selectTerminal(QString::fromLatin1(DemoFacts::kUnregisteredTid)));
        QVERIFY(m_till->cashFallbackOffered());
        auto *amount = find<QLineEdit>("amount");
        QTest::keyClicks(amount, QStringLiteral("8.80"));
        QTest::keyClick(amount, Qt::Key_F9);
        QVERIFY2(m_till->resultText().startsWith(QStringLiteral("Take ¥8.80 in cash")),
                 qPrintable(m_till->resultText()));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE kind = 'cash' AND amount_minor = 880 AND "
                                 "cashier = 'cashier'")),
            1);
        QTRY_COMPARE_WITH_TIMEOUT(jobs(), 1, 10000);
        const QString text = m_sim->transcript();
        QVERIFY2(text.contains(QStringLiteral("现金收款单 CASH RECEIPT")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[DRAWER")));
        QVERIFY(!text.contains(QStringLiteral("CARD NO")));
        QVERIFY(!find<QPushButton>("cardholderCopy")->isVisible()); // cash has one copy

        // Close the shift: 100.00 + 8.80 expected, 105.80 counted: 3.00 short, printed on the shift slip.
        QVERIFY(m_shop->open(QStringLiteral("shift")));
        QTest::keyClicks(drawer->findChild<QLineEdit *>(QStringLiteral("shiftCounted")), QStringLiteral("105.80"));
        QTest::mouseClick(drawer->findChild<QPushButton *>(QStringLiteral("closeShift")), Qt::LeftButton);
        QVERIFY2(drawer->statusText().contains(QStringLiteral("Expected ¥108.80, counted ¥105.80")),
                 qPrintable(drawer->statusText()));
        QVERIFY(drawer->statusText().contains(QStringLiteral("¥3.00 short")));
        QCOMPARE(count(QStringLiteral("SELECT difference_minor FROM shifts WHERE cashier = 'cashier'")), -300);
        QTRY_COMPARE_WITH_TIMEOUT(jobs(), 2, 10000);
        QVERIFY(m_sim->transcript().contains(QStringLiteral("短款 SHORT")));
        m_shop->shoot("shift-close");
    }
};

QTEST_MAIN(TestGuiSlips)
#include "tst_gui_slips.moc"
