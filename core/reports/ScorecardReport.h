#pragma once

#include "reports/ReportSource.h"
#include "scorecards/Scorecard.h"

namespace posdesk {

// The channel or the brand scorecard as a report (CSV, XLSX, PDF). One row per acquirer profile or service
// provider (or brand and model) for the whole period, then one per month (channels); each row names its period,
// every rate its count, and a figure from too few terminals or incidents says "too few to compare". The scorecard
// is small, so it is computed before the first row (ScorecardService) rather than streamed from one query.
class ScorecardReport final : public ReportSource
{
public:
    enum class Kind
    {
        Channel,
        Brand
    };
    ScorecardReport(Database &db, const ReportRequest &request, const QTimeZone &zone, Kind kind);

    Result<bool> next(ReportRow &row) override;
    std::vector<ReportTotal> totals() const override;

protected:
    Status prepare() override;
    void fill(const QSqlQuery &, ReportRow &) override {}

private:
    void channelRows(const ChannelScorecard &card);
    void brandRows(const BrandScorecard &card);

    ReportRequest m_request;
    QTimeZone m_zone;
    Kind m_kind;
    std::vector<ReportRow> m_rows;
    std::size_t m_next = 0;
    std::vector<ReportTotal> m_totals;
};

} // namespace posdesk
