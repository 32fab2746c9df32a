#include "acquirer/HostExchange.h"

#include "iso8583/Frame.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

namespace posdesk {

namespace {
constexpr qsizetype kMaxFrame = 4096; // a CUP message is far smaller; more is garbage
} // namespace

HostExchange *HostExchange::start(const HostEndpoint &endpoint, QByteArray frame, Done done, QObject *parent)
{
    auto *x = new HostExchange(endpoint, std::move(frame), std::move(done), parent);
    QTimer::singleShot(0, x, &HostExchange::begin);
    return x;
}

HostExchange::HostExchange(const HostEndpoint &endpoint, QByteArray frame, Done done, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_frame(std::move(frame)), m_done(std::move(done))
{}

Error HostExchange::failure(const QString &what) const
{
    return Error::environment(what, QStringLiteral("%1:%2").arg(m_endpoint.host).arg(m_endpoint.port));
}

void HostExchange::begin()
{
    m_socket = new QTcpSocket(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_sent)
            finish({failure(QCoreApplication::translate(
                        "posdesk::HostExchange",
                        "The acquirer's host did not accept the connection in time. Check the network and "
                        "the host address, then try again.")),
                    false});
        else
            finish({failure(QCoreApplication::translate("posdesk::HostExchange",
                                                        "The acquirer's host did not answer in time.")),
                    true});
    });
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        // From here on the request may reach the host even if we never see an answer.
        m_sent = true;
        m_socket->write(m_frame);
        m_timer->start(m_endpoint.responseTimeoutMs);
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HostExchange::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_finished)
            return;
        if (!m_sent)
            finish({failure(QCoreApplication::translate(
                                "posdesk::HostExchange",
                                "Cannot connect to the acquirer's host: %1. Check the network and the host "
                                "settings of the acquirer profile.")
                                .arg(m_socket->errorString())),
                    false});
        else
            finish({failure(QCoreApplication::translate(
                                "posdesk::HostExchange",
                                "The connection to the acquirer's host broke before the answer arrived (%1).")
                                .arg(m_socket->errorString())),
                    true});
    });
    m_timer->start(m_endpoint.connectTimeoutMs);
    m_socket->connectToHost(m_endpoint.host, m_endpoint.port);
}

void HostExchange::onReadyRead()
{
    m_buffer += m_socket->readAll();
    const qsizetype need = iso8583::frameSize(m_buffer);
    if (need < 0)
        return;
    if (need > kMaxFrame) {
        finish({Error::corrupt(
                    QCoreApplication::translate("posdesk::HostExchange",
                                                "The host sent a message of %1 bytes, which cannot be a valid answer.")
                        .arg(need)),
                true});
        return;
    }
    if (m_buffer.size() < need)
        return;
    if (m_buffer.size() > need) {
        finish({Error::corrupt(QCoreApplication::translate("posdesk::HostExchange",
                                                           "The host sent more bytes than one message holds.")),
                true});
        return;
    }
    finish({m_buffer, true});
}

void HostExchange::finish(ExchangeResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Done done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(result));
}

} // namespace posdesk
