#include "acquirer/ReversalQueue.h"

#include "acquirer/ResponseClassifier.h"
#include "acquirer/ResponseCodes.h"
#include "security/Permissions.h"
#include "storage/ChipRecordRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QThread>

namespace posdesk {

namespace {

Actor systemActor()
{
    return Actor{QStringLiteral("system"), std::nullopt, QStringLiteral("service")};
}

} // namespace

struct ReversalQueue::Flush
{
    std::vector<Terminal> terminals;
    size_t index = 0;
    ReversalFlushOutcome outcome;
    Done done;
};

ReversalQueue::ReversalQueue(AcquirerService &link) : m_link(link) {}

Status ReversalQueue::putInDoubt(const CardTransaction &txn, const QString &reason, const QString &error)
{
    // Money may have moved: this must reach the database even after the write that failed a moment ago.
    Status last;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (attempt > 0)
            QThread::msleep(50 * attempt);
        UnitOfWork uow(m_link.db());
        if (!uow.isActive()) {
            last = uow.startStatus();
            continue;
        }
        const TimeMs now = m_link.clock().nowMs();
        last = TransactionRepository(m_link.db()).transition(txn.id, TxnStatus::Pending, TxnStatus::InDoubt, now);
        if (!last) {
            if (last.error().kind == ErrorKind::Refused)
                return last; // no longer pending: someone else decided its fate first
            continue;
        }
        if (auto q = ReversalRepository(m_link.db()).enqueue(txn.id, reason, now, error); !q) {
            last = q.error();
            continue;
        }
        last = uow.commit();
        if (last)
            return last;
    }
    return last;
}

Status ReversalQueue::recover(const LinkContext &c, int *recovered)
{
    // Under this terminal's lease nobody else is exchanging: a transaction still pending was cut off by a crash or
    // a kill, and whether the host saw it is unknown, so it is reversed.
    TxnFilter f;
    f.terminalId = c.terminal.id;
    f.status = TxnStatus::Pending;
    auto stale = TransactionRepository(m_link.db()).list(f);
    if (!stale)
        return stale.error();
    for (const CardTransaction &txn : *stale) {
        auto s =
            putInDoubt(txn, QStringLiteral("98"),
                       QCoreApplication::translate("posdesk::ReversalQueue", "interrupted before the answer arrived"));
        if (!s && s.error().kind != ErrorKind::Refused)
            return s;
        if (s)
            ++*recovered;
    }
    return {};
}

void ReversalQueue::flush(const QString &tid, Done done)
{
    auto run = std::make_shared<Flush>();
    run->done = std::move(done);
    if (tid.isEmpty()) {
        auto all = TerminalRepository(m_link.db()).list();
        if (!all)
            return run->done(all.error());
        run->terminals = std::move(*all);
    } else {
        auto t = TerminalRepository(m_link.db()).findByTid(tid);
        if (!t)
            return run->done(t.error());
        run->terminals.push_back(*t);
    }
    flushNextTerminal(run);
}

void ReversalQueue::flushNextTerminal(std::shared_ptr<Flush> run)
{
    while (run->index < run->terminals.size()) {
        const Terminal &t = run->terminals[run->index++];
        // Only a terminal with something to do is taken from the till, and only for that long.
        TxnFilter pendingOnly;
        pendingOnly.terminalId = t.id;
        pendingOnly.status = TxnStatus::Pending;
        auto stale = TransactionRepository(m_link.db()).count(pendingOnly);
        if (!stale)
            return run->done(stale.error());
        auto waiting = ReversalRepository(m_link.db()).due(m_link.clock().nowMs(), t.id);
        if (!waiting)
            return run->done(waiting.error());
        if (*stale == 0 && waiting->empty())
            continue;
        auto c = m_link.contextOf(t.id);
        if (!c)
            return run->done(c.error());
        auto lease = m_link.lease(*c);
        if (!lease) {
            // Busy: whoever holds the terminal sends its reversals first anyway.
            if (lease.error().kind != ErrorKind::Refused)
                return run->done(lease.error());
            continue;
        }
        if (auto s = recover(*c, &run->outcome.recovered); !s)
            return run->done(s.error());
        auto due = ReversalRepository(m_link.db()).due(m_link.clock().nowMs(), c->terminal.id);
        if (!due)
            return run->done(due.error());
        if (due->empty())
            continue;
        const LinkContext ctx = *c;
        const LeasePtr held = *lease;
        return sendQueue(ctx, held, std::move(*due), 0, run->outcome, [this, run, held](ReversalFlushOutcome o) {
            held->release();
            run->outcome = o;
            flushNextTerminal(run);
        });
    }
    auto pending = ReversalRepository(m_link.db()).pendingCount(0);
    if (!pending)
        return run->done(pending.error());
    run->outcome.stillPending = *pending;
    run->done(run->outcome);
}

