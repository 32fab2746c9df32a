#include "pcsc/ApduExchange.h"

#include <QCoreApplication>

namespace posdesk {

QByteArray ApduExchange::withLe(QByteArrayView command, quint8 le)
{
    const qsizetype n = command.size();
    if (n < 4)
        return {};
    QByteArray out(command.data(), n);
    if (n == 4) { // case 1: header only
        out.append(char(le));
        return out;
    }
    if (n == 5) { // case 2: header + Le
        out[4] = char(le);
        return out;
    }
    const qsizetype lc = quint8(command[4]);
    if (lc == 0)
        return {};     // extended length: not handled here
    if (n == 5 + lc) { // case 3: header + Lc + data
        out.append(char(le));
        return out;
    }
    if (n == 6 + lc) { // case 4: header + Lc + data + Le
        out[n - 1] = char(le);
        return out;
    }
    return {};
}

QByteArray ApduExchange::getResponse(quint8 commandClass, quint8 le)
{
    // Interindustry classes carry the logical channel in their two low bits; proprietary ones (EMV's 80, 84)
    // answer GET RESPONSE on the basic channel.
    const quint8 cla = (commandClass & 0x80) ? 0x00 : quint8(commandClass & 0x03);
    QByteArray apdu(5, '\0');
    apdu[0] = char(cla);
    apdu[1] = char(0xC0);
    apdu[4] = char(le);
    return apdu;
}

Result<CardResponse> ApduExchange::run(QByteArrayView command, const RawTransmit &transmit)
{
    if (command.size() < 4)
        return Error::usage(QCoreApplication::translate("posdesk::ApduExchange",
                                                        "A card command needs at least its four header bytes."),
                            QStringLiteral("APDU of %1 bytes").arg(command.size()));
    const quint8 cla = quint8(command[0]);

    auto answer = transmit(command);
    if (!answer)
        return answer;
    // 6Cxx: the same command once more, with the Le the card asked for.
    if (answer->sw1() == 0x6C) {
        const QByteArray again = withLe(command, answer->sw2());
        if (!again.isEmpty()) {
            answer = transmit(again);
            if (!answer)
                return answer;
        }
    }

    SecureBytes gathered(answer->data.view());
    quint16 sw = answer->sw;
    for (int round = 0; (sw >> 8) == 0x61; ++round) {
        if (round >= kMaxRounds || gathered.size() > kMaxData)
            return Error::corrupt(QCoreApplication::translate("posdesk::ApduExchange",
                                                              "The card keeps announcing more data and never "
                                                              "finishes its answer. Take the card out and try again."),
                                  QStringLiteral("more than %1 GET RESPONSE rounds").arg(kMaxRounds));
        const QByteArray fetch = getResponse(cla, quint8(sw & 0xFF));
        auto part = transmit(fetch);
        if (!part)
            return part;
        if (part->sw1() == 0x6C) // the card wants another Le for the GET RESPONSE itself
            part = transmit(getResponse(cla, part->sw2()));
        if (!part)
            return part;
        gathered.append(part->data.view());
        sw = part->sw;
    }
    return CardResponse{std::move(gathered), sw};
}

} // namespace posdesk
