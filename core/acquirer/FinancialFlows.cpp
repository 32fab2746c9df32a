#include "acquirer/FinancialFlows.h"

#include "acquirer/IcDownload.h"
#include "acquirer/ResponseClassifier.h"
#include "acquirer/ResponseCodes.h"
#include "acquirer/ReversalQueue.h"
#include "card/CardData.h"
#include "security/PanProtector.h"
#include "security/Permissions.h"
#include "storage/BatchRepository.h"
#include "storage/ChipRecordRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QTimer>

namespace posdesk {

namespace {

// Codes that stop card sales on the terminal until a person has dealt with them.
const char *const kBlockingCodes[] = {"97", "03", "58"};

QString eventName(TxnKind k)
{
    return k == TxnKind::Sale   ? QStringLiteral("sale")
           : k == TxnKind::Void ? QStringLiteral("void")
                                : QStringLiteral("refund");
}

bool isDomestic(const CardTransaction &t)
{
    return t.cardScheme == u"UnionPay" || t.panMasked.startsWith(u"62");
}

} // namespace

struct FinancialFlows::Flow
{
    Actor actor;
    QString tid;
    TxnKind kind = TxnKind::Sale;
    Money amount;
    std::shared_ptr<CardData> card;
    std::optional<CardTransaction> original;
    RefundOriginal refundRef;
    LinkContext ctx;
    LeasePtr lease;
    CardTransaction txn;
    Done done;
    TimeMs startedAt = 0;
    std::optional<crypto::MacEngine> mac;
    std::shared_ptr<ChipSession> chip; // a chip sale's card, from its first GENERATE AC to its last word
    bool fallback = false;             // a swipe after the chip of the card could not be read
    SecureBytes pinBlock;              // field 52 from the PIN pad, wiped once the request is built
};

FinancialFlows::FinancialFlows(AcquirerService &link, ReversalQueue &reversals) : m_link(link), m_reversals(reversals)
{}

Status FinancialFlows::checkAmount(const Money &amount)
{
    if (amount.minor() <= 0)
        return Error::usage(
            QCoreApplication::translate("posdesk::FinancialFlows", "The amount must be more than zero."));
    if (amount.minor() > kMaxAmountMinor)
        return Error::usage(
            QCoreApplication::translate("posdesk::FinancialFlows",
                                        "%1 is more than one card payment can carry (at most 9,999,999,999.99).")
                .arg(amount.toPlainString()));
    if (Money::numericCodeOf(amount.currency()).isEmpty())
        return Error::usage(
            QCoreApplication::translate("posdesk::FinancialFlows", "%1 is not a currency the host can be sent.")
                .arg(amount.currency()));
    return {};
}

bool FinancialFlows::blocksCardPayments(const QString &code)
{
    for (const char *c : kBlockingCodes) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

Result<std::optional<Incident>> FinancialFlows::blockingIncident(Database &db, Id terminalId)
{
    QStringList codes;
    for (const char *code : kBlockingCodes)
        codes << QString::fromLatin1(code);
    return IncidentRepository(db).findUnresolvedAny(terminalId, codes);
}

Status FinancialFlows::checkCanSell(const Actor &actor, const LinkContext &c)
{
    Database &db = m_link.db();
    if (auto s = require(db, m_link.clock(), actor, Permission::Sell, QStringLiteral("terminal ") + c.terminal.tid); !s)
        return s;
    const TerminalState s = c.terminal.state;
    if (s != TerminalState::Active && s != TerminalState::SignedOn && s != TerminalState::KeysLoaded)
        return Error::refused(
            QCoreApplication::translate(
                "posdesk::FinancialFlows",
                "Terminal %1 is %2 and cannot take card payments. Take cash instead, or use another terminal.")
                .arg(c.terminal.tid, displayName(s)));
    auto open = blockingIncident(db, c.terminal.id);
    if (!open)
        return open.error();
    if (open->has_value())
        return Error::refused(
            QCoreApplication::translate("posdesk::FinancialFlows",
                                        "Card payments on terminal %1 are blocked by open alert No. %2 (%3). Take cash "
                                        "for now and work through the alert in Alerts.")
                .arg(c.terminal.tid)
                .arg((*open)->id)
                .arg(ResponseCodeTable::forDialect().describe((*open)->code)));
    return {};
}

std::shared_ptr<FinancialFlows::Flow> FinancialFlows::newFlow(const Actor &actor, const QString &tid, TxnKind kind,
                                                              CardData *card, Done done)
{
    // The card data lives on the heap only until the request is built, then it is wiped.
    auto flow = std::make_shared<Flow>();
    flow->startedAt = m_link.clock().nowMs();
    if (card)
        flow->card = std::make_shared<CardData>(std::move(*card));
    flow->actor = actor;
    flow->tid = tid;
    flow->kind = kind;
    flow->done = std::move(done);
    auto c = m_link.context(tid);
    if (!c) {
        finish(flow, c.error());
        return nullptr;
    }
    flow->ctx = *c;
    return flow;
}

void FinancialFlows::sale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card, Done done)
{
    swipeSale(actor, tid, amount, std::move(card), std::move(done), false);
}

void FinancialFlows::fallbackSale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card,
                                  Done done)
{
    swipeSale(actor, tid, amount, std::move(card), std::move(done), true);
}

