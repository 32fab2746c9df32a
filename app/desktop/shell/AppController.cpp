#include "shell/AppController.h"

#include "security/UserService.h"
#include "shell/AppSession.h"
#include "shell/FirstRunWizard.h"
#include "shell/IdleLock.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

namespace posdesk::desktop {

AppController::AppController(AppSession &session, Language &language, QObject *parent)
    : QObject(parent), m_session(session), m_language(language),
      m_window(std::make_unique<MainWindow>(session, language)), m_idle(std::make_unique<IdleLock>())
{
    connect(m_idle.get(), &IdleLock::idle, this, [this] { lock(LoginDialog::Locked::AfterPause); });
    connect(m_window.get(), &MainWindow::lockRequested, this, [this] { lock(LoginDialog::Locked::ByHand); });
    connect(m_window.get(), &MainWindow::switchUserRequested, this, [this] { lock(LoginDialog::Locked::SwitchUser); });
    connect(m_window.get(), &MainWindow::idleLockChanged, this, &AppController::armIdleLock);
}

AppController::~AppController()
{
    delete m_login;
    delete m_firstRun;
}

LoginDialog *AppController::loginDialog() const
{
    return m_login;
}

FirstRunWizard *AppController::firstRunWizard() const
{
    return m_firstRun;
}

void AppController::start()
{
    // A real shop's new database has nobody to sign in as: set the shop up first.
    if (!m_session.isDemo() && FirstRunWizard::isNeeded(m_session))
        showFirstRun();
    else
        showLogin(LoginDialog::Locked::No);
}

void AppController::showFirstRun()
{
    auto *wizard = new FirstRunWizard(m_session, m_language);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_firstRun = wizard;
    connect(wizard, &QDialog::accepted, this, [this] { showLogin(LoginDialog::Locked::No); });
    connect(wizard, &QDialog::rejected, this, &AppController::quitRequested);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
}

void AppController::lock(LoginDialog::Locked why)
{
    if (m_login)
        return;
    m_idle->disarm();
    // Hidden, not destroyed: a payment in flight still gets its answer recorded while the screen is locked.
    m_window->hide();
    showLogin(why);
}

void AppController::showLogin(LoginDialog::Locked why)
{
    auto *dialog = new LoginDialog(m_session.users(), m_language, m_session.isDemo());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (why != LoginDialog::Locked::No)
        dialog->setLocked(m_window->actor().name, why);
    m_login = dialog;
    connect(dialog, &QDialog::accepted, this, &AppController::signedIn);
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::signedIn()
{
    LoginDialog *dialog = m_login;
    if (!dialog)
        return;
    m_login = nullptr;
    m_window->setActor(dialog->actor());
    dialog->close();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    armIdleLock();
}

void AppController::armIdleLock()
{
    auto minutes = m_session.users().idleLockMinutes();
    m_idle->setTimeoutMs(qint64(minutes ? *minutes : UserService::kDefaultIdleLockMinutes) * 60 * 1000);
    if (!m_login)
        m_idle->arm();
}

} // namespace posdesk::desktop
