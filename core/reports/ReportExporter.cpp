#include "reports/ReportExporter.h"

#include <QCoreApplication>
#include <QFile>

#include <filesystem>
#include <system_error>

namespace posdesk {

namespace {

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Replaces the target in one step where the system allows it (POSIX rename), so that a reader never sees half a
// file under the final name.
Status replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    if (!ec)
        return {};
    return Error::environment(
        QCoreApplication::translate("posdesk::ReportExporter", "Cannot put the finished report in place as %1.")
            .arg(to),
        QString::fromStdString(ec.message()));
}

} // namespace

QString partialPathOf(const QString &path)
{
    return path + QStringLiteral(".part");
}

Result<ExportSummary> exportReport(ReportSource &source, ReportWriter &writer, const ReportHeading &heading,
                                   const QString &path, const ExportOptions &options)
{
    const QString partial = partialPathOf(path);
    auto fail = [&](const Error &e) -> Result<ExportSummary> {
        writer.abandon();
        QFile::remove(partial);
        return e;
    };
    if (auto s = source.start(); !s)
        return s.error();
    if (auto s = writer.open(partial, heading, source.columns()); !s)
        return fail(s.error());

    ExportSummary summary;
    ReportRow row(source.columns().size());
    const int interval = std::max(1, options.progressInterval);
    for (;;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return fail(Error::refused(QCoreApplication::translate("posdesk::ReportExporter",
                                                                   "The export was cancelled; no file was written."),
                                       QStringLiteral("cancelled")));
        auto more = source.next(row);
        if (!more)
            return fail(more.error());
        if (!*more)
            break;
        if (auto s = writer.writeRow(row); !s)
            return fail(s.error());
        ++summary.rows;
        if (options.progress && summary.rows % interval == 0)
            options.progress(summary.rows);
    }
    summary.totals = source.totals();
    if (auto s = writer.finish(summary.totals); !s)
        return fail(s.error());
    if (auto s = replaceFile(partial, path); !s) {
        QFile::remove(partial);
        return s.error();
    }
    if (options.progress)
        options.progress(summary.rows);
    return summary;
}

} // namespace posdesk
