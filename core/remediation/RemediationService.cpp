#include "remediation/RemediationService.h"

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

QString timeText(std::optional<TimeMs> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("-");
}

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
                  r.outcome, r.evidence.left(200));
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

StepRecord RemediationService::checkIds(const Incident &i)
{
    StepRecord r;
    r.outcome = QStringLiteral("passed");
    QStringList evidence;
    auto t = TerminalRepository(m_link.db()).findById(i.terminalId.value_or(0));
    if (!t) {
        r.outcome = QStringLiteral("failed");
        r.evidence = t.error().message;
        return r;
    }
    auto problem = [&](const QString &text) {
        r.outcome = QStringLiteral("failed");
        evidence << QStringLiteral("✗ ") + text;
    };
    if (const QString p = EnrollmentService::tidProblem(t->tid); !p.isEmpty())
        problem(p);
    else
        evidence
            << QCoreApplication::translate("posdesk::RemediationService", "✓ TID %1 has the right format").arg(t->tid);
    if (const QString p = EnrollmentService::midProblem(t->mid); !p.isEmpty())
        problem(p);
    else
        evidence
            << QCoreApplication::translate("posdesk::RemediationService", "✓ MID %1 has the right format").arg(t->mid);
    if (t->assignedTid.isEmpty() || t->assignedMid.isEmpty())
        problem(QCoreApplication::translate("posdesk::RemediationService",
                                            "No TID/MID assigned by the acquirer is on record; check the approval "
                                            "letter and record it (terminal edit --assigned-tid/--assigned-mid)."));
    else if (t->assignedTid != t->tid)
        problem(QCoreApplication::translate("posdesk::RemediationService",
                                            "The configured TID %1 differs from the TID %2 the acquirer assigned: "
                                            "correct the terminal's configuration.")
                    .arg(t->tid, t->assignedTid));
    else if (t->assignedMid != t->mid)
        problem(QCoreApplication::translate("posdesk::RemediationService",
                                            "The configured MID %1 differs from the MID %2 the acquirer assigned.")
                    .arg(t->mid, t->assignedMid));
    else
        evidence << QCoreApplication::translate("posdesk::RemediationService",
                                                "✓ TID and MID match the acquirer's assignment");
    const TerminalState s = t->state;
    if (s == TerminalState::Active || s == TerminalState::SignedOn || s == TerminalState::KeysLoaded)
        evidence
            << QCoreApplication::translate("posdesk::RemediationService", "✓ terminal state: %1").arg(displayName(s));
    else
        problem(QCoreApplication::translate("posdesk::RemediationService",
                                            "The terminal is %1 and cannot transact; reactivate it first.")
                    .arg(displayName(s)));
    r.evidence = evidence.join(u'\n');
    return r;
}

StepRecord RemediationService::checkVersions(const Incident &i)
{
    StepRecord r;
    r.outcome = QStringLiteral("info");
    auto t = TerminalRepository(m_link.db()).findById(i.terminalId.value_or(0));
    if (!t) {
        r.outcome = QStringLiteral("failed");
        r.evidence = t.error().message;
        return r;
    }
    QStringList ev;
    ev << QCoreApplication::translate("posdesk::RemediationService", "software version: %1")
              .arg(t->softwareVersion.isEmpty() ? QStringLiteral("-") : t->softwareVersion);
    ev << QCoreApplication::translate("posdesk::RemediationService", "parameter version: %1")
              .arg(t->paramVersion.isEmpty() ? QStringLiteral("-") : t->paramVersion);
    ev << QCoreApplication::translate("posdesk::RemediationService", "last parameter download: %1")
              .arg(timeText(t->lastParamDownloadAt));
    ev << QCoreApplication::translate("posdesk::RemediationService", "last successful sign-on: %1")
              .arg(timeText(t->lastSignonAt));
    if (t->softwareVersion.isEmpty()) {
        r.outcome = QStringLiteral("failed");
        ev << QCoreApplication::translate("posdesk::RemediationService",
                                          "✗ no software version on record: record it (terminal edit "
                                          "--software-version).");
    }
    r.evidence = ev.join(u'\n');
    return r;
}

