#include "settlement/SettlementService.h"

#include "acquirer/ResponseCodes.h"
#include "security/Permissions.h"
#include "storage/BatchRepository.h"
#include "storage/ReversalRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>

namespace posdesk {

namespace {
using Flag = iso8583::SettlementTotals::Reconciliation;
} // namespace

struct SettlementService::Run
{
    Actor actor;
    LinkContext ctx;
    Batch batch;
    BatchTotals totals;
    std::vector<CardTransaction> uploadItems;
    int uploadFirstStan = 0; // the items and the end message use consecutive STANs reserved in one write
    AcquirerService::Done<SettlementOutcome> done;
    SettlementOutcome outcome;
};

SettlementService::SettlementService(AcquirerService &link, QObject *parent) : QObject(parent), m_link(link) {}

Result<BatchTotals> SettlementService::totalsOf(Id terminalId, int batchNo)
{
    // One pass in the database; amounts stay integers.
    auto q = sql::run(m_link.db(),
                      QStringLiteral("SELECT CASE WHEN card_scheme = 'UnionPay' OR pan_masked LIKE '62%' THEN 0 ELSE "
                                     "1 END AS foreign_card, kind, COUNT(*), SUM(amount_minor) FROM transactions WHERE "
                                     "terminal_id = ? AND batch_no = ? AND ((kind = 'sale' AND status = 'approved') OR "
                                     "(kind = 'refund' AND status = 'approved')) GROUP BY 1, 2"),
                      {qlonglong(terminalId), batchNo},
                      QCoreApplication::translate("posdesk::SettlementService", "adding up the batch"));
    if (!q)
        return q.error();
    BatchTotals out;
    while (q->next()) {
        auto &side = q->value(0).toInt() == 0 ? out.totals.domestic : out.totals.foreign;
        const int count = q->value(2).toInt();
        const std::int64_t amount = q->value(3).toLongLong();
        if (q->value(1).toString() == u"sale") {
            side.debitCount += count;
            side.debitAmount += amount;
        } else {
            side.creditCount += count;
            side.creditAmount += amount;
        }
        out.transactionCount += count;
    }
    return out;
}

void SettlementService::settle(const Actor &actor, const QString &tid, AcquirerService::Done<SettlementOutcome> done)
{
    if (auto s = require(m_link.db(), m_link.clock(), actor, Permission::Settle, QStringLiteral("terminal ") + tid); !s)
        return done(s.error());
    auto ctx = m_link.context(tid);
    if (!ctx)
        return done(ctx.error());
    auto run = std::make_shared<Run>();
    run->actor = actor;
    run->ctx = *ctx;
    run->done = std::move(done);
    // Reversals first: the host must not count a transaction the till has given up on.
    m_link.flushReversals(tid, [this, run, tid](Result<ReversalFlushOutcome> flushed) {
        if (!flushed)
            return finish(run, flushed.error());
        auto pending = ReversalRepository(m_link.db()).pendingCount(run->ctx.terminal.id);
        if (!pending)
            return finish(run, pending.error());
        if (*pending > 0)
            return finish(run,
                          Error::refused(QCoreApplication::translate(
                                             "posdesk::SettlementService",
                                             "Terminal %1 still has %2 reversal(s) the host has not confirmed (%3). "
                                             "Settlement waits until they are through; check the link and try "
                                             "again.")
                                             .arg(tid)
                                             .arg(*pending)
                                             .arg(flushed->lastError)));
        auto fresh = m_link.context(tid);
        if (!fresh)
            return finish(run, fresh.error());
        run->ctx = *fresh;
        BatchRepository batches(m_link.db());
        auto batch = batches.find(run->ctx.terminal.id, run->ctx.terminal.batchNo);
        if (!batch) {
            if (batch.error().kind != ErrorKind::NotFound)
                return finish(run, batch.error());
            auto id = batches.open(run->ctx.terminal.id, run->ctx.terminal.batchNo, m_link.clock().nowMs());
            if (!id)
                return finish(run, id.error());
            batch = batches.find(run->ctx.terminal.id, run->ctx.terminal.batchNo);
            if (!batch)
                return finish(run, batch.error());
        }
        if (batch->state == BatchState::Closed)
            return finish(run, Error::refused(QCoreApplication::translate("posdesk::SettlementService",
                                                                          "Batch %1 is already closed.")
                                                  .arg(batch->batchNo)));
        run->batch = *batch;
        auto totals = totalsOf(run->ctx.terminal.id, run->batch.batchNo);
        if (!totals)
            return finish(run, totals.error());
        run->totals = *totals;
        if (auto digits = run->totals.totals.toDigits(); !digits)
            return finish(run, Error::refused(QCoreApplication::translate(
                                                  "posdesk::SettlementService",
                                                  "Batch %1 holds more transactions or a larger total than a CUP "
                                                  "settlement message can carry. Call the acquirer to settle it by "
                                                  "hand, and settle more often.")
                                                  .arg(run->batch.batchNo),
                                              digits.error().fullText()));
        if (auto s = batches.setState(run->batch.id, BatchState::Settling); !s)
            return finish(run, s.error());
        run->outcome.tid = tid;
        run->outcome.batchNo = run->batch.batchNo;
        run->outcome.totals = run->totals;
        sendSettlement(run, false);
    });
}

void SettlementService::sendSettlement(std::shared_ptr<Run> run, bool second)
{
    const LinkContext &c = run->ctx;
    if (!m_link.acquire(c.terminal.id))
        return finish(run, Error::refused(QCoreApplication::translate("posdesk::SettlementService",
                                                                      "Terminal %1 is busy with another request.")
                                              .arg(c.terminal.tid)));
    auto stan = TerminalRepository(m_link.db()).takeStan(c.terminal.id);
    if (!stan) {
        m_link.release(c.terminal.id);
        return finish(run, stan.error());
    }
    const iso8583::Message request = CupMessages::settlement(c, *stan, run->batch.batchNo, run->totals.totals);
    auto wire = CupMessages::frame(request, c, nullptr);
    if (!wire) {
        m_link.release(c.terminal.id);
        return finish(run, wire.error());
    }
    HostExchange::start(m_link.endpointOf(c.acquirer), *wire, [this, run, request, second](ExchangeResult x) {
        m_link.release(run->ctx.terminal.id);
        if (!x.reply)
            return finish(run, x.reply.error());
        auto reply = CupMessages::readReply(*x.reply, request);
        if (!reply)
            return finish(run, reply.error());
        if (reply->responseCode != u"00") {
            m_link.publish({run->ctx.terminal.id, QStringLiteral("host"), reply->responseCode,
                            run->ctx.acquirer.dialect, run->ctx.terminal.tid, run->ctx.terminal.mid,
                            QStringLiteral("0510"), request.text(11).toInt(), m_link.clock().nowMs()});
            return finish(run,
                          Error::declined(QCoreApplication::translate("posdesk::SettlementService",
                                                                      "The host refused the settlement: %1")
                                              .arg(ResponseCodeTable::forDialect().describe(reply->responseCode))));
        }
        auto hostTotals = iso8583::SettlementTotals::parse(reply->message.view(48));
        if (!hostTotals)
            return finish(
                run, Error::corrupt(QCoreApplication::translate("posdesk::SettlementService",
                                                                "The host's settlement answer has no readable totals."),
                                    hostTotals.error().fullText()));
        const Flag flag =
            hostTotals->domestic.flag == Flag::NotBalanced || hostTotals->foreign.flag == Flag::NotBalanced
                ? Flag::NotBalanced
            : hostTotals->domestic.flag == Flag::Error || hostTotals->foreign.flag == Flag::Error ? Flag::Error
                                                                                                  : Flag::Balanced;
        if (flag == Flag::Error)
            return finish(
                run, Error::declined(QCoreApplication::translate(
                         "posdesk::SettlementService", "The host reports an error in the settlement totals. The batch "
                                                       "stays open; call the acquirer.")));
        if (flag == Flag::Balanced)
            return close(run, second ? QStringLiteral("uploaded-balanced") : QStringLiteral("balanced"));
        if (second)
            // Never loop on a host that stays unbalanced: a person has to look at it.
            return finish(
                run, Error::declined(QCoreApplication::translate(
                         "posdesk::SettlementService", "The host still does not agree with the batch totals after the "
                                                       "batch upload. The batch stays open; call the acquirer with the "
                                                       "totals printed above.")));
        TxnFilter f;
        f.terminalId = run->ctx.terminal.id;
        f.batchNo = run->batch.batchNo;
        f.status = TxnStatus::Approved;
        auto items = TransactionRepository(m_link.db()).list(f);
        if (!items)
            return finish(run, items.error());
        for (CardTransaction &t : *items) {
            if (t.kind == TxnKind::Sale || t.kind == TxnKind::Refund)
                run->uploadItems.push_back(std::move(t));
        }
        // One committed write for every STAN of the upload instead of one (and one fsync) per item.
        auto first = TerminalRepository(m_link.db()).takeStans(run->ctx.terminal.id, int(run->uploadItems.size()) + 1);
        if (!first)
            return finish(run, first.error());
        run->uploadFirstStan = *first;
        run->outcome.uploaded = true;
        upload(run, 0);
    });
}

void SettlementService::upload(std::shared_ptr<Run> run, size_t index)
{
    const LinkContext &c = run->ctx;
    const bool end = index >= run->uploadItems.size();
    if (!m_link.acquire(c.terminal.id))
        return finish(run, Error::refused(QCoreApplication::translate("posdesk::SettlementService",
                                                                      "Terminal %1 is busy with another request.")
                                              .arg(c.terminal.tid)));
    const int stan = TerminalRepository::stanAfter(run->uploadFirstStan, int(index));
    const iso8583::Message request =
        end ? CupMessages::batchUploadEnd(c, stan, run->batch.batchNo, int(run->uploadItems.size()))
            : CupMessages::batchUploadItem(c, stan, run->batch.batchNo, run->uploadItems[index]);
    auto wire = CupMessages::frame(request, c, nullptr);
    if (!wire) {
        m_link.release(c.terminal.id);
        return finish(run, wire.error());
    }
    HostExchange::start(m_link.endpointOf(c.acquirer), *wire, [this, run, request, index, end](ExchangeResult x) {
        m_link.release(run->ctx.terminal.id);
        if (!x.reply)
            return finish(run, Error(x.reply.error().kind,
                                     QCoreApplication::translate(
                                         "posdesk::SettlementService",
                                         "The batch upload stopped at item %1: %2 The batch stays open; settle again.")
                                         .arg(index + 1)
                                         .arg(x.reply.error().message),
                                     x.reply.error().detail));
        auto reply = CupMessages::readReply(*x.reply, request);
        if (!reply)
            return finish(run, reply.error());
        if (reply->responseCode != u"00")
            return finish(run,
                          Error::declined(QCoreApplication::translate("posdesk::SettlementService",
                                                                      "The host refused the batch upload: %1")
                                              .arg(ResponseCodeTable::forDialect().describe(reply->responseCode))));
        if (!end) {
            run->outcome.uploadedCount++;
            return upload(run, index + 1);
        }
        if (run->ctx.acquirer.resettleAfterUpload)
            return sendSettlement(run, true);
        close(run, QStringLiteral("uploaded"));
    });
}

void SettlementService::close(std::shared_ptr<Run> run, const QString &verdict)
{
    Database &db = m_link.db();
    const TimeMs now = m_link.clock().nowMs();
    UnitOfWork uow(db);
    if (!uow.isActive())
        return finish(run, uow.startStatus().error());
    Batch closed = run->batch;
    const auto &t = run->totals.totals;
    closed.saleCount = t.domestic.debitCount + t.foreign.debitCount;
    closed.saleMinor = t.domestic.debitAmount + t.foreign.debitAmount;
    closed.refundCount = t.domestic.creditCount + t.foreign.creditCount;
    closed.refundMinor = t.domestic.creditAmount + t.foreign.creditAmount;
    closed.hostResult = verdict;
    if (auto s = BatchRepository(db).close(closed, now); !s)
        return finish(run, s.error());
    const int nextBatch = run->batch.batchNo >= 999999 ? 1 : run->batch.batchNo + 1;
    if (auto s = TerminalRepository(db).setBatchNo(run->ctx.terminal.id, nextBatch, now); !s)
        return finish(run, s.error());
    if (auto s = audit(db, m_link.clock(), run->actor, QStringLiteral("settlement"),
                       QStringLiteral("terminal %1 batch %2").arg(run->ctx.terminal.tid).arg(run->batch.batchNo),
                       QStringLiteral("ok"),
                       QStringLiteral("%1; sales %2/%3 refunds %4/%5")
                           .arg(verdict)
                           .arg(closed.saleCount)
                           .arg(Money::cny(closed.saleMinor).toPlainString())
                           .arg(closed.refundCount)
                           .arg(Money::cny(closed.refundMinor).toPlainString()));
        !s)
        return finish(run, s.error());
    if (auto s = uow.commit(); !s)
        return finish(run, s.error());
    run->outcome.verdict = verdict;
    finish(run, run->outcome);
}

void SettlementService::finish(std::shared_ptr<Run> run, Result<SettlementOutcome> result)
{
    if (!result && run->batch.id != 0) {
        // Whatever went wrong, the batch is open again so that it can be settled later.
        auto current = BatchRepository(m_link.db()).find(run->batch.terminalId, run->batch.batchNo);
        if (current && current->state == BatchState::Settling)
            (void)BatchRepository(m_link.db()).setState(run->batch.id, BatchState::Open);
    }
    auto done = std::move(run->done);
    if (done)
        done(std::move(result));
}

} // namespace posdesk
