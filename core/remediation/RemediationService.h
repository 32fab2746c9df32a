#pragma once

#include "acquirer/AcquirerService.h"
#include "remediation/Playbook.h"
#include "remediation/StepRecord.h"

namespace posdesk {

struct Diagnosis
{
    Incident incident;
    std::vector<StepRecord> ran; // what this run did
    bool resolved = false;
};

// Works an incident through its playbook: runs the automatic checks and actions for real (format and match of
// TID/MID, routing and echo test, versions, STAN counter, re-sign-on), records manual confirmations, writes the
// escalation ticket and records the resolution. Every step's outcome and evidence is stored.
class RemediationService : public QObject
{
    Q_OBJECT
public:
    explicit RemediationService(AcquirerService &link, QObject *parent = nullptr);

    const Playbook &playbookOf(const Incident &i) const { return Playbook::forCode(i.code); }
    // Every recorded step of the incident, oldest first; reading incidents needs Permission::ReadIncidents (a
    // refusal is audited).
    Result<std::vector<StepRecord>> history(const Actor &actor, Id incidentId);
    // Runs the automatic steps in order (those after the escalation only once the incident is escalated) and stops
    // when one resolves the incident.
    void diagnose(const Actor &actor, Id incidentId, AcquirerService::Done<Diagnosis> done);
    // Runs one automatic step now.
    void runStep(const Actor &actor, Id incidentId, const QString &stepKey, AcquirerService::Done<StepRecord> done);
    // A person confirms (done) or skips a manual step.
    Status recordManual(const Actor &actor, Id incidentId, const QString &stepKey, bool done, const QString &note);
    Result<EscalationTicket> escalate(const Actor &actor, Id incidentId, int followUpDays = 2);
    Status resolve(const Actor &actor, Id incidentId, const QString &cause);

signals:
    void incidentChanged(qint64 incidentId);

private:
    struct Run;
    void runNext(std::shared_ptr<Run> run);
    void execute(const Actor &actor, const Incident &incident, const PlaybookStep &step,
                 std::function<void(StepRecord)> done);
    StepRecord checkIds(const Incident &i);
    StepRecord checkVersions(const Incident &i);
    StepRecord checkStan(const Incident &i);
    Status store(Id incidentId, const StepRecord &r);
    Result<std::vector<StepRecord>> readSteps(Id incidentId);

    AcquirerService &m_link;
};

} // namespace posdesk
