#include "GuiShop.h"

#include "acquirer/AcquirerService.h"
#include "pages/AlertsPage.h"
#include "shell/DemoSimulators.h"
#include "shell/IdleLock.h"
#include "storage/AcquirerRepository.h"

#include <QTcpSocket>

using namespace posdesk;
using namespace posdesk::desktop;

// Signing in, what each role sees, the idle lock and the demo's own simulators, driven through the real widgets.
class TestGuiLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::GuiShop> m_shop;

    QStringList expectedPages(const char *user)
    {
        if (qstrcmp(user, DemoUsers::kCashier) == 0)
            return {QStringLiteral("till"), QStringLiteral("shift"), QStringLiteral("settings")};
        if (qstrcmp(user, DemoUsers::kAccountant) == 0)
            return {QStringLiteral("alerts"), QStringLiteral("settlement"), QStringLiteral("reports"),
                    QStringLiteral("costs"), QStringLiteral("settings")};
        return {QStringLiteral("dashboard"), QStringLiteral("till"),   QStringLiteral("shift"),
                QStringLiteral("terminals"), QStringLiteral("alerts"), QStringLiteral("settlement"),
                QStringLiteral("reports"),   QStringLiteral("costs"),  QStringLiteral("scorecards"),
                QStringLiteral("devices"),   QStringLiteral("users"),  QStringLiteral("settings")};
    }

