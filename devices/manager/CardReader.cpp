#include "manager/CardReader.h"

#include "card/SecureBytes.h"

namespace posdesk {

CardReader::CardReader(std::unique_ptr<Transport> transport, ReaderOptions options, QObject *parent)
    : QObject(parent), m_transport(std::move(transport)), m_parser(std::move(options))
{
    m_transport->setParent(this);
    connect(m_transport.get(), &Transport::received, this, &CardReader::onReceived);
    connect(m_transport.get(), &Transport::stateChanged, this, [this](TransportState state) {
        // Half a swipe from before a reconnect would corrupt the next one.
        if (state != TransportState::Connected)
            m_parser.reset();
        // Connecting is a passing state; every failed attempt must not look like a new disconnection.
        if (state == TransportState::Connecting || (state == TransportState::Connected) == m_connected)
            return;
        m_connected = state == TransportState::Connected;
        emit connectionChanged(m_connected);
    });
}

CardReader::~CardReader()
{
    m_transport->disconnect(this);
}

void CardReader::start()
{
    m_transport->open();
}

void CardReader::stop()
{
    m_transport->close();
}

void CardReader::onReceived(const QByteArray &bytes)
{
    // A shallow copy: feed() wipes what it can, and the transport zeroes the shared bytes after this returns.
    QByteArray chunk = bytes;
    std::vector<Result<CardData>> results = m_parser.feed(chunk);
    SecureBytes::wipe(chunk);
    for (Result<CardData> &r : results) {
        if (r)
            emit cardSwiped(std::make_shared<CardData>(std::move(*r)));
        else
            emit swipeRejected(r.error());
    }
}

} // namespace posdesk
