#include "pages/UsersPage.h"

#include "counter/CashierNumbers.h"
#include "security/PasswordPolicy.h"
#include "security/Permissions.h"
#include "security/UserService.h"
#include "shell/AppSession.h"
#include "shell/MessageBox.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {

QString when(std::optional<TimeMs> ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QStringLiteral("—");
}

QLineEdit *passwordField(QWidget *parent, const QString &name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

} // namespace

UsersPage::UsersPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_heading = Page::headingLabel(this);
    m_hint = Page::hintLabel(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);

    m_users = Page::listTable(this, QStringLiteral("userTable"), 6);
    layout->addWidget(m_users, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("userMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *lower = new QHBoxLayout;
    m_selectedBox = new QGroupBox(this);
    auto *sel = new QGridLayout(m_selectedBox);
    m_roleLabel = new QLabel(m_selectedBox);
    m_role = new QComboBox(m_selectedBox);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_setRole = new QPushButton(m_selectedBox);
    m_setRole->setObjectName(QStringLiteral("setRoleButton"));
    m_disable = new QPushButton(m_selectedBox);
    m_disable->setObjectName(QStringLiteral("disableButton"));
    m_resetLabel = new QLabel(m_selectedBox);
    m_resetLabel->setWordWrap(true);
    m_resetPassword = passwordField(m_selectedBox, QStringLiteral("resetPassword"));
    m_resetRepeat = passwordField(m_selectedBox, QStringLiteral("resetRepeat"));
    m_reset = new QPushButton(m_selectedBox);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    sel->addWidget(m_roleLabel, 0, 0);
    sel->addWidget(m_role, 0, 1);
    sel->addWidget(m_setRole, 0, 2);
    sel->addWidget(m_disable, 1, 1, 1, 2, Qt::AlignLeft);
    sel->addWidget(m_resetLabel, 2, 0, 1, 3);
    sel->addWidget(m_resetPassword, 3, 0, 1, 2);
    sel->addWidget(m_resetRepeat, 4, 0, 1, 2);
    sel->addWidget(m_reset, 4, 2);
    // The number printed as 操作员 on the user's slips.
    m_numberLabel = new QLabel(m_selectedBox);
    m_number = new QLineEdit(m_selectedBox);
    m_number->setObjectName(QStringLiteral("cashierNumber"));
    m_number->setMaxLength(3);
    m_number->setPlaceholderText(QStringLiteral("01"));
    m_numberLabel->setBuddy(m_number);
    m_setNumber = new QPushButton(m_selectedBox);
    m_setNumber->setObjectName(QStringLiteral("setCashierNumber"));
    sel->addWidget(m_numberLabel, 5, 0);
    sel->addWidget(m_number, 5, 1);
    sel->addWidget(m_setNumber, 5, 2);
    sel->setColumnStretch(1, 1);
    lower->addWidget(m_selectedBox, 1);

    m_addBox = new QGroupBox(this);
    auto *add = new QGridLayout(m_addBox);
    m_newNameLabel = new QLabel(m_addBox);
    m_newName = new QLineEdit(m_addBox);
    m_newName->setObjectName(QStringLiteral("newUsername"));
    m_newRoleLabel = new QLabel(m_addBox);
    m_newRole = new QComboBox(m_addBox);
    m_newRole->setObjectName(QStringLiteral("newRole"));
    m_newPasswordLabel = new QLabel(m_addBox);
    m_newPassword = passwordField(m_addBox, QStringLiteral("newPassword"));
    m_newRepeatLabel = new QLabel(m_addBox);
    m_newRepeat = passwordField(m_addBox, QStringLiteral("newRepeat"));
    m_add = new QPushButton(m_addBox);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    int row = 0;
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_newNameLabel, m_newName},
                                {m_newRoleLabel, m_newRole},
                                {m_newPasswordLabel, m_newPassword},
                                {m_newRepeatLabel, m_newRepeat}}) {
        add->addWidget(label, row, 0);
        add->addWidget(field, row++, 1);
    }
    add->addWidget(m_add, row, 1, Qt::AlignLeft);
    add->setColumnStretch(1, 1);
    lower->addWidget(m_addBox, 1);
    layout->addLayout(lower);

    connect(m_users, &QTableWidget::itemSelectionChanged, this, &UsersPage::onSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_newRepeat, &QLineEdit::returnPressed, this, &UsersPage::addUser);
    connect(m_setRole, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_setNumber, &QPushButton::clicked, this, &UsersPage::setCashierNumber);
    connect(m_number, &QLineEdit::returnPressed, this, &UsersPage::setCashierNumber);
    retranslate();
}

