#pragma once

#include "domain/Entities.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace posdesk {

class Clock;
class Database;

enum class PrintJobState
{
    Pending,   // waiting for the printer to be ready
    Printing,  // sent; the printer has not confirmed it has worked through it
    Held,      // sent, then the printer stopped (paper out, cover open); it prints the rest when ready again
    Printed,   // the printer worked through it
    Failed,    // the outcome is unknown (connection lost while printing); reprint if the receipt is missing
    Cancelled, // withdrawn before it was sent
};

QString toKey(PrintJobState state);
std::optional<PrintJobState> printJobStateFromKey(QStringView key);
// For lists: "waiting", "printed", ... translated.
QString displayName(PrintJobState state);

// One receipt in the print queue. The payload is ESC/POS bytes as printed: never a full card number.
struct PrintJob
{
    Id id = 0;
    Id deviceId = 0;
    QString kind; // "test", "sale", "void", "refund", "settlement", ...
    QByteArray payload;
    PrintJobState state = PrintJobState::Pending;
    int attempts = 0;
    QString lastError; // why it waits or failed, translated when it was recorded
    std::optional<Id> reprintOf;
    std::optional<Id> transactionId; // the transaction whose slip this is; printing it sets its `printed`
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> printedAt;
};

// The persistent print queue (table print_jobs), so that a job survives paper-out, a restart and a crash.
class PrintJobStore
{
public:
    PrintJobStore(Database &db, const Clock &clock);

    Result<Id> add(Id deviceId, const QString &kind, const QByteArray &payload,
                   std::optional<Id> reprintOf = std::nullopt, std::optional<Id> transactionId = std::nullopt);
    Result<PrintJob> find(Id id);
    // Newest first, without payloads; all devices when deviceId is empty.
    Result<QList<PrintJob>> list(std::optional<Id> deviceId = std::nullopt, int limit = 100);
    // The oldest pending job of a device, with its payload.
    Result<std::optional<PrintJob>> nextPending(Id deviceId);
    Result<int> countWaiting(Id deviceId); // pending, printing or held

    // Takes a pending job for sending; false when another process took it first.
    Result<bool> claim(Id id);
    // Printed sets printed_at and, for a transaction's slip, the transaction's `printed` (the printer took it); the
    // note goes to last_error (why it waits, failed or was cancelled).
    Status setState(Id id, PrintJobState state, const QString &note = {});
    // Records why a device's pending jobs wait, without changing their state.
    Status noteWaiting(Id deviceId, const QString &why);
    // Marks a job in flight as still watched (see failAbandoned()).
    Status touch(Id id);
    // Jobs left in flight by a process that stopped watching them (no touch() for staleMs): failed, reprintable.
    Result<int> failAbandoned(Id deviceId, qint64 staleMs);
    // A new pending job with the same bytes after `mark` (the reprint mark); works for jobs in any state.
    Result<Id> reprint(Id id, const QByteArray &mark = {});
    // The newest job carrying a transaction's slip, if any.
    Result<std::optional<PrintJob>> lastForTransaction(Id transactionId);
    // Withdraws a pending job; jobs already sent cannot be withdrawn from the printer.
    Status cancel(Id id);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
