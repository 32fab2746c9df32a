#include "../iso8583/TestVectors.h"
#include "crypto/Mac.h"
#include "iso8583/Codec.h"

#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::crypto;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}

const QByteArray kKey8 = hex("0123456789ABCDEF");
const QByteArray kKey16 = hex("0123456789ABCDEFFEDCBA9876543210");

} // namespace

Q_DECLARE_METATYPE(posdesk::crypto::MacAlgorithm)

// Where the expected MACs come from:
// - CUP-ECB: vector V1 of shared/reference/vectors.md (also recomputed independently in Python).
// - X9.9 "7654321 Now is the time for ": the FIPS PUB 113 example, F1D30F6849312CA4.
// - X9.9 "Now is the time for all ": 70A30640CC76DD8B, the classic ANSI X9.9 example; both also
//   obtained offline with `openssl enc -des-cbc -provider legacy -K 0123456789ABCDEF -iv 0 -nopad`
//   (last block).
// - X9.19: computed offline as E(KL, D(KR, X9.9 MAC under KL)) with `openssl enc -des-ecb`, and
//   cross-checked with Python's cryptography package.
class TestCryptoMac : public QObject
{
    Q_OBJECT

private slots:
    void knownMacs_data()
    {
        QTest::addColumn<MacAlgorithm>("algorithm");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("mac");

        QTest::newRow("CUP-ECB V1") << MacAlgorithm::CupEcb << hex("DAB36167E6DFB5EF")
                                    << posdesk::test::loadHexVector(QStringLiteral("v1_mab.hex"))
                                    << QByteArray("E5805ECB");
        QTest::newRow("X9.9 FIPS 113") << MacAlgorithm::X99 << kKey8 << QByteArray("7654321 Now is the time for ")
                                       << hex("F1D30F6849312CA4");
        QTest::newRow("X9.9 whole blocks")
            << MacAlgorithm::X99 << kKey8 << QByteArray("Now is the time for all ") << hex("70A30640CC76DD8B");
        QTest::newRow("X9.9 padded") << MacAlgorithm::X99 << kKey8 << QByteArray("Now is the time for")
                                     << hex("12359511301F031D");
        QTest::newRow("X9.19 whole blocks")
            << MacAlgorithm::X919 << kKey16 << QByteArray("Now is the time for all ") << hex("A1C72E74EA3FA9B6");
        QTest::newRow("X9.19 padded") << MacAlgorithm::X919 << kKey16 << QByteArray("Now is the time for")
                                      << hex("7306E7032B787DFE");
        QTest::newRow("X9.19 FIPS 113 text")
            << MacAlgorithm::X919 << kKey16 << QByteArray("7654321 Now is the time for ") << hex("AE4B45B1B527642F");
    }

