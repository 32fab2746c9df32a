#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTcpSocket;
class QTimer;

namespace posdesk {

// Where the acquirer's host listens and how long to wait for it.
struct HostEndpoint
{
    QString host;
    quint16 port = 0;
    int connectTimeoutMs = 10000;
    int responseTimeoutMs = 30000;
};

// The outcome of one exchange: the whole reply frame, or an error and whether the request may have
// reached the host (then money may have moved and the caller must treat the transaction as in doubt).
struct ExchangeResult
{
    Result<QByteArray> reply = Error::internal(QString());
    bool requestMayHaveLeft = false;
};

// One request and its response over a fresh TCP connection, asynchronous (never blocks the thread it
// runs on). The callback runs exactly once, on this object's thread.
class HostExchange : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(ExchangeResult)>;

    // Starts the exchange; the object deletes itself after calling done.
    static HostExchange *start(const HostEndpoint &endpoint, QByteArray frame, Done done, QObject *parent = nullptr);

private:
    HostExchange(const HostEndpoint &endpoint, QByteArray frame, Done done, QObject *parent);
    void begin();
    void onReadyRead();
    void finish(ExchangeResult result);
    Error failure(const QString &what) const;

    HostEndpoint m_endpoint;
    QByteArray m_frame;
    QByteArray m_buffer;
    Done m_done;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    bool m_sent = false;
    bool m_finished = false;
};

} // namespace posdesk
