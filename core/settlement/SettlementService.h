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
    // Chip transactions: script-result advices sent before the totals and still owed; TCs uploaded after the host
    // closed the batch (0320, 60.3 = 203) and still owed. What is owed goes at the next settlement.
    int advicesSent = 0;
    int advicesOwed = 0;
    int tcUploaded = 0;
    int tcOwed = 0;
};

// End of day for one terminal, under its lease: reversals first, then the totals (0500); if the host disagrees,
// the batch upload (0320 per transaction, then the end message) and optionally a second 0500. A batch closes only
// when nothing in it is pending or in doubt and no refused reversal waits for its resolution; open → settling is a
// compare-and-set; the host's verdict is kept (host-settled) before the local close, so a failed close never
// reopens a batch the host has closed — the next settle finishes it. Chip transactions: the script results owed
// go before the totals, chip items of an upload carry their TC (205), and after a close the TCs not yet uploaded
// follow (203); neither moves money, so neither holds the batch open.
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
    // After the close: the TC of each chip sale of the batch the host has not had yet, one 0320 (203) each.
    void uploadTcs(std::shared_ptr<Run> run);
    void uploadTc(std::shared_ptr<Run> run, size_t index);

    AcquirerService &m_link;
};

} // namespace posdesk
