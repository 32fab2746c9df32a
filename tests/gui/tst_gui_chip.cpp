// The till with a chip card in the PC/SC reader (the real pcscd, the vpcd reader and the emulated PBOC cards of
// tests/rig/card) against a real posdesk-hostsim playing the cards' issuers: insert and pay, a chip card's swipe
// refused, and after a chip that cannot be read the swipe taken as a fallback.
#include "GuiShop.h"
#include "PcscTestRig.h"

#include "pages/TillPage.h"
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
        QVERIFY(m_shop->signIn(DemoUsers::kCashier, DemoUsers::kCashierPassword));
        QVERIFY(m_shop->open(QStringLiteral("till")));
        m_shop->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_shop->window()));
        m_till = qobject_cast<TillPage *>(m_shop->window()->page(QStringLiteral("till")));
        QVERIFY(m_till);
        QVERIFY(m_till->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));
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