void ReversalQueue::sendFirst(const LinkContext &c, LeasePtr lease, std::function<void(Status)> next)
{
    auto any = ReversalRepository(m_link.db()).anythingToSend(c.terminal.id);
    if (!any)
        return next(any.error());
    if (!*any)
        return next({}); // the usual case: nothing left behind, nothing queued
    int recovered = 0;
    if (auto s = recover(c, &recovered); !s)
        return next(s);
    auto due = ReversalRepository(m_link.db()).due(m_link.clock().nowMs(), c.terminal.id, /*ignoreBackoff=*/true);
    if (!due)
        return next(due.error());
    if (due->empty())
        return next({});
    sendQueue(c, lease, std::move(*due), 0, {}, [this, c, next](ReversalFlushOutcome o) {
        auto pending = ReversalRepository(m_link.db()).pendingCount(c.terminal.id);
        if (!pending)
            return next(pending.error());
        if (*pending > 0)
            return next(Error::environment(
                QCoreApplication::translate(
                    "posdesk::ReversalQueue",
                    "Terminal %1 has %2 reversal(s) the host has not confirmed yet (%3). Reversals go to the host "
                    "before any new payment, so nothing was sent: check the link to the host and try again, or take "
                    "cash.")
                    .arg(c.terminal.tid)
                    .arg(*pending)
                    .arg(o.lastError)));
        next({});
    });
}

void ReversalQueue::sendQueue(const LinkContext &c, LeasePtr lease, std::vector<PendingReversal> queue, size_t index,
                              ReversalFlushOutcome outcome, std::function<void(ReversalFlushOutcome)> done)
{
    if (index >= queue.size())
        return done(outcome);
    const PendingReversal r = queue[index];
    ++outcome.attempted;
    sendOne(c, lease, r, [this, c, lease, queue = std::move(queue), index, outcome, done](Attempt a) mutable {
        switch (a.kind) {
        case Attempt::Reversed:
            ++outcome.reversed;
            break;
        case Attempt::Refused:
            ++outcome.refused;
            outcome.lastError = a.error;
            break;
        case Attempt::Retry:
            outcome.lastError = a.error;
            break;
        }
        sendQueue(c, lease, std::move(queue), index + 1, outcome, std::move(done));
    });
}

