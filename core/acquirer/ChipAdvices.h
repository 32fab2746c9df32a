#pragma once

#include "acquirer/AcquirerService.h"

#include <functional>

namespace posdesk {

// What a round of script-result advices did: how many the host confirmed, how many are still owed, and why the
// first that did not get through failed.
struct AdviceRound
{
    int sent = 0;
    int pending = 0;
    QString lastError;
};

// The issuer scripts' results the host is owed for a terminal (0620, 60.3 = 951), oldest first, under the
// terminal's lease. An advice is marked sent only on the host's 00 with a good MAC; the round stops at the first
// that does not get through (the rest stay owed, in order). No money moves with an advice.
void sendChipAdvices(AcquirerService &link, const LinkContext &c, LeasePtr lease,
                     std::function<void(AdviceRound)> done);

} // namespace posdesk
