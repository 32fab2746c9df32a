#include "acquirer/AcquirerService.h"

#include "acquirer/ResponseCodes.h"
#include "card/CardData.h"
#include "crypto/WorkingKeys.h"
#include "security/PanProtector.h"
#include "security/Permissions.h"
#include "storage/AcquirerRepository.h"
#include "storage/BatchRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/ReversalRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

// Codes that stop card sales on the terminal until a person has dealt with them.
const char *const kBlockingCodes[] = {"97", "03", "58"};

Error declinedError(const QString &code, const QString &mti)
{
    const QString text = ResponseCodeTable::forDialect().describe(code);
    return Error::declined(QCoreApplication::translate("posdesk::AcquirerService", "The host declined: %1").arg(text),
                           QStringLiteral("MTI %1, field 39 = %2").arg(mti, code));
}

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex().toUpper());
}

} // namespace

AcquirerService::AcquirerService(Database &db, const Clock &clock, KeyVault &keys, const PanProtector &pans,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_keys(keys), m_pans(pans)
{
    qRegisterMetaType<ResponseEvent>();
}

std::int64_t AcquirerService::reversalBackoffMs(int attempt)
{
    std::int64_t ms = 5000;
    for (int i = 1; i < attempt && ms < 600000; ++i)
        ms *= 2;
    return std::min<std::int64_t>(ms, 600000);
}

std::int64_t AcquirerService::abandonAfterMs(const Acquirer &a) const
{
    return std::int64_t(a.connectTimeoutMs) + a.responseTimeoutMs + 5000;
}

HostEndpoint AcquirerService::endpointOf(const Acquirer &a) const
{
    return HostEndpoint{a.host, quint16(a.port), a.connectTimeoutMs, a.responseTimeoutMs};
}

bool AcquirerService::acquire(Id terminalId)
{
    if (m_busy.contains(terminalId))
        return false;
    m_busy.insert(terminalId);
    return true;
}

void AcquirerService::release(Id terminalId)
{
    m_busy.remove(terminalId);
}

void AcquirerService::publish(const ResponseEvent &e)
{
    emit hostResponse(e);
}

Result<LinkContext> AcquirerService::context(const QString &tid)
{
    auto t = TerminalRepository(m_db).findByTid(tid);
    if (!t)
        return t.error();
    auto a = AcquirerRepository(m_db).findById(t->acquirerId);
    if (!a)
        return a.error();
    return LinkContext{*t, *a};
}

Result<crypto::MacEngine> AcquirerService::macEngine(const LinkContext &c)
{
    auto key = m_keys.loadKey(c.terminal.id, QStringLiteral("tak"));
    if (!key)
        return key.error();
    auto engine = crypto::MacEngine::create(CupMessages::macAlgorithmOf(c.acquirer.macAlgorithm), key->view());
    if (!engine)
        return Error::refused(
            QCoreApplication::translate("posdesk::AcquirerService",
                                        "The MAC key of terminal %1 does not suit the %2 MAC algorithm of its acquirer "
                                        "profile. Sign on again or correct the profile.")
                .arg(c.terminal.tid, toKey(c.acquirer.macAlgorithm)),
            engine.error().fullText());
    return engine;
}

Status AcquirerService::checkCanSell(const Actor &actor, const LinkContext &c)
{
    if (auto s = require(m_db, m_clock, actor, Permission::Sell, QStringLiteral("terminal ") + c.terminal.tid); !s)
        return s;
    const TerminalState s = c.terminal.state;
    if (s != TerminalState::Active && s != TerminalState::SignedOn && s != TerminalState::KeysLoaded)
        return Error::refused(QCoreApplication::translate(
                                  "posdesk::AcquirerService",
                                  "Terminal %1 is %2 and cannot take card payments. Take cash instead, or use another "
                                  "terminal.")
                                  .arg(c.terminal.tid, displayName(s)));
    IncidentRepository incidents(m_db);
    for (const char *code : kBlockingCodes) {
        auto open = incidents.findUnresolved(c.terminal.id, QString::fromLatin1(code));
        if (!open)
            return open.error();
        if (open->has_value())
            return Error::refused(QCoreApplication::translate(
                                      "posdesk::AcquirerService",
                                      "Card payments on terminal %1 are blocked by open alert No. %2 (%3). Take cash "
                                      "for now and work through the alert in Alerts.")
                                      .arg(c.terminal.tid)
                                      .arg((*open)->id)
                                      .arg(ResponseCodeTable::forDialect().describe(QString::fromLatin1(code))));
    }
    return {};
}

// ---- network management ----

void AcquirerService::signOn(const Actor &actor, const QString &tid, Done<SignOnOutcome> done)
{
    // Signing on is part of selling (the till signs on by itself) and of managing terminals.
    if (!allowed(actor, Permission::Sell) && !allowed(actor, Permission::ManageTerminals))
        return done(
            require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("terminal ") + tid).error());
    auto c = context(tid);
    if (!c)
        return done(c.error());
    const TerminalState state = c->terminal.state;
    if (state != TerminalState::KeysLoaded && state != TerminalState::SignedOn && state != TerminalState::Active)
        return done(Error::refused(
            QCoreApplication::translate("posdesk::AcquirerService",
                                        "Terminal %1 is %2; only a terminal with its keys loaded can sign on.")
                .arg(tid, displayName(state))));
    auto tmk = m_keys.loadKey(c->terminal.id, QStringLiteral("tmk"));
    if (!tmk)
        return done(Error::refused(QCoreApplication::translate(
                                       "posdesk::AcquirerService",
                                       "Terminal %1 has no master key (TMK). Load it first: posdesk-cli keys load-tmk.")
                                       .arg(tid),
                                   tmk.error().fullText()));
    if (!acquire(c->terminal.id))
        return done(Error::refused(
            QCoreApplication::translate("posdesk::AcquirerService",
                                        "Terminal %1 is busy with another request. Try again in a moment.")
                .arg(tid)));
    auto stan = TerminalRepository(m_db).takeStan(c->terminal.id);
    if (!stan) {
        release(c->terminal.id);
        return done(stan.error());
    }
    const QByteArray layout = c->acquirer.macAlgorithm == MacAlgorithm::X919 ? QByteArray("004") : QByteArray("003");
    const iso8583::Message request = CupMessages::signOn(*c, *stan, layout);
    auto wire = CupMessages::frame(request, *c, nullptr);
    if (!wire) {
        release(c->terminal.id);
        return done(wire.error());
    }
    const LinkContext ctx = *c;
    const SecretBytes masterKey = *tmk;
    HostExchange::start(
        endpointOf(ctx.acquirer), *wire, [this, ctx, request, masterKey, actor, done](ExchangeResult x) {
            release(ctx.terminal.id);
            if (!x.reply)
                return done(x.reply.error());
            auto reply = CupMessages::readReply(*x.reply, request);
            if (!reply)
                return done(reply.error());
            if (reply->responseCode != u"00") {
                publish({ctx.terminal.id, QStringLiteral("host"), reply->responseCode, ctx.acquirer.dialect,
                         ctx.terminal.tid, ctx.terminal.mid, QStringLiteral("0810"), request.text(11).toInt(),
                         m_clock.nowMs()});
                return done(declinedError(reply->responseCode, QStringLiteral("0810")));
            }
            auto f60 = iso8583::Field60::parse(reply->message.view(60));
            if (!f60 || !reply->message.has(62))
                return done(Error::corrupt(QCoreApplication::translate("posdesk::AcquirerService",
                                                                       "The sign-on answer carries no working keys."),
                                           f60 ? QString() : f60.error().fullText()));
            auto keys = crypto::extractWorkingKeys(reply->message.view(62), f60->networkCode, masterKey.view());
            if (!keys)
                return done(Error::corrupt(
                    QCoreApplication::translate("posdesk::AcquirerService",
                                                "The working keys from the host do not match their check values; the "
                                                "sign-on failed. Check that the terminal's master key is the one the "
                                                "acquirer issued."),
                    keys.error().fullText()));
            SignOnOutcome out;
            out.tid = ctx.terminal.tid;
            out.hostBatch = f60->batch.toInt();
            out.pinKeyCheck = hex(crypto::keyCheckValue(keys->pinKey.view()).value());
            out.macKeyCheck = hex(crypto::keyCheckValue(keys->macKey.view()).value());
            if (!keys->trackKey.isEmpty())
                out.trackKeyCheck = hex(crypto::keyCheckValue(keys->trackKey.view()).value());
            UnitOfWork uow(m_db);
            if (!uow.isActive())
                return done(uow.startStatus().error());
            for (auto [kind, key] : {std::pair{"tpk", &keys->pinKey}, std::pair{"tak", &keys->macKey},
                                     std::pair{"tdk", &keys->trackKey}}) {
                if (key->isEmpty())
                    continue;
                if (auto s = m_keys.storeKey(ctx.terminal.id, QString::fromLatin1(kind), *key); !s)
                    return done(s.error());
            }
            const TimeMs now = m_clock.nowMs();
            TerminalRepository terminals(m_db);
            if (auto s = terminals.recordSignOn(ctx.terminal.id, now); !s)
                return done(s.error());
            if (ctx.terminal.state == TerminalState::KeysLoaded) {
                // The first sign-on is a lifecycle step of its own.
                if (auto s = terminals.setState(ctx.terminal.id, TerminalState::SignedOn, now); !s)
                    return done(s.error());
                auto ev =
                    sql::run(m_db,
                             QStringLiteral("INSERT INTO enrollment_events (terminal_id, from_state, to_state, actor, "
                                            "note, at) VALUES (?, 'keys-loaded', 'signed-on', ?, ?, ?)"),
                             {qlonglong(ctx.terminal.id), actor.name,
                              QCoreApplication::translate("posdesk::AcquirerService", "first sign-on"), qlonglong(now)},
                             QCoreApplication::translate("posdesk::AcquirerService", "recording the first sign-on"));
                if (!ev)
                    return done(ev.error());
            }
            if (auto s = audit(m_db, m_clock, actor, QStringLiteral("signon"),
                               QStringLiteral("terminal ") + ctx.terminal.tid, QStringLiteral("ok"),
                               QStringLiteral("MAC key KCV ") + out.macKeyCheck);
                !s)
                return done(s.error());
            if (auto s = uow.commit(); !s)
                return done(s.error());
            done(out);
        });
}

