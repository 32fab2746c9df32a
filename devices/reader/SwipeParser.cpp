#include "reader/SwipeParser.h"

#include <QCoreApplication>

#include <array>

namespace posdesk {

namespace {

// ISO 7813 maximum lengths, sentinels excluded.
constexpr qsizetype kTrack1Max = 76;
constexpr qsizetype kTrack2Max = 37;
constexpr qsizetype kNameMin = 2;
constexpr qsizetype kNameMax = 26;

struct RejectionText
{
    SwipeRejection rejection;
    const char *token; // stable, goes into Error::detail so callers and tests can tell reasons apart
    const char *message;
};

// One table so that every reason has exactly one message, and every message says what to do next.
constexpr std::array<RejectionText, 12> kRejections{{
    {SwipeRejection::Empty, "swipe:empty",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser",
                       "Nothing was read from the card. Swipe the card again with the stripe facing the reader head.")},
    {SwipeRejection::MissingStartSentinel, "swipe:no-start-sentinel",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser", "The start of the stripe was not read. Swipe the card again in one "
                                               "steady movement.")},
    {SwipeRejection::MissingEndSentinel, "swipe:no-end-sentinel",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser", "Only part of the stripe was read. Swipe the card again in one steady "
                                               "movement, all the way through the reader.")},
    {SwipeRejection::Malformed, "swipe:malformed",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser",
                       "The stripe data is garbled. Swipe the card again; if it keeps failing, the stripe may be "
                       "damaged: use the chip or another card.")},
    {SwipeRejection::PanNotDigits, "swipe:pan-not-digits",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser", "The card number read from the stripe contains characters other than "
                                               "digits. Swipe the card again.")},
    {SwipeRejection::PanLength, "swipe:pan-length",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser", "The card number read from the stripe is not 12 to 19 digits long. "
                                               "Swipe the card again.")},
    {SwipeRejection::Luhn, "swipe:luhn",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser",
                       "The card number read from the stripe fails its check digit. Swipe the card again; if it "
                       "fails again, the stripe is damaged: use the chip or another card.")},
    {SwipeRejection::BadExpiry, "swipe:bad-expiry",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser", "The expiry date on the stripe is not a valid month. Swipe the card "
                                               "again; if it fails again, use another card.")},
    {SwipeRejection::BadServiceCode, "swipe:bad-service-code",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser",
                       "The service code on the stripe is not valid. Swipe the card again; if it fails again, use "
                       "another card.")},
    {SwipeRejection::TrackMismatch, "swipe:track-mismatch",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser", "The two tracks of the stripe describe different cards. Swipe the card "
                                               "again; if it fails again, do not accept the card.")},
    {SwipeRejection::Unreadable, "swipe:unreadable",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser", "The reader could not read the stripe. Swipe the card again, a little "
                                               "slower, with the stripe facing the reader head.")},
    {SwipeRejection::TooLong, "swipe:too-long",
     QT_TRANSLATE_NOOP("posdesk::SwipeParser",
                       "The reader sent more data than a card holds. Check the reader's line terminator setting, "
                       "then swipe the card again.")},
}};

Error reject(SwipeRejection r)
{
    return SwipeParser::errorFor(r);
}

bool isLineNoise(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\0';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isLineNoise(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isLineNoise(v.back()))
        v.chop(1);
    return v;
}

