#pragma once

#include "pages/Page.h"

class QGridLayout;
class QLabel;

namespace posdesk::desktop {

class AppSession;

// What the owner reads at a glance: today's takings, 90-day trend, card mix, terminals, incidents.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;
    void refresh();
    // A card scheme as stored (UnionPay, Visa …) in the current language.
    static QString schemeText(const QString &scheme);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    QWidget *makeTile(const QString &objectName, QLabel **caption, QLabel **value);

    AppSession &m_session;
    QLabel *m_todayCaption = nullptr;
    QLabel *m_monthCaption = nullptr;
    QLabel *m_alertsCaption = nullptr;
    QLabel *m_terminalsCaption = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_month = nullptr;
    QLabel *m_alerts = nullptr;
    QLabel *m_terminals = nullptr;
    QGridLayout *m_charts = nullptr;
};

} // namespace posdesk::desktop