void AcquirerService::networkManagement(const Actor &actor, const QString &tid, const char *code, Done<QString> done)
{
    // The same rule as signing on: the till's people and whoever manages the terminals.
    if (!allowed(actor, Permission::Sell) && !allowed(actor, Permission::ManageTerminals))
        return done(
            require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("terminal ") + tid).error());
    auto c = context(tid);
    if (!c)
        return done(c.error());
    if (!acquire(c->terminal.id))
        return done(Error::refused(
            QCoreApplication::translate("posdesk::AcquirerService",
                                        "Terminal %1 is busy with another request. Try again in a moment.")
                .arg(tid)));
    auto stan = TerminalRepository(m_db).takeStan(c->terminal.id);
    if (!stan) {
        release(c->terminal.id);
        return done(stan.error());
    }
    const iso8583::Message request =
        qstrcmp(code, "301") == 0 ? CupMessages::echoTest(*c, *stan) : CupMessages::signOff(*c, *stan);
    auto wire = CupMessages::frame(request, *c, nullptr);
    if (!wire) {
        release(c->terminal.id);
        return done(wire.error());
    }
    const LinkContext ctx = *c;
    HostExchange::start(endpointOf(ctx.acquirer), *wire, [this, ctx, request, done](ExchangeResult x) {
        release(ctx.terminal.id);
        if (!x.reply)
            return done(x.reply.error());
        auto reply = CupMessages::readReply(*x.reply, request);
        if (!reply)
            return done(reply.error());
        if (reply->responseCode != u"00") {
            publish({ctx.terminal.id, QStringLiteral("host"), reply->responseCode, ctx.acquirer.dialect,
                     ctx.terminal.tid, ctx.terminal.mid, QStringLiteral("0830"), request.text(11).toInt(),
                     m_clock.nowMs()});
            return done(declinedError(reply->responseCode, QStringLiteral("0830")));
        }
        done(reply->responseCode);
    });
}

