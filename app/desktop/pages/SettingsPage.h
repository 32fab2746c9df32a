#pragma once

#include "pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QThread;

namespace posdesk::desktop {

class AcquirerProfilesView;
class AppSession;
class Language;
class MerchantsView;

// Settings: the language (for everyone, applied at once), the idle-lock minutes (owner), where the data lives, and
// the shop's acquirer profiles and merchant records (the owner changes them; others read).
class SettingsPage : public Page
{
    Q_OBJECT
public:
    SettingsPage(AppSession &session, Language &language, QWidget *parent = nullptr);
    ~SettingsPage() override;

    QString title() const override;
    void setActor(const Actor &actor) override;
    // Picks a language as the combo box would; for tests.
    void chooseLanguage(int choice);
    QString databaseNote() const;
    bool isCheckingServer() const;

signals:
    void idleLockChanged();

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    void saveIdleLock();
    // The shared database: which one the next start uses, checked before it is saved.
    void showDatabaseChoice();
    void useServer();
    void useFile();

    AppSession &m_session;
    Language &m_language;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    AcquirerProfilesView *m_acquirers = nullptr;
    MerchantsView *m_merchants = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idle = nullptr;
    QPushButton *m_saveIdle = nullptr;
    QLabel *m_idleNote = nullptr;
    QLabel *m_dataLabel = nullptr;
    QLabel *m_data = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_engine = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QPushButton *m_useServer = nullptr;
    QPushButton *m_useFile = nullptr;
    QLabel *m_databaseNote = nullptr;
    QThread *m_check = nullptr; // the connection check in flight
};

} // namespace posdesk::desktop
