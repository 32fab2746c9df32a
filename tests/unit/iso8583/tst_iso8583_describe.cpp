#include "TestVectors.h"
#include "iso8583/Codec.h"
#include "iso8583/Describe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::iso8583;
using posdesk::test::loadHexVector;

namespace {

const FieldDescription *findField(const MessageDescription &d, int number)
{
    for (const FieldDescription &f : d.fields) {
        if (f.number == number)
            return &f;
    }
    return nullptr;
}

QString subValue(const FieldDescription &f, const QString &id)
{
    for (const SubFieldDescription &s : f.subFields) {
        if (s.id == id)
            return s.value;
    }
    return QStringLiteral("<missing>");
}

} // namespace

class TestIso8583Describe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Golden file: the JSON `posdesk-cli iso8583 decode --json` prints for V2.
    void v2MatchesGoldenJson()
    {
        auto d = describeFrame(loadHexVector(QStringLiteral("v2_signon_0810.frame.hex")));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().fullText()));
        QFile golden(posdesk::test::iso8583DataPath(QStringLiteral("v2_signon_0810.describe.json")));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QJsonParseError err;
        const QJsonDocument expected = QJsonDocument::fromJson(golden.readAll(), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonDocument actual(d->toJson());
        if (actual != expected)
            qWarning().noquote() << actual.toJson();
        QCOMPARE(actual, expected);
    }

    void v2Text()
    {
        auto d = describeFrame(loadHexVector(QStringLiteral("v2_signon_0810.frame.hex")));
        QVERIFY(d.ok());
        const QString text = d->toText();
        QVERIFY(text.startsWith(QStringLiteral("Length   121\nTPDU     6000000138\nHeader   613100311108\n"
                                               "MTI      0810\nBitmap   003800010AC00014\n")));
        QVERIFY(
            text.contains(QRegularExpression(QStringLiteral("\n 60  Private: message type, batch +00000519003\n"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\n +60\\.3 Network management code +003\n"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\n +62\\.2 PIN key check value +900ECCE3\n"))));
    }

    void v3SettlementTotals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("value");
        QTest::newRow("domestic sales amount") << QStringLiteral("48.1") << QStringLiteral("0.07");
        QTest::newRow("domestic sales count") << QStringLiteral("48.2") << QStringLiteral("7");
        QTest::newRow("domestic refunds amount") << QStringLiteral("48.3") << QStringLiteral("0.00");
        QTest::newRow("domestic refunds count") << QStringLiteral("48.4") << QStringLiteral("0");
        QTest::newRow("domestic flag") << QStringLiteral("48.5") << QStringLiteral("0 (not set)");
        QTest::newRow("foreign sales amount") << QStringLiteral("48.6") << QStringLiteral("0.00");
        QTest::newRow("foreign flag") << QStringLiteral("48.10") << QStringLiteral("0 (not set)");
    }

    void v3SettlementTotals()
    {
        QFETCH(QString, id);
        QFETCH(QString, value);
        auto d = describeBody(loadHexVector(QStringLiteral("v3_settlement_0500.body.hex")));
        QVERIFY(d.ok());
        const FieldDescription *f48 = findField(*d, 48);
        QVERIFY(f48);
        QCOMPARE(f48->subFields.size(), 10);
        QCOMPARE(subValue(*f48, id), value);
        const FieldDescription *f60 = findField(*d, 60);
        QVERIFY(f60);
        QCOMPARE(subValue(*f60, QStringLiteral("60.3")), QStringLiteral("201"));
        QCOMPARE(findField(*d, 63)->value, QStringLiteral("01 "));
    }

    void v4MasksCardholderData()
    {
        auto d = describeBody(loadHexVector(QStringLiteral("v4_ic_sale_0200.body.hex")));
        QVERIFY(d.ok());
        const FieldDescription *pan = findField(*d, 2);
        QVERIFY(pan);
        QCOMPARE(pan->value, QStringLiteral("621780*********2756"));
        QCOMPARE(pan->raw, QByteArray(22, '*'));
        QCOMPARE(findField(*d, 14)->value, QStringLiteral("****"));
        QCOMPARE(findField(*d, 4)->note, QStringLiteral("0.01"));
        QCOMPARE(findField(*d, 22)->value, QStringLiteral("072"));
        QCOMPARE(findField(*d, 22)->raw, QByteArray("0720"));
        QCOMPARE(findField(*d, 64)->value, QStringLiteral("3834434530423534"));

        const FieldDescription *ic = findField(*d, 55);
        QVERIFY(ic);
        QCOMPARE(ic->subFields.size(), 18);
        QCOMPARE(ic->subFields.first().id, QStringLiteral("55.9F74"));
        QCOMPARE(ic->subFields.first().value, QStringLiteral("454343303031")); // "ECC001"
        QCOMPARE(subValue(*ic, QStringLiteral("55.9F26")), QStringLiteral("17FFDC4F13787828"));
        QCOMPARE(ic->subFields.last().id, QStringLiteral("55.8A"));
    }

    void v4Unmasked()
    {
        DescribeOptions reveal;
        reveal.maskSensitive = false;
        auto d = describeBody(loadHexVector(QStringLiteral("v4_ic_sale_0200.body.hex")), Dialect::cup(), reveal);
        QVERIFY(d.ok());
        QCOMPARE(findField(*d, 2)->value, QStringLiteral("6217800100900072756"));
        QCOMPARE(findField(*d, 2)->raw, QByteArray("1962178001009000727560"));
        QCOMPARE(findField(*d, 14)->value, QStringLiteral("2212"));
    }

    void gbkTextAndEmvCardData()
    {
        Message m("0210");
        m.set(39, "00");
        m.set(63, QByteArray("CUP\xd2\xf8\xc1\xaa")); // "CUP银联" in GBK
        m.set(55, QByteArray::fromHex("5A0862178001009000729F360200FF"));
        auto body = pack(m);
        QVERIFY(body.ok());
        auto d = describeBody(*body);
        QVERIFY(d.ok());
        QCOMPARE(findField(*d, 63)->value, QStringLiteral("CUP") + QString::fromUtf8("\xe9\x93\xb6\xe8\x81\x94"));
        const FieldDescription *ic = findField(*d, 55);
        QCOMPARE(subValue(*ic, QStringLiteral("55.5A")), QString(16, u'*'));
        QCOMPARE(subValue(*ic, QStringLiteral("55.9F36")), QStringLiteral("00FF"));
    }

    void malformedTlvShownAsHexOnly()
    {
        Message m("0200");
        m.set(55, QByteArray::fromHex("9F2608AABB")); // length 8, 2 bytes present
        auto body = pack(m);
        QVERIFY(body.ok());
        auto d = describeBody(*body);
        QVERIFY(d.ok());
        QVERIFY(findField(*d, 55)->subFields.isEmpty());
        QCOMPARE(findField(*d, 55)->value, QStringLiteral("9F2608AABB"));
    }

    void malformedMessageFailsLikeUnpack()
    {
        const QByteArray cut = loadHexVector(QStringLiteral("v4_ic_sale_0200.body.hex")).chopped(1);
        auto d = describeBody(cut);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind, ErrorKind::Corrupt);
        QCOMPARE(d.error().detail, QStringLiteral("field 64 at offset 212: needs 8 bytes, 7 left"));

        QByteArray frame = loadHexVector(QStringLiteral("v2_signon_0810.frame.hex"));
        frame[48] = 0x01;
        auto f = describeFrame(frame);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().detail, QStringLiteral("field 39 at offset 48: byte 0x01 is not printable ASCII"));
    }

    // V6's right-aligned field 23 reads as 001 and says how it was read, so a person can set the profile.
    void v6NotesHowField23WasRead()
    {
        auto d = describeFrame(loadHexVector(QStringLiteral("v6_ic_sale_0210.frame.hex")));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().fullText()));
        const FieldDescription *f23 = findField(*d, 23);
        QVERIFY(f23);
        QCOMPARE(f23->value, QStringLiteral("001"));
        QCOMPARE(f23->raw, QByteArray("0001"));
        QCOMPARE(f23->note, QStringLiteral("read right-aligned, pad 0; the dialect says left-aligned, pad 0"));
        QVERIFY(findField(*d, 22) == nullptr);
        QVERIFY(findField(*d, 60)->note.isEmpty());
        QCOMPARE(findField(*d, 2)->value, QStringLiteral("622500******0014"));
        QVERIFY(d->toText().contains(QStringLiteral("001  (read right-aligned, pad 0")));
        QVERIFY(!d->incomplete);
        QCOMPARE(d->restOffset, qsizetype(-1));
        QVERIFY(!d->toJson().contains(QStringLiteral("rest")));
    }

    void v5LongField60()
    {
        auto d = describeFrame(loadHexVector(QStringLiteral("v5_qr_sale_0200.frame.hex")));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().fullText()));
        const FieldDescription *f60 = findField(*d, 60);
        QVERIFY(f60);
        QCOMPARE(f60->value, QStringLiteral("2600000100060000000"));
        QCOMPARE(subValue(*f60, QStringLiteral("60.1")), QStringLiteral("26"));
        QCOMPARE(subValue(*f60, QStringLiteral("60.2")), QStringLiteral("000001"));
        QCOMPARE(findField(*d, 4)->note, QStringLiteral("12.34"));
        QCOMPARE(findField(*d, 22)->value, QStringLiteral("030"));
    }

    void lenientShowsBrokenFieldsRaw()
    {
        QByteArray body = loadHexVector(QStringLiteral("v4_ic_sale_0200.body.hex"));
        body[22] = 0x0b; // field 3
        body[20] = 0x6a; // field 2 (card data): pad nibble A
        QVERIFY(!describeBody(body).ok());
        DescribeOptions lenient;
        lenient.lenient = true;
        auto d = describeBody(body, Dialect::cup(), lenient);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().fullText()));
        QVERIFY(!d->incomplete);
        const FieldDescription *f3 = findField(*d, 3);
        QVERIFY(f3);
        QCOMPARE(f3->value, QStringLiteral("000B00"));
        QCOMPARE(f3->raw, QByteArray("000B00"));
        QCOMPARE(
            f3->warning,
            QStringLiteral("Does not fit its type in this dialect, shown raw: field 3 at offset 22: bad BCD nibble B"));
        // Card data stays masked, broken or not.
        const FieldDescription *pan = findField(*d, 2);
        QVERIFY(pan);
        QCOMPARE(pan->value, QString(20, u'*'));
        QCOMPARE(pan->raw, QByteArray(22, '*'));
        QVERIFY(pan->warning.contains(QStringLiteral("field 2 at offset 20: bad BCD nibble A")));
        QCOMPARE(findField(*d, 4)->note, QStringLiteral("0.01")); // decoding went on
        QCOMPARE(findField(*d, 55)->subFields.size(), 18);
        const QString text = d->toText();
        QVERIFY(text.contains(QStringLiteral("warning")));
        QVERIFY(!text.contains(QStringLiteral("6217800100900072756")));
        const QJsonArray fields = d->toJson().value(QStringLiteral("fields")).toArray();
        QVERIFY(
            fields.at(1).toObject().value(QStringLiteral("warning")).toString().contains(QStringLiteral("field 3")));

        DescribeOptions reveal = lenient;
        reveal.maskSensitive = false;
        auto shown = describeBody(body, Dialect::cup(), reveal);
        QVERIFY(shown.ok());
        QCOMPARE(findField(*shown, 2)->value, QStringLiteral("6217800100900072756A"));
    }

    void lenientStopsWhereALengthIsUnknown()
    {
        DescribeOptions lenient;
        lenient.lenient = true;
        QByteArray body = loadHexVector(QStringLiteral("v4_ic_sale_0200.body.hex"));
        body[10] = 0x1a; // the length of field 2
        auto d = describeBody(body, Dialect::cup(), lenient);
        QVERIFY(d.ok());
        QVERIFY(d->incomplete);
        QCOMPARE(d->incomplete->detail, QStringLiteral("field 2 at offset 10: bad BCD nibble A"));
        QVERIFY(d->fields.isEmpty());
        QCOMPARE(d->restOffset, qsizetype(10));
        QCOMPARE(d->rest, QByteArray(2 * 210, '*')); // fields 2, 14 and 55 are in it
        QCOMPARE(d->toJson().value(QStringLiteral("complete")).toBool(true), false);

        QByteArray late = loadHexVector(QStringLiteral("v4_ic_sale_0200.body.hex"));
        late[198] = char(0xa0); // the length of field 60: only 60, 63, 64 follow
        auto l = describeBody(late, Dialect::cup(), lenient);
        QVERIFY(l.ok());
        QVERIFY(l->incomplete);
        QVERIFY(l->rest.startsWith("A013"));
        QCOMPARE(findField(*l, 55)->subFields.size(), 18);

        auto trailing =
            describeBody(loadHexVector(QStringLiteral("v4_ic_sale_0200.body.hex")) + "XY", Dialect::cup(), lenient);
        QVERIFY(trailing.ok());
        QVERIFY(!trailing->incomplete);
        QCOMPARE(trailing->rest, QByteArray("5859"));
        QCOMPARE(trailing->restOffset, qsizetype(220));
        QVERIFY(trailing->toText().contains(QStringLiteral("end at offset 220: 2 trailing bytes")));
    }
};

QTEST_GUILESS_MAIN(TestIso8583Describe)
#include "tst_iso8583_describe.moc"