void AcquirerService::echoTest(const Actor &actor, const QString &tid, Done<QString> done)
{
    networkManagement(actor, tid, "301", std::move(done));
}

void AcquirerService::signOff(const Actor &actor, const QString &tid, Done<QString> done)
{
    networkManagement(actor, tid, "002", std::move(done));
}

void AcquirerService::ensureSignedOn(const Actor &actor, const LinkContext &c, std::function<void(Status)> next)
{
    auto key = m_keys.loadKey(c.terminal.id, QStringLiteral("tak"));
    if (key)
        return next({});
    signOn(actor, c.terminal.tid, [next](Result<SignOnOutcome> r) {
        if (!r)
            return next(r.error());
        next({});
    });
}

// ---- financial ----

Result<CardTransaction> AcquirerService::writeAhead(const LinkContext &c, CardTransaction txn)
{
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    if (txn.kind == TxnKind::Sale || txn.kind == TxnKind::Refund) {
        // The 0500 carries each count as n3: 999 UnionPay (or other) sales, or refunds, fill a batch. Refuse the
        // next one before any money moves, rather than take it and find the batch cannot be settled.
        const bool foreign = !(txn.cardScheme == u"UnionPay" || txn.panMasked.startsWith(u"62"));
        auto q = sql::run(m_db,
                          QStringLiteral("SELECT COUNT(*) FROM transactions WHERE terminal_id = ? AND batch_no = ? "
                                         "AND kind = ? AND status IN ('approved', 'pending') AND CASE WHEN "
                                         "card_scheme = 'UnionPay' OR pan_masked LIKE '62%' THEN 0 ELSE 1 END = ?"),
                          {qlonglong(c.terminal.id), c.terminal.batchNo, toKey(txn.kind), foreign ? 1 : 0},
                          QCoreApplication::translate("posdesk::AcquirerService", "counting the open batch"));
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toInt() >= kMaxBatchCount)
            return Error::refused(
                QCoreApplication::translate("posdesk::AcquirerService",
                                            "Batch %1 of terminal %2 is full: it holds %3 %4 %5, the most one "
                                            "settlement can carry. Settle the terminal, then take this payment.")
                    .arg(c.terminal.batchNo)
                    .arg(c.terminal.tid)
                    .arg(kMaxBatchCount)
                    .arg(foreign ? QCoreApplication::translate("posdesk::AcquirerService", "other-card")
                                 : QCoreApplication::translate("posdesk::AcquirerService", "UnionPay"))
                    .arg(txn.kind == TxnKind::Sale
                             ? QCoreApplication::translate("posdesk::AcquirerService", "sales")
                             : QCoreApplication::translate("posdesk::AcquirerService", "refunds")));
    }
    auto stan = TerminalRepository(m_db).takeStan(c.terminal.id);
    if (!stan)
        return stan.error();
    txn.stan = *stan;
    txn.batchNo = c.terminal.batchNo;
    BatchRepository batches(m_db);
    auto batch = batches.find(c.terminal.id, txn.batchNo);
    if (!batch) {
        if (batch.error().kind != ErrorKind::NotFound)
            return batch.error();
        if (auto opened = batches.open(c.terminal.id, txn.batchNo, m_clock.nowMs()); !opened)
            return opened.error();
    } else if (batch->state != BatchState::Open) {
        return Error::refused(
            QCoreApplication::translate("posdesk::AcquirerService",
                                        "Batch %1 of terminal %2 is being settled; wait until it is closed.")
                .arg(txn.batchNo)
                .arg(c.terminal.tid));
    }
    txn.createdAt = txn.updatedAt = m_clock.nowMs();
    txn.status = TxnStatus::Pending;
    auto id = TransactionRepository(m_db).insert(txn);
    if (!id)
        return id.error();
    txn.id = *id;
    if (auto s = uow.commit(); !s)
        return s.error();
    return txn;
}

