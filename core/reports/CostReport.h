#pragma once

#include "reports/ReportSource.h"

#include <array>
#include <map>

namespace posdesk {

// What each terminal cost in a period, one column per cost category (device, installation, training,
// maintenance, software licence, other) and a total; added up in the database, one row per terminal and currency.
class CostReport final : public ReportSource
{
public:
    CostReport(Database &db, const ReportRequest &request, std::optional<Id> terminalId);

    std::vector<ReportTotal> totals() const override;

    static constexpr int kCategories = 6; // the five named ones and "other"

protected:
    void fill(const QSqlQuery &query, ReportRow &row) override;

private:
    struct Sums
    {
        std::int64_t terminals = 0;
        std::array<std::int64_t, kCategories> byCategory{};
        std::int64_t total = 0;
    };
    std::map<QString, Sums> m_sums;
};

} // namespace posdesk
