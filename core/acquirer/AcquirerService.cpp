#include "acquirer/AcquirerService.h"

#include "acquirer/FinancialFlows.h"
#include "acquirer/ResponseCodes.h"
#include "acquirer/ReversalQueue.h"
#include "card/CardData.h"
#include "crypto/WorkingKeys.h"
#include "security/PanProtector.h"
#include "security/Permissions.h"
#include "storage/AcquirerRepository.h"
#include "storage/BatchRepository.h"
#include "storage/LeaseRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cstring>

namespace posdesk {

namespace {

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex().toUpper());
}

Error busy(const QString &tid)
{
    return Error::refused(QCoreApplication::translate(
                              "posdesk::AcquirerService",
                              "Terminal %1 is busy with another request (on this till or another). Try again in a "
                              "moment.")
                              .arg(tid));
}

} // namespace

Error hostDeclined(const QString &code, const QString &mti)
{
    const QString text = ResponseCodeTable::forDialect().describe(code);
    return Error::declined(QCoreApplication::translate("posdesk::AcquirerService", "The host declined: %1").arg(text),
                           QStringLiteral("MTI %1, field 39 = %2").arg(mti, code));
}

// ---- lease ----

LinkLease::LinkLease(Database &db, const Clock &clock, Id terminalId, QString holder, std::int64_t ttlMs)
    : m_db(db), m_clock(clock), m_terminalId(terminalId), m_holder(std::move(holder)), m_ttlMs(ttlMs)
{}

LinkLease::~LinkLease()
{
    release();
}

void LinkLease::release()
{
    if (m_released)
        return;
    m_released = true;
    (void)LeaseRepository(m_db).release(m_terminalId, m_holder);
}

Status LinkLease::renew()
{
    if (m_released)
        return Error::internal(QStringLiteral("renewing a released lease"));
    auto held = LeaseRepository(m_db).renew(m_terminalId, m_holder, m_clock.nowMs() + m_ttlMs);
    if (!held)
        return held.error();
    if (!*held)
        return Error::refused(QCoreApplication::translate(
            "posdesk::AcquirerService", "This till's hold on the terminal ran out and another till or process took it "
                                        "over; nothing more was sent. Try again."));
    return {};
}

// ---- the service ----

AcquirerService::AcquirerService(Database &db, const Clock &clock, KeyVault &keys, const PanProtector &pans,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_keys(keys), m_pans(pans),
      m_reversals(std::make_unique<ReversalQueue>(*this)),
      m_flows(std::make_unique<FinancialFlows>(*this, *m_reversals))
{
    qRegisterMetaType<ResponseEvent>();
}

AcquirerService::~AcquirerService() = default;

void AcquirerService::sale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card,
                           Done<TxnOutcome> done)
{
    m_flows->sale(actor, tid, amount, std::move(card), std::move(done));
}

void AcquirerService::voidSale(const Actor &actor, const QString &tid, int originalStan, Done<TxnOutcome> done)
{
    m_flows->voidSale(actor, tid, originalStan, std::move(done));
}

void AcquirerService::refund(const Actor &actor, const QString &tid, const Money &amount,
                             const RefundOriginal &original, CardData &&card, Done<TxnOutcome> done)
{
    m_flows->refund(actor, tid, amount, original, std::move(card), std::move(done));
}

void AcquirerService::flushReversals(const QString &tid, Done<ReversalFlushOutcome> done)
{
    m_reversals->flush(tid, std::move(done));
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
    return std::int64_t(a.connectTimeoutMs) + a.responseTimeoutMs + 2000;
}

QDate AcquirerService::businessDay(TimeMs at, int cutoverHour)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, QTimeZone("Asia/Shanghai"));
    return local.addSecs(-3600LL * std::clamp(cutoverHour, 0, 23)).date();
}

HostEndpoint AcquirerService::endpointOf(const Acquirer &a) const
{
    return HostEndpoint{a.host, quint16(a.port), a.connectTimeoutMs, a.responseTimeoutMs};
}