    void knownMacs()
    {
        QFETCH(MacAlgorithm, algorithm);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, mac);
        QVERIFY(!data.isEmpty());
        auto m = computeMac(algorithm, key, data);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().fullText()));
        QCOMPARE(m->toHex().toUpper(), mac.toHex().toUpper());

        auto engine = MacEngine::create(algorithm, key);
        QVERIFY(engine.ok());
        QVERIFY(engine->verify(data, mac).ok());
        QByteArray wrong = mac;
        wrong[7] = char(wrong[7] ^ 0x01);
        auto refused = engine->verify(data, wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Corrupt);
        QVERIFY(!engine->verify(data, mac.first(7)).ok());
        // Reusing the engine gives the same answer (no state leaks between messages).
        QCOMPARE(engine->compute(data).value(), mac);
    }

    // X9.19 with both halves equal is X9.9: a check that the last-block step uses the right halves.
    void x919WithEqualHalvesIsX99()
    {
        const QByteArray data("any message of some length");
        auto a = computeMac(MacAlgorithm::X919, kKey8 + kKey8, data);
        auto b = computeMac(MacAlgorithm::X99, kKey8, data);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(*a, *b);
    }

    void emptyDataIsOneZeroBlock()
    {
        auto a = computeMac(MacAlgorithm::X99, kKey8, QByteArray());
        auto b = computeMac(MacAlgorithm::X99, kKey8, QByteArray(8, '\0'));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(*a, *b);
    }

    // Messages longer than the internal chunk (256 bytes) chain across chunks correctly.
    void longData_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("whole blocks") << 1000;
        QTest::newRow("padded") << 1003;
    }

    void longData()
    {
        QFETCH(int, size);
        QByteArray data;
        for (int i = 0; i < size; ++i)
            data.append(char(i * 7));
        auto k = TdesKey::create(kKey8);
        QVERIFY(k.ok());
        const QByteArray padded = data + QByteArray((8 - data.size() % 8) % 8, '\0');
        auto cbc = k->encryptCbc(QByteArray(8, '\0'), padded);
        QVERIFY(cbc.ok());
        QCOMPARE(computeMac(MacAlgorithm::X99, kKey8, data).value(), cbc->right(8));
    }

    void wrongKeyLengths_data()
    {
        QTest::addColumn<MacAlgorithm>("algorithm");
        QTest::addColumn<int>("length");
        QTest::newRow("CUP-ECB 24") << MacAlgorithm::CupEcb << 24;
        QTest::newRow("X9.9 16") << MacAlgorithm::X99 << 16;
        QTest::newRow("X9.19 8") << MacAlgorithm::X919 << 8;
        QTest::newRow("X9.19 24") << MacAlgorithm::X919 << 24;
    }

    void wrongKeyLengths()
    {
        QFETCH(MacAlgorithm, algorithm);
        QFETCH(int, length);
        auto e = MacEngine::create(algorithm, QByteArray(length, '\x01'));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, ErrorKind::Usage);
    }

    // The whole path a sale takes: pack with a placeholder MAC, MAC the MAB, write it, and the
    // receiver verifies it from the unpacked body.
    void macAPackedSale()
    {
        const QByteArray v1Body = posdesk::test::loadHexVector(QStringLiteral("v1_mab.hex")) + QByteArray(8, '\0');
        auto msg = iso8583::unpack(v1Body);
        QVERIFY(msg.ok());
        auto body = iso8583::pack(*msg);
        QVERIFY(body.ok());
        auto engine = MacEngine::create(MacAlgorithm::CupEcb, hex("DAB36167E6DFB5EF"));
        QVERIFY(engine.ok());
        auto mab = iso8583::macBlock(*body);
        QVERIFY(mab.ok());
        auto mac = engine->compute(*mab);
        QVERIFY(mac.ok());
        QVERIFY(iso8583::setMac(*body, *mac).ok());

        auto received = iso8583::unpack(*body);
        QVERIFY(received.ok());
        QCOMPARE(received->bytes(64), QByteArray("E5805ECB"));
        QVERIFY(engine->verify(iso8583::macBlock(*body).value(), received->view(64)).ok());
    }

    // A key a device holds: the engine hands the data to the device and keeps its answer, or its error.
    void deviceHeldKey()
    {
        const QByteArray key = QByteArray::fromHex("0123456789ABCDEFFEDCBA9876543210");
        const QByteArray data = QByteArrayLiteral("0200 message body to authenticate");
        auto soft = MacEngine::create(MacAlgorithm::X919, key);
        QVERIFY(soft.ok());
        QByteArray seen;
        const MacEngine device = MacEngine::inDevice(MacAlgorithm::X919, [&](QByteArrayView d, char *out) -> Status {
            seen = d.toByteArray();
            return soft->computeInto(d, out);
        });
        QCOMPARE(device.algorithm(), MacAlgorithm::X919);
        QCOMPARE(device.compute(data).value(), soft->compute(data).value());
        QCOMPARE(seen, data);
        QVERIFY(device.verify(data, soft->compute(data).value()).ok());
        QVERIFY(!device.verify(data, QByteArray(8, 'x')).ok());
        const MacEngine broken = MacEngine::inDevice(MacAlgorithm::CupEcb, [](QByteArrayView, char *) -> Status {
            return Error::environment(QStringLiteral("pad unplugged"));
        });
        auto failed = broken.compute(data);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("pad unplugged"));
        QVERIFY(!broken.verify(data, QByteArray(8, '0')).ok());
    }
};

QTEST_GUILESS_MAIN(TestCryptoMac)
#include "tst_crypto_mac.moc"
