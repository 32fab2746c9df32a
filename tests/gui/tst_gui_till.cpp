#include "GuiShop.h"

#include "pages/CardInput.h"
#include "pages/SettlementPage.h"
#include "pages/TillPage.h"
#include "shell/AlertBanner.h"
#include "shell/MessageBox.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include "pages/AlertsPage.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

using namespace posdesk;
using namespace posdesk::desktop;

// The till against a real posdesk-hostsim: a sale typed at the keyboard, a void, typed track data, the 97 banner
// with the cash fallback, an unreachable host, and the settlement of the day's sales.
class TestGuiTill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::GuiShop> m_shop;
    TillPage *m_till = nullptr;

    template <typename T> T *find(const char *name) { return m_till->findChild<T *>(QString::fromLatin1(name)); }

    void openTill(const char *user, const char *password, const char *tid)
    {
        m_till = m_shop->openTill(user, password, tid);
        QVERIFY(m_till);
    }

    // Amount, card, Enter: what a cashier does.
    void sell(const QString &amount, const char *testCard) { QVERIFY(test::GuiShop::sell(m_till, amount, testCard)); }

    QString result() const { return m_till->resultText(); }

    std::vector<CardTransaction> transactions(const char *tid)
    {
        auto t = TerminalRepository(m_shop->session().db()).findByTid(QString::fromLatin1(tid));
        TxnFilter f;
        f.terminalId = t->id;
        f.batchNo = t->batchNo;
        auto list = TransactionRepository(m_shop->session().db()).list(f);
        return list ? *list : std::vector<CardTransaction>{};
    }

