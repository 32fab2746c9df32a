#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"
#include "time/Clock.h"

namespace posdesk {

// When each acquirer's host could not be reached, for the channel scorecard's "host unreachable" time: one row
// per outage, opened at the first failed probe and closed at the first good one. Several tills on one database
// share the open row, so an outage is counted once.
class HostOutageLog
{
public:
    HostOutageLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Opens an outage of the acquirer's host now unless one is open.
    Status noteUnreachable(Id acquirerId);
    // Closes the acquirer's open outage, if any, now.
    Status noteReachable(Id acquirerId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
