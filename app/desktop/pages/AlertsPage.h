#pragma once

#include <QWidget>

class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// Open and past incidents, newest first.
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(AppSession &session, QWidget *parent = nullptr);
    void refresh();

protected:
    void showEvent(QShowEvent *e) override;

private:
    AppSession &m_session;
    QTableWidget *m_table = nullptr;
};

} // namespace posdesk::desktop
