#pragma once

#include <QObject>
#include <QPointer>

#include "shell/LoginDialog.h"

#include <memory>

namespace posdesk::desktop {

class AppSession;
class FirstRunWizard;
class IdleLock;
class Language;
class LoginDialog;
class MainWindow;

// Sign-in, main window, idle lock: shows the login, opens the main window for the user's role, and goes back to the
// login after the idle minutes (or the Lock button). main() and the GUI tests both drive the desktop through this.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(AppSession &session, Language &language, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the sign-in dialog.
    void start();
    // Hides the main window and asks for the password again.
    void lock(LoginDialog::Locked why = LoginDialog::Locked::AfterPause);

    MainWindow *mainWindow() const { return m_window.get(); }
    // The sign-in dialog while it is up, else null.
    LoginDialog *loginDialog() const;
    // The first-run wizard while it is up (a real shop's database without users), else null.
    FirstRunWizard *firstRunWizard() const;
    IdleLock &idleLock() { return *m_idle; }

signals:
    // The user chose Quit on the sign-in dialog.
    void quitRequested();

private:
    void showLogin(LoginDialog::Locked why);
    void showFirstRun();
    void signedIn();
    void armIdleLock();

    AppSession &m_session;
    Language &m_language;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IdleLock> m_idle;
    QPointer<LoginDialog> m_login;
    QPointer<FirstRunWizard> m_firstRun;
};

} // namespace posdesk::desktop
