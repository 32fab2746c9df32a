#include "TestVectors.h"
#include "iso8583/Codec.h"
#include "iso8583/Frame.h"

#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::iso8583;
using posdesk::test::hexBytes;
using posdesk::test::loadHexVector;

namespace {

QByteArray v1Mab()
{
    return loadHexVector(QStringLiteral("v1_mab.hex"));
}
QByteArray v2Frame()
{
    return loadHexVector(QStringLiteral("v2_signon_0810.frame.hex"));
}
QByteArray v3Body()
{
    return loadHexVector(QStringLiteral("v3_settlement_0500.body.hex"));
}
QByteArray v4Body()
{
    return loadHexVector(QStringLiteral("v4_ic_sale_0200.body.hex"));
}

QByteArray bodyOf(const QString &vector)
{
    if (vector == QLatin1String("V1"))
        return v1Mab() + QByteArray("E5805ECB");
    if (vector == QLatin1String("V2")) {
        auto frame = unpackFrame(v2Frame());
        return frame ? frame->body : QByteArray();
    }
    if (vector == QLatin1String("V3"))
        return v3Body();
    return v4Body();
}

QByteArray patched(QByteArray b, qsizetype offset, char value)
{
    b[offset] = value;
    return b;
}

} // namespace

class TestIso8583Codec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!v1Mab().isEmpty() && !v2Frame().isEmpty() && !v3Body().isEmpty() && !v4Body().isEmpty(),
                 "test vectors missing; POSDESK_TEST_DATA must point at tests/data");
        QCOMPARE(v4Body().size(), 220);
    }

    void vectorFields_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<int>("field");
        QTest::addColumn<QByteArray>("expected");

        const auto row = [](const char *vec, int field, const QByteArray &expected) {
            QTest::addRow("%s field %d", vec, field) << QString::fromLatin1(vec) << field << expected;
        };
        row("V2", 0, "0810");
        row("V2", 11, "500211");
        row("V2", 12, "221301");
        row("V2", 13, "0720");
        row("V2", 32, "00085500");
        row("V2", 37, "221301491329");
        row("V2", 39, "00");
        row("V2", 41, "99999906");
        row("V2", 42, "001430170119999");
        row("V2", 60, "00000519003");
        row("V2", 62, hexBytes("46F161A743497B32EAC760DF5EA57DF5900ECCE3977731A7EA402DDF0000000000000000CFF1592A"));

        row("V3", 0, "0500");
        row("V3", 11, "000645");
        row("V3", 41, "12345677");
        row("V3", 42, "123456789012345");
        row("V3", 48, "00000000000700700000000000000000000000000000000000000000000000");
        row("V3", 49, "156");
        row("V3", 60, "00000003201");
        row("V3", 63, "01 ");

        row("V4", 0, "0200");
        row("V4", 2, "6217800100900072756");
        row("V4", 3, "000000");
        row("V4", 4, "000000000001");
        row("V4", 11, "000631");
        row("V4", 14, "2212");
        row("V4", 22, "072");
        row("V4", 23, "000");
        row("V4", 25, "00");
        row("V4", 41, "12345677");
        row("V4", 42, "123456789012345");
        row("V4", 49, "156");
        row("V4", 60, "3600000300060");
        row("V4", 63, "CUP");
        row("V4", 64, hexBytes("3834434530423534"));

        row("V1", 0, "0200");
        row("V1", 64, "E5805ECB");
    }

    void vectorFields()
    {
        QFETCH(QString, vector);
        QFETCH(int, field);
        QFETCH(QByteArray, expected);

        auto msg = unpack(bodyOf(vector));
        QVERIFY2(msg.ok(), qPrintable(msg.ok() ? QString() : msg.error().fullText()));
        const QByteArray actual = field == 0 ? msg->mti().toByteArray() : msg->bytes(field);
        QCOMPARE(actual, expected);
    }

    void vectorFieldSets_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<QList<int>>("fields");
        QTest::newRow("V1") << QStringLiteral("V1") << QList<int>{3, 4, 11, 22, 25, 41, 42, 49, 59, 60, 64};
        QTest::newRow("V2") << QStringLiteral("V2") << QList<int>{11, 12, 13, 32, 37, 39, 41, 42, 60, 62};
        QTest::newRow("V3") << QStringLiteral("V3") << QList<int>{11, 41, 42, 48, 49, 60, 63};
        QTest::newRow("V4") << QStringLiteral("V4")
                            << QList<int>{2, 3, 4, 11, 14, 22, 23, 25, 41, 42, 49, 55, 60, 63, 64};
    }

    void vectorFieldSets()
    {
        QFETCH(QString, vector);
        QFETCH(QList<int>, fields);
        auto msg = unpack(bodyOf(vector));
        QVERIFY(msg.ok());
        QCOMPARE(msg->fieldNumbers(), fields);
    }

    void v4IcData()
    {
        auto msg = unpack(v4Body());
        QVERIFY(msg.ok());
        QCOMPARE(msg->view(55).size(), 130);
        QVERIFY(msg->view(55).startsWith(hexBytes("9F7406454343303031")));
        QCOMPARE(msg->view(55).sliced(3, 6), QByteArrayView("ECC001"));
    }

    void v2Envelope()
    {
        auto frame = unpackFrame(v2Frame());
        QVERIFY(frame.ok());
        QCOMPARE(frame->tpdu, hexBytes("6000000138"));
        QCOMPARE(frame->header, hexBytes("613100311108"));
        auto tpdu = Tpdu::fromBytes(frame->tpdu);
        QVERIFY(tpdu.ok());
        QCOMPARE(tpdu->id, quint8(0x60));
        QCOMPARE(tpdu->destination, quint16(0x0000));
        QCOMPARE(tpdu->source, quint16(0x0138));
        // The terminal's request had the addresses the other way round.
        QCOMPARE(tpdu->reply().toBytes(), hexBytes("6001380000"));
        auto header = Header::fromBytes(frame->header);
        QVERIFY(header.ok());
        QCOMPARE(header->applicationClass, quint8(0x61));
        QCOMPARE(header->softwareVersion, quint8(0x31));
        QCOMPARE(header->terminalStatus, quint8(0));
        QCOMPARE(header->processingRequirement, quint8(0));
        QCOMPARE(header->subVersion, quint32(0x311108));
        QCOMPARE(header->toBytes(), frame->header);
        QCOMPARE(frameSize(v2Frame().first(2)), qsizetype(123));
        QCOMPARE(frameSize(v2Frame().first(1)), qsizetype(-1));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("vector");
        for (const char *v : {"V1", "V2", "V3", "V4"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }

    void roundTrip()
    {
        QFETCH(QString, vector);
        const QByteArray body = bodyOf(vector);
        auto msg = unpack(body);
        QVERIFY(msg.ok());
        auto packed = pack(*msg);
        QVERIFY(packed.ok());
        QCOMPARE(packed->toHex(), body.toHex());
        auto again = unpack(*packed);
        QVERIFY(again.ok());
        QVERIFY(*again == *msg);
    }

    void frameRoundTrip()
    {
        auto frame = unpackFrame(v2Frame());
        QVERIFY(frame.ok());
        auto wire = packFrame(frame->tpdu, frame->header, frame->body);
        QVERIFY(wire.ok());
        QCOMPARE(wire->toHex(), v2Frame().toHex());
    }

    // Every class of malformed body, with the position the error must name.
    void malformedBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        const QByteArray v4 = v4Body();

        QTest::newRow("empty") << QByteArray() << QStringLiteral("MTI at offset 0: needs 10 bytes, 0 left");
        QTest::newRow("no bitmap") << v4.first(9) << QStringLiteral("MTI at offset 0: needs 10 bytes, 9 left");
        QTest::newRow("V4 one byte cut") << v4.chopped(1)
                                         << QStringLiteral("field 64 at offset 212: needs 8 bytes, 7 left");
        QTest::newRow("V4 one byte appended")
            << v4 + QByteArray(1, '\0') << QStringLiteral("end at offset 220: 1 trailing bytes");
        QTest::newRow("V4 three bytes appended")
            << v4 + QByteArray("ABC") << QStringLiteral("end at offset 220: 3 trailing bytes");
        QTest::newRow("cut inside LLLVAR prefix")
            << v4.first(67) << QStringLiteral("field 55 at offset 66: needs 2 bytes, 1 left");
        QTest::newRow("cut inside LLLVAR data")
            << v4.first(100) << QStringLiteral("field 55 at offset 68: needs 130 bytes, 32 left");
        QTest::newRow("cut inside BCD field")
            << v4.first(22) << QStringLiteral("field 3 at offset 21: needs 3 bytes, 1 left");
        QTest::newRow("MTI nibble") << patched(v4, 0, 0x0a) << QStringLiteral("MTI at offset 0: bad BCD nibble A");
        QTest::newRow("digit nibble") << patched(v4, 22, 0x0b)
                                      << QStringLiteral("field 3 at offset 22: bad BCD nibble B");
        // A pad of 0 or F is accepted at either end when only that reading fits (tst_iso8583_dialect); others not.
        QTest::newRow("numeric pad nibble")
            << patched(v4, 20, 0x6a) << QStringLiteral("field 2 at offset 20: bad BCD nibble A");
        QTest::newRow("LLLVAR field pad nibble")
            << patched(v4, 206, 0x6b) << QStringLiteral("field 60 at offset 206: bad BCD nibble B");
        QTest::newRow("LLVAR length nibble")
            << patched(v4, 10, 0x1a) << QStringLiteral("field 2 at offset 10: bad BCD nibble A");
        QTest::newRow("LLLVAR length nibble")
            << patched(v4, 198, char(0xa0)) << QStringLiteral("field 60 at offset 198: bad BCD nibble A");
        QTest::newRow("LLVAR over max") << patched(v4, 10, 0x20)
                                        << QStringLiteral("field 2 at offset 10: length 20 digits over the maximum 19");
        QTest::newRow("LLLVAR over max") << patched(v4, 66, 0x03)
                                         << QStringLiteral(
                                                "field 55 at offset 66: length 330 bytes over the maximum 255");
        QTest::newRow("field not in dialect")
            << patched(v4, 2, 0x78) << QStringLiteral("bitmap at offset 2: bit 5 set for a field outside the dialect");
        QTest::newRow("field not in dialect, last bitmap byte")
            << patched(v4, 9, 0x53) << QStringLiteral("bitmap at offset 9: bit 58 set for a field outside the dialect");
        QTest::newRow("secondary bitmap")
            << patched(v4, 2, char(0xf0)) << QStringLiteral("bitmap at offset 2: bit 1 (secondary bitmap) set");
        QTest::newRow("control byte in ASCII field")
            << patched(v4, 41, 0x01) << QStringLiteral("field 41 at offset 41: byte 0x01 is not printable ASCII");
    }

    void malformedBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        auto msg = unpack(body);
        QVERIFY(!msg.ok());
        QCOMPARE(msg.error().kind, ErrorKind::Corrupt);
        QCOMPARE(msg.error().detail, detail);
        QVERIFY(!msg.error().message.isEmpty());
    }

    void malformedFrame_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("detail");
        const QByteArray v2 = v2Frame();
        QTest::newRow("prefix too small")
            << patched(v2, 1, 0x78) << QStringLiteral("frame at offset 0: prefix 120, 121 bytes follow");
        QTest::newRow("byte appended") << v2 + QByteArray(1, '\0')
                                       << QStringLiteral("frame at offset 0: prefix 121, 122 bytes follow");
        QTest::newRow("byte cut") << v2.chopped(1) << QStringLiteral("frame at offset 0: prefix 121, 120 bytes follow");
        QTest::newRow("no envelope") << v2.first(12) << QStringLiteral("frame at offset 0: needs 13 bytes, 12 given");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("frame at offset 0: needs 13 bytes, 0 given");
    }

    void malformedFrame()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, detail);
        auto frame = unpackFrame(wire);
        QVERIFY(!frame.ok());
        QCOMPARE(frame.error().kind, ErrorKind::Corrupt);
        QCOMPARE(frame.error().detail, detail);
    }

    // Offsets of body errors count from the frame start when the caller says where the body began.
    void bodyErrorInFrameCountsFromFrameStart()
    {
        auto frame = unpackFrame(patched(v2Frame(), 48, 0x01));
        QVERIFY(frame.ok());
        auto msg = unpack(frame->body, Dialect::cup(), nullptr, Frame::EnvelopeSize);
        QVERIFY(!msg.ok());
        QCOMPARE(msg.error().detail, QStringLiteral("field 39 at offset 48: byte 0x01 is not printable ASCII"));
    }

    void packRefusesBadValues_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("fixed numeric short") << 3 << QByteArray("12345");
        QTest::newRow("fixed numeric long") << 4 << QByteArray("0000000000001");
        QTest::newRow("numeric letter") << 11 << QByteArray("00063A");
        QTest::newRow("LLVAR over max") << 2 << QByteArray("62178001009000727561");
        QTest::newRow("track letter") << 35 << QByteArray("6217D2212");
        QTest::newRow("fixed ASCII short") << 41 << QByteArray("1234567");
        QTest::newRow("ASCII control") << 41 << QByteArray("1234567\n");
        QTest::newRow("binary fixed short") << 64 << QByteArray(7, '\0');
        QTest::newRow("LLLVAR over max") << 55 << QByteArray(256, '\x9f');
        QTest::newRow("not in dialect") << 5 << QByteArray("000000000001");
    }

    void packRefusesBadValues()
    {
        QFETCH(int, field);
        QFETCH(QByteArray, value);
        Message m("0200");
        m.set(3, "000000");
        m.set(field, value);
        auto packed = pack(m);
        QVERIFY(!packed.ok());
        QCOMPARE(packed.error().kind, ErrorKind::Usage);
        QCOMPARE(packed.error().detail, QStringLiteral("field %1").arg(field));
    }

    void packRefusesBadMti_data()
    {
        QTest::addColumn<QByteArray>("mti");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("020");
        QTest::newRow("long") << QByteArray("02000");
        QTest::newRow("letter") << QByteArray("02A0");
    }

    void packRefusesBadMti()
    {
        QFETCH(QByteArray, mti);
        Message m;
        m.setMti(mti);
        auto packed = pack(m);
        QVERIFY(!packed.ok());
        QCOMPARE(packed.error().kind, ErrorKind::Usage);
    }

    // CUP left-aligns odd-length numerics: pad nibble 0 on the right, F for tracks, '=' as D.
    void oddLengthEncoding_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("wire"); // field bytes, length prefix included
        QTest::newRow("22 n3") << 22 << QByteArray("051") << hexBytes("0510");
        QTest::newRow("2 odd LLVAR") << 2 << QByteArray("6217800100900072756") << hexBytes("1962178001009000727560");
        QTest::newRow("2 even LLVAR") << 2 << QByteArray("6217800100900072") << hexBytes("166217800100900072");
        QTest::newRow("35 odd track") << 35 << QByteArray("6217800100900072756=2212201")
                                      << hexBytes("276217800100900072756D2212201F");
        QTest::newRow("36 track LLLVAR") << 36 << QByteArray("99=12")
                                         << hexBytes("0005"
                                                     "99D12F");
        QTest::newRow("60 odd LLLVAR") << 60 << QByteArray("22000003000") << hexBytes("0011220000030000");
        QTest::newRow("32 empty LLVAR") << 32 << QByteArray() << hexBytes("00");
    }

    void oddLengthEncoding()
    {
        QFETCH(int, field);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, wire);
        Message m("0200");
        m.set(field, value);
        auto packed = pack(m);
        QVERIFY2(packed.ok(), qPrintable(packed.ok() ? QString() : packed.error().fullText()));
        QCOMPARE(packed->mid(10).toHex(), wire.toHex());
        auto back = unpack(*packed);
        QVERIFY(back.ok());
        QCOMPARE(back->bytes(field), value);
    }

    void trackPadMustBeF()
    {
        // A track padded with 0 instead of F would not survive pack(unpack(x)) unchanged.
        const QByteArray body = hexBytes("0200") + hexBytes("0000000020000000") +
                                hexBytes("03"
                                         "12D0");
        auto msg = unpack(body);
        QVERIFY(!msg.ok());
        QCOMPARE(msg.error().detail, QStringLiteral("field 35 at offset 12: bad BCD nibble 0"));
        auto good = unpack(hexBytes("0200") + hexBytes("0000000020000000") +
                           hexBytes("03"
                                    "12DF"));
        QVERIFY(good.ok());
        QCOMPARE(good->bytes(35), QByteArray("12="));
    }

    void macBlockIsBodyWithoutField64()
    {
        const QByteArray body = v1Mab() + QByteArray("E5805ECB");
        auto mab = macBlock(body);
        QVERIFY(mab.ok());
        QCOMPARE(mab->toByteArray().toHex(), v1Mab().toHex());

        QByteArray copy = body;
        QVERIFY(setMac(copy, "ABCDEFGH").ok());
        QVERIFY(copy.endsWith("ABCDEFGH"));
        QCOMPARE(copy.chopped(8), body.chopped(8));
        QVERIFY(!setMac(copy, "SHORT").ok());

        // A body without field 64 has no MAC to compute.
        auto v3 = macBlock(v3Body());
        QVERIFY(!v3.ok());
        QVERIFY(v3.error().detail.startsWith(QStringLiteral("bitmap at offset 9")));
        QVERIFY(!macBlock(QByteArray(17, '\0')).ok());
    }

    void messageValues()
    {
        Message m("0200");
        QVERIFY(!m.has(4));
        m.set(4, "000000000100");
        QCOMPARE(m.text(4), QStringLiteral("000000000100"));
        m.set(4, "000000000001"); // same size: in place
        QCOMPARE(m.bytes(4), QByteArray("000000000001"));
        m.set(63, "CUP");
        m.set(63, "LONGER VALUE"); // grows
        QCOMPARE(m.bytes(63), QByteArray("LONGER VALUE"));
        QCOMPARE(m.bytes(4), QByteArray("000000000001"));
        m.set(62, m.view(63)); // a value taken from the message itself
        QCOMPARE(m.bytes(62), QByteArray("LONGER VALUE"));
        m.remove(63);
        QVERIFY(!m.has(63));
        QCOMPARE(m.fieldNumbers(), (QList<int>{4, 62}));
        m.set(1, "ignored");
        m.set(65, "ignored");
        QCOMPARE(m.fieldNumbers(), (QList<int>{4, 62}));
        QCOMPARE(m.presenceMask(), (std::uint64_t(1) << 60) | (std::uint64_t(1) << 2));

        Message copy = m;
        copy.set(4, "999999999999");
        QCOMPARE(m.bytes(4), QByteArray("000000000001")); // copies do not share edits
        QVERIFY(!(copy == m));
    }

    void customDialect()
    {
        Dialect d = Dialect::cup();
        FieldSpec longer = *d.field(60);
        longer.maxLength = 30;
        QVERIFY(d.setField(longer));
        FieldSpec bad = longer;
        bad.lengthKind = LengthKind::LlVar;
        bad.maxLength = 100;
        QVERIFY(!d.setField(bad));
        FieldSpec badPad = longer;
        badPad.pad = 0x5; // only 0 and F are pads
        QVERIFY(!d.setField(badPad));
        d.removeField(63);
        QVERIFY(d.field(63) == nullptr);
        QVERIFY(Dialect::cup().field(63) != nullptr);
        auto msg = unpack(v4Body(), d);
        QVERIFY(!msg.ok());
        QCOMPARE(msg.error().detail, QStringLiteral("bitmap at offset 9: bit 63 set for a field outside the dialect"));
    }
};

QTEST_GUILESS_MAIN(TestIso8583Codec)
#include "tst_iso8583_codec.moc"
