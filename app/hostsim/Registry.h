#pragma once

#include "crypto/Mac.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace posdesk::hostsim {

// One fault to inject: what, how many more times (-1 = always), and for which request MTI (empty = any).
//   delay=MS        answer MS milliseconds late
//   approve-silent  process the request as usual (the ledger keeps the approval) but send no answer; "drop" is
//                   the older name of the same fault
//   close-mid       send half the answer, then close the connection
//   garble          spoil the answer's MTI
//   wrong-mac       spoil the answer's MAC
//   unbalanced      answer the 0500 "not balanced" whatever the totals
//   partial=FEN     approve a 0200 sale for FEN fen only: response code 10, field 4 = FEN
//   refuse=CODE     answer with response code CODE (2 characters) and change nothing
//   resign          set the processing-requirement nibble of the answer's header to 3 (sign on again)
//   settle-flag0    answer the 0500 with both reconciliation flags 0 (not set)
//   script-block    approve a chip sale with issuer scripts: APPLICATION BLOCK (71) and UNBLOCK (72)
//   bad-arpc        approve a chip sale with a spoiled ARPC (the card then declines: the sale must be reversed)
struct Fault
{
    QString kind; // one of the kinds above, without its "=VALUE"
    int remaining = -1;
    QString mti;
    int delayMs = 0;       // delay
    qint64 partialFen = 0; // partial
    QByteArray refuseCode; // refuse
};

// The host's knowledge: terminal master keys, registered merchants and terminals, faults to play.
// Read from a JSON file that may be edited while the simulator runs (it is re-read when it changes):
// {
//   "tmk": "32 or 48 hex digits (default for every terminal)",
//   "mac": "cup-ecb | x9.9 | x9.19",
//   "merchants": [ { "mid": "898310058120001",
//                    "terminals": ["12345601", {"tid": "12345602", "tmk": "…", "batch": 12}] } ],
//   "faults": [ { "kind": "drop", "count": 1, "mti": "0200" }, { "kind": "delay", "ms": 3000 },
//               { "kind": "partial", "fen": 500 }, { "kind": "refuse", "code": "96", "mti": "0400" },
//               { "kind": "refuse=12" } ]
// }
// A terminal's "batch" (1..999999) is the host's current batch for it; without one the host adopts the batch (60.2)
// of the first message the terminal sends. A fault's "kind" may carry its value the command-line way
// ("delay=3000", "partial=500", "refuse=96") instead of "ms", "fen" or "code".
class Registry
{
public:
    static Result<Registry> load(const QString &path);
    static Result<Registry> parse(const QByteArray &json);

    crypto::MacAlgorithm macAlgorithm() const { return m_mac; }
    bool knowsTerminal(const QString &tid) const { return m_terminalMid.contains(tid); }
    bool knowsMerchant(const QString &mid) const { return m_merchants.contains(mid); }
    QString merchantOf(const QString &tid) const { return m_terminalMid.value(tid); }
    QByteArray tmkOf(const QString &tid) const { return m_terminalTmk.value(tid, m_defaultTmk); }
    // The host's current batch for the terminal as the registry gives it; 0 when it gives none.
    int batchOf(const QString &tid) const { return m_terminalBatch.value(tid, 0); }
    QHash<QString, int> terminalBatches() const { return m_terminalBatch; }
    QList<Fault> faults() const { return m_faults; }

private:
    crypto::MacAlgorithm m_mac = crypto::MacAlgorithm::CupEcb;
    QByteArray m_defaultTmk;
    QSet<QString> m_merchants;
    QHash<QString, QString> m_terminalMid;
    QHash<QString, QByteArray> m_terminalTmk;
    QHash<QString, int> m_terminalBatch;
    QList<Fault> m_faults;
};

// Parses "KIND[:COUNT[:MTI]]", where KIND may carry a value ("delay=MS", "partial=FEN", "refuse=CODE"), from the
// command line.
Result<Fault> parseFault(const QString &spec);

} // namespace posdesk::hostsim
