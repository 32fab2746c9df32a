#pragma once

#include "printer/ReceiptLabels.h"
#include "printer/ReceiptLayouts.h"

// Pieces every slip layout shares (ReceiptLayouts.cpp, SummaryLayouts.cpp).
namespace posdesk::LayoutParts {

using ReceiptLabels::Label;

QString label(const EscPosBuilder &b, Label id);
QString formatDateTime(const QDateTime &dt);
// Title (bold, double height) and the merchant's name, centred.
void header(EscPosBuilder &b, Label title, const ReceiptMerchant &m);
// MID, TID and operator.
void merchantBlock(EscPosBuilder &b, const ReceiptMerchant &m);
// 重打印 REPRINT, bold and centred.
void reprintLine(EscPosBuilder &b);
// "备注 REFERENCE:" and the remark under it.
void remark(EscPosBuilder &b, const QString &text);
void finish(EscPosBuilder &b);

} // namespace posdesk::LayoutParts
