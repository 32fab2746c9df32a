#pragma once

#include "printer/PrinterStatus.h"
#include "transport/Transport.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace posdesk {

// How the driver talks to one printer; the defaults suit an ESC/POS printer on a serial or network port.
struct PrinterDriverOptions
{
    // Ask DLE EOT 1/2/4 every pollIntervalMs. Off for transports that cannot read back (device file), where the
    // printer counts as ready whenever the file is open.
    bool statusPolling = true;
    int pollIntervalMs = 1000;
    // No complete answer within this time: the printer counts as offline.
    int replyTimeoutMs = 1000;
    // Send GS r 1 after each job. The printer answers it only once it has worked through everything before it,
    // so its answer means "printed"; while paper is out or the cover is open it stays silent.
    bool completionCheck = true;
    // Printer ready, yet no answer to GS r for this long: the model lacks GS r, so the job is taken as printed.
    int completionTimeoutMs = 10000;
};

enum class PrinterReadiness
{
    Disconnected, // the transport is not connected
    Unknown,      // connected, first status not in yet
    NotAnswering, // connected, but no status reply within the timeout
    NotReady,     // the printer answered: paper out, cover open, offline, an error
    Ready,
};

QString toKey(PrinterReadiness readiness);

// Drives one ESC/POS receipt printer on a transport: keeps its status current by polling, and sends one job at a
// time, reporting when the printer has worked through it or stopped in the middle (paper out, cover open).
class ReceiptPrinter : public QObject
{
    Q_OBJECT

public:
    explicit ReceiptPrinter(std::unique_ptr<Transport> transport, PrinterDriverOptions options = {},
                            QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    Transport &transport() { return *m_transport; }
    const PrinterDriverOptions &options() const { return m_options; }

    // Opens the transport (which then reconnects by itself) and starts polling.
    void start();
    void stop();

    PrinterReadiness readiness() const { return m_readiness; }
    bool isReady() const { return m_readiness == PrinterReadiness::Ready; }
    // The last complete status answer (empty fields when the printer did not answer).
    const PrinterStatus &status() const { return m_status; }
    // Why the printer cannot print now, translated, each saying what to do; empty when ready.
    QStringList problems() const;
    // Polls at once instead of at the next interval (no effect while a poll is under way).
    void pollNow();

    // A job has been sent and is not finished yet.
    bool isBusy() const { return m_job.active; }
    // Sends one job. Refused while another job is in flight or the printer is not ready; never waits.
    Status send(const QByteArray &job);

signals:
    void readinessChanged(posdesk::PrinterReadiness readiness);
    // After every poll whose answer differs from the previous one.
    void statusChanged(const posdesk::PrinterStatus &status);
    // The printer has worked through the job sent last.
    void jobCompleted();
    // The job sent last was interrupted by the printer (paper ran out, cover opened); the printer keeps the rest
    // in its buffer and prints it when it is ready again. Repeated when the reasons change.
    void jobHeld(const QStringList &problems);
    // The connection broke while a job was in flight: how much of it printed is unknown.
    void jobLost(const posdesk::Error &error);

private:
    void onTransportState(TransportState state);
    void onReceived(const QByteArray &bytes);
    void finishRound(bool answered);
    void setReadiness(PrinterReadiness readiness);
    void complete();
    void checkHeld();

    std::unique_ptr<Transport> m_transport;
    PrinterDriverOptions m_options;
    PrinterReplySplitter m_splitter;
    PrinterReadiness m_readiness = PrinterReadiness::Disconnected;
    PrinterStatus m_status;
    QTimer m_pollTimer;
    QTimer m_replyTimer;

    // One poll: DLE EOT 1, 2, 4 (and 3 when 2 reports an error), answered in order.
    struct Round
    {
        bool active = false;
        bool askedErrorCause = false;
        PrinterStatus status;
    } m_round;

    struct Job
    {
        bool active = false;
        bool awaitingAck = false;
        bool held = false;
        QStringList heldFor;
        QElapsedTimer readyFor; // valid while the printer is ready with the job in flight
    } m_job;
};

} // namespace posdesk
