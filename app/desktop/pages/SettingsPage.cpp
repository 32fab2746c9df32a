#include "pages/SettingsPage.h"

#include "pages/settings/ShopRecordsViews.h"
#include "security/Permissions.h"
#include "security/UserService.h"
#include "shell/AppSession.h"
#include "shell/DatabaseChoice.h"
#include "shell/Language.h"
#include "storage/UnitOfWork.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
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
    // Several tills on one shared PostgreSQL server: checked now, used from the next start.
    auto *serverRow = new QHBoxLayout;
    m_serverUrl = new QLineEdit(this);
    m_serverUrl->setObjectName(QStringLiteral("databaseServerUrl"));
    m_serverUrl->setText(DatabaseChoice::savedServerUrl());
    m_useServer = new QPushButton(this);
    m_useServer->setObjectName(QStringLiteral("useDatabaseServer"));
    m_useFile = new QPushButton(this);
    m_useFile->setObjectName(QStringLiteral("useDatabaseFile"));
    serverRow->addWidget(m_serverUrl, 1);
    serverRow->addWidget(m_useServer);
    serverRow->addWidget(m_useFile);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_serverUrl);
    form->addRow(m_serverLabel, serverRow);
    m_databaseNote = Page::hintLabel(this);
    m_databaseNote->setObjectName(QStringLiteral("databaseNote"));
    form->addRow(QString(), m_databaseNote);
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
    connect(m_useServer, &QPushButton::clicked, this, &SettingsPage::useServer);
    connect(m_useFile, &QPushButton::clicked, this, &SettingsPage::useFile);
    retranslate();
}

SettingsPage::~SettingsPage()
{
    if (m_check)
        m_check->wait(); // a connection check in flight finishes before the page goes
}

QString SettingsPage::databaseNote() const
{
    return m_databaseNote->text();
}

bool SettingsPage::isCheckingServer() const
{
    return m_check != nullptr;
}

void SettingsPage::showDatabaseChoice()
{
    const QString saved = DatabaseChoice::savedServerUrl();
    const bool onServer = m_session.db().engine() == DbEngine::Postgres;
    m_useFile->setVisible(!saved.isEmpty());
    if (!saved.isEmpty() && !onServer) {
        showStatus(m_databaseNote, Tone::Good,
                   [saved] { return tr("From the next start PosDesk uses the server %1.").arg(saved); });
        return;
    }
    showStatus(m_databaseNote, Tone::Plain, [] {
        return tr("Several tills can share one PostgreSQL database: type its address and PosDesk checks it now and "
                  "uses it from the next start. The data in this PC's file is not copied to the server.");
    });
}

void SettingsPage::useServer()
{
    const QString url = m_serverUrl->text().trimmed();
    if (const QString problem = DatabaseChoice::serverUrlProblem(url); !problem.isEmpty()) {
        showStatus(m_databaseNote, Tone::Bad, [problem] { return problem; });
        return;
    }
    if (auto s = require(m_session.db(), m_session.clock(), m_actor, Permission::ChangeSettings,
                         QStringLiteral("settings database"));
        !s) {
        showStatus(m_databaseNote, Tone::Bad, [message = s.error().message] { return message; });
        return;
    }
    auto config = DbConfig::fromUrl(url);
    if (!config || m_check)
        return;
    // Off this thread: an unreachable server takes seconds to give up, and the screen must not freeze meanwhile.
    auto outcome = std::make_shared<QString>();
    m_check = QThread::create([config = *config, outcome] {
        auto db = Database::open(config); // connects and prepares PosDesk's tables there
        *outcome = db ? QString() : db.error().message;
    });
    m_check->setObjectName(QStringLiteral("database-check"));
    m_check->setParent(this); // the destructor waits for it first
    m_useServer->setEnabled(false);
    showStatus(m_databaseNote, Tone::Plain,
               [described = config->describe()] { return tr("Connecting to %1…").arg(described); });
    connect(m_check, &QThread::finished, this, [this, outcome, url, described = config->describe()] {
        m_check->deleteLater();
        m_check = nullptr;
        m_useServer->setEnabled(allowed(m_actor, Permission::ChangeSettings));
        if (!outcome->isEmpty()) {
            showStatus(m_databaseNote, Tone::Bad, [described, reason = *outcome] {
                return tr("PosDesk could not use %1: %2 Nothing was changed.").arg(described, reason);
            });
            return;
        }
        DatabaseChoice::saveServerUrl(url);
        {
            UnitOfWork uow(m_session.db());
            if (uow.isActive() && audit(m_session.db(), m_session.clock(), m_actor, QStringLiteral("settings.change"),
                                        QStringLiteral("settings database"), QStringLiteral("ok"), described))
                (void)uow.commit();
        }
        m_useFile->setVisible(true);
        showStatus(m_databaseNote, Tone::Good, [described] {
            return tr("Connected to %1; PosDesk's tables are ready there. Restart PosDesk to use this server; the data "
                      "in this PC's file stays here.")
                .arg(described);
        });
    });
    m_check->start();
}

void SettingsPage::useFile()
{
    if (auto s = require(m_session.db(), m_session.clock(), m_actor, Permission::ChangeSettings,
                         QStringLiteral("settings database"));
        !s) {
        showStatus(m_databaseNote, Tone::Bad, [message = s.error().message] { return message; });
        return;
    }
    DatabaseChoice::saveServerUrl(QString());
    {
        UnitOfWork uow(m_session.db());
        if (uow.isActive() &&
            audit(m_session.db(), m_session.clock(), m_actor, QStringLiteral("settings.change"),
                  QStringLiteral("settings database"), QStringLiteral("ok"), QStringLiteral("this PC's SQLite file")))
            (void)uow.commit();
    }
    m_useFile->setVisible(false);
    showStatus(m_databaseNote, Tone::Good,
               [] { return tr("From the next start PosDesk uses this PC's SQLite file again."); });
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
    m_idleLabel->setText(tr("Loc&k the screen after:"));
    m_idle->setSuffix(tr(" min without input"));
    m_saveIdle->setText(tr("Save"));
    m_dataLabel->setText(tr("Data:"));
    m_engineLabel->setText(tr("Database:"));
    const bool sqlite = m_session.db().engine() == DbEngine::Sqlite;
    m_engine->setText(sqlite ? tr("SQLite file on this PC") : tr("PostgreSQL server (shared by several tills)"));
    m_data->setText(sqlite ? QDir::toNativeSeparators(m_session.db().config().sqlitePath)
                           : m_session.db().config().describe());
    m_serverLabel->setText(tr("&Shared server:"));
    m_serverUrl->setPlaceholderText(tr("postgresql://posdesk@192.168.1.10/shop"));
    m_useServer->setText(tr("Check and use from the next start"));
    m_useFile->setText(tr("Use this PC's file again"));
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
    m_serverUrl->setEnabled(may);
    m_useServer->setEnabled(may && !m_check);
    m_useFile->setEnabled(may);
    if (!m_check)
        showDatabaseChoice();
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
