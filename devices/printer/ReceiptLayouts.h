#pragma once

#include "printer/EscPosBuilder.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace posdesk {

enum class ReceiptCopy
{
    Merchant,
    Cardholder
};

// The merchant and terminal lines every slip starts with.
struct ReceiptMerchant
{
    QString name;      // as registered with the acquirer, usually Chinese
    QString nameLatin; // printed instead when the printer has no Chinese font; may be empty
    QString mid;       // merchant id, 15 digits
    QString tid;       // terminal id, 8 characters
    QString operatorId;
};

// One card transaction slip (sale, void or refund).
struct CardSlip
{
    ReceiptMerchant merchant;
    ReceiptCopy copy = ReceiptCopy::Merchant;
    bool reprint = false;
    QDateTime reprintedAt; // a reprint: when, and by whom (operator number)
    QString reprintedBy;
    QString issuer;       // 发卡行; empty when the till does not know it
    QString acquirer;     // 收单行: the acquirer profile's name
    QString servicePhone; // the acquirer's service line, printed at the foot
    QString remark;       // 备注: free text (a partial approval, a fallback, ...)
    QString batchNo;
    QString stan; // trace number
    QString rrn;
    QString authCode;
    QDateTime dateTime;         // local time as it is to be printed
    std::int64_t amountFen = 0; // the transaction amount, positive for every kind of slip
    QString maskedPan;          // only the last four digits are printed, whatever this holds
    QString cardScheme;         // "UnionPay", "Visa", ...
    // How the card was read ("swipe", "chip", "contactless", "fallback" for a swipe after the chip failed, "keyed");
    // the expiry date is never stored, so it prints masked. A chip sale adds its
    // application and its cryptogram (TC once the card approved, else the ARQC it went online with).
    QString entryMode;
    QString appLabel;
    QString aid;            // upper-case hex
    QString cryptogramKind; // "TC" or "ARQC"
    QString cryptogram;     // upper-case hex
    // Void and refund: the transaction being reversed.
    QString originalStan;
    QString originalRrn;
    QDate originalDate;
};

// Counts and amounts of one card organisation in a batch: approved sales still standing, voids, refunds.
struct SettlementSide
{
    int saleCount = 0;
    std::int64_t saleFen = 0;
    int voidCount = 0;
    std::int64_t voidFen = 0;
    int refundCount = 0;
    std::int64_t refundFen = 0;
};

// Totals of one closed batch, per card organisation: 内卡 (UnionPay) and 外卡 (foreign schemes).
struct SettlementSlip
{
    ReceiptMerchant merchant; // operatorId: who settled
    QString batchNo;
    QDateTime dateTime; // when the host settled the batch
    SettlementSide domestic;
    SettlementSide foreign;
    // The host's verdict as it finally stood: "balanced", "uploaded" (the batch upload closed it),
    // "uploaded-balanced" (balanced at the second try); anything else prints "not balanced".
    QString verdict;
    bool reprint = false;
};

// A sale (or refund) paid in cash: no card fields.
struct CashSlip
{
    ReceiptMerchant merchant;
    QString voucherNo;
    QDateTime dateTime;
    std::int64_t amountFen = 0; // positive; refund says which way it went
    bool refund = false;
    QString remark;
    bool reprint = false;
};

// The drawer count at the close of a cashier's shift.
struct ShiftSlip
{
    ReceiptMerchant merchant; // operatorId: the cashier's number
    QString cashier;          // the user name
    QDateTime openedAt;
    QDateTime closedAt;
    std::int64_t floatFen = 0;
    int cashSaleCount = 0;
    std::int64_t cashSalesFen = 0;
    int cashRefundCount = 0;
    std::int64_t cashRefundsFen = 0;
    int cardSaleCount = 0;
    std::int64_t cardSalesFen = 0;
    std::int64_t expectedFen = 0; // float + cash sales - cash refunds
    std::int64_t countedFen = 0;
    std::int64_t differenceFen = 0; // counted - expected
};

// What the printer test page reports about the printer.
struct TestPageInfo
{
    QString printerName;
    QDateTime dateTime;
    QByteArray qrPayload = QByteArrayLiteral("https://posdesk.example/printer-test");
    QByteArray barcode = QByteArrayLiteral("POSDESK-TEST-0001");
};

// Complete print jobs for each kind of slip. The printed labels are fixed bilingual slip text (the acquirer's slip
// format), not interface text, so they do not follow the interface language.
namespace ReceiptLayouts {

Result<QByteArray> sale(const CardSlip &slip, const PrinterOptions &options);
Result<QByteArray> voidSale(const CardSlip &slip, const PrinterOptions &options);
Result<QByteArray> refund(const CardSlip &slip, const PrinterOptions &options);
Result<QByteArray> settlement(const SettlementSlip &slip, const PrinterOptions &options);
Result<QByteArray> cash(const CashSlip &slip, const PrinterOptions &options);
Result<QByteArray> shift(const ShiftSlip &slip, const PrinterOptions &options);
// The block a reprinted job starts with (重打印 / REPRINT, when, by whom), printed before the copied slip.
Result<QByteArray> reprintMark(const QDateTime &at, const QString &operatorId, const PrinterOptions &options);
Result<QByteArray> testPage(const TestPageInfo &info, const PrinterOptions &options);

// "¥12.34", "-¥0.05": exact integer formatting, no grouping.
QString formatAmount(std::int64_t fen);
// "**** **** **** 1234" from any masked (or, by mistake, full) card number: only the last four digits survive.
QString cardNumberForSlip(const QString &maskedPan);

} // namespace ReceiptLayouts

} // namespace posdesk
