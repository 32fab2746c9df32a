#pragma once

#include "card/ChipCardChannel.h"

#include <QByteArrayView>

#include <functional>

namespace posdesk {

// The ISO 7816-4 answer rules a terminal applies over any transport (T=0 needs them, some T=1 cards use them too):
// 61xx means xx more bytes wait, fetched with GET RESPONSE (00 C0 00 00 xx), again while 61xx comes back; 6Cxx
// means the Le was wrong, and the same command goes again with Le = xx. The data of every step is gathered into
// one answer with the last status word. Bounded, so that a card that keeps saying "more" cannot hang the till.
class ApduExchange
{
public:
    // One command to the card and its answer as it came, nothing handled.
    using RawTransmit = std::function<Result<CardResponse>(QByteArrayView command)>;

    static Result<CardResponse> run(QByteArrayView command, const RawTransmit &transmit);

    // The command with its Le set to `le` (added for cases 1 and 3, replaced for 2 and 4); empty when the command
    // is not a well-formed short APDU.
    static QByteArray withLe(QByteArrayView command, quint8 le);
    // GET RESPONSE for `le` bytes on the command's logical channel.
    static QByteArray getResponse(quint8 commandClass, quint8 le);

    // Most GET RESPONSE rounds for one command, and most bytes gathered (an extended-length answer's worth).
    static constexpr int kMaxRounds = 256;
    static constexpr qsizetype kMaxData = 65536;
};

} // namespace posdesk
