#include "crypto/SecretBytes.h"
#include "crypto/Tdes.h"

#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::crypto;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}

const QByteArray kFips81Key = hex("0123456789ABCDEF");
const QByteArray kNowIsTheTime("Now is the time for all ");

} // namespace

// Expected values: single DES from FIPS PUB 81 (appendix B, ECB and CBC examples); the double- and
// triple-length ones were computed offline with the OpenSSL command line, e.g.
//   printf 'Now is the time for all ' | openssl enc -des-ede -K 0123456789ABCDEFFEDCBA9876543210 -nopad | xxd -p
// and the key check value of the V1 key is given in shared/reference/vectors.md.
class TestCryptoTdes : public QObject
{
    Q_OBJECT

private slots:
    void ecb_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("cipher");
        QTest::newRow("DES FIPS 81 ECB") << kFips81Key << QByteArray("Now is t") << hex("3FA40E8A984D4815");
        QTest::newRow("2-key 3DES") << hex("0123456789ABCDEFFEDCBA9876543210") << kNowIsTheTime
                                    << hex("D80A0D8B2BAE5E4E6A0094171ABCFC2775D2235A706E232C");
        QTest::newRow("3-key 3DES") << hex("0123456789ABCDEFFEDCBA987654321089ABCDEF01234567") << kNowIsTheTime
                                    << hex("FBE62B683922941E0E05E3677C31FC264259965404D683DF");
    }

    void ecb()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, cipher);
        auto c = encryptEcb(key, plain);
        QVERIFY(c.ok());
        QCOMPARE(c->toHex().toUpper(), cipher.toHex().toUpper());
        auto p = decryptEcb(key, cipher);
        QVERIFY(p.ok());
        QCOMPARE(*p, plain);
    }

    void cbc_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("cipher");
        QTest::newRow("DES FIPS 81 CBC") << kFips81Key << hex("E5C7CDDE872BF27C43E934008C389C0F683788499A7C05F6");
        QTest::newRow("2-key 3DES CBC") << hex("0123456789ABCDEFFEDCBA9876543210")
                                        << hex("F85D4AB92066789E1D0430671F28AE7AB9627D35385D2E24");
    }

    void cbc()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, cipher);
        const QByteArray iv = hex("1234567890ABCDEF");
        auto k = TdesKey::create(key);
        QVERIFY(k.ok());
        // Twice with the same key object: the chaining value must restart from the IV each call.
        for (int round = 0; round < 2; ++round) {
            auto c = k->encryptCbc(iv, kNowIsTheTime);
            QVERIFY(c.ok());
            QCOMPARE(c->toHex().toUpper(), cipher.toHex().toUpper());
            auto p = k->decryptCbc(iv, cipher);
            QVERIFY(p.ok());
            QCOMPARE(*p, kNowIsTheTime);
        }
        auto oneShot = encryptCbc(key, iv, kNowIsTheTime);
        QVERIFY(oneShot.ok());
        QCOMPARE(*oneShot, cipher);
        QCOMPARE(decryptCbc(key, iv, cipher).value(), kNowIsTheTime);
    }

    void inPlace()
    {
        auto k = TdesKey::create(kFips81Key);
        QVERIFY(k.ok());
        QByteArray buf("Now is t");
        QVERIFY(k->encryptEcb(buf, buf.data()).ok());
        QCOMPARE(buf, hex("3FA40E8A984D4815"));
    }

    void keyCheckValues_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("kcv");
        QTest::newRow("V1 MAC key") << hex("DAB36167E6DFB5EF") << hex("B8F616DC");
        QTest::newRow("2-key") << hex("0123456789ABCDEFFEDCBA9876543210") << hex("08D7B4FB");
    }

    void keyCheckValues()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, kcv);
        auto v = keyCheckValue(key);
        QVERIFY(v.ok());
        QCOMPARE(v->toHex().toUpper(), kcv.toHex().toUpper());
    }

    void refusesBadInput()
    {
        for (int n : {0, 7, 9, 15, 17, 23, 25, 32}) {
            auto k = TdesKey::create(QByteArray(n, '\x01'));
            QVERIFY(!k.ok());
            QCOMPARE(k.error().kind, ErrorKind::Usage);
        }
        auto k = TdesKey::create(kFips81Key);
        QVERIFY(k.ok());
        QVERIFY(!k->encryptEcb(QByteArray(7, '\0')).ok());
        QVERIFY(!k->decryptEcb(QByteArray(9, '\0')).ok());
        QVERIFY(!k->encryptCbc(QByteArray(7, '\0'), QByteArray(8, '\0')).ok());
        QCOMPARE(k->encryptEcb(QByteArray()).value(), QByteArray());
        // A failed call leaves the key usable.
        QCOMPARE(k->encryptEcb(QByteArray("Now is t")).value(), hex("3FA40E8A984D4815"));
    }

    void movedKeyStillWorks()
    {
        auto k = TdesKey::create(kFips81Key);
        QVERIFY(k.ok());
        TdesKey moved = std::move(*k);
        QCOMPARE(moved.keyLength(), 8);
        QCOMPARE(moved.encryptEcb(QByteArray("Now is t")).value(), hex("3FA40E8A984D4815"));
    }

    void secretBytes()
    {
        SecretBytes a = SecretBytes::fromHex("dab36167E6DFB5EF");
        QCOMPARE(a.size(), 8);
        QCOMPARE(a.toHex(), QByteArray("DAB36167E6DFB5EF"));
        QVERIFY(SecretBytes::fromHex("ABC").isEmpty());
        QVERIFY(SecretBytes::fromHex("ZZ").isEmpty());

        SecretBytes b = a;
        QVERIFY(b == a);
        QVERIFY(b.constData() != a.constData()); // a deep copy, wiped on its own
        b.data()[0] = 0;
        QVERIFY(!(b == a));

        SecretBytes c = std::move(a);
        QCOMPARE(c.toHex(), QByteArray("DAB36167E6DFB5EF"));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
        c.wipe();
        QVERIFY(c.isEmpty());
        QCOMPARE(SecretBytes(qsizetype(4)).toHex(), QByteArray("00000000"));
        QCOMPARE(SecretBytes(QByteArrayView("ab")).view(), QByteArrayView("ab"));
    }
};

QTEST_GUILESS_MAIN(TestCryptoTdes)
#include "tst_crypto_tdes.moc"
