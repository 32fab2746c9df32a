#include "enrollment/EnrollmentService.h"

#include "enrollment/TerminalLifecycle.h"
#include "security/Permissions.h"
#include "storage/AcquirerRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace posdesk {

namespace {

bool isIdText(const QString &s, int length)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Z]+$"));
    return s.size() == length && re.match(s).hasMatch();
}
} // namespace

QString EnrollmentService::tidProblem(const QString &tid)
{
    if (isIdText(tid, 8))
        return {};
    return QCoreApplication::translate(
               "posdesk::EnrollmentService",
               "“%1” is not a valid terminal ID: a TID has exactly 8 digits or capital letters.")
        .arg(tid);
}

QString EnrollmentService::midProblem(const QString &mid)
{
    if (isIdText(mid, 15))
        return {};
    return QCoreApplication::translate(
               "posdesk::EnrollmentService",
               "“%1” is not a valid merchant ID: a MID has exactly 15 digits or capital letters.")
        .arg(mid);
}

Result<Id> EnrollmentService::addMerchant(const Actor &actor, Merchant m)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("merchant ") + m.mid); !s)
        return s.error();
    if (const QString p = midProblem(m.mid); !p.isEmpty())
        return Error::usage(p);
    if (m.name.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("posdesk::EnrollmentService", "The merchant needs a name."));
    m.createdAt = m_clock.nowMs();
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto id = MerchantRepository(m_db).add(m);
    if (!id)
        return id.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("merchant.add"), QStringLiteral("merchant ") + m.mid,
                       QStringLiteral("ok"), m.name);
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return id;
}

QString EnrollmentService::acquirerProblem(const Acquirer &a)
{
    if (a.name.trimmed().isEmpty())
        return QCoreApplication::translate("posdesk::EnrollmentService", "The acquirer profile needs a name.");
    if (a.host.trimmed().isEmpty())
        return QCoreApplication::translate("posdesk::EnrollmentService",
                                           "The acquirer profile needs the host address.");
    if (a.port < 1 || a.port > 65535)
        return QCoreApplication::translate("posdesk::EnrollmentService", "The port must be between 1 and 65535.");
    static const QRegularExpression tpduRe(QStringLiteral("^60[0-9A-Fa-f]{8}$"));
    if (!tpduRe.match(a.tpdu).hasMatch())
        return QCoreApplication::translate("posdesk::EnrollmentService",
                                           "“%1” is not a TPDU: 10 hex digits starting with 60, such as 6000050000.")
            .arg(a.tpdu);
    return {};
}

Result<Id> EnrollmentService::addAcquirer(const Actor &actor, Acquirer a)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageAcquirers, QStringLiteral("acquirer ") + a.name); !s)
        return s.error();
    if (const QString p = acquirerProblem(a); !p.isEmpty())
        return Error::usage(p);
    a.name = a.name.trimmed();
    a.host = a.host.trimmed();
    a.tpdu = a.tpdu.toUpper();
    a.createdAt = m_clock.nowMs();
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto id = AcquirerRepository(m_db).add(a);
    if (!id)
        return id.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("acquirer.add"), QStringLiteral("acquirer ") + a.name,
                       QStringLiteral("ok"), a.host + u':' + QString::number(a.port));
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return id;
}

Result<Id> EnrollmentService::addTerminal(const Actor &actor, Terminal t, const QString &mid,
                                          const QString &acquirerName)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("terminal ") + t.tid); !s)
        return s.error();
    if (!t.tid.isEmpty()) {
        if (const QString p = tidProblem(t.tid); !p.isEmpty())
            return Error::usage(p);
    }
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto merchant = MerchantRepository(m_db).findByMid(mid);
    if (!merchant)
        return merchant.error();
    auto acquirer = AcquirerRepository(m_db).findByName(acquirerName);
    if (!acquirer)
        return acquirer.error();
    t.merchantId = merchant->id;
    t.acquirerId = acquirer->id;
    // A terminal recorded past approval carries the TID/MID the acquirer assigned.
    if (t.state != TerminalState::Applied && t.state != TerminalState::DocumentsSubmitted) {
        if (t.assignedTid.isEmpty())
            t.assignedTid = t.tid;
        if (t.assignedMid.isEmpty())
            t.assignedMid = mid;
    }
    t.createdAt = t.updatedAt = m_clock.nowMs();
    auto id = TerminalRepository(m_db).add(t);
    if (!id)
        return id.error();
    auto event = sql::run(m_db,
                          QStringLiteral("INSERT INTO enrollment_events (terminal_id, from_state, to_state, actor, "
                                         "note, at) VALUES (?, NULL, ?, ?, ?, ?)"),
                          {qlonglong(*id), toKey(t.state), actor.name,
                           QCoreApplication::translate("posdesk::EnrollmentService", "terminal recorded"),
                           qlonglong(t.createdAt)},
                          QCoreApplication::translate("posdesk::EnrollmentService", "recording the enrolment event"));
    if (!event)
        return event.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("terminal.add"), QStringLiteral("terminal ") + t.tid,
                       QStringLiteral("ok"), mid + u' ' + acquirerName);
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return id;
}

