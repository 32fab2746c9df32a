#pragma once

#include "money/Money.h"
#include "security/Actor.h"

#include <QDate>

#include <array>
#include <vector>

namespace posdesk {

// The owner's view of what the terminals cost in a period: totals per terminal, per kind of cost and per month,
// added up in one currency each (amounts in different currencies are never added together).
struct CostOverview
{
    enum Kind
    {
        Device,
        Installation,
        Training,
        Maintenance,
        Licence,
        Other,
    };
    static constexpr int kKinds = 6;
    using ByKind = std::array<std::int64_t, kKinds>;

    struct TerminalLine
    {
        QString tid;
        QString location;
        ByKind byKind{};
        std::int64_t total = 0;
    };
    struct MonthLine
    {
        QDate month; // the first day of the month
        ByKind byKind{};
        std::int64_t total = 0;
    };

    QString currency = QStringLiteral("CNY");
    std::vector<TerminalLine> terminals; // by TID
    std::vector<MonthLine> months;       // oldest first; only months with costs
    ByKind byKind{};
    std::int64_t total = 0;

    Money money(std::int64_t minor) const { return Money(minor, currency); }

    // The kind a stored cost category counts as; anything unknown is "other", so every total adds up.
    static Kind kindOf(const QString &category);
    // The kind's name in the current language.
    static QString kindName(int kind);

    // Costs incurred from..to (inclusive), one overview per currency (CNY first), at least one. Needs
    // Permission::Reports (owner, accountant).
    static Result<std::vector<CostOverview>> compute(Database &db, const Clock &clock, const Actor &actor,
                                                     const QDate &from, const QDate &to);
};

} // namespace posdesk
