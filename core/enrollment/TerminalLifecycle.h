#pragma once

#include "domain/Entities.h"

#include <vector>

namespace posdesk {

// Which lifecycle moves are allowed: applied → documents submitted → approved → keys loaded → first sign-on →
// active ⇄ suspended; active/suspended → swapped; anything not yet deregistered → deregistered.
namespace TerminalLifecycle {

std::vector<TerminalState> allowedNext(TerminalState from);

// How a terminal comes to be recorded: a new application to the acquirer, or one the shop already uses (its TID and
// MID assigned long ago).
enum class Origin
{
    NewApplication,
    Existing,
};
// The states a terminal can be recorded in, the default first: a new application before approval (applied,
// documents submitted); an existing terminal from approved on (active, approved, keys loaded, signed on, suspended).
std::vector<TerminalState> firstStates(Origin origin);
// Empty when `state` is one of firstStates(origin), otherwise a translated reason naming them.
QString firstStateProblem(Origin origin, TerminalState state);
// Empty when allowed, otherwise a translated reason naming the allowed moves.
QString refusalReason(TerminalState from, TerminalState to);

} // namespace TerminalLifecycle
} // namespace posdesk
