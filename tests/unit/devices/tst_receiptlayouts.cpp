#include "TestData.h"
#include "printer/EscPosDump.h"
#include "printer/PrinterText.h"
#include "printer/ReceiptLayouts.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace posdesk;

namespace {

enum class Layout
{
    SaleMerchant,
    SaleCardholder,
    SaleChipReprint,
    VoidMerchant,
    VoidCardholder,
    RefundMerchant,
    RefundCardholder,
    SettlementBalanced,
    SettlementUploaded,
    SettlementUnbalanced,
    Cash,
    Shift,
    ReprintMark,
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
    s.issuer = QStringLiteral("CUP TEST BANK");
    s.acquirer = QStringLiteral("East China Acquiring Bank");
    s.servicePhone = QStringLiteral("95516");
    s.batchNo = QStringLiteral("000001");
    s.stan = QStringLiteral("000123");
    s.rrn = QStringLiteral("601512345678");
    s.authCode = QStringLiteral("A1B2C3");
    s.dateTime = QDateTime(QDate(2026, 1, 15), QTime(14, 3, 27));
    s.amountFen = 1234;
    s.maskedPan = QStringLiteral("620000******0005");
    s.cardScheme = QStringLiteral("UnionPay");
    s.entryMode = QStringLiteral("swipe");
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

SettlementSlip settlementSlip(const QString &verdict)
{
    SettlementSlip s;
    s.merchant = merchant();
    s.batchNo = QStringLiteral("000001");
    s.dateTime = QDateTime(QDate(2026, 1, 15), QTime(23, 0, 5));
    s.domestic = {12, 1234567, 1, 1500, 1, 1234};
    s.foreign = {2, 88800, 0, 0, 0, 0};
    s.verdict = verdict;
    return s;
}

Result<QByteArray> render(Layout layout, const PrinterOptions &options)
{
    switch (layout) {
    case Layout::SaleMerchant:
        return ReceiptLayouts::sale(slip(ReceiptCopy::Merchant), options);
    case Layout::SaleCardholder:
        return ReceiptLayouts::sale(slip(ReceiptCopy::Cardholder), options);
    case Layout::SaleChipReprint: {
        CardSlip s = slip(ReceiptCopy::Merchant);
        s.entryMode = QStringLiteral("chip");
        s.appLabel = QStringLiteral("PBOC DEBIT");
        s.aid = QStringLiteral("A000000333010101");
        s.cryptogramKind = QStringLiteral("TC");
        s.cryptogram = QStringLiteral("1122334455667788");
        s.remark = QStringLiteral("部分承兑 PARTIAL, REQUESTED ¥20.00");
        s.reprint = true;
        s.reprintedAt = QDateTime(QDate(2026, 1, 15), QTime(15, 10, 0));
        s.reprintedBy = QStringLiteral("02");
        return ReceiptLayouts::sale(s, options);
    }
    case Layout::VoidMerchant:
        return ReceiptLayouts::voidSale(reversal(ReceiptCopy::Merchant), options);
    case Layout::VoidCardholder:
        return ReceiptLayouts::voidSale(reversal(ReceiptCopy::Cardholder), options);
    case Layout::RefundMerchant:
        return ReceiptLayouts::refund(reversal(ReceiptCopy::Merchant), options);
    case Layout::RefundCardholder: {
        CardSlip s = reversal(ReceiptCopy::Cardholder);
        s.entryMode = QStringLiteral("contactless");
        return ReceiptLayouts::refund(s, options);
    }
    case Layout::SettlementBalanced:
        return ReceiptLayouts::settlement(settlementSlip(QStringLiteral("balanced")), options);
    case Layout::SettlementUploaded:
        return ReceiptLayouts::settlement(settlementSlip(QStringLiteral("uploaded")), options);
    case Layout::SettlementUnbalanced:
        return ReceiptLayouts::settlement(settlementSlip(QStringLiteral("not-balanced")), options);
    case Layout::Cash: {
        CashSlip c;
        c.merchant = merchant();
        c.voucherNo = QStringLiteral("000007");
        c.dateTime = QDateTime(QDate(2026, 1, 15), QTime(16, 20, 0));
        c.amountFen = 4550;
        return ReceiptLayouts::cash(c, options);
    }
    case Layout::Shift: {
        ShiftSlip sh;
        sh.merchant = merchant();
        sh.cashier = QStringLiteral("cashier");
        sh.openedAt = QDateTime(QDate(2026, 1, 15), QTime(8, 0, 0));
        sh.closedAt = QDateTime(QDate(2026, 1, 15), QTime(16, 0, 0));
        sh.floatFen = 50000;
        sh.cashSaleCount = 3;
        sh.cashSalesFen = 12550;
        sh.cashRefundCount = 1;
        sh.cashRefundsFen = 1000;
        sh.cardSaleCount = 12;
        sh.cardSalesFen = 1234567;
        sh.expectedFen = 61550;
        sh.countedFen = 61050;
        sh.differenceFen = -500;
        return ReceiptLayouts::shift(sh, options);
    }
    case Layout::ReprintMark:
        return ReceiptLayouts::reprintMark(QDateTime(QDate(2026, 1, 15), QTime(15, 10, 0)), QStringLiteral("02"),
                                           options);
    case Layout::TestPage: {
        TestPageInfo info;
        info.printerName = QStringLiteral("TM-T88V");
        info.dateTime = QDateTime(QDate(2026, 1, 15), QTime(9, 30, 0));
        return ReceiptLayouts::testPage(info, options);
    }
    }
    return Error::internal(QStringLiteral("layout"));
}

// Columns a listing line takes on paper: CJK two each in Chinese mode, times the character width in force.
int paperColumns(const QString &text, bool chinese, int widthMultiplier)
{
    return PrinterText::width(text, chinese) * widthMultiplier;
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
    void everyGoldenSlipFitsItsPaper();
    void neverPrintsTheFullPan_data();
    void neverPrintsTheFullPan();
    void signatureOnEveryMerchantCopy();
    void settlementVerdictAsItFinallyStood();
    void formatAmount_data();
    void formatAmount();
    void cardNumberForSlip_data();
    void cardNumberForSlip();
    void refusesInvalidInput();
    void chipSaleShowsApplicationAndCryptogram();
};

// Every slip, on 58 mm (32 columns) and 80 mm (48 columns) paper, with the Chinese font and without.
void TestReceiptLayouts::golden_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<PrinterOptions>("options");
    const std::pair<const char *, Layout> kinds[] = {
        {"sale_merchant", Layout::SaleMerchant},
        {"sale_cardholder", Layout::SaleCardholder},
        {"sale_chip_reprint", Layout::SaleChipReprint},
        {"void_merchant", Layout::VoidMerchant},
        {"void_cardholder", Layout::VoidCardholder},
        {"refund_merchant", Layout::RefundMerchant},
        {"refund_cardholder", Layout::RefundCardholder},
        {"settlement_balanced", Layout::SettlementBalanced},
        {"settlement_uploaded", Layout::SettlementUploaded},
        {"settlement_unbalanced", Layout::SettlementUnbalanced},
        {"cash", Layout::Cash},
        {"shift", Layout::Shift},
        {"reprintmark", Layout::ReprintMark},
        {"testpage", Layout::TestPage},
    };
    for (const auto &[name, layout] : kinds)
        for (const bool zh : {true, false})
            for (const int width : {32, 48})
                QTest::addRow("%s_%s%d", name, zh ? "zh" : "latin", width) << layout << printer(zh, width, zh);
}

// Byte-exact against tests/data/receipts/<row>.bin; the .txt beside it is the readable listing of the same bytes.
// POSDESK_UPDATE_GOLDEN=1 rewrites both (then review the diff of the .txt before committing).
void TestReceiptLayouts::golden()
{
    QFETCH(Layout, layout);
    QFETCH(PrinterOptions, options);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const auto job = render(layout, options);
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

// Every golden listing, read back: no printed line is wider than the paper its name says (…32: 58 mm, …48: 80 mm),
// counting a Chinese character as two columns and double-width text as twice its width.
void TestReceiptLayouts::everyGoldenSlipFitsItsPaper()
{
    const QDir dir(testDataDir() + QStringLiteral("/receipts"));
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files);
    QVERIFY(files.size() >= 56);
    static const QRegularExpression kWidth(QStringLiteral("(\\d\\d)(_noqr)?\\.txt$"));
    static const QRegularExpression kSize(QStringLiteral("^\\[SIZE (\\d)x(\\d)\\]$"));
    for (const QString &file : files) {
        const auto m = kWidth.match(file);
        QVERIFY2(m.hasMatch(), qPrintable(file));
        const int paper = m.captured(1).toInt();
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bool chinese = false;
        int multiplier = 1;
        int lineNo = 0;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            ++lineNo;
            if (line == u"[CHINESE ON]")
                chinese = true;
            else if (line == u"[CHINESE OFF]")
                chinese = false;
            if (const auto size = kSize.match(line); size.hasMatch())
                multiplier = size.captured(1).toInt();
            if (line.size() >= 2 && line.startsWith(u'|') && line.endsWith(u'|')) {
                const QString text = line.mid(1, line.size() - 2);
                const int cols = paperColumns(text, chinese, multiplier);
                QVERIFY2(cols <= paper, qPrintable(QStringLiteral("%1:%2 is %3 columns on %4-column paper: %5")
                                                       .arg(file)
                                                       .arg(lineNo)
                                                       .arg(cols)
                                                       .arg(paper)
                                                       .arg(text)));
            }
        }
    }
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

// The merchant copy of a sale, a void and a refund carries the signature and the consent line; the cardholder copy
// carries neither. The signature label fits 58 mm paper (it was 33 columns for 32).
void TestReceiptLayouts::signatureOnEveryMerchantCopy()
{
    const QString signature = QStringLiteral("|持卡人签名 CARDHOLDER SIGNATURE|");
    const QString consent = QStringLiteral("|本人确认以上交易，同意将其记入本"); // wrapped on 58 mm
    const PrinterOptions o = printer(true, 32);
    for (const auto &merchantCopy : {ReceiptLayouts::sale(slip(ReceiptCopy::Merchant), o),
                                     ReceiptLayouts::voidSale(reversal(ReceiptCopy::Merchant), o),
                                     ReceiptLayouts::refund(reversal(ReceiptCopy::Merchant), o)}) {
        const QString text = EscPosDump::toText(*merchantCopy);
        QVERIFY2(text.contains(signature), qPrintable(text));
        QVERIFY(text.contains(consent));
        QVERIFY(text.contains(QStringLiteral("商户存根 MERCHANT COPY")));
    }
    for (const auto &cardholderCopy : {ReceiptLayouts::sale(slip(ReceiptCopy::Cardholder), o),
                                       ReceiptLayouts::refund(reversal(ReceiptCopy::Cardholder), o)}) {
        const QString text = EscPosDump::toText(*cardholderCopy);
        QVERIFY(!text.contains(signature));
        QVERIFY(text.contains(QStringLiteral("持卡人存根 CARDHOLDER COPY")));
    }
    QCOMPARE(PrinterText::width(QStringLiteral("持卡人签名 CARDHOLDER SIGNATURE"), true), 31);
    QVERIFY(EscPosDump::toText(*ReceiptLayouts::sale(slip(ReceiptCopy::Merchant), printer(false, 32)))
                .contains(QStringLiteral("|CARDHOLDER SIGNATURE|")));
}

// After a batch upload the host settled the batch: the slip says so, not "not balanced, contact the acquirer".
void TestReceiptLayouts::settlementVerdictAsItFinallyStood()
{
    const PrinterOptions o = printer(true, 48);
    const QString uploaded =
        EscPosDump::toText(*ReceiptLayouts::settlement(settlementSlip(QStringLiteral("uploaded")), o));
    QVERIFY2(uploaded.contains(QStringLiteral("批上送完成")), qPrintable(uploaded));
    QVERIFY(!uploaded.contains(QStringLiteral("对账不平")));
    QVERIFY(!uploaded.contains(QStringLiteral("请联系收单机构")));
    const QString balanced =
        EscPosDump::toText(*ReceiptLayouts::settlement(settlementSlip(QStringLiteral("balanced")), o));
    QVERIFY(balanced.contains(QStringLiteral("对账平 BALANCED")));
    const QString unknown = EscPosDump::toText(*ReceiptLayouts::settlement(settlementSlip(QString()), o));
    QVERIFY(unknown.contains(QStringLiteral("对账不平")));
    QVERIFY(balanced.contains(QStringLiteral("内卡 DOMESTIC CARDS")) &&
            balanced.contains(QStringLiteral("外卡 FOREIGN CARDS")));
    QVERIFY(balanced.contains(QStringLiteral("撤销 VOIDS")));
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

    SettlementSlip st = settlementSlip(QStringLiteral("balanced"));
    st.domestic.refundCount = -1;
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
    QVERIFY(EscPosDump::toText(*ReceiptLayouts::sale(s, printer(true, 48))).contains(QStringLiteral("刷卡 SWIPE")));
    s.entryMode = QStringLiteral("contactless");
    QVERIFY(EscPosDump::toText(*ReceiptLayouts::sale(s, printer(true, 48))).contains(QStringLiteral("挥卡 WAVE")));
}

QTEST_GUILESS_MAIN(TestReceiptLayouts)
#include "tst_receiptlayouts.moc"
