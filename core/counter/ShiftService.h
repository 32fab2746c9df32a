#pragma once

#include "security/Actor.h"
#include "util/Result.h"

#include <optional>
#include <vector>

namespace posdesk {

// One cashier's shift: the float put in the drawer at the start and, once closed, the drawer count.
struct Shift
{
    Id id = 0;
    QString cashier;
    TimeMs openedAt = 0;
    std::int64_t floatMinor = 0;
    std::optional<TimeMs> closedAt;
    QString closedBy;
    int cashSaleCount = 0;
    std::int64_t cashSalesMinor = 0;
    int cashRefundCount = 0;
    std::int64_t cashRefundsMinor = 0; // positive: what left the drawer
    int cardSaleCount = 0;
    std::int64_t cardSalesMinor = 0;
    std::int64_t expectedMinor = 0; // float + cash sales - cash refunds
    std::int64_t countedMinor = 0;
    std::int64_t differenceMinor = 0; // counted - expected: over when positive, short when negative
    QString note;
};

// Opens and closes cashiers' shifts and counts the drawer. The figures come from the transactions table (the
// cashier's approved cash and card transactions since the shift opened), so they match the day's reports.
class ShiftService
{
public:
    ShiftService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The actor's open shift, with its running figures; empty when none is open.
    Result<std::optional<Shift>> current(const Actor &actor);
    // Opens a shift with the float counted into the drawer; refused while one is open. Audited.
    Result<Shift> open(const Actor &actor, const Money &floatAmount);
    // Closes the actor's open shift with the cash counted in the drawer; the difference is stored. Audited.
    Result<Shift> close(const Actor &actor, const Money &counted, const QString &note = {});
    // Closed and open shifts, newest first: an owner sees everyone's, others their own.
    Result<std::vector<Shift>> list(const Actor &actor, int limit = 200);

private:
    Status tally(Shift &shift, TimeMs until);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
