// The chip transaction's fields in the CUP messages (shared/reference/cup-ic.md): 22, 23, 55 and 60.4 / 60.5 of
// the sale, its reversal, the script-result advice (0620, 60.3 = 951) and the TC upload (0320, 203 / 205).

#include "acquirer/CupMessages.h"
#include "card/CardData.h"

#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::iso8583;

namespace {

LinkContext context()
{
    LinkContext c;
    c.acquirer.name = QStringLiteral("Bank");
    c.acquirer.tpdu = QStringLiteral("6000050000");
    c.terminal.tid = QStringLiteral("58402001");
    c.terminal.mid = QStringLiteral("302440380621100");
    c.terminal.batchNo = 3;
    return c;
}

CardData testChipCard()
{
    // A public test PAN (the emulated debit card of tests/rig/card), never a real card.
    return CardData::fromChip("6225880000000019", "6225880000000019=28122200000000000000", QStringLiteral("2812"),
                              QStringLiteral("220"));
}

CardTransaction chipSale()
{
    CardTransaction t;
    t.kind = TxnKind::Sale;
    t.batchNo = 3;
    t.stan = 42;
    t.amount = Money::cny(1234);
    t.panMasked = QStringLiteral("622588******0019");
    t.cardScheme = QStringLiteral("UnionPay");
    t.entryMode = QStringLiteral("chip");
    t.rrn = QStringLiteral("123456789012");
    t.authCode = QStringLiteral("A1B2C3");
    return t;
}

ChipRecord chipRecord()
{
    ChipRecord r;
    r.cardSequence = QStringLiteral("001");
    r.pinEntered = false;
    r.requestIcc = QByteArray::fromHex("9F2608AABBCCDDEEFF00119F360200A1");
    r.reversalIcc = QByteArray::fromHex("95050000000000");
    r.finalIcc = QByteArray::fromHex("9F2608112233445566778899");
    r.adviceIcc = QByteArray::fromHex("DF31052000000001");
    return r;
}

// The message packs in the dialect: every field is one the table can carry.
void checkPacks(const Message &m)
{
    auto wire = CupMessages::frame(m, context(), nullptr);
    QVERIFY2(wire.ok(), qPrintable(wire.ok() ? QString() : wire.error().fullText()));
}

} // namespace

class TestCupChipMessages : public QObject
{
    Q_OBJECT

private slots:
    void entryModes()
    {
        QCOMPARE(CupMessages::entryModeCode(QStringLiteral("chip"), true), QByteArray("051"));
        QCOMPARE(CupMessages::entryModeCode(QStringLiteral("chip"), false), QByteArray("052"));
        QCOMPARE(CupMessages::entryModeCode(QStringLiteral("swipe"), false), QByteArray("022"));
        QCOMPARE(CupMessages::entryModeCode(QStringLiteral("fallback"), false), QByteArray("022"));
        QCOMPARE(CupMessages::entryModeCode(QStringLiteral("keyed"), false), QByteArray("012"));
    }

    void chipSaleCarriesSequenceAndIcData()
    {
        CupMessages::ChipFields chip;
        chip.field55 = chipRecord().requestIcc;
        chip.cardSequence = QStringLiteral("1");
        const Message m = CupMessages::sale(context(), 42, 3, Money::cny(1234), testChipCard(), &chip);
        QCOMPARE(m.text(22), QStringLiteral("052"));
        QCOMPARE(m.text(23), QStringLiteral("001"));
        QCOMPARE(m.bytes(55), chip.field55);
        // 60.1 type 22, 60.2 batch, 60.3 network 000, 60.4 stripe and chip reader, 60.5 not a fallback.
        QCOMPARE(m.text(60), QStringLiteral("2200000300050"));
        checkPacks(m);
    }

    // The PIN pad's block goes in 52 with 22 = 051, 26 = the longest PIN and 53 = format 0, double-length 3DES.
    void chipSaleWithPinCarriesThePadsBlock()
    {
        CupMessages::ChipFields chip;
        chip.field55 = chipRecord().requestIcc;
        chip.cardSequence = QStringLiteral("001");
        chip.pinEntered = true;
        chip.pinBlock = QByteArray::fromHex("0123456789ABCDEF");
        const Message m = CupMessages::sale(context(), 42, 3, Money::cny(1234), testChipCard(), &chip);
        QCOMPARE(m.text(22), QStringLiteral("051"));
        QCOMPARE(m.text(26), QStringLiteral("06"));
        QCOMPARE(m.bytes(52), chip.pinBlock);
        QCOMPARE(m.text(53), QStringLiteral("2600000000000000"));
        checkPacks(m);
        // Said to be entered but no block of 8 bytes: no PIN fields, and 22 says no PIN.
        chip.pinBlock = QByteArray::fromHex("0123");
        const Message short_ = CupMessages::sale(context(), 42, 3, Money::cny(1234), testChipCard(), &chip);
        QCOMPARE(short_.text(22), QStringLiteral("052"));
        QVERIFY(!short_.has(26) && !short_.has(52) && !short_.has(53));
        // A fallback swipe never carries a PIN from here.
        chip.fallback = true;
        chip.pinBlock = QByteArray::fromHex("0123456789ABCDEF");
        const Message fallback = CupMessages::sale(context(), 42, 3, Money::cny(1234), testChipCard(), &chip);
        QVERIFY(!fallback.has(52));
        QCOMPARE(fallback.text(22), QStringLiteral("022"));
    }