void FinancialFlows::swipeSale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card, Done done,
                               bool fallback)
{
    auto flow = newFlow(actor, tid, TxnKind::Sale, &card, std::move(done));
    if (!flow)
        return;
    flow->amount = amount;
    flow->fallback = fallback;
    if (auto s = checkCanSell(actor, flow->ctx); !s)
        return finish(flow, s.error());
    if (auto s = checkAmount(amount); !s)
        return finish(flow, s.error());
    if (flow->card->isEmpty())
        return finish(flow, Error::usage(QCoreApplication::translate("posdesk::FinancialFlows",
                                                                     "No card was read. Swipe the card again.")));
    if (flow->card->isChipCard() && !fallback)
        // CUP closed the stripe of chip cards for POS use: the chip first, the swipe only when it fails.
        return finish(flow, Error::refused(QCoreApplication::translate(
                                "posdesk::FinancialFlows",
                                "This is a chip card: insert it into the card reader (请插卡). Swipe it only if "
                                "its chip cannot be read.")));
    if (!flow->card->isChipCard() && fallback)
        return finish(flow, Error::usage(QCoreApplication::translate(
                                "posdesk::FinancialFlows",
                                "This card has no chip (its stripe says so): take it as an ordinary swipe.")));
    begin(flow);
}

void FinancialFlows::chipSale(const Actor &actor, const QString &tid, const Money &amount,
                              std::shared_ptr<ChipCardChannel> card, ChipSession::Chooser choose, Done done,
                              std::function<void()> chipUnreadable)
{
    auto flow = newFlow(actor, tid, TxnKind::Sale, nullptr, std::move(done));
    if (!flow)
        return;
    flow->amount = amount;
    if (auto s = checkCanSell(actor, flow->ctx); !s)
        return finish(flow, s.error());
    if (auto s = checkAmount(amount); !s)
        return finish(flow, s.error());
    if (amount.currency() != u"CNY")
        return finish(flow, Error::usage(QCoreApplication::translate("posdesk::FinancialFlows",
                                                                     "A chip card is charged in yuan (CNY) only.")));
    if (!card)
        return finish(flow, Error::usage(QCoreApplication::translate("posdesk::FinancialFlows",
                                                                     "No card is in the reader. Insert the card.")));
    if (flow->ctx.terminal.pinPadSlot && !m_link.pinPad())
        return finish(flow, AcquirerService::noPinPad(flow->ctx.terminal.tid));
    if (!flow->ctx.terminal.icDownloadRequired)
        return readChip(flow, std::move(card), std::move(choose), std::move(chipUnreadable));
    // The CA keys and chip applications the terminal owes (first sign-on, or the host asked) come first. A download
    // that fails does not stop the sale: the card is read with the parameters there are, and the download stays
    // owed for the next time.
    auto ic = std::make_shared<IcDownload>(m_link);
    ic->run(actor, tid,
            [this, flow, ic, card = std::move(card), choose = std::move(choose),
             chipUnreadable = std::move(chipUnreadable)](Result<IcDownloadOutcome> r) mutable {
                if (r) {
                    if (auto fresh = m_link.context(flow->tid))
                        flow->ctx = *fresh;
                }
                readChip(flow, std::move(card), std::move(choose), std::move(chipUnreadable));
            });
}

