#include "printing/ReceiptPrinter.h"

#include <algorithm>

namespace posdesk {

namespace {

// GS r 1 (paper sensor status) is buffered like print data, so its answer marks the end of the job before it.
const QByteArray kCompletionRequest = QByteArrayLiteral("\x1D\x72\x01");

// Its answer has bit 4 and bit 7 clear, which no real-time reply (0xx1xx10) and no XON/XOFF has.
bool isCompletionAnswer(char c)
{
    return (std::uint8_t(c) & 0x90) == 0;
}

} // namespace

QString toKey(PrinterReadiness readiness)
{
    switch (readiness) {
    case PrinterReadiness::Disconnected:
        return QStringLiteral("disconnected");
    case PrinterReadiness::Unknown:
        return QStringLiteral("unknown");
    case PrinterReadiness::NotAnswering:
        return QStringLiteral("not-answering");
    case PrinterReadiness::NotReady:
        return QStringLiteral("not-ready");
    case PrinterReadiness::Ready:
        return QStringLiteral("ready");
    }
    return {};
}

ReceiptPrinter::ReceiptPrinter(std::unique_ptr<Transport> transport, PrinterDriverOptions options, QObject *parent)
    : QObject(parent), m_transport(std::move(transport)), m_options(options)
{
    m_transport->setParent(this);
    if (!m_transport->canReceive())
        m_options.statusPolling = false;
    if (!m_options.statusPolling)
        m_options.completionCheck = false;
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    m_replyTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ReceiptPrinter::pollNow);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] { finishRound(false); });
    connect(m_transport.get(), &Transport::stateChanged, this, &ReceiptPrinter::onTransportState);
    connect(m_transport.get(), &Transport::received, this, &ReceiptPrinter::onReceived);
    connect(m_transport.get(), &Transport::drained, this, [this] {
        // Without read-back, "handed to the device" is all that can be known.
        if (m_job.active && !m_options.completionCheck)
            complete();
    });
}

ReceiptPrinter::~ReceiptPrinter()
{
    // The transport is a child and goes with us; its signals must not reach a half-destroyed printer.
    m_transport->disconnect(this);
}

void ReceiptPrinter::start()
{
    if (m_transport->state() != TransportState::Closed)
        return;
    setReadiness(PrinterReadiness::Unknown);
    m_transport->open();
}

void ReceiptPrinter::stop()
{
    m_transport->close();
}

QStringList ReceiptPrinter::problems() const
{
    switch (m_readiness) {
    case PrinterReadiness::Ready:
        return {};
    case PrinterReadiness::Disconnected:
        if (m_transport->lastError())
            return {m_transport->lastError()->message};
        return {tr("The printer on %1 is not connected.").arg(m_transport->describe())};
    case PrinterReadiness::Unknown:
        return {tr("Waiting for the printer on %1 to answer.").arg(m_transport->describe())};
    case PrinterReadiness::NotAnswering:
        return {tr("The printer on %1 does not answer. Check that it is switched on and that the port's speed matches "
                   "the printer's setting.")
                    .arg(m_transport->describe())};
    case PrinterReadiness::NotReady: {
        QStringList out = m_status.problems();
        if (out.isEmpty())
            out << tr("The printer is not ready. Check the paper and the cover.");
        return out;
    }
    }
    return {};
}

void ReceiptPrinter::onTransportState(TransportState state)
{
    m_replyTimer.stop();
    m_round = {};
    m_splitter.reset();
    if (state == TransportState::Connected) {
        if (!m_options.statusPolling) {
            setReadiness(PrinterReadiness::Ready);
            return;
        }
        setReadiness(PrinterReadiness::Unknown);
        m_pollTimer.start();
        pollNow();
        return;
    }
    m_pollTimer.stop();
    if (state == TransportState::Connecting)
        return;
    setReadiness(PrinterReadiness::Disconnected);
    if (m_job.active) {
        m_job = {};
        emit jobLost(m_transport->lastError().value_or(
            Error::environment(tr("The printer on %1 was closed while printing.").arg(m_transport->describe()))));
    }
}

