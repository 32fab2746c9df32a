// Alignment and pad of odd-length numerics, the receive tolerance, dialect settings of a profile and the
// lenient reading for people.

#include "TestVectors.h"
#include "iso8583/Codec.h"
#include "iso8583/DialectSettings.h"

#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::iso8583;
using posdesk::test::hexBytes;
using posdesk::test::loadHexVector;

Q_DECLARE_METATYPE(posdesk::iso8583::Alignment)

namespace {

// MTI 0200, a bitmap with the given fields, then the field bytes as given.
QByteArray bodyWith(QList<int> fields, const QByteArray &fieldBytes)
{
    std::uint64_t bitmap = 0;
    for (int f : fields)
        bitmap |= std::uint64_t(1) << (64 - f);
    QByteArray b = hexBytes("0200");
    for (int i = 0; i < 8; ++i)
        b.append(char((bitmap >> (56 - 8 * i)) & 0xff));
    return b + fieldBytes;
}

Dialect withLayout(int field, Alignment a, quint8 pad)
{
    Dialect d = Dialect::cup();
    FieldSpec spec = *d.field(field);
    spec.alignment = a;
    spec.pad = pad;
    d.setField(spec);
    return d;
}

QString errorText(const Error &e)
{
    return e.fullText();
}

} // namespace

