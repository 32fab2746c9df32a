#include "printing/Slips.h"

#include "emv/Tags.h"
#include "emv/Tlv.h"
#include "storage/ChipRecordRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace posdesk::Slips {

namespace {

Result<ReceiptMerchant> merchantLines(Database &db, const Terminal &terminal, const QString &operatorId)
{
    auto merchant = MerchantRepository(db).findById(terminal.merchantId);
    if (!merchant)
        return merchant.error();
    ReceiptMerchant m;
    m.name = merchant->name;
    m.nameLatin = merchant->nameEn;
    m.mid = merchant->mid;
    m.tid = terminal.tid;
    m.operatorId = operatorId;
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

} // namespace

QString jobKind(const CardTransaction &txn)
{
    return toKey(txn.kind);
}

Result<QByteArray> forTransaction(Database &db, const CardTransaction &txn, const PrinterOptions &options,
                                  ReceiptCopy copy)
{
    auto terminal = TerminalRepository(db).findById(txn.terminalId);
    if (!terminal)
        return terminal.error();
    auto merchant = merchantLines(db, *terminal, txn.cashier);
    if (!merchant)
        return merchant.error();
    CardSlip slip;
    slip.merchant = *merchant;
    slip.copy = copy;
    slip.batchNo = sixDigits(txn.batchNo);
    slip.stan = sixDigits(txn.stan);
    slip.rrn = txn.rrn;
    slip.authCode = txn.authCode;
    slip.dateTime = QDateTime::fromMSecsSinceEpoch(txn.updatedAt ? txn.updatedAt : txn.createdAt).toLocalTime();
    slip.amountFen = txn.amount.minor() < 0 ? -txn.amount.minor() : txn.amount.minor();
    slip.maskedPan = txn.panMasked;
    slip.cardScheme = txn.cardScheme;
    slip.entryMode = txn.entryMode;
    if (txn.entryMode == u"chip") {
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
    }
    if (txn.originalId) {
        auto original = TransactionRepository(db).findById(*txn.originalId);
        if (!original)
            return original.error();
        slip.originalStan = sixDigits(original->stan);
        slip.originalRrn = original->rrn;
        slip.originalDate = QDateTime::fromMSecsSinceEpoch(original->createdAt).toLocalTime().date();
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

Result<QByteArray> forSettlement(Database &db, const BatchSummary &batch, const PrinterOptions &options)
{
    auto terminal = TerminalRepository(db).findByTid(batch.tid);
    if (!terminal)
        return terminal.error();
    auto merchant = merchantLines(db, *terminal, QString());
    if (!merchant)
        return merchant.error();
    SettlementSlip slip;
    slip.merchant = *merchant;
    slip.batchNo = sixDigits(batch.batchNo);
    slip.dateTime = QDateTime::currentDateTime();
    slip.saleCount = batch.saleCount;
    slip.saleTotalFen = batch.saleTotalFen;
    slip.refundCount = batch.refundCount;
    slip.refundTotalFen = batch.refundTotalFen;
    slip.balanced = batch.balanced;
    return ReceiptLayouts::settlement(slip, options);
}

} // namespace posdesk::Slips