bool allDigits(QByteArrayView v)
{
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// A PAN from either track, checked in the order that gives the most specific reason.
std::optional<SwipeRejection> checkPan(QByteArrayView pan)
{
    if (pan.isEmpty() || !allDigits(pan))
        return pan.isEmpty() ? SwipeRejection::PanLength : SwipeRejection::PanNotDigits;
    if (pan.size() < 12 || pan.size() > 19)
        return SwipeRejection::PanLength;
    if (!SwipeParser::luhnValid(pan))
        return SwipeRejection::Luhn;
    return std::nullopt;
}

std::optional<SwipeRejection> checkExpiry(QByteArrayView yymm)
{
    if (yymm.size() != 4 || !allDigits(yymm))
        return SwipeRejection::BadExpiry;
    const int month = (yymm[2] - '0') * 10 + (yymm[3] - '0');
    if (month < 1 || month > 12)
        return SwipeRejection::BadExpiry;
    return std::nullopt;
}

std::optional<SwipeRejection> checkServiceCode(QByteArrayView code)
{
    if (code.size() != 3 || !allDigits(code))
        return SwipeRejection::BadServiceCode;
    return std::nullopt;
}

// The fields both tracks carry, as views into the input.
struct TrackFields
{
    QByteArrayView pan;
    QByteArrayView name;
    QByteArrayView expiry;
    QByteArrayView serviceCode;
};

// The reader marks a track it could not decode as "E" (some send an empty track).
bool isUnreadMarker(QByteArrayView track)
{
    return track.isEmpty() || track == "E";
}

// Track 1 between the sentinels: B PAN ^ NAME ^ YYMM SSS discretionary.
std::optional<SwipeRejection> parseTrack1(QByteArrayView t, TrackFields &out)
{
    if (t.isEmpty() || t.size() > kTrack1Max || t.front() != 'B')
        return SwipeRejection::Malformed;
    for (char c : t) {
        // Track 1 is a 6-bit alphabet (0x20..0x5F); anything else is a misread.
        if (c < 0x20 || c > 0x5F)
            return SwipeRejection::Malformed;
    }
    const qsizetype sep1 = t.indexOf('^');
    if (sep1 < 0)
        return SwipeRejection::Malformed;
    const qsizetype sep2 = t.indexOf('^', sep1 + 1);
    if (sep2 < 0)
        return SwipeRejection::Malformed;
    out.pan = t.sliced(1, sep1 - 1);
    if (const auto r = checkPan(out.pan))
        return r;
    QByteArrayView name = t.sliced(sep1 + 1, sep2 - sep1 - 1);
    if (name.size() < kNameMin || name.size() > kNameMax)
        return SwipeRejection::Malformed;
    while (!name.isEmpty() && name.back() == ' ')
        name.chop(1);
    out.name = name;
    const QByteArrayView rest = t.sliced(sep2 + 1);
    if (rest.size() < 7)
        return SwipeRejection::Malformed;
    out.expiry = rest.first(4);
    out.serviceCode = rest.sliced(4, 3);
    if (const auto r = checkExpiry(out.expiry))
        return r;
    return checkServiceCode(out.serviceCode);
}

// Track 2 between the sentinels: PAN = YYMM SSS discretionary, digits only.
std::optional<SwipeRejection> parseTrack2(QByteArrayView t, TrackFields &out)
{
    if (t.size() > kTrack2Max)
        return SwipeRejection::Malformed;
    const qsizetype sep = t.indexOf('=');
    if (sep < 0)
        return allDigits(t) ? SwipeRejection::Malformed : SwipeRejection::PanNotDigits;
    out.pan = t.first(sep);
    if (const auto r = checkPan(out.pan))
        return r;
    const QByteArrayView rest = t.sliced(sep + 1);
    if (rest.size() < 7)
        return SwipeRejection::Malformed;
    out.expiry = rest.first(4);
    out.serviceCode = rest.sliced(4, 3);
    if (const auto r = checkExpiry(out.expiry))
        return r;
    if (const auto r = checkServiceCode(out.serviceCode))
        return r;
    return allDigits(rest.sliced(7)) ? std::nullopt : std::optional(SwipeRejection::Malformed);
}

} // namespace

SwipeParser::SwipeParser(ReaderOptions options) : m_options(std::move(options))
{
    if (m_options.terminator.isEmpty())
        m_options.terminator = QByteArrayLiteral("\r");
}

Error SwipeParser::errorFor(SwipeRejection rejection)
{
    for (const auto &r : kRejections) {
        if (r.rejection == rejection)
            return Error::corrupt(QCoreApplication::translate("posdesk::SwipeParser", r.message),
                                  QString::fromLatin1(r.token));
    }
    return Error::internal(QCoreApplication::translate("posdesk::SwipeParser", "Unknown card read error."));
}

std::optional<SwipeRejection> SwipeParser::rejectionOf(const Error &error)
{
    for (const auto &r : kRejections) {
        if (error.detail == QLatin1String(r.token))
            return r.rejection;
    }
    return std::nullopt;
}

