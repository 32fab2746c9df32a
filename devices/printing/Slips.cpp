#include "printing/Slips.h"

#include "card/CardIssuers.h"
#include "counter/CashierNumbers.h"
#include "counter/ShiftService.h"
#include "emv/Tags.h"
#include "emv/Tlv.h"
#include "printing/PrintJobStore.h"
#include "security/Permissions.h"
#include "storage/AcquirerRepository.h"
#include "storage/BatchRepository.h"
#include "storage/ChipRecordRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdlib>

namespace posdesk::Slips {

namespace {

Result<ReceiptMerchant> merchantLines(Database &db, const Terminal &terminal, const QString &actorName)
{
    auto merchant = MerchantRepository(db).findById(terminal.merchantId);
    if (!merchant)
        return merchant.error();
    ReceiptMerchant m;
    m.name = merchant->name;
    m.nameLatin = merchant->nameEn;
    m.mid = merchant->mid;
    m.tid = terminal.tid;
    m.operatorId = CashierNumbers::operatorFor(db, actorName);
    return m;
}

// The cryptogram (9F26) in a field 55, upper-case hex; empty when it has none.
QString cryptogramIn(const QByteArray &field55)
{
    auto objects = emv::TlvParser::parse(field55);
    if (objects)
        for (const emv::Tlv &o : *objects)
            if (o.tag == emv::tag::Cryptogram)
                return QString::fromLatin1(o.value.toHex().toUpper());
    return {};
}

QString sixDigits(int n)
{
    return QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

QDateTime local(TimeMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
}

Status addChip(Database &db, const CardTransaction &txn, CardSlip &slip)
{
    auto chip = ChipRecordRepository(db).find(txn.id);
    if (!chip)
        return chip.error();
    if (chip->has_value()) {
        const ChipRecord &c = **chip;
        slip.appLabel = c.appLabel;
        slip.aid = QString::fromLatin1(c.aid.toHex().toUpper());
        const bool tc = c.cardDecision == u"tc" && !c.finalIcc.isEmpty();
        slip.cryptogramKind = tc ? QStringLiteral("TC") : QStringLiteral("ARQC");
        slip.cryptogram = cryptogramIn(tc ? c.finalIcc : c.requestIcc);
    }
    return {};
}

Result<QByteArray> cashSlip(const CardTransaction &txn, const ReceiptMerchant &merchant,
                            const std::optional<Reprint> &reprint, const PrinterOptions &options)
{
    CashSlip slip;
    slip.merchant = merchant;
    slip.voucherNo = sixDigits(txn.stan);
    slip.dateTime = local(txn.createdAt);
    slip.refund = txn.amount.minor() < 0;
    slip.amountFen = slip.refund ? -txn.amount.minor() : txn.amount.minor();
    slip.reprint = reprint.has_value();
    return ReceiptLayouts::cash(slip, options);
}

} // namespace

QString jobKind(const CardTransaction &txn)
{
    return toKey(txn.kind);
}

bool hasCardholderCopy(const CardTransaction &txn)
{
    return txn.kind != TxnKind::Cash;
}

Result<QByteArray> forTransaction(Database &db, const CardTransaction &txn, const PrinterOptions &options,
                                  ReceiptCopy copy, const std::optional<Reprint> &reprint)
{
    auto terminal = TerminalRepository(db).findById(txn.terminalId);
    if (!terminal)
        return terminal.error();
    auto merchant = merchantLines(db, *terminal, txn.cashier);
    if (!merchant)
        return merchant.error();
    if (txn.kind == TxnKind::Cash)
        return cashSlip(txn, *merchant, reprint, options);
    CardSlip slip;
    slip.merchant = *merchant;
    slip.copy = copy;
    if (reprint) {
        slip.reprint = true;
        slip.reprintedAt = reprint->at;
        slip.reprintedBy = reprint->by;
    }
    if (auto acquirer = AcquirerRepository(db).findById(terminal->acquirerId)) {
        slip.acquirer = acquirer->name;
        slip.servicePhone = acquirer->supportPhone;
    }
    slip.batchNo = sixDigits(txn.batchNo);
    slip.stan = sixDigits(txn.stan);
    slip.rrn = txn.rrn;
    slip.authCode = txn.authCode;
    slip.dateTime = local(txn.updatedAt ? txn.updatedAt : txn.createdAt);
    slip.amountFen = txn.amount.minor() < 0 ? -txn.amount.minor() : txn.amount.minor();
    slip.maskedPan = txn.panMasked;
    const CardIssuers::Issuer issuer = CardIssuers::forPan(txn.panMasked);
    slip.issuer = options.chineseMode ? issuer.zh : issuer.en;
    slip.cardScheme = txn.cardScheme;
    slip.entryMode = txn.entryMode;
    if (txn.requestedMinor)
        slip.remark = QStringLiteral("%1 %2").arg(options.chineseMode ? QStringLiteral("部分承兑 PARTIAL, REQUESTED")
                                                                      : QStringLiteral("PARTIAL, REQUESTED"),
                                                  ReceiptLayouts::formatAmount(*txn.requestedMinor));
    if (txn.entryMode == u"chip")
        if (auto s = addChip(db, txn, slip); !s)
            return s.error();
    if (txn.originalId) {
        auto original = TransactionRepository(db).findById(*txn.originalId);
        if (!original)
            return original.error();
        slip.originalStan = sixDigits(original->stan);
        slip.originalRrn = original->rrn;
        slip.originalDate = local(original->createdAt).date();
    }
    switch (txn.kind) {
    case TxnKind::Sale:
        return ReceiptLayouts::sale(slip, options);
    case TxnKind::Void:
        return ReceiptLayouts::voidSale(slip, options);
    case TxnKind::Refund:
        return ReceiptLayouts::refund(slip, options);
    default:
        return Error::refused(
            QCoreApplication::translate("posdesk::Slips", "A %1 transaction has no card slip.").arg(toKey(txn.kind)));
    }
}

Result<QByteArray> reprintTransaction(Database &db, const Clock &clock, const Actor &actor, const CardTransaction &txn,
                                      const PrinterOptions &options)
{
    const QString object = QStringLiteral("transaction %1").arg(txn.id);
    if (auto s = require(db, clock, actor, Permission::Reprint, object); !s)
        return s.error();
    const Reprint mark{local(clock.nowMs()), CashierNumbers::operatorFor(db, actor.name)};
    auto bytes = forTransaction(db, txn, options, ReceiptCopy::Merchant, mark);
    if (!bytes)
        return bytes;
    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus().error();
    if (auto s = audit(db, clock, actor, QStringLiteral("receipt.reprint"), object, QStringLiteral("ok"),
                       QStringLiteral("%1 trace %2 batch %3").arg(toKey(txn.kind)).arg(txn.stan).arg(txn.batchNo));
        !s)
        return s.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return bytes;
}

Result<QByteArray> reprintMarkForJob(Database &db, const Clock &clock, const Actor &actor, Id jobId,
                                     const PrinterOptions &options)
{
    const QString object = QStringLiteral("print job %1").arg(jobId);
    if (auto s = require(db, clock, actor, Permission::Reprint, object); !s)
        return s.error();
    auto job = PrintJobStore(db, clock).find(jobId);
    if (!job)
        return job.error();
    // A test page is no slip: its copy needs no mark.
    if (job->kind == u"test")
        return QByteArray();
    auto mark = ReceiptLayouts::reprintMark(local(clock.nowMs()), CashierNumbers::operatorFor(db, actor.name), options);
    if (!mark)
        return mark;
    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus().error();
    if (auto s = audit(db, clock, actor, QStringLiteral("receipt.reprint"), object, QStringLiteral("ok"), job->kind);
        !s)
        return s.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return mark;
}

Result<QByteArray> forBatch(Database &db, const QString &tid, int batchNo, const QString &operatorName,
                            const PrinterOptions &options, bool reprint)
{
    auto terminal = TerminalRepository(db).findByTid(tid);
    if (!terminal)
        return terminal.error();
    auto batch = BatchRepository(db).find(terminal->id, batchNo);
    if (!batch)
        return batch.error();
    if (!batch->hostSettledAt && !batch->closedAt)
        return Error::refused(
            QCoreApplication::translate("posdesk::Slips",
                                        "Batch %1 of terminal %2 is not settled yet, so it has no settlement slip. "
                                        "Settle it first.")
                .arg(batchNo)
                .arg(tid));
    auto merchant = merchantLines(db, *terminal, operatorName);
    if (!merchant)
        return merchant.error();
    // The same split as the totals sent to the host: UnionPay cards are 内卡, the rest 外卡.
    auto q = sql::run(db,
                      QStringLiteral("SELECT CASE WHEN card_scheme = 'UnionPay' OR pan_masked LIKE '62%' THEN 0 ELSE 1 "
                                     "END, kind, COUNT(*), SUM(amount_minor) FROM transactions WHERE terminal_id = ? "
                                     "AND batch_no = ? AND status = 'approved' AND kind IN ('sale', 'void', 'refund') "
                                     "GROUP BY 1, 2"),
                      {qlonglong(terminal->id), batchNo},
                      QCoreApplication::translate("posdesk::Slips", "adding up the batch"));
    if (!q)
        return q.error();
    SettlementSlip slip;
    slip.merchant = *merchant;
    slip.batchNo = sixDigits(batchNo);
    slip.dateTime = local(batch->hostSettledAt.value_or(batch->closedAt.value_or(0)));
    slip.verdict = batch->hostResult;
    slip.reprint = reprint;
    while (q->next()) {
        SettlementSide &side = q->value(0).toInt() == 0 ? slip.domestic : slip.foreign;
        const QString kind = q->value(1).toString();
        const int count = q->value(2).toInt();
        const std::int64_t sum = std::abs(q->value(3).toLongLong());
        if (kind == u"sale") {
            side.saleCount += count;
            side.saleFen += sum;
        } else if (kind == u"void") {
            side.voidCount += count;
            side.voidFen += sum;
        } else {
            side.refundCount += count;
            side.refundFen += sum;
        }
    }
    return ReceiptLayouts::settlement(slip, options);
}

Result<QByteArray> forShift(Database &db, const Shift &shift, const QString &tid, const PrinterOptions &options)
{
    auto terminal = TerminalRepository(db).findByTid(tid);
    if (!terminal)
        return terminal.error();
    auto merchant = merchantLines(db, *terminal, shift.cashier);
    if (!merchant)
        return merchant.error();
    ShiftSlip slip;
    slip.merchant = *merchant;
    slip.cashier = shift.cashier;
    slip.openedAt = local(shift.openedAt);
    slip.closedAt = local(shift.closedAt.value_or(0));
    slip.floatFen = shift.floatMinor;
    slip.cashSaleCount = shift.cashSaleCount;
    slip.cashSalesFen = shift.cashSalesMinor;
    slip.cashRefundCount = shift.cashRefundCount;
    slip.cashRefundsFen = shift.cashRefundsMinor;
    slip.cardSaleCount = shift.cardSaleCount;
    slip.cardSalesFen = shift.cardSalesMinor;
    slip.expectedFen = shift.expectedMinor;
    slip.countedFen = shift.countedMinor;
    slip.differenceFen = shift.differenceMinor;
    return ReceiptLayouts::shift(slip, options);
}

} // namespace posdesk::Slips
