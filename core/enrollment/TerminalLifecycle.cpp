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
