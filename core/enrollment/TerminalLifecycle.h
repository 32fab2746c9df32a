#pragma once

#include "domain/Entities.h"

#include <vector>

namespace posdesk {

// Which lifecycle moves are allowed: applied → documents submitted → approved → keys loaded → first sign-on →
// active ⇄ suspended; active/suspended → swapped; anything not yet deregistered → deregistered.
namespace TerminalLifecycle {

std::vector<TerminalState> allowedNext(TerminalState from);
// Empty when allowed, otherwise a translated reason naming the allowed moves.
QString refusalReason(TerminalState from, TerminalState to);

} // namespace TerminalLifecycle
} // namespace posdesk
