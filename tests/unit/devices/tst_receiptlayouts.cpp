#include "TestData.h"
#include "printer/EscPosDump.h"
#include "printer/ReceiptLayouts.h"

#include <QFile>
#include <QTest>

using namespace posdesk;

namespace {

enum class Layout
{
    Sale,
    Void,
    Refund,
    Settlement,
    TestPage
};

PrinterOptions printer(bool chineseMode, int width, bool qr = true)
{
    PrinterOptions o;
    o.chineseMode = chineseMode;
    o.codePage = 0;
    o.paperWidth = width;
    o.qrSupported = qr;
    return o;
}

ReceiptMerchant merchant()
{
    ReceiptMerchant m;
    m.name = QStringLiteral("测试便利店（朝阳店）");
    m.nameLatin = QStringLiteral("TEST CONVENIENCE STORE");
    m.mid = QStringLiteral("898110000000001");
    m.tid = QStringLiteral("12345678");
    m.operatorId = QStringLiteral("01");
    return m;
}

CardSlip slip(ReceiptCopy copy)
{
    CardSlip s;
    s.merchant = merchant();
    s.copy = copy;
    s.batchNo = QStringLiteral("000001");
    s.stan = QStringLiteral("000123");
    s.rrn = QStringLiteral("601512345678");
    s.authCode = QStringLiteral("A1B2C3");
    s.dateTime = QDateTime(QDate(2026, 1, 15), QTime(14, 3, 27));
    s.amountFen = 1234;
    s.maskedPan = QStringLiteral("620000******0005");
    s.cardScheme = QStringLiteral("UnionPay");
    return s;
}

CardSlip reversal(ReceiptCopy copy)
{
    CardSlip s = slip(copy);
    s.stan = QStringLiteral("000124");
    s.rrn = QStringLiteral("601512345679");
    s.originalStan = QStringLiteral("000123");
    s.originalRrn = QStringLiteral("601512345678");
    s.originalDate = QDate(2026, 1, 15);
    return s;
}

SettlementSlip settlementSlip(bool balanced)
{
    SettlementSlip s;
    s.merchant = merchant();
    s.batchNo = QStringLiteral("000001");
    s.dateTime = QDateTime(QDate(2026, 1, 15), QTime(23, 0, 5));
    s.saleCount = 12;
    s.saleTotalFen = 1234567;
    s.refundCount = 1;
    s.refundTotalFen = 1234;
    s.balanced = balanced;
    return s;
}

Result<QByteArray> render(const QString &name, Layout layout, const PrinterOptions &options)
{
    switch (layout) {
    case Layout::Sale:
        return ReceiptLayouts::sale(
            slip(name.contains(u"cardholder") ? ReceiptCopy::Cardholder : ReceiptCopy::Merchant), options);
    case Layout::Void:
        return ReceiptLayouts::voidSale(reversal(ReceiptCopy::Merchant), options);
    case Layout::Refund: {
        CardSlip s = reversal(ReceiptCopy::Cardholder);
        s.reprint = true;
        return ReceiptLayouts::refund(s, options);
    }
    case Layout::Settlement:
        return ReceiptLayouts::settlement(settlementSlip(!name.contains(u"unbalanced")), options);
    case Layout::TestPage: {
        TestPageInfo info;
        info.printerName = QStringLiteral("TM-T88V");
        info.dateTime = QDateTime(QDate(2026, 1, 15), QTime(9, 30, 0));
        return ReceiptLayouts::testPage(info, options);
    }
    }
    return Error::internal(QStringLiteral("layout"));
}

} // namespace

Q_DECLARE_METATYPE(Layout)
Q_DECLARE_METATYPE(posdesk::PrinterOptions)

class TestReceiptLayouts : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void neverPrintsTheFullPan_data();
    void neverPrintsTheFullPan();
    void signatureOnlyOnMerchantCopyOfSale();
    void formatAmount_data();
    void formatAmount();
    void cardNumberForSlip_data();
    void cardNumberForSlip();
    void refusesInvalidInput();
    void chipSaleShowsApplicationAndCryptogram();
};

void TestReceiptLayouts::golden_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<PrinterOptions>("options");
    QTest::newRow("sale_merchant_zh48") << Layout::Sale << printer(true, 48);
    QTest::newRow("sale_cardholder_zh32") << Layout::Sale << printer(true, 32);
    QTest::newRow("sale_merchant_latin32") << Layout::Sale << printer(false, 32);
    QTest::newRow("void_merchant_zh48") << Layout::Void << printer(true, 48);
    QTest::newRow("refund_cardholder_reprint_zh32") << Layout::Refund << printer(true, 32);
    QTest::newRow("settlement_balanced_zh48") << Layout::Settlement << printer(true, 48);
    QTest::newRow("settlement_unbalanced_latin32") << Layout::Settlement << printer(false, 32);
    QTest::newRow("testpage_zh48") << Layout::TestPage << printer(true, 48);
    QTest::newRow("testpage_latin32_noqr") << Layout::TestPage << printer(false, 32, false);
}

