#pragma once

#include "domain/Entities.h"
#include "printer/ReceiptLayouts.h"
#include "util/Result.h"

#include <optional>

namespace posdesk {

class Clock;
class Database;
struct Actor;
struct Shift;

// Print jobs for what the till just did, built from what the database holds: the merchant and terminal lines, the
// operator's cashier number, the acquirer and its service line, the transaction (masked card only; the layouts
// print its last four digits) and, for a void or refund, the original.
namespace Slips {

struct Reprint
{
    QDateTime at;
    QString by; // operator number
};

// The slip of an approved sale, void, refund or cash transaction (cash has one copy).
Result<QByteArray> forTransaction(Database &db, const CardTransaction &txn, const PrinterOptions &options,
                                  ReceiptCopy copy = ReceiptCopy::Merchant,
                                  const std::optional<Reprint> &reprint = std::nullopt);
// A card slip has a cardholder copy after the merchant copy; a cash slip has one copy.
bool hasCardholderCopy(const CardTransaction &txn);

// The merchant copy again, marked 重打印 with the time and the actor's number; needs the Reprint permission and is
// audited (receipt.reprint).
Result<QByteArray> reprintTransaction(Database &db, const Clock &clock, const Actor &actor, const CardTransaction &txn,
                                      const PrinterOptions &options);
// The mark a copied print job starts with; needs the Reprint permission and is audited (receipt.reprint).
Result<QByteArray> reprintMarkForJob(Database &db, const Clock &clock, const Actor &actor, Id jobId,
                                     const PrinterOptions &options);

// The settlement slip of a batch the host settled: per card organisation (内卡/外卡) its sales, voids and refunds,
// the time the host settled it and its verdict as it finally stood; the operator is whoever settled.
Result<QByteArray> forBatch(Database &db, const QString &tid, int batchNo, const QString &operatorName,
                            const PrinterOptions &options, bool reprint = false);

// The drawer count of a closed shift, under the merchant lines of the till's terminal.
Result<QByteArray> forShift(Database &db, const Shift &shift, const QString &tid, const PrinterOptions &options);

// The print-job kind stored with the job ("sale", "void", "refund", "cash", "settlement", "shift").
QString jobKind(const CardTransaction &txn);

} // namespace Slips
} // namespace posdesk
