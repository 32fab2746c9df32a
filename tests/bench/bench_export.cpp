// Report exports on a 1,000,000-transaction SQLite database (POSDESK_BENCH_ROWS to change):
//  - the transactions CSV export against `sqlite3 -csv` running the very same query into the same file, in the
//    same run (target: at most 1.5 × sqlite3's time, peak memory at most 100 MB);
//  - the XLSX export (target: at most 20 s and 150 MB) against the floor of the library that writes it: the same
//    query read through the raw sqlite3 C API straight into libxlsxwriter (constant memory, same 16 columns and
//    cell types), with nothing of PosDesk in between.
// Each export runs in a child process (this program re-executed with --export-child), so that its peak memory is
// its own: the child's ru_maxrss from wait4(), which QProcess cannot give.
#include "reports/CsvReportWriter.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportExporter.h"
#include "reports/XlsxReportWriter.h"
#include "storage/Database.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace posdesk;

namespace {

int g_rows = 1000000;
QString g_self;
QTemporaryDir *g_dir = nullptr;
QString g_db;
// The whole history: the report's period covers every generated row.
const QDate kFrom(2026, 1, 1);
const QDate kTo(2026, 12, 31);

struct ChildRun
{
    double seconds = 0; // wall time of the child, start to exit
    long maxRssKb = 0;
    int status = -1;
};

// Runs a program with its standard output sent to `stdoutPath` and returns its time and peak memory.
ChildRun runChild(const QStringList &argv, const QString &stdoutPath)
{
    std::vector<QByteArray> bytes;
    for (const QString &a : argv)
        bytes.push_back(QFile::encodeName(a));
    std::vector<char *> args;
    for (QByteArray &b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    const QByteArray out = QFile::encodeName(stdoutPath);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = ::open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
            _exit(126);
        execvp(args[0], args.data());
        _exit(127);
    }
    ChildRun run;
    struct rusage usage = {};
    int status = 0;
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.maxRssKb = usage.ru_maxrss; // kilobytes on Linux
        run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return run;
}

// A migrated database filled through the raw sqlite3 C API in one transaction: a million rows in seconds.
void generateDatabase(const QString &path)
{
    {
        auto db = Database::open(DbConfig::sqlite(path));
        if (!db)
            qFatal("%s", qPrintable(db.error().fullText()));
        for (const char *sql : {
                 "INSERT INTO merchants (mid, name, created_at) VALUES ('898310058120001', '静安街角便利店', 1)",
                 "INSERT INTO acquirers (name, host, port, created_at) VALUES ('bank', '127.0.0.1', 5800, 1)",
                 "INSERT INTO terminals (tid, merchant_id, acquirer_id, state, created_at, updated_at) VALUES "
                 "('12345601', 1, 1, 'active', 1, 1), ('12345602', 1, 1, 'active', 1, 1), "
                 "('12345603', 1, 1, 'active', 1, 1)",
             }) {
            if (auto s = (*db)->exec(QString::fromUtf8(sql)); !s)
                qFatal("%s", qPrintable(s.error().fullText()));
        }
    }
    sqlite3 *h = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &h) != SQLITE_OK)
        qFatal("sqlite3_open failed");
    sqlite3_exec(h, "PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, amount_minor, currency, "
                       "pan_masked, card_scheme, entry_mode, rrn, auth_code, response_code, cashier, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &st, nullptr);
    static const char *const kinds[] = {"sale", "sale", "sale", "sale", "sale",
                                        "sale", "sale", "sale", "void", "refund"};
    static const char *const schemes[] = {"UnionPay", "UnionPay", "Visa", "Mastercard", "JCB"};
    static const char *const entries[] = {"contactless", "chip", "swipe"};
    static const char *const cashiers[] = {"王芳", "李四", "cashier"};
    const qint64 start = QDateTime(kFrom, QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    char pan[32];
    char rrn[16];
    char auth[8];
    for (int i = 0; i < g_rows; ++i) {
        const int terminal = 1 + i % 3;
        std::snprintf(pan, sizeof pan, "622848******%04d", i % 10000);
        std::snprintf(rrn, sizeof rrn, "%012d", i);
        std::snprintf(auth, sizeof auth, "%06d", (i * 7919) % 1000000);
        const bool declined = i % 40 == 7;
        sqlite3_bind_int(st, 1, terminal);
        sqlite3_bind_int(st, 2, 1 + i / 300000);
        sqlite3_bind_int(st, 3, 1 + i / 3);
        sqlite3_bind_text(st, 4, kinds[i % 10], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, declined ? "declined" : "approved", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 6, 100 + (qint64(i) * 7919) % 500000);
        sqlite3_bind_text(st, 7, pan, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 8, schemes[i % 5], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 9, entries[i % 3], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 10, rrn, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 11, auth, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 12, declined ? "51" : "00", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 13, cashiers[i % 3], -1, SQLITE_STATIC);
        // About 28,000 a day for a year: every 3 seconds.
        sqlite3_bind_int64(st, 14, start + qint64(i) * 3000);
        sqlite3_bind_int64(st, 15, start + qint64(i) * 3000 + 1500);
        if (sqlite3_step(st) != SQLITE_DONE)
            qFatal("insert failed: %s", sqlite3_errmsg(h));
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("commit failed: %s", sqlite3_errmsg(h));
    sqlite3_close(h);
}

ReportRequest transactionsRequest()
{
    ReportRequest r;
    r.kind = ReportKind::Transactions;
    r.from = kFrom;
    r.to = kTo;
    return r;
}

// The report's statement with its values written in, for the sqlite3 shell.
QString inlineStatement(const ReportSource &source)
{
    QString sql = source.statement();
    for (const QVariant &v : source.bindValues()) {
        const qsizetype at = sql.indexOf(u'?');
        const QString literal = v.typeId() == QMetaType::QString
                                    ? u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\''
                                    : v.toString();
        sql.replace(at, 1, literal);
    }
    return sql;
}

// --export-child FORMAT DB OUT: one export; the parent measures the process from start to exit.
int exportChild(const QString &format, const QString &dbPath, const QString &out)
{
    auto db = Database::open(DbConfig::sqlite(dbPath));
    if (!db)
        return 3;
    const QTimeZone zone = QTimeZone::utc();
    auto source = makeReport(**db, transactionsRequest(), zone, QLocale::c());
    if (!source)
        return 3;
    ReportHeading heading;
    heading.title = (*source)->title();
    heading.from = kFrom;
    heading.to = kTo;
    heading.zone = zone;
    heading.generatedAt = QDateTime::currentDateTimeUtc();
    CsvReportWriter csv;
    XlsxReportWriter xlsx;
    ReportWriter &writer = format == u"xlsx" ? static_cast<ReportWriter &>(xlsx) : csv;
    auto summary = exportReport(**source, writer, heading, out);
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().fullText()));
        return 1;
    }
    return summary->rows == g_rows ? 0 : 1;
}

