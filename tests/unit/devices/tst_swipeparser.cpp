#include "reader/SwipeParser.h"

#include <QTest>
#include <QTranslator>

using namespace posdesk;

namespace {

const QByteArray kTrack1 = QByteArrayLiteral("%B6200000000000005^ZHANG/SAN^3012101000000000?");
const QByteArray kTrack2 = QByteArrayLiteral(";6200000000000005=30121010000000000000?");

// An array that owns its bytes, as a serial port read would give: static literals cannot be wiped.
QByteArray owned(const QByteArray &text)
{
    return QByteArray(text.constData(), text.size());
}

Result<CardData> parse(const QByteArray &text, const ReaderOptions &options = {})
{
    QByteArray line = owned(text);
    return SwipeParser(options).parse(line);
}

bool allZero(const char *p, qsizetype n)
{
    return std::all_of(p, p + n, [](char c) { return c == 0; });
}

// Marks every message it translates, to prove the messages go through QCoreApplication::translate.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "posdesk::SwipeParser") != 0)
            return {};
        return QStringLiteral("[zh] ") + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestSwipeParser : public QObject
{
    Q_OBJECT

private slots:
    void bothTracks();
    void singleTrack_data();
    void singleTrack();
    void garbled_data();
    void garbled();
    void chipCard_data();
    void chipCard();
    void prefixSuffixAndTerminator();
    void streamFraming();
    void streamTooLongWithoutTerminator();
    void wipesInput();
    void wipesStreamChunk();
    void rejectionMessages();
    void rejectionMessagesAreTranslated();
    void luhn_data();
    void luhn();
};

void TestSwipeParser::bothTracks()
{
    const auto card = parse(kTrack1 + kTrack2 + "\r\n");
    QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().fullText()));
    QCOMPARE(card->masked(), QStringLiteral("620000******0005"));
    QCOMPARE(card->last4(), QStringLiteral("0005"));
    QCOMPARE(card->panLength(), 16);
    QCOMPARE(card->cardholderName(), QStringLiteral("ZHANG/SAN"));
    QCOMPARE(card->expiryYymm(), QStringLiteral("3012"));
    QCOMPARE(card->expiryYear(), 2030);
    QCOMPARE(card->expiryMonth(), 12);
    QCOMPARE(card->serviceCode(), QStringLiteral("101"));
    QVERIFY(!card->isChipCard());
    QCOMPARE(card->schemeName(), QStringLiteral("UnionPay"));
    QVERIFY(card->hasTrack1());
    QVERIFY(card->hasTrack2());
    QCOMPARE(card->pan(), QByteArrayView("6200000000000005"));
    QCOMPARE(card->track2Equivalent(), QByteArrayView("6200000000000005=30121010000000000000"));
    QCOMPARE(card->track1(), QByteArrayView("B6200000000000005^ZHANG/SAN^3012101000000000"));
}

void TestSwipeParser::singleTrack_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("hasTrack1");
    QTest::addColumn<bool>("hasTrack2");
    QTest::addColumn<QString>("name");
    QTest::newRow("track 1 only") << kTrack1 + "\r" << true << false << QStringLiteral("ZHANG/SAN");
    QTest::newRow("track 2 only") << kTrack2 + "\r" << false << true << QString();
    QTest::newRow("track 1 unread") << "%E?" + kTrack2 + "\r" << false << true << QString();
    QTest::newRow("track 2 unread") << kTrack1 + ";E?\r" << true << false << QStringLiteral("ZHANG/SAN");
    QTest::newRow("with track 3") << kTrack1 + kTrack2 + ";016200000000000005=15600000000000?\r" << true << true
                                  << QStringLiteral("ZHANG/SAN");
    QTest::newRow("name padded") << QByteArray("%B6200000000000005^ZHANG/SAN     ^3012101?\r") << true << false
                                 << QStringLiteral("ZHANG/SAN");
    QTest::newRow("no terminator") << kTrack2 << false << true << QString();
}

void TestSwipeParser::singleTrack()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, hasTrack1);
    QFETCH(bool, hasTrack2);
    QFETCH(QString, name);
    const auto card = parse(line);
    QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().fullText()));
    QCOMPARE(card->hasTrack1(), hasTrack1);
    QCOMPARE(card->hasTrack2(), hasTrack2);
    QCOMPARE(card->cardholderName(), name);
    QCOMPARE(card->pan(), QByteArrayView("6200000000000005"));
    QCOMPARE(card->expiryYymm(), QStringLiteral("3012"));
}

