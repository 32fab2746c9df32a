#pragma once

#include "acquirer/AcquirerService.h"

namespace posdesk {

// The store-and-forward reversal queue. A transaction whose fate is unknown goes in doubt with its reversal queued
// in one unit of work; before any financial request or settlement of a terminal its reversals go first; the rest
// are retried with back-off. The host's answer is classified: done (00, 25), retry, or final — a reversal refused
// for good, or one that outlived the acquirer's expiry, becomes an incident ("RV") that an owner resolves with the
// acquirer's evidence, and until then the batch does not settle.
class ReversalQueue
{
public:
    using Done = AcquirerService::Done<ReversalFlushOutcome>;

    explicit ReversalQueue(AcquirerService &link);

    // pending → in doubt and the reversal queued, in a unit of work of its own (tried three times).
    Status putInDoubt(const CardTransaction &txn, const QString &reason, const QString &error);
    // Every terminal (tid empty) or one: recovery of what a crash left pending, then the reversals that are due.
    void flush(const QString &tid, Done done);
    // Under the operation's lease: recovery, then every pending reversal of the terminal, back-off or not.
    // next() gets an error when one is still pending afterwards: the new request must not leave.
    void sendFirst(const LinkContext &c, LeasePtr lease, std::function<void(Status)> next);

    enum class Resolution
    {
        Reversed, // the acquirer confirms the money went back (or never moved)
        Kept,     // the acquirer confirms the original stands: it counts in the batch
    };
    // An owner's resolution of a refused reversal, with the acquirer's confirmation as evidence; audited.
    Status resolve(const Actor &actor, Id reversalId, Resolution resolution, const QString &evidence);

    static constexpr const char *kIncidentCode = "RV";

private:
    struct Flush;
    // What became of one attempt.
    struct Attempt
    {
        enum Kind
        {
            Reversed,
            Retry,
            Refused
        } kind = Retry;
        QString error;
    };
    Status recover(const LinkContext &c, int *recovered);
    void flushNextTerminal(std::shared_ptr<Flush> run);
    void sendQueue(const LinkContext &c, LeasePtr lease, std::vector<PendingReversal> queue, size_t index,
                   ReversalFlushOutcome outcome, std::function<void(ReversalFlushOutcome)> done);
    void sendOne(const LinkContext &c, LeasePtr lease, const PendingReversal &r, std::function<void(Attempt)> done);
    Status refuse(const LinkContext &c, const PendingReversal &r, const CardTransaction &txn, const QString &code,
                  const QString &error);

    AcquirerService &m_link;
};

} // namespace posdesk
