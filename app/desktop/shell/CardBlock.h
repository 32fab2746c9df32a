#pragma once

#include "domain/Entities.h"
#include "util/Result.h"

#include <optional>

namespace posdesk {
class Database;
}

namespace posdesk::desktop {

// Codes whose open incident stops card payments on a terminal until someone deals with it. The acquirer service
// refuses the sale anyway; the desktop asks first so the till can offer cash before the cashier tries a card.
// The rule itself lives in core (FinancialFlows); these are the desktop's names for it.
bool blocksCardPayments(const QString &code);

// The open incident that blocks card payments on the terminal, if any.
Result<std::optional<Incident>> blockingIncident(Database &db, Id terminalId);

} // namespace posdesk::desktop
