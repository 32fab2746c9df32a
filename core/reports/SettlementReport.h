#pragma once

#include "reports/CellFormatter.h"
#include "reports/ReportSource.h"

#include <QHash>

namespace posdesk {

// Batches settled (closed) in a period, with the totals the terminal sent the host and the host's verdict:
// one row per batch, or one row per shop-local day (added up as the batches stream by, so a day's rows are never
// held in memory).
class SettlementReport final : public ReportSource
{
public:
    enum class Grouping
    {
        PerBatch,
        PerDay
    };
    SettlementReport(Database &db, const ReportRequest &request, const QTimeZone &zone, std::optional<Id> terminalId,
                     Grouping grouping);

    Result<bool> next(ReportRow &row) override;
    std::vector<ReportTotal> totals() const override;

protected:
    void fill(const QSqlQuery &query, ReportRow &row) override;

private:
    struct Sums
    {
        std::int64_t batches = 0;
        std::int64_t saleCount = 0;
        std::int64_t saleMinor = 0;
        std::int64_t refundCount = 0;
        std::int64_t refundMinor = 0;
        void add(const Sums &o);
    };
    Sums sumsOf(const QSqlQuery &q) const;
    void fillDay(const QDate &day, const Sums &s, ReportRow &row) const;

    Grouping m_grouping;
    CellFormatter m_formatter;
    QHash<QString, QString> m_verdictText;
    Sums m_total;
    // Per day: the first batch of the next day, read while finding the end of the current one.
    bool m_havePending = false;
    QDate m_pendingDay;
    Sums m_pending;
};

} // namespace posdesk