void ReversalQueue::sendOne(const LinkContext &c, LeasePtr lease, const PendingReversal &r,
                            std::function<void(Attempt)> done)
{
    Database &db = m_link.db();
    auto retry = [this, r, done](const QString &error) {
        (void)ReversalRepository(m_link.db())
            .recordFailure(r.id, r.attempts + 1,
                           m_link.clock().nowMs() + AcquirerService::reversalBackoffMs(r.attempts + 1), error);
        done({Attempt::Retry, error});
    };
    auto txn = TransactionRepository(db).findById(r.transactionId);
    if (!txn)
        return retry(txn.error().fullText());
    if (m_link.clock().nowMs() - r.createdAt > c.acquirer.reversalExpiryMs) {
        const QString why = QCoreApplication::translate(
            "posdesk::ReversalQueue", "the reversal was not confirmed within the acquirer's time limit");
        if (auto s = refuse(c, r, *txn, QStringLiteral("expired"), why); !s)
            return retry(s.error().fullText());
        return done({Attempt::Refused, why});
    }
    std::optional<CardTransaction> original;
    if (txn->kind == TxnKind::Void && txn->originalId) {
        auto o = TransactionRepository(db).findById(*txn->originalId);
        if (!o)
            return retry(o.error().fullText());
        original = *o;
    }
    // A chip sale's reversal carries the chip's data (23, 55) as it stood when the sale was undone.
    std::optional<ChipRecord> chip;
    if (txn->kind == TxnKind::Sale && txn->entryMode == u"chip") {
        auto found = ChipRecordRepository(db).find(txn->id);
        if (!found)
            return retry(found.error().fullText());
        chip = *found;
    }
    auto mac = m_link.macEngine(c);
    if (!mac)
        return retry(mac.error().fullText());
    const iso8583::Message request =
        CupMessages::reversal(c, *txn, r.reason, original ? &*original : nullptr, chip ? &*chip : nullptr);
    auto wire = CupMessages::frame(request, c, &*mac);
    if (!wire)
        return retry(wire.error().fullText());
    if (auto s = lease->renew(); !s)
        return done({Attempt::Retry, s.error().fullText()});
    const CardTransaction reversed = *txn;
    HostExchange::start(
        m_link.endpointOf(c.acquirer), *wire, [this, c, lease, r, reversed, request, retry, done](ExchangeResult x) {
            if (!x.reply)
                return retry(x.reply.error().fullText());
            auto reply = CupMessages::readReply(*x.reply, request, c);
            if (!reply)
                return retry(reply.error().fullText());
            m_link.noteHeader(c, *reply);
            const QString code = reply->responseCode;
            const ResponseClassifier::Reversal kind = ResponseClassifier::reversal(code, c.acquirer.dialect);
            // The 0410 is believed only with a good MAC; a wrong one means the keys are out of step.
            auto replyMac = m_link.macEngine(c);
            Status macOk =
                replyMac ? CupMessages::verifyReplyMac(*reply, *replyMac, kind == ResponseClassifier::Reversal::Done)
                         : Status(replyMac.error());
            if (!macOk) {
                m_link.requireSignOn(c);
                return retry(macOk.error().fullText());
            }
            if (ResponseClassifier::forcesSignOn(code))
                m_link.requireSignOn(c);
            const QString text = ResponseCodeTable::forDialect(c.acquirer.dialect).describe(code);
            if (kind == ResponseClassifier::Reversal::Retry) {
                m_link.publish({c.terminal.id, QStringLiteral("host"), code, c.acquirer.dialect, c.terminal.tid,
                                c.terminal.mid, QStringLiteral("0410"), reversed.stan, m_link.clock().nowMs()});
                return retry(text);
            }
            if (kind == ResponseClassifier::Reversal::Final) {
                if (auto s = refuse(c, r, reversed, code, text); !s)
                    return retry(s.error().fullText());
                return done({Attempt::Refused, text});
            }
            Database &store = m_link.db();
            const TimeMs now = m_link.clock().nowMs();
            UnitOfWork uow(store);
            Status s = uow.isActive() ? Status() : uow.startStatus();
            if (s)
                s = TransactionRepository(store).transition(reversed.id, TxnStatus::InDoubt, TxnStatus::Reversed, now,
                                                            TxnAnswer{code, {}, {}, {}});
            if (s)
                s = ReversalRepository(store).markDone(r.id, now);
            if (s)
                s = audit(store, m_link.clock(), systemActor(), QStringLiteral("reversal"),
                          QStringLiteral("terminal %1 STAN %2").arg(c.terminal.tid).arg(reversed.stan),
                          QStringLiteral("ok"), QStringLiteral("reason %1, host %2").arg(r.reason, code));
            if (s)
                s = uow.commit();
            if (!s)
                return retry(s.error().fullText());
            done({Attempt::Reversed, {}});
        });
}

