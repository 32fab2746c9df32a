#include "printer/LayoutParts.h"

namespace posdesk::LayoutParts {

QString label(const EscPosBuilder &b, Label id)
{
    return ReceiptLabels::text(id, b.inChineseMode());
}

QString formatDateTime(const QDateTime &dt)
{
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void header(EscPosBuilder &b, Label title, const ReceiptMerchant &m)
{
    b.align(Align::Centre).bold(true).size(1, 2);
    b.wrapped(label(b, title));
    b.size(1, 1).bold(false);
    b.wrapped((!b.inChineseMode() && !m.nameLatin.isEmpty()) ? m.nameLatin : m.name);
}

void merchantBlock(EscPosBuilder &b, const ReceiptMerchant &m)
{
    b.labelValue(label(b, Label::Mid), m.mid);
    b.labelValue(label(b, Label::Tid), m.tid);
    b.labelValue(label(b, Label::Operator), m.operatorId);
}

void reprintLine(EscPosBuilder &b)
{
    b.align(Align::Centre).bold(true).line(label(b, Label::Reprint)).bold(false);
}

void remark(EscPosBuilder &b, const QString &text)
{
    b.line(label(b, Label::Remark) + u':');
    if (!text.isEmpty())
        b.wrapped(text);
}

void finish(EscPosBuilder &b)
{
    b.align(Align::Left).feed(2).feedAndCut(CutMode::Partial, 0);
}

} // namespace posdesk::LayoutParts
