#include "card/CardData.h"
#include "card/SecureBytes.h"
#include "reader/SwipeParser.h"

#include <QTest>

using namespace posdesk;

namespace {

// What the wipe observer saw: every buffer released, and whether each was all zero at that moment.
struct WipeLog
{
    int released = 0;
    int notZeroed = 0;
    qsizetype bytes = 0;
};
WipeLog g_log;

void observe(const char *data, qsizetype size)
{
    ++g_log.released;
    g_log.bytes += size;
    if (!std::all_of(data, data + size, [](char c) { return c == 0; }))
        ++g_log.notZeroed;
}

CardData swipe(const QByteArray &text)
{
    QByteArray line(text.constData(), text.size());
    auto card = SwipeParser().parse(line);
    if (!card.ok())
        qFatal("test swipe refused: %s", qPrintable(card.error().fullText()));
    return std::move(card).value();
}

const QByteArray kSwipe = QByteArrayLiteral("%B6200000000000005^ZHANG/SAN^3012101000000000?"
                                            ";6200000000000005=30121010000000000000?\r");

} // namespace

class TestCardData : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_log = {};
        SecureBytes::setWipeObserverForTests(&observe);
    }
    void cleanup() { SecureBytes::setWipeObserverForTests(nullptr); }

    void zeroedOnDestruction();
    void zeroedByWipe();
    void moveDoesNotCopy();
    void secureBytesGrowthWipesOldStorage();
    void secureBytesRemoveFrontZeroesTail();
    void wipeQByteArrayIncludingSpaceBeforeData();
    void masked_data();
    void masked();
    void expiry();
    void scheme_data();
    void scheme();
};

void TestCardData::zeroedOnDestruction()
{
    {
        const CardData card = swipe(kSwipe);
        QCOMPARE(card.pan(), QByteArrayView("6200000000000005"));
        g_log = {}; // only count what the card itself releases
    }
    // PAN, track 1 and track 2: three buffers, each zero before it was freed.
    QCOMPARE(g_log.released, 3);
    QCOMPARE(g_log.notZeroed, 0);
    QVERIFY(g_log.bytes >= 16 + 46 + 37);
}

void TestCardData::zeroedByWipe()
{
    CardData card = swipe(kSwipe);
    g_log = {};
    card.wipe();
    QCOMPARE(g_log.released, 3);
    QCOMPARE(g_log.notZeroed, 0);
    QVERIFY(card.isEmpty());
    QVERIFY(card.pan().isEmpty());
    QVERIFY(card.track2Equivalent().isEmpty());
    QCOMPARE(card.masked(), QString());
    QCOMPARE(card.last4(), QString());
}

void TestCardData::moveDoesNotCopy()
{
    CardData a = swipe(kSwipe);
    const char *storage = a.pan().data();
    g_log = {};
    CardData b = std::move(a);
    QVERIFY(b.pan().data() == storage); // same storage, not a copy
    QVERIFY(a.isEmpty());               // NOLINT(bugprone-use-after-move): moved-from state is part of the contract
    QCOMPARE(g_log.released, 0);
}

void TestCardData::secureBytesGrowthWipesOldStorage()
{
    SecureBytes b(QByteArrayView("6200000000000005"));
    g_log = {};
    b.append(QByteArray(100, '7')); // beyond the first 64-byte allocation
    QCOMPARE(g_log.released, 1);
    QCOMPARE(g_log.notZeroed, 0);
    QCOMPARE(b.size(), 116);
    QVERIFY(b.view().startsWith("6200000000000005"));
}

void TestCardData::secureBytesRemoveFrontZeroesTail()
{
    SecureBytes b(QByteArrayView("ABCDEFGH"));
    const char *storage = b.view().data();
    b.removeFront(3);
    QCOMPARE(b.view(), QByteArrayView("DEFGH"));
    QVERIFY(b.view().data() == storage);
    // The bytes behind the new end still belong to b.
    QVERIFY(std::all_of(storage + 5, storage + 8, [](char c) { return c == 0; }));
}

void TestCardData::wipeQByteArrayIncludingSpaceBeforeData()
{
    QByteArray a(64, '9');
    const char *start = a.constData();
    a.remove(0, 10); // may just move the start pointer, leaving digits before data()
    const qsizetype offset = a.constData() - start;
    QVERIFY(offset >= 0 && offset <= 10);
    SecureBytes::wipe(a);
    QVERIFY(a.isEmpty());
    QVERIFY(std::all_of(start, start + 64, [](char c) { return c == 0; }));

    // Shared data cannot be wiped without breaking the other owner; it is only released.
    QByteArray shared(16, '5');
    QByteArray other = shared;
    SecureBytes::wipe(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(other, QByteArray(16, '5'));
}

void TestCardData::masked_data()
{
    QTest::addColumn<QByteArray>("swipe");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("last4");
    QTest::newRow("16") << QByteArray(";6228480000000007=3012101?\r") << QStringLiteral("622848******0007")
                        << QStringLiteral("0007");
    QTest::newRow("19") << QByteArray(";6205500000000000004=3012101?\r") << QStringLiteral("620550*********0004")
                        << QStringLiteral("0004");
    QTest::newRow("12") << QByteArray(";620000000005=3012101?\r") << QStringLiteral("620000**0005")
                        << QStringLiteral("0005");
}

void TestCardData::masked()
{
    QFETCH(QByteArray, swipe);
    QFETCH(QString, masked);
    QFETCH(QString, last4);
    const CardData card = ::swipe(swipe);
    QCOMPARE(card.masked(), masked);
    QCOMPARE(card.last4(), last4);
}

void TestCardData::expiry()
{
    const CardData card = swipe(kSwipe); // expires 2030-12
    QVERIFY(!card.isExpiredOn(QDate(2026, 1, 1)));
    QVERIFY(!card.isExpiredOn(QDate(2030, 12, 31)));
    QVERIFY(card.isExpiredOn(QDate(2031, 1, 1)));
    const CardData february = swipe(";6200000000000005=2802101?\r");
    QVERIFY(!february.isExpiredOn(QDate(2028, 2, 29))); // leap year: valid through the 29th
    QVERIFY(february.isExpiredOn(QDate(2028, 3, 1)));
}

void TestCardData::scheme_data()
{
    QTest::addColumn<QByteArray>("swipe");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("unionpay") << QByteArray(";6200000000000005=3012101?\r") << QStringLiteral("UnionPay");
    QTest::newRow("visa") << QByteArray(";4111111111111111=3012101?\r") << QStringLiteral("Visa");
    QTest::newRow("mastercard 5") << QByteArray(";5555555555554444=3012101?\r") << QStringLiteral("Mastercard");
    QTest::newRow("mastercard 2") << QByteArray(";2223000048400011=3012101?\r") << QStringLiteral("Mastercard");
    QTest::newRow("amex") << QByteArray(";378282246310005=3012101?\r") << QStringLiteral("American Express");
    QTest::newRow("jcb") << QByteArray(";3530111333300000=3012101?\r") << QStringLiteral("JCB");
    QTest::newRow("unknown") << QByteArray(";9000000000000001=3012101?\r") << QString();
}

void TestCardData::scheme()
{
    QFETCH(QByteArray, swipe);
    QFETCH(QString, scheme);
    QCOMPARE(::swipe(swipe).schemeName(), scheme);
}

QTEST_GUILESS_MAIN(TestCardData)
#include "tst_carddata.moc"
