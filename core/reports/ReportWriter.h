#pragma once

#include "reports/ReportTypes.h"
#include "util/Result.h"

namespace posdesk {

// Writes one report into one file, a row at a time; the exporter drives it (see ReportExporter).
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    // Creates the file and writes what comes before the rows (byte-order mark and header row, page header …).
    virtual Status open(const QString &path, const ReportHeading &heading,
                        const std::vector<ReportColumn> &columns) = 0;
    virtual Status writeRow(const ReportRow &row) = 0;
    // Writes the totals and closes the file; the file is complete only when this succeeded.
    virtual Status finish(const std::vector<ReportTotal> &totals) = 0;
    // Closes the file without completing it; the exporter then removes it.
    virtual void abandon() = 0;
};

} // namespace posdesk
