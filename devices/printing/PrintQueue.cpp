#include "printing/PrintQueue.h"

namespace posdesk {

PrintQueue::PrintQueue(Database &db, const Clock &clock, Id deviceId, ReceiptPrinter &printer,
                       PrintQueueOptions options, QObject *parent)
    : QObject(parent), m_store(db, clock), m_deviceId(deviceId), m_printer(printer), m_options(options)
{
    m_heartbeat.setInterval(m_options.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_inFlight)
            (void)m_store.touch(*m_inFlight);
    });
    connect(&m_printer, &ReceiptPrinter::readinessChanged, this, &PrintQueue::onReadiness);
    connect(&m_printer, &ReceiptPrinter::jobCompleted, this, [this] { finishJob(PrintJobState::Printed, {}); });
    connect(&m_printer, &ReceiptPrinter::jobHeld, this, [this](const QStringList &problems) {
        if (m_inFlight)
            record(*m_inFlight, PrintJobState::Held, problems.join(u' '));
    });
    connect(&m_printer, &ReceiptPrinter::jobLost, this, [this](const Error &error) {
        finishJob(PrintJobState::Failed,
                  tr("The connection to the printer broke while this job was printing (%1). Reprint it if the receipt "
                     "is missing or incomplete.")
                      .arg(error.message));
    });
}

PrintQueue::~PrintQueue()
{
    stop();
}

void PrintQueue::start()
{
    if (m_running)
        return;
    m_running = true;
    if (auto n = m_store.failAbandoned(m_deviceId, m_options.abandonedAfterMs); !n)
        emit storageError(n.error());
    onReadiness(m_printer.readiness());
}

void PrintQueue::stop()
{
    if (!m_running)
        return;
    m_running = false;
    finishJob(PrintJobState::Failed, tr("PosDesk stopped while this job was at the printer, so whether it printed is "
                                        "unknown. Reprint it if the receipt is missing."));
}

Result<Id> PrintQueue::enqueue(const QString &kind, const QByteArray &payload, std::optional<Id> transactionId)
{
    auto id = m_store.add(m_deviceId, kind, payload, std::nullopt, transactionId);
    if (!id)
        return id;
    const QString why = m_printer.problems().join(u' ');
    if (!why.isEmpty())
        (void)m_store.noteWaiting(m_deviceId, why);
    emit jobStateChanged(*id, PrintJobState::Pending, why);
    schedulePump();
    return id;
}

Result<Id> PrintQueue::reprint(Id jobId, const QByteArray &mark)
{
    auto job = m_store.find(jobId);
    if (!job)
        return job.error();
    if (job->deviceId != m_deviceId)
        return Error::refused(tr("Print job %1 belongs to another printer.").arg(jobId));
    auto id = m_store.reprint(jobId, mark);
    if (!id)
        return id;
    emit jobStateChanged(*id, PrintJobState::Pending, {});
    schedulePump();
    return id;
}

Status PrintQueue::cancel(Id jobId)
{
    auto s = m_store.cancel(jobId);
    if (s)
        emit jobStateChanged(jobId, PrintJobState::Cancelled, {});
    return s;
}

void PrintQueue::schedulePump()
{
    // From the event loop: enqueue() returns before any byte moves, and signal handlers are not re-entered.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void PrintQueue::pump()
{
    if (!m_running || m_inFlight || !m_printer.isReady())
        return;
    auto next = m_store.nextPending(m_deviceId);
    if (!next) {
        emit storageError(next.error());
        return;
    }
    if (!next->has_value())
        return;
    const PrintJob &job = **next;
    auto claimed = m_store.claim(job.id);
    if (!claimed) {
        emit storageError(claimed.error());
        return;
    }
    if (!*claimed) {
        schedulePump(); // another process took it; look at the next one
        return;
    }
    if (auto s = m_printer.send(job.payload); !s) {
        // Not sent: it waits for the next time the printer is ready.
        record(job.id, PrintJobState::Pending, s.error().message);
        return;
    }
    m_inFlight = job.id;
    m_heartbeat.start();
    emit jobStateChanged(job.id, PrintJobState::Printing, {});
}

void PrintQueue::onReadiness(PrinterReadiness readiness)
{
    if (!m_running)
        return;
    if (readiness == PrinterReadiness::Ready) {
        if (m_inFlight)
            record(*m_inFlight, PrintJobState::Printing, {}); // a held job continues by itself
        schedulePump();
        return;
    }
    if (readiness == PrinterReadiness::Unknown)
        return;
    if (auto s = m_store.noteWaiting(m_deviceId, m_printer.problems().join(u' ')); !s)
        emit storageError(s.error());
}

void PrintQueue::finishJob(PrintJobState state, const QString &note)
{
    if (!m_inFlight)
        return;
    const Id id = *m_inFlight;
    m_inFlight.reset();
    m_heartbeat.stop();
    record(id, state, note);
    schedulePump();
}

void PrintQueue::record(Id jobId, PrintJobState state, const QString &note)
{
    if (auto s = m_store.setState(jobId, state, note); !s)
        emit storageError(s.error());
    emit jobStateChanged(jobId, state, note);
}

} // namespace posdesk
