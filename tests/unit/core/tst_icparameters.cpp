// Field 62 of the IC key and parameter download, read as the terminal reads the host's answers.
#include "acquirer/IcParameters.h"
#include "emv/Tlv.h"

#include <QTest>

using namespace posdesk;

namespace {

CaKeyRecord sampleKey()
{
    CaKeyRecord k;
    k.key.rid = QByteArray::fromHex("A000000333");
    k.key.index = 0x80;
    k.key.modulus = QByteArray(128, '\xA5');
    k.key.exponent = QByteArray::fromHex("03");
    k.key.expiry = QDate(2030, 12, 31);
    k.checksum = emv::caKeyChecksum(k.key);
    return k;
}

} // namespace

class TstIcParameters : public QObject
{
    Q_OBJECT

private slots:
    void keyRoundTrip()
    {
        const CaKeyRecord k = sampleKey();
        auto read = icfield62::readKeyAnswer(icfield62::keyAnswer(k));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(read->key.rid, k.key.rid);
        QCOMPARE(read->key.index, k.key.index);
        QCOMPARE(read->key.modulus, k.key.modulus);
        QCOMPARE(read->key.exponent, k.key.exponent);
        QCOMPARE(read->key.expiry, k.key.expiry);
    }

    void keyWithAWrongChecksumIsRefused()
    {
        CaKeyRecord k = sampleKey();
        k.checksum[0] = char(k.checksum[0] ^ 1);
        auto read = icfield62::readKeyAnswer(icfield62::keyAnswer(k));
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(QStringLiteral("checksum")));
        // The modulus changed in transit: the host's checksum no longer fits it.
        CaKeyRecord changed = sampleKey();
        QByteArray answer = icfield62::keyAnswer(changed);
        answer[answer.indexOf(QByteArray(4, '\xA5'))] = '\xA4';
        QVERIFY(!icfield62::readKeyAnswer(answer).ok());
    }

    void malformedKeyAnswers()
    {
        const QByteArray good = icfield62::keyAnswer(sampleKey());
        QVERIFY(!icfield62::readKeyAnswer(QByteArray()).ok());
        QVERIFY(!icfield62::readKeyAnswer("0").ok());                // the host has no such key
        QVERIFY(!icfield62::readKeyAnswer(good.left(40)).ok());      // cut short
        QVERIFY(!icfield62::readKeyAnswer(good + good.mid(1)).ok()); // two keys in one answer
        CaKeyRecord undated = sampleKey();
        QByteArray answer = icfield62::keyAnswer(undated);
        answer.replace("20301231", "20301331");
        auto r = icfield62::readKeyAnswer(answer);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.contains(QStringLiteral("expiry")));
    }

    void listPagesAndQueries()
    {
        const CaKeyRecord a = sampleKey();
        CaKeyRecord b = sampleKey();
        b.key.index = 0x81;
        const QList<CaKeyRecord> keys{a, b};
        auto first = icfield62::readListPage(icfield62::keyListPage(keys, 0, 1), true);
        QVERIFY(first.ok());
        QVERIFY(first->more);
        QCOMPARE(first->entries.size(), 1);
        QCOMPARE(first->entries[0].index, quint8(0x80));
        QCOMPARE(first->entries[0].expiry, QByteArray("20301231"));
        auto second = icfield62::readListPage(icfield62::keyListPage(keys, 1, 1), true);
        QVERIFY(second.ok());
        QVERIFY(!second->more);
        QCOMPARE(second->entries[0].index, quint8(0x81));
        auto none = icfield62::readListPage(icfield62::keyListPage(keys, 2, 1), true);
        QVERIFY(none.ok());
        QVERIFY(none->entries.isEmpty());
        QVERIFY(!icfield62::readListPage("9", true).ok());
        QVERIFY(!icfield62::readListPage("1" + emv::encodeTlv(0x9F06, "abc"), true).ok()); // RID of 3 bytes
        QCOMPARE(icfield62::listQuery(0), QByteArray("100"));
        QCOMPARE(*icfield62::readListQuery("107"), 7);
        QVERIFY(!icfield62::readListQuery("1x").ok());
    }

    void aidRoundTrip()
    {
        AidRecord a;
        a.aid.aid = QByteArray::fromHex("A000000333010102");
        a.aid.partialMatch = false;
        a.aid.appVersion = QByteArray::fromHex("0020");
        a.tacDefault = QByteArray::fromHex("D84004A800");
        a.tacOnline = QByteArray::fromHex("D84004F800");
        a.tacDenial = QByteArray::fromHex("0010000000");
        a.floorLimitFen = 300000;
        auto read = icfield62::readAidAnswer(icfield62::aidAnswer(a));
        QVERIFY(read.ok());
        QCOMPARE(read->aid.aid, a.aid.aid);
        QVERIFY(!read->aid.partialMatch);
        QCOMPARE(read->aid.appVersion, a.aid.appVersion);
        QCOMPARE(read->floorLimitFen, 300000);
        QCOMPARE(read->tacDenial, a.tacDenial);
    }
};

QTEST_GUILESS_MAIN(TstIcParameters)
#include "tst_icparameters.moc"
