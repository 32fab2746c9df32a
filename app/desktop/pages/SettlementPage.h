#pragma once

#include "pages/Page.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// End of day: each terminal's open batch with its totals as the terminal counts them, a Settle button that runs
// the settlement (reversals, 0500, batch upload if the host disagrees) without freezing the window, the verdict,
// and the closed batches of the selected terminal.
class SettlementPage : public Page
{
    Q_OBJECT
public:
    explicit SettlementPage(AppSession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh();
    bool isSettling() const { return m_settling; }
    QString resultText() const;
    bool selectTerminal(const QString &tid);
    // Settles the selected terminal (asks first).
    void settleSelected();

signals:
    void settled(bool ok);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    QString selectedTid() const;
    void showHistory();
    void setSettling(bool on, const QString &tid = {});

    AppSession &m_session;
    bool m_settling = false;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QTableWidget *m_open = nullptr;
    QPushButton *m_settle = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_historyHeading = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace posdesk::desktop
