#include "settlement/SettlementService.h"

#include "acquirer/ChipAdvices.h"
#include "acquirer/ResponseCodes.h"
#include "acquirer/ReversalQueue.h"
#include "security/Permissions.h"
#include "storage/BatchRepository.h"
#include "storage/ChipRecordRepository.h"
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
    std::vector<std::optional<ChipRecord>> uploadChips;      // beside uploadItems: the chip data of a chip sale
    std::vector<std::pair<CardTransaction, ChipRecord>> tcs; // TCs to upload after the close
    int uploadFirstStan = 0; // the items and the end message use consecutive STANs reserved in one write
    AcquirerService::Done<SettlementOutcome> done;
    SettlementOutcome outcome;
    LeasePtr lease;
    QString hostTotals; // field 48 of the first 0510
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
    auto lease = m_link.lease(*ctx);
    if (!lease)
        return finish(run, lease.error());
    run->lease = *lease;
    // Reversals first: the host must not count a transaction the till has given up on.
    m_link.reversals().sendFirst(run->ctx, run->lease, [this, run](Status first) {
        if (!first)
            return finish(run, Error(first.error().kind,
                                     QCoreApplication::translate("posdesk::SettlementService",
                                                                 "Settlement waits until the reversals are through: %1")
                                         .arg(first.error().message),
                                     first.error().detail));
        // The chip's script results the host is owed; they move no money and do not hold the settlement up.
        sendChipAdvices(m_link, run->ctx, run->lease, [this, run](AdviceRound advices) {
            run->outcome.advicesSent = advices.sent;
            run->outcome.advicesOwed = advices.pending;
            begin(run);
        });
    });
}

void SettlementService::begin(std::shared_ptr<Run> run)
{
    Database &db = m_link.db();
    auto fresh = m_link.context(run->ctx.terminal.tid);
    if (!fresh)
        return finish(run, fresh.error());
    run->ctx = *fresh;
    const QString tid = run->ctx.terminal.tid;
    auto refused = ReversalRepository(db).list(QStringLiteral("refused"), run->ctx.terminal.id);
    if (!refused)
        return finish(run, refused.error());
    if (!refused->empty())
        return finish(run, Error::refused(QCoreApplication::translate(
                                              "posdesk::SettlementService",
                                              "Terminal %1 has %2 reversal(s) the host refused (reversal No. %3, alert "
                                              "No. %4). The batch settles once an owner has recorded what the acquirer "
                                              "confirmed: posdesk-cli reversals resolve %3 …")
                                              .arg(tid)
                                              .arg(refused->size())
                                              .arg(refused->front().id)
                                              .arg(refused->front().incidentId.value_or(0))));
    BatchRepository batches(db);
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
        return finish(
            run, Error::refused(QCoreApplication::translate("posdesk::SettlementService", "Batch %1 is already closed.")
                                    .arg(batch->batchNo)));
    run->batch = *batch;
    run->outcome.tid = tid;
    run->outcome.batchNo = run->batch.batchNo;
    auto totals = totalsOf(run->ctx.terminal.id, run->batch.batchNo);
    if (!totals)
        return finish(run, totals.error());
    run->totals = *totals;
    run->outcome.totals = run->totals;
    if (batch->state == BatchState::HostSettled) {
        // The host closed it before a crash or a failed write: only the local close is left.
        run->outcome.uploaded = batch->hostResult.startsWith(u"uploaded");
        return close(run, batch->hostResult.isEmpty() ? QStringLiteral("balanced") : batch->hostResult);
    }
    if (batch->state == BatchState::Open) {
        if (auto s = batches.transition(run->batch.id, BatchState::Open, BatchState::Settling); !s)
            return finish(run, s.error());
        run->batch.state = BatchState::Settling;
    } // settling already: a settlement cut off earlier, resumed under this lease
    // Nothing new can enter a settling batch; what is still pending or in doubt keeps it open.
    auto unsettled = TransactionRepository(db).unsettledCount(run->ctx.terminal.id, run->batch.batchNo);
    if (!unsettled)
        return finish(run, unsettled.error());
    if (*unsettled > 0)
        return finish(run,
                      Error::refused(QCoreApplication::translate(
                                         "posdesk::SettlementService",
                                         "Batch %1 of terminal %2 still holds %3 transaction(s) whose outcome is not "
                                         "known yet (pending or in doubt). They are reversed first; settle again when "
                                         "the reversals are through.")
                                         .arg(run->batch.batchNo)
                                         .arg(tid)
                                         .arg(*unsettled)));
    if (auto digits = run->totals.totals.toDigits(); !digits)
        return finish(run, Error::refused(QCoreApplication::translate(
                                              "posdesk::SettlementService",
                                              "Batch %1 holds more transactions or a larger total than a CUP "
                                              "settlement message can carry. Call the acquirer to settle it by "
                                              "hand, and settle more often.")
                                              .arg(run->batch.batchNo),
                                          digits.error().fullText()));
    sendSettlement(run, false);
}