bool SwipeParser::luhnValid(QByteArrayView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char c = digits[i];
        if (c < '0' || c > '9')
            return false;
        int d = c - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

Result<CardData> SwipeParser::parse(QByteArray &line) const
{
    Result<CardData> result = parseLine(line);
    SecureBytes::wipe(line);
    return result;
}

std::vector<Result<CardData>> SwipeParser::feed(QByteArray &chunk)
{
    m_pending.append(chunk);
    SecureBytes::wipe(chunk);
    std::vector<Result<CardData>> results;
    for (;;) {
        // Drop the LF of a CR LF pair as soon as it is seen, so that an idle reader leaves no partial line behind.
        while (!m_pending.isEmpty() && m_pending.view().front() == '\n' && !m_options.terminator.startsWith('\n'))
            m_pending.removeFront(1);
        const qsizetype end = m_pending.view().indexOf(m_options.terminator);
        if (end < 0) {
            if (m_pending.size() > m_options.maxLineLength) {
                results.emplace_back(reject(SwipeRejection::TooLong));
                m_pending.clear();
            }
            break;
        }
        // An empty line is reported too: a reader sends a bare terminator when it saw a card but read nothing.
        results.emplace_back(parseLine(m_pending.view().first(end)));
        m_pending.removeFront(end + m_options.terminator.size());
    }
    return results;
}

void SwipeParser::reset()
{
    m_pending.clear();
}

Result<CardData> SwipeParser::parseLine(QByteArrayView line) const
{
    line = trimmed(line);
    if (!m_options.prefix.isEmpty() && line.startsWith(m_options.prefix))
        line = trimmed(line.sliced(m_options.prefix.size()));
    if (!m_options.suffix.isEmpty() && line.endsWith(m_options.suffix))
        line = trimmed(line.chopped(m_options.suffix.size()));
    if (line.isEmpty())
        return reject(SwipeRejection::Empty);
    if (line.size() > m_options.maxLineLength)
        return reject(SwipeRejection::TooLong);

    // Split into sentinel-delimited tracks: '%' track 1, the first ';' track 2, a later ';' or '+' track 3.
    std::optional<QByteArrayView> track1;
    std::optional<QByteArrayView> track2;
    bool sawTrack3 = false;
    qsizetype pos = 0;
    while (pos < line.size()) {
        const char start = line[pos];
        if (start != '%' && start != ';' && start != '+')
            return reject(pos == 0 ? SwipeRejection::MissingStartSentinel : SwipeRejection::Malformed);
        qsizetype end = pos + 1;
        while (end < line.size() && line[end] != '?') {
            // A new start sentinel before '?' means the previous track was cut short.
            if (line[end] == '%' || line[end] == ';')
                return reject(SwipeRejection::MissingEndSentinel);
            ++end;
        }
        if (end >= line.size())
            return reject(SwipeRejection::MissingEndSentinel);
        const QByteArrayView body = line.sliced(pos + 1, end - pos - 1);
        if (start == '%') {
            if (track1 || track2 || sawTrack3)
                return reject(SwipeRejection::Malformed);
            track1 = body;
        } else if (start == ';' && !track2 && !sawTrack3) {
            track2 = body;
        } else {
            sawTrack3 = true; // track 3 is not used for payments; it is only checked for its sentinels
        }
        pos = end + 1;
    }

    const bool useTrack1 = track1 && !isUnreadMarker(*track1);
    const bool useTrack2 = track2 && !isUnreadMarker(*track2);
    if (!useTrack1 && !useTrack2)
        return reject(SwipeRejection::Unreadable);

    TrackFields t1;
    TrackFields t2;
    if (useTrack1) {
        if (const auto r = parseTrack1(*track1, t1))
            return reject(*r);
    }
    if (useTrack2) {
        if (const auto r = parseTrack2(*track2, t2))
            return reject(*r);
    }
    if (useTrack1 && useTrack2 && (t1.pan != t2.pan || t1.expiry != t2.expiry || t1.serviceCode != t2.serviceCode))
        return reject(SwipeRejection::TrackMismatch);

    const TrackFields &f = useTrack2 ? t2 : t1;
    CardData card;
    card.m_pan = SecureBytes(f.pan);
    if (useTrack1)
        card.m_track1 = SecureBytes(*track1);
    if (useTrack2)
        card.m_track2 = SecureBytes(*track2);
    card.m_name = QString::fromLatin1(t1.name);
    card.m_expiry = QString::fromLatin1(f.expiry);
    card.m_serviceCode = QString::fromLatin1(f.serviceCode);
    return Result<CardData>(std::move(card));
}

} // namespace posdesk
