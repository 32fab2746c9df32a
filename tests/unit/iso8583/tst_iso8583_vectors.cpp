// Vectors V5 and V6 of shared/reference/vectors.md: real CUP messages a strict reading of the reference
// table refused (a 19-digit field 60, a right-aligned field 23). Each must decode to exactly the values the
// vector lists, and its MAC must verify under the published key.

#include "TestVectors.h"
#include "crypto/Mac.h"
#include "iso8583/Codec.h"
#include "iso8583/DialectSettings.h"
#include "iso8583/Frame.h"

#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::iso8583;
using posdesk::test::hexBytes;
using posdesk::test::loadHexVector;

namespace {

QByteArray wireOf(const QString &vector)
{
    return loadHexVector(vector == QLatin1String("V5") ? QStringLiteral("v5_qr_sale_0200.frame.hex")
                                                       : QStringLiteral("v6_ic_sale_0210.frame.hex"));
}

QByteArray bodyOf(const QString &vector)
{
    auto frame = unpackFrame(wireOf(vector));
    return frame ? frame->body : QByteArray();
}

QString errorText(const Error &e)
{
    return e.fullText();
}

} // namespace

class TestIso8583Vectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!wireOf(QStringLiteral("V5")).isEmpty() && !wireOf(QStringLiteral("V6")).isEmpty(),
                 "test vectors missing; POSDESK_TEST_DATA must point at tests/data");
        QCOMPARE(wireOf(QStringLiteral("V5")).size(), 129);
        QCOMPARE(wireOf(QStringLiteral("V6")).size(), 165);
    }

    void envelopes()
    {
        auto v5 = unpackFrame(wireOf(QStringLiteral("V5")));
        QVERIFY(v5.ok());
        QCOMPARE(v5->tpdu, hexBytes("6000030000"));
        QCOMPARE(v5->header, hexBytes("603210320072"));
        auto v6 = unpackFrame(wireOf(QStringLiteral("V6")));
        QVERIFY(v6.ok());
        QCOMPARE(v6->tpdu, hexBytes("6000000510"));
        QCOMPARE(v6->header, hexBytes("603100000000"));
    }

    // Every value vectors.md lists, decoded with the CUP defaults (no profile settings).
    void listedValues_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<int>("field");
        QTest::addColumn<QByteArray>("expected");
        const auto row = [](const char *vec, int field, const QByteArray &expected) {
            QTest::addRow("%s field %d", vec, field) << QString::fromLatin1(vec) << field << expected;
        };
        row("V5", 0, "0200");
        row("V5", 3, "000000");
        row("V5", 4, "000000001234");
        row("V5", 11, "000002");
        row("V5", 22, "030");
        row("V5", 25, "99");
        row("V5", 41, "00000001");
        row("V5", 42, "952718182217875");
        row("V5", 49, "156");
        row("V5", 60, "2600000100060000000");
        row("V5", 62,
            hexBytes("5F0112323834343132333435363738393031323334"
                     "5F0306313630303336"
                     "5F0406323030383236"
                     "5C023031"));
        row("V5", 64, hexBytes("4233413039324145"));

        row("V6", 0, "0210");
        row("V6", 2, "6225000000000014");
        row("V6", 11, "000134");
        row("V6", 23, "001");
        row("V6", 39, "00");
        row("V6", 55, hexBytes("9F3602031E910A42FE066E2918B0883030"));
        row("V6", 60, "2200000700050");
        row("V6", 63, "CUP");
        row("V6", 64, hexBytes("3531443837343145"));
    }

    void listedValues()
    {
        QFETCH(QString, vector);
        QFETCH(int, field);
        QFETCH(QByteArray, expected);
        auto msg = unpack(bodyOf(vector));
        QVERIFY2(msg.ok(), qPrintable(msg.ok() ? QString() : errorText(msg.error())));
        const QByteArray actual = field == 0 ? msg->mti().toByteArray() : msg->bytes(field);
        QCOMPARE(actual, expected);
    }

    void fieldSets_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<QList<int>>("fields");
        QTest::newRow("V5") << QStringLiteral("V5") << QList<int>{3, 4, 11, 22, 25, 41, 42, 49, 60, 62, 64};
        QTest::newRow("V6") << QStringLiteral("V6") << QList<int>{2,  3,  4,  11, 12, 13, 14, 15, 23, 25, 32,
                                                                  37, 39, 41, 42, 44, 49, 55, 60, 63, 64};
    }

    void fieldSets()
    {
        QFETCH(QString, vector);
        QFETCH(QList<int>, fields);
        auto msg = unpack(bodyOf(vector));
        QVERIFY(msg.ok());
        QCOMPARE(msg->fieldNumbers(), fields);
    }

    // Field 62 of V5 is TLV kept as bytes, as the CUP table's binary field 62.
    void v5Field62IsTlv()
    {
        auto msg = unpack(bodyOf(QStringLiteral("V5")));
        QVERIFY(msg.ok());
        const QByteArrayView v = msg->view(62);
        QCOMPARE(v.size(), 43);
        QList<QByteArray> tags;
        for (qsizetype i = 0; i < v.size();) {
            const bool twoByteTag = (static_cast<unsigned char>(v[i]) & 0x1f) == 0x1f;
            const qsizetype tagSize = twoByteTag ? 2 : 1;
            tags << v.sliced(i, tagSize).toByteArray().toHex().toUpper();
            const int len = static_cast<unsigned char>(v[i + tagSize]);
            i += tagSize + 1 + len;
            QVERIFY(i <= v.size());
        }
        QCOMPARE(tags, (QList<QByteArray>{"5F01", "5F03", "5F04", "5C"}));
    }

    // V6's field 23 is right-aligned where the CUP table says left; it is read because only that reading fits.
    void v6Field23IsReadRightAligned()
    {
        BodyLayout layout;
        auto msg = unpack(bodyOf(QStringLiteral("V6")), Dialect::cup(), &layout);
        QVERIFY(msg.ok());
        QVERIFY(layout.fields[23].variant);
        QCOMPARE(layout.fields[23].alignment, Alignment::Right);
        QCOMPARE(layout.fields[23].pad, FieldSpec::PadZero);
        QVERIFY(!layout.fields[22].variant);
        QVERIFY(!layout.fields[60].variant);
    }

    void macsVerify_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("V5 double-length key") << QStringLiteral("V5") << hexBytes("0723C80DB5F4CD3D0723C80DB5F4CD3D");
        QTest::newRow("V5 single key") << QStringLiteral("V5") << hexBytes("0723C80DB5F4CD3D");
        QTest::newRow("V6") << QStringLiteral("V6") << hexBytes("575B6B798C761992");
    }

    void macsVerify()
    {
        QFETCH(QString, vector);
        QFETCH(QByteArray, key);
        const QByteArray body = bodyOf(vector);
        auto msg = unpack(body);
        QVERIFY(msg.ok());
        auto mab = macBlock(body);
        QVERIFY(mab.ok());
        auto engine = crypto::MacEngine::create(crypto::MacAlgorithm::CupEcb, key);
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : errorText(engine.error())));
        auto s = engine->verify(*mab, msg->view(64));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : errorText(s.error())));
        // The check can fail: one changed byte of the MAB breaks it.
        QByteArray tampered = mab->toByteArray();
        tampered[12] = char(tampered[12] ^ 0x01);
        QVERIFY(!engine->verify(tampered, msg->view(64)).ok());
    }

    // V5 packs back byte for byte with the CUP defaults. V6 does only under a profile that right-aligns field
    // 23: without one, packing keeps the CUP table's left alignment.
    void packing()
    {
        const QByteArray v5 = bodyOf(QStringLiteral("V5"));
        auto m5 = unpack(v5);
        QVERIFY(m5.ok());
        auto p5 = pack(*m5);
        QVERIFY(p5.ok());
        QCOMPARE(p5->toHex(), v5.toHex());

        const QByteArray v6 = bodyOf(QStringLiteral("V6"));
        auto m6 = unpack(v6);
        QVERIFY(m6.ok());
        auto cupPacked = pack(*m6);
        QVERIFY(cupPacked.ok());
        QVERIFY(cupPacked->toHex() != v6.toHex());
        QVERIFY(cupPacked->toHex().contains("0010")); // 23 = 001, left-aligned with pad 0

        auto profile = dialectFromSettings(QStringLiteral(R"({"fields": {"23": {"align": "right"}}})"));
        QVERIFY(profile.ok());
        auto hostPacked = pack(*m6, *profile);
        QVERIFY(hostPacked.ok());
        QCOMPARE(hostPacked->toHex(), v6.toHex());
        BodyLayout layout;
        auto again = unpack(v6, *profile, &layout);
        QVERIFY(again.ok());
        QVERIFY(!layout.fields[23].variant); // the profile says what the host sends
        QCOMPARE(again->bytes(23), QByteArray("001"));
    }

    // The old 17-digit limit of field 60 refuses V5 with the field and offset; read leniently, field 60 is shown
    // raw and the fields after it still decode.
    void v5UnderTheOldFieldLimit()
    {
        auto old = dialectFromSettings(QStringLiteral(R"({"fields": {"60": {"max": 17}}})"));
        QVERIFY(old.ok());
        const QByteArray body = bodyOf(QStringLiteral("V5"));
        auto strict = unpack(body, *old, nullptr, Frame::EnvelopeSize);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().kind, ErrorKind::Corrupt);
        QCOMPARE(strict.error().detail, QStringLiteral("field 60 at offset 64: length 19 digits over the maximum 17"));

        auto lenient = unpackLenient(body, *old, Frame::EnvelopeSize);
        QVERIFY(lenient.ok());
        QVERIFY(lenient->complete);
        QVERIFY(!lenient->restError);
        QCOMPARE(lenient->broken.size(), 1);
        QCOMPARE(lenient->broken[0].field, 60);
        QCOMPARE(lenient->broken[0].error.detail, strict.error().detail);
        QVERIFY(!lenient->message.has(60));
        QCOMPARE(lenient->layout.fields[60].offset, qsizetype(64));
        QCOMPARE(lenient->layout.fields[60].size, qsizetype(12));
        QCOMPARE(lenient->message.view(62).size(), 43);
        QCOMPARE(lenient->message.bytes(64), hexBytes("4233413039324145"));
    }
};

QTEST_GUILESS_MAIN(TestIso8583Vectors)
#include "tst_iso8583_vectors.moc"
