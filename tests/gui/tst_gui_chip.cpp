// The till with a chip card in the PC/SC reader (the real pcscd, the vpcd reader and the emulated PBOC cards of
// tests/rig/card) against a real posdesk-hostsim playing the cards' issuers: insert and pay, a chip card's swipe
// refused, and after a chip that cannot be read the swipe taken as a fallback.
#include "DevSim.h"
#include "GuiShop.h"
#include "PcscTestRig.h"

#include "manager/DeviceManager.h"
#include "pages/TillPage.h"
#include "security/KeyStore.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>

using namespace posdesk;
using namespace posdesk::desktop;

class TestGuiChip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QString m_rig;
    std::unique_ptr<test::GuiShop> m_shop;
    TillPage *m_till = nullptr;

    template <typename T> T *find(const char *name) { return m_till->findChild<T *>(QString::fromLatin1(name)); }

    void openTill()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start(
            false, QDir(qEnvironmentVariable("POSDESK_TEST_DATA")).absoluteFilePath(QStringLiteral("../rig/card"))));
        m_till = m_shop->openTill(DemoUsers::kCashier, DemoUsers::kCashierPassword, DemoFacts::kRegisteredTid);
        QVERIFY(m_till);
    }

    void typeAmount(const QString &amount)
    {
        auto *field = find<QLineEdit>("amount");
        field->clear();
        QTest::keyClicks(field, amount);
    }

    void waitUntilIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_till->isBusy(), 20000); }

    // The reader types the track into the card field and ends it with Enter, which pays.
    void swipe(const QString &track)
    {
        auto *field = find<QLineEdit>("track2");
        QTest::keyClicks(field, track);
        QTest::keyClick(field, Qt::Key_Return);
        waitUntilIdle();
    }

    std::vector<CardTransaction> transactions()
    {
        auto t = TerminalRepository(m_shop->session().db()).findByTid(QString::fromLatin1(DemoFacts::kRegisteredTid));
        TxnFilter f;
        f.terminalId = t->id;
        f.batchNo = t->batchNo;
        auto list = TransactionRepository(m_shop->session().db()).list(f);
        return list ? *list : std::vector<CardTransaction>{};
    }

