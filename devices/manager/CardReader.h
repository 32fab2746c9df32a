#pragma once

#include "card/CardData.h"
#include "reader/SwipeParser.h"
#include "transport/Transport.h"

#include <QObject>

#include <memory>

namespace posdesk {

// Drives one magnetic-stripe reader on a transport: its bytes go straight into the swipe parser, and each complete
// swipe comes out as a parsed card or as a rejection. Nothing of the raw swipe is kept or logged.
class CardReader : public QObject
{
    Q_OBJECT

public:
    explicit CardReader(std::unique_ptr<Transport> transport, ReaderOptions options = {}, QObject *parent = nullptr);
    ~CardReader() override;

    Transport &transport() { return *m_transport; }
    const ReaderOptions &options() const { return m_parser.options(); }

    void start();
    void stop();
    bool isConnected() const { return m_transport->isConnected(); }

signals:
    // One card, moved out of the parser: the receiver that needs it moves it on (e.g. into a sale) or lets it be
    // wiped when the last reference goes. Connect directly.
    void cardSwiped(std::shared_ptr<posdesk::CardData> card);
    // A garbled or partial swipe; SwipeParser::rejectionOf(error) tells which check failed.
    void swipeRejected(const posdesk::Error &error);
    // The port opened, or closed or failed (once per change, not per reconnection attempt).
    void connectionChanged(bool connected);

private:
    void onReceived(const QByteArray &bytes);

    std::unique_ptr<Transport> m_transport;
    SwipeParser m_parser;
    bool m_connected = false;
};

} // namespace posdesk