Status AcquirerService::markInDoubt(const CardTransaction &txn, const QString &reason, const QString &error)
{
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    const TimeMs now = m_clock.nowMs();
    if (auto s =
            TransactionRepository(m_db).updateResult(txn.id, TxnStatus::InDoubt, QString(), QString(), QString(), now);
        !s)
        return s;
    if (auto q = ReversalRepository(m_db).enqueue(txn.id, reason, now); !q)
        return q.error();
    if (auto s = sql::change(m_db, QStringLiteral("UPDATE reversals SET last_error = ? WHERE transaction_id = ?"),
                             {error, qlonglong(txn.id)},
                             QCoreApplication::translate("posdesk::AcquirerService", "queueing a reversal"), QString());
        !s)
        return s;
    return uow.commit();
}

void AcquirerService::sale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card,
                           Done<TxnOutcome> done)
{
    auto c = context(tid);
    if (!c)
        return done(c.error());
    if (auto s = checkCanSell(actor, *c); !s)
        return done(s.error());
    if (amount.minor() <= 0)
        return done(Error::usage(
            QCoreApplication::translate("posdesk::AcquirerService", "The amount must be more than zero.")));
    if (card.isEmpty())
        return done(Error::usage(
            QCoreApplication::translate("posdesk::AcquirerService", "No card was read. Swipe the card again.")));
    // The card data lives on the heap only until the request is built, then it is wiped.
    auto heldCard = std::make_shared<CardData>(std::move(card));
    ensureSignedOn(actor, *c, [this, actor, tid, amount, heldCard, done](Status signedOn) {
        if (!signedOn) {
            heldCard->wipe();
            return done(signedOn.error());
        }
        auto ctx = context(tid); // reload: sign-on may have changed state and counters
        if (!ctx)
            return done(ctx.error());
        CardTransaction txn;
        txn.terminalId = ctx->terminal.id;
        txn.kind = TxnKind::Sale;
        txn.amount = amount;
        txn.panMasked = heldCard->masked();
        txn.cardScheme = heldCard->schemeName();
        txn.entryMode = QStringLiteral("swipe");
        txn.cashier = actor.name;
        auto panHmac = m_pans.hmacDigits(heldCard->pan());
        if (!panHmac) {
            heldCard->wipe();
            return done(panHmac.error());
        }
        txn.panHmac = *panHmac;
        auto stored = writeAhead(*ctx, txn);
        if (!stored) {
            heldCard->wipe();
            return done(stored.error());
        }
        iso8583::Message request = CupMessages::sale(*ctx, stored->stan, stored->batchNo, amount, *heldCard);
        heldCard->wipe();
        sendFinancial(*ctx, *stored, std::move(request), done);
    });
}

