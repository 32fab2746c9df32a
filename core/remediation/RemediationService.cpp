#include "remediation/RemediationService.h"

#include "remediation/Evidence.h"
#include "remediation/TicketWriter.h"

#include "acquirer/ResponseCodes.h"
#include "enrollment/EnrollmentService.h"
#include "security/Permissions.h"
#include "storage/AcquirerRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace posdesk {

namespace {

constexpr std::int64_t kDayMs = 86400000;

StepRecord makeRecord(const PlaybookStep &s, const QString &outcome, const QString &evidence, const Actor &actor,
                      TimeMs at)
{
    return StepRecord{s.key, toKey(s.kind), outcome, evidence, QString(), actor.name, at};
}

// Working an incident is the owner's job (Permission::ManageIncidents), whatever screen or command asks; a refusal
// is audited.
Status mayManage(AcquirerService &link, const Actor &actor, Id incidentId)
{
    return require(link.db(), link.clock(), actor, Permission::ManageIncidents,
                   QStringLiteral("incident %1").arg(incidentId));
}

} // namespace

struct RemediationService::Run
{
    Actor actor;
    Id incidentId = 0;
    size_t index = 0;
    Diagnosis diagnosis;
    AcquirerService::Done<Diagnosis> done;
};

RemediationService::RemediationService(AcquirerService &link, QObject *parent) : QObject(parent), m_link(link) {}

Status RemediationService::store(Id incidentId, const StepRecord &r)
{
    Database &db = m_link.db();
    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus();
    auto q =
        sql::run(db,
                 QStringLiteral("INSERT INTO incident_steps (incident_id, step_key, kind, outcome, evidence, note, "
                                "actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {qlonglong(incidentId), r.stepKey, r.kind, r.outcome, sql::nullableText(r.evidence),
                  sql::nullableText(r.note), r.actor, qlonglong(r.at)},
                 QCoreApplication::translate("posdesk::RemediationService", "recording a remediation step"));
    if (!q)
        return q.error();
    if (auto s =
            audit(db, m_link.clock(), Actor{r.actor, std::nullopt, QStringLiteral("service")},
                  QStringLiteral("incident.step"), QStringLiteral("incident %1 step %2").arg(incidentId).arg(r.stepKey),
                  r.outcome, evidence::render(r.evidence, false).left(200));
        !s)
        return s;
    return uow.commit();
}

Result<std::vector<StepRecord>> RemediationService::history(const Actor &actor, Id incidentId)
{
    if (auto s = require(m_link.db(), m_link.clock(), actor, Permission::ReadIncidents,
                         QStringLiteral("incident %1").arg(incidentId));
        !s)
        return s.error();
    return readSteps(incidentId);
}

Result<std::vector<StepRecord>> RemediationService::readSteps(Id incidentId)
{
    auto q = sql::run(m_link.db(),
                      QStringLiteral("SELECT step_key, kind, outcome, COALESCE(evidence, ''), COALESCE(note, ''), "
                                     "actor, at FROM incident_steps WHERE incident_id = ? ORDER BY id"),
                      {qlonglong(incidentId)},
                      QCoreApplication::translate("posdesk::RemediationService", "reading the remediation steps"));
    if (!q)
        return q.error();
    std::vector<StepRecord> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                       q->value(4).toString(), q->value(5).toString(), q->value(6).toLongLong()});
    return out;
}

namespace {

using Lines = std::vector<EvidenceLine>;

EvidenceLine line(const char *code, QStringList args = {})
{
    return EvidenceLine{QString::fromLatin1(code), std::move(args)};
}

QString msText(std::optional<TimeMs> ms)
{
    return ms ? QString::number(*ms) : QString();
}

// A failure of the link as the evidence keeps it: what kind of failure, and the untranslated technical detail.
QString failureKey(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::Environment:
        return QStringLiteral("environment");
    default:
        return QStringLiteral("error");
    }
}

// The language messages come in right now (the catalogue follows the default locale).
QString messageLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

