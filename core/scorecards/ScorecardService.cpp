#include "scorecards/ScorecardService.h"

#include "scorecards/ScorecardHistory.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace posdesk {

namespace {

constexpr double kDayMs = 24.0 * 60 * 60 * 1000;
constexpr double kYearMs = 365.25 * kDayMs;

double days(std::int64_t ms)
{
    return double(ms) / kDayMs;
}

std::optional<double> perThousand(int incidents, std::int64_t transactions)
{
    if (transactions <= 0)
        return std::nullopt;
    return 1000.0 * incidents / double(transactions);
}

// Everything of one channel row: the acquirer profiles it covers and which maintenance visits are its.
ChannelRow channelRow(const ScorecardHistory &h, const QSet<Id> &acquirerIds, int visits)
{
    ChannelRow r;
    r.maintenanceVisits = visits;
    r.months.resize(h.months.size());
    for (std::size_t m = 0; m < h.months.size(); ++m)
        r.months[m].month = h.months[m];
    // The terminals the channel served: in service, or with a transaction or an incident in the period (a
    // terminal still being enrolled meets the acquirer's 97 before it is ever in service).
    QSet<Id> withIncidents;
    for (const auto &i : h.incidents) {
        if (i.source != u"device")
            withIncidents.insert(i.terminalId);
    }
    for (const auto &t : h.terminals) {
        if (!acquirerIds.contains(t.acquirerId))
            continue;
        std::int64_t tx = 0;
        for (std::size_t m = 0; m < t.txByMonth.size(); ++m) {
            r.months[m].transactions += t.txByMonth[m];
            tx += t.txByMonth[m];
        }
        r.transactions += tx;
        if (t.inServiceMs > 0 || tx > 0 || withIncidents.contains(t.id))
            ++r.terminals;
        r.reversalsRefused += t.reversalsRefused;
    }
    std::map<QString, int> codes;
    std::vector<double> confirm, resolve;
    std::vector<std::vector<double>> confirmByMonth(h.months.size());
    for (const auto &i : h.incidents) {
        const auto *t = h.terminal(i.terminalId);
        // A device fault (printer, reader, PIN pad) is the terminal's, not the channel's.
        if (!t || !acquirerIds.contains(t->acquirerId) || i.source == u"device")
            continue;
        if (i.shopMistake) {
            ++r.shopMistakes;
            continue;
        }
        ++r.incidents;
        ++codes[i.code];
        ChannelMonth &month = r.months[i.month];
        ++month.incidents;
        if (i.resolvedAt) {
            ++r.resolved;
            resolve.push_back(days(*i.resolvedAt - i.openedAt));
        }
        if (!i.escalatedAt)
            continue;
        ++r.escalations;
        ++month.escalations;
        if (i.confirmedAt) {
            ++r.confirmed;
            confirm.push_back(days(*i.confirmedAt - *i.escalatedAt));
            confirmByMonth[i.month].push_back(confirm.back());
        }
        // The acquirer missed the follow-up date: no confirmation by then (or none yet, and the date has passed).
        if (i.followUpAt && (i.confirmedAt ? *i.confirmedAt > *i.followUpAt : *i.followUpAt < h.evalEndMs))
            ++r.followUpsMissed;
    }
    for (const auto &o : h.outages) {
        if (!acquirerIds.contains(o.acquirerId) || o.ms <= 0)
            continue;
        r.unreachableMs += o.ms;
        ++r.outages;
    }
    r.incidentsPerThousand = scoreFigure(perThousand(r.incidents, r.transactions), r.incidents, r.terminals);
    for (const auto &[code, n] : codes)
        r.byCode.push_back({code, n, scoreFigure(perThousand(n, r.transactions), n, r.terminals)});
    std::stable_sort(r.byCode.begin(), r.byCode.end(),
                     [](const CodeScore &a, const CodeScore &b) { return a.incidents > b.incidents; });
    const int confirmedCount = int(confirm.size());
    r.confirmMedianDays = scoreFigure(percentile(confirm, 0.5), confirmedCount, r.terminals);
    r.confirmP90Days = scoreFigure(percentile(confirm, 0.9), confirmedCount, r.terminals);
    const int resolvedCount = int(resolve.size());
    r.resolveMedianDays = scoreFigure(percentile(resolve, 0.5), resolvedCount, r.terminals);
    r.resolveP90Days = scoreFigure(percentile(resolve, 0.9), resolvedCount, r.terminals);
    for (std::size_t m = 0; m < r.months.size(); ++m) {
        ChannelMonth &month = r.months[m];
        month.perThousand = scoreFigure(perThousand(month.incidents, month.transactions), month.incidents, r.terminals);
        const int n = int(confirmByMonth[m].size());
        month.confirmMedianDays = scoreFigure(percentile(confirmByMonth[m], 0.5), n, r.terminals);
    }
    return r;
}

} // namespace

ScoreFigure scoreFigure(std::optional<double> value, int basis, int terminals, int minBasis)
{
    return {value, basis, !value || terminals < kScorecardMinTerminals || basis < minBasis};
}

QString costCategoryKey(int index)
{
    static const char *const keys[kCostCategories] = {"device",      "installation", "training",
                                                      "maintenance", "licence",      "other"};
    return QString::fromLatin1(keys[std::clamp(index, 0, kCostCategories - 1)]);
}