void AcquirerService::voidSale(const Actor &actor, const QString &tid, int originalStan, Done<TxnOutcome> done)
{
    auto c = context(tid);
    if (!c)
        return done(c.error());
    if (auto s = checkCanSell(actor, *c); !s)
        return done(s.error());
    auto original = TransactionRepository(m_db).findByStan(c->terminal.id, c->terminal.batchNo, originalStan);
    if (!original)
        return done(Error::refused(
            QCoreApplication::translate("posdesk::AcquirerService",
                                        "No sale with trace number %1 in the open batch %2 of terminal %3; only sales "
                                        "of the open batch can be voided (use a refund for older ones).")
                .arg(originalStan)
                .arg(c->terminal.batchNo)
                .arg(tid)));
    if (original->kind != TxnKind::Sale || original->status != TxnStatus::Approved)
        return done(Error::refused(QCoreApplication::translate(
                                       "posdesk::AcquirerService",
                                       "Trace number %1 is not an approved sale (it is a %2, %3) and cannot be voided.")
                                       .arg(originalStan)
                                       .arg(toKey(original->kind), toKey(original->status))));
    if (auto s = requireVoid(actor, original->cashier, /*batchOpen=*/true); !s)
        return done(s.error());
    ensureSignedOn(actor, *c, [this, actor, tid, orig = *original, done](Status signedOn) {
        if (!signedOn)
            return done(signedOn.error());
        auto ctx = context(tid);
        if (!ctx)
            return done(ctx.error());
        CardTransaction txn;
        txn.terminalId = ctx->terminal.id;
        txn.kind = TxnKind::Void;
        txn.amount = orig.amount;
        txn.originalId = orig.id;
        txn.panMasked = orig.panMasked;
        txn.panHmac = orig.panHmac;
        txn.cardScheme = orig.cardScheme;
        txn.entryMode = QStringLiteral("keyed");
        txn.cashier = actor.name;
        auto stored = writeAhead(*ctx, txn);
        if (!stored)
            return done(stored.error());
        sendFinancial(*ctx, *stored, CupMessages::voidSale(*ctx, stored->stan, stored->batchNo, orig), done);
    });
}

