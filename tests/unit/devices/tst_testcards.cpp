#include "reader/SwipeParser.h"
#include "reader/TestCards.h"

#include <QSet>
#include <QTest>

using namespace posdesk;

Q_DECLARE_METATYPE(posdesk::ReaderOptions)

class TestTestCards : public QObject
{
    Q_OBJECT

private slots:
    void everyCardSwipes_data();
    void everyCardSwipes();
    void registryContents();
    void exactSwipeText();
    void find();
};

void TestTestCards::everyCardSwipes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<ReaderOptions>("options");
    ReaderOptions crlf;
    crlf.terminator = QByteArrayLiteral("\r\n");
    ReaderOptions framed;
    framed.prefix = QByteArrayLiteral("\x02");
    framed.suffix = QByteArrayLiteral("\x03");
    framed.terminator = QByteArrayLiteral("\n");
    for (const TestCard &c : TestCards::all()) {
        QTest::addRow("%s CR", c.id) << QString::fromLatin1(c.id) << ReaderOptions();
        QTest::addRow("%s CRLF", c.id) << QString::fromLatin1(c.id) << crlf;
        QTest::addRow("%s STX-ETX-LF", c.id) << QString::fromLatin1(c.id) << framed;
    }
}

void TestTestCards::everyCardSwipes()
{
    QFETCH(QString, id);
    QFETCH(ReaderOptions, options);
    const TestCard *c = TestCards::find(id);
    QVERIFY(c);
    SwipeParser parser(options);
    // Through the stream path, as the card reader device uses it.
    QByteArray text = TestCards::swipeText(*c, options);
    QVERIFY(text.endsWith(options.terminator));
    auto results = parser.feed(text);
    QCOMPARE(results.size(), size_t(1));
    QVERIFY2(results[0].ok(), qPrintable(results[0].ok() ? QString() : results[0].error().fullText()));
    const CardData &card = *results[0];
    QCOMPARE(card.pan(), QByteArrayView(c->pan));
    QCOMPARE(card.expiryYymm(), QString::fromLatin1(c->expiry));
    QCOMPARE(card.serviceCode(), QString::fromLatin1(c->serviceCode));
    QCOMPARE(card.hasTrack1(), bool(c->tracks & TestCard::Track1Only));
    QCOMPARE(card.hasTrack2(), bool(c->tracks & TestCard::Track2Only));
    if (card.hasTrack1())
        QCOMPARE(card.cardholderName(), QString::fromLatin1(c->name));
    QVERIFY(!parser.hasPartialLine());
}

void TestTestCards::registryContents()
{
    const QDate today(2026, 1, 1);
    QSet<QString> ids;
    int unionPay = 0;
    int chip201 = 0;
    int expired = 0;
    bool visa = false;
    for (const TestCard &c : TestCards::all()) {
        ids.insert(QString::fromLatin1(c.id));
        QVERIFY2(SwipeParser::luhnValid(c.pan), c.id);
        QVERIFY(!TestCards::description(c).isEmpty());
        QByteArray text = TestCards::swipeText(c);
        const auto card = SwipeParser().parse(text);
        QVERIFY(card.ok());
        if (QByteArrayView(c.pan).startsWith("62")) {
            ++unionPay;
            QCOMPARE(card->schemeName(), QStringLiteral("UnionPay"));
        }
        if (qstrcmp(c.serviceCode, "201") == 0) {
            ++chip201;
            QVERIFY(card->isChipCard());
        } else {
            QVERIFY(!card->isChipCard());
        }
        if (card->isExpiredOn(today)) {
            ++expired;
            QCOMPARE(QString::fromLatin1(c.id), QStringLiteral("unionpay-expired"));
        }
        // The other cards stay valid for years, so the simulators keep working.
        if (qstrcmp(c.id, "unionpay-expired") != 0)
            QVERIFY(!card->isExpiredOn(QDate(2029, 12, 31)));
        visa = visa || qstrcmp(c.pan, "4111111111111111") == 0;
    }
    QCOMPARE(ids.size(), int(TestCards::all().size()));
    QVERIFY(unionPay >= 3);
    QCOMPARE(chip201, 1);
    QCOMPARE(expired, 1);
    QVERIFY(visa);
}

void TestTestCards::exactSwipeText()
{
    const TestCard *c = TestCards::find(u"unionpay-credit");
    QVERIFY(c);
    QCOMPARE(TestCards::swipeText(*c), QByteArray("%B6200000000000005^ZHANG/SAN^30121010000000000000?"
                                                  ";6200000000000005=30121010000000000000?\r"));
    ReaderOptions o;
    o.prefix = QByteArrayLiteral("\x02");
    o.suffix = QByteArrayLiteral("\x03");
    o.terminator = QByteArrayLiteral("\r\n");
    const TestCard *t2 = TestCards::find(u"unionpay-debit-track2");
    QVERIFY(t2);
    QCOMPARE(TestCards::swipeText(*t2, o), QByteArray("\x02;6200000000000047=31061201234567890123?\x03\r\n"));
}

void TestTestCards::find()
{
    QVERIFY(TestCards::find(u"visa-test"));
    QVERIFY(TestCards::find(u"unionpay-chip"));
    QVERIFY(!TestCards::find(u"no-such-card"));
    QVERIFY(!TestCards::find(u""));
}

QTEST_GUILESS_MAIN(TestTestCards)
#include "tst_testcards.moc"
