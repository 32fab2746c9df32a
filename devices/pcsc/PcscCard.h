#pragma once

#include "card/ChipCardChannel.h"
#include "pcsc/PcscContext.h"
#include "pcsc/ReaderState.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace posdesk {

enum class CardProtocol
{
    T0,
    T1,
    Any, // connect: let the reader and the card pick (T=0 or T=1)
};

enum class CardShare
{
    Shared,    // other programs may open the card too (between our exchanges)
    Exclusive, // nobody else while we hold it: a payment uses this
};

// What happens to the card when we let go of it.
enum class CardDisposition
{
    Leave,   // as it is
    Reset,   // warm reset: its applications start afresh
    Unpower, // power off: a fresh card for the next program
};

// One connected chip card, as a ChipCardChannel over PC/SC. Every answer that may hold card data lives only in
// SecureBytes and in receive buffers that are wiped after each exchange. When an exchange fails the card's state
// is asked for, so that "card taken out", "reader unplugged" and "service stopped" are told apart.
// The card keeps its context alive; it is used by one thread at a time.
class PcscCard final : public ChipCardChannel
{
public:
    static Result<std::unique_ptr<PcscCard>> connect(std::shared_ptr<PcscContext> context, const QString &reader,
                                                     CardProtocol protocols = CardProtocol::Any,
                                                     CardShare share = CardShare::Exclusive);
    ~PcscCard() override;

    Result<CardResponse> transmit(QByteArrayView command) override;
    // One exchange as it is, with no 61xx/6Cxx handling (for diagnostics and tests of the rules themselves).
    Result<CardResponse> transmitRaw(QByteArrayView command);
    ChannelFault lastFault() const override { return m_lastFault; }
    QByteArray atr() const override { return m_atr; }

    QString readerName() const { return m_reader; }
    CardProtocol protocol() const { return m_protocol; }
    bool isConnected() const { return m_handle != 0; }

    // The reader's and card's state now (SCardStatus): fails with the reason once the card or reader is gone.
    Status checkPresent();
    // Resets the card and keeps the connection (a fresh start of its applications).
    Status reconnect(CardDisposition initialization = CardDisposition::Reset);
    Status disconnect(CardDisposition disposition = CardDisposition::Leave);

private:
    PcscCard(std::shared_ptr<PcscContext> context, QString reader, qint64 handle, CardProtocol protocol,
             CardShare share);
    // The error for a failed exchange, after asking the card's state what really happened.
    Error failure(quint32 code, const char *operation);

    std::shared_ptr<PcscContext> m_context;
    QString m_reader;
    qint64 m_handle = 0; // SCARDHANDLE
    CardProtocol m_protocol = CardProtocol::T0;
    CardShare m_share = CardShare::Exclusive;
    QByteArray m_atr;
    ChannelFault m_lastFault = ChannelFault::None;
};

} // namespace posdesk
