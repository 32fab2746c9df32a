#pragma once

#include "acquirer/CupMessages.h"
#include "acquirer/HostExchange.h"
#include "acquirer/KeyVault.h"
#include "card/PinEntry.h"
#include "security/Actor.h"
#include "storage/Database.h"
#include "storage/ReversalRepository.h"
#include "time/Clock.h"

#include <QObject>

#include <functional>
#include <memory>

namespace posdesk {

class CardData;
class PanProtector;
class FinancialFlows;
class ReversalQueue;

// Every non-approved answer from the host (and local protocol faults), for the incident service and the GUI.
struct ResponseEvent
{
    std::optional<Id> terminalId;
    QString source = QStringLiteral("host"); // host | local
    QString code;
    QString dialect = QStringLiteral("cup");
    QString tid;
    QString mid;
    QString mti;
    std::optional<int> stan;
    TimeMs at = 0;
};

struct TxnOutcome
{
    CardTransaction txn;
    QString responseCode;
    QString responseText;
    // A partial approval (10): the host approved txn.amount of what was asked; the rest is owed another way.
    bool partial = false;
    Money requested;
};

struct SignOnOutcome
{
    QString tid;
    QString pinKeyCheck;
    QString macKeyCheck;
    QString trackKeyCheck;
    int hostBatch = 0;
    int batchNo = 0;            // the terminal's open batch after the sign-on
    bool batchAdopted = false;  // the host's batch number was taken over
    bool batchConflict = false; // the host's differs but the open batch holds transactions: incident 77
};

struct ReversalFlushOutcome
{
    int recovered = 0; // pending transactions left by a crash, now in doubt
    int attempted = 0;
    int reversed = 0;
    int refused = 0; // refused for good or expired: an incident a person resolves
    int stillPending = 0;
    QString lastError;
};

// How a refund names its original sale.
struct RefundOriginal
{
    QString rrn;
    QDate date;
    // The original is not in this shop's records: only the owner, and only when asked for explicitly.
    bool unknownAllowed = false;
    // Or the sale's trace number and batch on the same terminal (the merchant copy shows both); the refund then
    // carries that sale's RRN and date.
    std::optional<int> stan;
    std::optional<int> batchNo;
};

// One exchange per terminal at a time, held in the database (terminal_leases) for the whole operation: reversals
// first, a sign-on if needed, the request and the storing of its answer. Released when the last copy goes away.
class LinkLease
{
public:
    LinkLease(Database &db, const Clock &clock, Id terminalId, QString holder, std::int64_t ttlMs);
    ~LinkLease();
    LinkLease(const LinkLease &) = delete;
    LinkLease &operator=(const LinkLease &) = delete;
    // Before each request leaves: still ours, and good for one more exchange? Refused when another took it over.
    Status renew();
    // Frees the terminal now, while callbacks may still hold this object; renew() fails afterwards.
    void release();
    Id terminalId() const { return m_terminalId; }

private:
    Database &m_db;
    const Clock &m_clock;
    Id m_terminalId;
    QString m_holder;
    std::int64_t m_ttlMs;
    bool m_released = false;
};
using LeasePtr = std::shared_ptr<LinkLease>;

// The acquirer link of every till: the link session (context, keys, lease, sign-on with the host's batch and forced
// re-sign-ons, echo, sign-off) and the entry to the financial flows (FinancialFlows) and the reversal queue
// (ReversalQueue), which the desktop, the CLI and the settlement service all share. Asynchronous: each call
// returns at once and reports through its callback on this thread.
class AcquirerService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(Result<T>)>;

    AcquirerService(Database &db, const Clock &clock, KeyVault &keys, const PanProtector &pans,
                    QObject *parent = nullptr);
    ~AcquirerService() override;

