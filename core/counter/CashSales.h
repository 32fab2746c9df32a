#pragma once

#include "security/Actor.h"
#include "util/Result.h"

namespace posdesk {

// Cash taken at the till, when a card cannot be used (a blocked terminal after a 97, a host that cannot be
// reached) or chosen by the customer: a transaction of kind cash on the till's terminal, approved at once, outside
// every card batch (batch 0; its trace number is the cash voucher number). It counts in the cashier's shift and the
// day, never in a settlement.
class CashSales
{
public:
    CashSales(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // A cash sale (refund: money handed back, stored negative); `why` goes to the audit trail ("card blocked
    // by 97", "customer's choice").
    Result<CardTransaction> record(const Actor &actor, const QString &tid, const Money &amount, bool refund,
                                   const QString &why);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
