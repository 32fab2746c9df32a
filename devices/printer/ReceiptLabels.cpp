#include "printer/ReceiptLabels.h"

namespace posdesk::ReceiptLabels {

namespace {

struct LabelText
{
    Label id;
    const char *zh; // nullptr: the same text is printed in both modes
    const char *en;
};

// Each label fits a 58 mm line (32 columns, a Chinese character taking two) with room for a short value.
constexpr LabelText kLabels[] = {
    {Label::SlipTitle, "POS签购单", "POS SALES SLIP"},
    {Label::EntryMode, "输入方式", "ENTRY MODE"},
    {Label::EntrySwipe, "刷卡", "SWIPE"},
    {Label::EntryChip, "插卡", "CHIP"},
    {Label::EntryContactless, "挥卡", "WAVE"},
    {Label::EntryFallback, "降级", "FALLBACK"},
    {Label::EntryKeyed, "手输", "KEYED"},
    {Label::AppLabel, "应用标签", "APP LABEL"},
    {Label::MerchantCopy, "商户存根", "MERCHANT COPY"},
    {Label::CardholderCopy, "持卡人存根", "CARDHOLDER COPY"},
    {Label::Reprint, "重打印", "REPRINT"},
    {Label::ReprintTime, "重打时间", "REPRINTED"},
    {Label::ReprintOperator, "重打操作员", "REPRINTED BY"},
    {Label::Mid, "商户编号", "MID"},
    {Label::Tid, "终端编号", "TID"},
    {Label::Operator, "操作员", "OPERATOR"},
    {Label::Issuer, "发卡行", "ISSUER"},
    {Label::Acquirer, "收单行", "ACQUIRER"},
    {Label::CardNo, "卡号", "CARD NO"},
    {Label::Expiry, "有效期", "EXP DATE"},
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
    {Label::Remark, "备注", "REFERENCE"},
    // 31 columns on 58 mm paper: "持卡人签名 / Cardholder signature" was 33 and wrapped its last letter.
    {Label::Signature, "持卡人签名", "CARDHOLDER SIGNATURE"},
    {Label::Acknowledge, "本人确认以上交易，同意将其记入本卡账户", nullptr},
    {Label::AcknowledgeLatin, nullptr, "I ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE GOODS/SERVICES"},
    {Label::KeepSlip, "请妥善保管", "PLEASE KEEP THIS SLIP"},
    {Label::ServicePhone, "服务热线", "SERVICE TEL"},
    {Label::SettlementTitle, "结算单", "SETTLEMENT"},
    {Label::SettledAt, "结算时间", "SETTLED AT"},
    {Label::Domestic, "内卡", "DOMESTIC CARDS"},
    {Label::Foreign, "外卡", "FOREIGN CARDS"},
    {Label::Count, "笔数", "COUNT"},
    {Label::Total, "金额", "AMOUNT"},
    {Label::Sales, "消费", "SALES"},
    {Label::Voids, "撤销", "VOIDS"},
    {Label::Refunds, "退货", "REFUNDS"},
    {Label::Net, "净额", "NET"},
    {Label::Balanced, "对账平", "BALANCED"},
    {Label::Uploaded, "批上送完成 已结算", "UPLOADED, SETTLED"},
    {Label::UploadedBalanced, "批上送后对账平", "BALANCED AFTER UPLOAD"},
    {Label::NotBalanced, "对账不平", "NOT BALANCED"},
    {Label::ContactAcquirer, "请联系收单机构核对账目", "CONTACT THE ACQUIRER TO RECONCILE"},
    {Label::CashTitle, "现金收款单", "CASH RECEIPT"},
    {Label::CashSale, "现金收款", "CASH SALE"},
    {Label::CashRefund, "现金退款", "CASH REFUND"},
    {Label::Voucher, "单号", "VOUCHER NO"},
    {Label::NoCard, "现金交易 未使用银行卡", "PAID IN CASH, NO CARD USED"},
    {Label::ShiftTitle, "交班单", "SHIFT REPORT"},
    {Label::Cashier, "收银员", "CASHIER"},
    {Label::ShiftOpened, "上班时间", "OPENED"},
    {Label::ShiftClosed, "交班时间", "CLOSED"},
    {Label::Float, "备用金", "FLOAT"},
    {Label::CashSales, "现金收款", "CASH SALES"},
    {Label::CashRefunds, "现金退款", "CASH REFUNDS"},
    {Label::CardSales, "银行卡消费", "CARD SALES"},
    {Label::Expected, "应有现金", "EXPECTED"},
    {Label::Counted, "实点现金", "COUNTED"},
    {Label::Difference, "差额", "DIFFERENCE"},
    {Label::Over, "长款", "OVER"},
    {Label::Short, "短款", "SHORT"},
    {Label::Even, "账实相符", "EVEN"},
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

} // namespace

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

} // namespace posdesk::ReceiptLabels
