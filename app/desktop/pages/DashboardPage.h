#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace posdesk::desktop {

class AppSession;

// What the owner reads at a glance: today's takings, 90-day trend, card mix, terminals, incidents.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(AppSession &session, QWidget *parent = nullptr);
    void refresh();

protected:
    void showEvent(QShowEvent *e) override;

private:
    QWidget *makeTile(const QString &objectName, const QString &title, QLabel **value);

    AppSession &m_session;
    QLabel *m_today = nullptr;
    QLabel *m_month = nullptr;
    QLabel *m_alerts = nullptr;
    QLabel *m_terminals = nullptr;
    QGridLayout *m_charts = nullptr;
};

} // namespace posdesk::desktop
