#pragma once

#include "crypto/Mac.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace posdesk::hostsim {

// One fault to inject: what, how many more times (-1 = always), and for which request MTI (empty = any).
struct Fault
{
    QString kind; // delay | drop | close-mid | garble | wrong-mac | unbalanced
    int remaining = -1;
    QString mti;
    int delayMs = 0;
};

// The host's knowledge: terminal master keys, registered merchants and terminals, faults to play.
// Read from a JSON file that may be edited while the simulator runs (it is re-read when it changes):
// {
//   "tmk": "32 or 48 hex digits (default for every terminal)",
//   "mac": "cup-ecb | x9.9 | x9.19",
//   "merchants": [ { "mid": "898310058120001", "terminals": ["12345601", {"tid": "12345602", "tmk": "…"}] } ],
//   "faults": [ { "kind": "drop", "count": 1, "mti": "0200" }, { "kind": "delay", "ms": 3000 } ]
// }
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
    QList<Fault> faults() const { return m_faults; }

private:
    crypto::MacAlgorithm m_mac = crypto::MacAlgorithm::CupEcb;
    QByteArray m_defaultTmk;
    QSet<QString> m_merchants;
    QHash<QString, QString> m_terminalMid;
    QHash<QString, QByteArray> m_terminalTmk;
    QList<Fault> m_faults;
};

// Parses "KIND[:COUNT[:MTI]]" or "delay=MS[:COUNT[:MTI]]" from the command line.
Result<Fault> parseFault(const QString &spec);

} // namespace posdesk::hostsim
