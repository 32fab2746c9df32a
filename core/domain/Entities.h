#pragma once

#include "money/Money.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace posdesk {

using Id = std::int64_t;
using TimeMs = std::int64_t; // UTC milliseconds since the epoch

// A merchant as the acquirer knows it (MID = 15-character merchant ID).
struct Merchant
{
    Id id = 0;
    QString mid;
    QString name;
    QString nameEn;
    QString address;
    QString contactPhone;
    TimeMs createdAt = 0;
};

enum class ChannelKind
{
    Bank,
    PaymentCompany,
    ServiceProvider
};
QString toKey(ChannelKind k);
std::optional<ChannelKind> channelKindFromString(const QString &s);

enum class MacAlgorithm
{
    CupEcb,
    X99,
    X919
};
QString toKey(MacAlgorithm a);
std::optional<MacAlgorithm> macAlgorithmFromString(const QString &s);

// An acquirer profile: who the terminals talk to and whom to call when they cannot.
struct Acquirer
{
    Id id = 0;
    QString name;
    ChannelKind channelKind = ChannelKind::Bank;
    QString host;
    int port = 0;
    QString tpdu = QStringLiteral("6000050000");
    QString dialect = QStringLiteral("cup");
    // What this host does differently from the CUP field table (alignment and pad of odd-length numerics,
    // length and type of 48/59/60/61/63), as JSON; empty: the CUP table as it is. See iso8583/DialectSettings.h.
    QString dialectSettings;
    MacAlgorithm macAlgorithm = MacAlgorithm::CupEcb;
    int connectTimeoutMs = 10000;
    int responseTimeoutMs = 30000;
    bool resettleAfterUpload = false;
    // A reversal the host has not confirmed after this long becomes an incident a person resolves.
    std::int64_t reversalExpiryMs = 24LL * 60 * 60 * 1000;
    // The acquirer's day starts at this hour (shop time): the first transaction after it signs on again.
    int cutoverHour = 0;
    // Who services the terminals of this profile when that is not the acquirer itself (a service provider); empty:
    // the acquirer. The channel scorecard compares profiles and providers.
    QString serviceProvider;
    QString supportContact;
    QString supportPhone;
    QString supportEmail;
    QString notes;
    TimeMs createdAt = 0;
};

enum class TerminalState
{
    Applied,
    DocumentsSubmitted,
    Approved,
    KeysLoaded,
    SignedOn,
    Active,
    Suspended,
    Swapped,
    Deregistered,
};
QString toKey(TerminalState s);
std::optional<TerminalState> terminalStateFromString(const QString &s);
QString displayName(TerminalState s); // translated

// A PC till or stand-alone POS enrolled (or being enrolled) with an acquirer.
struct Terminal
{
    Id id = 0;
    QString tid; // 8 characters, empty until the acquirer assigns one
    Id merchantId = 0;
    Id acquirerId = 0;
    TerminalState state = TerminalState::Applied;
    QString kind = QStringLiteral("pc-till");
    QString serial;
    QString brand;
    QString model;
    QString softwareVersion;
    QString location;
    QString paramVersion;
    // What the acquirer assigned at approval; the configured tid/mid are checked against these.
    QString assignedTid;
    QString assignedMid;
    // Set when the host or a code asked for a fresh sign-on (A0, 99, header nibble 3).
    bool signonRequired = false;
    // The master-key slot of the till's PIN pad that holds this terminal's keys; none: the PC holds them.
    std::optional<int> pinPadSlot;
    // The IC key and parameter download is owed: after the first sign-on, or the host's header asked (nibble 4/5).
    bool icDownloadRequired = false;
    int nextStan = 1;
    int batchNo = 1;
    std::optional<TimeMs> lastSignonAt;
    std::optional<TimeMs> lastParamDownloadAt;
    TimeMs createdAt = 0;
    TimeMs updatedAt = 0;
    // Joined for display, not stored in the terminals table.
    QString mid;
    QString merchantName;
    QString acquirerName;
};

enum class TxnKind
{
    Sale,
    Void,
    Refund,
    Cash
};
QString toKey(TxnKind k);
std::optional<TxnKind> txnKindFromString(const QString &s);

// pending: stored before the request left; in_doubt: no answer, a reversal is queued.
enum class TxnStatus
{
    Pending,
    Approved,
    Declined,
    InDoubt,
    Reversed,
    Voided
};
QString toKey(TxnStatus s);
std::optional<TxnStatus> txnStatusFromString(const QString &s);

