#include "acquirer/ChipAdvices.h"

#include "acquirer/CupMessages.h"
#include "acquirer/HostExchange.h"
#include "acquirer/ResponseCodes.h"
#include "storage/ChipRecordRepository.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace posdesk {

namespace {

struct Round
{
    AcquirerService *link = nullptr;
    LinkContext ctx;
    LeasePtr lease;
    std::vector<ChipRecord> owed;
    AdviceRound result;
    std::function<void(AdviceRound)> done;
};

void stop(const std::shared_ptr<Round> &r, size_t index, const QString &why)
{
    r->result.pending = int(r->owed.size() - index);
    r->result.lastError = why;
    auto done = std::move(r->done);
    done(r->result);
}

void sendNext(std::shared_ptr<Round> r, size_t index)
{
    if (index >= r->owed.size())
        return stop(r, index, {});
    AcquirerService &link = *r->link;
    Database &db = link.db();
    const ChipRecord &advice = r->owed[index];
    auto txn = TransactionRepository(db).findById(advice.transactionId);
    if (!txn)
        return stop(r, index, txn.error().fullText());
    auto stan = TerminalRepository(db).takeStan(r->ctx.terminal.id);
    if (!stan)
        return stop(r, index, stan.error().fullText());
    auto mac = link.macEngine(r->ctx);
    if (!mac)
        return stop(r, index, mac.error().fullText());
    const iso8583::Message request = CupMessages::scriptAdvice(r->ctx, *stan, *txn, advice);
    auto wire = CupMessages::frame(request, r->ctx, &*mac);
    if (!wire)
        return stop(r, index, wire.error().fullText());
    if (auto s = r->lease->renew(); !s)
        return stop(r, index, s.error().fullText());
    HostExchange::start(link.endpointOf(r->ctx.acquirer), *wire, [r, index, request](ExchangeResult x) {
        AcquirerService &host = *r->link;
        if (!x.reply)
            return stop(r, index, x.reply.error().fullText());
        auto reply = CupMessages::readReply(*x.reply, request, r->ctx);
        if (!reply)
            return stop(r, index, reply.error().fullText());
        host.noteHeader(r->ctx, *reply);
        const bool ok = reply->responseCode == u"00";
        auto replyMac = host.macEngine(r->ctx);
        Status macOk = replyMac ? CupMessages::verifyReplyMac(*reply, *replyMac, ok) : Status(replyMac.error());
        if (!macOk) {
            host.requireSignOn(r->ctx);
            return stop(r, index, macOk.error().fullText());
        }
        if (!ok)
            return stop(r, index,
                        QCoreApplication::translate("posdesk::ChipAdvices",
                                                    "The host did not take the chip's script results: %1")
                            .arg(ResponseCodeTable::forDialect(r->ctx.acquirer.dialect).describe(reply->responseCode)));
        if (auto s = ChipRecordRepository(host.db()).markAdviceSent(r->owed[index].transactionId); !s)
            // The host has it; sent again later, it is the same advice and the host answers 00 again.
            return stop(r, index, s.error().fullText());
        r->result.sent++;
        sendNext(r, index + 1);
    });
}

} // namespace

void sendChipAdvices(AcquirerService &link, const LinkContext &c, LeasePtr lease, std::function<void(AdviceRound)> done)
{
    auto r = std::make_shared<Round>();
    r->link = &link;
    r->ctx = c;
    r->lease = std::move(lease);
    r->done = std::move(done);
    auto owed = ChipRecordRepository(link.db()).pendingAdvices(c.terminal.id);
    if (!owed) {
        r->result.lastError = owed.error().fullText();
        auto d = std::move(r->done);
        return d(r->result);
    }
    r->owed = std::move(*owed);
    sendNext(r, 0);
}

} // namespace posdesk
