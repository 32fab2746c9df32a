#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QTimeZone>

namespace posdesk::test {

// A generated shop history with known scorecards, January to June 2026 (shop time UTC+8), for the tests of the
// service, the CLI, the report and the screen:
//  - "Bank A" (bank, serviced by "Fast Service") and "Pay B" (payment company): 4 terminals each, 125 card
//    transactions per terminal and month (3,000 each in the period; cash and December sales do not count).
//    A answers its 10 escalations in a median of 2 days (90th percentile 3), B in 5 (90th percentile 6); B misses
//    every 3-day follow-up, A none. A: codes 97 ×5, 96 ×3, A0 ×2, and 2 more incidents the owner marked as the
//    shop's own mistake (left out); a third was marked and withdrawn (counted). B: 97 ×4, 98 ×6.
//    Host unreachable: A 45 min (1 outage), B 90 min (2, one still open at the end). Refused reversals: A 1, B 3.
//  - "Bank C": one terminal, 2 incidents: too few to compare.
//  - Brands: Landi A8 (4 terminals: 2 on A, 2 on B) with 5 faults, Newland N910 (4: 2 on A, 2 on B) with 10 —
//    twice as many — and Sunmi P2 (1, on C) with none. One terminal of each of the first two is swapped half a day
//    before the end. Costs: Landi 1,700.00 per terminal, Newland 2,000.00 per terminal and 300.00 maintenance.
struct KnownHistory
{
    static QDate from() { return {2026, 1, 1}; }
    static QDate to() { return {2026, 6, 30}; }
    static QTimeZone zone() { return QTimeZone(8 * 3600); }
    // The test clock's "now": after the period.
    static QDateTime now() { return QDateTime(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC); }
    static constexpr int kTxPerTerminalMonth = 125;
    static constexpr double kPeriodDays = 181;

    // Writes the history into an empty (migrated) database; TIDs 7100xxxx.
    static Status seed(Database &db);
};

} // namespace posdesk::test
