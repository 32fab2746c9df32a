#pragma once

#include "acquirer/AcquirerService.h"
#include "acquirer/ChipPayment.h"

namespace posdesk {

class ReversalQueue;

// Sale, void and refund: checked, written ahead, sent under the terminal's lease after its reversals, and the
// answer read by the response-code table. Every state change is a compare-and-set; an approval that cannot be
// stored goes in doubt in a fresh unit of work and its reversal leaves at once.
class FinancialFlows
{
public:
    using Done = AcquirerService::Done<TxnOutcome>;

    FinancialFlows(AcquirerService &link, ReversalQueue &reversals);

    void sale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card, Done done);
    // A swipe after the chip of the same card could not be read (fallback): 22 = 02x, 60.5 = 2, online only. A plain
    // sale() refuses the swipe of a chip card (service code 2xx / 6xx).
    void fallbackSale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card, Done done);
    // A sale with the chip of the card in `card`: read up to its first GENERATE AC (ARQC, nothing moves before),
    // written ahead with its chip data in one unit, sent, and the host's answer given back to the card. The sale is
    // approved only when the card accepts the host's approval too (TC); an approval the card refuses (AAC), or a
    // card that cannot finish, is put in doubt and reversed at once. The card stays in the reader until `done`.
    // `chipUnreadable` is called (before `done`) when the card's chip could not be read at all, nothing having been
    // stored or sent: CUP then allows the swipe of that card as a fallback (fallbackSale). Not for a card that
    // declined by itself.
    void chipSale(const Actor &actor, const QString &tid, const Money &amount, std::shared_ptr<ChipCardChannel> card,
                  ChipSession::Chooser choose, Done done, std::function<void()> chipUnreadable = {});
    // A card that asks for its PIN gets it from the till's PIN pad (AcquirerService::setPinPad) when the terminal's
    // keys are in that pad; the till hears when the pad starts and stops waiting for the cardholder. Without a pad,
    // such a card is refused before anything is sent.
    void setPinPrompt(std::function<void(bool waiting)> prompt) { m_pinPrompt = std::move(prompt); }
    void voidSale(const Actor &actor, const QString &tid, int originalStan, Done done);
    void refund(const Actor &actor, const QString &tid, const Money &amount, const RefundOriginal &original,
                CardData &&card, Done done);

    // Codes whose open incident stops card payments on a terminal until someone deals with it (97, 03, 58).
    static bool blocksCardPayments(const QString &code);
    // The open incident that blocks card payments on the terminal, if any.
    static Result<std::optional<Incident>> blockingIncident(Database &db, Id terminalId);

    // Field 4 is n12: the largest amount a request can carry, in fen.
    static constexpr std::int64_t kMaxAmountMinor = 999999999999LL;
    // Field 48 of the 0500 carries each count (sales, refunds; UnionPay, other cards) as n3.
    static constexpr int kMaxBatchCount = 999;
    // How long a payment waits for a terminal another till or the reversal worker holds, and how often it looks.
    static constexpr std::int64_t kLeaseWaitMs = 3000;
    static constexpr int kLeaseRetryMs = 100;

private:
    struct Flow;
    // sale() and fallbackSale(): the same checks, and a chip card's stripe only as a fallback.
    void swipeSale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card, Done done,
                   bool fallback);
    // A flow with the terminal's context; null (and `done` already told) when the terminal cannot be read.
    std::shared_ptr<Flow> newFlow(const Actor &actor, const QString &tid, TxnKind kind, CardData *card, Done done);
    Status checkCanSell(const Actor &actor, const LinkContext &c);
    static Status checkAmount(const Money &amount);
    Result<CardTransaction> resolveRefundOriginal(const Actor &actor, const LinkContext &c,
                                                  const RefundOriginal &original);
    void begin(std::shared_ptr<Flow> flow);
    // A chip sale's card read up to cardholder verification, then askForPin or goOnlineWithChip.
    void readChip(std::shared_ptr<Flow> flow, std::shared_ptr<ChipCardChannel> card, ChipSession::Chooser choose,
                  std::function<void()> chipUnreadable);
    // The cardholder's PIN on the till's PIN pad, then goOnlineWithChip.
    void askForPin(std::shared_ptr<Flow> flow, const std::function<void(const Error &)> &unreadable);
    // A chip sale after cardholder verification: the first GENERATE AC, then the request.
    void goOnlineWithChip(std::shared_ptr<Flow> flow, std::optional<bool> pinEntered,
                          const std::function<void(const Error &)> &unreadable);
    Result<CardTransaction> writeAhead(Flow &flow);
    Status checkOriginalInUnit(Flow &flow, const CardTransaction &txn);
    void send(std::shared_ptr<Flow> flow, iso8583::Message request);
    void onReply(std::shared_ptr<Flow> flow, const iso8583::Message &request, ExchangeResult x);
    void approve(std::shared_ptr<Flow> flow, const CupMessages::Reply &reply, std::int64_t approvedMinor, bool partial);
    // A chip sale's approval goes to the card; only its TC makes the sale approved here.
    void completeChip(std::shared_ptr<Flow> flow, const CupMessages::Reply &reply, std::int64_t approvedMinor,
                      bool partial);
    // Tells the card the host's word did not come (or cannot be trusted), so it finishes declined.
    static void abandonChip(Flow &flow);
    void inDoubt(std::shared_ptr<Flow> flow, const QString &reason, const Error &cause);
    void finish(std::shared_ptr<Flow> flow, Result<TxnOutcome> result);

    AcquirerService &m_link;
    ReversalQueue &m_reversals;
    std::function<void(bool waiting)> m_pinPrompt;
};

} // namespace posdesk