void FinancialFlows::readChip(std::shared_ptr<Flow> flow, std::shared_ptr<ChipCardChannel> card,
                              ChipSession::Chooser choose, std::function<void()> chipUnreadable)
{
    PinEntryDevice *pad = m_link.pinPad();
    const Money amount = flow->amount;
    auto setup = chipSetupFor(m_link.db(), flow->ctx);
    if (!setup)
        return finish(flow, setup.error());
    // A PIN can be taken only on a pad that holds this terminal's PIN key.
    setup->config.pinPadAvailable = pad && flow->ctx.terminal.pinPadSlot;
    flow->chip = std::make_shared<ChipSession>(std::move(card), std::move(*setup));
    // The card is read before the terminal is held: nothing has moved until the request leaves.
    const QDateTime shopTime =
        QDateTime::fromMSecsSinceEpoch(m_link.clock().nowMs(), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    // A card that declined by itself, or no application chosen, is not a chip that failed.
    auto unreadable = [chipUnreadable](const Error &e) {
        if (chipUnreadable && e.kind != ErrorKind::Declined && e.kind != ErrorKind::Usage)
            chipUnreadable();
    };
    auto cvm = flow->chip->readToVerification(amount.minor(), shopTime, quint32(flow->ctx.terminal.nextStan), choose);
    if (!cvm) {
        unreadable(cvm.error());
        return finish(flow, cvm.error());
    }
    if (flow->chip->pinNeededWithoutPad())
        return finish(
            flow, Error::refused(QCoreApplication::translate(
                                     "posdesk::FinancialFlows",
                                     "This card needs its PIN, and this till has no PIN pad for terminal %1. No money "
                                     "moved. Connect the PIN pad (Devices) or ask for another card.")
                                     .arg(flow->ctx.terminal.tid)));
    if (*cvm != emv::CvmOutcome::OnlinePin)
        return goOnlineWithChip(flow, std::nullopt, unreadable);
    // The pad encrypts the PIN under the PIN key of the last sign-on: a sign-on that is due comes first.
    if (!m_link.signOnDue(flow->ctx))
        return askForPin(flow, unreadable);
    m_link.signOn(flow->actor, flow->tid, [this, flow, unreadable](Result<SignOnOutcome> r) {
        if (!r)
            return finish(flow, r.error());
        auto fresh = m_link.context(flow->tid);
        if (!fresh)
            return finish(flow, fresh.error());
        flow->ctx = *fresh;
        askForPin(flow, unreadable);
    });
}

void FinancialFlows::askForPin(std::shared_ptr<Flow> flow, const std::function<void(const Error &)> &unreadable)
{
    PinEntryDevice *pad = m_link.pinPad();
    if (!pad || !flow->ctx.terminal.pinPadSlot)
        return finish(flow, AcquirerService::noPinPad(flow->ctx.terminal.tid));
    PinEntryDevice::PinRequest ask;
    ask.slot = *flow->ctx.terminal.pinPadSlot;
    ask.pan = flow->chip->card().pan().clone();
    ask.amountFen = flow->amount.minor();
    if (m_pinPrompt)
        m_pinPrompt(true);
    pad->readPin(ask, [this, flow, unreadable](Result<PinEntryDevice::PinResult> pin) {
        if (m_pinPrompt)
            m_pinPrompt(false);
        if (!pin) {
            // A pad that lost its working keys (powered off, replaced) gets them at the next sign-on.
            if (pin.error().detail.contains(QStringLiteral("E6")))
                m_link.requireSignOn(flow->ctx);
            return finish(flow, Error{pin.error().kind,
                                      QCoreApplication::translate("posdesk::FinancialFlows",
                                                                  "The PIN pad did not take the PIN: %1 No money "
                                                                  "moved.")
                                          .arg(pin.error().message),
                                      pin.error().detail});
        }
        using Outcome = PinEntryDevice::PinOutcome;
        switch (pin->outcome) {
        case Outcome::Entered:
            if (pin->block.size() != 8)
                return finish(flow, Error::corrupt(QCoreApplication::translate(
                                                       "posdesk::FinancialFlows",
                                                       "The PIN pad gave a PIN block of the wrong size. No money "
                                                       "moved; try again."),
                                                   QStringLiteral("%1 bytes").arg(pin->block.size())));
            flow->pinBlock = SecureBytes(pin->block);
            pin->block.fill('\0');
            return goOnlineWithChip(flow, true, unreadable);
        case Outcome::Bypassed:
            return goOnlineWithChip(flow, false, unreadable);
        case Outcome::Cancelled:
            return finish(flow, Error::usage(QCoreApplication::translate(
                                    "posdesk::FinancialFlows", "The PIN entry was cancelled. No money moved.")));
        case Outcome::TimedOut:
            return finish(flow, Error::usage(QCoreApplication::translate(
                                    "posdesk::FinancialFlows",
                                    "Nobody entered the PIN in time. No money moved; start the payment again.")));
        }
    });
}

void FinancialFlows::goOnlineWithChip(std::shared_ptr<Flow> flow, std::optional<bool> pinEntered,
                                      const std::function<void(const Error &)> &unreadable)
{
    if (auto s = flow->chip->askToGoOnline(pinEntered); !s) {
        unreadable(s.error());
        return finish(flow, s.error());
    }
    const Money &amount = flow->amount;
    if (flow->chip->amountSigned() != amount.minor())
        return finish(flow,
                      Error::corrupt(QCoreApplication::translate("posdesk::FinancialFlows",
                                                                 "The card signed an amount other than the "
                                                                 "sale's. No money moved; insert the card again."),
                                     QStringLiteral("9F02 = %1 fen").arg(flow->chip->amountSigned())));
    flow->card = std::make_shared<CardData>(flow->chip->cardData());
    if (flow->card->isEmpty())
        return finish(flow, Error::corrupt(QCoreApplication::translate("posdesk::FinancialFlows",
                                                                       "The card gave no card number. No money "
                                                                       "moved; ask for another card."),
                                           QStringLiteral("no 5A / 57 on the chip")));
    begin(flow);
}

void FinancialFlows::voidSale(const Actor &actor, const QString &tid, int originalStan, Done done)
{
    auto flow = newFlow(actor, tid, TxnKind::Void, nullptr, std::move(done));
    if (!flow)
        return;
    const LinkContext *c = &flow->ctx;
    if (auto s = checkCanSell(actor, *c); !s)
        return finish(flow, s.error());
    auto original = TransactionRepository(m_link.db()).findByStan(c->terminal.id, c->terminal.batchNo, originalStan);
    if (!original)
        return finish(flow, Error::refused(QCoreApplication::translate(
                                               "posdesk::FinancialFlows",
                                               "No sale with trace number %1 in the open batch %2 of terminal %3; only "
                                               "sales of the open batch can be voided (use a refund for older ones).")
                                               .arg(originalStan)
                                               .arg(c->terminal.batchNo)
                                               .arg(tid)));
    if (original->kind != TxnKind::Sale || original->status != TxnStatus::Approved)
        return finish(flow, Error::refused(QCoreApplication::translate(
                                               "posdesk::FinancialFlows",
                                               "Trace number %1 is not an approved sale (it is a %2, %3) and cannot be "
                                               "voided.")
                                               .arg(originalStan)
                                               .arg(toKey(original->kind), toKey(original->status))));
    // With the role the users table gives now: checkCanSell has just read it, so an account disabled meanwhile is
    // already refused.
    auto current = currentActor(m_link.db(), actor);
    if (!current)
        return finish(flow, current.error());
    if (auto s = requireVoid(*current, original->cashier, /*batchOpen=*/true); !s)
        return finish(flow, s.error());
    flow->original = *original;
    flow->amount = original->amount;
    begin(flow);
}

Result<CardTransaction> FinancialFlows::resolveRefundOriginal(const Actor &actor, const LinkContext &c,
                                                              const RefundOriginal &ref)
{
    if (ref.stan) {
        const int batchNo = ref.batchNo.value_or(c.terminal.batchNo);
        auto byTrace = TransactionRepository(m_link.db()).findByStan(c.terminal.id, batchNo, *ref.stan);
        if (!byTrace && byTrace.error().kind != ErrorKind::NotFound)
            return byTrace.error();
        if (!byTrace || byTrace->kind != TxnKind::Sale)
            return Error::refused(QCoreApplication::translate("posdesk::FinancialFlows",
                                                              "Terminal %1 has no sale with trace number %2 in batch "
                                                              "%3. The merchant copy of the sale shows both numbers.")
                                      .arg(c.terminal.tid)
                                      .arg(*ref.stan, 6, 10, QLatin1Char('0'))
                                      .arg(batchNo, 6, 10, QLatin1Char('0')));
        if (!ref.rrn.isEmpty() && ref.rrn != byTrace->rrn)
            return Error::refused(
                QCoreApplication::translate("posdesk::FinancialFlows",
                                            "The sale with trace number %1 has the reference number %2, not %3. "
                                            "Check the slip and give one of them.")
                    .arg(*ref.stan, 6, 10, QLatin1Char('0'))
                    .arg(byTrace->rrn, ref.rrn));
        return byTrace;
    }
    auto found = TransactionRepository(m_link.db()).findSalesByRrn(c.terminal.merchantId, ref.rrn);
    if (!found)
        return found.error();
    std::vector<CardTransaction> matches;
    for (CardTransaction &t : *found) {
        const QDate day = AcquirerService::businessDay(t.createdAt, 0);
        if (!ref.date.isValid() || day == ref.date || day.addDays(1) == ref.date || day.addDays(-1) == ref.date)
            matches.push_back(std::move(t));
    }
    if (matches.size() > 1)
        return Error::refused(QCoreApplication::translate("posdesk::FinancialFlows",
                                                          "%1 sales of this shop carry the reference number %2. Give "
                                                          "the sale's date (--date) to tell them apart.")
                                  .arg(matches.size())
                                  .arg(ref.rrn));
    if (matches.size() == 1)
        return matches.front();
    if (!ref.unknownAllowed)
        return Error::refused(QCoreApplication::translate(
                                  "posdesk::FinancialFlows",
                                  "No sale with reference number %1%2 in this shop's records. If the sale was made "
                                  "before PosDesk kept the records, an owner can refund it with --original-unknown.")
                                  .arg(ref.rrn, ref.date.isValid()
                                                    ? QCoreApplication::translate("posdesk::FinancialFlows", " on %1")
                                                          .arg(ref.date.toString(Qt::ISODate))
                                                    : QString()));
    if (actor.role != Role::Owner)
        return Error::refused(QCoreApplication::translate(
            "posdesk::FinancialFlows", "Only an owner may refund a sale that is not in this shop's records."));
    return Error::notFound(QString());
}

void FinancialFlows::refund(const Actor &actor, const QString &tid, const Money &amount, const RefundOriginal &original,
                            CardData &&card, Done done)
{
    auto flow = newFlow(actor, tid, TxnKind::Refund, &card, std::move(done));
    if (!flow)
        return;
    flow->amount = amount;
    flow->refundRef = original;
    const LinkContext *c = &flow->ctx;
    if (auto s = require(m_link.db(), m_link.clock(), actor, Permission::Refund, QStringLiteral("terminal ") + tid); !s)
        return finish(flow, s.error());
    if (auto s = checkCanSell(actor, *c); !s)
        return finish(flow, s.error());
    if (auto s = checkAmount(amount); !s)
        return finish(flow, s.error());
    if (!original.stan && original.rrn.size() != 12)
        return finish(flow, Error::usage(QCoreApplication::translate(
                                "posdesk::FinancialFlows",
                                "The reference number (RRN) of the original sale has 12 characters.")));
    if (flow->card->isEmpty())
        return finish(flow, Error::usage(QCoreApplication::translate("posdesk::FinancialFlows",
                                                                     "No card was read. Swipe the card again.")));
    auto orig = resolveRefundOriginal(actor, *c, original);
    if (orig) {
        flow->original = *orig;
        if (original.stan) {
            // Found by trace number: the host knows the sale by its RRN and date.
            flow->refundRef.rrn = orig->rrn;
            flow->refundRef.date = AcquirerService::businessDay(orig->createdAt, 0);
        }
    } else if (orig.error().kind != ErrorKind::NotFound) {
        return finish(flow, orig.error());
    } else {
        // The owner refunds a sale the shop has no record of: said explicitly, and audited.
        if (auto s =
                audit(m_link.db(), m_link.clock(), actor, QStringLiteral("refund.original-unknown"),
                      QStringLiteral("terminal ") + tid, QStringLiteral("ok"),
                      QStringLiteral("RRN %1, %2 %3").arg(original.rrn, amount.toPlainString(), amount.currency()));
            !s)
            return finish(flow, s.error());
    }
    begin(flow);
}

void FinancialFlows::begin(std::shared_ptr<Flow> flow)
{
    // Another till's exchange or the reversal worker may hold the terminal for a moment: wait a little for it.
    auto lease = m_link.lease(flow->ctx);
    if (!lease && lease.error().kind == ErrorKind::Refused && m_link.clock().nowMs() - flow->startedAt < kLeaseWaitMs) {
        QTimer::singleShot(kLeaseRetryMs, &m_link, [this, flow] { begin(flow); });
        return;
    }
    if (!lease)
        return finish(flow, lease.error());
    flow->lease = *lease;
    // Reversals first: the host must undo what is in doubt before it sees anything new from this terminal.
    m_reversals.sendFirst(flow->ctx, flow->lease, [this, flow](Status first) {
        if (!first)
            return finish(flow, first.error());
        m_link.ensureSignedOn(flow->actor, flow->ctx, flow->lease, [this, flow](Status signedOn, bool fresh) {
            if (!signedOn)
                return finish(flow, signedOn.error());
            if (fresh) {
                auto ctx = m_link.context(flow->tid); // a sign-on may have changed state, batch and counters
                if (!ctx)
                    return finish(flow, ctx.error());
                flow->ctx = *ctx;
            }
            auto stored = writeAhead(*flow);
            if (!stored)
                return finish(flow, stored.error());
            flow->txn = *stored;
            iso8583::Message request;
            const LinkContext &c = flow->ctx;
            const CardTransaction &t = flow->txn;
            if (flow->kind == TxnKind::Sale && flow->chip) {
                const emv::ChipTransaction &card = flow->chip->card();
                CupMessages::ChipFields chip;
                chip.field55 = card.field55(emv::Field55Kind::Request);
                chip.cardSequence = card.panSequenceNumber();
                chip.pinEntered = card.pinEntered();
                chip.pinBlock = flow->pinBlock.view().toByteArray();
                request = CupMessages::sale(c, t.stan, t.batchNo, flow->amount, *flow->card, &chip);
                chip.pinBlock.fill('\0');
                flow->pinBlock = SecureBytes();
            } else if (flow->kind == TxnKind::Sale && flow->fallback) {
                CupMessages::ChipFields fallback;
                fallback.fallback = true;
                request = CupMessages::sale(c, t.stan, t.batchNo, flow->amount, *flow->card, &fallback);
            } else if (flow->kind == TxnKind::Sale) {
                request = CupMessages::sale(c, t.stan, t.batchNo, flow->amount, *flow->card);
            } else if (flow->kind == TxnKind::Void)
                request = CupMessages::voidSale(c, t.stan, t.batchNo, *flow->original);
            else
                request =
                    CupMessages::refund(c, t.stan, t.batchNo, flow->amount, flow->refundRef.rrn, flow->refundRef.date,
                                        flow->original ? &*flow->original : nullptr, *flow->card);
            if (flow->card)
                flow->card->wipe();
            send(flow, std::move(request));
        });
    });
}

Status FinancialFlows::checkOriginalInUnit(Flow &flow, const CardTransaction &txn)
{
    // Checked again inside the write, with the original locked: two tills cannot both refund the last yuan.
    TransactionRepository txns(m_link.db());
    if (auto s = txns.lockForUpdate(txn.originalId.value()); !s)
        return s;
    auto orig = txns.findById(txn.originalId.value());
    if (!orig)
        return orig.error();
    if (orig->kind != TxnKind::Sale || orig->status != TxnStatus::Approved)
        return Error::refused(
            QCoreApplication::translate("posdesk::FinancialFlows",
                                        "The original sale (trace %1) is %2 and cannot be %3.")
                .arg(orig->stan)
                .arg(toKey(orig->status), flow.kind == TxnKind::Void
                                              ? QCoreApplication::translate("posdesk::FinancialFlows", "voided")
                                              : QCoreApplication::translate("posdesk::FinancialFlows", "refunded")));
    auto voids = txns.liveVoids(orig->id);
    if (!voids)
        return voids.error();
    if (*voids > 0)
        return Error::refused(QCoreApplication::translate(
                                  "posdesk::FinancialFlows",
                                  "The original sale (trace %1) has been voided or its void is not settled yet; it "
                                  "cannot be voided or refunded again.")
                                  .arg(orig->stan));
    auto refunded = txns.refundedMinor(orig->id);
    if (!refunded)
        return refunded.error();
    if (flow.kind == TxnKind::Void) {
        if (orig->batchNo != flow.ctx.terminal.batchNo || orig->terminalId != flow.ctx.terminal.id)
            return Error::refused(QCoreApplication::translate(
                "posdesk::FinancialFlows",
                "Only sales of the open batch of this terminal can be voided; use a refund."));
        if (*refunded > 0)
            return Error::refused(QCoreApplication::translate(
                                      "posdesk::FinancialFlows",
                                      "The sale (trace %1) has been partly refunded already; refund the rest instead "
                                      "of voiding it.")
                                      .arg(orig->stan));
    } else if (*refunded + txn.amount.minor() > orig->amount.minor()) {
        return Error::refused(
            QCoreApplication::translate(
                "posdesk::FinancialFlows",
                "Refunds of the sale (trace %1, %2) would come to more than the sale: %3 refunded "
                "already, at most %4 more.")
                .arg(orig->stan)
                .arg(orig->amount.toDisplayString(QLocale::c()),
                     Money(*refunded, orig->amount.currency()).toDisplayString(QLocale::c()),
                     Money(orig->amount.minor() - *refunded, orig->amount.currency()).toDisplayString(QLocale::c())));
    }
    return {};
}

namespace {

// Whether the open batch holds kMaxBatchCount rows of any kind: only then can one of its counts be full. An index
// walk that skips that many entries, where counting by kind and card would read every row of the batch.
bool batchMayBeFull(Database &db, const LinkContext &c)
{
    auto q = sql::select(db,
                         QStringLiteral("SELECT 1 FROM transactions WHERE terminal_id = ? AND batch_no = ? LIMIT 1 "
                                        "OFFSET %1")
                             .arg(FinancialFlows::kMaxBatchCount - 1),
                         {qlonglong(c.terminal.id), c.terminal.batchNo},
                         QCoreApplication::translate("posdesk::FinancialFlows", "counting the open batch"));
    return !q || q->next(); // an error here lets the exact count below report it
}

} // namespace

Result<CardTransaction> FinancialFlows::writeAhead(Flow &flow)
{
    Database &db = m_link.db();
    const LinkContext &c = flow.ctx;
    CardTransaction txn;
    txn.terminalId = c.terminal.id;
    txn.kind = flow.kind;
    txn.amount = flow.amount;
    txn.cashier = flow.actor.name;
    if (flow.card) {
        txn.panMasked = flow.card->masked();
        txn.cardScheme = flow.card->schemeName();
        txn.entryMode = flow.chip       ? QStringLiteral("chip")
                        : flow.fallback ? QStringLiteral("fallback")
                                        : QStringLiteral("swipe");
        auto panHmac = m_link.pans().hmacDigits(flow.card->pan());
        if (!panHmac)
            return panHmac.error();
        txn.panHmac = *panHmac;
    }
    if (flow.original) {
        txn.originalId = flow.original->id;
        txn.originalRrn = flow.original->rrn;
        txn.originalDate = QDateTime::fromMSecsSinceEpoch(flow.original->createdAt, QTimeZone("Asia/Shanghai"))
                               .toString(QStringLiteral("MMdd"));
        if (flow.kind == TxnKind::Void) {
            txn.panMasked = flow.original->panMasked;
            txn.panHmac = flow.original->panHmac;
            txn.cardScheme = flow.original->cardScheme;
            txn.entryMode = QStringLiteral("keyed");
        }
    } else if (flow.kind == TxnKind::Refund) {
        txn.originalRrn = flow.refundRef.rrn;
        if (flow.refundRef.date.isValid())
            txn.originalDate = flow.refundRef.date.toString(QStringLiteral("MMdd"));
    }

    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus().error();
    // The open batch as it is now, under the lease: a settlement may have closed the one read before the wait.
    {
        auto current = sql::select(db, QStringLiteral("SELECT batch_no FROM terminals WHERE id = ?"),
                                   {qlonglong(flow.ctx.terminal.id)},
                                   QCoreApplication::translate("posdesk::FinancialFlows", "reading the open batch"));
        if (!current)
            return current.error();
        if (current->next())
            flow.ctx.terminal.batchNo = current->value(0).toInt();
    }
    if (txn.originalId) {
        if (auto s = checkOriginalInUnit(flow, txn); !s)
            return s.error();
    }
    if ((txn.kind == TxnKind::Sale || txn.kind == TxnKind::Refund) && batchMayBeFull(db, c)) {
        // The 0500 carries each count as n3: 999 UnionPay (or other) sales, or refunds, fill a batch. Refuse the
        // next one before any money moves, rather than take it and find the batch cannot be settled.
        const bool foreign = !isDomestic(txn);
        auto q = sql::run(db,
                          QStringLiteral("SELECT COUNT(*) FROM transactions WHERE terminal_id = ? AND batch_no = ? "
                                         "AND kind = ? AND status IN ('approved', 'pending', 'in-doubt') AND CASE WHEN "
                                         "card_scheme = 'UnionPay' OR pan_masked LIKE '62%' THEN 0 ELSE 1 END = ?"),
                          {qlonglong(c.terminal.id), c.terminal.batchNo, toKey(txn.kind), foreign ? 1 : 0},
                          QCoreApplication::translate("posdesk::FinancialFlows", "counting the open batch"));
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toInt() >= kMaxBatchCount)
            return Error::refused(QCoreApplication::translate(
                                      "posdesk::FinancialFlows",
                                      "Batch %1 of terminal %2 is full: it holds %3 %4 %5, the most one settlement can "
                                      "carry. Settle the terminal, then take this payment.")
                                      .arg(c.terminal.batchNo)
                                      .arg(c.terminal.tid)
                                      .arg(kMaxBatchCount)
                                      .arg(foreign
                                               ? QCoreApplication::translate("posdesk::FinancialFlows", "other-card")
                                               : QCoreApplication::translate("posdesk::FinancialFlows", "UnionPay"))
                                      .arg(txn.kind == TxnKind::Sale
                                               ? QCoreApplication::translate("posdesk::FinancialFlows", "sales")
                                               : QCoreApplication::translate("posdesk::FinancialFlows", "refunds")));
    }
    auto stan = TerminalRepository(db).takeStan(c.terminal.id);
    if (!stan)
        return stan.error();
    txn.stan = *stan;
    txn.batchNo = c.terminal.batchNo;
    BatchRepository batches(db);
    auto batch = batches.find(c.terminal.id, txn.batchNo);
    if (!batch) {
        if (batch.error().kind != ErrorKind::NotFound)
            return batch.error();
        if (auto opened = batches.open(c.terminal.id, txn.batchNo, m_link.clock().nowMs()); !opened)
            return opened.error();
    } else if (batch->state != BatchState::Open) {
        return Error::refused(
            QCoreApplication::translate("posdesk::FinancialFlows",
                                        "Batch %1 of terminal %2 is being settled; wait until it is closed.")
                .arg(txn.batchNo)
                .arg(c.terminal.tid));
    }
    txn.createdAt = txn.updatedAt = m_link.clock().nowMs();
    txn.status = TxnStatus::Pending;
    auto id = TransactionRepository(db).insert(txn);
    if (!id)
        return id.error();
    txn.id = *id;
    if (flow.chip) {
        // What the reversal, the TC upload and the advice will carry, kept with the sale before the request leaves.
        const emv::ChipTransaction &card = flow.chip->card();
        ChipRecord chip;
        chip.transactionId = txn.id;
        chip.cardSequence = card.panSequenceNumber();
        chip.aid = card.aid();
        chip.appLabel = card.applicationLabel();
        chip.pinEntered = card.pinEntered();
        chip.requestIcc = card.field55(emv::Field55Kind::Request);
        chip.reversalIcc = card.field55(emv::Field55Kind::Reversal);
        if (auto s = ChipRecordRepository(db).insert(chip); !s)
            return s.error();
    }
    // The hold on the terminal, renewed in the same unit: the request leaves only if it is still this till's.
    if (auto s = flow.lease->renew(); !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return txn;
}

void FinancialFlows::send(std::shared_ptr<Flow> flow, iso8583::Message request)
{
    // Nothing has left yet: a failure here declines the transaction, no money moved.
    auto nothingSent = [this, flow](const Error &e) {
        (void)TransactionRepository(m_link.db())
            .transition(flow->txn.id, TxnStatus::Pending, TxnStatus::Declined, m_link.clock().nowMs());
        finish(flow, e);
    };
    auto mac = m_link.macEngine(flow->ctx);
    if (!mac)
        return nothingSent(mac.error());
    flow->mac.emplace(std::move(*mac)); // the same key checks the answer
    auto wire = CupMessages::frame(request, flow->ctx, &*flow->mac);
    if (!wire)
        return nothingSent(wire.error());
    HostExchange::start(m_link.endpointOf(flow->ctx.acquirer), *wire,
                        [this, flow, request](ExchangeResult x) { onReply(flow, request, std::move(x)); });
}

void FinancialFlows::onReply(std::shared_ptr<Flow> flow, const iso8583::Message &request, ExchangeResult x)
{
    const LinkContext &c = flow->ctx;
    const CardTransaction &txn = flow->txn;
    const TimeMs now = m_link.clock().nowMs();
    const QString mti = QString::fromLatin1(CupMessages::replyMti(request.mti()));
    if (!x.reply) {
        abandonChip(*flow);
        if (!x.requestMayHaveLeft) {
            // Nothing reached the host: no money moved, nothing to reverse.
            (void)TransactionRepository(m_link.db()).transition(txn.id, TxnStatus::Pending, TxnStatus::Declined, now);
            return finish(flow, x.reply.error());
        }
        m_link.publish({c.terminal.id, QStringLiteral("local"), QStringLiteral("98"), c.acquirer.dialect,
                        c.terminal.tid, c.terminal.mid, mti, txn.stan, now});
        return inDoubt(flow, QStringLiteral("98"), x.reply.error());
    }
    auto reply = CupMessages::readReply(*x.reply, request, c);
    if (!reply) {
        abandonChip(*flow);
        return inDoubt(flow, QStringLiteral("96"), reply.error());
    }
    m_link.noteHeader(c, *reply);
    const QString code = reply->responseCode;
    if (ResponseClassifier::forcesSignOn(code))
        m_link.requireSignOn(c);
    const auto verdict = ResponseClassifier::financial(*reply, txn.amount.minor(), c.acquirer.dialect);
    const bool approvedByCode = verdict.kind != ResponseClassifier::Financial::Declined;
    Status macOk = CupMessages::verifyReplyMac(*reply, *flow->mac, approvedByCode);
    if (!macOk) {
        m_link.publish({c.terminal.id, QStringLiteral("local"), QStringLiteral("A0"), c.acquirer.dialect,
                        c.terminal.tid, c.terminal.mid, mti, txn.stan, now});
        m_link.requireSignOn(c);
        abandonChip(*flow);
        if (approvedByCode)
            // The host may have approved: money may have moved, so undo it.
            return inDoubt(flow, QStringLiteral("A0"), macOk.error());
        (void)TransactionRepository(m_link.db())
            .transition(txn.id, TxnStatus::Pending, TxnStatus::Declined, now, TxnAnswer{code, {}, {}, {}});
        return finish(flow, macOk.error());
    }
    switch (verdict.kind) {
    case ResponseClassifier::Financial::Ambiguous:
        abandonChip(*flow);
        return inDoubt(flow, QStringLiteral("96"), Error::corrupt(verdict.why, QStringLiteral("field 39 = ") + code));
    case ResponseClassifier::Financial::Approved:
    case ResponseClassifier::Financial::Partial:
        if (flow->chip)
            return completeChip(flow, *reply, verdict.approvedMinor,
                                verdict.kind == ResponseClassifier::Financial::Partial);
        return approve(flow, *reply, verdict.approvedMinor, verdict.kind == ResponseClassifier::Financial::Partial);
    case ResponseClassifier::Financial::Declined:
        break;
    }
    if (flow->chip)
        // The card hears the decline and finishes declined; its word changes nothing, no money moved.
        (void)flow->chip->card().complete({true, code.toLatin1(), reply->message.bytes(55)});
    Database &db = m_link.db();
    {
        UnitOfWork uow(db);
        Status s = uow.isActive() ? Status() : uow.startStatus();
        if (s)
            s = TransactionRepository(db).transition(txn.id, TxnStatus::Pending, TxnStatus::Declined, now,
                                                     TxnAnswer{code, {}, {}, {}});
        if (s)
            s = audit(db, m_link.clock(), Actor{txn.cashier, std::nullopt, QStringLiteral("service")},
                      eventName(txn.kind), QStringLiteral("terminal %1 STAN %2").arg(c.terminal.tid).arg(txn.stan),
                      QStringLiteral("declined"),
                      QStringLiteral("%1 %2 code %3").arg(txn.amount.toPlainString(), txn.amount.currency(), code));
        if (s)
            s = uow.commit();
        // A decline that cannot be stored stays pending: recovery reverses it, and the host answers 25. No money.
        (void)s;
    }
    m_link.publish({c.terminal.id, QStringLiteral("host"), code, c.acquirer.dialect, c.terminal.tid, c.terminal.mid,
                    mti, txn.stan, now});
    finish(flow, hostDeclined(code, mti));
}

void FinancialFlows::approve(std::shared_ptr<Flow> flow, const CupMessages::Reply &reply, std::int64_t approvedMinor,
                             bool partial)
{
    Database &db = m_link.db();
    const LinkContext &c = flow->ctx;
    const CardTransaction &txn = flow->txn;
    const TimeMs now = m_link.clock().nowMs();
    const QString code = reply.responseCode;
    TxnAnswer answer{code, reply.message.text(37).trimmed(), reply.message.text(38).trimmed(), std::nullopt};
    if (partial)
        answer.approvedMinor = approvedMinor;
    TransactionRepository txns(db);
    Status s;
    {
        // Its own scope: a failed unit of work is rolled back before the transaction goes in doubt in a fresh one.
        UnitOfWork uow(db);
        s = uow.isActive() ? Status() : uow.startStatus();
        if (s)
            s = txns.transition(txn.id, TxnStatus::Pending, TxnStatus::Approved, now, answer);
        if (s && txn.kind == TxnKind::Void && txn.originalId)
            s = txns.transition(*txn.originalId, TxnStatus::Approved, TxnStatus::Voided, now);
        if (s && flow->chip) {
            // The card's TC and its data for the TC upload; the scripts' results owed to the host.
            const emv::ChipTransaction &card = flow->chip->card();
            ChipRecordRepository chips(db);
            s = chips.recordCardDecision(txn.id, QStringLiteral("tc"), card.field55(emv::Field55Kind::Request),
                                         card.field55(emv::Field55Kind::Reversal));
            if (s && !card.scriptResults().isEmpty())
                s = chips.queueAdvice(txn.id, card.field55(emv::Field55Kind::ScriptAdvice));
        }
        if (s)
            s = audit(db, m_link.clock(), Actor{txn.cashier, std::nullopt, QStringLiteral("service")},
                      eventName(txn.kind), QStringLiteral("terminal %1 STAN %2").arg(c.terminal.tid).arg(txn.stan),
                      QStringLiteral("ok"),
                      QStringLiteral("%1 %2 code %3%4")
                          .arg(Money(approvedMinor, txn.amount.currency()).toPlainString(), txn.amount.currency(), code,
                               partial ? QStringLiteral(" (asked %1)").arg(txn.amount.toPlainString()) : QString()));
        if (s)
            s = uow.commit();
    }
    if (!s) {
        // The host approved but the approval could not be kept: undo it at the host rather than lose it.
        return inDoubt(flow, QStringLiteral("96"), s.error());
    }
    auto stored = txns.findById(txn.id);
    if (!stored)
        return finish(flow, stored.error());
    TxnOutcome out{*stored, code, ResponseCodeTable::forDialect(c.acquirer.dialect).describe(code), partial,
                   txn.amount};
    finish(flow, out);
}

void FinancialFlows::abandonChip(Flow &flow)
{
    if (flow.chip)
        // "Unable to go online": the card finishes declined (AAC). The money is the reversal's business, not the
        // card's.
        (void)flow.chip->card().complete({});
}

void FinancialFlows::completeChip(std::shared_ptr<Flow> flow, const CupMessages::Reply &reply,
                                  std::int64_t approvedMinor, bool partial)
{
    emv::ChipTransaction &card = flow->chip->card();
    auto decision = card.complete({true, reply.responseCode.toLatin1(), reply.message.bytes(55)});
    if (decision && *decision == emv::CardDecision::Tc)
        return approve(flow, reply, approvedMinor, partial);
    // The host approved and the card did not (or could not say): the approval is undone at the host.
    Database &db = m_link.db();
    {
        UnitOfWork uow(db);
        Status s = uow.isActive() ? Status() : uow.startStatus();
        ChipRecordRepository chips(db);
        if (s && decision)
            s = chips.recordCardDecision(flow->txn.id, QStringLiteral("aac"), {},
                                         card.field55(emv::Field55Kind::ReversalAfterAac));
        if (s && !card.scriptResults().isEmpty())
            s = chips.queueAdvice(flow->txn.id, card.field55(emv::Field55Kind::ScriptAdvice));
        if (s)
            s = uow.commit();
        // Not stored: the reversal still leaves, with the sale's first reversal data.
        (void)s;
    }
    Error cause =
        decision
            ? Error::declined(card.issuerAuthenticationFailed()
                                  ? QCoreApplication::translate("posdesk::FinancialFlows",
                                                                "The bank approved the payment, but its answer did "
                                                                "not prove itself to the card, and the card declined.")
                                  : QCoreApplication::translate("posdesk::FinancialFlows",
                                                                "The bank approved the payment, but the card "
                                                                "declined it."),
                              QStringLiteral("second GENERATE AC: AAC"))
            : Error(
                  ErrorKind::Environment,
                  QCoreApplication::translate("posdesk::FinancialFlows", "The card could not finish the payment (%1).")
                      .arg(decision.error().message),
                  decision.error().detail);
    inDoubt(flow, QStringLiteral("06"), cause);
}

void FinancialFlows::inDoubt(std::shared_ptr<Flow> flow, const QString &reason, const Error &cause)
{
    const Status queued = m_reversals.putInDoubt(flow->txn, reason, cause.fullText());
    // The reversal leaves at once, under this operation's lease; if it does not get through, the worker retries.
    m_reversals.sendFirst(flow->ctx, flow->lease, [this, flow, queued, cause](Status sent) {
        const ErrorKind kind = cause.kind == ErrorKind::Corrupt ? ErrorKind::Corrupt : ErrorKind::Environment;
        // "Not charged" only when the host confirmed the reversal: a queue that emptied because the host refused
        // the reversal for good leaves the payment in doubt (alert RV), and the cashier must hear that.
        auto now = TransactionRepository(m_link.db()).findById(flow->txn.id);
        const bool reversed = now && now->status == TxnStatus::Reversed;
        QString text;
        if (!queued && queued.error().kind != ErrorKind::Refused)
            text = QCoreApplication::translate("posdesk::FinancialFlows",
                                               "%1 The payment is in doubt — do not hand over the goods. The reversal "
                                               "could not be recorded (%2): tell the owner at once.")
                       .arg(cause.message, queued.error().message);
        else if (sent && reversed)
            text = QCoreApplication::translate("posdesk::FinancialFlows",
                                               "%1 The payment was cancelled at the host: the customer is not "
                                               "charged. Do not hand over the goods; try the card again or take cash.")
                       .arg(cause.message);
        else if (sent)
            text = QCoreApplication::translate("posdesk::FinancialFlows",
                                               "%1 The payment is in doubt — do not hand over the goods. The host "
                                               "refused to cancel it: the customer may have been charged. Take no "
                                               "other payment for these goods until the owner has checked with the "
                                               "acquirer (alert RV).")
                       .arg(cause.message);
        else
            text = QCoreApplication::translate("posdesk::FinancialFlows",
                                               "%1 The payment is in doubt — do not hand over the goods. A reversal is "
                                               "queued and will be sent until the host confirms it. Take cash or try "
                                               "again.")
                       .arg(cause.message);
        finish(flow, Error(kind, text, cause.detail));
    });
}

void FinancialFlows::finish(std::shared_ptr<Flow> flow, Result<TxnOutcome> result)
{
    if (flow->card)
        flow->card->wipe();
    flow->chip.reset(); // the card's data go with it
    if (flow->lease)
        flow->lease->release(); // the terminal is free before the caller hears the outcome
    flow->lease.reset();
    auto done = std::move(flow->done);
    if (done)
        done(std::move(result));
}

} // namespace posdesk