// Byte-exact against tests/data/receipts/<row>.bin; the .txt beside it is the readable listing of the same bytes.
// POSDESK_UPDATE_GOLDEN=1 rewrites both (then review the diff of the .txt before committing).
void TestReceiptLayouts::golden()
{
    QFETCH(Layout, layout);
    QFETCH(PrinterOptions, options);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const auto job = render(name, layout, options);
    QVERIFY2(job.ok(), qPrintable(job.ok() ? QString() : job.error().fullText()));
    const QString listing = EscPosDump::toText(*job);

    const QString base = testDataDir() + QStringLiteral("/receipts/") + name;
    if (qEnvironmentVariableIntValue("POSDESK_UPDATE_GOLDEN") == 1) {
        QFile bin(base + QStringLiteral(".bin"));
        QVERIFY(bin.open(QIODevice::WriteOnly));
        bin.write(*job);
        QFile txt(base + QStringLiteral(".txt"));
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.write(listing.toUtf8());
        qWarning("golden file %s rewritten", qPrintable(base));
    }

    QFile bin(base + QStringLiteral(".bin"));
    QVERIFY2(bin.open(QIODevice::ReadOnly), qPrintable(bin.fileName()));
    const QByteArray expected = bin.readAll();
    QFile txt(base + QStringLiteral(".txt"));
    QVERIFY2(txt.open(QIODevice::ReadOnly), qPrintable(txt.fileName()));
    // The listing first: its diff shows what changed in words; then every byte.
    QCOMPARE(listing, QString::fromUtf8(txt.readAll()));
    QCOMPARE(job->toHex(' '), expected.toHex(' '));
}

void TestReceiptLayouts::neverPrintsTheFullPan_data()
{
    QTest::addColumn<QString>("maskedPan");
    QTest::addColumn<bool>("chineseMode");
    QTest::newRow("masked") << QStringLiteral("620000******0005") << true;
    QTest::newRow("full pan passed by mistake") << QStringLiteral("6200000000000005") << true;
    QTest::newRow("full pan latin") << QStringLiteral("6200000000000005") << false;
    QTest::newRow("spaced full pan") << QStringLiteral("6200 0000 0000 0005") << true;
    QTest::newRow("19 digits") << QStringLiteral("6205500000000000004") << true;
}

void TestReceiptLayouts::neverPrintsTheFullPan()
{
    QFETCH(QString, maskedPan);
    QFETCH(bool, chineseMode);
    CardSlip s = slip(ReceiptCopy::Merchant);
    s.maskedPan = maskedPan;
    QString digits = maskedPan;
    digits.remove(u' ');
    const QByteArray first6 = digits.left(6).toLatin1();
    const QByteArray last4 = digits.right(4).toLatin1();
    for (const auto &job :
         {ReceiptLayouts::sale(s, printer(chineseMode, 48)), ReceiptLayouts::voidSale(s, printer(chineseMode, 32)),
          ReceiptLayouts::refund(s, printer(chineseMode, 48))}) {
        QVERIFY(job.ok());
        QVERIFY(!job->contains(first6));
        QVERIFY(!job->contains(digits.toLatin1()));
        QVERIFY(job->contains("**** **** **** " + last4));
    }
}

void TestReceiptLayouts::signatureOnlyOnMerchantCopyOfSale()
{
    const QByteArray signature = QStringLiteral("持卡人签名 / Cardholder signature").toUtf8();
    const auto listing = [](const Result<QByteArray> &job) {
        return EscPosDump::toText(*job).toUtf8();
    };
    const PrinterOptions o = printer(true, 48);
    QVERIFY(listing(ReceiptLayouts::sale(slip(ReceiptCopy::Merchant), o)).contains(signature));
    QVERIFY(!listing(ReceiptLayouts::sale(slip(ReceiptCopy::Cardholder), o)).contains(signature));
    QVERIFY(!listing(ReceiptLayouts::refund(slip(ReceiptCopy::Merchant), o)).contains(signature));
    QVERIFY(listing(ReceiptLayouts::sale(slip(ReceiptCopy::Merchant), o)).contains("商户存根 MERCHANT COPY"));
    QVERIFY(listing(ReceiptLayouts::sale(slip(ReceiptCopy::Cardholder), o)).contains("持卡人存根 CARDHOLDER COPY"));
    QVERIFY(EscPosDump::toText(*ReceiptLayouts::sale(slip(ReceiptCopy::Merchant), printer(false, 48)))
                .contains(QStringLiteral("|Cardholder signature|")));
}