void AcquirerService::refund(const Actor &actor, const QString &tid, const Money &amount, const QString &originalRrn,
                             const QDate &originalDate, CardData &&card, Done<TxnOutcome> done)
{
    auto c = context(tid);
    if (!c)
        return done(c.error());
    if (auto s = require(m_db, m_clock, actor, Permission::Refund, QStringLiteral("terminal ") + tid); !s)
        return done(s.error());
    if (auto s = checkCanSell(actor, *c); !s)
        return done(s.error());
    if (amount.minor() <= 0)
        return done(Error::usage(
            QCoreApplication::translate("posdesk::AcquirerService", "The amount must be more than zero.")));
    if (originalRrn.size() != 12)
        return done(Error::usage(QCoreApplication::translate(
            "posdesk::AcquirerService", "The reference number (RRN) of the original sale has 12 characters.")));
    auto heldCard = std::make_shared<CardData>(std::move(card));
    ensureSignedOn(actor, *c, [=, this](Status signedOn) {
        if (!signedOn) {
            heldCard->wipe();
            return done(signedOn.error());
        }
        auto ctx = context(tid);
        if (!ctx)
            return done(ctx.error());
        CardTransaction txn;
        txn.terminalId = ctx->terminal.id;
        txn.kind = TxnKind::Refund;
        txn.amount = amount;
        txn.panMasked = heldCard->masked();
        txn.cardScheme = heldCard->schemeName();
        txn.entryMode = QStringLiteral("swipe");
        txn.cashier = actor.name;
        txn.rrn = originalRrn;
        auto stored = writeAhead(*ctx, txn);
        if (!stored) {
            heldCard->wipe();
            return done(stored.error());
        }
        iso8583::Message request =
            CupMessages::refund(*ctx, stored->stan, stored->batchNo, amount, originalRrn, originalDate, *heldCard);
        heldCard->wipe();
        sendFinancial(*ctx, *stored, std::move(request), done);
    });
}

void AcquirerService::sendFinancial(const LinkContext &c, CardTransaction txn, iso8583::Message request,
                                    Done<TxnOutcome> done)
{
    auto mac = macEngine(c);
    if (!mac) {
        (void)TransactionRepository(m_db).updateResult(txn.id, TxnStatus::Declined, QString(), QString(), QString(),
                                                       m_clock.nowMs());
        return done(mac.error());
    }
    auto wire = CupMessages::frame(request, c, &*mac);
    if (!wire) {
        (void)TransactionRepository(m_db).updateResult(txn.id, TxnStatus::Declined, QString(), QString(), QString(),
                                                       m_clock.nowMs());
        return done(wire.error());
    }
    if (!acquire(c.terminal.id)) {
        (void)TransactionRepository(m_db).updateResult(txn.id, TxnStatus::Declined, QString(), QString(), QString(),
                                                       m_clock.nowMs());
        return done(Error::refused(
            QCoreApplication::translate("posdesk::AcquirerService",
                                        "Terminal %1 is busy with another request. Try again in a moment.")
                .arg(c.terminal.tid)));
    }
    HostExchange::start(endpointOf(c.acquirer), *wire, [this, c, txn, request, done](ExchangeResult x) {
        release(c.terminal.id);
        onFinancialReply(c, txn, request, std::move(x), done);
    });
}

