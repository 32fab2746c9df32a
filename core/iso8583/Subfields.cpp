#include "iso8583/Subfields.h"

#include "iso8583/CodecErrors.h"

#include <QCoreApplication>

namespace posdesk::iso8583 {

using namespace detail;

namespace {

bool allDigits(QByteArrayView v)
{
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

Error badSubfield(int field, const QString &detailText)
{
    return Error::corrupt(QCoreApplication::translate(
                              "posdesk::iso8583",
                              "Field %1 of the ISO 8583 message does not have the expected sub-field layout. Check "
                              "that the acquirer profile matches the host, or report the message to the acquirer.")
                              .arg(field),
                          QStringLiteral("field %1: ").arg(field) + detailText);
}

Error unfitSubfield(int field, const QString &detailText)
{
    return Error::usage(QCoreApplication::translate(
                            "posdesk::iso8583",
                            "A value does not fit its place in field %1 of the ISO 8583 message. Correct the value "
                            "and try again.")
                            .arg(field),
                        QStringLiteral("field %1: ").arg(field) + detailText);
}

// Digits to a number; the caller has checked they are digits and at most 18 of them.
std::int64_t number(QByteArrayView digits)
{
    std::int64_t v = 0;
    for (char c : digits)
        v = v * 10 + (c - '0');
    return v;
}

// Zero-padded decimal of exactly width digits, or empty when it does not fit.
QByteArray fixedDigits(std::int64_t value, int width)
{
    if (value < 0)
        return {};
    QByteArray s = QByteArray::number(value);
    if (s.size() > width)
        return {};
    return QByteArray(width - s.size(), '0') + s;
}

} // namespace

// ---- 60 ----------------------------------------------------------------------------------

Result<Field60> Field60::parse(QByteArrayView d)
{
    if (!allDigits(d))
        return badSubfield(60, QStringLiteral("not all digits"));
    if (d.size() != 8 && d.size() < 11)
        return badSubfield(60, QStringLiteral("%1 digits; expected 8, or 11 and more").arg(d.size()));
    Field60 f;
    f.typeCode = d.sliced(0, 2).toByteArray();
    f.batch = d.sliced(2, 6).toByteArray();
    if (d.size() >= 11) {
        f.networkCode = d.sliced(8, 3).toByteArray();
        f.rest = d.sliced(11).toByteArray();
    }
    return f;
}

Result<QByteArray> Field60::toDigits() const
{
    if (typeCode.size() != 2 || batch.size() != 6 || !allDigits(typeCode) || !allDigits(batch))
        return unfitSubfield(60, QStringLiteral("60.1 must be 2 digits and 60.2 6 digits"));
    if (networkCode.isEmpty() && !rest.isEmpty())
        return unfitSubfield(60, QStringLiteral("60.4 and later need 60.3"));
    if (!networkCode.isEmpty() && (networkCode.size() != 3 || !allDigits(networkCode)))
        return unfitSubfield(60, QStringLiteral("60.3 must be 3 digits"));
    if (!allDigits(rest))
        return unfitSubfield(60, QStringLiteral("60.4 and later must be digits"));
    return typeCode + batch + networkCode + rest;
}

// ---- 61 ----------------------------------------------------------------------------------

Result<Field61> Field61::parse(QByteArrayView d)
{
    if (!allDigits(d))
        return badSubfield(61, QStringLiteral("not all digits"));
    if (d.size() != 12 && d.size() < 16)
        return badSubfield(61, QStringLiteral("%1 digits; expected 12, or 16 and more").arg(d.size()));
    Field61 f;
    f.batch = d.sliced(0, 6).toByteArray();
    f.stan = d.sliced(6, 6).toByteArray();
    if (d.size() >= 16) {
        f.date = d.sliced(12, 4).toByteArray();
        f.rest = d.sliced(16).toByteArray();
    }
    return f;
}

Result<QByteArray> Field61::toDigits() const
{
    if (batch.size() != 6 || stan.size() != 6 || !allDigits(batch) || !allDigits(stan))
        return unfitSubfield(61, QStringLiteral("61.1 and 61.2 must be 6 digits each"));
    if (date.isEmpty() && !rest.isEmpty())
        return unfitSubfield(61, QStringLiteral("61.4 and later need 61.3"));
    if (!date.isEmpty() && (date.size() != 4 || !allDigits(date)))
        return unfitSubfield(61, QStringLiteral("61.3 must be 4 digits"));
    if (!allDigits(rest))
        return unfitSubfield(61, QStringLiteral("61.4 and later must be digits"));
    return batch + stan + date + rest;
}

// ---- 48 ----------------------------------------------------------------------------------

Result<SettlementTotals> SettlementTotals::parse(QByteArrayView d)
{
    if (d.size() != Digits)
        return badSubfield(48, QStringLiteral("%1 digits; settlement totals have %2").arg(d.size()).arg(Digits));
    if (!allDigits(d))
        return badSubfield(48, QStringLiteral("not all digits"));
    SettlementTotals t;
    for (int half = 0; half < 2; ++half) {
        const QByteArrayView s = d.sliced(half * 31, 31);
        Side &side = half == 0 ? t.domestic : t.foreign;
        side.debitAmount = number(s.sliced(0, 12));
        side.debitCount = int(number(s.sliced(12, 3)));
        side.creditAmount = number(s.sliced(15, 12));
        side.creditCount = int(number(s.sliced(27, 3)));
        const int flag = s[30] - '0';
        if (flag > 3)
            return badSubfield(
                48, QStringLiteral("digit %1: reconciliation flag %2 is not 0..3").arg(half * 31 + 31).arg(flag));
        side.flag = static_cast<Reconciliation>(flag);
    }
    return t;
}

Result<QByteArray> SettlementTotals::toDigits() const
{
    QByteArray out;
    out.reserve(Digits);
    for (const Side *side : {&domestic, &foreign}) {
        const QByteArray parts[] = {fixedDigits(side->debitAmount, 12), fixedDigits(side->debitCount, 3),
                                    fixedDigits(side->creditAmount, 12), fixedDigits(side->creditCount, 3),
                                    fixedDigits(int(side->flag), 1)};
        for (const QByteArray &p : parts) {
            if (p.isEmpty())
                return unfitSubfield(48, QStringLiteral("an amount, count or flag is negative or too large"));
            out += p;
        }
    }
    return out;
}

// ---- 62 ----------------------------------------------------------------------------------

int WorkingKeyBlock::sizeOf(Layout layout)
{
    switch (layout) {
    case Layout::SingleDes:
        return 24;
    case Layout::DoubleLength:
        return 40;
    case Layout::WithTrackKey:
        return 60;
    }
    return 0;
}

Result<WorkingKeyBlock::Layout> WorkingKeyBlock::layoutFor(QByteArrayView code)
{
    if (code == "001")
        return Layout::SingleDes;
    if (code == "003")
        return Layout::DoubleLength;
    if (code == "004")
        return Layout::WithTrackKey;
    return Error::corrupt(QCoreApplication::translate(
                              "posdesk::iso8583",
                              "The sign-on response names a key layout (network management code “%1”) that PosDesk "
                              "does not know. Check the acquirer profile.")
                              .arg(QString::fromLatin1(code)),
                          QStringLiteral("field 60.3: %1").arg(QString::fromLatin1(code)));
}

Result<WorkingKeyBlock> WorkingKeyBlock::parse(QByteArrayView b, Layout layout)
{
    if (b.size() != sizeOf(layout))
        return badSubfield(62, QStringLiteral("%1 bytes; layout %2 has %3")
                                   .arg(b.size())
                                   .arg(int(layout), 3, 10, QLatin1Char('0'))
                                   .arg(sizeOf(layout)));
    WorkingKeyBlock k;
    k.layout = layout;
    if (layout == Layout::SingleDes) {
        k.pinKey = b.sliced(0, 8).toByteArray();
        k.pinCheck = b.sliced(8, 4).toByteArray();
        k.macKey = b.sliced(12, 8).toByteArray();
        k.macCheck = b.sliced(20, 4).toByteArray();
        return k;
    }
    k.pinKey = b.sliced(0, 16).toByteArray();
    k.pinCheck = b.sliced(16, 4).toByteArray();
    // The reference layout has 8 zero bytes after a single-length MAC key; a host that fills them
    // sends a double-length MAC key, and the check value then decides whether that reading is right.
    const QByteArrayView filler = b.sliced(28, 8);
    const bool zeroFiller = filler.count('\0') == filler.size();
    k.macKey = b.sliced(20, zeroFiller ? 8 : 16).toByteArray();
    k.macCheck = b.sliced(36, 4).toByteArray();
    if (layout == Layout::WithTrackKey) {
        k.trackKey = b.sliced(40, 16).toByteArray();
        k.trackCheck = b.sliced(56, 4).toByteArray();
    }
    return k;
}

Result<QByteArray> WorkingKeyBlock::toBytes() const
{
    const bool single = layout == Layout::SingleDes;
    const bool pinOk = pinKey.size() == (single ? 8 : 16);
    const bool macOk = macKey.size() == 8 || (!single && macKey.size() == 16);
    const bool trackOk = layout == Layout::WithTrackKey ? trackKey.size() == 16 : trackKey.isEmpty();
    const bool checksOk = pinCheck.size() == 4 && macCheck.size() == 4 &&
                          (layout == Layout::WithTrackKey ? trackCheck.size() == 4 : trackCheck.isEmpty());
    if (!pinOk || !macOk || !trackOk || !checksOk)
        return unfitSubfield(62, QStringLiteral("key or check value lengths do not match the layout"));
    QByteArray out;
    out.reserve(sizeOf(layout));
    out += pinKey;
    out += pinCheck;
    out += macKey;
    if (!single && macKey.size() == 8)
        out += QByteArray(8, '\0');
    out += macCheck;
    if (layout == Layout::WithTrackKey) {
        out += trackKey;
        out += trackCheck;
    }
    return out;
}

} // namespace posdesk::iso8583
