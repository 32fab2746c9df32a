#pragma once

#include "card/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace posdesk {

// A card's answer to one command: the response data (card data, so wiped when released) and the status word.
struct CardResponse
{
    SecureBytes data;
    quint16 sw = 0;

    quint8 sw1() const { return quint8(sw >> 8); }
    quint8 sw2() const { return quint8(sw & 0xFF); }
    bool isSuccess() const { return sw == 0x9000; }
};

// Why no answer came back, for callers that react differently: a sale whose card left after GENERATE AC is
// reversed, a reader that is gone is not retried.
enum class ChannelFault
{
    None,
    CardRemoved, // the card left the reader (or was never in it)
    CardMute,    // a card is in but does not answer, or another program reset it
    ReaderGone,  // the reader was unplugged or is no longer available
    ServiceGone, // the smart-card service (pcscd) cannot be reached or stopped
    Timeout,     // nothing happened within the time allowed
    Busy,        // another program holds the reader or the card
    BadCommand,  // the command APDU itself is malformed (too short, too long)
    Other,
};

// A channel to one chip card: a command APDU in, the card's final answer out. The EMV kernel in core talks to
// cards only through this interface, so core needs no reader library; devices/pcsc implements it over PC/SC.
class ChipCardChannel
{
public:
    virtual ~ChipCardChannel() = default;

    // Sends a short command APDU (ISO 7816-4 cases 1 to 4) and returns the card's final answer. Status words
    // 61xx (more data: GET RESPONSE) and 6Cxx (wrong Le: send again with Le = xx) are handled here, so the
    // caller sees all the data and the last status word whatever the protocol. Any status word is a value;
    // the Error says why no answer came, translated, with the reader's own code only as detail.
    virtual Result<CardResponse> transmit(QByteArrayView command) = 0;
    // What was behind the last failed transmit(); None after a successful one.
    virtual ChannelFault lastFault() const = 0;
    // The card's answer to reset (it names the chip, not the cardholder).
    virtual QByteArray atr() const = 0;

protected:
    ChipCardChannel() = default;
    ChipCardChannel(const ChipCardChannel &) = delete;
    ChipCardChannel &operator=(const ChipCardChannel &) = delete;
};

} // namespace posdesk
