#pragma once

#include "acquirer/AcquirerService.h"
#include "iso8583/Subfields.h"

namespace posdesk {

// The totals of one batch as the terminal counts them: sales on the debit side (voided sales excluded),
// refunds on the credit side; UnionPay cards are domestic, the rest foreign.
struct BatchTotals
{
    iso8583::SettlementTotals totals;
    int transactionCount = 0;
};

struct SettlementOutcome
{
    QString tid;
    int batchNo = 0;
    BatchTotals totals;
    QString verdict; // balanced | uploaded | uploaded-balanced
    bool uploaded = false;
    int uploadedCount = 0;
};

// End of day for one terminal, under its lease: reversals first, then the totals (0500); if the host disagrees,
// the batch upload (0320 per transaction, then the end message) and optionally a second 0500. A batch closes only
// when nothing in it is pending or in doubt and no refused reversal waits for its resolution; open → settling is a
// compare-and-set; the host's verdict is kept (host-settled) before the local close, so a failed close never
// reopens a batch the host has closed — the next settle finishes it.
class SettlementService : public QObject
{
    Q_OBJECT
public:
    SettlementService(AcquirerService &link, QObject *parent = nullptr);

    Result<BatchTotals> totalsOf(Id terminalId, int batchNo);
    void settle(const Actor &actor, const QString &tid, AcquirerService::Done<SettlementOutcome> done);

private:
    struct Run;
    void sendSettlement(std::shared_ptr<Run> run, bool second);
    void upload(std::shared_ptr<Run> run, size_t index);
    void begin(std::shared_ptr<Run> run);
    void hostSettled(std::shared_ptr<Run> run, const QString &verdict, const QString &hostTotals);
    void finish(std::shared_ptr<Run> run, Result<SettlementOutcome> result);
    void close(std::shared_ptr<Run> run, const QString &verdict);

    AcquirerService &m_link;
};

} // namespace posdesk
