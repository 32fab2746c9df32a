#pragma once

#include <QWidget>

class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// The shop's terminals with their lifecycle state, coloured by health.
class TerminalsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalsPage(AppSession &session, QWidget *parent = nullptr);
    void refresh();

protected:
    void showEvent(QShowEvent *e) override;

private:
    AppSession &m_session;
    QTableWidget *m_table = nullptr;
};

} // namespace posdesk::desktop
