#pragma once

#include "security/Actor.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QSystemTrayIcon;

namespace posdesk::desktop {

class AlertBanner;
class AppSession;
class HostLinkMonitor;
class Language;
class Page;

// The main window: side navigation by role, one page per screen, the alert banner across the top, and a status bar
// with the host link, printer and reader state, who is signed in, and the open-alert badge.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppSession &session, Language &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Who is signed in: the navigation shows only the pages of that role.
    void setActor(const Actor &actor);
    const Actor &actor() const { return m_actor; }

    // Selects a page by its object name ("dashboard", "till", "alerts", …); false when the role may not see it.
    bool showPage(const QString &name);
    QString currentPage() const;
    // The pages the signed-in user can reach, in navigation order.
    QStringList pageNames() const;
    Page *page(const QString &name) const;
    AlertBanner *banner() const { return m_banner; }
    HostLinkMonitor *hostLink() const { return m_hostLink; }
    int openAlertCount() const { return m_openAlerts; }

    // The banner's button, the tray message and the Alerts page all call this: the Alerts page with the incident
    // selected and its remediation wizard open (for those who may handle incidents).
    void openRemediation(qint64 incidentId);

signals:
    void lockRequested();
    // Someone else signs in on this till (the lock screen, with the name field empty).
    void switchUserRequested();
    // The idle-lock minutes were changed in Settings.
    void idleLockChanged();

protected:
    void changeEvent(QEvent *e) override;

private:
    void addPage(Page *page, const QString &name);
    void retranslate();
    void refreshStatus();
    void refreshDevices();
    void showAbout();
    void onIncidentOpened(qint64 incidentId);
    void onIncidentChanged(qint64 incidentId);
    void showBlockingIncidents();
    void setUpTray();

    AppSession &m_session;
    Language &m_language;
    Actor m_actor;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    AlertBanner *m_banner = nullptr;
    HostLinkMonitor *m_hostLink = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_printerLabel = nullptr;
    QLabel *m_readerLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QPushButton *m_lockButton = nullptr;
    QPushButton *m_switchButton = nullptr;
    QPushButton *m_aboutButton = nullptr;
    QPushButton *m_alertBadge = nullptr;
    qint64 m_trayIncident = 0;
    int m_openAlerts = 0;
};

} // namespace posdesk::desktop
