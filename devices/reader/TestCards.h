#pragma once

#include "reader/ReaderOptions.h"

#include <QByteArray>
#include <QString>

#include <span>

namespace posdesk {

// A named test card with a public test PAN (valid Luhn, never a real card), for the virtual card reader,
// demos and tests.
struct TestCard
{
    enum Tracks
    {
        Track1Only = 1,
        Track2Only = 2,
        BothTracks = 3
    };

    const char *id; // stable name, e.g. "unionpay-credit"
    const char *description;
    const char *pan;
    const char *name;   // track 1 "SURNAME/GIVEN"
    const char *expiry; // YYMM
    const char *serviceCode;
    const char *discretionary1; // track 1 discretionary data
    const char *discretionary2; // track 2 discretionary data, digits only
    Tracks tracks;
    const char *track3; // data between the sentinels of track 3, empty when the card has none
};

namespace TestCards {

std::span<const TestCard> all();
const TestCard *find(QStringView id);
// Translated one-line description for pickers in the simulators.
QString description(const TestCard &card);
// Exactly what an ASCII reader sends for a swipe of this card: prefix, tracks, suffix and terminator.
QByteArray swipeText(const TestCard &card, const ReaderOptions &options = {});

} // namespace TestCards

} // namespace posdesk
