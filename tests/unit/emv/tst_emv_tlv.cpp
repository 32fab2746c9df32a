// BER-TLV and data object lists as the chip application reads them from cards and hosts.
#include "emv/Dol.h"
#include "emv/Tags.h"
#include "emv/Tlv.h"

#include <QTest>

using namespace posdesk;
using namespace posdesk::emv;

class TstEmvTlv : public QObject
{
    Q_OBJECT

private slots:
    void parsesNestedTemplates()
    {
        // An FCI as a card answers SELECT: 6F { 84 AID, A5 { 50 label, 87 priority, 9F38 PDOL } }
        const QByteArray proprietary = encodeTlv(tag::AppLabel, "PBOC DEBIT") + encodeTlv(tag::Priority, "\x01") +
                                       encodeTlv(tag::Pdol, QByteArray::fromHex("9F1A02"));
        const QByteArray fci = encodeTlv(tag::Fci, encodeTlv(tag::DfName, QByteArray::fromHex("A000000333010101")) +
                                                       encodeTlv(tag::FciProprietary, proprietary));
        QCOMPARE(fci.toHex(), QByteArray("6f218408a000000333010101a515500a50424f43204445424954870101"
                                         "9f38039f1a02"));
        auto parsed = TlvParser::parseSingle(fci);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().fullText()));
        QCOMPARE(parsed->tag, 0x6Fu);
        QVERIFY(parsed->isConstructed());
        QCOMPARE(parsed->children.size(), size_t(2));
        QCOMPARE(parsed->find(tag::DfName)->value.toHex(), QByteArray("a000000333010101"));
        QCOMPARE(parsed->find(tag::AppLabel)->value, QByteArray("PBOC DEBIT"));
        QCOMPARE(parsed->find(tag::Pdol)->value.toHex(), QByteArray("9f1a02"));
        QCOMPARE(parsed->find(tag::Priority)->value.toHex(), QByteArray("01"));
        QVERIFY(parsed->find(0x9F99) == nullptr);
    }

    void longLengthsAndPadding()
    {
        QByteArray big(200, 'x');
        const QByteArray encoded = encodeTlv(0x9F46, big);
        QCOMPARE(encoded.left(4).toHex(), QByteArray("9f4681c8"));
        QByteArray huge(300, 'y');
        QCOMPARE(encodeTlv(0x90, huge).left(4).toHex(), QByteArray("9082012c"));
        // 00 and FF padding between objects (EMV Book 3, Annex B) is skipped.
        auto parsed = TlvParser::parse(QByteArray::fromHex("00") + encoded + QByteArray::fromHex("FF00") +
                                       encodeTlv(0x5F34, QByteArray::fromHex("01")));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), size_t(2));
        QCOMPARE(parsed->at(0).value, big);
        QCOMPARE(parsed->at(1).tag, 0x5F34u);
        auto huge2 = TlvParser::parse(encodeTlv(0x90, huge));
        QVERIFY(huge2.ok());
        QCOMPARE(huge2->front().value.size(), 300);
    }

    void roundTripOfThreeByteTag()
    {
        const QByteArray encoded = encodeTlv(0xDF8101, "ab");
        QCOMPARE(encoded.toHex(), QByteArray("df8101026162"));
        auto parsed = TlvParser::parseSingle(encoded);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->tag, 0xDF8101u);
        QCOMPARE(tagName(0x9F26), QStringLiteral("9F26"));
        QCOMPARE(tagName(0x82), QStringLiteral("82"));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("offset");
        QTest::newRow("indefinite length") << QByteArray::fromHex("708000") << QStringLiteral("byte 1:");
        QTest::newRow("3-byte length") << QByteArray::fromHex("7083000001AA") << QStringLiteral("byte 1:");
        QTest::newRow("value past the end") << QByteArray::fromHex("5A0862258800") << QStringLiteral("byte 2:");
        QTest::newRow("child past its parent") << QByteArray::fromHex("70055A05622588") << QStringLiteral("byte 4:");
        QTest::newRow("tag cut short") << QByteArray::fromHex("9F") << QStringLiteral("byte 1:");
        QTest::newRow("tag of 4 bytes") << QByteArray::fromHex("DF81818101AA") << QStringLiteral("byte 0:");
        QTest::newRow("length missing") << QByteArray::fromHex("9F26") << QStringLiteral("byte 2:");
        QTest::newRow("long length cut") << QByteArray::fromHex("9081") << QStringLiteral("byte 2:");
    }
    void refusesMalformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, offset);
        auto parsed = TlvParser::parse(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Corrupt);
        QVERIFY2(parsed.error().detail.contains(offset), qPrintable(parsed.error().detail));
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void nestingIsBounded()
    {
        QByteArray deep = QByteArray::fromHex("5F340101");
        for (int i = 0; i < TlvParser::MaxDepth; ++i)
            deep = encodeTlv(0x70, deep);
        QVERIFY(TlvParser::parse(deep).ok());
        deep = encodeTlv(0x70, deep);
        auto parsed = TlvParser::parse(deep);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().detail.contains(QStringLiteral("nested too deeply")));
    }

    void singleMustSpanTheData()
    {
        QVERIFY(!TlvParser::parseSingle(QByteArray::fromHex("5F34010100")).ok());
        QVERIFY(!TlvParser::parseSingle(QByteArray()).ok());
        // Found by the fuzzer: padding where the template should start.
        QVERIFY(!TlvParser::parseSingle(QByteArray::fromHex("0000")).ok());
        QVERIFY(!TlvParser::parseSingle(QByteArray::fromHex("FF01")).ok());
    }

    void dolDataIsFittedPerFormat()
    {
        auto dol = parseDol(QByteArray::fromHex("9F02069F1A029F37045F2D049F3303DF0102"
                                                "5A0A"));
        QVERIFY(dol.ok());
        QCOMPARE(dol->size(), size_t(7));
        QCOMPARE(dol->at(0).tag, 0x9F02u);
        QCOMPARE(dol->at(5).tag, 0xDF01u);
        QCOMPARE(dolDataLength(*dol), 6 + 2 + 4 + 4 + 3 + 2 + 10);
        DataStore store;
        store.set(tag::AmountAuthorised, QByteArray::fromHex("1234"));          // n: left zero pad
        store.set(tag::TerminalCountry, QByteArray::fromHex("000156"));         // n: leftmost dropped
        store.set(tag::UnpredictableNumber, QByteArray::fromHex("0102030405")); // b: truncated on the right
        store.set(tag::LanguagePref, "zh");                                     // an: right zero pad
        store.set(tag::Pan, QByteArray::fromHex("6225880000000014"));           // cn: right F pad
        const QByteArray data = buildDolData(*dol, store);
        QCOMPARE(data.toHex(), QByteArray("000000001234"
                                          "0156"
                                          "01020304"
                                          "7a680000"
                                          "000000"
                                          "0000"
                                          "6225880000000014ffff"));
    }

    void dolRefusesCutList()
    {
        QVERIFY(!parseDol(QByteArray::fromHex("9F02")).ok());
        QVERIFY(!parseDol(QByteArray::fromHex("9F")).ok());
        QVERIFY(parseDol(QByteArray()).ok());
    }
};

QTEST_GUILESS_MAIN(TstEmvTlv)
#include "tst_emv_tlv.moc"
