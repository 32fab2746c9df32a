#pragma once

#include "reports/ReportSource.h"
#include "time/Clock.h"

#include <memory>

namespace posdesk {

// "transactions", "settlement" (per batch), "settlement-day", "incidents", "costs".
std::optional<ReportKind> reportKindFromString(const QString &s);
QString toKey(ReportKind kind);

// Builds the report a request names, with headers in the language of the catalogs in force. A terminal filter that
// names no terminal is NotFound; an inverted or missing period is a usage error.
Result<std::unique_ptr<ReportSource>> makeReport(Database &db, const ReportRequest &request, const QTimeZone &zone,
                                                 const QLocale &locale);

// The page header and summary of a report: the merchant (the filtered terminal's, else the shop's), the period,
// a human summary of the filters, and when it was made.
Result<ReportHeading> headingFor(Database &db, const ReportRequest &request, const ReportSource &source,
                                 const QTimeZone &zone, const QLocale &locale, const Clock &clock);

} // namespace posdesk