    void fallbackSwipeSaysSoAndHasNoIcData()
    {
        CupMessages::ChipFields chip;
        chip.fallback = true;
        chip.field55 = QByteArray::fromHex("9F2608AABBCCDDEEFF0011"); // ignored: a fallback has no chip data
        const Message m = CupMessages::sale(context(), 42, 3, Money::cny(1234), testChipCard(), &chip);
        QCOMPARE(m.text(22), QStringLiteral("022"));
        QVERIFY(!m.has(23));
        QVERIFY(!m.has(55));
        QCOMPARE(m.text(60), QStringLiteral("2200000300052"));
        checkPacks(m);
    }

    void swipeSaleIsAsBefore()
    {
        const Message m = CupMessages::sale(context(), 42, 3, Money::cny(1234), testChipCard());
        QCOMPARE(m.text(22), QStringLiteral("022"));
        QVERIFY(!m.has(23));
        QVERIFY(!m.has(55));
        QCOMPARE(m.text(60), QStringLiteral("22000003000"));
    }

    void reversalOfAChipSaleCarriesItsReversalData()
    {
        const ChipRecord chip = chipRecord();
        const Message m = CupMessages::reversal(context(), chipSale(), QStringLiteral("06"), nullptr, &chip);
        QCOMPARE(m.mti(), QByteArray("0400"));
        QCOMPARE(m.text(22), QStringLiteral("052"));
        QCOMPARE(m.text(23), QStringLiteral("001"));
        QCOMPARE(m.bytes(55), chip.reversalIcc);
        QCOMPARE(m.text(39), QStringLiteral("06"));
        QCOMPARE(m.text(60), QStringLiteral("2200000300050"));
        checkPacks(m);
        // Without its chip record (it could not be read) the reversal still goes, as a chip one without 55.
        const Message bare = CupMessages::reversal(context(), chipSale(), QStringLiteral("98"));
        QCOMPARE(bare.text(22), QStringLiteral("052"));
        QVERIFY(!bare.has(55));
    }

    void scriptAdviceNamesItsTransaction()
    {
        const ChipRecord chip = chipRecord();
        const Message m = CupMessages::scriptAdvice(context(), 57, chipSale(), chip);
        QCOMPARE(m.mti(), QByteArray("0620"));
        QCOMPARE(m.text(11), QStringLiteral("000057"));
        QCOMPARE(m.text(4), QStringLiteral("000000001234"));
        QCOMPARE(m.text(37), QStringLiteral("123456789012"));
        QCOMPARE(m.bytes(55), chip.adviceIcc);
        QCOMPARE(m.text(60).mid(8, 3), QStringLiteral("951"));
        QCOMPARE(m.text(61), QStringLiteral("000003000042"));
        checkPacks(m);
    }

    void tcUploadAfterBalancedAndUnbalancedSettlement()
    {
        const ChipRecord chip = chipRecord();
        const Message balanced = CupMessages::batchUploadItem(context(), 60, 3, chipSale(), &chip, true);
        QCOMPARE(balanced.bytes(55), chip.finalIcc);
        QCOMPARE(balanced.text(60).mid(8, 3), QStringLiteral("203"));
        checkPacks(balanced);
        const Message unbalanced = CupMessages::batchUploadItem(context(), 60, 3, chipSale(), &chip, false);
        QCOMPARE(unbalanced.text(60).mid(8, 3), QStringLiteral("205"));
        // A stripe sale in the upload is as before: 201, no 55.
        CardTransaction swipe = chipSale();
        swipe.entryMode = QStringLiteral("swipe");
        const Message plain = CupMessages::batchUploadItem(context(), 60, 3, swipe);
        QCOMPARE(plain.text(60).mid(8, 3), QStringLiteral("201"));
        QVERIFY(!plain.has(55));
    }
};

QTEST_GUILESS_MAIN(TestCupChipMessages)
#include "tst_cup_chip_messages.moc"
