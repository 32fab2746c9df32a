#include "crypto/PinBlock.h"
#include "crypto/Tdes.h"

#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::crypto;

// Expected blocks worked by hand from ISO 9564-1 format 0, e.g. PIN 1234 and PAN 4111111111111111:
//   PIN field 04 12 34 FF FF FF FF FF, PAN field 00 00 11 11 11 11 11 11 (the 12 rightmost digits
//   without the check digit), XOR = 04 12 25 EE EE EE EE EE. The other rows the same way
//   (and recomputed with a few lines of Python).
class TestCryptoPinBlock : public QObject
{
    Q_OBJECT

private slots:
    void format0_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QByteArray>("pan");
        QTest::addColumn<QByteArray>("block");
        QTest::newRow("1234 / 4111111111111111")
            << QByteArray("1234") << QByteArray("4111111111111111") << QByteArray("041225EEEEEEEEEE");
        // 19-digit PAN of V4: PAN field 0000 0100 9000 7275
        QTest::newRow("123456 / V4 PAN") << QByteArray("123456") << QByteArray("6217800100900072756")
                                         << QByteArray("061235566FFF8D8A");
        QTest::newRow("12-digit PIN") << QByteArray("123456789012") << QByteArray("4000001234567899")
                                      << QByteArray("0C1234575BD57576");
    }

    void format0()
    {
        QFETCH(QByteArray, pin);
        QFETCH(QByteArray, pan);
        QFETCH(QByteArray, block);
        auto b = pinBlockFormat0(pin, pan);
        QVERIFY(b.ok());
        QCOMPARE(b->toHex(), block);
        auto back = pinFromBlockFormat0(b->view(), pan);
        QVERIFY(back.ok());
        QCOMPARE(back->view(), QByteArrayView(pin));
    }

    void encrypted()
    {
        const QByteArray key = QByteArray::fromHex("0123456789ABCDEFFEDCBA9876543210");
        auto field52 = encryptPinBlockFormat0(key, "1234", "4111111111111111");
        QVERIFY(field52.ok());
        QCOMPARE(field52->size(), 8);
        auto clear = decryptEcb(key, *field52);
        QVERIFY(clear.ok());
        QCOMPARE(clear->toHex().toUpper(), QByteArray("041225EEEEEEEEEE"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QByteArray>("pan");
        QTest::newRow("PIN too short") << QByteArray("123") << QByteArray("4111111111111111");
        QTest::newRow("PIN too long") << QByteArray("1234567890123") << QByteArray("4111111111111111");
        QTest::newRow("PIN letter") << QByteArray("12a4") << QByteArray("4111111111111111");
        QTest::newRow("PAN too short") << QByteArray("1234") << QByteArray("411111111111");
        QTest::newRow("PAN too long") << QByteArray("1234") << QByteArray("41111111111111111111");
        QTest::newRow("PAN separator") << QByteArray("1234") << QByteArray("4111111111111111=");
    }

    void refused()
    {
        QFETCH(QByteArray, pin);
        QFETCH(QByteArray, pan);
        auto b = pinBlockFormat0(pin, pan);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().kind, ErrorKind::Usage);
    }

    void notFormat0Refused()
    {
        const QByteArray pan("4111111111111111");
        // Wrong PAN: the F padding no longer lines up.
        auto block = pinBlockFormat0("1234", pan);
        QVERIFY(block.ok());
        QVERIFY(!pinFromBlockFormat0(block->view(), "4222222222222222").ok());
        // Format 1 control nibble.
        QByteArray f1 = block->view().toByteArray();
        f1[0] = char(0x14);
        QVERIFY(!pinFromBlockFormat0(f1, pan).ok());
        QVERIFY(!pinFromBlockFormat0(QByteArray(7, '\0'), pan).ok());
    }
};

QTEST_GUILESS_MAIN(TestCryptoPinBlock)
#include "tst_crypto_pinblock.moc"
