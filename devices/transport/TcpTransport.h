#pragma once

#include "transport/Transport.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace posdesk {

// Raw TCP to a network printer ("host", "host:port" or "tcp://host:port"; port 9100 when none is given).
// Status requests are answered on the same socket.
class TcpTransport final : public Transport
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 9100;

    TcpTransport(QString address, int connectTimeoutMs = 5000, QObject *parent = nullptr);
    ~TcpTransport() override;

    QString address() const override { return m_address; }
    QString describe() const override;
    bool canReceive() const override { return true; }
    Status write(QByteArrayView bytes) override;
    qint64 bytesToWrite() const override { return m_socket ? m_socket->bytesToWrite() : 0; }

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

protected:
    void attemptOpen() override;
    void release() override;

private:
    void onError();

    QString m_address;
    QString m_host;
    quint16 m_port = kDefaultPort;
    int m_connectTimeoutMs;
    QPointer<QTcpSocket> m_socket;
    QTimer m_connectTimer;
};

} // namespace posdesk