void TestSwipeParser::garbled_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("reason");
    using R = SwipeRejection;
    QTest::newRow("empty line") << QByteArray() << int(R::Empty);
    QTest::newRow("only CR LF") << QByteArray("\r\n") << int(R::Empty);
    QTest::newRow("only start sentinel %") << QByteArray("%\r") << int(R::MissingEndSentinel);
    QTest::newRow("only start sentinel ;") << QByteArray(";\r\n") << int(R::MissingEndSentinel);
    QTest::newRow("only %B") << QByteArray("%B\r") << int(R::MissingEndSentinel);
    QTest::newRow("no start sentinel track 2")
        << QByteArray("6200000000000005=3012101000?\r") << int(R::MissingStartSentinel);
    QTest::newRow("no start sentinel track 1")
        << QByteArray("B6200000000000005^ZHANG/SAN^3012101?\r") << int(R::MissingStartSentinel);
    QTest::newRow("no end sentinel track 2")
        << QByteArray(";6200000000000005=3012101000\r") << int(R::MissingEndSentinel);
    QTest::newRow("no end sentinel track 1 then track 2")
        << QByteArray("%B6200000000000005^ZHANG/SAN^3012101000") + kTrack2 + "\r" << int(R::MissingEndSentinel);
    QTest::newRow("partial swipe cut in PAN") << QByteArray(";62000000") << int(R::MissingEndSentinel);
    QTest::newRow("bad luhn") << QByteArray(";6200000000000006=3012101000?\r") << int(R::Luhn);
    QTest::newRow("bad luhn track 1") << QByteArray("%B6200000000000006^ZHANG/SAN^3012101?\r") << int(R::Luhn);
    QTest::newRow("short pan 11") << QByteArray(";62000000005=3012101000?\r") << int(R::PanLength);
    QTest::newRow("long pan 20") << QByteArray(";62000000000000000005=3012101?\r") << int(R::PanLength);
    QTest::newRow("empty pan") << QByteArray(";=3012101?\r") << int(R::PanLength);
    QTest::newRow("letter in pan") << QByteArray(";62000000O0000005=3012101000?\r") << int(R::PanNotDigits);
    QTest::newRow("letter in track 1 pan")
        << QByteArray("%B6200A00000000005^ZHANG/SAN^3012101?\r") << int(R::PanNotDigits);
    QTest::newRow("month 00") << QByteArray(";6200000000000005=3000101000?\r") << int(R::BadExpiry);
    QTest::newRow("month 13") << QByteArray(";6200000000000005=3013101000?\r") << int(R::BadExpiry);
    QTest::newRow("month 00 track 1") << QByteArray("%B6200000000000005^ZHANG/SAN^3000101?\r") << int(R::BadExpiry);
    QTest::newRow("expiry with letter") << QByteArray("%B6200000000000005^ZHANG/SAN^30A2101?\r") << int(R::BadExpiry);
    QTest::newRow("service code with letter")
        << QByteArray("%B6200000000000005^ZHANG/SAN^30121A1?\r") << int(R::BadServiceCode);
    QTest::newRow("pan mismatch") << kTrack1 + ";6200000000000047=30121010000000000000?\r" << int(R::TrackMismatch);
    QTest::newRow("expiry mismatch") << kTrack1 + ";6200000000000005=30111010000000000000?\r" << int(R::TrackMismatch);
    QTest::newRow("service code mismatch")
        << kTrack1 + ";6200000000000005=30122010000000000000?\r" << int(R::TrackMismatch);
    QTest::newRow("track 2 without separator") << QByteArray(";6200000000000005?\r") << int(R::Malformed);
    QTest::newRow("track 2 cut after expiry") << QByteArray(";6200000000000005=3012?\r") << int(R::Malformed);
    QTest::newRow("track 2 letter in discretionary")
        << QByteArray(";6200000000000005=3012101000A0?\r") << int(R::Malformed);
    QTest::newRow("track 2 too long") << QByteArray(";6200000000000005=3012101") + QByteArray(20, '0') + "?\r"
                                      << int(R::Malformed);
    QTest::newRow("track 1 no separators") << QByteArray("%B6200000000000005ZHANG/SAN3012101?\r") << int(R::Malformed);
    QTest::newRow("track 1 one separator") << QByteArray("%B6200000000000005^ZHANG/SAN3012101?\r") << int(R::Malformed);
    QTest::newRow("track 1 lower case") << QByteArray("%B6200000000000005^zhang/san^3012101?\r") << int(R::Malformed);
    QTest::newRow("track 1 format code A")
        << QByteArray("%A6200000000000005^ZHANG/SAN^3012101?\r") << int(R::Malformed);
    QTest::newRow("track 1 name too short") << QByteArray("%B6200000000000005^Z^3012101?\r") << int(R::Malformed);
    QTest::newRow("garbage between tracks") << kTrack1 + "xx" + kTrack2 + "\r" << int(R::Malformed);
    QTest::newRow("garbage after tracks") << kTrack2 + "zz\r" << int(R::Malformed);
    QTest::newRow("track 1 after track 2") << kTrack2 + kTrack1 + "\r" << int(R::Malformed);
    QTest::newRow("both tracks unread") << QByteArray("%E?;E?\r") << int(R::Unreadable);
    QTest::newRow("empty tracks") << QByteArray("%?;?\r") << int(R::Unreadable);
    QTest::newRow("only track 3") << QByteArray("+0123456789?\r") << int(R::Unreadable);
    QTest::newRow("too long") << QByteArray(600, '1') << int(R::TooLong);
}

