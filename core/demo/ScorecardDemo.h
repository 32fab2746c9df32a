#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"
#include "time/Clock.h"

namespace posdesk {

// What the demo shop's scorecards show: the acquirer's service provider, escalated incidents with the acquirer's
// confirmation, host outages, a shop mistake the owner marked, maintenance visits and costs. Adds no terminal, no
// open incident and nothing to settle, so the demo's other screens stay as they were. Runs inside the demo's unit
// of work; `terminalIds` are the demo's three terminals.
Status seedScorecardDemo(Database &db, const Clock &clock, const Id (&terminalIds)[3], Id acquirerId);

} // namespace posdesk