// One card (or cash) transaction. Holds no card data beyond the masked PAN and its keyed hash.
struct CardTransaction
{
    Id id = 0;
    Id terminalId = 0;
    int batchNo = 0;
    int stan = 0;
    TxnKind kind = TxnKind::Sale;
    TxnStatus status = TxnStatus::Pending;
    Money amount;
    QString panMasked;
    QByteArray panHmac;
    QString cardScheme;
    QString entryMode;
    QString rrn;
    QString authCode;
    QString responseCode;
    std::optional<Id> originalId;
    // What the cashier asked for when the host approved less (response 10); amount holds the approved part.
    std::optional<std::int64_t> requestedMinor;
    // The original's reference of a refund or void, as the host knows it.
    QString originalRrn;
    QString originalDate; // MMDD
    QString cashier;
    TimeMs createdAt = 0;
    TimeMs updatedAt = 0;
};

// What a chip transaction keeps beside its row in `transactions` (table chip_transactions): the card's sequence
// number (field 23) and application, and field 55 as each later message must carry it. No cardholder data.
struct ChipRecord
{
    Id transactionId = 0;
    QString cardSequence; // "001"; empty when the card has none
    QByteArray aid;
    QString appLabel;
    bool pinEntered = false;
    QByteArray requestIcc;  // field 55 of the 0200
    QByteArray reversalIcc; // field 55 of its reversal, should it be reversed
    QByteArray finalIcc;    // field 55 after the second GENERATE AC (the TC upload), empty until then
    QString cardDecision;   // "tc" / "aac" after the second GENERATE AC, empty until then
    QByteArray adviceIcc;   // field 55 of the script-result advice (0620), empty when no script ran
    QString adviceState;    // none | pending | sent
    bool tcUploaded = false;
};

enum class BatchState
{
    Open,
    Settling,
    HostSettled, // the host accepted the settlement; the local close has yet to be written
    Closed
};
QString toKey(BatchState s);
std::optional<BatchState> batchStateFromString(const QString &s);

struct Batch
{
    Id id = 0;
    Id terminalId = 0;
    int batchNo = 0;
    BatchState state = BatchState::Open;
    TimeMs openedAt = 0;
    std::optional<TimeMs> closedAt;
    int saleCount = 0;
    std::int64_t saleMinor = 0;
    int refundCount = 0;
    std::int64_t refundMinor = 0;
    QString hostResult;
    QString hostTotals; // field 48 of the host's 0510, as it came
    std::optional<TimeMs> hostSettledAt;
};

enum class IncidentState
{
    Open,
    Escalated,
    Resolved
};
QString toKey(IncidentState s);
std::optional<IncidentState> incidentStateFromString(const QString &s);

// A problem that needs a person: a response code, a device fault or a local check.
struct Incident
{
    Id id = 0;
    std::optional<Id> terminalId;
    QString source = QStringLiteral("host"); // host | device | local
    QString code;
    QString dialect = QStringLiteral("cup");
    QString tid;
    QString mid;
    QString mti;
    std::optional<int> stan;
    IncidentState state = IncidentState::Open;
    int occurrences = 1;
    TimeMs openedAt = 0;
    TimeMs lastSeenAt = 0;
    std::optional<TimeMs> escalatedAt;
    std::optional<TimeMs> followUpAt;
    std::optional<TimeMs> resolvedAt;
    QString cause;
};

enum class Role
{
    Owner,
    Cashier,
    Accountant
};
QString toKey(Role r);
std::optional<Role> roleFromString(const QString &s);

struct User
{
    Id id = 0;
    QString username;
    Role role = Role::Cashier;
    QString passwordHash;
    int failedAttempts = 0;
    std::optional<TimeMs> lockedUntil;
    bool disabled = false;
    TimeMs createdAt = 0;
    std::optional<TimeMs> passwordChangedAt;
};

// One row of the hash-chained audit trail.
struct AuditEntry
{
    Id id = 0;
    TimeMs at = 0;
    QString actor;
    QString origin;  // gui | cli | service
    QString event;   // login, sale, key.load, terminal.state …
    QString object;  // what it touched: "terminal 99999906"
    QString outcome; // ok | refused | failed
    QString detail;
    QString prevHash;
    QString hash;
};

} // namespace posdesk
