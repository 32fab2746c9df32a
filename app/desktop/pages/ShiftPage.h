#pragma once

#include "pages/Page.h"

class QLabel;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// The signed-in cashier's own transactions today, with the day's takings: what a cashier may see of the history.
class ShiftPage : public Page
{
    Q_OBJECT
public:
    explicit ShiftPage(AppSession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh();

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    AppSession &m_session;
    QLabel *m_heading = nullptr;
    QLabel *m_totals = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace posdesk::desktop