void AcquirerService::onFinancialReply(const LinkContext &c, const CardTransaction &txn,
                                       const iso8583::Message &request, ExchangeResult x, Done<TxnOutcome> done)
{
    const TimeMs now = m_clock.nowMs();
    TransactionRepository txns(m_db);
    const QString mti = QString::fromLatin1(CupMessages::replyMti(request.mti()));
    if (!x.reply) {
        if (!x.requestMayHaveLeft) {
            // Nothing reached the host: no money moved, nothing to reverse.
            (void)txns.updateResult(txn.id, TxnStatus::Declined, QString(), QString(), QString(), now);
            return done(x.reply.error());
        }
        if (auto s = markInDoubt(txn, QStringLiteral("98"), x.reply.error().fullText()); !s)
            return done(s.error());
        publish({c.terminal.id, QStringLiteral("local"), QStringLiteral("98"), c.acquirer.dialect, c.terminal.tid,
                 c.terminal.mid, mti, txn.stan, now});
        return done(Error::environment(
            QCoreApplication::translate("posdesk::AcquirerService",
                                        "%1 The payment is in doubt: a reversal has been queued and will be sent "
                                        "until the host confirms it. Do not hand over the goods; take cash or try "
                                        "again.")
                .arg(x.reply.error().message),
            x.reply.error().detail));
    }
    auto reply = CupMessages::readReply(*x.reply, request);
    if (!reply) {
        if (auto s = markInDoubt(txn, QStringLiteral("96"), reply.error().fullText()); !s)
            return done(s.error());
        return done(
            Error::corrupt(QCoreApplication::translate("posdesk::AcquirerService",
                                                       "%1 The payment is in doubt; a reversal has been queued.")
                               .arg(reply.error().message),
                           reply.error().detail));
    }
    auto mac = macEngine(c);
    const bool approved = reply->responseCode == u"00";
    Status macOk = mac ? CupMessages::verifyReplyMac(*reply, *mac, approved) : Status(mac.error());
    if (!macOk) {
        publish({c.terminal.id, QStringLiteral("local"), QStringLiteral("A0"), c.acquirer.dialect, c.terminal.tid,
                 c.terminal.mid, mti, txn.stan, now});
        if (approved) {
            // The host may have approved: money may have moved, so undo it.
            if (auto s = markInDoubt(txn, QStringLiteral("A0"), macOk.error().fullText()); !s)
                return done(s.error());
            return done(Error::corrupt(
                macOk.error().message + u' ' +
                    QCoreApplication::translate("posdesk::AcquirerService",
                                                "A reversal has been queued; sign on again before the next payment."),
                macOk.error().detail));
        }
        (void)txns.updateResult(txn.id, TxnStatus::Declined, reply->responseCode, QString(), QString(), now);
        return done(macOk.error());
    }

    const QString rrn = reply->message.text(37).trimmed();
    const QString auth = reply->message.text(38).trimmed();
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return done(uow.startStatus().error());
    if (auto s = txns.updateResult(txn.id, approved ? TxnStatus::Approved : TxnStatus::Declined, reply->responseCode,
                                   txn.kind == TxnKind::Refund && rrn.isEmpty() ? txn.rrn : rrn, auth, now);
        !s)
        return done(s.error());
    if (approved && txn.kind == TxnKind::Void && txn.originalId) {
        if (auto s =
                txns.updateResult(*txn.originalId, TxnStatus::Voided, QStringLiteral("00"),
                                  txns.findById(*txn.originalId)->rrn, txns.findById(*txn.originalId)->authCode, now);
            !s)
            return done(s.error());
    }
    const QString event = txn.kind == TxnKind::Sale   ? QStringLiteral("sale")
                          : txn.kind == TxnKind::Void ? QStringLiteral("void")
                                                      : QStringLiteral("refund");
    if (auto s = audit(m_db, m_clock, Actor{txn.cashier, std::nullopt, QStringLiteral("service")}, event,
                       QStringLiteral("terminal %1 STAN %2").arg(c.terminal.tid).arg(txn.stan),
                       approved ? QStringLiteral("ok") : QStringLiteral("declined"),
                       QStringLiteral("%1 %2 code %3")
                           .arg(txn.amount.toPlainString(), txn.amount.currency(), reply->responseCode));
        !s)
        return done(s.error());
    if (auto s = uow.commit(); !s)
        return done(s.error());
    if (!approved) {
        publish({c.terminal.id, QStringLiteral("host"), reply->responseCode, c.acquirer.dialect, c.terminal.tid,
                 c.terminal.mid, mti, txn.stan, now});
        return done(declinedError(reply->responseCode, mti));
    }
    auto stored = txns.findById(txn.id);
    if (!stored)
        return done(stored.error());
    done(TxnOutcome{*stored, reply->responseCode, ResponseCodeTable::forDialect().describe(reply->responseCode)});
}

// ---- reversals ----

Status AcquirerService::recoverAbandoned(const QString &tid, int *recovered)
{
    // A transaction still pending long after its answer was due was cut off by a crash or a kill:
    // whether the host saw it is unknown, so it is reversed.
    auto terminals = TerminalRepository(m_db).list();
    if (!terminals)
        return terminals.error();
    for (const Terminal &t : *terminals) {
        if ((!tid.isEmpty() && t.tid != tid) || m_busy.contains(t.id))
            continue;
        auto a = AcquirerRepository(m_db).findById(t.acquirerId);
        if (!a)
            return a.error();
        TxnFilter f;
        f.terminalId = t.id;
        f.status = TxnStatus::Pending;
        f.to = m_clock.nowMs() - abandonAfterMs(*a);
        auto stale = TransactionRepository(m_db).list(f);
        if (!stale)
            return stale.error();
        for (const CardTransaction &txn : *stale) {
            if (auto s = markInDoubt(
                    txn, QStringLiteral("98"),
                    QCoreApplication::translate("posdesk::AcquirerService", "interrupted before the answer arrived"));
                !s)
                return s;
            ++*recovered;
        }
    }
    return {};
}

