#pragma once

#include "pages/Page.h"

#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;
class EnrolTerminalWizard;
class TerminalTab;

// The shop's terminals with their lifecycle state, coloured by health, and the selected terminal's details,
// lifecycle, documents, costs and maintenance in tabs. The owner enrols new terminals from here.
class TerminalsPage : public Page
{
    Q_OBJECT
public:
    explicit TerminalsPage(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;
    void setActor(const Actor &actor) override;
    void refresh();

    bool selectTerminal(const QString &tid);
    QString selectedTid() const;
    // Opens the "Enrol terminal" wizard (window-modal); the new terminal is selected when it is recorded.
    EnrolTerminalWizard *openEnrolWizard();
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    void showSelected();

    AppSession &m_session;
    QLabel *m_heading = nullptr;
    QPushButton *m_enrol = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::vector<TerminalTab *> m_tabPages;
};

} // namespace posdesk::desktop
