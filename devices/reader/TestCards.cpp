#include "reader/TestCards.h"

#include <QCoreApplication>

#include <array>

namespace posdesk::TestCards {

namespace {

// Public test numbers only (UnionPay functional test cards, payment-provider sandboxes); expiry dates lie far
// enough ahead to stay valid for years, except the card that is expired on purpose.
constexpr std::array<TestCard, 8> kCards{{
    {"unionpay-credit", QT_TRANSLATE_NOOP("posdesk::TestCards", "UnionPay credit, magnetic stripe only, both tracks"),
     "6200000000000005", "ZHANG/SAN", "3012", "101", "0000000000000", "0000000000000", TestCard::BothTracks, ""},
    {"unionpay-debit-track2",
     QT_TRANSLATE_NOOP("posdesk::TestCards", "UnionPay debit, PIN required, reader sends track 2 only"),
     "6200000000000047", "LI/SI", "3106", "120", "", "1234567890123", TestCard::Track2Only, ""},
    {"unionpay-19digit", QT_TRANSLATE_NOOP("posdesk::TestCards", "UnionPay 19-digit card number"),
     "6205500000000000004", "WANG/WU", "3203", "101", "00000000", "0000000000", TestCard::BothTracks, ""},
    {"unionpay-chip",
     QT_TRANSLATE_NOOP("posdesk::TestCards", "UnionPay chip card (service code 201): a swipe is a fallback"),
     "6210948000000011", "SUN/BA", "3208", "201", "0000000000000", "0000000000000", TestCard::BothTracks, ""},
    {"unionpay-expired", QT_TRANSLATE_NOOP("posdesk::TestCards", "UnionPay card that expired in December 2020"),
     "6250930000000002", "ZHAO/LIU", "2012", "101", "0000000000000", "0000000000000", TestCard::BothTracks, ""},
    {"unionpay-track3", QT_TRANSLATE_NOOP("posdesk::TestCards", "UnionPay card whose reader also sends track 3"),
     "6250946000000016", "CHEN/QI", "3305", "101", "0000000000000", "0000000000000", TestCard::BothTracks,
     "016250946000000016=1560000000000000000000000000000000000"},
    {"visa-test", QT_TRANSLATE_NOOP("posdesk::TestCards", "Visa test card, magnetic stripe only"), "4111111111111111",
     "TEST/VISA", "3109", "101", "1234567890000", "1234567890000", TestCard::BothTracks, ""},
    {"mastercard-test", QT_TRANSLATE_NOOP("posdesk::TestCards", "Mastercard test card, reader sends track 1 only"),
     "5555555555554444", "TEST/MASTERCARD", "3011", "101", "0000000000000", "", TestCard::Track1Only, ""},
}};

} // namespace

std::span<const TestCard> all()
{
    return kCards;
}

const TestCard *find(QStringView id)
{
    for (const TestCard &c : kCards) {
        if (id == QLatin1String(c.id))
            return &c;
    }
    return nullptr;
}

QString description(const TestCard &card)
{
    return QCoreApplication::translate("posdesk::TestCards", card.description);
}

QByteArray swipeText(const TestCard &card, const ReaderOptions &options)
{
    QByteArray out = options.prefix;
    if (card.tracks & TestCard::Track1Only) {
        out += '%';
        out += 'B';
        out += card.pan;
        out += '^';
        out += card.name;
        out += '^';
        out += card.expiry;
        out += card.serviceCode;
        out += card.discretionary1;
        out += '?';
    }
    if (card.tracks & TestCard::Track2Only) {
        out += ';';
        out += card.pan;
        out += '=';
        out += card.expiry;
        out += card.serviceCode;
        out += card.discretionary2;
        out += '?';
    }
    if (*card.track3) {
        out += ';';
        out += card.track3;
        out += '?';
    }
    out += options.suffix;
    out += options.terminator.isEmpty() ? QByteArrayLiteral("\r") : options.terminator;
    return out;
}

} // namespace posdesk::TestCards