const QStringList &ScorecardService::terminalFaultCodes()
{
    // A0/99: the terminal's keys or PIN block; A7: its security processing; 94: its trace counter went back;
    // 30: its software sent a malformed message.
    static const QStringList codes{QStringLiteral("A0"), QStringLiteral("99"), QStringLiteral("A7"),
                                   QStringLiteral("94"), QStringLiteral("30")};
    return codes;
}

Result<ChannelScorecard> ScorecardService::channels(const QDate &from, const QDate &to)
{
    auto h = load(from, to);
    if (!h)
        return h.error();
    ChannelScorecard out{from, to, {}};
    QHash<Id, QString> providerOf;
    for (const auto &a : h->acquirers)
        providerOf.insert(a.id, a.provider);
    // A visit belongs to the provider recorded on it, else to the one of its terminal's acquirer profile.
    auto visitProvider = [&](const ScorecardHistory::Visit &v) {
        if (!v.provider.isEmpty())
            return v.provider;
        const auto *t = h->terminal(v.terminalId);
        return t ? providerOf.value(t->acquirerId) : QString();
    };
    for (const auto &a : h->acquirers) {
        int visits = 0;
        for (const auto &v : h->visits) {
            const auto *t = h->terminal(v.terminalId);
            visits += t && t->acquirerId == a.id ? 1 : 0;
        }
        ChannelRow r = channelRow(*h, QSet<Id>{a.id}, visits);
        r.group = ChannelRow::Group::Acquirer;
        r.name = a.name;
        r.channelKind = a.channelKind;
        r.provider = a.provider;
        out.rows.push_back(std::move(r));
    }
    std::map<QString, QSet<Id>> providers; // by name, sorted
    for (const auto &a : h->acquirers) {
        if (!a.provider.isEmpty())
            providers[a.provider].insert(a.id);
    }
    for (const auto &v : h->visits) {
        const QString p = visitProvider(v);
        if (!p.isEmpty())
            providers.try_emplace(p);
    }
    for (const auto &[name, acquirerIds] : providers) {
        int visits = 0;
        for (const auto &v : h->visits)
            visits += visitProvider(v) == name ? 1 : 0;
        ChannelRow r = channelRow(*h, acquirerIds, visits);
        r.group = ChannelRow::Group::Provider;
        r.name = name;
        r.channelKind = QStringLiteral("service-provider");
        for (const auto &a : h->acquirers) {
            if (acquirerIds.contains(a.id))
                r.acquirers << a.name;
        }
        out.rows.push_back(std::move(r));
    }
    return out;
}

Result<BrandScorecard> ScorecardService::brands(const QDate &from, const QDate &to)
{
    auto h = load(from, to);
    if (!h)
        return h.error();
    struct Acc
    {
        BrandRow row;
        std::int64_t inServiceMs = 0;
        std::map<QString, BrandCost> costs;
    };
    std::map<std::pair<QString, QString>, Acc> groups;
    QHash<Id, Acc *> accOf;
    for (const auto &t : h->terminals) {
        Acc &acc = groups[{t.brand, t.model}];
        acc.row.brand = t.brand;
        acc.row.model = t.model;
        accOf.insert(t.id, &acc);
        if (t.inServiceMs > 0)
            ++acc.row.terminals;
        acc.inServiceMs += t.inServiceMs;
        acc.row.swaps += t.swaps;
    }
    const QStringList &faultCodes = terminalFaultCodes();
    for (const auto &i : h->incidents) {
        Acc *acc = accOf.value(i.terminalId);
        if (acc && !i.shopMistake && (i.source == u"device" || faultCodes.contains(i.code)))
            ++acc->row.incidentFaults;
    }
    for (const auto &v : h->visits) {
        Acc *acc = accOf.value(v.terminalId);
        if (acc && v.kind == u"maintenance")
            ++acc->row.maintenanceVisits;
    }
    for (const auto &c : h->costs) {
        Acc *acc = accOf.value(c.terminalId);
        if (!acc)
            continue;
        BrandCost &cost = acc->costs[c.currency];
        cost.currency = c.currency;
        cost.byCategory[c.category] += c.minor;
        cost.total += c.minor;
    }
    BrandScorecard out{from, to, {}};
    for (auto &[key, acc] : groups) {
        BrandRow &r = acc.row;
        r.terminalYears = double(acc.inServiceMs) / kYearMs;
        r.faults = r.incidentFaults + r.maintenanceVisits + r.swaps;
        const bool inService = r.terminalYears > 0;
        r.faultsPerTerminalYear = scoreFigure(
            inService ? std::optional<double>(r.faults / r.terminalYears) : std::nullopt, r.faults, r.terminals);
        r.mtbfDays = scoreFigure(r.faults > 0 ? std::optional<double>(days(acc.inServiceMs) / r.faults) : std::nullopt,
                                 r.faults, r.terminals);
        for (auto &[currency, cost] : acc.costs) {
            cost.perTerminalYear =
                scoreFigure(inService ? std::optional<double>(double(cost.total) / r.terminalYears) : std::nullopt,
                            r.terminals, r.terminals, kScorecardMinTerminals);
            for (int i = 0; i < kCostCategories; ++i) {
                if (inService)
                    cost.perTerminalYearByCategory[i] = double(cost.byCategory[i]) / r.terminalYears;
            }
            r.costs.push_back(cost);
        }
        if (r.terminals > 0 || r.faults > 0 || !r.costs.empty())
            out.rows.push_back(std::move(r));
    }
    return out;
}

} // namespace posdesk
