#pragma once

#include "remediation/RemediationService.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace posdesk::desktop {

class AppSession;
class RemediationStepCard;

// Works one incident through its playbook, step by step: every step with its kind, outcome and evidence; the
// automatic ones run through RemediationService off the GUI thread's critical path (asynchronous callbacks), the
// manual ones are confirmed or skipped with a note, the escalation writes the acquirer ticket, and the incident is
// resolved by a successful sign-on or by hand with its cause. The services check the signed-in user's rights.
class RemediationWizard : public QWidget
{
    Q_OBJECT
public:
    explicit RemediationWizard(AppSession &session, QWidget *parent = nullptr);
    ~RemediationWizard() override;

    void setActor(const Actor &actor) { m_actor = actor; }
    // Loads the incident, its playbook and the steps already recorded; false when there is no such incident.
    bool openIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incident.id; }
    bool isResolved() const { return m_incident.state == IncidentState::Resolved; }
    bool isBusy() const { return m_busy; }

    // What the wizard tells the user right now (progress, refusal, success).
    QString statusText() const;
    // The latest stored outcome and evidence of a step (empty when it has not run).
    QString outcomeOf(const QString &stepKey) const;
    QString evidenceOf(const QString &stepKey) const;
    // The step the user should do next (empty when none is left or the incident is resolved).
    QString nextStep() const { return m_next; }
    QString ticketText() const;

    // The file the next "Save as…" writes to without asking; for tests.
    static void setNextSaveFileName(const QString &path);

signals:
    void closeRequested();

protected:
    void changeEvent(QEvent *e) override;

private:
    void buildCards();
    void retranslate();
    void refresh();
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &what, const Error &error);
    void showInfo(const QString &text, bool warning = false);
    void runDiagnosis();
    void runStep(const QString &key);
    void recordManual(const QString &key, bool done);
    void escalate();
    void copyTicket();
    void saveTicket();
    void resolveByHand();
    void finishedRun(const QString &what, const QString &outcome, const QStringList &failed = {});
    void scrollTo(QWidget *w);

    AppSession &m_session;
    Actor m_actor;
    Incident m_incident;
    std::vector<StepRecord> m_history;
    std::vector<RemediationStepCard *> m_cards;
    QString m_next;
    bool m_busy = false;
    QString m_busyWhat;
    EscalationTicket m_ticket;

    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_diagnose = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_stepsHost = nullptr;
    QLabel *m_resolveLabel = nullptr;
    QLineEdit *m_cause = nullptr;
    QPushButton *m_resolve = nullptr;

    static QString s_nextSaveFileName;
};

} // namespace posdesk::desktop
