#pragma once

#include "domain/Entities.h"
#include "printer/ReceiptLayouts.h"
#include "util/Result.h"

namespace posdesk {

class Database;

// Print jobs for what the till just did, built from what the database holds: the merchant and terminal lines, the
// transaction (masked card only; the layouts print its last four digits) and, for a void or refund, the original.
namespace Slips {

// The slip of an approved sale, void or refund.
Result<QByteArray> forTransaction(Database &db, const CardTransaction &txn, const PrinterOptions &options,
                                  ReceiptCopy copy = ReceiptCopy::Merchant);

// The summary of a settled batch: sale and refund counts and totals, and whether the host agreed at first.
struct BatchSummary
{
    QString tid;
    int batchNo = 0;
    int saleCount = 0;
    std::int64_t saleTotalFen = 0;
    int refundCount = 0;
    std::int64_t refundTotalFen = 0;
    bool balanced = false;
};
Result<QByteArray> forSettlement(Database &db, const BatchSummary &batch, const PrinterOptions &options);

// The print-job kind stored with the job ("sale", "void", "refund", "settlement").
QString jobKind(const CardTransaction &txn);

} // namespace Slips
} // namespace posdesk
