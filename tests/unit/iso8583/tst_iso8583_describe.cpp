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
};

QTEST_GUILESS_MAIN(TestIso8583Describe)
#include "tst_iso8583_describe.moc"
