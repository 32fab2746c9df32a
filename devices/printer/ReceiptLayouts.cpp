#include "printer/ReceiptLayouts.h"

#include "money/Money.h"

#include <QCoreApplication>

namespace posdesk::ReceiptLayouts {

namespace {

// Every printed label, Chinese and English, in one table.
enum class Label
{
    SlipTitle,
    EntryMode,
    EntryChip,
    EntryFallback,
    AppLabel,
    MerchantCopy,
    CardholderCopy,
    Reprint,
    Mid,
    Tid,
    Operator,
    CardNo,
    Scheme,
    TransType,
    Sale,
    Void,
    Refund,
    Batch,
    Trace,
    Rrn,
    Auth,
    DateTime,
    OrigTrace,
    OrigRrn,
    OrigDate,
    Amount,
    Signature,
    Acknowledge,
    AcknowledgeLatin,
    KeepSlip,
    SettlementTitle,
    Count,
    Total,
    Sales,
    Refunds,
    Net,
    Balanced,
    NotBalanced,
    ContactAcquirer,
    TestTitle,
    PaperWidth,
    CodePage,
    ChineseMode,
    QrCode,
    On,
    Off,
    Bold,
    Wide,
    Tall,
    Right,
    Centre,
    ChineseSample,
    NoChinese,
    TestFooter,
};

struct LabelText
{
    Label id;
    const char *zh; // nullptr: the same text is printed in both modes
    const char *en;
};

constexpr LabelText kLabels[] = {
    {Label::SlipTitle, "POS签购单", "POS SALES SLIP"},
    {Label::EntryMode, "输入方式", "ENTRY MODE"},
    {Label::EntryChip, "插卡", "CHIP"},
    {Label::EntryFallback, "降级", "FALLBACK"},
    {Label::AppLabel, "应用标签", "APP LABEL"},
    {Label::MerchantCopy, "商户存根", "MERCHANT COPY"},
    {Label::CardholderCopy, "持卡人存根", "CARDHOLDER COPY"},
    {Label::Reprint, "重打印", "REPRINT"},
    {Label::Mid, "商户编号", "MID"},
    {Label::Tid, "终端编号", "TID"},
    {Label::Operator, "操作员", "OPERATOR"},
    {Label::CardNo, "卡号", "CARD NO"},
    {Label::Scheme, "卡组织", "CARD TYPE"},
    {Label::TransType, "交易类型", "TRANS TYPE"},
    {Label::Sale, "消费", "SALE"},
    {Label::Void, "消费撤销", "VOID"},
    {Label::Refund, "退货", "REFUND"},
    {Label::Batch, "批次号", "BATCH NO"},
    {Label::Trace, "凭证号", "TRACE NO"},
    {Label::Rrn, "参考号", "REF NO"},
    {Label::Auth, "授权码", "AUTH NO"},
    {Label::DateTime, "日期时间", "DATE/TIME"},
    {Label::OrigTrace, "原凭证号", "ORIG TRACE"},
    {Label::OrigRrn, "原参考号", "ORIG REF NO"},
    {Label::OrigDate, "原交易日期", "ORIG DATE"},
    {Label::Amount, "金额", "AMOUNT"},
    {Label::Signature, "持卡人签名 /", "Cardholder signature"},
    {Label::Acknowledge, "本人确认以上交易，同意将其记入本卡账户", nullptr},
    {Label::AcknowledgeLatin, nullptr, "I ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE GOODS/SERVICES"},
    {Label::KeepSlip, "请妥善保管", "PLEASE KEEP THIS SLIP"},
    {Label::SettlementTitle, "结算单", "SETTLEMENT"},
    {Label::Count, "笔数", "COUNT"},
    {Label::Total, "金额", "AMOUNT"},
    {Label::Sales, "消费", "SALES"},
    {Label::Refunds, "退货", "REFUNDS"},
    {Label::Net, "净额", "NET"},
    {Label::Balanced, "对账平", "BALANCED"},
    {Label::NotBalanced, "对账不平", "NOT BALANCED"},
    {Label::ContactAcquirer, "请联系收单机构核对账目", "CONTACT THE ACQUIRER TO RECONCILE"},
    {Label::TestTitle, "打印测试", "PRINTER TEST"},
    {Label::PaperWidth, "纸宽", "PAPER WIDTH"},
    {Label::CodePage, "代码页", "CODE PAGE"},
    {Label::ChineseMode, "中文模式", "CHINESE MODE"},
    {Label::QrCode, "二维码", "QR CODE"},
    {Label::On, "开", "ON"},
    {Label::Off, "关", "OFF"},
    {Label::Bold, "粗体", "Bold"},
    {Label::Wide, "倍宽", "Wide"},
    {Label::Tall, "倍高", "Tall"},
    {Label::Right, "右对齐", "Right"},
    {Label::Centre, "居中", "Centre"},
    {Label::ChineseSample, "中文测试：汉字打印正常，商户存根￥", nullptr},
    {Label::NoChinese, nullptr, "Chinese mode is off: no Chinese text"},
    {Label::TestFooter, "二维码与条码能扫出即打印正常", "QR code and barcode scan: printer OK"},
};

// "中文 ENGLISH" in Chinese mode, "ENGLISH" in Latin mode (where Chinese would print as '?').
QString text(Label id, bool chinese)
{
    for (const LabelText &l : kLabels) {
        if (l.id != id)
            continue;
        if (!chinese || !l.zh)
            return l.en ? QString::fromUtf8(l.en) : QString();
        if (!l.en)
            return QString::fromUtf8(l.zh);
        return QString::fromUtf8(l.zh) + u' ' + QString::fromUtf8(l.en);
    }
    return {};
}

QString merchantName(const ReceiptMerchant &m, bool chinese)
{
    return (!chinese && !m.nameLatin.isEmpty()) ? m.nameLatin : m.name;
}

QString formatDateTime(const QDateTime &dt)
{
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

enum class SlipKind
{
    Sale,
    Void,
    Refund
};

Status validate(const CardSlip &slip)
{
    if (slip.amountFen < 0)
        return Error::usage(
            QCoreApplication::translate("posdesk::ReceiptLayouts",
                                        "A slip amount cannot be negative. Print the slip of the original transaction "
                                        "instead."),
            QStringLiteral("amountFen=%1").arg(slip.amountFen));
    if (!slip.dateTime.isValid())
        return Error::usage(QCoreApplication::translate(
            "posdesk::ReceiptLayouts", "The transaction has no date and time, so its slip cannot be printed."));
    return {};
}

void merchantBlock(EscPosBuilder &b, const ReceiptMerchant &m)
{
    const bool zh = b.inChineseMode();
    b.labelValue(text(Label::Mid, zh), m.mid);
    b.labelValue(text(Label::Tid, zh), m.tid);
    b.labelValue(text(Label::Operator, zh), m.operatorId);
}

void header(EscPosBuilder &b, Label title, const ReceiptMerchant &m)
{
    const bool zh = b.inChineseMode();
    b.align(Align::Centre).bold(true).size(1, 2);
    b.wrapped(text(title, zh));
    b.size(1, 1).bold(false);
    b.wrapped(merchantName(m, zh));
}

Result<QByteArray> cardSlip(SlipKind kind, const CardSlip &s, const PrinterOptions &options)
{
    if (const Status v = validate(s); !v)
        return v.error();
    EscPosBuilder b(options);
    b.init();
    const bool zh = b.inChineseMode();
    header(b, Label::SlipTitle, s.merchant);
    b.line(text(s.copy == ReceiptCopy::Merchant ? Label::MerchantCopy : Label::CardholderCopy, zh));
    if (s.reprint)
        b.bold(true).line(text(Label::Reprint, zh)).bold(false);
    b.align(Align::Left).rule();
    merchantBlock(b, s.merchant);
    b.rule();
    b.labelValue(text(Label::CardNo, zh), cardNumberForSlip(s.maskedPan));
    if (!s.cardScheme.isEmpty())
        b.labelValue(text(Label::Scheme, zh), s.cardScheme);
    if (s.entryMode == u"chip" || s.entryMode == u"fallback")
        b.labelValue(text(Label::EntryMode, zh),
                     text(s.entryMode == u"chip" ? Label::EntryChip : Label::EntryFallback, zh));
    if (!s.appLabel.isEmpty())
        b.labelValue(text(Label::AppLabel, zh), s.appLabel);
    if (!s.aid.isEmpty())
        b.labelValue(QStringLiteral("AID"), s.aid);
    if (!s.cryptogram.isEmpty())
        b.labelValue(s.cryptogramKind, s.cryptogram);
    const Label type = kind == SlipKind::Sale ? Label::Sale : kind == SlipKind::Void ? Label::Void : Label::Refund;
    b.bold(true).labelValue(text(Label::TransType, zh), text(type, zh)).bold(false);
    b.labelValue(text(Label::Batch, zh), s.batchNo);
    b.labelValue(text(Label::Trace, zh), s.stan);
    b.labelValue(text(Label::Rrn, zh), s.rrn);
    if (!s.authCode.isEmpty())
        b.labelValue(text(Label::Auth, zh), s.authCode);
    b.labelValue(text(Label::DateTime, zh), formatDateTime(s.dateTime));
    if (kind != SlipKind::Sale) {
        if (!s.originalStan.isEmpty())
            b.labelValue(text(Label::OrigTrace, zh), s.originalStan);
        if (!s.originalRrn.isEmpty())
            b.labelValue(text(Label::OrigRrn, zh), s.originalRrn);
        if (s.originalDate.isValid())
            b.labelValue(text(Label::OrigDate, zh), s.originalDate.toString(QStringLiteral("yyyy-MM-dd")));
    }
    b.rule();
    // Money going back to the card is shown negative so that it cannot be mistaken for a charge.
    const std::int64_t shown = kind == SlipKind::Sale ? s.amountFen : -s.amountFen;
    b.bold(true).size(1, 2).labelValue(text(Label::Amount, zh), formatAmount(shown), u' ');
    b.size(1, 1).bold(false).rule();
    if (s.copy == ReceiptCopy::Merchant && kind == SlipKind::Sale) {
        // The acquirer keeps the signed merchant copy as proof of the cardholder's consent.
        b.line(text(Label::Signature, zh));
        b.feed(3);
        b.rule(u'_');
        if (zh)
            b.wrapped(text(Label::Acknowledge, zh));
        b.wrapped(text(Label::AcknowledgeLatin, zh));
    } else if (s.copy == ReceiptCopy::Cardholder) {
        b.align(Align::Centre).line(text(Label::KeepSlip, zh)).align(Align::Left);
    }
    b.feed(2).feedAndCut(CutMode::Partial, 0);
    return b.result();
}

} // namespace

QString formatAmount(std::int64_t fen)
{
    const QString plain = Money::cny(fen).toPlainString(); // "-12.34", exact for every int64
    return plain.startsWith(u'-') ? QStringLiteral("-¥") + plain.mid(1) : QStringLiteral("¥") + plain;
}

QString cardNumberForSlip(const QString &maskedPan)
{
    QString last4;
    for (qsizetype i = maskedPan.size() - 1; i >= 0 && last4.size() < 4; --i) {
        const QChar c = maskedPan[i];
        if (c == u' ' || c == u'-')
            continue;
        if (c.unicode() < u'0' || c.unicode() > u'9')
            break;
        last4.prepend(c);
    }
    if (last4.size() < 4)
        last4 = QStringLiteral("****");
    return QStringLiteral("**** **** **** ") + last4;
}

Result<QByteArray> sale(const CardSlip &slip, const PrinterOptions &options)
{
    return cardSlip(SlipKind::Sale, slip, options);
}

Result<QByteArray> voidSale(const CardSlip &slip, const PrinterOptions &options)
{
    return cardSlip(SlipKind::Void, slip, options);
}

Result<QByteArray> refund(const CardSlip &slip, const PrinterOptions &options)
{
    return cardSlip(SlipKind::Refund, slip, options);
}

Result<QByteArray> settlement(const SettlementSlip &s, const PrinterOptions &options)
{
    if (s.saleCount < 0 || s.refundCount < 0 || s.saleTotalFen < 0 || s.refundTotalFen < 0)
        return Error::usage(
            QCoreApplication::translate("posdesk::ReceiptLayouts", "Settlement counts and totals cannot be negative."));
    if (!s.dateTime.isValid())
        return Error::usage(QCoreApplication::translate(
            "posdesk::ReceiptLayouts", "The settlement has no date and time, so its slip cannot be printed."));
    const auto net = Money::cny(s.saleTotalFen).minus(Money::cny(s.refundTotalFen));
    if (!net)
        return net.error();

    EscPosBuilder b(options);
    b.init();
    const bool zh = b.inChineseMode();
    header(b, Label::SettlementTitle, s.merchant);
    b.align(Align::Left).rule();
    merchantBlock(b, s.merchant);
    b.labelValue(text(Label::Batch, zh), s.batchNo);
    b.labelValue(text(Label::DateTime, zh), formatDateTime(s.dateTime));
    b.rule();
    const auto totals = [&](Label title, int count, std::int64_t fen) {
        b.bold(true).line(text(title, zh)).bold(false);
        b.labelValue(QStringLiteral("  ") + text(Label::Count, zh), QString::number(count));
        b.labelValue(QStringLiteral("  ") + text(Label::Total, zh), formatAmount(fen));
    };
    totals(Label::Sales, s.saleCount, s.saleTotalFen);
    totals(Label::Refunds, s.refundCount, s.refundTotalFen);
    b.rule();
    b.bold(true).labelValue(text(Label::Net, zh), formatAmount(net->minor())).bold(false);
    b.rule();
    b.align(Align::Centre).bold(true).size(1, 2);
    b.wrapped(text(s.balanced ? Label::Balanced : Label::NotBalanced, zh));
    b.size(1, 1).bold(false);
    if (!s.balanced)
        b.wrapped(text(Label::ContactAcquirer, zh));
    b.align(Align::Left).feed(2).feedAndCut(CutMode::Partial, 0);
    return b.result();
}

Result<QByteArray> testPage(const TestPageInfo &info, const PrinterOptions &options)
{
    EscPosBuilder b(options);
    b.init();
    const bool zh = b.inChineseMode();
    b.align(Align::Centre).bold(true).size(2, 2).wrapped(text(Label::TestTitle, zh)).size(1, 1).bold(false);
    b.wrapped(QStringLiteral("PosDesk ") + info.printerName);
    b.align(Align::Left).rule();
    const QString on = text(Label::On, zh);
    const QString off = text(Label::Off, zh);
    b.labelValue(text(Label::PaperWidth, zh), QString::number(options.paperWidth));
    b.labelValue(text(Label::CodePage, zh), QString::number(options.codePage));
    b.labelValue(text(Label::ChineseMode, zh), options.chineseMode ? on : off);
    b.labelValue(text(Label::QrCode, zh), options.qrSupported ? on : off);
    if (info.dateTime.isValid())
        b.labelValue(text(Label::DateTime, zh), formatDateTime(info.dateTime));
    b.rule();
    // A ruler shows at a glance whether the configured paper width matches the printer.
    QString ruler;
    for (int i = 1; i <= b.columns(); ++i)
        ruler += QChar(u'0' + i % 10);
    b.line(ruler);
    b.wrapped(zh ? text(Label::ChineseSample, zh) : text(Label::NoChinese, zh));
    b.wrapped(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    b.wrapped(u"abcdefghijklmnopqrstuvwxyz 0123456789");
    b.wrapped(QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ") + formatAmount(1234));
    b.bold(true).line(text(Label::Bold, zh)).bold(false);
    b.size(2, 1).line(text(Label::Wide, zh)).size(1, 2).line(text(Label::Tall, zh)).size(1, 1);
    b.align(Align::Right).line(text(Label::Right, zh));
    b.align(Align::Centre).line(text(Label::Centre, zh));
    b.rule();
    b.qrCode(info.qrPayload);
    b.feed(1);
    b.code128(info.barcode);
    b.align(Align::Left).wrapped(text(Label::TestFooter, zh));
    b.feed(2).feedAndCut(CutMode::Partial, 0);
    return b.result();
}

} // namespace posdesk::ReceiptLayouts
