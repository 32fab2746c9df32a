#include "reports/ReportExporter.h"

#include <QCoreApplication>
#include <QFile>

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <thread>

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

// Rows on their way from the reading thread to the writing thread, in batches that go round a small ring: the
// reader fills an empty batch and hands it over, the writer writes it and gives it back. The row buffers are reused
// all the way, so memory stays at a few thousand rows whatever the report's length.
class RowPipe
{
public:
    struct Batch
    {
        std::vector<ReportRow> rows;
        std::size_t used = 0;
    };

    RowPipe(std::size_t columns, int batches, std::size_t rowsPerBatch)
    {
        m_batches.resize(std::size_t(batches));
        for (Batch &b : m_batches) {
            b.rows.assign(rowsPerBatch, ReportRow(columns));
            m_empty.push_back(&b);
        }
    }

    // Reader: the next batch to fill; nullptr once the writer has stopped.
    Batch *takeEmpty()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_empty.empty() || m_writerStopped; });
        if (m_writerStopped)
            return nullptr;
        Batch *b = m_empty.front();
        m_empty.pop_front();
        b->used = 0;
        return b;
    }
    void handOver(Batch *b)
    {
        {
            std::lock_guard lock(m_mutex);
            m_full.push_back(b);
        }
        m_changed.notify_all();
    }
    // Reader: no more rows will come (the end, or the reader gave up).
    void endOfRows()
    {
        {
            std::lock_guard lock(m_mutex);
            m_ended = true;
        }
        m_changed.notify_all();
    }

    // Writer: the next batch to write; nullptr when the rows have ended and every batch is written.
    Batch *takeFull()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_full.empty() || m_ended; });
        if (m_full.empty())
            return nullptr;
        Batch *b = m_full.front();
        m_full.pop_front();
        return b;
    }
    void giveBack(Batch *b)
    {
        {
            std::lock_guard lock(m_mutex);
            m_empty.push_back(b);
        }
        m_changed.notify_all();
    }
    // Writer: a row failed; the reader stops at its next batch.
    void writerStopped()
    {
        {
            std::lock_guard lock(m_mutex);
            m_writerStopped = true;
        }
        m_changed.notify_all();
    }

private:
    std::vector<Batch> m_batches;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch *> m_empty;
    std::deque<Batch *> m_full;
    bool m_ended = false;
    bool m_writerStopped = false;
};

constexpr int kPipeBatches = 8;
constexpr std::size_t kRowsPerBatch = 256;

Error cancelledError()
{
    return Error::refused(
        QCoreApplication::translate("posdesk::ReportExporter", "The export was cancelled; no file was written."),
        QStringLiteral("cancelled"));
}

// Reads every row on this thread and writes them on the writer's own thread.
Status pumpOnTwoThreads(ReportSource &source, ReportWriter &writer, const ExportOptions &options, int interval,
                        ExportSummary &summary)
{
    RowPipe pipe(source.columns().size(), kPipeBatches, kRowsPerBatch);
    Status written;
    std::thread writing([&] {
        while (RowPipe::Batch *b = pipe.takeFull()) {
            for (std::size_t i = 0; i < b->used; ++i) {
                if (auto s = writer.writeRow(b->rows[i]); !s) {
                    written = s;
                    pipe.writerStopped();
                    return;
                }
            }
            pipe.giveBack(b);
        }
    });

    Status read;
    bool end = false;
    while (!end && read) {
        RowPipe::Batch *b = pipe.takeEmpty();
        if (!b)
            break; // the writer failed: its error is the one to report
        while (b->used < b->rows.size()) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                read = cancelledError();
                break;
            }
            auto more = source.next(b->rows[b->used]);
            if (!more) {
                read = more.error();
                break;
            }
            if (!*more) {
                end = true;
                break;
            }
            ++b->used;
            ++summary.rows;
            if (options.progress && summary.rows % interval == 0)
                options.progress(summary.rows);
        }
        pipe.handOver(b);
    }
    pipe.endOfRows();
    writing.join();
    if (!written)
        return written;
    return read;
}

Status pumpOnOneThread(ReportSource &source, ReportWriter &writer, const ExportOptions &options, int interval,
                       ExportSummary &summary)
{
    ReportRow row(source.columns().size());
    for (;;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return cancelledError();
        auto more = source.next(row);
        if (!more)
            return more.error();
        if (!*more)
            return {};
        if (auto s = writer.writeRow(row); !s)
            return s;
        ++summary.rows;
        if (options.progress && summary.rows % interval == 0)
            options.progress(summary.rows);
    }
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

    // The source stays on this thread (a database connection belongs to the thread that opened it); a writer that
    // allows it formats the file on a second core meanwhile.
    ExportSummary summary;
    const int interval = std::max(1, options.progressInterval);
    const Status pumped = writer.writesRowsOnAnyThread() ? pumpOnTwoThreads(source, writer, options, interval, summary)
                                                         : pumpOnOneThread(source, writer, options, interval, summary);
    if (!pumped)
        return fail(pumped.error());
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
