#pragma once

#include "remediation/RemediationService.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace posdesk::desktop {

// One playbook step in the remediation wizard: number, title and help in the current language, its kind, the
// outcome and evidence of its latest record, and the controls its kind needs (run; done/skip with a note; the
// escalation ticket with copy and save).
class RemediationStepCard : public QFrame
{
    Q_OBJECT
public:
    RemediationStepCard(const PlaybookStep &step, int number, QWidget *parent = nullptr);

    const PlaybookStep &step() const { return m_step; }
    // Shows the latest stored record (null: nothing yet); `next` marks the step to do now.
    void showRecord(const StepRecord *last, bool next, bool resolved, bool enabled);
    // The escalation's ticket; an empty one hides the preview.
    void showTicket(const EscalationTicket &ticket);
    QString lastOutcome() const { return m_lastOutcome; }
    QString lastEvidence() const { return m_lastEvidence; }
    QString note() const;
    void clearNote();
    // Where the keyboard goes when this is the next step.
    QWidget *focusTarget() const;
    QWidget *ticketBox() const { return m_ticketBox; }
    void retranslate();

signals:
    void runRequested(); // an automatic step or the escalation
    void manualRecorded(bool done);
    void copyRequested();
    void saveRequested();

private:
    void applyShape();

    PlaybookStep m_step;
    TimeMs m_lastAt = 0;
    bool m_editing = false;
    bool m_resolved = false;
    QLabel *m_when = nullptr;
    QWidget *m_actions = nullptr;
    QPushButton *m_again = nullptr;
    QString m_lastOutcome;
    QString m_lastEvidence;
    QLabel *m_number = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_evidence = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_skip = nullptr;
    QWidget *m_ticketBox = nullptr;
    QPlainTextEdit *m_ticket = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_followUp = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    EscalationTicket m_shownTicket;
};

} // namespace posdesk::desktop