QString UsersPage::title() const
{
    return tr("Users");
}

void UsersPage::fillRoles(QComboBox *combo)
{
    const QVariant keep = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    for (Role r : kAllRoles)
        combo->addItem(displayName(r), int(r));
    const int i = combo->findData(keep);
    combo->setCurrentIndex(i >= 0 ? i : combo->findData(int(Role::Cashier)));
}

void UsersPage::retranslate()
{
    m_heading->setText(tr("Users"));
    m_hint->setText(tr("Who may sign in, and what each may do: cashiers sell, accountants settle and export, owners "
                       "do everything. Passwords have at least %1 characters.")
                        .arg(PasswordPolicy::kMinimumLength));
    m_users->setHorizontalHeaderLabels(
        {tr("User"), tr("Role"), tr("State"), tr("Password changed"), tr("Created"), tr("Cashier No.")});
    m_numberLabel->setText(tr("Cashier &No.:"));
    m_setNumber->setText(tr("Set number"));
    m_selectedBox->setTitle(tr("Selected user"));
    m_roleLabel->setText(tr("Role"));
    m_setRole->setText(tr("Change role"));
    m_resetLabel->setText(tr("Set a new password (also lifts a lock-out); tell the user in person:"));
    m_resetPassword->setPlaceholderText(tr("New password"));
    m_resetRepeat->setPlaceholderText(tr("Repeat the new password"));
    m_reset->setText(tr("Set password"));
    m_addBox->setTitle(tr("Add a user"));
    m_newNameLabel->setText(tr("User name"));
    m_newRoleLabel->setText(tr("Role"));
    m_newPasswordLabel->setText(tr("Password"));
    m_newRepeatLabel->setText(tr("Repeat password"));
    m_newPassword->setPlaceholderText(tr("at least %1 characters").arg(PasswordPolicy::kMinimumLength));
    m_add->setText(tr("Add user"));
    fillRoles(m_role);
    fillRoles(m_newRole);
    if (isVisible())
        refresh();
    else
        onSelectionChanged();
}

void UsersPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
}

void UsersPage::say(std::function<QString()> render, bool error)
{
    showStatus(m_message, error ? Tone::Bad : Tone::Good, std::move(render));
}

QString UsersPage::messageText() const
{
    return m_message->text();
}

QString UsersPage::selectedUser() const
{
    const int row = m_users->currentRow();
    return row >= 0 && m_users->item(row, 0) ? m_users->item(row, 0)->text() : QString();
}

bool UsersPage::selectUser(const QString &username)
{
    for (int r = 0; r < m_users->rowCount(); ++r) {
        if (m_users->item(r, 0)->text() == username) {
            m_users->selectRow(r);
            return true;
        }
    }
    return false;
}

void UsersPage::refresh()
{
    // Only for those who may manage users: listing them otherwise is a refusal on the audit trail.
    if (m_actor.name.isEmpty() || !allowed(m_actor, Permission::ManageUsers))
        return;
    const QString keep = selectedUser();
    auto users = m_session.users().list(m_actor);
    if (!users) {
        say([=, this] { return users.error().message; }, true);
        return;
    }
    const TimeMs now = m_session.clock().nowMs();
    {
        const QSignalBlocker block(m_users);
        m_users->setRowCount(0);
        for (const User &u : *users) {
            const int row = m_users->rowCount();
            m_users->insertRow(row);
            auto *name = new QTableWidgetItem(u.username);
            name->setData(Qt::UserRole, int(u.role));
            name->setData(Qt::UserRole + 1, u.disabled);
            m_users->setItem(row, 0, name);
            m_users->setItem(row, 1, new QTableWidgetItem(displayName(u.role)));
            QString state = tr("active");
            QColor colour(QStringLiteral("#15803d"));
            if (u.disabled) {
                state = tr("disabled");
                colour = QColor(QStringLiteral("#5b6675"));
            } else if (u.lockedUntil && *u.lockedUntil > now) {
                state = tr("locked out until %1 (wrong passwords)").arg(when(u.lockedUntil));
                colour = QColor(QStringLiteral("#b91c1c"));
            }
            auto *stateItem = new QTableWidgetItem(state);
            stateItem->setForeground(colour);
            m_users->setItem(row, 2, stateItem);
            m_users->setItem(row, 3, new QTableWidgetItem(when(u.passwordChangedAt)));
            m_users->setItem(row, 4, new QTableWidgetItem(when(u.createdAt)));
            auto number = CashierNumbers::of(m_session.db(), u.username);
            m_users->setItem(row, 5, new QTableWidgetItem(number ? *number : QString()));
        }
        m_users->resizeColumnsToContents(); // a shop has a handful of users
        m_users->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    }
    if (!selectUser(keep) && m_users->rowCount() > 0)
        m_users->selectRow(0);
    onSelectionChanged();
}