void TestSwipeParser::garbled()
{
    QFETCH(QByteArray, line);
    QFETCH(int, reason);
    const auto card = parse(line);
    QVERIFY(!card.ok());
    QCOMPARE(SwipeParser::rejectionOf(card.error()), std::optional(SwipeRejection(reason)));
    QCOMPARE(card.error().kind, ErrorKind::Corrupt);
    QVERIFY(card.error().message.contains(u"again"));
    // The error may end up in a log or on screen: no card number in it.
    QVERIFY(!card.error().fullText().contains(u"62000"));
}

void TestSwipeParser::chipCard_data()
{
    QTest::addColumn<QByteArray>("serviceCode");
    QTest::addColumn<bool>("chip");
    QTest::newRow("101 magstripe") << QByteArray("101") << false;
    QTest::newRow("120 magstripe PIN") << QByteArray("120") << false;
    QTest::newRow("501 national") << QByteArray("501") << false;
    QTest::newRow("201 chip") << QByteArray("201") << true;
    QTest::newRow("220 chip PIN") << QByteArray("220") << true;
    QTest::newRow("601 national chip") << QByteArray("601") << true;
}

void TestSwipeParser::chipCard()
{
    QFETCH(QByteArray, serviceCode);
    QFETCH(bool, chip);
    const auto card = parse(";6200000000000005=3012" + serviceCode + "000?\r");
    QVERIFY(card.ok());
    QCOMPARE(card->serviceCode(), QString::fromLatin1(serviceCode));
    QCOMPARE(card->isChipCard(), chip);
}

void TestSwipeParser::prefixSuffixAndTerminator()
{
    ReaderOptions o;
    o.prefix = QByteArrayLiteral("\x02");
    o.suffix = QByteArrayLiteral("\x03");
    o.terminator = QByteArrayLiteral("\r\n");
    const QByteArray framed = "\x02" + kTrack1 + kTrack2 + "\x03\r\n";
    QVERIFY(parse(framed, o).ok());
    // Without the prefix configured, the STX in front is not a start sentinel.
    const auto unframed = parse(framed);
    QVERIFY(!unframed.ok());
    QCOMPARE(SwipeParser::rejectionOf(unframed.error()), std::optional(SwipeRejection::MissingStartSentinel));
    // Prefix and suffix are optional on the line even when configured.
    QVERIFY(parse(kTrack2 + "\r\n", o).ok());
}

void TestSwipeParser::streamFraming()
{
    SwipeParser parser;
    // Two swipes and the start of a third in one read; CR LF although the terminator is CR.
    QByteArray chunk = owned(kTrack2 + "\r\n" + kTrack1 + kTrack2 + "\r\n;6200");
    auto results = parser.feed(chunk);
    QCOMPARE(results.size(), size_t(2));
    QVERIFY(results[0].ok());
    QVERIFY(results[1].ok());
    QVERIFY(results[1]->hasTrack1());
    QVERIFY(parser.hasPartialLine());

    // The rest of the third swipe, one byte at a time.
    const QByteArray rest = QByteArrayLiteral("000000000005=30121010000000000000?\r\n");
    std::vector<Result<CardData>> last;
    for (char c : rest) {
        QByteArray one(1, c);
        for (auto &r : parser.feed(one))
            last.push_back(std::move(r));
    }
    QCOMPARE(last.size(), size_t(1));
    QVERIFY(last[0].ok());
    QCOMPARE(last[0]->last4(), QStringLiteral("0005"));
    QVERIFY(!parser.hasPartialLine()); // the trailing LF is not left behind

    // A bare terminator is a failed read the cashier should hear about.
    QByteArray cr = owned("\r");
    results = parser.feed(cr);
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(SwipeParser::rejectionOf(results[0].error()), std::optional(SwipeRejection::Empty));
}

