#pragma once

#include "security/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace posdesk {
class UserService;
}

namespace posdesk::desktop {

class Language;

// Sign-in: user name and password checked by UserService (lockout and its message come from there). Shown at start
// and again by the idle lock. Never exec()'d by the application: it is opened window-modal and reports through
// accepted(), so tests type into it like a person would.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(UserService &users, Language &language, bool demo, QWidget *parent = nullptr);

    // Why the sign-in shows while a user's window is open.
    enum class Locked
    {
        No,
        AfterPause, // the idle lock
        ByHand,     // Lock
        SwitchUser, // someone else signs in
    };
    // Says why the screen is locked; offers the name of who was signed in, except for switching user.
    void setLocked(const QString &previousUser, Locked why = Locked::AfterPause);
    Locked lockedWhy() const { return m_locked; }
    QString titleText() const;
    // Who signed in, valid after accepted().
    const Actor &actor() const { return m_actor; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void trySignIn();

    UserService &m_users;
    Language &m_language;
    bool m_demo;
    Locked m_locked = Locked::No;
    QString m_previousUser;
    Actor m_actor;
    QLabel *m_title = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_demoHint = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_languageBox = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace posdesk::desktop
