#include "printer/ReceiptLayouts.h"

#include "money/Money.h"
#include "printer/LayoutParts.h"

#include <QCoreApplication>

namespace posdesk::ReceiptLayouts {

using namespace LayoutParts;

namespace {

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

std::optional<Label> entryLabel(const QString &mode)
{
    if (mode == u"swipe")
        return Label::EntrySwipe;
    if (mode == u"chip")
        return Label::EntryChip;
    if (mode == u"contactless")
        return Label::EntryContactless;
    if (mode == u"fallback")
        return Label::EntryFallback;
    if (mode == u"keyed")
        return Label::EntryKeyed;
    return std::nullopt;
}

void cardBlock(EscPosBuilder &b, const CardSlip &s)
{
    if (!s.issuer.isEmpty())
        b.labelValue(label(b, Label::Issuer), s.issuer);
    if (!s.acquirer.isEmpty())
        b.labelValue(label(b, Label::Acquirer), s.acquirer);
    b.labelValue(label(b, Label::CardNo), cardNumberForSlip(s.maskedPan));
    // The expiry date is card data the till never keeps: the slip shows that there is one, not what it is.
    b.labelValue(label(b, Label::Expiry), QStringLiteral("**/**"));
    if (!s.cardScheme.isEmpty())
        b.labelValue(label(b, Label::Scheme), s.cardScheme);
    if (const auto entry = entryLabel(s.entryMode))
        b.labelValue(label(b, Label::EntryMode), label(b, *entry));
    if (!s.appLabel.isEmpty())
        b.labelValue(label(b, Label::AppLabel), s.appLabel);
    if (!s.aid.isEmpty())
        b.labelValue(QStringLiteral("AID"), s.aid);
    if (!s.cryptogram.isEmpty())
        b.labelValue(s.cryptogramKind, s.cryptogram);
}

void referenceBlock(EscPosBuilder &b, SlipKind kind, const CardSlip &s)
{
    const Label type = kind == SlipKind::Sale ? Label::Sale : kind == SlipKind::Void ? Label::Void : Label::Refund;
    b.bold(true).labelValue(label(b, Label::TransType), label(b, type)).bold(false);
    b.labelValue(label(b, Label::Batch), s.batchNo);
    b.labelValue(label(b, Label::Trace), s.stan);
    b.labelValue(label(b, Label::Rrn), s.rrn);
    if (!s.authCode.isEmpty())
        b.labelValue(label(b, Label::Auth), s.authCode);
    b.labelValue(label(b, Label::DateTime), formatDateTime(s.dateTime));
    if (kind == SlipKind::Sale)
        return;
    if (!s.originalStan.isEmpty())
        b.labelValue(label(b, Label::OrigTrace), s.originalStan);
    if (!s.originalRrn.isEmpty())
        b.labelValue(label(b, Label::OrigRrn), s.originalRrn);
    if (s.originalDate.isValid())
        b.labelValue(label(b, Label::OrigDate), s.originalDate.toString(QStringLiteral("yyyy-MM-dd")));
}

Result<QByteArray> cardSlip(SlipKind kind, const CardSlip &s, const PrinterOptions &options)
{
    if (const Status v = validate(s); !v)
        return v.error();
    EscPosBuilder b(options);
    b.init();
    header(b, Label::SlipTitle, s.merchant);
    b.line(label(b, s.copy == ReceiptCopy::Merchant ? Label::MerchantCopy : Label::CardholderCopy));
    if (s.reprint)
        reprintLine(b);
    b.align(Align::Left);
    if (s.reprint && s.reprintedAt.isValid())
        b.labelValue(label(b, Label::ReprintTime), formatDateTime(s.reprintedAt));
    if (s.reprint && !s.reprintedBy.isEmpty())
        b.labelValue(label(b, Label::ReprintOperator), s.reprintedBy);
    b.rule();
    merchantBlock(b, s.merchant);
    b.rule();
    cardBlock(b, s);
    referenceBlock(b, kind, s);
    b.rule();
    // Money going back to the card is shown negative so that it cannot be mistaken for a charge.
    const std::int64_t shown = kind == SlipKind::Sale ? s.amountFen : -s.amountFen;
    b.bold(true).size(1, 2).labelValue(label(b, Label::Amount), formatAmount(shown), u' ');
    b.size(1, 1).bold(false).rule();
    remark(b, s.remark);
    if (s.copy == ReceiptCopy::Merchant) {
        // The acquirer keeps the signed merchant copy as proof of the cardholder's consent, for a charge as for
        // money given back.
        b.line(label(b, Label::Signature));
        b.feed(3);
        b.rule(u'_');
        if (b.inChineseMode())
            b.wrapped(label(b, Label::Acknowledge));
        b.wrapped(label(b, Label::AcknowledgeLatin));
    } else {
        b.align(Align::Centre).line(label(b, Label::KeepSlip)).align(Align::Left);
    }
    if (!s.servicePhone.isEmpty())
        b.labelValue(label(b, Label::ServicePhone), s.servicePhone);
    finish(b);
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

} // namespace posdesk::ReceiptLayouts