void TestSwipeParser::streamTooLongWithoutTerminator()
{
    ReaderOptions o;
    o.terminator = QByteArrayLiteral("\n");
    SwipeParser parser(o);
    // A reader sending CR while LF is configured never ends a line.
    QByteArray chunk = owned(kTrack2 + "\r");
    for (int i = 0; i < 20; ++i) {
        QByteArray copy = owned(chunk);
        const auto results = parser.feed(copy);
        if (!results.empty()) {
            QCOMPARE(results.size(), size_t(1));
            QCOMPARE(SwipeParser::rejectionOf(results[0].error()), std::optional(SwipeRejection::TooLong));
            QVERIFY(!parser.hasPartialLine());
            return;
        }
    }
    QFAIL("no TooLong rejection");
}

void TestSwipeParser::wipesInput()
{
    for (const QByteArray &text : {kTrack1 + kTrack2 + "\r", QByteArray(";6200000000000006=3012101?\r")}) {
        QByteArray line = owned(text);
        const char *storage = line.constData();
        const qsizetype capacity = line.capacity();
        const auto card = SwipeParser().parse(line);
        Q_UNUSED(card);
        QVERIFY(line.isEmpty());
        // The array kept its (zeroed) allocation, so looking at it is still reading owned memory.
        QVERIFY(line.constData() == storage);
        QVERIFY(allZero(storage, capacity));
    }
}

void TestSwipeParser::wipesStreamChunk()
{
    SwipeParser parser;
    QByteArray chunk = owned(kTrack1 + kTrack2 + "\r");
    const char *storage = chunk.constData();
    const qsizetype capacity = chunk.capacity();
    const auto results = parser.feed(chunk);
    QCOMPARE(results.size(), size_t(1));
    QVERIFY(chunk.isEmpty());
    QVERIFY(allZero(storage, capacity));
}

void TestSwipeParser::rejectionMessages()
{
    QSet<QString> messages;
    for (int r = int(SwipeRejection::Empty); r <= int(SwipeRejection::TooLong); ++r) {
        const Error e = SwipeParser::errorFor(SwipeRejection(r));
        QCOMPARE(SwipeParser::rejectionOf(e), std::optional(SwipeRejection(r)));
        QVERIFY(!e.message.isEmpty());
        QVERIFY2(e.message.contains(u"again"), qPrintable(e.message)); // says what to do
        messages.insert(e.message);
    }
    QCOMPARE(messages.size(), int(SwipeRejection::TooLong) + 1);
    QVERIFY(!SwipeParser::rejectionOf(Error::corrupt(QStringLiteral("x"), QStringLiteral("other"))).has_value());
}

void TestSwipeParser::rejectionMessagesAreTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto card = parse(QByteArray(";6200000000000006=3012101?\r"));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!card.ok());
    QVERIFY2(card.error().message.startsWith(u"[zh] "), qPrintable(card.error().message));
    QCOMPARE(SwipeParser::rejectionOf(card.error()), std::optional(SwipeRejection::Luhn));
}

void TestSwipeParser::luhn_data()
{
    QTest::addColumn<QByteArray>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("unionpay") << QByteArray("6200000000000005") << true;
    QTest::newRow("unionpay 19") << QByteArray("6205500000000000004") << true;
    QTest::newRow("visa") << QByteArray("4111111111111111") << true;
    QTest::newRow("mastercard") << QByteArray("5555555555554444") << true;
    QTest::newRow("off by one") << QByteArray("4111111111111112") << false;
    QTest::newRow("transposed") << QByteArray("6200000000000050") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("letter") << QByteArray("41111111111111A1") << false;
}

void TestSwipeParser::luhn()
{
    QFETCH(QByteArray, digits);
    QFETCH(bool, valid);
    QCOMPARE(SwipeParser::luhnValid(digits), valid);
}

QTEST_GUILESS_MAIN(TestSwipeParser)
#include "tst_swipeparser.moc"