Result<LeasePtr> AcquirerService::lease(const LinkContext &c)
{
    const QString holder = LeaseRepository::newHolder();
    const std::int64_t ttl = abandonAfterMs(c.acquirer);
    auto taken = LeaseRepository(m_db).tryAcquire(c.terminal.id, holder, m_clock.nowMs(), ttl);
    if (!taken)
        return taken.error();
    if (!*taken)
        return busy(c.terminal.tid);
    return std::make_shared<LinkLease>(m_db, m_clock, c.terminal.id, holder, ttl);
}

void AcquirerService::publish(const ResponseEvent &e)
{
    emit hostResponse(e);
}

void AcquirerService::requireSignOn(const LinkContext &c)
{
    (void)TerminalRepository(m_db).requireSignOn(c.terminal.id, m_clock.nowMs());
}

void AcquirerService::noteHeader(const LinkContext &c, const CupMessages::Reply &reply)
{
    auto header = iso8583::Header::fromBytes(reply.frame.header);
    if (header && header->processingRequirement == 3)
        requireSignOn(c);
    // 4: update the public keys, 5: download the IC parameters. Both come in one IC download, before the next chip
    // sale or after the next sign-on; a flag that cannot be stored is asked for again by the next answer.
    if (header && (header->processingRequirement == 4 || header->processingRequirement == 5))
        (void)TerminalRepository(m_db).setIcDownloadRequired(c.terminal.id, true, m_clock.nowMs());
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

Result<LinkContext> AcquirerService::contextOf(Id terminalId)
{
    auto t = TerminalRepository(m_db).findById(terminalId);
    if (!t)
        return t.error();
    return context(t->tid);
}

Error AcquirerService::noPinPad(const QString &tid)
{
    return Error::environment(
        QCoreApplication::translate(
            "posdesk::AcquirerService",
            "Terminal %1 keeps its keys in a PIN pad, and no PIN pad is connected to this till. Connect the PIN pad "
            "(Devices) and try again.")
            .arg(tid));
}

Status AcquirerService::loadWorkingKeysIntoPad(const LinkContext &c, int slot, QByteArrayView field62,
                                               QByteArrayView networkCode, SignOnOutcome *out)
{
    if (!m_pinPad)
        return noPinPad(c.terminal.tid);
    auto layout = iso8583::WorkingKeyBlock::layoutFor(networkCode);
    if (!layout)
        return layout.error();
    auto block = iso8583::WorkingKeyBlock::parse(field62, *layout);
    if (!block)
        return Error::corrupt(QCoreApplication::translate("posdesk::AcquirerService",
                                                          "The sign-on answer's working keys cannot be read."),
                              block.error().fullText());
    using Kind = PinEntryDevice::KeyKind;
    const struct
    {
        Kind kind;
        const QByteArray *key;
        const QByteArray *check;
        QString *kcv;
    } parts[] = {{Kind::Pin, &block->pinKey, &block->pinCheck, &out->pinKeyCheck},
                 {Kind::Mac, &block->macKey, &block->macCheck, &out->macKeyCheck},
                 {Kind::Track, &block->trackKey, &block->trackCheck, &out->trackKeyCheck}};
    for (const auto &p : parts) {
        if (p.key->isEmpty())
            continue;
        if (auto s = m_pinPad->loadWorkingKey(slot, p.kind, *p.key, *p.check); !s)
            return Error{s.error().kind,
                         QCoreApplication::translate("posdesk::AcquirerService",
                                                     "The PIN pad did not take the working keys of the sign-on; "
                                                     "terminal %1 cannot sell until a sign-on succeeds. %2")
                             .arg(c.terminal.tid, s.error().message),
                         s.error().detail};
        *p.kcv = hex(*p.check);
    }
    return {};
}

Result<crypto::MacEngine> AcquirerService::macEngine(const LinkContext &c)
{
    if (c.terminal.pinPadSlot) {
        PinEntryDevice *pad = m_pinPad;
        if (!pad)
            return noPinPad(c.terminal.tid);
        const crypto::MacAlgorithm algorithm = CupMessages::macAlgorithmOf(c.acquirer.macAlgorithm);
        const auto method = algorithm == crypto::MacAlgorithm::X919  ? PinEntryDevice::MacMethod::X919
                            : algorithm == crypto::MacAlgorithm::X99 ? PinEntryDevice::MacMethod::X99
                                                                     : PinEntryDevice::MacMethod::CupEcb;
        const int slot = *c.terminal.pinPadSlot;
        return crypto::MacEngine::inDevice(algorithm, [pad, slot, method](QByteArrayView data, char *out) -> Status {
            auto mac = pad->mac(slot, method, data);
            if (!mac)
                return mac.error();
            if (mac->size() != crypto::MacEngine::MacSize)
                return Error::corrupt(QCoreApplication::translate("posdesk::AcquirerService",
                                                                  "The PIN pad answered a MAC of the wrong size."),
                                      QStringLiteral("%1 bytes").arg(mac->size()));
            std::memcpy(out, mac->constData(), crypto::MacEngine::MacSize);
            return {};
        });
    }
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
    auto held = lease(*c);
    if (!held)
        return done(held.error());
    const LeasePtr lease = *held;
    signOnLeased(actor, *c, lease, [lease, done](Result<SignOnOutcome> r) {
        lease->release(); // the terminal is free before the caller hears the outcome
        done(std::move(r));
    });
}

bool AcquirerService::signOnDue(const LinkContext &c)
{
    // A pad-held MAC key is there once a sign-on loaded it (moving the keys into the pad forces a sign-on).
    auto key = c.terminal.pinPadSlot ? Result<bool>(c.terminal.lastSignonAt.has_value())
                                     : m_keys.hasKey(c.terminal.id, QStringLiteral("tak"));
    const bool newDay = !c.terminal.lastSignonAt || businessDay(*c.terminal.lastSignonAt, c.acquirer.cutoverHour) !=
                                                        businessDay(m_clock.nowMs(), c.acquirer.cutoverHour);
    return !(key && *key && !c.terminal.signonRequired && !newDay);
}

void AcquirerService::ensureSignedOn(const Actor &actor, const LinkContext &c, LeasePtr held,
                                     std::function<void(Status, bool)> next)
{
    if (!signOnDue(c))
        return next({}, false);
    signOnLeased(actor, c, held, [next](Result<SignOnOutcome> r) {
        if (!r)
            return next(r.error(), false);
        next({}, true);
    });
}

Status AcquirerService::adoptHostBatch(const LinkContext &c, int hostBatch, SignOnOutcome *out)
{
    // The host keeps the batch number (60.2 of the 0810): take it over while nothing is in the open batch;
    // otherwise a person must look (the 77 playbook), and the batch is left as it is.
    out->batchNo = c.terminal.batchNo;
    if (hostBatch <= 0 || hostBatch > 999999 || hostBatch == c.terminal.batchNo)
        return {};
    TxnFilter f;
    f.terminalId = c.terminal.id;
    f.batchNo = c.terminal.batchNo;
    auto inOpen = TransactionRepository(m_db).count(f);
    if (!inOpen)
        return inOpen.error();
    auto target = BatchRepository(m_db).find(c.terminal.id, hostBatch);
    const bool targetUsed = target.ok() && target->state != BatchState::Open;
    if (*inOpen > 0 || targetUsed) {
        out->batchConflict = true; // published after the sign-on is stored: the incident needs a unit of its own
        return {};
    }
    if (auto s = TerminalRepository(m_db).adoptBatchNo(c.terminal.id, c.terminal.batchNo, hostBatch, m_clock.nowMs());
        !s)
        return s;
    out->batchNo = hostBatch;
    out->batchAdopted = true;
    return {};
}

void AcquirerService::signOnLeased(const Actor &actor, const LinkContext &c, LeasePtr held, Done<SignOnOutcome> done)
{
    const QString tid = c.terminal.tid;
    const TerminalState state = c.terminal.state;
    if (state != TerminalState::KeysLoaded && state != TerminalState::SignedOn && state != TerminalState::Active)
        return done(Error::refused(
            QCoreApplication::translate("posdesk::AcquirerService",
                                        "Terminal %1 is %2; only a terminal with its keys loaded can sign on.")
                .arg(tid, displayName(state))));
    // A terminal with a PIN pad: the pad holds the master key and takes the working keys still encrypted.
    const std::optional<int> padSlot = c.terminal.pinPadSlot;
    SecretBytes masterKey;
    if (padSlot) {
        if (!m_pinPad)
            return done(noPinPad(tid));
    } else {
        auto tmk = m_keys.loadKey(c.terminal.id, QStringLiteral("tmk"));
        if (!tmk)
            return done(
                Error::refused(QCoreApplication::translate(
                                   "posdesk::AcquirerService",
                                   "Terminal %1 has no master key (TMK). Load it first: posdesk-cli keys load-tmk.")
                                   .arg(tid),
                               tmk.error().fullText()));
        masterKey = std::move(*tmk);
    }
    auto stan = TerminalRepository(m_db).takeStan(c.terminal.id);
    if (!stan)
        return done(stan.error());
    const QByteArray layout = c.acquirer.macAlgorithm == MacAlgorithm::X919 ? QByteArray("004") : QByteArray("003");
    const iso8583::Message request = CupMessages::signOn(c, *stan, layout);
    auto wire = CupMessages::frame(request, c, nullptr);
    if (!wire)
        return done(wire.error());
    if (auto s = held->renew(); !s)
        return done(s.error());
    const LinkContext ctx = c;
    HostExchange::start(
        endpointOf(ctx.acquirer), *wire,
        [this, ctx, held, request, masterKey = std::move(masterKey), padSlot, actor, done](ExchangeResult x) {
            if (!x.reply)
                return done(x.reply.error());
            auto reply = CupMessages::readReply(*x.reply, request, ctx);
            if (!reply)
                return done(reply.error());
            if (reply->responseCode != u"00") {
                publish({ctx.terminal.id, QStringLiteral("host"), reply->responseCode, ctx.acquirer.dialect,
                         ctx.terminal.tid, ctx.terminal.mid, QStringLiteral("0810"), request.text(11).toInt(),
                         m_clock.nowMs()});
                return done(hostDeclined(reply->responseCode, QStringLiteral("0810")));
            }
            auto f60 = iso8583::Field60::parse(reply->message.view(60));
            if (!f60 || !reply->message.has(62))
                return done(Error::corrupt(QCoreApplication::translate("posdesk::AcquirerService",
                                                                       "The sign-on answer carries no working keys."),
                                           f60 ? QString() : f60.error().fullText()));
            SignOnOutcome out;
            out.tid = ctx.terminal.tid;
            bool batchOk = false;
            out.hostBatch = f60->batch.toInt(&batchOk);
            std::optional<crypto::WorkingKeys> keys;
            if (padSlot) {
                if (auto s = loadWorkingKeysIntoPad(ctx, *padSlot, reply->message.view(62), f60->networkCode, &out); !s)
                    return done(s.error());
            } else {
                auto opened = crypto::extractWorkingKeys(reply->message.view(62), f60->networkCode, masterKey.view());
                if (!opened)
                    return done(Error::corrupt(
                        QCoreApplication::translate("posdesk::AcquirerService",
                                                    "The working keys from the host do not match their check values; "
                                                    "the sign-on failed. Check that the terminal's master key is the "
                                                    "one the acquirer issued."),
                        opened.error().fullText()));
                keys = std::move(*opened);
                out.pinKeyCheck = hex(crypto::keyCheckValue(keys->pinKey.view()).value());
                out.macKeyCheck = hex(crypto::keyCheckValue(keys->macKey.view()).value());
                if (!keys->trackKey.isEmpty())
                    out.trackKeyCheck = hex(crypto::keyCheckValue(keys->trackKey.view()).value());
            }
            UnitOfWork uow(m_db);
            if (!uow.isActive())
                return done(uow.startStatus().error());
            if (keys) {
                for (auto [kind, key] : {std::pair{"tpk", &keys->pinKey}, std::pair{"tak", &keys->macKey},
                                         std::pair{"tdk", &keys->trackKey}}) {
                    if (key->isEmpty())
                        continue;
                    if (auto s = m_keys.storeKey(ctx.terminal.id, QString::fromLatin1(kind), *key); !s)
                        return done(s.error());
                }
            }
            const TimeMs now = m_clock.nowMs();
            TerminalRepository terminals(m_db);
            if (auto s = terminals.recordSignOn(ctx.terminal.id, now); !s)
                return done(s.error());
            auto fresh = terminals.findById(ctx.terminal.id);
            if (!fresh)
                return done(fresh.error());
            if (auto s = adoptHostBatch(LinkContext{*fresh, ctx.acquirer}, batchOk ? out.hostBatch : 0, &out); !s)
                return done(s.error());
            if (ctx.terminal.state == TerminalState::KeysLoaded) {
                // The first sign-on is a lifecycle step of its own.
                if (auto s = terminals.setState(ctx.terminal.id, TerminalState::SignedOn, now); !s)
                    return done(s.error());
                // After the first sign-on the terminal fetches its CA keys and chip applications.
                if (auto s = terminals.setIcDownloadRequired(ctx.terminal.id, true, now); !s)
                    return done(s.error());
                auto ev =
                    sql::run(m_db,
                             QStringLiteral("INSERT INTO enrollment_events (terminal_id, from_state, to_state, "
                                            "actor, note, at) VALUES (?, 'keys-loaded', 'signed-on', ?, ?, ?)"),
                             {qlonglong(ctx.terminal.id), actor.name,
                              QCoreApplication::translate("posdesk::AcquirerService", "first sign-on"), qlonglong(now)},
                             QCoreApplication::translate("posdesk::AcquirerService", "recording the first sign-on"));
                if (!ev)
                    return done(ev.error());
            }
            if (auto s = audit(m_db, m_clock, actor, QStringLiteral("signon"),
                               QStringLiteral("terminal ") + ctx.terminal.tid, QStringLiteral("ok"),
                               QStringLiteral("MAC key KCV %1; batch %2%3")
                                   .arg(out.macKeyCheck)
                                   .arg(out.batchNo)
                                   .arg(out.batchAdopted ? QStringLiteral(" (host's)") : QString()));
                !s)
                return done(s.error());
            if (auto s = uow.commit(); !s)
                return done(s.error());
            if (out.batchConflict)
                publish({ctx.terminal.id, QStringLiteral("local"), QStringLiteral("77"), ctx.acquirer.dialect,
                         ctx.terminal.tid, ctx.terminal.mid, QStringLiteral("0810"), request.text(11).toInt(), now});
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
    auto held = lease(*c);
    if (!held)
        return done(held.error());
    auto stan = TerminalRepository(m_db).takeStan(c->terminal.id);
    if (!stan)
        return done(stan.error());
    const iso8583::Message request =
        qstrcmp(code, "301") == 0 ? CupMessages::echoTest(*c, *stan) : CupMessages::signOff(*c, *stan);
    auto wire = CupMessages::frame(request, *c, nullptr);
    if (!wire)
        return done(wire.error());
    const LinkContext ctx = *c;
    const LeasePtr lease = *held;
    HostExchange::start(endpointOf(ctx.acquirer), *wire, [this, ctx, lease, request, done](ExchangeResult x) {
        lease->release();
        if (!x.reply)
            return done(x.reply.error());
        auto reply = CupMessages::readReply(*x.reply, request, ctx);
        if (!reply)
            return done(reply.error());
        noteHeader(ctx, *reply);
        if (reply->responseCode != u"00") {
            publish({ctx.terminal.id, QStringLiteral("host"), reply->responseCode, ctx.acquirer.dialect,
                     ctx.terminal.tid, ctx.terminal.mid, QStringLiteral("0830"), request.text(11).toInt(),
                     m_clock.nowMs()});
            return done(hostDeclined(reply->responseCode, QStringLiteral("0830")));
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

} // namespace posdesk
