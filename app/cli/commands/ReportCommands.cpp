#include "Command.h"

#include "reports/CsvReportWriter.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportExporter.h"
#include "reports/ReportLanguage.h"
#include "reports/XlsxReportWriter.h"
#include "reports/pdf/PdfReportWriter.h"
#include "security/Permissions.h"
#include "settlement/PreCloseGuard.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstring>

namespace posdesk::cli {

namespace {

// Set by Ctrl-C or a termination request while an export runs; the exporter checks it between rows and removes
// its partial file, so an interrupted export never leaves half a report behind.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_interrupted.store(false);
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }

private:
    void (*m_int)(int) = SIG_DFL;
    void (*m_term)(int) = SIG_DFL;
};

// Runs one change in its own unit of work.
template <typename F> Status uowStatus(Database &db, F &&change)
{
    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus();
    if (auto s = change(); !s)
        return s;
    return uow.commit();
}

Result<ReportLanguage> languageOption(CliContext &ctx)
{
    if (!ctx.isSet(QStringLiteral("lang")))
        return systemReportLanguage();
    const auto lang = reportLanguageFromString(ctx.value(QStringLiteral("lang")));
    if (!lang)
        return Error::usage(QCoreApplication::translate("posdesk::cli", "--lang must be zh or en."));
    return *lang;
}

Result<QDate> dayOption(CliContext &ctx, const QString &name)
{
    if (!ctx.isSet(name))
        return Error::usage(
            QCoreApplication::translate("posdesk::cli", "--%1 is required, e.g. --%1 2026-01-31.").arg(name));
    const QDate d = QDate::fromString(ctx.value(name), Qt::ISODate);
    if (!d.isValid())
        return Error::usage(QCoreApplication::translate("posdesk::cli", "--%1 takes a day as YYYY-MM-DD, not “%2”.")
                                .arg(name, ctx.value(name)));
    return d;
}

Result<QString> formatOption(CliContext &ctx, const QString &out)
{
    QString format = ctx.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    if (format != u"csv" && format != u"xlsx" && format != u"pdf")
        return Error::usage(QCoreApplication::translate("posdesk::cli", "--format must be csv, xlsx or pdf."));
    return format;
}

