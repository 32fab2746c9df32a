#include "pages/ReportExportJob.h"

#include "reports/CsvReportWriter.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportExporter.h"
#include "reports/XlsxReportWriter.h"
#include "reports/pdf/PdfReportWriter.h"
#include "storage/Database.h"
#include "time/Clock.h"

#include <QTimeZone>

namespace posdesk::desktop {

namespace {

std::unique_ptr<ReportWriter> writerFor(const QString &format)
{
    if (format == u"xlsx")
        return std::make_unique<XlsxReportWriter>();
    if (format == u"pdf")
        return std::make_unique<PdfReportWriter>();
    return std::make_unique<CsvReportWriter>();
}

} // namespace

ReportsPage::Outcome runReportExport(const DbConfig &config, const ReportRequest &request, ReportLanguage language,
                                     const QString &format, const QString &path, std::atomic<bool> *cancel,
                                     std::atomic<std::int64_t> *rows)
{
    ReportsPage::Outcome out;
    auto db = Database::open(config);
    if (!db) {
        out.error = db.error().fullText();
        return out;
    }
    const QLocale locale = localeOf(language);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto source = makeReport(**db, request, zone, locale);
    if (!source) {
        out.error = source.error().fullText();
        return out;
    }
    auto heading = headingFor(**db, request, **source, zone, locale, SystemClock::instance());
    if (!heading) {
        out.error = heading.error().fullText();
        return out;
    }
    out.title = heading->title;
    out.filters = heading->filters;
    auto writer = writerFor(format);
    ExportOptions options;
    options.cancel = cancel;
    options.progressInterval = 200;
    options.progress = [rows](std::int64_t done) {
        rows->store(done, std::memory_order_relaxed);
    };
    auto summary = exportReport(**source, *writer, *heading, path, options);
    if (!summary) {
        out.cancelled = cancel->load();
        out.error = summary.error().fullText();
        return out;
    }
    out.ok = true;
    out.rows = summary->rows;
    out.totals = summary->totals;
    return out;
}

} // namespace posdesk::desktop
