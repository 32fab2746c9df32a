#pragma once

#include "pages/Page.h"

class QLabel;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;
class DrawerCount;

// The signed-in cashier's own transactions today, with the day's takings: what a cashier may see of the history.
class ShiftPage : public Page
{
    Q_OBJECT
public:
    explicit ShiftPage(AppSession &session, QWidget *parent = nullptr);

    QString title() const override;
    void setActor(const Actor &actor) override;
    void refresh();
    DrawerCount *drawer() const { return m_drawer; }

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    AppSession &m_session;
    QLabel *m_heading = nullptr;
    QLabel *m_totals = nullptr;
    QTableWidget *m_table = nullptr;
    DrawerCount *m_drawer = nullptr;
};

} // namespace posdesk::desktop
