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
    // True when writeRow() may run on a thread of the exporter's own (open(), finish() and abandon() stay on the
    // caller's): the rows are then read and written on two cores at once. False for writers tied to one thread.
    virtual bool writesRowsOnAnyThread() const { return false; }
};

} // namespace posdesk
