#pragma once

#include "reports/ReportSource.h"

#include <QHash>

namespace posdesk {

// Incidents opened in a period, with what the code means, how often it came back and how long it took to resolve.
// Totals: how many, how many resolved, how many still open, and the mean time to resolve.
class IncidentReport final : public ReportSource
{
public:
    IncidentReport(Database &db, const ReportRequest &request, const QTimeZone &zone, std::optional<Id> terminalId,
                   const QLocale &locale);

    std::vector<ReportTotal> totals() const override;

protected:
    void fill(const QSqlQuery &query, ReportRow &row) override;

private:
    QLocale m_locale;
    QHash<QString, QString> m_sourceText;
    QHash<QString, QString> m_stateText;
    std::int64_t m_count = 0;
    std::int64_t m_resolved = 0;
    std::int64_t m_minutesToResolve = 0;
};

} // namespace posdesk