private slots:
    void initTestCase() { test::GuiShop::isolateSettings(m_settings.path()); }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_shop)
            qWarning().noquote() << "host simulator log:\n" << m_shop->host().log();
        m_till = nullptr;
        m_shop.reset();
    }

    void saleIsApprovedThenVoided()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        openTill(DemoUsers::kCashier, DemoUsers::kCashierPassword, DemoFacts::kRegisteredTid);
        const size_t before = transactions(DemoFacts::kRegisteredTid).size();

        sell(QStringLiteral("12.34"), "unionpay-credit");
        QVERIFY2(result().startsWith(QStringLiteral("Approved ¥12.34")), qPrintable(result()));
        QVERIFY(result().contains(QStringLiteral("620000******0005")));
        QVERIFY(result().contains(QStringLiteral("RRN ")));
        QVERIFY(find<QLineEdit>("amount")->text().isEmpty()); // ready for the next customer
        auto txns = transactions(DemoFacts::kRegisteredTid);
        QCOMPARE(txns.size(), before + 1);
        QCOMPARE(txns.back().status, TxnStatus::Approved);
        QCOMPARE(txns.back().amount, Money::cny(1234));
        QCOMPARE(txns.back().cashier, QStringLiteral("cashier"));
        QVERIFY(result().contains(txns.back().rrn));

        auto *voidButton = find<QPushButton>("voidLast");
        QVERIFY(voidButton->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
        QTest::mouseClick(voidButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_till->isBusy(), 20000);
        QVERIFY2(result().startsWith(QStringLiteral("Voided ¥12.34")), qPrintable(result()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("12.34")));
        QCOMPARE(transactions(DemoFacts::kRegisteredTid)[before].status, TxnStatus::Voided);
        QVERIFY(!voidButton->isEnabled()); // nothing left to void
    }

    // Nothing of one payment stays for the next (issue 19, item 1): not its result when the terminal changes or the
    // next person signs in, not its test card, not a typed track after a refusal; a terminal that cannot take
    // cards is marked in the list and says so on Enter.
    void nothingOfThePreviousPaymentStays()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start()); // 12345603 keeps the demo's open 97 alert
        openTill(DemoUsers::kCashier, DemoUsers::kCashierPassword, DemoFacts::kRegisteredTid);
        sell(QStringLiteral("12.34"), "unionpay-credit");
        QVERIFY2(result().startsWith(QStringLiteral("Approved")), qPrintable(result()));
        auto *picker = m_till->findChild<CardInput *>()->testCardPicker();
        QCOMPARE(picker->currentIndex(), 0); // the next sale needs its own card

        auto *terminals = find<QComboBox>("terminalPicker");
        const int blocked = terminals->findData(QString::fromLatin1(DemoFacts::kUnregisteredTid));
        QVERIFY(blocked >= 0);
        QVERIFY2(terminals->itemText(blocked).contains(QStringLiteral("cannot take cards")),
                 qPrintable(terminals->itemText(blocked)));
        QVERIFY(!terminals->itemText(terminals->findData(QString::fromLatin1(DemoFacts::kRegisteredTid)))
                     .contains(QStringLiteral("cannot take cards")));

        // Another terminal: the approval of 12345601 is gone from the screen.
        QVERIFY(m_till->selectTerminal(QString::fromLatin1(DemoFacts::kUnregisteredTid)));
        QVERIFY2(result().startsWith(QStringLiteral("Ready")), qPrintable(result()));
        // Enter there explains, and the typed track does not stay.
        auto *amount = find<QLineEdit>("amount");
        auto *track = find<QLineEdit>("track2");
        QTest::keyClicks(amount, QStringLiteral("5.00"));
        QTest::keyClicks(track, QStringLiteral("6200000000000005=30121010000000000000"));
        QTest::keyClick(track, Qt::Key_Return);
        QVERIFY2(result().startsWith(QStringLiteral("No card payment on 12345603")), qPrintable(result()));
        m_shop->shoot("till-blocked-enter");
        QVERIFY(track->text().isEmpty());
        QCOMPARE(int(transactions(DemoFacts::kUnregisteredTid).size()), 0);

        // A refused amount does not keep the card's track waiting on screen either.
        QVERIFY(m_till->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("0"));
        QTest::keyClicks(track, QStringLiteral("6200000000000005=30121010000000000000"));
        QTest::keyClick(track, Qt::Key_Return);
        QVERIFY2(result().startsWith(QStringLiteral("Check the amount")), qPrintable(result()));
        QVERIFY(track->text().isEmpty());

        // Enter on the test-card picker pays, as in the track field.
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("3.21"));
        QVERIFY(m_till->findChild<CardInput *>()->selectTestCard(QStringLiteral("unionpay-credit")));
        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_till->isBusy(), 20000);
        QVERIFY2(result().startsWith(QStringLiteral("Approved ¥3.21")), qPrintable(result()));

        // The screen locks; whoever signs in next does not see that approval.
        m_shop->controller().lock(LoginDialog::Locked::ByHand);
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY2(result().startsWith(QStringLiteral("Ready")), qPrintable(result()));
    }

    void typedTrackTwoIsAccepted()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        openTill(DemoUsers::kOwner, DemoUsers::kOwnerPassword, DemoFacts::kRegisteredTid);
        auto *amount = find<QLineEdit>("amount");
        QTest::keyClicks(amount, QStringLiteral("100.00"));
        // No test card chosen: Enter moves on to the track field, where the reader (or the cashier) types.
        QTest::keyClick(amount, Qt::Key_Return);
        auto *track = find<QLineEdit>("track2");
        QVERIFY(track->hasFocus());
        QTest::keyClicks(track, QStringLiteral("4111111111111111=31091011234567890000"));
        QTest::keyClick(track, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_till->isBusy(), 20000);
        QVERIFY2(result().startsWith(QStringLiteral("Approved ¥100.00")), qPrintable(result()));
        QVERIFY(result().contains(QStringLiteral("411111******1111")));
        QVERIFY(track->text().isEmpty()); // track data does not stay on screen
    }

    // Faults the host plays from its registry: the same terminals, plus what goes wrong.
    void hostFaults(const QJsonArray &faults)
    {
        QVERIFY(m_shop->host().writeRegistry(
            {QString::fromLatin1(DemoFacts::kRegisteredTid), QString::fromLatin1(DemoFacts::kSuspendedTid)}, faults));
        QThread::msleep(1100); // the host re-reads a registry whose time stamp changed
    }

    // 10: the card paid part; the cashier is told how much is left to take another way.
    void partialApprovalAsksForTheRest()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        openTill(DemoUsers::kCashier, DemoUsers::kCashierPassword, DemoFacts::kRegisteredTid);
        hostFaults(QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("partial=600")},
                                          {QStringLiteral("count"), 1},
                                          {QStringLiteral("mti"), QStringLiteral("0200")}}});
        sell(QStringLiteral("10.00"), "unionpay-credit");
        QVERIFY2(result().startsWith(QStringLiteral("Only ¥6.00 approved")), qPrintable(result()));
        QVERIFY2(result().contains(QStringLiteral("Take the remaining ¥4.00")), qPrintable(result()));
        QCOMPARE(transactions(DemoFacts::kRegisteredTid).back().amount, Money::cny(600));
        m_shop->shoot("till-partial");
    }

    // The host approved but its answer was lost: the cashier must not hand over the goods; the reversal went out.
    void lostAnswerSaysDoNotHandOverTheGoods()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        openTill(DemoUsers::kCashier, DemoUsers::kCashierPassword, DemoFacts::kRegisteredTid);
        hostFaults(QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("approve-silent")},
                                          {QStringLiteral("count"), 1},
                                          {QStringLiteral("mti"), QStringLiteral("0200")}}});
        sell(QStringLiteral("25.00"), "unionpay-credit");
        QVERIFY2(result().contains(QStringLiteral("not charged. Do not hand over the goods")), qPrintable(result()));
        QCOMPARE(transactions(DemoFacts::kRegisteredTid).back().status, TxnStatus::Reversed);
        m_shop->shoot("till-in-doubt");
    }

    // The host refuses that reversal for good: the owner's alert is on screen at once, not at the next refresh.
    void refusedReversalRaisesTheAlertAtOnce()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        openTill(DemoUsers::kCashier, DemoUsers::kCashierPassword, DemoFacts::kRegisteredTid);
        AlertBanner *banner = m_shop->window()->banner();
        const qint64 before = banner->isVisible() ? banner->incidentId() : 0;
        hostFaults(QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("approve-silent")},
                                          {QStringLiteral("count"), 1},
                                          {QStringLiteral("mti"), QStringLiteral("0200")}},
                              QJsonObject{{QStringLiteral("kind"), QStringLiteral("refuse=12")},
                                          {QStringLiteral("count"), 1},
                                          {QStringLiteral("mti"), QStringLiteral("0400")}}});
        sell(QStringLiteral("25.00"), "unionpay-credit");
        // Not "cancelled at the host": the host refused to cancel it.
        QVERIFY2(result().contains(QStringLiteral("refused to cancel it")), qPrintable(result()));
        QVERIFY2(!result().contains(QStringLiteral("not charged")), qPrintable(result()));
        QVERIFY2(!result().contains(QStringLiteral("127.0.0.1")), qPrintable(result())); // no jargon for a cashier
        QCOMPARE(transactions(DemoFacts::kRegisteredTid).back().status, TxnStatus::InDoubt);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->incidentId() != before);
        QVERIFY2(banner->text().contains(QStringLiteral("terminal 12345601: RV")), qPrintable(banner->text()));
        m_shop->shoot("till-reversal-refused");
    }

    void badAmountIsRefusedBeforeAnythingIsSent()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        openTill(DemoUsers::kCashier, DemoUsers::kCashierPassword, DemoFacts::kRegisteredTid);
        const size_t before = transactions(DemoFacts::kRegisteredTid).size();
        sell(QStringLiteral("12.345"), "unionpay-credit");
        QVERIFY2(result().startsWith(QStringLiteral("Check the amount")), qPrintable(result()));
        QCOMPARE(transactions(DemoFacts::kRegisteredTid).size(), before);
    }

    // The moment 12345603 meets 97: red banner, tray-style badge, cash fallback at the till, and the way into the
    // incident from the banner.
    void code97RaisesTheBannerAndOffersCash()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start(/*resolveSeeded97=*/true));
        openTill(DemoUsers::kOwner, DemoUsers::kOwnerPassword, DemoFacts::kUnregisteredTid);
        AlertBanner *banner = m_shop->window()->banner();
        QVERIFY(!banner->isVisible());
        QCOMPARE(m_shop->window()->openAlertCount(), 0);
        QVERIFY(!m_till->cashFallbackOffered());

        sell(QStringLiteral("8.80"), "unionpay-credit");
        QVERIFY2(result().startsWith(QStringLiteral("Declined")), qPrintable(result()));
        QVERIFY(result().contains(QStringLiteral("97")));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("terminal 12345603: 97")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("take cash")));
        QCOMPARE(m_shop->window()->openAlertCount(), 1);
        auto *badge = m_shop->window()->findChild<QPushButton *>(QStringLiteral("alertBadge"));
        QCOMPARE(badge->text(), QStringLiteral("⚠ 1 open alert"));
        QVERIFY(m_till->cashFallbackOffered());
        QVERIFY(!find<QPushButton>("payButton")->isEnabled());

        // Cash instead: the declined amount is still typed in, F9 takes it in cash.
        QCOMPARE(find<QLineEdit>("amount")->text(), QStringLiteral("8.80"));
        QTest::keyClick(find<QLineEdit>("amount"), Qt::Key_F9);
        QVERIFY2(result().startsWith(QStringLiteral("Take ¥8.80 in cash")), qPrintable(result()));

        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("openRemediation")), Qt::LeftButton);
        QCOMPARE(m_shop->window()->currentPage(), QStringLiteral("alerts"));
        auto *alerts = qobject_cast<AlertsPage *>(m_shop->window()->page(QStringLiteral("alerts")));
        QCOMPARE(alerts->selectedIncident(), banner->incidentId());
        QVERIFY(alerts->detailsText().contains(QStringLiteral("12345603")));
    }

    void unreachableHostOffersCash()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        openTill(DemoUsers::kCashier, DemoUsers::kCashierPassword, DemoFacts::kRegisteredTid);
        m_shop->host().stop();
        sell(QStringLiteral("5.00"), "visa-test");
        QVERIFY2(result().startsWith(QStringLiteral("No answer from the host")), qPrintable(result()));
        QVERIFY(m_till->cashFallbackOffered());
        // The card can be tried again once the host is back: paying stays possible.
        QVERIFY(find<QPushButton>("payButton")->isEnabled());
    }

    void settlementClosesTheBatch()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        openTill(DemoUsers::kOwner, DemoUsers::kOwnerPassword, DemoFacts::kRegisteredTid);
        sell(QStringLiteral("20.00"), "unionpay-credit");
        QVERIFY2(result().startsWith(QStringLiteral("Approved")), qPrintable(result()));
        const int batch = TerminalRepository(m_shop->session().db())
                              .findByTid(QString::fromLatin1(DemoFacts::kRegisteredTid))
                              ->batchNo;

        QVERIFY(m_shop->open(QStringLiteral("settlement")));
        auto *page = qobject_cast<SettlementPage *>(m_shop->window()->page(QStringLiteral("settlement")));
        QVERIFY(page->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));
        MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("settleButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isSettling(), 30000);
        // The seeded sales of today never reached this host, so it disagrees and the batch is uploaded.
        QVERIFY2(page->resultText().startsWith(QStringLiteral("Batch %1 of terminal 12345601 is closed").arg(batch)),
                 qPrintable(page->resultText()));
        QCOMPARE(TerminalRepository(m_shop->session().db())
                     .findByTid(QString::fromLatin1(DemoFacts::kRegisteredTid))
                     ->batchNo,
                 batch + 1);

        // The outcome stays on screen and follows a change of language, figures and all.
        m_shop->language().apply(desktop::Language::Choice::Chinese);
        QTRY_VERIFY2(page->resultText().startsWith(QStringLiteral("终端 12345601 的批次 %1 已结束").arg(batch)),
                     qPrintable(page->resultText()));
        QVERIFY2(page->resultText().contains(QStringLiteral("消费 ")), qPrintable(page->resultText()));
        m_shop->language().apply(desktop::Language::Choice::English);
        QTRY_VERIFY2(
            page->resultText().startsWith(QStringLiteral("Batch %1 of terminal 12345601 is closed").arg(batch)),
            qPrintable(page->resultText()));
    }
};

QTEST_MAIN(TestGuiTill)
#include "tst_gui_till.moc"