StepRecord RemediationService::checkStan(const Incident &i)
{
    StepRecord r;
    auto t = TerminalRepository(m_link.db()).findById(i.terminalId.value_or(0));
    if (!t) {
        r.outcome = QStringLiteral("failed");
        r.evidence = t.error().message;
        return r;
    }
    auto q = sql::run(m_link.db(),
                      QStringLiteral("SELECT COALESCE(MAX(stan), 0) FROM transactions WHERE terminal_id = ? AND "
                                     "batch_no = ?"),
                      {qlonglong(t->id), t->batchNo},
                      QCoreApplication::translate("posdesk::RemediationService", "checking the trace numbers"));
    const int maxUsed = q && q->next() ? q->value(0).toInt() : 0;
    r.outcome = t->nextStan > maxUsed || maxUsed == 999999 ? QStringLiteral("passed") : QStringLiteral("failed");
    r.evidence =
        QCoreApplication::translate("posdesk::RemediationService", "next trace number %1, highest used in batch %2: %3")
            .arg(t->nextStan)
            .arg(t->batchNo)
            .arg(maxUsed);
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
        return finish(makeRecord(step, QStringLiteral("passed"),
                                 QStringLiteral("TID %1 · MID %2 · MTI %3 · STAN %4 · %5 · %6 (%7)")
                                     .arg(incident.tid, incident.mid, incident.mti,
                                          incident.stan ? QString::number(*incident.stan) : QStringLiteral("-"),
                                          timeText(incident.openedAt),
                                          ResponseCodeTable::forDialect(incident.dialect).describe(incident.code),
                                          info ? info->action : QStringLiteral("?")),
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
        return finish(makeRecord(step, QStringLiteral("failed"), terminal.error().message, actor, now));
    if (step.run == u"routing") {
        auto a = AcquirerRepository(m_link.db()).findById(terminal->acquirerId);
        if (!a)
            return finish(makeRecord(step, QStringLiteral("failed"), a.error().message, actor, now));
        QStringList ev;
        bool ok = true;
        static const QRegularExpression tpduRe(QStringLiteral("^60[0-9A-F]{8}$"));
        if (!tpduRe.match(a->tpdu.toUpper()).hasMatch()) {
            ok = false;
            ev << QCoreApplication::translate("posdesk::RemediationService",
                                              "✗ TPDU %1 is not 10 hex digits starting with 60")
                      .arg(a->tpdu);
        } else {
            ev << QCoreApplication::translate("posdesk::RemediationService", "✓ TPDU %1").arg(a->tpdu);
        }
        if (a->host.isEmpty() || a->port <= 0 || a->port > 65535) {
            ok = false;
            ev << QCoreApplication::translate("posdesk::RemediationService", "✗ host %1 port %2 is incomplete")
                      .arg(a->host)
                      .arg(a->port);
        }
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_link.echoTest(actor, terminal->tid, [=](Result<QString> echo) {
            QStringList evidence = ev;
            bool passed = ok;
            if (echo) {
                evidence << QCoreApplication::translate("posdesk::RemediationService",
                                                        "✓ host %1:%2 answered the echo test in %3 ms")
                                .arg(a->host)
                                .arg(a->port)
                                .arg(timer->elapsed());
            } else {
                passed = false;
                evidence << QCoreApplication::translate("posdesk::RemediationService",
                                                        "✗ echo test to %1:%2 failed: %3")
                                .arg(a->host)
                                .arg(a->port)
                                .arg(echo.error().fullText());
            }
            finish(makeRecord(step, passed ? QStringLiteral("passed") : QStringLiteral("failed"), evidence.join(u'\n'),
                              actor, now));
        });
        return;
    }
    if (step.run == u"signon") {
        m_link.signOn(actor, terminal->tid, [=](Result<SignOnOutcome> on) {
            if (!on)
                return finish(
                    makeRecord(step, QStringLiteral("failed"),
                               QCoreApplication::translate("posdesk::RemediationService", "✗ sign-on failed: %1")
                                   .arg(on.error().message),
                               actor, now));
            finish(makeRecord(step, QStringLiteral("passed"),
                              QCoreApplication::translate("posdesk::RemediationService",
                                                          "✓ signed on; new working keys, MAC key KCV %1")
                                  .arg(on->macKeyCheck),
                              actor, now));
        });
        return;
    }
    finish(makeRecord(step, QStringLiteral("skipped"),
                      QCoreApplication::translate("posdesk::RemediationService", "this step is done by a person"),
                      actor, now));
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
                                            .arg(s.titleEn, r.evidence);
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
    const auto &table = ResponseCodeTable::forDialect(incident->dialect);
    const auto info = table.lookup(incident->code);
    const Playbook &book = playbookOf(*incident);

    auto section = [&](bool zh) {
        QStringList lines;
        const QLocale loc(zh ? QLocale::Chinese : QLocale::English);
        lines << (zh ? QStringLiteral("【POS 故障报修单】") : QStringLiteral("[POS incident ticket]"));
        lines << (zh ? QStringLiteral("故障编号：%1") : QStringLiteral("Incident no.: %1")).arg(incidentId);
        lines << (zh ? QStringLiteral("应答码：%1 %2") : QStringLiteral("Response code: %1 %2"))
                     .arg(incident->code, info ? (zh ? info->textZh : info->textEn) : QString());
        lines << (zh ? QStringLiteral("商户号 MID：%1") : QStringLiteral("MID: %1")).arg(terminal->mid);
        lines << (zh ? QStringLiteral("商户名称：%1") : QStringLiteral("Merchant: %1")).arg(terminal->merchantName);
        lines << (zh ? QStringLiteral("终端号 TID：%1") : QStringLiteral("TID: %1")).arg(terminal->tid);
        lines << (zh ? QStringLiteral("终端序列号：%1　品牌/型号：%2 %3")
                     : QStringLiteral("Serial: %1  Brand/model: %2 %3"))
                     .arg(terminal->serial, terminal->brand, terminal->model);
        lines << (zh ? QStringLiteral("收单机构：%1") : QStringLiteral("Acquirer: %1")).arg(acquirer->name);
        lines << (zh ? QStringLiteral("首次发生：%1（UTC）　报文：%2　流水号：%3　次数：%4")
                     : QStringLiteral("First seen: %1 (UTC)  Message: %2  STAN: %3  Occurrences: %4"))
                     .arg(timeText(incident->openedAt), incident->mti,
                          incident->stan ? QString::number(*incident->stan) : QStringLiteral("-"))
                     .arg(incident->occurrences);
        lines << (zh ? QStringLiteral("已采取的排查步骤：") : QStringLiteral("Steps already taken:"));
        for (const StepRecord &r : *steps) {
            const PlaybookStep *ps = book.step(r.stepKey);
            QString ev = r.evidence;
            ev.replace(u'\n', QStringLiteral("; "));
            lines << QStringLiteral("  - %1 [%2] %3")
                         .arg(ps ? (zh ? ps->titleZh : ps->titleEn) : r.stepKey, r.outcome, ev);
        }
        lines << (zh ? QStringLiteral("请协助核实该终端在贵方系统中的登记状态。")
                     : QStringLiteral("Please check the terminal's registration in your system."));
        return lines.join(u'\n');
    };
    EscalationTicket t;
    t.contact =
        QStringLiteral("%1 · %2 · %3").arg(acquirer->supportContact, acquirer->supportPhone, acquirer->supportEmail);
    t.followUpAt = now + std::int64_t(std::max(followUpDays, 1)) * kDayMs;
    t.text = section(true) + QStringLiteral("\n\n") + section(false) + QStringLiteral("\n\n") +
             QStringLiteral("联系 / Contact: ") + t.contact + u'\n';

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
    StepRecord r{QStringLiteral("escalate"),
                 QStringLiteral("escalation"),
                 QStringLiteral("done"),
                 QStringLiteral("ticket to %1; follow up %2").arg(t.contact, timeText(t.followUpAt)),
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
                       QStringLiteral("incident %1").arg(incidentId), QStringLiteral("ok"), r.evidence);
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
