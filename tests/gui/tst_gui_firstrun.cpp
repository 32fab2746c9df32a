#include "GuiShop.h"

#include "shell/FirstRunWizard.h"
#include "storage/AcquirerRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/TerminalRepository.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>

using namespace posdesk;
using namespace posdesk::desktop;

// A real shop's first start: an empty SQLite database gets the set-up wizard instead of the sign-in, and what the
// wizard records lets the owner sign in and find the merchant, acquirer profile and terminal in the database.
class TestGuiFirstRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_data;
    std::unique_ptr<AppSession> m_session;
    Language m_language;
    std::unique_ptr<AppController> m_controller;

    static constexpr const char *kPassword = "shop-owner-pass-2026";

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static void type(QWidget *parent, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(parent, name);
        edit->clear();
        // QTest types Latin-1 only; Chinese arrives as an input method would commit it.
        if (QString::fromLatin1(text.toLatin1()) == text)
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
    }

    // With POSDESK_GUI_SHOT_DIR set (for review under xvfb-run), each wizard page is saved as a picture.
    static void shot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("POSDESK_GUI_SHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
    }

    // The previous test function set a database up; some need a fresh one.
    void openFreshDatabase(const QString &name)
    {
        m_controller.reset();
        m_session.reset();
        auto session = AppSession::open(DbConfig::sqlite(m_data.filePath(name)));
        QVERIFY(session);
        m_session = std::move(*session);
        startController();
    }

    void startController()
    {
        m_controller = std::make_unique<AppController>(*m_session, m_language);
        m_controller->start();
    }

