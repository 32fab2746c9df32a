#include "crypto/Tdes.h"
#include "crypto/WorkingKeys.h"

#include <QtTest/QtTest>

#include <openssl/rand.h>

using namespace posdesk;
using namespace posdesk::crypto;
using Layout = posdesk::iso8583::WorkingKeyBlock::Layout;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}

SecretBytes randomKey(int size)
{
    SecretBytes k{qsizetype(size)};
    if (RAND_bytes(reinterpret_cast<unsigned char *>(k.data()), size) != 1)
        return {};
    return k;
}

QByteArray networkCodeOf(Layout l)
{
    switch (l) {
    case Layout::SingleDes:
        return "001";
    case Layout::DoubleLength:
        return "003";
    case Layout::WithTrackKey:
        return "004";
    }
    return {};
}

WorkingKeys randomKeys(Layout layout, int macKeySize)
{
    WorkingKeys k;
    k.layout = layout;
    k.pinKey = randomKey(layout == Layout::SingleDes ? 8 : 16);
    k.macKey = randomKey(macKeySize);
    if (layout == Layout::WithTrackKey)
        k.trackKey = randomKey(16);
    return k;
}

} // namespace

Q_DECLARE_METATYPE(Layout)

class TestCryptoWorkingKeys : public QObject
{
    Q_OBJECT

private slots:
    // Known answer, computed offline with the OpenSSL command line:
    //   echo <key> | xxd -r -p | openssl enc -des-ede -K <TMK> -nopad      (encrypted key)
    //   printf '\0\0\0\0\0\0\0\0' | openssl enc -des-ede -K <key> -nopad    (first 4 bytes: CV)
    void knownField62()
    {
        const QByteArray tmk = hex("0123456789ABCDEFFEDCBA9876543210");
        const QByteArray field62 = hex("31A7364CAC91CA39C0489F69BEC54FA2FB097599CC04F85691FB6E66"
                                       "00000000000000003EDCB35B");
        auto keys = extractWorkingKeys(field62, "003", tmk);
        QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().fullText()));
        QCOMPARE(keys->pinKey.toHex(), QByteArray("00112233445566778899AABBCCDDEEFF"));
        QCOMPARE(keys->macKey.toHex(), QByteArray("F1E2D3C4B5A69788"));
        QVERIFY(keys->trackKey.isEmpty());
        QCOMPARE(buildWorkingKeysField(Layout::DoubleLength, tmk, *keys).value().toHex(), field62.toHex());
    }

    void roundTrip_data()
    {
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<int>("macKeySize");
        QTest::addColumn<int>("fieldSize");
        QTest::newRow("001 single DES") << Layout::SingleDes << 8 << 24;
        QTest::newRow("003 double length") << Layout::DoubleLength << 8 << 40;
        QTest::newRow("003 double-length MAC key") << Layout::DoubleLength << 16 << 40;
        QTest::newRow("004 with track key") << Layout::WithTrackKey << 8 << 60;
    }

    void roundTrip()
    {
        QFETCH(Layout, layout);
        QFETCH(int, macKeySize);
        QFETCH(int, fieldSize);
        const SecretBytes tmk = randomKey(16);
        QVERIFY(!tmk.isEmpty());
        for (int round = 0; round < 20; ++round) {
            const WorkingKeys clear = randomKeys(layout, macKeySize);
            auto field = buildWorkingKeysField(layout, tmk.view(), clear);
            QVERIFY(field.ok());
            QCOMPARE(field->size(), fieldSize);
            auto keys = extractWorkingKeys(*field, networkCodeOf(layout), tmk.view());
            QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().fullText()));
            QCOMPARE(keys->layout, layout);
            QVERIFY(keys->pinKey == clear.pinKey);
            QVERIFY(keys->macKey == clear.macKey);
            QVERIFY(keys->trackKey == clear.trackKey);
        }
    }

    // Each check value guards its own key; a flipped bit in a key or its CV refuses the set.
    void tamperedRefused_data()
    {
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("which");
        QTest::newRow("001 PIN key") << Layout::SingleDes << 0 << QStringLiteral("PIN key");
        QTest::newRow("001 PIN CV") << Layout::SingleDes << 8 << QStringLiteral("PIN key");
        QTest::newRow("001 MAC key") << Layout::SingleDes << 12 << QStringLiteral("MAC key");
        QTest::newRow("001 MAC CV") << Layout::SingleDes << 23 << QStringLiteral("MAC key");
        QTest::newRow("003 PIN key second half") << Layout::DoubleLength << 15 << QStringLiteral("PIN key");
        QTest::newRow("003 PIN CV") << Layout::DoubleLength << 16 << QStringLiteral("PIN key");
        QTest::newRow("003 MAC key") << Layout::DoubleLength << 20 << QStringLiteral("MAC key");
        QTest::newRow("003 MAC CV") << Layout::DoubleLength << 39 << QStringLiteral("MAC key");
        QTest::newRow("004 track key") << Layout::WithTrackKey << 40 << QStringLiteral("track key");
        QTest::newRow("004 track CV") << Layout::WithTrackKey << 59 << QStringLiteral("track key");
    }

    void tamperedRefused()
    {
        QFETCH(Layout, layout);
        QFETCH(int, offset);
        QFETCH(QString, which);
        const SecretBytes tmk = randomKey(16);
        auto field = buildWorkingKeysField(layout, tmk.view(), randomKeys(layout, 8));
        QVERIFY(field.ok());
        QByteArray tampered = *field;
        tampered[offset] = char(tampered[offset] ^ 0x01);
        auto keys = extractWorkingKeys(tampered, networkCodeOf(layout), tmk.view());
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().kind, ErrorKind::Corrupt);
        QVERIFY2(keys.error().detail.startsWith(QStringLiteral("field 62: ") + which + QStringLiteral(" check value")),
                 qPrintable(keys.error().detail));
    }

    void wrongTmkRefused()
    {
        const SecretBytes tmk = randomKey(16);
        auto field = buildWorkingKeysField(Layout::DoubleLength, tmk.view(), randomKeys(Layout::DoubleLength, 8));
        QVERIFY(field.ok());
        auto keys = extractWorkingKeys(*field, "003", randomKey(16).view());
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().kind, ErrorKind::Corrupt);
    }

    // V2's TMK is not public: its layout parses, and the check values catch any wrong TMK.
    void v2WithUnknownTmk()
    {
        const QByteArray f62 = hex("46F161A743497B32EAC760DF5EA57DF5900ECCE3977731A7EA402DDF0000000000000000CFF1592A");
        auto keys = extractWorkingKeys(f62, "003", hex("0123456789ABCDEFFEDCBA9876543210"));
        QVERIFY(!keys.ok());
        QVERIFY(keys.error().detail.startsWith(QStringLiteral("field 62: PIN key check value 900ECCE3, computed ")));
    }

    void malformedInput()
    {
        const QByteArray tmk = hex("0123456789ABCDEFFEDCBA9876543210");
        QCOMPARE(extractWorkingKeys(QByteArray(40, '\0'), "002", tmk).error().kind, ErrorKind::Corrupt);
        QCOMPARE(extractWorkingKeys(QByteArray(39, '\0'), "003", tmk).error().kind, ErrorKind::Corrupt);
        QCOMPARE(extractWorkingKeys(QByteArray(40, '\0'), "003", tmk.first(15)).error().kind, ErrorKind::Usage);
        WorkingKeys mismatched = randomKeys(Layout::SingleDes, 8);
        QVERIFY(!buildWorkingKeysField(Layout::DoubleLength, tmk, mismatched).ok());
    }
};

QTEST_GUILESS_MAIN(TestCryptoWorkingKeys)
#include "tst_crypto_workingkeys.moc"
