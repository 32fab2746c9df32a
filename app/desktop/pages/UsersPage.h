#pragma once

#include <functional>

#include "pages/Page.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// The owner's list of users with their role and whether they are disabled or locked out, and the changes the owner
// makes: add a user, change a role, disable or enable, set a new password. UserService checks each change again
// (permission, password policy, never the last owner) and audits it.
class UsersPage : public Page
{
    Q_OBJECT
public:
    explicit UsersPage(AppSession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh();
    bool selectUser(const QString &username);
    QString messageText() const;

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    QString selectedUser() const;
    void onSelectionChanged();
    void addUser();
    void changeRole();
    void toggleDisabled();
    void resetPassword();
    void setCashierNumber();
    // The page's outcome line; drawn again when the language changes.
    void say(std::function<QString()> render, bool error);
    void fillRoles(QComboBox *combo);

    AppSession &m_session;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QTableWidget *m_users = nullptr;
    QLabel *m_message = nullptr;

    QGroupBox *m_selectedBox = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_setRole = nullptr;
    QPushButton *m_disable = nullptr;
    QLabel *m_resetLabel = nullptr;
    QLineEdit *m_resetPassword = nullptr;
    QLineEdit *m_resetRepeat = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_number = nullptr;
    QPushButton *m_setNumber = nullptr;

    QGroupBox *m_addBox = nullptr;
    QLabel *m_newNameLabel = nullptr;
    QLabel *m_newRoleLabel = nullptr;
    QLabel *m_newPasswordLabel = nullptr;
    QLabel *m_newRepeatLabel = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newRole = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_newRepeat = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace posdesk::desktop