class TestIso8583Dialect : public QObject
{
    Q_OBJECT

private slots:
    // pack() writes what the field's spec says: the CUP table, or a profile's alignment and pad.
    void packLayouts_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<Alignment>("alignment");
        QTest::addColumn<int>("pad");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("22 left 0 (CUP)") << 22 << Alignment::Left << 0x0 << QByteArray("051") << hexBytes("0510");
        QTest::newRow("22 left F") << 22 << Alignment::Left << 0xf << QByteArray("051") << hexBytes("051F");
        QTest::newRow("23 right 0 (V6 host)") << 23 << Alignment::Right << 0x0 << QByteArray("001") << hexBytes("0001");
        QTest::newRow("23 right F") << 23 << Alignment::Right << 0xf << QByteArray("001") << hexBytes("F001");
        QTest::newRow("32 LLVAR right") << 32 << Alignment::Right << 0x0 << QByteArray("123") << hexBytes("030123");
        QTest::newRow("60 LLLVAR right F")
            << 60 << Alignment::Right << 0xf << QByteArray("22000003000") << hexBytes("0011F22000003000");
        QTest::newRow("even length has no pad")
            << 3 << Alignment::Right << 0xf << QByteArray("000000") << hexBytes("000000");
        QTest::newRow("35 track right F") << 35 << Alignment::Right << 0xf << QByteArray("12=") << hexBytes("03F12D");
    }

    void packLayouts()
    {
        QFETCH(int, field);
        QFETCH(Alignment, alignment);
        QFETCH(int, pad);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, wire);
        const Dialect d = withLayout(field, alignment, quint8(pad));
        Message m("0200");
        m.set(field, value);
        auto packed = pack(m, d);
        QVERIFY2(packed.ok(), qPrintable(packed.ok() ? QString() : errorText(packed.error())));
        QCOMPARE(packed->mid(10).toHex(), wire.toHex());
        BodyLayout layout;
        auto back = unpack(*packed, d, &layout);
        QVERIFY(back.ok());
        QCOMPARE(back->bytes(field), value);
        QVERIFY(!layout.fields[field].variant);
    }

    // What unpack() makes of odd-length numerics whose pad is not as declared: the one other reading that fits
    // is taken, none or two different ones are the usual error naming field and offset.
    void receiveTolerance_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<Alignment>("declaredAlignment");
        QTest::addColumn<int>("declaredPad");
        QTest::addColumn<QByteArray>("fieldBytes");
        QTest::addColumn<QByteArray>("value"); // empty: an error
        QTest::addColumn<QString>("readAs");   // "L0", "LF", "R0", "RF"; or the error detail
        const auto ok = [](const char *name, int f, Alignment a, int pad, const char *hex, const char *value,
                           const char *readAs) {
            QTest::newRow(name) << f << a << pad << hexBytes(hex) << QByteArray(value) << QString::fromLatin1(readAs);
        };
        const auto bad = [](const char *name, int f, Alignment a, int pad, const char *hex, const char *detail) {
            QTest::newRow(name) << f << a << pad << hexBytes(hex) << QByteArray() << QString::fromLatin1(detail);
        };
        const Alignment L = Alignment::Left, R = Alignment::Right;
        // CUP declares left-aligned, pad 0.
        ok("as declared", 22, L, 0, "0510", "051", "L0");
        ok("right-aligned pad 0 (V6)", 23, L, 0, "0001", "001", "R0");
        ok("right-aligned pad 0", 22, L, 0, "0051", "051", "R0");
        ok("left-aligned pad F", 22, L, 0, "051F", "051", "LF");
        ok("right-aligned pad F", 22, L, 0, "F051", "051", "RF");
        ok("all zero", 23, L, 0, "0000", "000", "L0");
        // Both alignments fit: the declared one decides (a host that right-aligns needs the profile setting).
        ok("declared wins when both fit", 22, L, 0, "0150", "015", "L0");
        ok("LLVAR right-aligned", 32, L, 0, "030123", "123", "R0");
        ok("LLLVAR pad F", 60, L, 0, "001122000003000F", "22000003000", "LF");
        bad("pad nibble A", 22, L, 0, "051A", "field 22 at offset 11: bad BCD nibble A");
        bad("leading nibble A", 22, L, 0, "A051", "field 22 at offset 10: bad BCD nibble A");
        bad("digit nibble F", 22, L, 0, "0F10", "field 22 at offset 10: bad BCD nibble F");
        bad("F at both ends", 22, L, 0, "F05F", "field 22 at offset 10: bad BCD nibble F");
        bad("LLVAR pad C", 32, L, 0, "03012C", "field 32 at offset 12: bad BCD nibble C");
        // A profile that declares right-aligned, pad 0.
        ok("profile right, as declared", 23, R, 0, "0001", "001", "R0");
        ok("profile right, left bytes", 22, R, 0, "0510", "510", "R0"); // declared fits: read as declared
        ok("profile right, left pad F", 22, R, 0, "051F", "051", "LF");
        // A profile that declares left-aligned, pad F: a pad 0 fits both alignments with different digits.
        bad("ambiguous", 22, L, 0xf, "0120", "field 22 at offset 10: pad does not match the dialect; reads 012 or 120");
        ok("two readings, same digits", 22, L, 0xf, "0000", "000", "L0");
        // Tracks are read as declared only (pad F).
        bad("track pad 0", 35, L, 0xf, "0312D0", "field 35 at offset 12: bad BCD nibble 0");
    }

    void receiveTolerance()
    {
        QFETCH(int, field);
        QFETCH(Alignment, declaredAlignment);
        QFETCH(int, declaredPad);
        QFETCH(QByteArray, fieldBytes);
        QFETCH(QByteArray, value);
        QFETCH(QString, readAs);
        const Dialect d = withLayout(field, declaredAlignment, quint8(declaredPad));
        const QByteArray body = bodyWith({field}, fieldBytes);
        BodyLayout layout;
        auto msg = unpack(body, d, &layout);
        if (value.isEmpty()) {
            QVERIFY(!msg.ok());
            QCOMPARE(msg.error().kind, ErrorKind::Corrupt);
            QCOMPARE(msg.error().detail, readAs);
            QVERIFY(!msg.error().message.isEmpty());
            return;
        }
        QVERIFY2(msg.ok(), qPrintable(msg.ok() ? QString() : errorText(msg.error())));
        QCOMPARE(msg->bytes(field), value);
        const BodyLayout::Span &span = layout.fields[field];
        const QString used = QLatin1String(span.alignment == Alignment::Left ? "L" : "R") +
                             QLatin1String(span.pad == FieldSpec::PadF ? "F" : "0");
        QCOMPARE(used, readAs);
        QCOMPARE(span.variant, span.alignment != declaredAlignment || span.pad != quint8(declaredPad));
        // Packed with the layout it was read in, the message gives back the same bytes.
        const Dialect asRead = withLayout(field, span.alignment, span.pad);
        auto packed = pack(*msg, asRead);
        QVERIFY(packed.ok());
        QCOMPARE(packed->toHex(), body.toHex());
    }

    // The amount is even-length: nothing about it is tolerated, a bad nibble anywhere is an error, also when
    // read leniently (where it is shown raw, never as a number).
    void malformedAmountIsAnError_data()
    {
        QTest::addColumn<QByteArray>("amount");
        QTest::addColumn<QString>("detail");
        QTest::newRow("F at the end") << hexBytes("00000000012F")
                                      << QStringLiteral("field 4 at offset 15: bad BCD nibble F");
        QTest::newRow("F at the start") << hexBytes("F00000000012")
                                        << QStringLiteral("field 4 at offset 10: bad BCD nibble F");
        QTest::newRow("letter inside") << hexBytes("0000000A0012")
                                       << QStringLiteral("field 4 at offset 13: bad BCD nibble A");
    }

    void malformedAmountIsAnError()
    {
        QFETCH(QByteArray, amount);
        QFETCH(QString, detail);
        const QByteArray body = bodyWith({4, 11}, amount + hexBytes("000001"));
        for (const Dialect &d : {Dialect::cup(), withLayout(4, Alignment::Right, FieldSpec::PadF)}) {
            auto msg = unpack(body, d);
            QVERIFY(!msg.ok());
            QCOMPARE(msg.error().kind, ErrorKind::Corrupt);
            QCOMPARE(msg.error().detail, detail);
            auto lenient = unpackLenient(body, d);
            QVERIFY(lenient.ok());
            QVERIFY(!lenient->message.has(4));
            QCOMPARE(lenient->broken.size(), 1);
            QCOMPARE(lenient->broken[0].field, 4);
            QCOMPARE(lenient->message.bytes(11), QByteArray("000001"));
        }
    }

    void settings_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("detail"); // empty: accepted
        const auto row = [](const char *name, const char *json, const char *detail) {
            QTest::newRow(name) << QString::fromUtf8(json) << QString::fromLatin1(detail);
        };
        row("empty", "", "");
        row("white space", "  \n", "");
        row("no fields", R"({"fields": {}})", "");
        row("everything", R"({"fields": {"23": {"align": "right", "pad": "0"}, "2": {"pad": "f"},
            "48": {"type": "text", "max": 512}, "59": {"type": "ascii"}, "60": {"max": 120},
            "61": {"type": "numeric"}, "63": {"type": "binary", "max": 999}}})",
            "");
        row("not JSON", R"({"fields": )", "dialect settings: JSON");
        row("array", R"([1])", "dialect settings: top level");
        row("unknown top-level key", R"({"fields": {}, "feilds": {}})", "dialect settings: top level");
        row("fields not an object", R"({"fields": []})", "dialect settings: top level");
        row("field outside the dialect", R"({"fields": {"5": {"align": "right"}}})", "dialect settings: field 5");
        row("field number with zero", R"({"fields": {"023": {"align": "right"}}})", "dialect settings: field 023");
        row("field 65", R"({"fields": {"65": {}}})", "dialect settings: field 65");
        row("field not an object", R"({"fields": {"23": "right"}})", "dialect settings: field 23");
        row("unknown setting", R"({"fields": {"23": {"alignment": "right"}}})",
            "dialect settings: field 23: alignment");
        row("type of a fixed field", R"({"fields": {"4": {"type": "text"}}})", "dialect settings: field 4: type");
        row("length of field 2", R"({"fields": {"2": {"max": 30}}})", "dialect settings: field 2: max");
        row("unknown type", R"({"fields": {"48": {"type": "gbk"}}})", "dialect settings: field 48: type");
        row("max zero", R"({"fields": {"60": {"max": 0}}})", "dialect settings: field 60: max");
        row("max 1000", R"({"fields": {"60": {"max": 1000}}})", "dialect settings: field 60: max");
        row("max fraction", R"({"fields": {"60": {"max": 20.5}}})", "dialect settings: field 60: max");
        row("max as text", R"({"fields": {"60": {"max": "20"}}})", "dialect settings: field 60: max");
        row("align of text", R"({"fields": {"63": {"align": "right"}}})", "dialect settings: field 63: align/pad");
        row("align after type text", R"({"fields": {"48": {"type": "text", "pad": "F"}}})",
            "dialect settings: field 48: align/pad");
        row("bad alignment", R"({"fields": {"23": {"align": "centre"}}})", "dialect settings: field 23: align");
        row("bad pad", R"({"fields": {"23": {"pad": "1"}}})", "dialect settings: field 23: pad");
        row("pad as number", R"({"fields": {"23": {"pad": 0}}})", "dialect settings: field 23: pad");
    }

    void settings()
    {
        QFETCH(QString, json);
        QFETCH(QString, detail);
        auto d = dialectFromSettings(json);
        if (detail.isEmpty()) {
            QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : errorText(d.error())));
            return;
        }
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind, ErrorKind::Usage);
        QCOMPARE(d.error().detail, detail);
        QVERIFY(!d.error().message.isEmpty());
    }

    void settingsChangeOnlyWhatTheySay()
    {
        auto d = dialectFromSettings(QStringLiteral(
            R"({"fields": {"23": {"align": "right"}, "48": {"type": "text", "max": 512}, "2": {"pad": "F"}}})"));
        QVERIFY(d.ok());
        QCOMPARE(d->field(23)->alignment, Alignment::Right);
        QCOMPARE(d->field(23)->pad, FieldSpec::PadZero);
        QCOMPARE(d->field(48)->charset, Charset::Text);
        QCOMPARE(d->field(48)->maxLength, 512);
        QCOMPARE(d->field(48)->lengthKind, LengthKind::LllVar);
        QCOMPARE(d->field(2)->pad, FieldSpec::PadF);
        QCOMPARE(d->field(2)->alignment, Alignment::Left);
        QVERIFY(d->field(2)->sensitive);
        for (int f = 2; f <= Dialect::MaxField; ++f) {
            if (f == 2 || f == 23 || f == 48)
                continue;
            const FieldSpec *a = d->field(f), *b = Dialect::cup().field(f);
            QCOMPARE(a == nullptr, b == nullptr);
            if (a) {
                QCOMPARE(a->charset, b->charset);
                QCOMPARE(a->maxLength, b->maxLength);
                QCOMPARE(a->alignment, b->alignment);
                QCOMPARE(a->pad, b->pad);
            }
        }
        // The CUP table itself is untouched.
        QCOMPARE(Dialect::cup().field(23)->alignment, Alignment::Left);
        QCOMPARE(Dialect::cup().field(48)->charset, Charset::Numeric);
        QCOMPARE(Dialect::cup().field(35)->pad, FieldSpec::PadF);
        QCOMPARE(Dialect::cup().field(60)->maxLength, 100);
    }

    // Field 48 as text (some processing codes of some hosts): a profile setting reads it, the CUP default
    // refuses it with field and offset.
    void field48AsText()
    {
        const QByteArray body = bodyWith({48}, hexBytes("0002") + QByteArray("OK"));
        auto cup = unpack(body);
        QVERIFY(!cup.ok());
        QCOMPARE(cup.error().detail, QStringLiteral("field 48 at offset 12: bad BCD nibble F"));
        auto text = dialectFromSettings(QStringLiteral(R"({"fields": {"48": {"type": "text"}}})"));
        QVERIFY(text.ok());
        auto msg = unpack(body, *text);
        QVERIFY(msg.ok());
        QCOMPARE(msg->bytes(48), QByteArray("OK"));
        auto packed = pack(*msg, *text);
        QVERIFY(packed.ok());
        QCOMPARE(packed->toHex(), body.toHex());
    }

    // Lenient reading: broken fields are listed with their bytes and decoding goes on; a length that cannot be
    // known ends it, with the rest of the bytes kept.
    void lenient()
    {
        const QByteArray v4 = loadHexVector(QStringLiteral("v4_ic_sale_0200.body.hex"));
        QVERIFY(!v4.isEmpty());
        QByteArray twoBroken = v4;
        twoBroken[22] = 0x0b; // field 3: a nibble B
        twoBroken[41] = 0x01; // field 41: a control byte
        auto l = unpackLenient(twoBroken);
        QVERIFY(l.ok());
        QVERIFY(l->complete);
        QVERIFY(!l->restError);
        QCOMPARE(l->broken.size(), 2);
        QCOMPARE(l->broken[0].field, 3);
        QCOMPARE(l->broken[0].error.detail, QStringLiteral("field 3 at offset 22: bad BCD nibble B"));
        QCOMPARE(l->broken[1].field, 41);
        QCOMPARE(l->broken[1].error.detail, QStringLiteral("field 41 at offset 41: byte 0x01 is not printable ASCII"));
        QCOMPARE(l->layout.fields[3].offset, qsizetype(21));
        QCOMPARE(l->layout.fields[3].size, qsizetype(3));
        QVERIFY(!l->message.has(3) && !l->message.has(41));
        QCOMPARE(l->message.bytes(4), QByteArray("000000000001"));
        QCOMPARE(l->message.bytes(42), QByteArray("123456789012345"));
        QCOMPARE(l->message.bytes(63), QByteArray("CUP"));
        // Strict reading of the same bytes fails on the first.
        auto strict = unpack(twoBroken);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().detail, l->broken[0].error.detail);

        // A bad nibble in the length of field 55: nothing after it can be placed.
        QByteArray badLength = v4;
        badLength[66] = char(0xa1);
        auto stop = unpackLenient(badLength);
        QVERIFY(stop.ok());
        QVERIFY(!stop->complete);
        QVERIFY(stop->restError);
        QCOMPARE(stop->restError->detail, QStringLiteral("field 55 at offset 66: bad BCD nibble A"));
        QCOMPARE(stop->restOffset, qsizetype(66));
        QCOMPARE(stop->restSize, qsizetype(220 - 66));
        QCOMPARE(stop->message.bytes(49), QByteArray("156"));
        QVERIFY(!stop->message.has(55) && !stop->message.has(60));

        // Trailing bytes: every field read, the extra bytes kept.
        auto trailing = unpackLenient(v4 + QByteArray("XY"));
        QVERIFY(trailing.ok());
        QVERIFY(trailing->complete);
        QVERIFY(trailing->broken.isEmpty());
        QCOMPARE(trailing->restError->detail, QStringLiteral("end at offset 220: 2 trailing bytes"));
        QCOMPARE(trailing->restSize, qsizetype(2));

        // A field the dialect lacks stops it at that field; MTI and bitmap errors still fail.
        QByteArray unknown = v4;
        unknown[9] = 0x53; // bit 58
        auto atUnknown = unpackLenient(unknown);
        QVERIFY(atUnknown.ok());
        QVERIFY(!atUnknown->complete);
        QCOMPARE(atUnknown->restError->detail,
                 QStringLiteral("bitmap at offset 9: bit 58 set for a field outside the dialect"));
        QCOMPARE(atUnknown->message.view(55).size(), 130);
        QVERIFY(!unpackLenient(v4.first(9)).ok());
        QByteArray badMti = v4;
        badMti[0] = 0x0a;
        QVERIFY(!unpackLenient(badMti).ok());
    }
};

QTEST_GUILESS_MAIN(TestIso8583Dialect)
#include "tst_iso8583_dialect.moc"