private slots:
    void initTestCase()
    {
        test::GuiShop::isolateSettings(m_settings.path());
        // The data-protection key stays in a file beside the test database, never in the user's keychain.
        qputenv("POSDESK_KEYCHAIN", "off");
        m_language.apply(Language::Choice::English);
    }

    void init()
    {
        auto session = AppSession::open(DbConfig::sqlite(m_data.filePath(QStringLiteral("shop.db"))));
        QVERIFY2(session, session ? "" : qPrintable(session.error().fullText()));
        m_session = std::move(*session);
        startController();
    }

    void cleanup()
    {
        m_controller.reset();
        m_session.reset();
    }

    void emptyDatabaseGetsTheWizardAndTheOwnerSignsIn()
    {
        FirstRunWizard *wizard = m_controller->firstRunWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QVERIFY(!m_controller->loginDialog());
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::OwnerPage));

        // A short password and a mistyped repeat keep the wizard on the page, with the reason.
        type(wizard, "ownerUsername", QStringLiteral("laowang"));
        type(wizard, "ownerPassword", QStringLiteral("short"));
        type(wizard, "ownerPasswordAgain", QStringLiteral("short"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::OwnerPage));
        QVERIFY(child<QLabel>(wizard, "ownerError")->isVisibleTo(wizard));
        QVERIFY(child<QLabel>(wizard, "ownerError")->text().contains(QStringLiteral("12")));
        type(wizard, "ownerPassword", QString::fromLatin1(kPassword));
        type(wizard, "ownerPasswordAgain", QStringLiteral("shop-owner-pass-2027"));
        shot(wizard, "firstrun-1-owner-error");
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::OwnerPage));
        QCOMPARE(child<QLabel>(wizard, "ownerError")->text(),
                 QStringLiteral("The two passwords differ. Type the same password twice."));
        type(wizard, "ownerPasswordAgain", QString::fromLatin1(kPassword));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::MerchantPage));

        type(wizard, "merchantMid", QStringLiteral("898310058129999"));
        type(wizard, "merchantName", QStringLiteral("老王便利店"));
        shot(wizard, "firstrun-2-merchant");
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::AcquirerPage));

        type(wizard, "acquirerName", QStringLiteral("Shanghai Bank"));
        type(wizard, "acquirerHost", QStringLiteral("10.20.30.40"));
        child<QSpinBox>(wizard, "acquirerPort")->setValue(5900);
        type(wizard, "acquirerTpdu", QStringLiteral("6000120000"));
        auto *mac = child<QComboBox>(wizard, "acquirerMac");
        mac->setCurrentIndex(mac->findData(QStringLiteral("x9.19")));
        auto *channel = child<QComboBox>(wizard, "acquirerChannel");
        channel->setCurrentIndex(channel->findData(QStringLiteral("service-provider")));
        type(wizard, "supportPhone", QStringLiteral("95594"));
        type(wizard, "supportContact", QStringLiteral("POS desk"));
        shot(wizard, "firstrun-3-acquirer");
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::TerminalPage));

        type(wizard, "terminalTid", QStringLiteral("abc")); // typed lower-case, shown in capitals, too short
        QCOMPARE(child<QLineEdit>(wizard, "terminalTid")->text(), QStringLiteral("ABC"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::TerminalPage));
        QVERIFY(child<QLabel>(wizard, "terminalError")->text().contains(QStringLiteral("8")));
        shot(wizard, "firstrun-4-terminal-error");
        type(wizard, "terminalTid", QStringLiteral("77000001"));
        type(wizard, "terminalSerial", QStringLiteral("SN-77"));
        type(wizard, "terminalBrand", QStringLiteral("Newland"));
        type(wizard, "terminalModel", QStringLiteral("N910"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::DevicesPage));
        shot(wizard, "firstrun-5-devices");
        // Devices are skipped: both left empty.
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(m_controller->firstRunWizard() == nullptr);

        // Then the normal sign-in, as the owner just created.
        QTRY_VERIFY(m_controller->loginDialog() && m_controller->loginDialog()->isVisible());
        LoginDialog *login = m_controller->loginDialog();
        type(login, "username", QStringLiteral("laowang"));
        type(login, "password", QString::fromLatin1(kPassword));
        QTest::mouseClick(child<QPushButton>(login, "signIn"), Qt::LeftButton);
        QTRY_VERIFY(m_controller->mainWindow()->isVisible());
        QCOMPARE(m_controller->mainWindow()->actor().name, QStringLiteral("laowang"));
        QCOMPARE(m_controller->mainWindow()->actor().role, std::optional<Role>(Role::Owner));

        Database &db = m_session->db();
        auto merchant = MerchantRepository(db).findByMid(QStringLiteral("898310058129999"));
        QVERIFY(merchant);
        QCOMPARE(merchant->name, QStringLiteral("老王便利店"));
        auto acquirer = AcquirerRepository(db).findByName(QStringLiteral("Shanghai Bank"));
        QVERIFY(acquirer);
        QCOMPARE(acquirer->host, QStringLiteral("10.20.30.40"));
        QCOMPARE(acquirer->port, 5900);
        QCOMPARE(acquirer->tpdu, QStringLiteral("6000120000"));
        QCOMPARE(acquirer->macAlgorithm, MacAlgorithm::X919);
        QCOMPARE(acquirer->channelKind, ChannelKind::ServiceProvider);
        QCOMPARE(acquirer->supportPhone, QStringLiteral("95594"));
        QCOMPARE(acquirer->supportContact, QStringLiteral("POS desk"));
        auto terminal = TerminalRepository(db).findByTid(QStringLiteral("77000001"));
        QVERIFY(terminal);
        QCOMPARE(terminal->state, TerminalState::Applied);
        QCOMPARE(terminal->mid, QStringLiteral("898310058129999"));
        QCOMPARE(terminal->acquirerName, QStringLiteral("Shanghai Bank"));
        QCOMPARE(terminal->serial, QStringLiteral("SN-77"));
        QCOMPARE(terminal->brand, QStringLiteral("Newland"));
        QCOMPARE(terminal->model, QStringLiteral("N910"));

        // The next start of the same database goes straight to the sign-in.
        startController();
        QVERIFY(!m_controller->firstRunWizard());
        QVERIFY(m_controller->loginDialog());
    }

    // The person setting up picks their language on the first page; the whole wizard follows and the choice is
    // kept for the next start.
    void theWizardOffersTheLanguageFirst()
    {
        openFreshDatabase(QStringLiteral("language.db"));
        FirstRunWizard *wizard = m_controller->firstRunWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Set up PosDesk"));
        auto *box = child<QComboBox>(wizard, "firstRunLanguage");
        QVERIFY(box->isVisibleTo(wizard));
        // Each language is listed under its own name.
        QVERIFY(box->findText(QStringLiteral("中文（简体）")) >= 0);
        test::chooseWithKeyboard(box, int(Language::Choice::Chinese));
        QTRY_COMPARE(wizard->windowTitle(), QStringLiteral("设置 PosDesk"));
        QCOMPARE(wizard->buttonText(QWizard::CancelButton), QStringLiteral("退出"));
        QCOMPARE(Language::savedChoice(), Language::Choice::Chinese);
        QCOMPARE(box->currentData().toInt(), int(Language::Choice::Chinese));
        shot(wizard, "firstrun-0-language-zh");

        test::chooseWithKeyboard(box, int(Language::Choice::English));
        QTRY_COMPARE(wizard->windowTitle(), QStringLiteral("Set up PosDesk"));
        QCOMPARE(Language::savedChoice(), Language::Choice::English);
    }

    void quittingTheWizardQuits()
    {
        openFreshDatabase(QStringLiteral("other.db"));
        FirstRunWizard *wizard = m_controller->firstRunWizard();
        QVERIFY(wizard);
        QSignalSpy quit(m_controller.get(), &AppController::quitRequested);
        wizard->button(QWizard::CancelButton)->click();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!m_controller->loginDialog());
    }
};

QTEST_MAIN(TestGuiFirstRun)
#include "tst_gui_firstrun.moc"
