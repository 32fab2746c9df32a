#include "transport/TcpTransport.h"

#include <QCoreApplication>

namespace posdesk {

TcpTransport::TcpTransport(QString address, int connectTimeoutMs, QObject *parent)
    : Transport(parent), m_address(std::move(address)), m_connectTimeoutMs(connectTimeoutMs)
{
    QStringView rest = m_address;
    if (rest.startsWith(u"tcp://"))
        rest = rest.sliced(6);
    if (rest.endsWith(u'/'))
        rest.chop(1);
    const qsizetype colon = rest.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? rest.sliced(colon + 1).toUInt(&ok) : 0;
    if (ok && port > 0 && port < 65536) {
        m_host = rest.first(colon).toString();
        m_port = quint16(port);
    } else {
        m_host = rest.toString();
    }
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        connectionFailed(Error::environment(
            QCoreApplication::translate("posdesk::TcpTransport",
                                        "The printer at %1 port %2 did not accept a connection within %3 s. Check "
                                        "that it is switched on and on the network; PosDesk keeps trying.")
                .arg(m_host)
                .arg(m_port)
                .arg(m_connectTimeoutMs / 1000.0)));
    });
}

TcpTransport::~TcpTransport()
{
    release();
}

QString TcpTransport::describe() const
{
    return QCoreApplication::translate("posdesk::TcpTransport", "network port %1:%2").arg(m_host).arg(m_port);
}

void TcpTransport::attemptOpen()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_connectTimer.stop();
        connectionEstablished();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        QByteArray bytes = m_socket->readAll();
        deliver(bytes);
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket && m_socket->bytesToWrite() == 0)
            emit drained();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpTransport::onError);
    // A printer that closes the connection (power off, its own idle timeout) counts as lost too.
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpTransport::onError);
    m_connectTimer.start(m_connectTimeoutMs);
    m_socket->connectToHost(m_host, m_port);
}

void TcpTransport::release()
{
    m_connectTimer.stop();
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void TcpTransport::onError()
{
    const QString detail = m_socket ? m_socket->errorString() : QString();
    connectionFailed(Error::environment(
        QCoreApplication::translate("posdesk::TcpTransport",
                                    "The connection to the printer at %1 port %2 failed or was closed. PosDesk "
                                    "reconnects when the printer is reachable again.")
            .arg(m_host)
            .arg(m_port),
        detail));
}

Status TcpTransport::write(QByteArrayView bytes)
{
    if (!m_socket || !isConnected())
        return Error::environment(
            QCoreApplication::translate("posdesk::TcpTransport", "The printer at %1 port %2 is not connected.")
                .arg(m_host)
                .arg(m_port),
            lastError() ? lastError()->fullText() : QString());
    if (m_socket->write(bytes.data(), bytes.size()) != bytes.size())
        return Error::environment(
            QCoreApplication::translate("posdesk::TcpTransport", "Sending to the printer at %1 port %2 failed.")
                .arg(m_host)
                .arg(m_port),
            m_socket->errorString());
    return {};
}

} // namespace posdesk
