#include "pages/SettingsPage.h"

#include "pages/settings/ShopRecordsViews.h"
#include "security/Permissions.h"
#include "security/UserService.h"
#include "shell/AppSession.h"
#include "shell/Language.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

SettingsPage::SettingsPage(AppSession &session, Language &language, QWidget *parent)
    : Page(parent), m_session(session), m_language(language)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_heading = Page::headingLabel(this);
    layout->addWidget(m_heading);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    layout->addWidget(m_tabs, 1);
    auto *general = new QWidget(m_tabs);
    general->setObjectName(QStringLiteral("generalSettings"));
    auto *generalLayout = new QVBoxLayout(general);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("languageChoice"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_languageBox);
    form->addRow(m_languageLabel, m_languageBox);

    auto *idleRow = new QHBoxLayout;
    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idle->setRange(1, UserService::kMaxIdleLockMinutes);
    m_saveIdle = new QPushButton(this);
    m_saveIdle->setObjectName(QStringLiteral("saveIdleLock"));
    idleRow->addWidget(m_idle);
    idleRow->addWidget(m_saveIdle);
    idleRow->addStretch(1);
    m_idleLabel = new QLabel(this);
    m_idleLabel->setBuddy(m_idle);
    form->addRow(m_idleLabel, idleRow);
    m_idleNote = Page::hintLabel(this);
    form->addRow(QString(), m_idleNote);

    m_data = new QLabel(this);
    m_data->setObjectName(QStringLiteral("dataLocation"));
    m_data->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_data->setWordWrap(true);
    m_dataLabel = new QLabel(this);
    form->addRow(m_dataLabel, m_data);
    m_engine = new QLabel(this);
    m_engineLabel = new QLabel(this);
    form->addRow(m_engineLabel, m_engine);
    generalLayout->addLayout(form);
    generalLayout->addStretch(1);
    m_tabs->addTab(general, QString());
    m_acquirers = new AcquirerProfilesView(m_session, m_tabs);
    m_acquirers->setObjectName(QStringLiteral("acquirerProfiles"));
    m_tabs->addTab(m_acquirers, QString());
    m_merchants = new MerchantsView(m_session, m_tabs);
    m_merchants->setObjectName(QStringLiteral("merchants"));
    m_tabs->addTab(m_merchants, QString());

    connect(m_languageBox, &QComboBox::activated, this,
            [this](int index) { chooseLanguage(m_languageBox->itemData(index).toInt()); });
    connect(m_saveIdle, &QPushButton::clicked, this, &SettingsPage::saveIdleLock);
    retranslate();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::chooseLanguage(int choice)
{
    // Every open screen gets LanguageChange and retranslates itself; nothing needs a restart.
    m_language.choose(Language::Choice(choice));
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Acquirer profiles"));
    m_tabs->setTabText(2, tr("Merchants"));
    m_languageLabel->setText(tr("&Language:"));
    m_language.fillPicker(m_languageBox);
    m_idleLabel->setText(tr("&Lock the screen after:"));
    m_idle->setSuffix(tr(" min without input"));
    m_saveIdle->setText(tr("Save"));
    m_dataLabel->setText(tr("Data:"));
    m_engineLabel->setText(tr("Database:"));
    const bool sqlite = m_session.db().engine() == DbEngine::Sqlite;
    m_engine->setText(sqlite ? tr("SQLite file on this PC") : tr("PostgreSQL server (shared by several tills)"));
    m_data->setText(sqlite ? QDir::toNativeSeparators(m_session.db().config().sqlitePath)
                           : m_session.db().config().describe());
    setActor(m_actor);
}

void SettingsPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    m_acquirers->setActor(actor);
    m_merchants->setActor(actor);
    const bool may = !actor.name.isEmpty() && allowed(actor, Permission::ChangeSettings);
    m_idle->setEnabled(may);
    m_saveIdle->setEnabled(may);
    m_idleNote->setText(may ? tr("At most %1 minutes (PCI DSS). Applies to every till on this database.")
                                  .arg(UserService::kMaxIdleLockMinutes)
                            : tr("Only the owner can change this."));
}

void SettingsPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    m_acquirers->reload();
    m_merchants->reload();
    if (auto minutes = m_session.users().idleLockMinutes())
        m_idle->setValue(*minutes);
}

void SettingsPage::saveIdleLock()
{
    auto s = m_session.users().setIdleLockMinutes(m_actor, m_idle->value());
    if (!s) {
        m_idleNote->setText(s.error().message);
        return;
    }
    m_idleNote->setText(tr("Saved: the screen locks after %n minute(s) without input.", nullptr, m_idle->value()));
    emit idleLockChanged();
}

} // namespace posdesk::desktop