private slots:
    void initTestCase() { test::GuiShop::isolateSettings(m_settings.path()); }

    void init()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        QVERIFY(m_shop->login()->isVisible());
        QVERIFY(!m_shop->window()->isVisible());
    }

    void cleanup() { m_shop.reset(); }

    void goodPasswordOpensTheMainWindow()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QCOMPARE(m_shop->window()->actor().name, QStringLiteral("owner"));
        auto *user = m_shop->window()->findChild<QLabel *>(QStringLiteral("userStatus"));
        QVERIFY(user->text().contains(QStringLiteral("owner")));
    }

    void badPasswordKeepsTheDialogAndSaysWhy()
    {
        auto *dialog = m_shop->login();
        m_shop->typeCredentials(QStringLiteral("owner"), QStringLiteral("not-the-password-1"));
        QCOMPARE(m_shop->login(), dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_shop->window()->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("loginError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Wrong user name or password")), qPrintable(error->text()));
        const QString wrong = error->text();
        // The password field is emptied for the next try, the name kept.
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("username"))->text(), QStringLiteral("owner"));
        // An unknown user gets the same answer, so the dialog does not tell which names exist.
        m_shop->typeCredentials(QStringLiteral("nobody"), QStringLiteral("not-the-password-1"));
        QCOMPARE(error->text(), wrong);
    }

    void repeatedFailuresLockTheAccount()
    {
        auto *error = m_shop->login()->findChild<QLabel *>(QStringLiteral("loginError"));
        for (int i = 0; i < 6; ++i)
            m_shop->typeCredentials(QStringLiteral("cashier"), QStringLiteral("guessing-again-%1").arg(i));
        // Even the right password is refused now, with what to do, and in the words an unknown name gets: the answer
        // does not tell that this account exists.
        m_shop->typeCredentials(QString::fromLatin1(DemoUsers::kCashier),
                                QString::fromLatin1(DemoUsers::kCashierPassword));
        QVERIFY(m_shop->login() != nullptr);
        const QString locked = error->text();
        QVERIFY2(locked.contains(QStringLiteral("locked after 6 failed sign-ins")), qPrintable(locked));
        QVERIFY(locked.contains(QStringLiteral("ask the owner")));
        m_shop->typeCredentials(QStringLiteral("nobody-here"), QStringLiteral("not-the-password-1"));
        QCOMPARE(error->text(), locked);
        // Other accounts are not affected.
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
    }

    void navigationFollowsTheRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("owner") << QString::fromLatin1(DemoUsers::kOwner)
                               << QString::fromLatin1(DemoUsers::kOwnerPassword);
        QTest::newRow("cashier") << QString::fromLatin1(DemoUsers::kCashier)
                                 << QString::fromLatin1(DemoUsers::kCashierPassword);
        QTest::newRow("accountant") << QString::fromLatin1(DemoUsers::kAccountant)
                                    << QString::fromLatin1(DemoUsers::kAccountantPassword);
    }
    void navigationFollowsTheRole()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        m_shop->typeCredentials(user, password);
        QVERIFY(m_shop->window()->isVisible());
        QCOMPARE(m_shop->window()->pageNames(), expectedPages(qPrintable(user)));
        // A page outside the role cannot be reached by name either.
        if (user != u"owner")
            QVERIFY(!m_shop->window()->showPage(QStringLiteral("dashboard")));
        if (user == u"accountant") {
            QVERIFY(m_shop->open(QStringLiteral("alerts")));
            auto *alerts = m_shop->window()->page(QStringLiteral("alerts"));
            QVERIFY(alerts->findChild<QPushButton *>(QStringLiteral("startRemediation"))->isHidden());
        }
    }

    void idleLockReturnsToTheSignIn()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kCashier, DemoUsers::kCashierPassword));
        IdleLock &idle = m_shop->controller().idleLock();
        QCOMPARE(idle.timeoutMs(), qint64(15 * 60 * 1000)); // the demo keeps the default of 15 minutes
        idle.setTimeoutMs(300);
        idle.arm();
        QTRY_VERIFY_WITH_TIMEOUT(m_shop->login() != nullptr, 5000);
        QVERIFY(!m_shop->window()->isVisible());
        // The locked dialog offers the same user; the password brings the window back.
        QCOMPARE(m_shop->login()->findChild<QLineEdit *>(QStringLiteral("username"))->text(),
                 QStringLiteral("cashier"));
        QCOMPARE(m_shop->login()->lockedWhy(), LoginDialog::Locked::AfterPause);
        QVERIFY2(m_shop->login()->titleText().contains(QStringLiteral("after a pause")),
                 qPrintable(m_shop->login()->titleText()));
        QVERIFY(m_shop->signIn(DemoUsers::kCashier, DemoUsers::kCashierPassword));
        QVERIFY(idle.isArmed());
    }

    void lockButtonLocksAtOnce()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QTest::mouseClick(m_shop->window()->findChild<QPushButton *>(QStringLiteral("lockButton")), Qt::LeftButton);
        QVERIFY(m_shop->login() != nullptr);
        QVERIFY(!m_shop->window()->isVisible());
        // Locked by hand: it says who locked it, not that there was a pause.
        QCOMPARE(m_shop->login()->lockedWhy(), LoginDialog::Locked::ByHand);
        QVERIFY2(!m_shop->login()->titleText().contains(QStringLiteral("pause")),
                 qPrintable(m_shop->login()->titleText()));
        QCOMPARE(m_shop->login()->titleText(), QStringLiteral("owner locked the screen. Sign in to continue."));
        // Someone else may sign in at the locked till; the navigation follows the new role.
        QVERIFY(m_shop->signIn(DemoUsers::kAccountant, DemoUsers::kAccountantPassword));
        QCOMPARE(m_shop->window()->pageNames(), expectedPages(DemoUsers::kAccountant));
    }

    // "Switch user" (button or Ctrl+Shift+L): the sign-in with an empty name, for someone else; Ctrl+L locks.
    void switchUserLetsSomeoneElseSignIn()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        auto *button = m_shop->window()->findChild<QPushButton *>(QStringLiteral("switchUserButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Switch user"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_shop->login() != nullptr);
        QVERIFY(!m_shop->window()->isVisible());
        QCOMPARE(m_shop->login()->lockedWhy(), LoginDialog::Locked::SwitchUser);
        auto *name = m_shop->login()->findChild<QLineEdit *>(QStringLiteral("username"));
        QVERIFY(name->text().isEmpty());
        QVERIFY2(m_shop->login()->titleText().startsWith(QStringLiteral("Switch user")),
                 qPrintable(m_shop->login()->titleText()));
        QVERIFY(m_shop->signIn(DemoUsers::kCashier, DemoUsers::kCashierPassword));
        QCOMPARE(m_shop->window()->actor().name, QStringLiteral("cashier"));
        QCOMPARE(m_shop->window()->pageNames(), expectedPages(DemoUsers::kCashier));

        // From the keyboard, wherever the focus is.
        m_shop->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_shop->window()));
        QTest::keyClick(m_shop->window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_shop->login() != nullptr);
        QCOMPARE(m_shop->login()->lockedWhy(), LoginDialog::Locked::SwitchUser);
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        m_shop->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_shop->window()));
        QTest::keyClick(m_shop->window(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_shop->login() != nullptr);
        QCOMPARE(m_shop->login()->lockedWhy(), LoginDialog::Locked::ByHand);
        QCOMPARE(m_shop->login()->findChild<QLineEdit *>(QStringLiteral("username"))->text(), QStringLiteral("owner"));
    }

    // `posdesk --demo` without a host given: it starts posdesk-hostsim itself, points the acquirer at it, and stops
    // it again with the session.
    void demoStartsAndStopsItsHostSimulator()
    {
        m_shop.reset();
        DemoSetup setup;
        setup.programDir = qEnvironmentVariable("POSDESK_BIN_DIR");
        auto session = AppSession::openDemo(setup);
        QVERIFY2(session, session ? "" : qPrintable(session.error().fullText()));
        DemoSimulators *sims = (*session)->simulators();
        QVERIFY(sims);
        QVERIFY(sims->hostRunning());
        const int port = sims->hostPort();
        QVERIFY(port > 0);
        auto acquirer = AcquirerRepository((*session)->db()).findByName(QString::fromLatin1(DemoFacts::kAcquirer));
        QVERIFY(acquirer);
        QCOMPARE(acquirer->port, port);
        QCOMPARE(acquirer->host, QStringLiteral("127.0.0.1"));

        // The demo host knows 12345601 and holds the demo master key: a sign-on succeeds.
        std::optional<Result<SignOnOutcome>> signedOn;
        (*session)->acquirer().signOn(Actor::localAdmin(QStringLiteral("gui")),
                                      QString::fromLatin1(DemoFacts::kRegisteredTid),
                                      [&](Result<SignOnOutcome> r) { signedOn.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(signedOn.has_value(), 15000);
        QVERIFY2(*signedOn, signedOn->ok() ? "" : qPrintable(signedOn->error().fullText()));

        session->reset();
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        QVERIFY(!probe.waitForConnected(2000));
    }
};

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
