#pragma once

#include "pages/Page.h"

class QLabel;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// The shop's terminals with their lifecycle state, coloured by health.
class TerminalsPage : public Page
{
    Q_OBJECT
public:
    explicit TerminalsPage(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;
    void refresh();

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    AppSession &m_session;
    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace posdesk::desktop
