#pragma once

#include <QComboBox>

#include "HostSim.h"
#include "TestSupport.h"

#include "demo/DemoSeeder.h"
#include "pages/CardInput.h"
#include "pages/Page.h"
#include "pages/TillPage.h"
#include "shell/AppController.h"
#include "shell/AppSession.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "storage/IncidentRepository.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace posdesk::test {

// The demo shop as the GUI tests use it: seeded database, a real posdesk-hostsim on loopback that knows 12345601 and
// 12345602 (not 12345603), and the desktop's controller. Helpers act like a person: they type and click.
class GuiShop
{
public:
    // Keeps the tests' language choice out of the user's settings; call once per test program.
    static void isolateSettings(const QString &dir)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
        QLocale::setDefault(QLocale::c());
    }

    // resolveSeeded97: the demo seeds an open 97 on 12345603; tests that want to see a new one resolve it first.
    // chipCards: the host also plays the issuers of the emulated chip cards in that folder (tests/rig/card).
    bool start(bool resolveSeeded97 = false, const QString &chipCards = {})
    {
        m_host = std::make_unique<HostSim>(programPath(QStringLiteral("posdesk-hostsim")));
        if (!chipCards.isEmpty())
            m_host->withChipCards(chipCards);
        if (!m_host->start(QString::fromLatin1(DemoFacts::kMid), {QString::fromLatin1(DemoFacts::kRegisteredTid),
                                                                  QString::fromLatin1(DemoFacts::kSuspendedTid)}))
            return false;
        desktop::DemoSetup setup;
        setup.startSimulators = false;
        setup.hostPort = m_host->port();
        setup.tmkHex = QString::fromLatin1(HostSim::kTmk);
        auto session = desktop::AppSession::openDemo(setup);
        if (!session) {
            qWarning().noquote() << session.error().fullText();
            return false;
        }
        m_session = std::move(*session);
        if (resolveSeeded97 && !resolveOpenIncidents())
            return false;
        m_language.apply(desktop::Language::Choice::English);
        m_controller = std::make_unique<desktop::AppController>(*m_session, m_language);
        m_controller->start();
        return login() != nullptr;
    }

    bool resolveOpenIncidents()
    {
        IncidentRepository incidents(m_session->db());
        auto open = incidents.list(true);
        if (!open)
            return false;
        for (Incident i : *open) {
            i.state = IncidentState::Resolved;
            i.resolvedAt = m_session->clock().nowMs();
            if (!incidents.update(i))
                return false;
        }
        return true;
    }

    desktop::LoginDialog *login() const { return m_controller->loginDialog(); }
    desktop::MainWindow *window() const { return m_controller->mainWindow(); }
    desktop::AppSession &session() { return *m_session; }
    desktop::AppController &controller() { return *m_controller; }
    desktop::Language &language() { return m_language; }
    HostSim &host() { return *m_host; }

    // POSDESK_SHOT_DIR set: the main window saved as NAME.png, and in Chinese as NAME-zh.png (screens redraw in the
    // new language), for a person to look at.
    void shoot(const char *name)
    {
        const QString dir = qEnvironmentVariable("POSDESK_SHOT_DIR");
        if (dir.isEmpty())
            return;
        window()->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
        m_language.apply(desktop::Language::Choice::Chinese);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents(); // the layouts settle on the new words
        window()->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral("-zh.png")));
        m_language.apply(desktop::Language::Choice::English);
    }

    // Types the name and password into the sign-in dialog and clicks "Sign in".
    void typeCredentials(const QString &user, const QString &password)
    {
        auto *name = login()->findChild<QLineEdit *>(QStringLiteral("username"));
        auto *secret = login()->findChild<QLineEdit *>(QStringLiteral("password"));
        name->clear();
        QTest::keyClicks(name, user);
        secret->clear();
        QTest::keyClicks(secret, password);
        QTest::mouseClick(login()->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
    }

    bool signIn(const char *user, const char *password)
    {
        if (!login())
            return false;
        typeCredentials(QString::fromLatin1(user), QString::fromLatin1(password));
        return login() == nullptr && window()->isVisible();
    }

    // Signs in and opens the till on `tid`, its window the active one (keyboard shortcuts and focus moves need it);
    // null when any step fails.
    desktop::TillPage *openTill(const char *user, const char *password, const char *tid)
    {
        if (!signIn(user, password) || !open(QStringLiteral("till")))
            return nullptr;
        window()->activateWindow();
        if (!QTest::qWaitForWindowActive(window()))
            return nullptr;
        auto *till = qobject_cast<desktop::TillPage *>(window()->page(QStringLiteral("till")));
        return till && till->selectTerminal(QString::fromLatin1(tid)) ? till : nullptr;
    }

    // Amount, test card, Enter: what a cashier does; true once the till has the answer.
    static bool sell(desktop::TillPage *till, const QString &amount, const char *testCard)
    {
        if (!till->findChild<desktop::CardInput *>()->selectTestCard(QString::fromLatin1(testCard)))
            return false;
        auto *field = till->findChild<QLineEdit *>(QStringLiteral("amount"));
        field->clear();
        QTest::keyClicks(field, amount);
        QTest::keyClick(field, Qt::Key_Return);
        return QTest::qWaitFor([till] { return !till->isBusy(); }, 20000);
    }

    // Clicks the navigation entry of a page.
    bool open(const QString &page)
    {
        auto *nav = window()->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < nav->count(); ++i) {
            if (nav->item(i)->data(Qt::UserRole).toString() == page) {
                const QRect r = nav->visualItemRect(nav->item(i));
                QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, r.center());
                return window()->currentPage() == page;
            }
        }
        return false;
    }

    QString navText(const QString &page) const
    {
        auto *nav = window()->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < nav->count(); ++i) {
            if (nav->item(i)->data(Qt::UserRole).toString() == page)
                return nav->item(i)->text();
        }
        return {};
    }

    ~GuiShop()
    {
        // Windows first (they hold pointers into the session), then the session, then the host.
        m_controller.reset();
        m_session.reset();
        m_host.reset();
    }

private:
    std::unique_ptr<HostSim> m_host;
    std::unique_ptr<desktop::AppSession> m_session;
    desktop::Language m_language;
    std::unique_ptr<desktop::AppController> m_controller;
};

// Picks the entry of a combo box whose data is `data` with the arrow keys, as a user would (each step emits
// activated()).
inline void chooseWithKeyboard(QComboBox *box, int data)
{
    const int target = box->findData(data);
    QVERIFY(target >= 0);
    box->setFocus();
    while (box->currentIndex() != target) {
        const int before = box->currentIndex();
        QTest::keyClick(box, target > before ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(box->currentIndex() != before);
    }
}

} // namespace posdesk::test