// --xlsx-floor-child DB OUT: what any program needs to write this XLSX with libxlsxwriter: the report's rows (the
// terminal and merchant names joined in SQL) read with the sqlite3 C API and handed to the library as they are.
int xlsxFloorChild(const char *dbPath, const char *out)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(dbPath, &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 3;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h,
                           "SELECT t.created_at, te.tid, m.name, t.batch_no, t.stan, t.kind, t.status, t.amount_minor, "
                           "t.currency, t.pan_masked, t.card_scheme, t.entry_mode, t.rrn, t.auth_code, "
                           "t.response_code, t.cashier FROM transactions t JOIN terminals te ON te.id = t.terminal_id "
                           "JOIN merchants m ON m.id = te.merchant_id ORDER BY t.created_at, t.id",
                           -1, &st, nullptr) != SQLITE_OK)
        return 3;
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(out, &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    lxw_format *integer = workbook_add_format(book);
    format_set_num_format(integer, "0");
    lxw_format *time = workbook_add_format(book);
    format_set_num_format(time, "yyyy-mm-dd hh:mm:ss");
    lxw_row_t row = 1;
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (lxw_col_t c = 0; c < 16; ++c) {
            switch (c) {
            case 0:
                worksheet_write_number(sheet, row, c, double(sqlite3_column_int64(st, c)) / 86400000.0 + 25569.0, time);
                break;
            case 3:
            case 4:
                worksheet_write_number(sheet, row, c, double(sqlite3_column_int64(st, c)), integer);
                break;
            case 7:
                worksheet_write_number(sheet, row, c, double(sqlite3_column_int64(st, c)) / 100.0, money);
                break;
            default:
                if (const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, c)))
                    worksheet_write_string(sheet, row, c, text, nullptr);
            }
        }
        ++row;
        ++rows;
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    if (workbook_close(book) != LXW_NO_ERROR)
        return 1;
    return rows == g_rows ? 0 : 1;
}

QString g_sqlite3;