Status EnrollmentService::changeState(const Actor &actor, const QString &tid, TerminalState to, const QString &note)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("terminal ") + tid); !s)
        return s;
    QString refusal;
    QString attempted;
    {
        UnitOfWork uow(m_db);
        if (!uow.isActive())
            return uow.startStatus();
        TerminalRepository terminals(m_db);
        auto t = terminals.findByTid(tid);
        if (!t)
            return t.error();
        attempted = toKey(t->state) + QStringLiteral(" -> ") + toKey(to);
        refusal = TerminalLifecycle::refusalReason(t->state, to);
        if (refusal.isEmpty()) {
            const TimeMs now = m_clock.nowMs();
            if (auto s = terminals.setState(t->id, to, now); !s)
                return s;
            // Approval is when the acquirer assigns the TID/MID: remember them to check the configuration against.
            if (to == TerminalState::Approved && (t->assignedTid.isEmpty() || t->assignedMid.isEmpty())) {
                Terminal assigned = *t;
                assigned.assignedTid = t->tid;
                assigned.assignedMid = t->mid;
                assigned.updatedAt = now;
                if (auto s = terminals.updateDetails(assigned); !s)
                    return s;
            }
            auto event = sql::run(
                m_db,
                QStringLiteral("INSERT INTO enrollment_events (terminal_id, from_state, to_state, "
                               "actor, note, at) VALUES (?, ?, ?, ?, ?, ?)"),
                {qlonglong(t->id), toKey(t->state), toKey(to), actor.name, sql::nullableText(note), qlonglong(now)},
                QCoreApplication::translate("posdesk::EnrollmentService", "recording the enrolment event"));
            if (!event)
                return event.error();
            if (auto s = audit(m_db, m_clock, actor, QStringLiteral("terminal.state"),
                               QStringLiteral("terminal ") + tid, QStringLiteral("ok"), attempted);
                !s)
                return s;
            // A master key loaded before the approval (on this PC or in the PIN pad) counts from the approval on.
            if (to == TerminalState::Approved) {
                auto tmk = sql::run(
                    m_db,
                    QStringLiteral("SELECT COUNT(*) FROM terminal_keys WHERE terminal_id = ? AND "
                                   "kind = 'tmk'"),
                    {qlonglong(t->id)},
                    QCoreApplication::translate("posdesk::EnrollmentService", "looking for the terminal's master key"));
                if (!tmk)
                    return tmk.error();
                const bool held = tmk->next() && tmk->value(0).toLongLong() > 0;
                if (held || t->pinPadSlot) {
                    if (auto moved = recordKeysLoaded(
                            m_db, m_clock, actor, t->id,
                            QCoreApplication::translate("posdesk::EnrollmentService",
                                                        "master key already loaded before the approval"));
                        !moved)
                        return moved.error();
                }
            }
            return uow.commit();
        }
    }
    // The refused attempt is recorded too, so the trail shows it.
    UnitOfWork uow(m_db);
    if (uow.isActive() && audit(m_db, m_clock, actor, QStringLiteral("terminal.state"),
                                QStringLiteral("terminal ") + tid, QStringLiteral("refused"), attempted))
        (void)uow.commit();
    return Error::refused(refusal);
}

Result<bool> EnrollmentService::recordKeysLoaded(Database &db, const Clock &clock, const Actor &actor, Id terminalId,
                                                 const QString &note)
{
    const TimeMs now = clock.nowMs();
    // Compare-and-set: only from approved, so a terminal another till moved meanwhile keeps its state.
    auto moved = sql::run(
        db, QStringLiteral("UPDATE terminals SET state = ?, updated_at = ? WHERE id = ? AND state = ?"),
        {toKey(TerminalState::KeysLoaded), qlonglong(now), qlonglong(terminalId), toKey(TerminalState::Approved)},
        QCoreApplication::translate("posdesk::EnrollmentService", "changing a terminal's state"));
    if (!moved)
        return moved.error();
    if (moved->numRowsAffected() != 1)
        return false;
    auto event = sql::run(db,
                          QStringLiteral("INSERT INTO enrollment_events (terminal_id, from_state, to_state, actor, "
                                         "note, at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {qlonglong(terminalId), toKey(TerminalState::Approved), toKey(TerminalState::KeysLoaded),
                           actor.name, sql::nullableText(note), qlonglong(now)},
                          QCoreApplication::translate("posdesk::EnrollmentService", "recording the enrolment event"));
    if (!event)
        return event.error();
    auto t = TerminalRepository(db).findById(terminalId);
    const QString object = QStringLiteral("terminal ") + (t ? t->tid : QString::number(terminalId));
    if (auto s = audit(db, clock, actor, QStringLiteral("terminal.state"), object, QStringLiteral("ok"),
                       toKey(TerminalState::Approved) + QStringLiteral(" -> ") + toKey(TerminalState::KeysLoaded));
        !s)
        return s.error();
    return true;
}

Result<std::vector<EnrollmentEvent>> EnrollmentService::history(const QString &tid)
{
    auto t = TerminalRepository(m_db).findByTid(tid);
    if (!t)
        return t.error();
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT from_state, to_state, actor, COALESCE(note, ''), at FROM enrollment_events "
                       "WHERE terminal_id = ? ORDER BY at, id"),
        {qlonglong(t->id)}, QCoreApplication::translate("posdesk::EnrollmentService", "reading the enrolment history"));
    if (!q)
        return q.error();
    std::vector<EnrollmentEvent> events;
    while (q->next()) {
        EnrollmentEvent e;
        if (!q->value(0).isNull())
            e.from = terminalStateFromString(q->value(0).toString());
        auto to = terminalStateFromString(q->value(1).toString());
        if (!to)
            return Error::corrupt(
                QCoreApplication::translate("posdesk::EnrollmentService",
                                            "The enrolment history holds an unknown state; check the database."),
                q->value(1).toString());
        e.to = *to;
        e.actor = q->value(2).toString();
        e.note = q->value(3).toString();
        e.at = q->value(4).toLongLong();
        events.push_back(std::move(e));
    }
    return events;
}

} // namespace posdesk
