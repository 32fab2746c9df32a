#pragma once

#include "pages/terminals/TerminalTab.h"

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

// The terminal's way through enrolment: every recorded move with who, when and why, and one button per move the
// lifecycle allows from here. Any other move can be asked for too; EnrollmentService refuses it and says why.
class TerminalLifecycleTab : public TerminalTab
{
    Q_OBJECT
public:
    explicit TerminalLifecycleTab(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;

    // Asks EnrollmentService for the move, with the note typed; a refusal's reason shows under the buttons.
    bool moveTo(TerminalState to);

protected:
    void retranslate() override;
    void reload() override;
    void updateEditing() override;

private:
    void rebuildMoveButtons();

    QLabel *m_current = nullptr;
    QTableWidget *m_timeline = nullptr;
    QLabel *m_nextLabel = nullptr;
    QHBoxLayout *m_moveButtons = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_otherLabel = nullptr;
    QComboBox *m_other = nullptr;
    QPushButton *m_otherMove = nullptr;
};

} // namespace posdesk::desktop
