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

// End of day for one terminal: flush reversals, send the totals (0500), and if the host disagrees upload the
// batch (0320 per transaction, then the end message), optionally settle again, and close the batch.
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
    void finish(std::shared_ptr<Run> run, Result<SettlementOutcome> result);
    void close(std::shared_ptr<Run> run, const QString &verdict);

    AcquirerService &m_link;
};

} // namespace posdesk