Result<ReportRequest> requestFrom(CliContext &ctx)
{
    ReportRequest r;
    const QString kind = ctx.value(QStringLiteral("kind"));
    const auto k = reportKindFromString(kind);
    if (!k)
        return Error::usage(QCoreApplication::translate(
            "posdesk::cli",
            "--kind must be transactions, settlement, incidents, costs, scorecard-channel or scorecard-brand."));
    r.kind = *k;
    const QString per = ctx.value(QStringLiteral("per"));
    if (!per.isEmpty()) {
        if (r.kind != ReportKind::SettlementBatches || (per != u"batch" && per != u"day"))
            return Error::usage(
                QCoreApplication::translate("posdesk::cli", "--per batch|day goes with --kind settlement."));
        if (per == u"day")
            r.kind = ReportKind::SettlementDays;
    }
    auto from = dayOption(ctx, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = dayOption(ctx, QStringLiteral("to"));
    if (!to)
        return to.error();
    r.from = *from;
    r.to = *to;
    r.tid = ctx.value(QStringLiteral("tid"));
    r.cashier = ctx.value(QStringLiteral("cashier"));
    if (ctx.isSet(QStringLiteral("type"))) {
        r.type = txnKindFromString(ctx.value(QStringLiteral("type")));
        if (!r.type)
            return Error::usage(
                QCoreApplication::translate("posdesk::cli", "--type must be sale, void, refund or cash."));
    }
    if (ctx.isSet(QStringLiteral("result"))) {
        r.result = txnStatusFromString(ctx.value(QStringLiteral("result")));
        if (!r.result)
            return Error::usage(QCoreApplication::translate(
                "posdesk::cli", "--result must be approved, declined, pending, in-doubt, reversed or voided."));
    }
    const bool transactionFilters = !r.cashier.isEmpty() || r.type || r.result;
    if (transactionFilters && r.kind != ReportKind::Transactions)
        return Error::usage(QCoreApplication::translate(
            "posdesk::cli", "--cashier, --type and --result filter the transactions report only."));
    return r;
}

std::unique_ptr<ReportWriter> writerFor(const QString &format)
{
    if (format == u"xlsx")
        return std::make_unique<XlsxReportWriter>();
    if (format == u"pdf")
        return std::make_unique<PdfReportWriter>();
    return std::make_unique<CsvReportWriter>();
}

QJsonArray totalsJson(const std::vector<ReportTotal> &totals)
{
    QJsonArray out;
    for (const ReportTotal &t : totals) {
        QJsonObject o{{QStringLiteral("label"), t.label}};
        if (t.count)
            o.insert(QStringLiteral("count"), qint64(*t.count));
        if (t.amountMinor) {
            o.insert(QStringLiteral("amount"), Money(*t.amountMinor, t.currency).toPlainString());
            o.insert(QStringLiteral("currency"), t.currency);
        }
        out.append(o);
    }
    return out;
}

int runReport(CliContext &ctx)
{
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--out FILE is required."));
    auto format = formatOption(ctx, out);
    if (!format)
        return ctx.fail(format.error());
    auto request = requestFrom(ctx);
    if (!request)
        return ctx.fail(request.error());
    auto language = languageOption(ctx);
    if (!language)
        return ctx.fail(language.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const Actor actor = ctx.actor();
    const QString object = QStringLiteral("report %1").arg(toKey(request->kind));
    if (auto s = require(**db, ctx.clock(), actor, Permission::Export, object); !s)
        return ctx.fail(s.error());

    // In force before the report is built: its headers are translated as it is made.
    ReportTranslation translation(*language);
    const QLocale locale = localeOf(*language);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto source = makeReport(**db, *request, zone, locale);
    if (!source)
        return ctx.fail(source.error());
    auto heading = headingFor(**db, *request, **source, zone, locale, ctx.clock());
    if (!heading)
        return ctx.fail(heading.error());

    const QString path = QFileInfo(out).absoluteFilePath();
    auto writer = writerFor(*format);
    Result<ExportSummary> summary = Error::internal(QString());
    {
        InterruptGuard interrupts;
        ExportOptions options;
        options.cancel = &g_interrupted;
        summary = exportReport(**source, *writer, *heading, path, options);
    }
    const QString detail =
        QStringLiteral("%1 %2..%3%4 -> %5")
            .arg(*format, request->from.toString(Qt::ISODate), request->to.toString(Qt::ISODate),
                 heading->filters.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(heading->filters), path);
    // Exports take data out of the shop: each one is on the audit trail, failed ones too.
    Status audited = uowStatus(**db, [&] {
        return audit(**db, ctx.clock(), actor, QStringLiteral("report.export"), object,
                     summary ? QStringLiteral("ok") : QStringLiteral("failed"),
                     summary ? QStringLiteral("%1; %2 rows").arg(detail).arg(summary->rows)
                             : QStringLiteral("%1; %2").arg(detail, summary.error().fullText()));
    });
    if (!summary)
        return ctx.fail(summary.error());
    if (!audited)
        return ctx.fail(audited.error());

    ctx.out(QCoreApplication::translate("posdesk::cli", "%1: %2 rows written to %3.")
                .arg(heading->title)
                .arg(summary->rows)
                .arg(path));
    for (const ReportTotal &t : summary->totals) {
        QStringList parts;
        if (t.count)
            parts << QString::number(*t.count);
        if (t.amountMinor)
            parts << Money(*t.amountMinor, t.currency).toDisplayString(QLocale::c());
        ctx.out(QStringLiteral("  %1: %2").arg(t.label, parts.join(QStringLiteral(", "))));
    }
    ctx.emitJson(QJsonObject{{QStringLiteral("file"), path},
                             {QStringLiteral("kind"), toKey(request->kind)},
                             {QStringLiteral("format"), *format},
                             {QStringLiteral("from"), request->from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), request->to.toString(Qt::ISODate)},
                             {QStringLiteral("rows"), qint64(summary->rows)},
                             {QStringLiteral("totals"), totalsJson(summary->totals)}});
    return ExitOk;
}

int runDayCheck(CliContext &ctx)
{
    auto language = languageOption(ctx);
    if (!language)
        return ctx.fail(language.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::Settle, QStringLiteral("day check")); !s)
        return ctx.fail(s.error());
    ReportTranslation translation(*language);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate day = ctx.clock().nowUtc().toTimeZone(zone).date();
    auto items = PreCloseGuard(**db, ctx.clock(), zone, localeOf(*language)).check(day);
    if (!items)
        return ctx.fail(items.error());
    QJsonArray list;
    if (items->empty())
        ctx.out(QCoreApplication::translate("posdesk::cli", "Nothing left to deal with: the day can be closed."));
    else
        ctx.out(QCoreApplication::translate("posdesk::cli", "Before closing the day, deal with:"));
    for (const PreCloseItem &item : *items) {
        ctx.out(QStringLiteral("  - %1\n    %2").arg(item.what, item.nextStep));
        QJsonObject o{{QStringLiteral("issue"), toKey(item.issue)},
                      {QStringLiteral("tid"), item.tid},
                      {QStringLiteral("count"), item.count},
                      {QStringLiteral("what"), item.what},
                      {QStringLiteral("next"), item.nextStep}};
        if (item.objectId != 0)
            o.insert(QStringLiteral("id"), qint64(item.objectId));
        list.append(o);
    }
    ctx.emitJson(QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                             {QStringLiteral("clear"), items->empty()},
                             {QStringLiteral("items"), list}});
    return items->empty() ? ExitOk : ExitRefused;
}