private slots:
    void initTestCase()
    {
        test::GuiShop::isolateSettings(m_settings.path());
        m_rig = qEnvironmentVariable("POSDESK_TEST_PCSC_DIR");
        QVERIFY2(!m_rig.isEmpty(), "run under ctest: the pcsc fixture starts the rig");
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_shop)
            qWarning().noquote() << "host simulator log:\n" << m_shop->host().log();
        test::runPcscRig({QStringLiteral("remove"), m_rig});
        m_till = nullptr;
        m_shop.reset();
    }

    // Amount, card in the reader, F8: the card and the host approve; the till says so with the card's number.
    void insertAndPay()
    {
        openTill();
        const size_t before = transactions().size();
        QVERIFY(test::runPcscRig({QStringLiteral("insert"), m_rig, QStringLiteral("credit-nopin")}));
        typeAmount(QStringLiteral("23.45"));
        auto *chip = find<QPushButton>("chipPayButton");
        QVERIFY(chip->isVisible() && chip->isEnabled());
        find<QLineEdit>("amount")->setFocus(); // where the cashier's typing left it
        QTest::keyClick(find<QLineEdit>("amount"), Qt::Key_F8);
        waitUntilIdle();
        QVERIFY2(m_till->resultText().startsWith(QStringLiteral("Approved ¥23.45")), qPrintable(m_till->resultText()));
        QVERIFY(m_till->resultText().contains(QStringLiteral("622600******0021")));
        const auto txns = transactions();
        QCOMPARE(txns.size(), before + 1);
        QCOMPARE(txns.back().status, TxnStatus::Approved);
        QCOMPARE(txns.back().entryMode, QStringLiteral("chip"));
        m_shop->shoot("till-chip");
    }

    // The debit card asks for its PIN: the till tells the cardholder to use the PIN pad (the virtual pad of
    // posdesk-devsim, holding the terminal's keys), and the sale goes through once the PIN is typed there.
    void pinOnThePad()
    {
        openTill();
        QTemporaryDir padDir;
        test::DevSim pad;
        QVERIFY2(pad.start(padDir.path(), test::DevSim::PinPad::With), "posdesk-devsim did not start");
        DeviceConfig d;
        d.name = QStringLiteral("pad");
        d.kind = DeviceKind::PinPad;
        d.transport = TransportKind::Serial;
        d.address = pad.pinpadLink();
        AppSession &session = m_shop->session();
        auto id = session.devices().store().add(d);
        QVERIFY(id.ok());
        QVERIFY(session.devices().startDevice(*id).ok());
        QTRY_VERIFY(session.acquirer().pinPad() != nullptr);
        const Actor owner{QString::fromLatin1(DemoUsers::kOwner), Role::Owner, QStringLiteral("gui")};
        auto kcv = session.keyStore().loadTmkIntoPinPad(owner, QString::fromLatin1(DemoFacts::kRegisteredTid),
                                                        *session.acquirer().pinPad(), 2, nullptr);
        QVERIFY2(kcv.ok(), kcv.ok() ? "" : qPrintable(kcv.error().fullText()));
        QVERIFY(m_till->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));

        const size_t before = transactions().size();
        QVERIFY(test::runPcscRig({QStringLiteral("insert"), m_rig, QStringLiteral("debit-pin")}));
        typeAmount(QStringLiteral("88.00"));
        pad.discardLines();
        QTest::mouseClick(find<QPushButton>("chipPayButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_till->resultText().startsWith(QStringLiteral("Cardholder: enter your PIN")), 20000);
        QVERIFY(!pad.waitFor("pinpad waiting for PIN", {}, 10000).isEmpty());
        m_shop->shoot("till-chip-pin");
        QVERIFY(pad.command("pin 123456").startsWith("ok"));
        waitUntilIdle();
        QVERIFY2(m_till->resultText().startsWith(QStringLiteral("Approved ¥88.00")), qPrintable(m_till->resultText()));
        const auto txns = transactions();
        QCOMPARE(txns.size(), before + 1);
        QCOMPARE(txns.back().status, TxnStatus::Approved);
        QVERIFY(m_shop->host().log().contains(QStringLiteral("22=051")));

        // Esc at the till while the pad waits: the payment stops, nothing is stored.
        QVERIFY(test::runPcscRig({QStringLiteral("remove"), m_rig}));
        QVERIFY(test::runPcscRig({QStringLiteral("insert"), m_rig, QStringLiteral("debit-pin")}));
        typeAmount(QStringLiteral("9.00"));
        pad.discardLines();
        QTest::mouseClick(find<QPushButton>("chipPayButton"), Qt::LeftButton);
        QVERIFY(!pad.waitFor("pinpad waiting for PIN", {}, 20000).isEmpty());
        find<QLineEdit>("amount")->setFocus();
        QTest::keyClick(find<QLineEdit>("amount"), Qt::Key_Escape);
        waitUntilIdle();
        QVERIFY2(m_till->resultText().contains(QStringLiteral("cancelled")), qPrintable(m_till->resultText()));
        QCOMPARE(transactions().size(), before + 1);
        session.devices().stopDevice(*id);
    }

    // No card in the reader: the cashier is told to insert it; nothing is stored.
    void noCardInTheReader()
    {
        openTill();
        const size_t before = transactions().size();
        typeAmount(QStringLiteral("5.00"));
        QTest::mouseClick(find<QPushButton>("chipPayButton"), Qt::LeftButton);
        waitUntilIdle();
        QVERIFY2(m_till->resultText().startsWith(QStringLiteral("Insert the card")), qPrintable(m_till->resultText()));
        QCOMPARE(transactions().size(), before);
    }

    // A chip card swiped: refused. Its chip cannot be read (no chip application): the next swipe of it goes as a
    // fallback and is approved.
    void swipeOnlyAfterTheChipFailed()
    {
        openTill();
        const size_t before = transactions().size();
        const QString track = QStringLiteral("6225880000000076=28122200000000000000");
        typeAmount(QStringLiteral("6.00"));
        swipe(track);
        QVERIFY2(m_till->resultText().contains(QStringLiteral("insert it into the card reader")),
                 qPrintable(m_till->resultText()));
        QCOMPARE(transactions().size(), before);

        QVERIFY(test::runPcscRig({QStringLiteral("insert"), m_rig, QStringLiteral("stripe-only")}));
        typeAmount(QStringLiteral("6.00"));
        QTest::mouseClick(find<QPushButton>("chipPayButton"), Qt::LeftButton);
        waitUntilIdle();
        QVERIFY2(m_till->resultText().startsWith(QStringLiteral("The chip cannot be read")),
                 qPrintable(m_till->resultText()));
        QVERIFY(m_till->resultText().contains(QStringLiteral("fallback")));
        QCOMPARE(transactions().size(), before);
        m_shop->shoot("till-chip-unreadable");

        typeAmount(QStringLiteral("6.00"));
        swipe(track);
        QVERIFY2(m_till->resultText().startsWith(QStringLiteral("Approved ¥6.00")), qPrintable(m_till->resultText()));
        const auto txns = transactions();
        QCOMPARE(txns.size(), before + 1);
        QCOMPARE(txns.back().entryMode, QStringLiteral("fallback"));
        // One fallback only: the next swipe of a chip card is refused again.
        typeAmount(QStringLiteral("6.00"));
        swipe(track);
        QVERIFY(m_till->resultText().contains(QStringLiteral("insert it into the card reader")));
    }
};

QTEST_MAIN(TestGuiChip)
#include "tst_gui_chip.moc"
