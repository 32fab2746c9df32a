#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <optional>

namespace posdesk {

enum class TransportState
{
    Closed,         // open() not called, or close() called
    Connecting,     // an attempt is under way
    Connected,      // bytes can be written
    WaitingToRetry, // the last attempt failed or the connection broke; the next attempt is scheduled
};

// Delay between reconnection attempts: doubles from initialMs up to maxMs, so an unplugged device costs little
// while it is away and is found again soon after it comes back.
struct Backoff
{
    int initialMs = 250;
    int maxMs = 5000;

    // Delay before attempt n (0 for the first retry).
    int delayMs(int retry) const;
};

// A byte pipe to one device: a serial port, a raw TCP printer port or a device file. After open() it keeps
// connecting, with back-off, until close(), so unplugging and replugging a device needs no one's help.
// Received bytes are zeroed once delivered, because a card reader's bytes are card data.
class Transport : public QObject
{
    Q_OBJECT

public:
    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    virtual QString address() const = 0;
    // "serial port /dev/ttyUSB0" and the like, for messages.
    virtual QString describe() const = 0;
    // False for write-only devices (a printer's device file): nothing can be read back, not even status.
    virtual bool canReceive() const = 0;

    void open();
    void close();
    TransportState state() const { return m_state; }
    bool isConnected() const { return m_state == TransportState::Connected; }
    // Why the last attempt failed or the connection broke; empty once connected again.
    const std::optional<Error> &lastError() const { return m_lastError; }
    // Failed attempts since the last successful connection.
    int failedAttempts() const { return m_failures; }

    // Queues bytes for the device without waiting for it; fails when not connected.
    virtual Status write(QByteArrayView bytes) = 0;
    // Bytes accepted by write() that have not gone to the operating system yet.
    virtual qint64 bytesToWrite() const = 0;

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    const Backoff &backoff() const { return m_backoff; }

signals:
    // Connect directly: the array is zeroed as soon as the receivers return, so keep only what you copied.
    void received(const QByteArray &bytes);
    void stateChanged(posdesk::TransportState state);
    // An attempt failed or the connection broke (not repeated while the same error recurs).
    void errorOccurred(const posdesk::Error &error);
    // Everything handed to write() has gone to the operating system (not necessarily to paper).
    void drained();

protected:
    // Starts one connection attempt; the subclass reports with connectionEstablished() or connectionFailed().
    virtual void attemptOpen() = 0;
    // Releases the device now, emitting nothing; may be called from the device's own signal handlers.
    virtual void release() = 0;

    void connectionEstablished();
    // The attempt failed or the live connection broke: release, report, and schedule the next attempt.
    void connectionFailed(const Error &error);
    // Hands bytes to the receivers, then zeroes them.
    void deliver(QByteArray &bytes);

private:
    void setState(TransportState state);
    void retry();

    TransportState m_state = TransportState::Closed;
    Backoff m_backoff;
    int m_failures = 0;
    QTimer m_retryTimer;
    std::optional<Error> m_lastError;
};

QString toKey(TransportState state);

} // namespace posdesk
