#pragma once

#include "pages/ReportsPage.h"
#include "reports/ReportLanguage.h"
#include "storage/Database.h"

namespace posdesk::desktop {

// Runs on the Reports page's worker thread: a connection of its own (a Qt SQL connection belongs to the thread that
// opened it), the report built and streamed into the file. The report catalog is already in force (installed by the
// GUI thread, since installing a translator notifies every widget).
ReportsPage::Outcome runReportExport(const DbConfig &config, const ReportRequest &request, ReportLanguage language,
                                     const QString &format, const QString &path, std::atomic<bool> *cancel,
                                     std::atomic<std::int64_t> *rows);

} // namespace posdesk::desktop