void AcquirerService::flushReversals(const QString &tid, Done<ReversalFlushOutcome> done)
{
    ReversalFlushOutcome outcome;
    if (auto s = recoverAbandoned(tid, &outcome.recovered); !s)
        return done(s.error());
    Id terminalId = 0;
    if (!tid.isEmpty()) {
        auto t = TerminalRepository(m_db).findByTid(tid);
        if (!t)
            return done(t.error());
        terminalId = t->id;
    }
    auto due = ReversalRepository(m_db).due(m_clock.nowMs(), terminalId);
    if (!due)
        return done(due.error());
    sendNextReversal(std::move(*due), 0, outcome, std::move(done));
}

void AcquirerService::sendNextReversal(std::vector<PendingReversal> queue, size_t index, ReversalFlushOutcome outcome,
                                       Done<ReversalFlushOutcome> done)
{
    if (index >= queue.size()) {
        Id terminalId = 0;
        auto pending = ReversalRepository(m_db).pendingCount(terminalId);
        outcome.stillPending = pending ? *pending : 0;
        return done(outcome);
    }
    const PendingReversal r = queue[index];
    auto next = [this, queue, index, done](ReversalFlushOutcome o) mutable {
        sendNextReversal(std::move(queue), index + 1, o, std::move(done));
    };
    auto fail = [this, r, next](ReversalFlushOutcome o, const QString &error) mutable {
        o.lastError = error;
        (void)ReversalRepository(m_db).recordFailure(r.id, r.attempts + 1,
                                                     m_clock.nowMs() + reversalBackoffMs(r.attempts + 1), error);
        next(o);
    };
    auto txn = TransactionRepository(m_db).findById(r.transactionId);
    if (!txn)
        return fail(outcome, txn.error().fullText());
    auto t = TerminalRepository(m_db).findById(txn->terminalId);
    if (!t)
        return fail(outcome, t.error().fullText());
    auto c = context(t->tid);
    if (!c)
        return fail(outcome, c.error().fullText());
    auto mac = macEngine(*c);
    if (!mac)
        return fail(outcome, mac.error().fullText());
    const iso8583::Message request = CupMessages::reversal(*c, *txn, r.reason);
    auto wire = CupMessages::frame(request, *c, &*mac);
    if (!wire)
        return fail(outcome, wire.error().fullText());
    if (!acquire(c->terminal.id))
        return next(outcome); // busy: its turn comes at the next flush
    ++outcome.attempted;
    const LinkContext ctx = *c;
    const CardTransaction original = *txn;
    HostExchange::start(
        endpointOf(ctx.acquirer), *wire,
        [this, ctx, original, request, r, outcome, next, fail](ExchangeResult x) mutable {
            release(ctx.terminal.id);
            if (!x.reply)
                return fail(outcome, x.reply.error().fullText());
            auto reply = CupMessages::readReply(*x.reply, request);
            if (!reply)
                return fail(outcome, reply.error().fullText());
            // 25: the host never saw the original, which is as good as reversed.
            if (reply->responseCode != u"00" && reply->responseCode != u"25")
                return fail(outcome, ResponseCodeTable::forDialect().describe(reply->responseCode));
            const TimeMs now = m_clock.nowMs();
            UnitOfWork uow(m_db);
            if (!uow.isActive())
                return fail(outcome, uow.startStatus().error().fullText());
            auto s = TransactionRepository(m_db).updateResult(original.id, TxnStatus::Reversed, reply->responseCode,
                                                              original.rrn, original.authCode, now);
            if (s)
                s = ReversalRepository(m_db).markDone(r.id, now);
            if (s)
                s = audit(m_db, m_clock, Actor{QStringLiteral("system"), std::nullopt, QStringLiteral("service")},
                          QStringLiteral("reversal"),
                          QStringLiteral("terminal %1 STAN %2").arg(ctx.terminal.tid).arg(original.stan),
                          QStringLiteral("ok"), QStringLiteral("reason ") + r.reason);
            if (s)
                s = uow.commit();
            if (!s)
                return fail(outcome, s.error().fullText());
            ++outcome.reversed;
            next(outcome);
        });
}

} // namespace posdesk
