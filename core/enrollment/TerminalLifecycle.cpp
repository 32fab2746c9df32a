#include "enrollment/TerminalLifecycle.h"

#include <QCoreApplication>

#include <algorithm>

namespace posdesk::TerminalLifecycle {

std::vector<TerminalState> allowedNext(TerminalState from)
{
    using S = TerminalState;
    switch (from) {
    case S::Applied:
        return {S::DocumentsSubmitted, S::Deregistered};
    case S::DocumentsSubmitted:
        return {S::Approved, S::Applied, S::Deregistered};
    case S::Approved:
        return {S::KeysLoaded, S::Deregistered};
    case S::KeysLoaded:
        return {S::SignedOn, S::Deregistered};
    case S::SignedOn:
        return {S::Active, S::Suspended, S::Deregistered};
    case S::Active:
        return {S::Suspended, S::Swapped, S::Deregistered};
    case S::Suspended:
        return {S::Active, S::Swapped, S::Deregistered};
    case S::Swapped:
        return {S::Deregistered};
    case S::Deregistered:
        return {};
    }
    return {};
}

std::vector<TerminalState> firstStates(Origin origin)
{
    using S = TerminalState;
    if (origin == Origin::NewApplication)
        return {S::Applied, S::DocumentsSubmitted};
    return {S::Active, S::Approved, S::KeysLoaded, S::SignedOn, S::Suspended};
}

QString firstStateProblem(Origin origin, TerminalState state)
{
    const auto states = firstStates(origin);
    if (std::find(states.begin(), states.end(), state) != states.end())
        return {};
    QStringList names;
    for (TerminalState s : states)
        names << toKey(s);
    if (origin == Origin::NewApplication)
        return QCoreApplication::translate("posdesk::TerminalLifecycle",
                                           "A new application starts as one of: %1. A terminal already in use is "
                                           "recorded as an existing terminal.")
            .arg(names.join(QStringLiteral(", ")));
    return QCoreApplication::translate("posdesk::TerminalLifecycle",
                                       "An existing terminal has its TID and MID assigned: it starts as one of: %1.")
        .arg(names.join(QStringLiteral(", ")));
}

QString refusalReason(TerminalState from, TerminalState to)
{
    const auto next = allowedNext(from);
    if (std::find(next.begin(), next.end(), to) != next.end())
        return {};
    if (next.empty())
        return QCoreApplication::translate(
            "posdesk::TerminalLifecycle", "A deregistered terminal cannot change state. Enrol a new terminal instead.");
    QStringList names;
    for (TerminalState s : next)
        names << toKey(s);
    return QCoreApplication::translate("posdesk::TerminalLifecycle",
                                       "A terminal cannot go from “%1” to “%2”. From “%1” it can go to: %3.")
        .arg(toKey(from), toKey(to), names.join(QStringLiteral(", ")));
}

} // namespace posdesk::TerminalLifecycle
