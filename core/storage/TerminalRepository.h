#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <vector>

namespace posdesk {

// Terminals with their persisted STAN and batch counters.
class TerminalRepository
{
public:
    explicit TerminalRepository(Database &db) : m_db(db) {}
    Result<Id> add(const Terminal &t);
    Result<Terminal> findByTid(const QString &tid);
    Result<Terminal> findById(Id id);
    Result<std::vector<Terminal>> list();
    Status setState(Id id, TerminalState state, TimeMs at);
    Status updateDetails(const Terminal &t);
    // Hands out the next STAN (1…999999, wrapping) and persists the counter before returning it.
    Result<int> takeStan(Id id);
    // Reserves `count` consecutive STANs in one committed write (a batch upload's items and its end message) and
    // returns the first; the i-th is stanAfter(first, i). As safe as takeStan: the counter is saved before use.
    Result<int> takeStans(Id id, int count);
    static int stanAfter(int first, int offset) { return (first - 1 + offset) % 999999 + 1; }
    Status setBatchNo(Id id, int batchNo, TimeMs at);
    // Also clears a forced re-sign-on.
    Status recordSignOn(Id id, TimeMs at);
    // The next transaction signs on first.
    Status requireSignOn(Id id, TimeMs at);
    // The IC key and parameter download is owed (or, false, done).
    Status setIcDownloadRequired(Id id, bool required, TimeMs at);
    // Where the terminal's keys live: a slot of the till's PIN pad, or none (the PC). Also requires a sign-on.
    Status setPinPadSlot(Id id, std::optional<int> slot, TimeMs at);
    // Compare-and-set of the batch number (sign-on adopting the host's, settlement moving on).
    Status adoptBatchNo(Id id, int fromBatch, int toBatch, TimeMs at);

private:
    Database &m_db;
};

} // namespace posdesk