void UsersPage::onSelectionChanged()
{
    const int row = m_users->currentRow();
    const bool any = row >= 0 && m_users->item(row, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_role, m_setRole, m_disable, m_resetPassword, m_resetRepeat,
                                                       m_reset, m_number, m_setNumber})
        w->setEnabled(any);
    m_number->setText(any && m_users->item(row, 5) ? m_users->item(row, 5)->text() : QString());
    m_selectedBox->setTitle(any ? tr("Selected user: %1").arg(selectedUser()) : tr("Selected user"));
    if (!any) {
        m_disable->setText(tr("Disable"));
        return;
    }
    const QSignalBlocker block(m_role);
    m_role->setCurrentIndex(m_role->findData(m_users->item(row, 0)->data(Qt::UserRole).toInt()));
    m_disable->setText(m_users->item(row, 0)->data(Qt::UserRole + 1).toBool() ? tr("Enable") : tr("Disable"));
}

void UsersPage::addUser()
{
    const QString name = m_newName->text().trimmed();
    const QString password = m_newPassword->text();
    if (const QString problem = UserService::usernameProblem(name); !problem.isEmpty()) {
        say([=, this] { return problem; }, true);
        return;
    }
    if (password != m_newRepeat->text()) {
        say([=, this] { return tr("The two passwords differ. Type the same password twice."); }, true);
        return;
    }
    if (const QString problem = PasswordPolicy::problem(name, password); !problem.isEmpty()) {
        say([=, this] { return problem; }, true);
        return;
    }
    const auto role = static_cast<Role>(m_newRole->currentData().toInt());
    auto added = m_session.users().addUser(m_actor, name, role, password);
    m_newPassword->clear();
    m_newRepeat->clear();
    if (!added) {
        say([=, this] { return tr("%1 was not added: %2").arg(name, added.error().message); }, true);
        return;
    }
    m_newName->clear();
    refresh();
    selectUser(name);
    say([=, this] { return tr("%1 can now sign in as %2.").arg(name, displayName(role)); }, false);
}

void UsersPage::setCashierNumber()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    const QString number = m_number->text().trimmed();
    if (auto s = CashierNumbers::set(m_session.db(), m_session.clock(), m_actor, name, number); !s) {
        say([=, this] { return tr("The cashier number of %1 was not set: %2").arg(name, s.error().message); }, true);
        return;
    }
    refresh();
    say(
        [=, this] {
            return number.isEmpty() ? tr("%1 has no cashier number now; slips show the user name.").arg(name)
                                    : tr("%1 prints as operator %2 on slips.").arg(name, number);
        },
        false);
}

void UsersPage::changeRole()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    if (auto s = m_session.users().setRole(m_actor, name, role); !s) {
        say([=, this] { return tr("The role of %1 was not changed: %2").arg(name, s.error().message); }, true);
        return;
    }
    refresh();
    say([=, this] { return tr("%1 is now %2.").arg(name, displayName(role)); }, false);
}

void UsersPage::toggleDisabled()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    const bool disable = !m_users->item(m_users->currentRow(), 0)->data(Qt::UserRole + 1).toBool();
    if (disable && MessageBox::confirm(this, tr("Disable %1").arg(name),
                                       tr("%1 will not be able to sign in until enabled again. Disable?").arg(name),
                                       tr("Disable")) != MessageBox::Answer::Confirm)
        return;
    if (auto s = m_session.users().setDisabled(m_actor, name, disable); !s) {
        say([=, this] { return s.error().message; }, true);
        return;
    }
    refresh();
    say([=, this] { return disable ? tr("%1 is disabled.").arg(name) : tr("%1 may sign in again.").arg(name); }, false);
}

void UsersPage::resetPassword()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    const QString password = m_resetPassword->text();
    if (password != m_resetRepeat->text()) {
        say([=, this] { return tr("The two passwords differ. Type the same password twice."); }, true);
        return;
    }
    auto s = m_session.users().changePassword(m_actor, name, password);
    m_resetPassword->clear();
    m_resetRepeat->clear();
    if (!s) {
        say([=, this] { return tr("The password of %1 was not changed: %2").arg(name, s.error().message); }, true);
        return;
    }
    refresh();
    say([=, this] { return tr("%1 has a new password. Tell it to them in person.").arg(name); }, false);
}

} // namespace posdesk::desktop