void ReceiptPrinter::pollNow()
{
    if (!m_options.statusPolling || !m_transport->isConnected() || m_round.active)
        return;
    const QByteArray request = EscPosStatus::request(RealTimeRequest::PrinterStatus) +
                               EscPosStatus::request(RealTimeRequest::OfflineCause) +
                               EscPosStatus::request(RealTimeRequest::PaperSensor);
    if (!m_transport->write(request))
        return; // the transport reports the failure and reconnects
    m_round = {};
    m_round.active = true;
    m_splitter.expectRealTime(RealTimeRequest::PrinterStatus);
    m_splitter.expectRealTime(RealTimeRequest::OfflineCause);
    m_splitter.expectRealTime(RealTimeRequest::PaperSensor);
    m_replyTimer.start(m_options.replyTimeoutMs);
}

void ReceiptPrinter::onReceived(const QByteArray &bytes)
{
    const QList<PrinterReply> replies = m_splitter.feed(bytes);
    for (const PrinterReply &r : replies) {
        switch (r.kind) {
        case PrinterReply::Kind::RealTime:
            if (!r.answers || !m_round.active)
                break; // a late answer to a poll that already timed out
            m_round.status.merge(r.status);
            if (*r.answers == RealTimeRequest::OfflineCause && r.status.errorOccurred.value_or(false) &&
                !m_round.askedErrorCause) {
                m_round.askedErrorCause = true;
                if (m_transport->write(EscPosStatus::request(RealTimeRequest::ErrorCause)))
                    m_splitter.expectRealTime(RealTimeRequest::ErrorCause);
            }
            break;
        case PrinterReply::Kind::Automatic: {
            // Only sent by printers told to (GS a); it is a complete status by itself.
            PrinterStatus s = m_status;
            s.merge(r.status);
            if (s != m_status) {
                m_status = s;
                emit statusChanged(m_status);
            }
            setReadiness(m_status.readyToPrint() ? PrinterReadiness::Ready : PrinterReadiness::NotReady);
            checkHeld();
            break;
        }
        case PrinterReply::Kind::Unexpected:
            if (m_job.awaitingAck && std::any_of(r.bytes.begin(), r.bytes.end(), isCompletionAnswer))
                complete();
            break;
        case PrinterReply::Kind::XOn:
        case PrinterReply::Kind::XOff:
            break; // the serial driver does flow control when it is configured
        }
    }
    if (m_round.active && m_splitter.pendingRequests() == 0)
        finishRound(true);
}

void ReceiptPrinter::finishRound(bool answered)
{
    m_replyTimer.stop();
    m_round.active = false;
    PrinterStatus s;
    PrinterReadiness readiness = PrinterReadiness::NotAnswering;
    if (answered) {
        s = m_round.status;
        readiness = s.readyToPrint() ? PrinterReadiness::Ready : PrinterReadiness::NotReady;
    } else {
        m_splitter.reset();
        s.online = false;
    }
    if (s != m_status) {
        m_status = s;
        emit statusChanged(m_status);
    }
    setReadiness(readiness);
    checkHeld();
}

void ReceiptPrinter::setReadiness(PrinterReadiness readiness)
{
    if (m_readiness == readiness)
        return;
    m_readiness = readiness;
    emit readinessChanged(readiness);
}

Status ReceiptPrinter::send(const QByteArray &job)
{
    if (job.isEmpty())
        return Error::usage(tr("The print job is empty."));
    if (m_job.active)
        return Error::refused(tr("The printer is still busy with the previous job."));
    if (!isReady())
        return Error::environment(problems().join(u' '));
    const bool ack = m_options.completionCheck;
    if (auto s = m_transport->write(ack ? job + kCompletionRequest : job); !s)
        return s;
    m_job = {};
    m_job.active = true;
    m_job.awaitingAck = ack;
    m_job.readyFor.start();
    // Ask at once, so that a printer that stops on this job is noticed without waiting for the next interval.
    if (m_options.statusPolling)
        QTimer::singleShot(0, this, &ReceiptPrinter::pollNow);
    return {};
}

void ReceiptPrinter::complete()
{
    m_job = {};
    emit jobCompleted();
}

void ReceiptPrinter::checkHeld()
{
    if (!m_job.active)
        return;
    if (isReady()) {
        m_job.held = false;
        m_job.heldFor.clear();
        if (!m_job.readyFor.isValid())
            m_job.readyFor.start();
        if (m_job.awaitingAck && m_job.readyFor.elapsed() >= m_options.completionTimeoutMs)
            complete();
        return;
    }
    m_job.readyFor.invalidate();
    const QStringList why = problems();
    if (m_job.held && m_job.heldFor == why)
        return;
    m_job.held = true;
    m_job.heldFor = why;
    emit jobHeld(why);
}

} // namespace posdesk
