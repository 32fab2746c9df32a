#include "transport/Transport.h"

#include "card/SecureBytes.h"

#include <algorithm>

namespace posdesk {

int Backoff::delayMs(int retry) const
{
    const int first = std::max(1, initialMs);
    const int cap = std::max(first, maxMs);
    // Shifting stops well before overflow: 2^20 times any sane initial delay is past any sane cap.
    const qint64 delay = qint64(first) << std::clamp(retry, 0, 20);
    return int(std::min<qint64>(delay, cap));
}

Transport::Transport(QObject *parent) : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Transport::retry);
}

Transport::~Transport() = default;

void Transport::open()
{
    if (m_state != TransportState::Closed)
        return;
    m_failures = 0;
    setState(TransportState::Connecting);
    attemptOpen();
}

void Transport::close()
{
    m_retryTimer.stop();
    if (m_state == TransportState::Closed)
        return;
    release();
    setState(TransportState::Closed);
}

void Transport::connectionEstablished()
{
    if (m_state != TransportState::Connecting)
        return;
    m_failures = 0;
    m_lastError.reset();
    setState(TransportState::Connected);
}

void Transport::connectionFailed(const Error &error)
{
    // A vanished port can report errors in a tight loop; only the first one after an attempt counts.
    if (m_state != TransportState::Connecting && m_state != TransportState::Connected)
        return;
    release();
    const bool repeated = m_lastError && m_lastError->message == error.message;
    m_lastError = error;
    const int delay = m_backoff.delayMs(m_failures);
    ++m_failures;
    setState(TransportState::WaitingToRetry);
    m_retryTimer.start(delay);
    if (!repeated)
        emit errorOccurred(error);
}

void Transport::retry()
{
    if (m_state != TransportState::WaitingToRetry)
        return;
    setState(TransportState::Connecting);
    attemptOpen();
}

void Transport::deliver(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        emit received(bytes);
    SecureBytes::wipe(bytes);
}

void Transport::setState(TransportState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString toKey(TransportState state)
{
    switch (state) {
    case TransportState::Closed:
        return QStringLiteral("closed");
    case TransportState::Connecting:
        return QStringLiteral("connecting");
    case TransportState::Connected:
        return QStringLiteral("connected");
    case TransportState::WaitingToRetry:
        return QStringLiteral("waiting-to-retry");
    }
    return {};
}

} // namespace posdesk
