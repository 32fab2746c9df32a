#include "iso8583/Subfields.h"

#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::iso8583;

using Reconciliation = SettlementTotals::Reconciliation;

class TestIso8583Subfields : public QObject
{
    Q_OBJECT

private slots:
    void field60_data()
    {
        QTest::addColumn<QByteArray>("digits");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("batch");
        QTest::addColumn<QByteArray>("network");
        QTest::addColumn<QByteArray>("rest");
        // V2 sign-on response, V3 settlement, V4 IC sale
        QTest::newRow("V2 0810") << QByteArray("00000519003") << QByteArray("00") << QByteArray("000519")
                                 << QByteArray("003") << QByteArray();
        QTest::newRow("V3 0500") << QByteArray("00000003201") << QByteArray("00") << QByteArray("000003")
                                 << QByteArray("201") << QByteArray();
        QTest::newRow("V4 0200") << QByteArray("3600000300060") << QByteArray("36") << QByteArray("000003")
                                 << QByteArray("000") << QByteArray("60");
        QTest::newRow("no 60.3") << QByteArray("22000123") << QByteArray("22") << QByteArray("000123") << QByteArray()
                                 << QByteArray();
    }

    void field60()
    {
        QFETCH(QByteArray, digits);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, batch);
        QFETCH(QByteArray, network);
        QFETCH(QByteArray, rest);
        auto f = Field60::parse(digits);
        QVERIFY(f.ok());
        QCOMPARE(f->typeCode, type);
        QCOMPARE(f->batch, batch);
        QCOMPARE(f->networkCode, network);
        QCOMPARE(f->rest, rest);
        auto back = f->toDigits();
        QVERIFY(back.ok());
        QCOMPARE(*back, digits);
    }

    void field60Refused_data()
    {
        QTest::addColumn<QByteArray>("digits");
        QTest::newRow("too short") << QByteArray("0000051");
        QTest::newRow("60.3 cut") << QByteArray("0000051900");
        QTest::newRow("letter") << QByteArray("00000519A03");
    }

    void field60Refused()
    {
        QFETCH(QByteArray, digits);
        auto f = Field60::parse(digits);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().kind, ErrorKind::Corrupt);
        QVERIFY(f.error().detail.startsWith(QStringLiteral("field 60: ")));
    }

    void field60ToDigitsRefusesMisfits()
    {
        QVERIFY(!(Field60{"0", "000001", "001", {}}.toDigits().ok()));
        QVERIFY(!(Field60{"00", "00001", "001", {}}.toDigits().ok()));
        QVERIFY(!(Field60{"00", "000001", "01", {}}.toDigits().ok()));
        QVERIFY(!(Field60{"00", "000001", {}, "6"}.toDigits().ok()));
        QCOMPARE((Field60{"22", "000001", "000", "60"}.toDigits().value()), QByteArray("2200000100060"));
    }

    void field61()
    {
        auto f = Field61::parse("0000030006310720");
        QVERIFY(f.ok());
        QCOMPARE(f->batch, QByteArray("000003"));
        QCOMPARE(f->stan, QByteArray("000631"));
        QCOMPARE(f->date, QByteArray("0720"));
        QVERIFY(f->rest.isEmpty());
        QCOMPARE(f->toDigits().value(), QByteArray("0000030006310720"));

        auto noDate = Field61::parse("000003000631");
        QVERIFY(noDate.ok());
        QVERIFY(noDate->date.isEmpty());
        QVERIFY(!Field61::parse("00000300063107").ok());
        QVERIFY(!(Field61{"000003", "631", {}, {}}.toDigits().ok()));
    }

    void settlementTotals_data()
    {
        QTest::addColumn<QByteArray>("digits");
        QTest::addColumn<qint64>("domDebit");
        QTest::addColumn<int>("domDebitCount");
        QTest::addColumn<qint64>("domCredit");
        QTest::addColumn<int>("domCreditCount");
        QTest::addColumn<int>("domFlag");
        QTest::addColumn<qint64>("forDebit");
        QTest::addColumn<int>("forDebitCount");
        QTest::addColumn<int>("forFlag");
        // V3: 0.07 in 7 sales, nothing else
        QTest::newRow("V3") << QByteArray("00000000000700700000000000000000000000000000000000000000000000") << qint64(7)
                            << 7 << qint64(0) << 0 << 0 << qint64(0) << 0 << 0;
        QTest::newRow("0510 not balanced") << QByteArray("000000123456"
                                                         "012"
                                                         "000000000100"
                                                         "001"
                                                         "2"
                                                         "000000000099"
                                                         "001"
                                                         "000000000000"
                                                         "000"
                                                         "3")
                                           << qint64(123456) << 12 << qint64(100) << 1 << 2 << qint64(99) << 1 << 3;
    }

    void settlementTotals()
    {
        QFETCH(QByteArray, digits);
        QFETCH(qint64, domDebit);
        QFETCH(int, domDebitCount);
        QFETCH(qint64, domCredit);
        QFETCH(int, domCreditCount);
        QFETCH(int, domFlag);
        QFETCH(qint64, forDebit);
        QFETCH(int, forDebitCount);
        QFETCH(int, forFlag);
        QCOMPARE(digits.size(), 62);
        auto t = SettlementTotals::parse(digits);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().fullText()));
        QCOMPARE(t->domestic.debitAmount, domDebit);
        QCOMPARE(t->domestic.debitCount, domDebitCount);
        QCOMPARE(t->domestic.creditAmount, domCredit);
        QCOMPARE(t->domestic.creditCount, domCreditCount);
        QCOMPARE(int(t->domestic.flag), domFlag);
        QCOMPARE(t->foreign.debitAmount, forDebit);
        QCOMPARE(t->foreign.debitCount, forDebitCount);
        QCOMPARE(int(t->foreign.flag), forFlag);
        QCOMPARE(t->toDigits().value(), digits);
    }

    void settlementTotalsRefused()
    {
        QVERIFY(!SettlementTotals::parse(QByteArray(61, '0')).ok());
        QVERIFY(!SettlementTotals::parse(QByteArray(63, '0')).ok());
        QByteArray badFlag(62, '0');
        badFlag[30] = '7';
        auto t = SettlementTotals::parse(badFlag);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().detail, QStringLiteral("field 48: digit 31: reconciliation flag 7 is not 0..3"));

        SettlementTotals tooBig;
        tooBig.domestic.debitAmount = 1'000'000'000'000; // 13 digits
        QVERIFY(!tooBig.toDigits().ok());
        SettlementTotals tooMany;
        tooMany.foreign.creditCount = 1000;
        QVERIFY(!tooMany.toDigits().ok());
        SettlementTotals negative;
        negative.domestic.creditAmount = -1;
        QVERIFY(!negative.toDigits().ok());
    }

    void workingKeyLayouts_data()
    {
        QTest::addColumn<QByteArray>("networkCode");
        QTest::addColumn<int>("size");
        QTest::newRow("001") << QByteArray("001") << 24;
        QTest::newRow("003") << QByteArray("003") << 40;
        QTest::newRow("004") << QByteArray("004") << 60;
    }

    void workingKeyLayouts()
    {
        QFETCH(QByteArray, networkCode);
        QFETCH(int, size);
        auto layout = WorkingKeyBlock::layoutFor(networkCode);
        QVERIFY(layout.ok());
        QCOMPARE(WorkingKeyBlock::sizeOf(*layout), size);
        QByteArray bytes(size, '\0');
        for (int i = 0; i < size; ++i)
            bytes[i] = char(i + 1);
        if (*layout == WorkingKeyBlock::Layout::DoubleLength || *layout == WorkingKeyBlock::Layout::WithTrackKey)
            bytes.replace(28, 8, QByteArray(8, '\0'));
        auto block = WorkingKeyBlock::parse(bytes, *layout);
        QVERIFY(block.ok());
        QCOMPARE(block->toBytes().value(), bytes);
        QVERIFY(!WorkingKeyBlock::parse(bytes.chopped(1), *layout).ok());
        QVERIFY(!WorkingKeyBlock::parse(bytes + '\0', *layout).ok());
    }

    void workingKeyBlockV2()
    {
        const QByteArray f62 =
            QByteArray::fromHex("46F161A743497B32EAC760DF5EA57DF5900ECCE3977731A7EA402DDF0000000000000000CFF1592A");
        auto block = WorkingKeyBlock::parse(f62, WorkingKeyBlock::Layout::DoubleLength);
        QVERIFY(block.ok());
        QCOMPARE(block->pinKey.toHex().toUpper(), QByteArray("46F161A743497B32EAC760DF5EA57DF5"));
        QCOMPARE(block->pinCheck.toHex().toUpper(), QByteArray("900ECCE3"));
        QCOMPARE(block->macKey.toHex().toUpper(), QByteArray("977731A7EA402DDF"));
        QCOMPARE(block->macCheck.toHex().toUpper(), QByteArray("CFF1592A"));
        QVERIFY(block->trackKey.isEmpty());
        QCOMPARE(block->toBytes().value(), f62);
    }

    // A host that fills the eight bytes after the MAC key sends a double-length MAC key.
    void workingKeyBlockDoubleMacKey()
    {
        QByteArray bytes(40, '\x11');
        auto block = WorkingKeyBlock::parse(bytes, WorkingKeyBlock::Layout::DoubleLength);
        QVERIFY(block.ok());
        QCOMPARE(block->macKey.size(), 16);
        QCOMPARE(block->toBytes().value(), bytes);
    }

    void unknownNetworkCode()
    {
        auto layout = WorkingKeyBlock::layoutFor("002");
        QVERIFY(!layout.ok());
        QCOMPARE(layout.error().kind, ErrorKind::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestIso8583Subfields)
#include "tst_iso8583_subfields.moc"