QCommandLineOption langOption()
{
    return {QStringLiteral("lang"),
            QCoreApplication::translate("posdesk::cli", "Language of the headers and text: zh or en (default: the "
                                                        "system's)."),
            QStringLiteral("LANG")};
}

} // namespace

bool needsGuiApplication(int argc, char **argv)
{
    bool report = false;
    bool formatGiven = false;
    bool pdf = false;
    bool outIsPdf = false;
    for (int i = 1; i < argc; ++i) {
        QByteArray a(argv[i]);
        if (a.startsWith('-') && !a.startsWith("--"))
            a.prepend('-'); // single-dash long options are accepted too
        const bool hasValue = i + 1 < argc;
        if (a == "--db" || a == "--db-url" || a == "--user") {
            ++i;
        } else if (!a.startsWith('-')) {
            if (!report && a != "report")
                return false;
            report = true;
        } else if (a == "--format" && hasValue) {
            formatGiven = true;
            pdf = qstricmp(argv[++i], "pdf") == 0;
        } else if (a.startsWith("--format=")) {
            formatGiven = true;
            pdf = a.mid(9).toLower() == "pdf";
        } else if (a == "--out" && hasValue) {
            outIsPdf = QByteArray(argv[++i]).toLower().endsWith(".pdf");
        } else if (a.startsWith("--out=")) {
            outIsPdf = a.toLower().endsWith(".pdf");
        }
    }
    if (!report || !(formatGiven ? pdf : outIsPdf))
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Writing a file needs no screen; "offscreen" has the fonts a PDF needs ("minimal" has none) and never waits
    // for a display server. A platform chosen on purpose is kept.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform.startsWith("minimal"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return true;
}

void addReportCommands(std::vector<Command> &out)
{
    out.push_back(
        {{QStringLiteral("report")},
         QStringLiteral("--kind transactions|settlement|incidents|costs|scorecard-channel|scorecard-brand --from "
                        "YYYY-MM-DD --to YYYY-MM-DD "
                        "--format csv|xlsx|pdf --out FILE [--per batch|day] [--tid T] [--cashier C] "
                        "[--type sale|void|refund|cash] [--result approved|declined|…] [--lang zh|en]"),
         QCoreApplication::translate("posdesk::cli",
                                     "Export a report of a period (days in the shop's time zone, both included)."),
         {{QStringLiteral("kind"), QCoreApplication::translate("posdesk::cli", "Which report."),
           QStringLiteral("KIND")},
          {QStringLiteral("from"), QCoreApplication::translate("posdesk::cli", "First day."), QStringLiteral("DAY")},
          {QStringLiteral("to"), QCoreApplication::translate("posdesk::cli", "Last day."), QStringLiteral("DAY")},
          {QStringLiteral("format"), QCoreApplication::translate("posdesk::cli", "csv, xlsx or pdf."),
           QStringLiteral("FORMAT")},
          {QStringLiteral("out"), QCoreApplication::translate("posdesk::cli", "File to write."),
           QStringLiteral("FILE")},
          {QStringLiteral("per"),
           QCoreApplication::translate("posdesk::cli", "Settlement report: one row per batch or per day."),
           QStringLiteral("batch|day")},
          {QStringLiteral("tid"), QCoreApplication::translate("posdesk::cli", "Only this terminal."),
           QStringLiteral("TID")},
          {QStringLiteral("cashier"), QCoreApplication::translate("posdesk::cli", "Only this cashier's transactions."),
           QStringLiteral("NAME")},
          {QStringLiteral("type"), QCoreApplication::translate("posdesk::cli", "Only transactions of this type."),
           QStringLiteral("TYPE")},
          {QStringLiteral("result"), QCoreApplication::translate("posdesk::cli", "Only transactions with this result."),
           QStringLiteral("RESULT")},
          langOption()},
         runReport});
    out.push_back({{QStringLiteral("day"), QStringLiteral("check")},
                   QStringLiteral("[--lang zh|en]"),
                   QCoreApplication::translate("posdesk::cli",
                                               "List what to deal with before closing the day: unsettled batches, "
                                               "pending reversals, unprinted receipts, open incidents. Exit code 1 "
                                               "when there is any."),
                   {langOption()},
                   runDayCheck});
}

} // namespace posdesk::cli
