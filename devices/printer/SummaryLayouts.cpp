#include "money/Money.h"
#include "printer/LayoutParts.h"
#include "printer/ReceiptLayouts.h"

#include <QCoreApplication>

// The slips that are not a card transaction: settlement, cash, shift close, the printer test page and the reprint
// mark.
namespace posdesk::ReceiptLayouts {

using namespace LayoutParts;

namespace {

bool negative(const SettlementSide &s)
{
    return s.saleCount < 0 || s.voidCount < 0 || s.refundCount < 0 || s.saleFen < 0 || s.voidFen < 0 || s.refundFen < 0;
}

void side(EscPosBuilder &b, Label title, const SettlementSide &s)
{
    b.bold(true).line(label(b, title)).bold(false);
    const auto row = [&](Label what, int count, std::int64_t fen) {
        b.labelValue(QStringLiteral("  ") + label(b, what),
                     QStringLiteral("%1 / %2").arg(count).arg(formatAmount(fen)));
    };
    row(Label::Sales, s.saleCount, s.saleFen);
    row(Label::Voids, s.voidCount, s.voidFen);
    row(Label::Refunds, s.refundCount, s.refundFen);
}

Label verdictLabel(const QString &verdict)
{
    if (verdict == u"balanced")
        return Label::Balanced;
    if (verdict == u"uploaded")
        return Label::Uploaded;
    if (verdict == u"uploaded-balanced")
        return Label::UploadedBalanced;
    return Label::NotBalanced;
}

} // namespace

Result<QByteArray> settlement(const SettlementSlip &s, const PrinterOptions &options)
{
    if (negative(s.domestic) || negative(s.foreign))
        return Error::usage(
            QCoreApplication::translate("posdesk::ReceiptLayouts", "Settlement counts and totals cannot be negative."));
    if (!s.dateTime.isValid())
        return Error::usage(QCoreApplication::translate(
            "posdesk::ReceiptLayouts", "The settlement has no date and time, so its slip cannot be printed."));
    const std::int64_t net = s.domestic.saleFen + s.foreign.saleFen - s.domestic.refundFen - s.foreign.refundFen;

    EscPosBuilder b(options);
    b.init();
    header(b, Label::SettlementTitle, s.merchant);
    if (s.reprint)
        reprintLine(b);
    b.align(Align::Left).rule();
    merchantBlock(b, s.merchant);
    b.labelValue(label(b, Label::Batch), s.batchNo);
    b.labelValue(label(b, Label::SettledAt), formatDateTime(s.dateTime));
    b.rule();
    side(b, Label::Domestic, s.domestic);
    side(b, Label::Foreign, s.foreign);
    b.rule();
    b.bold(true).labelValue(label(b, Label::Net), formatAmount(net)).bold(false);
    b.rule();
    const Label verdict = verdictLabel(s.verdict);
    b.align(Align::Centre).bold(true).size(1, 2);
    b.wrapped(label(b, verdict));
    b.size(1, 1).bold(false);
    if (verdict == Label::NotBalanced)
        b.wrapped(label(b, Label::ContactAcquirer));
    finish(b);
    return b.result();
}

Result<QByteArray> cash(const CashSlip &s, const PrinterOptions &options)
{
    if (s.amountFen < 0)
        return Error::usage(QCoreApplication::translate("posdesk::ReceiptLayouts", "A slip amount cannot be negative."),
                            QStringLiteral("amountFen=%1").arg(s.amountFen));
    if (!s.dateTime.isValid())
        return Error::usage(QCoreApplication::translate(
            "posdesk::ReceiptLayouts", "The transaction has no date and time, so its slip cannot be printed."));
    EscPosBuilder b(options);
    b.init();
    header(b, Label::CashTitle, s.merchant);
    if (s.reprint)
        reprintLine(b);
    b.align(Align::Left).rule();
    merchantBlock(b, s.merchant);
    b.rule();
    b.bold(true).labelValue(label(b, Label::TransType), label(b, s.refund ? Label::CashRefund : Label::CashSale));
    b.bold(false);
    b.labelValue(label(b, Label::Voucher), s.voucherNo);
    b.labelValue(label(b, Label::DateTime), formatDateTime(s.dateTime));
    b.rule();
    b.bold(true).size(1, 2).labelValue(label(b, Label::Amount), formatAmount(s.refund ? -s.amountFen : s.amountFen),
                                       u' ');
    b.size(1, 1).bold(false).rule();
    remark(b, s.remark);
    b.align(Align::Centre).wrapped(label(b, Label::NoCard));
    finish(b);
    return b.result();
}

Result<QByteArray> shift(const ShiftSlip &s, const PrinterOptions &options)
{
    if (!s.openedAt.isValid() || !s.closedAt.isValid())
        return Error::usage(QCoreApplication::translate(
            "posdesk::ReceiptLayouts", "The shift has no opening or closing time, so its slip cannot be printed."));
    EscPosBuilder b(options);
    b.init();
    header(b, Label::ShiftTitle, s.merchant);
    b.align(Align::Left).rule();
    merchantBlock(b, s.merchant);
    b.labelValue(label(b, Label::Cashier), s.cashier);
    b.labelValue(label(b, Label::ShiftOpened), formatDateTime(s.openedAt));
    b.labelValue(label(b, Label::ShiftClosed), formatDateTime(s.closedAt));
    b.rule();
    const auto counted = [&](Label what, int count, std::int64_t fen) {
        b.labelValue(label(b, what), QStringLiteral("%1 / %2").arg(count).arg(formatAmount(fen)));
    };
    counted(Label::CardSales, s.cardSaleCount, s.cardSalesFen);
    counted(Label::CashSales, s.cashSaleCount, s.cashSalesFen);
    counted(Label::CashRefunds, s.cashRefundCount, s.cashRefundsFen);
    b.rule();
    b.labelValue(label(b, Label::Float), formatAmount(s.floatFen));
    b.labelValue(label(b, Label::Expected), formatAmount(s.expectedFen));
    b.labelValue(label(b, Label::Counted), formatAmount(s.countedFen));
    b.rule();
    const Label verdict = s.differenceFen > 0 ? Label::Over : s.differenceFen < 0 ? Label::Short : Label::Even;
    b.bold(true).size(1, 2).labelValue(label(b, Label::Difference), formatAmount(s.differenceFen), u' ');
    b.size(1, 1).align(Align::Centre).line(label(b, verdict)).bold(false);
    b.align(Align::Left).line(label(b, Label::Cashier) + u':');
    b.feed(2).rule(u'_');
    finish(b);
    return b.result();
}

Result<QByteArray> reprintMark(const QDateTime &at, const QString &operatorId, const PrinterOptions &options)
{
    if (!at.isValid())
        return Error::usage(
            QCoreApplication::translate("posdesk::ReceiptLayouts", "A reprint needs the time it was made."));
    EscPosBuilder b(options);
    b.init();
    b.align(Align::Centre).bold(true).size(1, 2).line(label(b, Label::Reprint)).size(1, 1).bold(false);
    b.align(Align::Left);
    b.labelValue(label(b, Label::ReprintTime), formatDateTime(at));
    b.labelValue(label(b, Label::ReprintOperator), operatorId);
    b.rule(u'=');
    return b.result();
}

Result<QByteArray> testPage(const TestPageInfo &info, const PrinterOptions &options)
{
    EscPosBuilder b(options);
    b.init();
    b.align(Align::Centre).bold(true).size(2, 2).wrapped(label(b, Label::TestTitle)).size(1, 1).bold(false);
    b.wrapped(QStringLiteral("PosDesk ") + info.printerName);
    b.align(Align::Left).rule();
    const QString on = label(b, Label::On);
    const QString off = label(b, Label::Off);
    b.labelValue(label(b, Label::PaperWidth), QString::number(options.paperWidth));
    b.labelValue(label(b, Label::CodePage), QString::number(options.codePage));
    b.labelValue(label(b, Label::ChineseMode), options.chineseMode ? on : off);
    b.labelValue(label(b, Label::QrCode), options.qrSupported ? on : off);
    if (info.dateTime.isValid())
        b.labelValue(label(b, Label::DateTime), formatDateTime(info.dateTime));
    b.rule();
    // A ruler shows at a glance whether the configured paper width matches the printer.
    QString ruler;
    for (int i = 1; i <= b.columns(); ++i)
        ruler += QChar(u'0' + i % 10);
    b.line(ruler);
    b.wrapped(b.inChineseMode() ? label(b, Label::ChineseSample) : label(b, Label::NoChinese));
    b.wrapped(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    b.wrapped(u"abcdefghijklmnopqrstuvwxyz 0123456789");
    b.wrapped(QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ") + formatAmount(1234));
    b.bold(true).line(label(b, Label::Bold)).bold(false);
    b.size(2, 1).line(label(b, Label::Wide)).size(1, 2).line(label(b, Label::Tall)).size(1, 1);
    b.align(Align::Right).line(label(b, Label::Right));
    b.align(Align::Centre).line(label(b, Label::Centre));
    b.rule();
    b.qrCode(info.qrPayload);
    b.feed(1);
    b.code128(info.barcode);
    b.align(Align::Left).wrapped(label(b, Label::TestFooter));
    b.feed(2).feedAndCut(CutMode::Partial, 0);
    return b.result();
}

} // namespace posdesk::ReceiptLayouts
