#include "shell/LoginDialog.h"

#include "security/UserService.h"
#include "shell/AppSession.h"
#include "shell/Language.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace posdesk::desktop {

LoginDialog::LoginDialog(UserService &users, Language &language, bool demo, QWidget *parent)
    : QDialog(parent), m_users(users), m_language(language), m_demo(demo)
{
    setObjectName(QStringLiteral("loginDialog"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("loginLanguage"));
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setBuddy(m_languageBox);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_languageBox);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_demoHint = new QLabel(this);
    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setWordWrap(true);
    m_demoHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoHint->setStyleSheet(
        QStringLiteral("background: #eff6ff; border: 1px solid #bfdbfe; border-radius: 4px; padding: 8px;"));
    m_demoHint->setVisible(m_demo);
    layout->addWidget(m_demoHint);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_quit = new QPushButton(this);
    m_quit->setObjectName(QStringLiteral("quit"));
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    buttons->addWidget(m_quit);
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::trySignIn);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_languageBox, &QComboBox::activated, this,
            [this](int index) { m_language.choose(Language::Choice(m_languageBox->itemData(index).toInt())); });
    retranslate();
    m_user->setFocus();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in to PosDesk"));
    switch (m_locked) {
    case Locked::No:
        m_title->setText(tr("Sign in to PosDesk"));
        break;
    case Locked::AfterPause:
        m_title->setText(tr("The screen was locked after a pause. Sign in again to continue."));
        break;
    case Locked::ByHand:
        m_title->setText(tr("%1 locked the screen. Sign in to continue.").arg(m_previousUser));
        break;
    case Locked::SwitchUser:
        m_title->setText(tr("Switch user: sign in with your own name and password."));
        break;
    }
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("&Language:"));
    m_signIn->setText(tr("Sign in"));
    m_quit->setText(m_locked != Locked::No ? tr("Quit PosDesk") : tr("Quit"));
    m_password->setPlaceholderText(tr("at least 12 characters"));
    m_language.fillPicker(m_languageBox);
    if (m_demo)
        m_demoHint->setText(
            tr("Demo shop. Sign in as one of:\n• %1 / %2 — owner, sees everything\n• %3 / %4 — "
               "cashier, sells at the till\n• %5 / %6 — accountant, settles and reads alerts")
                .arg(QString::fromLatin1(DemoUsers::kOwner), QString::fromLatin1(DemoUsers::kOwnerPassword),
                     QString::fromLatin1(DemoUsers::kCashier), QString::fromLatin1(DemoUsers::kCashierPassword),
                     QString::fromLatin1(DemoUsers::kAccountant), QString::fromLatin1(DemoUsers::kAccountantPassword)));
}

void LoginDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

void LoginDialog::setLocked(const QString &previousUser, Locked why)
{
    m_locked = why;
    m_previousUser = previousUser;
    m_user->setText(why == Locked::SwitchUser ? QString() : previousUser);
    m_password->clear();
    m_error->hide();
    retranslate();
    if (why == Locked::SwitchUser)
        m_user->setFocus();
    else
        m_password->setFocus();
}

QString LoginDialog::titleText() const
{
    return m_title->text();
}

void LoginDialog::trySignIn()
{
    const QString name = m_user->text().trimmed();
    if (name.isEmpty()) {
        m_error->setText(tr("Type your user name."));
        m_error->show();
        m_user->setFocus();
        return;
    }
    // Hashing the password with argon2id takes a moment by design; say so rather than look frozen.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_users.login(name, m_password->text(), QStringLiteral("gui"));
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_actor = *result;
    m_error->hide();
    accept();
}

} // namespace posdesk::desktop
