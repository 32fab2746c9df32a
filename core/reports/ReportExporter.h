#pragma once

#include "reports/ReportSource.h"
#include "reports/ReportWriter.h"

#include <atomic>
#include <functional>

namespace posdesk {

struct ExportOptions
{
    // Called on the caller's thread with the number of rows exported so far (read and handed to the writer, which
    // may be a few hundred rows behind on its own thread), every `progressInterval` rows and once at the end.
    std::function<void(std::int64_t rowsDone)> progress;
    int progressInterval = 1000;
    // Checked between rows; when it turns true the export stops and its partial file is removed.
    const std::atomic<bool> *cancel = nullptr;
};

struct ExportSummary
{
    std::int64_t rows = 0;
    std::vector<ReportTotal> totals;
};

// Streams a report from its query into a file through a writer, one row at a time. The file appears only when it
// is complete: rows go to "<file>.part", renamed over the file at the end; a failed or cancelled export removes
// the partial file and leaves any earlier file of that name untouched. Cancelling is a Refused error.
Result<ExportSummary> exportReport(ReportSource &source, ReportWriter &writer, const ReportHeading &heading,
                                   const QString &path, const ExportOptions &options = {});

// The temporary name an export writes to before it is complete.
QString partialPathOf(const QString &path);

} // namespace posdesk
