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
    QString batchNo;
    QString stan; // trace number
    QString rrn;
    QString authCode;
    QDateTime dateTime;         // local time as it is to be printed
    std::int64_t amountFen = 0; // the transaction amount, positive for every kind of slip
    QString maskedPan;          // only the last four digits are printed, whatever this holds
    QString cardScheme;         // "UnionPay", "Visa", ...
    // How the card was read ("chip", "fallback" for a swipe after the chip failed, "swipe"); a chip sale adds its
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

// Totals of one closed batch.
struct SettlementSlip
{
    ReceiptMerchant merchant;
    QString batchNo;
    QDateTime dateTime;
    int saleCount = 0;
    std::int64_t saleTotalFen = 0;
    int refundCount = 0;
    std::int64_t refundTotalFen = 0;
    bool balanced = false; // the acquirer's totals matched the terminal's
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
Result<QByteArray> testPage(const TestPageInfo &info, const PrinterOptions &options);

// "¥12.34", "-¥0.05": exact integer formatting, no grouping.
QString formatAmount(std::int64_t fen);
// "**** **** **** 1234" from any masked (or, by mistake, full) card number: only the last four digits survive.
QString cardNumberForSlip(const QString &maskedPan);

} // namespace ReceiptLayouts

} // namespace posdesk