// The response code of a host's decline ("MTI 0810, field 39 = 97"), empty for any other failure.
QString declinedCode(const Error &e)
{
    static const QRegularExpression re(QStringLiteral("field 39 = ([0-9A-Z]{2})"));
    const auto m = re.match(e.detail);
    return e.kind == ErrorKind::Declined && m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

StepRecord RemediationService::checkIds(const Incident &i)
{
    StepRecord r;
    r.outcome = QStringLiteral("passed");
    auto t = TerminalRepository(m_link.db()).findById(i.terminalId.value_or(0));
    if (!t) {
        r.outcome = QStringLiteral("failed");
        r.evidence = evidence::encode({line("terminal-missing")});
        return r;
    }
    Lines ev;
    auto problem = [&](EvidenceLine l) {
        r.outcome = QStringLiteral("failed");
        ev.push_back(std::move(l));
    };
    if (!EnrollmentService::tidProblem(t->tid).isEmpty())
        problem(line("tid-format-bad", {t->tid}));
    else
        ev.push_back(line("tid-format-ok", {t->tid}));
    if (!EnrollmentService::midProblem(t->mid).isEmpty())
        problem(line("mid-format-bad", {t->mid}));
    else
        ev.push_back(line("mid-format-ok", {t->mid}));
    if (t->assignedTid.isEmpty() || t->assignedMid.isEmpty())
        problem(line("ids-unassigned"));
    else if (t->assignedTid != t->tid)
        problem(line("tid-differs", {t->tid, t->assignedTid}));
    else if (t->assignedMid != t->mid)
        problem(line("mid-differs", {t->mid, t->assignedMid}));
    else
        ev.push_back(line("ids-match"));
    // The states in which a terminal may exchange messages with the host (what the step's help names).
    const TerminalState s = t->state;
    if (s == TerminalState::Active || s == TerminalState::SignedOn || s == TerminalState::KeysLoaded)
        ev.push_back(line("state-ok", {toKey(s)}));
    else
        problem(line("state-bad", {toKey(s)}));
    r.evidence = evidence::encode(ev);
    return r;
}

StepRecord RemediationService::checkVersions(const Incident &i)
{
    StepRecord r;
    r.outcome = QStringLiteral("info");
    auto t = TerminalRepository(m_link.db()).findById(i.terminalId.value_or(0));
    if (!t) {
        r.outcome = QStringLiteral("failed");
        r.evidence = evidence::encode({line("terminal-missing")});
        return r;
    }
    Lines ev{line("software-version", {t->softwareVersion}), line("param-version", {t->paramVersion}),
             line("last-param-download", {msText(t->lastParamDownloadAt)}),
             line("last-signon", {msText(t->lastSignonAt)})};
    if (t->softwareVersion.isEmpty()) {
        r.outcome = QStringLiteral("failed");
        ev.push_back(line("no-software-version"));
    }
    r.evidence = evidence::encode(ev);
    return r;
}

StepRecord RemediationService::checkStan(const Incident &i)
{
    StepRecord r;
    auto t = TerminalRepository(m_link.db()).findById(i.terminalId.value_or(0));
    if (!t) {
        r.outcome = QStringLiteral("failed");
        r.evidence = evidence::encode({line("terminal-missing")});
        return r;
    }
    auto q = sql::run(m_link.db(),
                      QStringLiteral("SELECT COALESCE(MAX(stan), 0) FROM transactions WHERE terminal_id = ? AND "
                                     "batch_no = ?"),
                      {qlonglong(t->id), t->batchNo},
                      QCoreApplication::translate("posdesk::RemediationService", "checking the trace numbers"));
    const int maxUsed = q && q->next() ? q->value(0).toInt() : 0;
    r.outcome = t->nextStan > maxUsed || maxUsed == 999999 ? QStringLiteral("passed") : QStringLiteral("failed");
    r.evidence = evidence::encode(
        {line("stan", {QString::number(t->nextStan), QString::number(t->batchNo), QString::number(maxUsed)})});
    return r;
}

void RemediationService::execute(const Actor &actor, const Incident &incident, const PlaybookStep &step,
                                 std::function<void(StepRecord)> done)
{
    const TimeMs now = m_link.clock().nowMs();
    auto finish = [=, this](StepRecord r) {
        r.stepKey = step.key;
        r.kind = toKey(step.kind);
        r.actor = actor.name;
        r.at = m_link.clock().nowMs();
        done(r);
    };
    if (step.run == u"record") {
        const auto info = ResponseCodeTable::forDialect(incident.dialect).lookup(incident.code);
        return finish(makeRecord(
            step, QStringLiteral("passed"),
            evidence::encode({line("incident-recorded", {incident.tid, incident.mid, incident.mti,
                                                         incident.stan ? QString::number(*incident.stan) : QString(),
                                                         QString::number(incident.openedAt), incident.code,
                                                         info ? info->action : QString(), incident.dialect})}),
            actor, now));
    }
    if (step.run == u"ids")
        return finish(checkIds(incident));
    if (step.run == u"versions")
        return finish(checkVersions(incident));
    if (step.run == u"stan")
        return finish(checkStan(incident));
    auto terminal = TerminalRepository(m_link.db()).findById(incident.terminalId.value_or(0));
    if (!terminal)
        return finish(
            makeRecord(step, QStringLiteral("failed"), evidence::encode({line("terminal-missing")}), actor, now));
    if (step.run == u"routing") {
        auto a = AcquirerRepository(m_link.db()).findById(terminal->acquirerId);
        if (!a)
            return finish(
                makeRecord(step, QStringLiteral("failed"), evidence::encode({line("acquirer-missing")}), actor, now));
        Lines ev;
        bool ok = true;
        static const QRegularExpression tpduRe(QStringLiteral("^60[0-9A-F]{8}$"));
        if (!tpduRe.match(a->tpdu.toUpper()).hasMatch()) {
            ok = false;
            ev.push_back(line("tpdu-bad", {a->tpdu}));
        } else {
            ev.push_back(line("tpdu-ok", {a->tpdu}));
        }
        const QString host = a->host;
        const QString port = QString::number(a->port);
        if (a->host.isEmpty() || a->port <= 0 || a->port > 65535) {
            ok = false;
            ev.push_back(line("host-incomplete", {host, port}));
        }
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_link.echoTest(actor, terminal->tid, [=](Result<QString> echo) {
            Lines evidence = ev;
            bool passed = ok;
            if (echo) {
                evidence.push_back(line("echo-ok", {host, port, QString::number(timer->elapsed())}));
            } else {
                passed = false;
                if (const QString code = declinedCode(echo.error()); !code.isEmpty())
                    evidence.push_back(line("echo-declined", {host, port, code, incident.dialect}));
                else
                    evidence.push_back(line(
                        "echo-failed", {host, port, failureKey(echo.error()), echo.error().detail, messageLanguage()}));
            }
            finish(makeRecord(step, passed ? QStringLiteral("passed") : QStringLiteral("failed"),
                              evidence::encode(evidence), actor, now));
        });
        return;
    }
    if (step.run == u"signon") {
        m_link.signOn(actor, terminal->tid, [=](Result<SignOnOutcome> on) {
            if (!on) {
                const QString code = declinedCode(on.error());
                return finish(makeRecord(
                    step, QStringLiteral("failed"),
                    evidence::encode({code.isEmpty() ? line("signon-failed", {failureKey(on.error()), on.error().detail,
                                                                              messageLanguage()})
                                                     : line("signon-declined", {code, incident.dialect})}),
                    actor, now));
            }
            finish(makeRecord(step, QStringLiteral("passed"), evidence::encode({line("signon-ok", {on->macKeyCheck})}),
                              actor, now));
        });
        return;
    }
    finish(makeRecord(step, QStringLiteral("skipped"), evidence::encode({line("by-person")}), actor, now));
}

void RemediationService::runStep(const Actor &actor, Id incidentId, const QString &stepKey,
                                 AcquirerService::Done<StepRecord> done)
{
    if (auto s = mayManage(m_link, actor, incidentId); !s)
        return done(s.error());
    auto incident = IncidentRepository(m_link.db()).findById(incidentId);
    if (!incident)
        return done(incident.error());
    const PlaybookStep *step = playbookOf(*incident).step(stepKey);
    if (!step)
        return done(Error::usage(
            QCoreApplication::translate("posdesk::RemediationService", "The playbook of incident %1 has no step “%2”.")
                .arg(incidentId)
                .arg(stepKey)));
    if (!step->automatic())
        return done(Error::usage(QCoreApplication::translate("posdesk::RemediationService",
                                                             "Step “%1” is done by a person: confirm it with --done.")
                                     .arg(stepKey)));
    const PlaybookStep s = *step;
    const Incident inc = *incident;
    execute(actor, inc, s, [this, actor, inc, s, done](StepRecord r) {
        if (auto st = store(inc.id, r); !st)
            return done(st.error());
        if (s.resolvesOnSuccess && r.outcome == u"passed" && inc.state != IncidentState::Resolved) {
            const QString cause = s.key == u"confirm-registration"
                                      ? QCoreApplication::translate("posdesk::RemediationService",
                                                                    "registered by the acquirer; sign-on succeeded")
                                      : QCoreApplication::translate("posdesk::RemediationService", "resolved by %1: %2")
                                            .arg(s.title(QLocale()), evidence::render(r.evidence, QLocale()));
            if (auto st = resolve(actor, inc.id, cause); !st)
                return done(st.error());
        }
        emit incidentChanged(inc.id);
        done(r);
    });
}

void RemediationService::diagnose(const Actor &actor, Id incidentId, AcquirerService::Done<Diagnosis> done)
{
    if (auto s = mayManage(m_link, actor, incidentId); !s)
        return done(s.error());
    auto incident = IncidentRepository(m_link.db()).findById(incidentId);
    if (!incident)
        return done(incident.error());
    if (incident->state == IncidentState::Resolved)
        return done(Error::refused(
            QCoreApplication::translate("posdesk::RemediationService", "Incident %1 is already resolved.")
                .arg(incidentId)));
    auto run = std::make_shared<Run>();
    run->actor = actor;
    run->incidentId = incidentId;
    run->diagnosis.incident = *incident;
    run->done = std::move(done);
    runNext(run);
}

void RemediationService::runNext(std::shared_ptr<Run> run)
{
    auto incident = IncidentRepository(m_link.db()).findById(run->incidentId);
    if (!incident)
        return run->done(incident.error());
    run->diagnosis.incident = *incident;
    const Playbook &book = playbookOf(*incident);
    if (incident->state == IncidentState::Resolved || run->index >= book.steps.size()) {
        run->diagnosis.resolved = incident->state == IncidentState::Resolved;
        return run->done(run->diagnosis);
    }
    const PlaybookStep &step = book.steps[run->index];
    // Steps after the escalation wait for the acquirer's answer.
    bool afterEscalation = false;
    for (size_t i = 0; i < run->index; ++i)
        afterEscalation = afterEscalation || book.steps[i].kind == PlaybookStep::Kind::Escalation;
    ++run->index;
    if (!step.automatic() || (afterEscalation && incident->state != IncidentState::Escalated))
        return runNext(run);
    runStep(run->actor, run->incidentId, step.key, [this, run](Result<StepRecord> r) {
        if (!r)
            return run->done(r.error());
        run->diagnosis.ran.push_back(*r);
        runNext(run);
    });
}

Status RemediationService::recordManual(const Actor &actor, Id incidentId, const QString &stepKey, bool done,
                                        const QString &note)
{
    if (auto s = mayManage(m_link, actor, incidentId); !s)
        return s;
    auto incident = IncidentRepository(m_link.db()).findById(incidentId);
    if (!incident)
        return incident.error();
    const PlaybookStep *step = playbookOf(*incident).step(stepKey);
    if (!step)
        return Error::usage(
            QCoreApplication::translate("posdesk::RemediationService", "The playbook of incident %1 has no step “%2”.")
                .arg(incidentId)
                .arg(stepKey));
    StepRecord r{
        step->key,  toKey(step->kind),     done ? QStringLiteral("done") : QStringLiteral("skipped"), QString(), note,
        actor.name, m_link.clock().nowMs()};
    if (auto s = store(incidentId, r); !s)
        return s;
    emit incidentChanged(incidentId);
    return {};
}

Result<EscalationTicket> RemediationService::escalate(const Actor &actor, Id incidentId, int followUpDays)
{
    if (auto s = mayManage(m_link, actor, incidentId); !s)
        return s.error();
    Database &db = m_link.db();
    auto incident = IncidentRepository(db).findById(incidentId);
    if (!incident)
        return incident.error();
    if (incident->state == IncidentState::Resolved)
        return Error::refused(
            QCoreApplication::translate("posdesk::RemediationService", "Incident %1 is already resolved.")
                .arg(incidentId));
    auto terminal = TerminalRepository(db).findById(incident->terminalId.value_or(0));
    if (!terminal)
        return terminal.error();
    auto acquirer = AcquirerRepository(db).findById(terminal->acquirerId);
    if (!acquirer)
        return acquirer.error();
    auto steps = readSteps(incidentId); // the actor may manage the incident, which includes reading it
    if (!steps)
        return steps.error();
    const TimeMs now = m_link.clock().nowMs();
    EscalationTicket t;
    t.contact =
        QStringLiteral("%1 · %2 · %3").arg(acquirer->supportContact, acquirer->supportPhone, acquirer->supportEmail);
    t.followUpAt = now + std::int64_t(std::max(followUpDays, 1)) * kDayMs;
    t.text =
        TicketWriter::text(TicketFacts{*incident, *terminal, acquirer->name, t.contact, *steps}, playbookOf(*incident));

    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus().error();
    Incident updated = *incident;
    updated.state = IncidentState::Escalated;
    // A second ticket (the acquirer did not answer by the follow-up date) moves the follow-up on; the incident
    // stays escalated since the first one, which is what the incidents report measures.
    if (!updated.escalatedAt)
        updated.escalatedAt = now;
    updated.followUpAt = t.followUpAt;
    if (auto s = IncidentRepository(db).update(updated); !s)
        return s.error();
    StepRecord r{
        QStringLiteral("escalate"),
        QStringLiteral("escalation"),
        QStringLiteral("done"),
        evidence::encode({EvidenceLine{QStringLiteral("ticket-sent"), {t.contact, QString::number(t.followUpAt)}}}),
        QString(),
        actor.name,
        now};
    auto q =
        sql::run(db,
                 QStringLiteral("INSERT INTO incident_steps (incident_id, step_key, kind, outcome, evidence, note, "
                                "actor, at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)"),
                 {qlonglong(incidentId), r.stepKey, r.kind, r.outcome, r.evidence, r.actor, qlonglong(now)},
                 QCoreApplication::translate("posdesk::RemediationService", "recording the escalation"));
    if (!q)
        return q.error();
    if (auto s = audit(db, m_link.clock(), actor, QStringLiteral("incident.escalate"),
                       QStringLiteral("incident %1").arg(incidentId), QStringLiteral("ok"),
                       evidence::render(r.evidence, false));
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    emit incidentChanged(incidentId);
    return t;
}

Status RemediationService::resolve(const Actor &actor, Id incidentId, const QString &cause)
{
    if (auto s = mayManage(m_link, actor, incidentId); !s)
        return s;
    Database &db = m_link.db();
    if (cause.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("posdesk::RemediationService",
                                                        "Say what the cause was when resolving an incident."));
    auto incident = IncidentRepository(db).findById(incidentId);
    if (!incident)
        return incident.error();
    if (incident->state == IncidentState::Resolved)
        return Error::refused(
            QCoreApplication::translate("posdesk::RemediationService", "Incident %1 is already resolved.")
                .arg(incidentId));
    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus();
    const TimeMs now = m_link.clock().nowMs();
    Incident updated = *incident;
    updated.state = IncidentState::Resolved;
    updated.resolvedAt = now;
    updated.cause = cause;
    if (auto s = IncidentRepository(db).update(updated); !s)
        return s;
    if (auto s = audit(db, m_link.clock(), actor, QStringLiteral("incident.resolve"),
                       QStringLiteral("incident %1").arg(incidentId), QStringLiteral("ok"),
                       QStringLiteral("after %1 min: %2").arg((now - incident->openedAt) / 60000).arg(cause));
        !s)
        return s;
    if (auto s = uow.commit(); !s)
        return s;
    emit incidentChanged(incidentId);
    return {};
}

} // namespace posdesk