Status ReversalQueue::refuse(const LinkContext &c, const PendingReversal &r, const CardTransaction &txn,
                             const QString &code, const QString &error)
{
    Database &db = m_link.db();
    const TimeMs now = m_link.clock().nowMs();
    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus();
    IncidentRepository incidents(db);
    const QString incidentCode = QString::fromLatin1(kIncidentCode);
    auto open = incidents.findUnresolved(c.terminal.id, incidentCode);
    if (!open)
        return open.error();
    Id incidentId = 0;
    if (open->has_value()) {
        incidentId = (*open)->id;
        if (auto s = incidents.recordOccurrence(incidentId, now, txn.stan); !s)
            return s;
    } else {
        Incident i;
        i.terminalId = c.terminal.id;
        i.source = QStringLiteral("local");
        i.code = incidentCode;
        i.dialect = c.acquirer.dialect;
        i.tid = c.terminal.tid;
        i.mid = c.terminal.mid;
        i.mti = QStringLiteral("0400");
        i.stan = txn.stan;
        i.openedAt = i.lastSeenAt = now;
        auto id = incidents.add(i);
        if (!id)
            return id.error();
        incidentId = *id;
    }
    if (auto s = ReversalRepository(db).markRefused(r.id, code, incidentId, error, now); !s)
        return s;
    if (auto s =
            audit(db, m_link.clock(), systemActor(), QStringLiteral("reversal.refused"),
                  QStringLiteral("terminal %1 STAN %2").arg(c.terminal.tid).arg(txn.stan), QStringLiteral("refused"),
                  QStringLiteral("host %1; incident %2; %3 %4")
                      .arg(code)
                      .arg(incidentId)
                      .arg(txn.amount.toPlainString(), txn.amount.currency()));
        !s)
        return s;
    // The incident is written here, with the queue row; the recorder is not told again (it would count twice).
    if (auto s = uow.commit(); !s)
        return s;
    m_link.announceIncident(incidentId); // the owner sees it now, not at the next refresh
    return {};
}

Status ReversalQueue::resolve(const Actor &actor, Id reversalId, Resolution resolution, const QString &evidence)
{
    Database &db = m_link.db();
    const Clock &clock = m_link.clock();
    if (auto s = require(db, clock, actor, Permission::ManageIncidents, QStringLiteral("reversal %1").arg(reversalId));
        !s)
        return s;
    if (evidence.trimmed().size() < 4)
        return Error::usage(QCoreApplication::translate(
            "posdesk::ReversalQueue",
            "Say what the acquirer confirmed (who, when, their reference): that is the evidence "
            "kept with the resolution."));
    auto r = ReversalRepository(db).findById(reversalId);
    if (!r)
        return r.error();
    if (r->state != u"refused")
        return Error::refused(
            QCoreApplication::translate("posdesk::ReversalQueue",
                                        "Reversal %1 is %2; only a reversal the host refused can be resolved by hand.")
                .arg(reversalId)
                .arg(r->state));
    const TimeMs now = clock.nowMs();
    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus();
    const bool reversed = resolution == Resolution::Reversed;
    if (auto s =
            ReversalRepository(db).resolve(reversalId, reversed ? QStringLiteral("reversed") : QStringLiteral("kept"),
                                           actor.name, evidence.trimmed(), now);
        !s)
        return s;
    if (auto s = TransactionRepository(db).transition(r->transactionId, TxnStatus::InDoubt,
                                                      reversed ? TxnStatus::Reversed : TxnStatus::Approved, now);
        !s)
        return s;
    auto txn = TransactionRepository(db).findById(r->transactionId);
    if (!txn)
        return txn.error();
    if (!reversed && txn->kind == TxnKind::Void && txn->originalId) {
        // The void stands at the host: its sale is voided here too.
        if (auto s =
                TransactionRepository(db).transition(*txn->originalId, TxnStatus::Approved, TxnStatus::Voided, now);
            !s)
            return s;
    }
    if (r->incidentId) {
        // The incident closes with the last refused reversal of its terminal.
        auto q = ReversalRepository(db).list(QStringLiteral("refused"));
        if (!q)
            return q.error();
        bool others = false;
        for (const PendingReversal &p : *q)
            others = others || (p.incidentId == r->incidentId && p.id != reversalId);
        if (!others) {
            auto incident = IncidentRepository(db).findById(*r->incidentId);
            if (!incident)
                return incident.error();
            incident->state = IncidentState::Resolved;
            incident->resolvedAt = now;
            incident->cause = evidence.trimmed();
            if (auto s = IncidentRepository(db).update(*incident); !s)
                return s;
        }
    }
    if (auto s = audit(db, clock, actor, QStringLiteral("reversal.resolve"),
                       QStringLiteral("reversal %1").arg(reversalId), QStringLiteral("ok"),
                       QStringLiteral("%1; evidence: %2")
                           .arg(reversed ? QStringLiteral("reversed") : QStringLiteral("kept"), evidence.trimmed()));
        !s)
        return s;
    return uow.commit();
}

} // namespace posdesk