void TestReceiptLayouts::formatAmount_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("¥0.00");
    QTest::newRow("one fen") << qint64(1) << QStringLiteral("¥0.01");
    QTest::newRow("12.34") << qint64(1234) << QStringLiteral("¥12.34");
    QTest::newRow("no grouping") << qint64(123456789) << QStringLiteral("¥1234567.89");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("-¥0.05");
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << QStringLiteral("¥92233720368547758.07");
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << QStringLiteral("-¥92233720368547758.08");
}

void TestReceiptLayouts::formatAmount()
{
    QFETCH(qint64, fen);
    QFETCH(QString, expected);
    QCOMPARE(ReceiptLayouts::formatAmount(fen), expected);
}

void TestReceiptLayouts::cardNumberForSlip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first6 last4") << QStringLiteral("622848******1234") << QStringLiteral("**** **** **** 1234");
    QTest::newRow("full pan") << QStringLiteral("6200000000000005") << QStringLiteral("**** **** **** 0005");
    QTest::newRow("grouped") << QStringLiteral("6222 **** **** 9876") << QStringLiteral("**** **** **** 9876");
    QTest::newRow("fully masked") << QStringLiteral("****************") << QStringLiteral("**** **** **** ****");
    QTest::newRow("too short") << QStringLiteral("*12") << QStringLiteral("**** **** **** ****");
    QTest::newRow("empty") << QString() << QStringLiteral("**** **** **** ****");
}

void TestReceiptLayouts::cardNumberForSlip()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ReceiptLayouts::cardNumberForSlip(input), expected);
}

void TestReceiptLayouts::refusesInvalidInput()
{
    CardSlip s = slip(ReceiptCopy::Merchant);
    s.amountFen = -1;
    const auto negative = ReceiptLayouts::sale(s, printer(true, 48));
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().kind, ErrorKind::Usage);

    s = slip(ReceiptCopy::Merchant);
    s.dateTime = QDateTime();
    QVERIFY(!ReceiptLayouts::sale(s, printer(true, 48)).ok());

    const auto badWidth = ReceiptLayouts::sale(slip(ReceiptCopy::Merchant), printer(true, 8));
    QVERIFY(!badWidth.ok());
    QVERIFY(badWidth.error().message.contains(u"48"));

    SettlementSlip st = settlementSlip(true);
    st.refundCount = -1;
    QVERIFY(!ReceiptLayouts::settlement(st, printer(true, 48)).ok());
}

// A chip slip names how the card was read, its application and the TC; a swipe slip stays as it was.
void TestReceiptLayouts::chipSaleShowsApplicationAndCryptogram()
{
    CardSlip s = slip(ReceiptCopy::Cardholder);
    s.entryMode = QStringLiteral("chip");
    s.appLabel = QStringLiteral("PBOC DEBIT");
    s.aid = QStringLiteral("A000000333010101");
    s.cryptogramKind = QStringLiteral("TC");
    s.cryptogram = QStringLiteral("1122334455667788");
    for (const int width : {32, 48}) {
        const QString zh = EscPosDump::toText(*ReceiptLayouts::sale(s, printer(true, width)));
        QVERIFY2(zh.contains(QStringLiteral("输入方式 ENTRY MODE")) && zh.contains(QStringLiteral("插卡 CHIP")),
                 qPrintable(zh));
        QVERIFY(zh.contains(QStringLiteral("PBOC DEBIT")));
        QVERIFY(zh.contains(QStringLiteral("A000000333010101")));
        QVERIFY(zh.contains(QStringLiteral("1122334455667788")));
        const QString latin = EscPosDump::toText(*ReceiptLayouts::sale(s, printer(false, width)));
        QVERIFY(latin.contains(QStringLiteral("CHIP")));
        QVERIFY(!latin.contains(QStringLiteral("插卡")));
    }
    s.entryMode = QStringLiteral("fallback");
    s.appLabel.clear();
    s.aid.clear();
    s.cryptogram.clear();
    const QString fallback = EscPosDump::toText(*ReceiptLayouts::sale(s, printer(true, 48)));
    QVERIFY(fallback.contains(QStringLiteral("降级 FALLBACK")));
    QVERIFY(!fallback.contains(QStringLiteral("AID")));
    s.entryMode = QStringLiteral("swipe");
    QVERIFY(!EscPosDump::toText(*ReceiptLayouts::sale(s, printer(true, 48))).contains(QStringLiteral("ENTRY MODE")));
}

QTEST_GUILESS_MAIN(TestReceiptLayouts)
#include "tst_receiptlayouts.moc"
