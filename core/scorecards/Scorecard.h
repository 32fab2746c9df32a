#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace posdesk {

// Below these a figure is shown greyed, "too few to compare": a handful of terminals or incidents says more about
// luck than about the channel or the brand.
inline constexpr int kScorecardMinTerminals = 3;
inline constexpr int kScorecardMinIncidents = 5;

// One figure of a scorecard: its value (none when there is nothing to compute it from), how many things it rests
// on (incidents, escalations, faults or terminals, as the figure says), and whether that is too few to compare.
struct ScoreFigure
{
    std::optional<double> value;
    int basis = 0;
    bool tooFew = true;
};
// The rule of both scorecards: fewer than 3 terminals or fewer than `minBasis` things behind it is too few.
ScoreFigure scoreFigure(std::optional<double> value, int basis, int terminals, int minBasis = kScorecardMinIncidents);

// Incidents of one response code (97, 96, 98, A0 …) per 1,000 transactions.
struct CodeScore
{
    QString code;
    int incidents = 0;
    ScoreFigure perThousand;
};

struct ChannelMonth
{
    QDate month; // the first day of the month
    std::int64_t transactions = 0;
    int incidents = 0;
    ScoreFigure perThousand;
    int escalations = 0;
    ScoreFigure confirmMedianDays;
};

// One acquirer profile or one service provider over the period. Incidents the owner marked as the shop's own
// mistake are left out of every figure (and counted in shopMistakes, so the owner sees what was left out).
struct ChannelRow
{
    enum class Group
    {
        Acquirer,
        Provider
    };
    Group group = Group::Acquirer;
    QString name;
    QString channelKind;   // of an acquirer profile: bank | payment-company | service-provider
    QString provider;      // of an acquirer profile: its service provider, if any
    QStringList acquirers; // of a provider: the profiles whose terminals it services
    int terminals = 0;     // served in the period: in service, or with a transaction or an incident
    std::int64_t transactions = 0;
    int incidents = 0;
    int shopMistakes = 0;
    ScoreFigure incidentsPerThousand;
    std::vector<CodeScore> byCode; // most incidents first
    std::int64_t unreachableMs = 0;
    int outages = 0;
    int escalations = 0;
    int confirmed = 0;             // escalations the acquirer confirmed (or resolved)
    ScoreFigure confirmMedianDays; // escalation → the acquirer's confirmation
    ScoreFigure confirmP90Days;
    ScoreFigure resolveMedianDays; // opened → resolved
    ScoreFigure resolveP90Days;
    int resolved = 0;
    int followUpsMissed = 0; // escalations not confirmed by their follow-up date
    int reversalsRefused = 0;
    int maintenanceVisits = 0;
    std::vector<ChannelMonth> months;
};

struct ChannelScorecard
{
    QDate from, to;
    std::vector<ChannelRow> rows; // acquirer profiles by name, then service providers by name
};

// The six cost categories of the cost ledger, in this order.
inline constexpr int kCostCategories = 6; // device, installation, training, maintenance, licence, other
QString costCategoryKey(int index);       // "device" … "other"

struct BrandCost
{
    QString currency;
    std::array<std::int64_t, kCostCategories> byCategory{}; // minor units over the period
    std::int64_t total = 0;
    ScoreFigure perTerminalYear; // minor units per terminal-year; basis: terminals
    std::array<std::optional<double>, kCostCategories> perTerminalYearByCategory{};
};

// One brand and model over the period.
struct BrandRow
{
    QString brand;
    QString model;
    int terminals = 0; // in service at some time in the period
    double terminalYears = 0;
    int incidentFaults = 0;    // incidents attributed to the terminal (device faults, its keys, its counters)
    int maintenanceVisits = 0; // repairs done ("maintenance" items)
    int swaps = 0;
    int faults = 0;
    ScoreFigure faultsPerTerminalYear;
    ScoreFigure mtbfDays; // in-service days per fault
    std::vector<BrandCost> costs;
};

struct BrandScorecard
{
    QDate from, to;
    std::vector<BrandRow> rows; // by brand, then model
};

} // namespace posdesk
