#pragma once

#include "printing/PrintJobStore.h"
#include "printing/ReceiptPrinter.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace posdesk {

struct PrintQueueOptions
{
    // While a job is at the printer, its row is touched this often, so other processes see it is watched.
    int heartbeatMs = 30000;
    // A job in flight whose row was not touched for this long was left behind by a process that stopped.
    qint64 abandonedAfterMs = 120000;
};

// The print queue of one printer: jobs go into the database at once (a sale never waits on the printer) and are
// sent one at a time whenever the printer is ready. Paper-out, an open cover or an offline printer only delay them.
class PrintQueue : public QObject
{
    Q_OBJECT

public:
    PrintQueue(Database &db, const Clock &clock, Id deviceId, ReceiptPrinter &printer, PrintQueueOptions options = {},
               QObject *parent = nullptr);
    ~PrintQueue() override;

    Id deviceId() const { return m_deviceId; }
    PrintJobStore &store() { return m_store; }
    ReceiptPrinter &printer() { return m_printer; }

    // Fails jobs abandoned by a stopped process, then prints what is pending whenever the printer is ready.
    void start();
    // Stops sending. A job at the printer now ends as failed: whether it printed is no longer watched.
    void stop();

    // Stores the job and returns at once; it prints when the printer is ready.
    Result<Id> enqueue(const QString &kind, const QByteArray &payload, std::optional<Id> transactionId = std::nullopt);
    // Queues a copy of any job (printed, failed or cancelled) of this printer, after `mark` (see
    // ReceiptLayouts::reprintMark).
    Result<Id> reprint(Id jobId, const QByteArray &mark = {});
    Status cancel(Id jobId);
    std::optional<Id> jobInFlight() const { return m_inFlight; }

signals:
    void jobStateChanged(posdesk::Id jobId, posdesk::PrintJobState state, const QString &note);
    // The queue could not read or write the database; it tries again on the next event.
    void storageError(const posdesk::Error &error);

private:
    void schedulePump();
    void pump();
    void onReadiness(PrinterReadiness readiness);
    void finishJob(PrintJobState state, const QString &note);
    void record(Id jobId, PrintJobState state, const QString &note);

    PrintJobStore m_store;
    Id m_deviceId;
    ReceiptPrinter &m_printer;
    PrintQueueOptions m_options;
    bool m_running = false;
    bool m_pumpScheduled = false;
    std::optional<Id> m_inFlight;
    QTimer m_heartbeat;
};

} // namespace posdesk