    void signOn(const Actor &actor, const QString &tid, Done<SignOnOutcome> done);
    void signOff(const Actor &actor, const QString &tid, Done<QString> done);
    void echoTest(const Actor &actor, const QString &tid, Done<QString> done);
    void sale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card, Done<TxnOutcome> done);
    void voidSale(const Actor &actor, const QString &tid, int originalStan, Done<TxnOutcome> done);
    void refund(const Actor &actor, const QString &tid, const Money &amount, const RefundOriginal &original,
                CardData &&card, Done<TxnOutcome> done);
    // Sends due reversals (all terminals when tid is empty); recovers transactions a crash left pending.
    void flushReversals(const QString &tid, Done<ReversalFlushOutcome> done);

    // The till's PIN pad (not owned; may be null: a till without a pad takes no PIN and cannot serve a terminal
    // whose keys are in a pad).
    void setPinPad(PinEntryDevice *pad) { m_pinPad = pad; }
    PinEntryDevice *pinPad() const { return m_pinPad; }
    static Error noPinPad(const QString &tid);

    FinancialFlows &flows() { return *m_flows; }
    ReversalQueue &reversals() { return *m_reversals; }

    // ---- the link session, shared with the flows, the reversal queue and the settlement service ----
    Result<LinkContext> context(const QString &tid);
    Result<LinkContext> contextOf(Id terminalId);
    HostEndpoint endpointOf(const Acquirer &a) const;
    Result<crypto::MacEngine> macEngine(const LinkContext &c);
    // The terminal's lease for one operation; Refused ("busy") when another till or process holds it.
    Result<LeasePtr> lease(const LinkContext &c);
    // Whether the terminal must sign on before its next request (no MAC key, asked for, or a new business day).
    bool signOnDue(const LinkContext &c);
    // Signs on first when the terminal has no MAC key, the host or a code asked for it, or a new day began.
    // next() is told whether a sign-on took place (the terminal's batch and counters may have changed).
    void ensureSignedOn(const Actor &actor, const LinkContext &c, LeasePtr lease,
                        std::function<void(Status, bool signedOnNow)> next);
    // Reads what the answer's header asks for (processing requirement 3: sign on again).
    void noteHeader(const LinkContext &c, const CupMessages::Reply &reply);
    void requireSignOn(const LinkContext &c);
    void publish(const ResponseEvent &e);
    const Clock &clock() const { return m_clock; }
    Database &db() { return m_db; }
    const PanProtector &pans() const { return m_pans; }

    // Backoff before the n-th retry of a reversal (n ≥ 1): 5 s, 10 s, 20 s … capped at 10 minutes.
    static std::int64_t reversalBackoffMs(int attempt);
    // How long one exchange may take before its lease runs out and recovery may treat it as abandoned.
    std::int64_t abandonAfterMs(const Acquirer &a) const;
    // The acquirer's business day of a moment (shop time, Asia/Shanghai, from the profile's cut-over hour).
    static QDate businessDay(TimeMs at, int cutoverHour);

    // Tells the listeners (the desktop's alert banner) of an incident the engine itself opened and stored, such
    // as a reversal the host refused for good (code "RV").
    void announceIncident(Id incidentId) { emit incidentRaised(qint64(incidentId)); }

signals:
    void hostResponse(const posdesk::ResponseEvent &event);
    void incidentRaised(qint64 incidentId);

private:
    void signOnLeased(const Actor &actor, const LinkContext &c, LeasePtr lease, Done<SignOnOutcome> done);
    Status adoptHostBatch(const LinkContext &c, int hostBatch, SignOnOutcome *out);
    Status loadWorkingKeysIntoPad(const LinkContext &c, int slot, QByteArrayView field62, QByteArrayView networkCode,
                                  SignOnOutcome *out);
    void networkManagement(const Actor &actor, const QString &tid, const char *code, Done<QString> done);

    Database &m_db;
    const Clock &m_clock;
    KeyVault &m_keys;
    const PanProtector &m_pans;
    std::unique_ptr<ReversalQueue> m_reversals;
    std::unique_ptr<FinancialFlows> m_flows;
    PinEntryDevice *m_pinPad = nullptr;
};

// Text shared by the link's parts: "The host declined: 51 可用余额不足".
Error hostDeclined(const QString &code, const QString &mti);

} // namespace posdesk

Q_DECLARE_METATYPE(posdesk::ResponseEvent)
