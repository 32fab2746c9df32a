#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QHash>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace posdesk {

// What the scorecards are computed from, read once per scorecard: small per-terminal aggregates of the big tables
// and the incidents of the period row by row. Internal to core/scorecards.
struct ScorecardHistory
{
    std::int64_t startMs = 0; // the period in UTC ms, [start, end)
    std::int64_t endMs = 0;
    std::int64_t evalEndMs = 0;            // min(end, now): nothing after now is counted as elapsed
    std::vector<std::int64_t> monthStarts; // UTC ms of each month's first moment in the period (the first: start)
    std::vector<QDate> months;

    struct AcquirerInfo
    {
        Id id = 0;
        QString name;
        QString channelKind;
        QString provider;
    };
    std::vector<AcquirerInfo> acquirers;

    struct TerminalInfo
    {
        Id id = 0;
        Id acquirerId = 0;
        QString brand;
        QString model;
        std::int64_t inServiceMs = 0; // overlap of its service with the period
        std::vector<std::int64_t> txByMonth;
        int reversalsRefused = 0;
        int swaps = 0;
    };
    std::vector<TerminalInfo> terminals;
    QHash<Id, std::size_t> terminalIndex;

    struct IncidentInfo
    {
        Id terminalId = 0;
        QString code;
        QString source;
        std::int64_t openedAt = 0;
        std::optional<std::int64_t> escalatedAt, followUpAt, resolvedAt, confirmedAt;
        bool shopMistake = false;
        int month = 0;
    };
    std::vector<IncidentInfo> incidents;

    struct Outage
    {
        Id acquirerId = 0;
        std::int64_t ms = 0; // within the period
    };
    std::vector<Outage> outages;

    struct Visit
    {
        Id terminalId = 0;
        QString provider; // as recorded; empty: not recorded
        QString kind;
    };
    std::vector<Visit> visits;

    struct Cost
    {
        Id terminalId = 0;
        QString currency;
        int category = 0;
        std::int64_t minor = 0;
    };
    std::vector<Cost> costs;

    const TerminalInfo *terminal(Id id) const
    {
        auto it = terminalIndex.constFind(id);
        return it == terminalIndex.cend() ? nullptr : &terminals[*it];
    }
    int monthOf(std::int64_t ms) const;
};

// The value below which `fraction` (0.5: the median, 0.9: the 90th percentile) of the values lie, interpolated
// between the two nearest ranks; none for an empty list. Sorts `values`.
std::optional<double> percentile(std::vector<double> &values, double fraction);

} // namespace posdesk