void BM_CsvExportVsSqlite3(benchmark::State &state)
{
    const QString out = g_dir->filePath(QStringLiteral("transactions.csv"));
    auto db = Database::open(DbConfig::sqlite(g_db));
    auto source = makeReport(**db, transactionsRequest(), QTimeZone::utc(), QLocale::c());
    const QString sql = inlineStatement(**source);
    for (auto _ : state) {
        // Both read the database from the operating system's cache: it was written just before.
        const ChildRun shell = runChild({g_sqlite3, QStringLiteral("-csv"), g_db, sql}, out);
        const qint64 shellBytes = QFileInfo(out).size();
        QFile::remove(out);
        const ChildRun ours = runChild({g_self, QStringLiteral("--export-child"), QStringLiteral("csv"), g_db, out},
                                       QStringLiteral("/dev/null"));
        if (shell.status != 0 || ours.status != 0) {
            state.SkipWithError("a child failed");
            return;
        }
        state.SetIterationTime(ours.seconds);
        state.counters["sqlite3_s"] = shell.seconds;
        state.counters["posdesk_s"] = ours.seconds;
        state.counters["ratio"] = ours.seconds / shell.seconds;
        state.counters["peak_MB"] = double(ours.maxRssKb) / 1024;
        state.counters["sqlite3_peak_MB"] = double(shell.maxRssKb) / 1024;
        state.counters["csv_MB"] = double(QFileInfo(out).size()) / 1e6;
        state.counters["sqlite3_csv_MB"] = double(shellBytes) / 1e6;
    }
    state.counters["rows"] = g_rows;
}

void BM_XlsxExport(benchmark::State &state)
{
    const QString out = g_dir->filePath(QStringLiteral("transactions.xlsx"));
    for (auto _ : state) {
        const ChildRun floor =
            runChild({g_self, QStringLiteral("--xlsx-floor-child"), g_db, out}, QStringLiteral("/dev/null"));
        const double floorBytes = double(QFileInfo(out).size());
        QFile::remove(out);
        const ChildRun ours = runChild({g_self, QStringLiteral("--export-child"), QStringLiteral("xlsx"), g_db, out},
                                       QStringLiteral("/dev/null"));
        if (floor.status != 0 || ours.status != 0) {
            state.SkipWithError("an export failed");
            return;
        }
        state.SetIterationTime(ours.seconds);
        state.counters["libxlsxwriter_floor_s"] = floor.seconds;
        state.counters["posdesk_s"] = ours.seconds;
        state.counters["ratio"] = ours.seconds / floor.seconds;
        state.counters["peak_MB"] = double(ours.maxRssKb) / 1024;
        state.counters["xlsx_MB"] = double(QFileInfo(out).size()) / 1e6;
        state.counters["floor_xlsx_MB"] = floorBytes / 1e6;
    }
    state.counters["rows"] = g_rows;
}

} // namespace

int main(int argc, char **argv)
{
    if (const char *env = std::getenv("POSDESK_BENCH_ROWS"))
        g_rows = std::atoi(env);
    // --generate PATH: only write the database, to profile an export by hand.
    if (argc == 3 && std::strcmp(argv[1], "--generate") == 0) {
        QCoreApplication app(argc, argv);
        generateDatabase(QString::fromLocal8Bit(argv[2]));
        return 0;
    }
    if (argc == 5 && std::strcmp(argv[1], "--export-child") == 0) {
        QCoreApplication app(argc, argv);
        return exportChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                           QString::fromLocal8Bit(argv[4]));
    }
    if (argc == 4 && std::strcmp(argv[1], "--xlsx-floor-child") == 0)
        return xlsxFloorChild(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    g_self = QCoreApplication::applicationFilePath();
    g_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (g_sqlite3.isEmpty()) {
        std::fprintf(stderr, "bench_export needs the sqlite3 shell (apt-get install sqlite3)\n");
        return 3;
    }
    QTemporaryDir dir;
    g_dir = &dir;
    g_db = dir.filePath(QStringLiteral("bench.db"));
    QElapsedTimer timer;
    timer.start();
    generateDatabase(g_db);
    std::printf("generated %d transactions in %.1f s\n", g_rows, double(timer.nsecsElapsed()) / 1e9);

    benchmark::RegisterBenchmark("BM_CsvExportVsSqlite3", BM_CsvExportVsSqlite3)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("BM_XlsxExport", BM_XlsxExport)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kSecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    std::printf("targets: CSV ratio <= 1.5 and peak <= 100 MB; XLSX <= 20 s and <= 150 MB (the libxlsxwriter floor "
                "is what the library itself needs on this machine)\n");
    return 0;
}