void SettlementService::sendSettlement(std::shared_ptr<Run> run, bool second)
{
    const LinkContext &c = run->ctx;
    auto stan = TerminalRepository(m_link.db()).takeStan(c.terminal.id);
    if (!stan)
        return finish(run, stan.error());
    const iso8583::Message request = CupMessages::settlement(c, *stan, run->batch.batchNo, run->totals.totals);
    auto wire = CupMessages::frame(request, c, nullptr);
    if (!wire)
        return finish(run, wire.error());
    if (auto s = run->lease->renew(); !s)
        return finish(run, s.error());
    HostExchange::start(m_link.endpointOf(c.acquirer), *wire, [this, run, request, second](ExchangeResult x) {
        if (!x.reply)
            return finish(run, x.reply.error());
        auto reply = CupMessages::readReply(*x.reply, request, run->ctx);
        if (!reply)
            return finish(run, reply.error());
        m_link.noteHeader(run->ctx, *reply);
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
        const QString hostDigits = reply->message.text(48);
        const auto d = hostTotals->domestic.flag;
        const auto f = hostTotals->foreign.flag;
        if (d == Flag::NotSet || f == Flag::NotSet)
            // A 0510 without a verdict is not "balanced": the batch stays open and nothing is guessed.
            return finish(run, Error::corrupt(QCoreApplication::translate(
                                                  "posdesk::SettlementService",
                                                  "The host's settlement answer gives no verdict on the totals. The "
                                                  "batch stays open; settle again later or call the acquirer."),
                                              QStringLiteral("0510 field 48 = %1").arg(hostDigits)));
        const Flag flag = d == Flag::NotBalanced || f == Flag::NotBalanced ? Flag::NotBalanced
                          : d == Flag::Error || f == Flag::Error           ? Flag::Error
                                                                           : Flag::Balanced;
        if (flag == Flag::Error)
            return finish(
                run, Error::declined(QCoreApplication::translate(
                         "posdesk::SettlementService", "The host reports an error in the settlement totals. The batch "
                                                       "stays open; call the acquirer.")));
        if (flag == Flag::Balanced)
            return hostSettled(run, second ? QStringLiteral("uploaded-balanced") : QStringLiteral("balanced"),
                               hostDigits);
        if (second)
            // Never loop on a host that stays unbalanced: a person has to look at it.
            return finish(
                run, Error::declined(QCoreApplication::translate(
                         "posdesk::SettlementService", "The host still does not agree with the batch totals after the "
                                                       "batch upload. The batch stays open; call the acquirer with the "
                                                       "totals printed above.")));
        run->hostTotals = hostDigits;
        TxnFilter filter;
        filter.terminalId = run->ctx.terminal.id;
        filter.batchNo = run->batch.batchNo;
        filter.status = TxnStatus::Approved;
        auto items = TransactionRepository(m_link.db()).list(filter);
        if (!items)
            return finish(run, items.error());
        for (CardTransaction &t : *items) {
            if (t.kind != TxnKind::Sale && t.kind != TxnKind::Refund)
                continue;
            std::optional<ChipRecord> chip;
            if (t.kind == TxnKind::Sale && t.entryMode == u"chip") {
                auto found = ChipRecordRepository(m_link.db()).find(t.id);
                if (!found)
                    return finish(run, found.error());
                if (found->has_value() && (*found)->cardDecision == u"tc")
                    chip = **found;
            }
            run->uploadItems.push_back(std::move(t));
            run->uploadChips.push_back(std::move(chip));
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
    const int stan = TerminalRepository::stanAfter(run->uploadFirstStan, int(index));
    const iso8583::Message request =
        end ? CupMessages::batchUploadEnd(c, stan, run->batch.batchNo, int(run->uploadItems.size()))
            : CupMessages::batchUploadItem(c, stan, run->batch.batchNo, run->uploadItems[index],
                                           run->uploadChips[index] ? &*run->uploadChips[index] : nullptr, false);
    auto wire = CupMessages::frame(request, c, nullptr);
    if (!wire)
        return finish(run, wire.error());
    if (auto s = run->lease->renew(); !s)
        return finish(run, s.error());
    HostExchange::start(m_link.endpointOf(c.acquirer), *wire, [this, run, request, index, end](ExchangeResult x) {
        if (!x.reply)
            return finish(run, Error(x.reply.error().kind,
                                     QCoreApplication::translate(
                                         "posdesk::SettlementService",
                                         "The batch upload stopped at item %1: %2 The batch stays open; settle again.")
                                         .arg(index + 1)
                                         .arg(x.reply.error().message),
                                     x.reply.error().detail));
        auto reply = CupMessages::readReply(*x.reply, request, run->ctx);
        if (!reply)
            return finish(run, reply.error());
        if (reply->responseCode != u"00")
            return finish(run,
                          Error::declined(QCoreApplication::translate("posdesk::SettlementService",
                                                                      "The host refused the batch upload: %1")
                                              .arg(ResponseCodeTable::forDialect().describe(reply->responseCode))));
        if (!end) {
            run->outcome.uploadedCount++;
            // The item carried its TC (205): nothing is owed for it after the close.
            if (run->uploadChips[index])
                (void)ChipRecordRepository(m_link.db()).markTcUploaded(run->uploadItems[index].id);
            return upload(run, index + 1);
        }
        if (run->ctx.acquirer.resettleAfterUpload)
            return sendSettlement(run, true);
        hostSettled(run, QStringLiteral("uploaded"), run->hostTotals);
    });
}

void SettlementService::hostSettled(std::shared_ptr<Run> run, const QString &verdict, const QString &hostTotals)
{
    // Kept before anything else: from here on the batch is the host's closed batch, whatever fails locally.
    auto s = BatchRepository(m_link.db()).markHostSettled(run->batch.id, hostTotals, verdict, m_link.clock().nowMs());
    if (!s)
        return finish(run, s.error());
    run->batch.state = BatchState::HostSettled;
    close(run, verdict);
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
    if (auto s = TerminalRepository(db).adoptBatchNo(run->ctx.terminal.id, run->batch.batchNo, nextBatch, now); !s)
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
    uploadTcs(run);
}

void SettlementService::uploadTcs(std::shared_ptr<Run> run)
{
    Database &db = m_link.db();
    TxnFilter filter;
    filter.terminalId = run->ctx.terminal.id;
    filter.batchNo = run->batch.batchNo;
    filter.status = TxnStatus::Approved;
    auto items = TransactionRepository(db).list(filter);
    if (!items)
        return finish(run, run->outcome); // the batch is closed; the TCs stay owed
    for (CardTransaction &t : *items) {
        if (t.kind != TxnKind::Sale || t.entryMode != u"chip")
            continue;
        auto chip = ChipRecordRepository(db).find(t.id);
        if (chip && chip->has_value() && (*chip)->cardDecision == u"tc" && !(*chip)->tcUploaded &&
            !(*chip)->finalIcc.isEmpty())
            run->tcs.emplace_back(std::move(t), **chip);
    }
    run->outcome.tcOwed = int(run->tcs.size());
    if (run->tcs.empty())
        return finish(run, run->outcome);
    auto first = TerminalRepository(db).takeStans(run->ctx.terminal.id, int(run->tcs.size()));
    if (!first)
        return finish(run, run->outcome);
    run->uploadFirstStan = *first;
    uploadTc(run, 0);
}

void SettlementService::uploadTc(std::shared_ptr<Run> run, size_t index)
{
    if (index >= run->tcs.size())
        return finish(run, run->outcome);
    const LinkContext &c = run->ctx;
    const int stan = TerminalRepository::stanAfter(run->uploadFirstStan, int(index));
    const auto &[txn, chip] = run->tcs[index];
    const iso8583::Message request = CupMessages::batchUploadItem(c, stan, run->batch.batchNo, txn, &chip, true);
    auto wire = CupMessages::frame(request, c, nullptr);
    if (!wire || !run->lease->renew())
        return finish(run, run->outcome);
    HostExchange::start(m_link.endpointOf(c.acquirer), *wire, [this, run, request, index](ExchangeResult x) {
        // A TC that does not get through stays owed for the next settlement; the batch is closed either way.
        if (!x.reply)
            return finish(run, run->outcome);
        auto reply = CupMessages::readReply(*x.reply, request, run->ctx);
        if (!reply || reply->responseCode != u"00")
            return finish(run, run->outcome);
        if (ChipRecordRepository(m_link.db()).markTcUploaded(run->tcs[index].first.id)) {
            run->outcome.tcUploaded++;
            run->outcome.tcOwed--;
        }
        uploadTc(run, index + 1);
    });
}

void SettlementService::finish(std::shared_ptr<Run> run, Result<SettlementOutcome> result)
{
    if (!result && run->batch.id != 0 && run->batch.state == BatchState::Settling)
        // The host has not closed it: open again so that it can be settled later. A host-settled batch stays.
        (void)BatchRepository(m_link.db()).transition(run->batch.id, BatchState::Settling, BatchState::Open);
    if (run->lease)
        run->lease->release();
    run->lease.reset();
    auto done = std::move(run->done);
    if (done)
        done(std::move(result));
}

} // namespace posdesk
