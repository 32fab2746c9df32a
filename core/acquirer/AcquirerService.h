#pragma once

#include "acquirer/CupMessages.h"
#include "acquirer/HostExchange.h"
#include "acquirer/KeyVault.h"
#include "security/Actor.h"
#include "storage/Database.h"
#include "storage/ReversalRepository.h"
#include "time/Clock.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace posdesk {

class CardData;
class PanProtector;

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
};

struct SignOnOutcome
{
    QString tid;
    QString pinKeyCheck;
    QString macKeyCheck;
    QString trackKeyCheck;
    int hostBatch = 0;
};

struct ReversalFlushOutcome
{
    int recovered = 0; // pending transactions left by a crash, now in doubt
    int attempted = 0;
    int reversed = 0;
    int stillPending = 0;
    QString lastError;
};

// The till's side of the acquirer link: sign-on with working keys, sale, void, refund, reversal, echo and
// sign-off. Asynchronous: each call returns at once and reports through its callback on this thread.
// Write-ahead: a transaction is stored as pending before its request leaves; no answer makes it in doubt
// and queues a reversal, retried with back-off until the host answers.
class AcquirerService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(Result<T>)>;

    AcquirerService(Database &db, const Clock &clock, KeyVault &keys, const PanProtector &pans,
                    QObject *parent = nullptr);

    void signOn(const Actor &actor, const QString &tid, Done<SignOnOutcome> done);
    void signOff(const Actor &actor, const QString &tid, Done<QString> done);
    void echoTest(const Actor &actor, const QString &tid, Done<QString> done);
    void sale(const Actor &actor, const QString &tid, const Money &amount, CardData &&card, Done<TxnOutcome> done);
    void voidSale(const Actor &actor, const QString &tid, int originalStan, Done<TxnOutcome> done);
    void refund(const Actor &actor, const QString &tid, const Money &amount, const QString &originalRrn,
                const QDate &originalDate, CardData &&card, Done<TxnOutcome> done);
    // Sends due reversals (all terminals when tid is empty); recovers transactions a crash left pending.
    void flushReversals(const QString &tid, Done<ReversalFlushOutcome> done);

    // Shared with the settlement service.
    Result<LinkContext> context(const QString &tid);
    HostEndpoint endpointOf(const Acquirer &a) const;
    Result<crypto::MacEngine> macEngine(const LinkContext &c);
    // Marks the terminal busy for one exchange; false when another request is outstanding.
    bool acquire(Id terminalId);
    void release(Id terminalId);
    void publish(const ResponseEvent &e);
    const Clock &clock() const { return m_clock; }
    Database &db() { return m_db; }

    // Backoff before the n-th retry of a reversal (n ≥ 1): 5 s, 10 s, 20 s … capped at 10 minutes.
    static std::int64_t reversalBackoffMs(int attempt);
    // How long a pending transaction may wait for its answer before recovery treats it as abandoned.
    std::int64_t abandonAfterMs(const Acquirer &a) const;

signals:
    void hostResponse(const posdesk::ResponseEvent &event);

private:
    struct CardRequest;
    Status checkCanSell(const Actor &actor, const LinkContext &c);
    void ensureSignedOn(const Actor &actor, const LinkContext &c, std::function<void(Status)> next);
    void sendFinancial(const LinkContext &c, CardTransaction txn, iso8583::Message request, Done<TxnOutcome> done);
    void onFinancialReply(const LinkContext &c, const CardTransaction &txn, const iso8583::Message &request,
                          ExchangeResult result, Done<TxnOutcome> done);
    Status markInDoubt(const CardTransaction &txn, const QString &reason, const QString &error);
    Result<CardTransaction> writeAhead(const LinkContext &c, CardTransaction txn);
    // Field 48 of the 0500 carries each count (sales, refunds; UnionPay, other cards) as n3.
    static constexpr int kMaxBatchCount = 999;
    Status recoverAbandoned(const QString &tid, int *recovered);
    void sendNextReversal(std::vector<PendingReversal> queue, size_t index, ReversalFlushOutcome outcome,
                          Done<ReversalFlushOutcome> done);
    void networkManagement(const Actor &actor, const QString &tid, const char *code, Done<QString> done);

    Database &m_db;
    const Clock &m_clock;
    KeyVault &m_keys;
    const PanProtector &m_pans;
    QSet<Id> m_busy;
};

} // namespace posdesk

Q_DECLARE_METATYPE(posdesk::ResponseEvent)
