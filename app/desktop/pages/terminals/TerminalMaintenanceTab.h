#pragma once

#include "pages/terminals/TerminalTab.h"

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

// The terminal's maintenance and software-update schedule: what is still to do, overdue and soon-due items
// highlighted, a button to mark the selected one done and a form to schedule another.
class TerminalMaintenanceTab : public TerminalTab
{
    Q_OBJECT
public:
    explicit TerminalMaintenanceTab(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;

    bool schedule();
    bool markSelectedDone();

protected:
    void retranslate() override;
    void reload() override;
    void updateEditing() override;

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_doneNoteLabel = nullptr;
    QLineEdit *m_doneNote = nullptr;
    QPushButton *m_done = nullptr;
    QGroupBox *m_addBox = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_dueLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_schedule = nullptr;
};

} // namespace posdesk::desktop
