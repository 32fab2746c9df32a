#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace posdesk::desktop {

class AppSession;

// The main window: side navigation, one page per screen, status bar with link and device state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppSession &session, QWidget *parent = nullptr);

    // Selects a page by its object name ("dashboard", "terminals", "alerts").
    bool showPage(const QString &name);
    QStringList pageNames() const;

private:
    void addPage(QWidget *page, const QString &name, const QString &title);
    void refreshStatus();

    AppSession &m_session;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_alertLabel = nullptr;
};

} // namespace posdesk::desktop
