// The scorecards over a 1,000,000-transaction, 10,000-incident SQLite history (POSDESK_BENCH_ROWS and
// POSDESK_BENCH_INCIDENTS to change), against a plain SQL aggregate of the same in the same run: transactions per
// acquirer profile and incidents per profile and code, through the raw sqlite3 C API (what the database alone costs
// to read the same rows once). The ratio is printed at the end.
#include "scorecards/ScorecardService.h"
#include "storage/Database.h"
#include "time/Clock.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>
#include <map>

using namespace posdesk;

namespace {

int g_rows = 1000000;
int g_incidents = 10000;
constexpr int kAcquirers = 5;
constexpr int kTerminals = 50;
QString g_db;
const QDate kFrom(2026, 1, 1);
const QDate kTo(2026, 12, 31);
const QTimeZone kZone(8 * 3600);
std::map<std::string, double> g_seconds;

[[noreturn]] void die(const char *what, const QString &detail)
{
    std::fprintf(stderr, "bench_scorecards: %s: %s\n", what, qPrintable(detail));
    std::exit(3);
}

void exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK)
        die("generating the history", QString::fromUtf8(err));
}

// A year of history: 50 terminals of 5 acquirer profiles and 5 brands; incidents with escalations and the
// acquirer's confirmation; costs and maintenance visits.
void generate(const QString &path)
{
    {
        DbConfig config;
        config.engine = DbEngine::Sqlite;
        config.sqlitePath = path;
        auto db = Database::open(config);
        if (!db)
            die("creating the database", db.error().fullText());
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        die("opening the database", QString());
    exec(db, "PRAGMA synchronous = OFF; BEGIN");
    exec(db, "INSERT INTO merchants (mid, name, created_at) VALUES ('898310058120001', 'Bench', 0)");
    for (int a = 1; a <= kAcquirers; ++a) {
        const std::string sql = "INSERT INTO acquirers (name, host, port, created_at, service_provider) VALUES "
                                "('Acquirer " +
                                std::to_string(a) + "', 'h', 1, 0, " +
                                (a % 2 ? "'Provider " + std::to_string(a % 3) + "'" : std::string("NULL")) + ")";
        exec(db, sql.c_str());
    }
    const qint64 start = QDateTime(kFrom, QTime(0, 0), kZone).toMSecsSinceEpoch();
    const qint64 span = QDateTime(kTo.addDays(1), QTime(0, 0), kZone).toMSecsSinceEpoch() - start;
    for (int t = 1; t <= kTerminals; ++t) {
        const std::string sql = "INSERT INTO terminals (tid, merchant_id, acquirer_id, state, brand, model, "
                                "created_at, updated_at) VALUES ('" +
                                std::to_string(71000000 + t) + "', 1, " + std::to_string(1 + t % kAcquirers) +
                                ", 'active', 'Brand " + std::to_string(t % 5) + "', 'M', 0, 0)";
        exec(db, sql.c_str());
        exec(db, ("INSERT INTO enrollment_events (terminal_id, to_state, actor, at) VALUES (" + std::to_string(t) +
                  ", 'signed-on', 'owner', 0)")
                     .c_str());
        exec(db, ("INSERT INTO terminal_costs (terminal_id, category, amount_minor, currency, incurred_on, "
                  "created_at) VALUES (" +
                  std::to_string(t) + ", 'device', 168000, 'CNY', '2026-02-01', 0)")
                     .c_str());
        exec(db, ("INSERT INTO maintenance (terminal_id, kind, due_on, done_at, created_at) VALUES (" +
                  std::to_string(t) + ", 'maintenance', '2026-03-01', " + std::to_string(start + span / 3) + ", 0)")
                     .c_str());
    }
    sqlite3_stmt *tx = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, amount_minor, currency, "
                       "created_at, updated_at) VALUES (?, 1, ?, ?, 'approved', 1000, 'CNY', ?, ?)",
                       -1, &tx, nullptr);
    for (int i = 0; i < g_rows; ++i) {
        const qint64 at = start + qint64(double(span) * i / g_rows);
        sqlite3_bind_int(tx, 1, 1 + i % kTerminals);
        sqlite3_bind_int(tx, 2, 1 + i / kTerminals);
        sqlite3_bind_text(tx, 3, i % 20 == 19 ? "cash" : "sale", -1, SQLITE_STATIC);
        sqlite3_bind_int64(tx, 4, at);
        sqlite3_bind_int64(tx, 5, at);
        if (sqlite3_step(tx) != SQLITE_DONE)
            die("inserting transactions", QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(tx);
    }
    sqlite3_finalize(tx);
    sqlite3_stmt *inc = nullptr, *step = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO incidents (terminal_id, source, code, dialect, state, opened_at, last_seen_at, "
                       "escalated_at, follow_up_at, resolved_at) VALUES (?, ?, ?, 'cup', 'resolved', ?, ?, ?, ?, ?)",
                       -1, &inc, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO incident_steps (incident_id, step_key, kind, outcome, actor, at) VALUES (?, ?, "
                       "'action', ?, 'owner', ?)",
                       -1, &step, nullptr);
    static const char *const codes[] = {"97", "96", "98", "A0", "94", "PRN"};
    constexpr qint64 day = 86400000;
    for (int i = 0; i < g_incidents; ++i) {
        const qint64 opened = start + qint64(double(span - 10 * day) * i / g_incidents);
        const char *code = codes[i % 6];
        const bool escalated = i % 3 != 0;
        const qint64 esc = opened + 3600000;
        const qint64 confirmed = esc + (1 + i % 7) * day / 2;
        sqlite3_bind_int(inc, 1, 1 + (i * 7) % kTerminals);
        sqlite3_bind_text(inc, 2, i % 6 == 5 ? "device" : "host", -1, SQLITE_STATIC);
        sqlite3_bind_text(inc, 3, code, -1, SQLITE_STATIC);
        sqlite3_bind_int64(inc, 4, opened);
        sqlite3_bind_int64(inc, 5, opened);
        escalated ? sqlite3_bind_int64(inc, 6, esc) : sqlite3_bind_null(inc, 6);
        escalated ? sqlite3_bind_int64(inc, 7, esc + 2 * day) : sqlite3_bind_null(inc, 7);
        sqlite3_bind_int64(inc, 8, confirmed + 3600000);
        if (sqlite3_step(inc) != SQLITE_DONE)
            die("inserting incidents", QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(inc);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        auto addStep = [&](const char *key, const char *outcome, qint64 at) {
            sqlite3_bind_int64(step, 1, id);
            sqlite3_bind_text(step, 2, key, -1, SQLITE_STATIC);
            sqlite3_bind_text(step, 3, outcome, -1, SQLITE_STATIC);
            sqlite3_bind_int64(step, 4, at);
            sqlite3_step(step);
            sqlite3_reset(step);
        };
        addStep("record", "passed", opened);
        if (escalated && code[0] == '9' && code[1] == '7')
            addStep("confirm-registration", "passed", confirmed);
        if (i % 50 == 0)
            addStep("own-mistake", "shop-mistake", opened + 60000);
    }
    sqlite3_finalize(inc);
    sqlite3_finalize(step);
    exec(db, "COMMIT; ANALYZE");
    sqlite3_close(db);
}

std::unique_ptr<Database> openDb()
{
    DbConfig config;
    config.engine = DbEngine::Sqlite;
    config.sqlitePath = g_db;
    auto db = Database::open(config);
    if (!db)
        die("opening the database", db.error().fullText());
    return std::move(*db);
}

void record(benchmark::State &state, const char *name, double seconds)
{
    g_seconds[name] = seconds / double(state.iterations());
    state.counters["transactions"] = g_rows;
    state.counters["incidents"] = g_incidents;
}

void BM_ChannelScorecard(benchmark::State &state)
{
    auto db = openDb();
    ScorecardService service(*db, SystemClock::instance(), kZone);
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        auto card = service.channels(kFrom, kTo);
        seconds += t.nsecsElapsed() / 1e9;
        if (!card || card->rows.empty())
            state.SkipWithError("no scorecard");
        benchmark::DoNotOptimize(card);
    }
    record(state, "channel", seconds);
}

void BM_BrandScorecard(benchmark::State &state)
{
    auto db = openDb();
    ScorecardService service(*db, SystemClock::instance(), kZone);
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        auto card = service.brands(kFrom, kTo);
        seconds += t.nsecsElapsed() / 1e9;
        if (!card || card->rows.empty())
            state.SkipWithError("no scorecard");
        benchmark::DoNotOptimize(card);
    }
    record(state, "brand", seconds);
}

// The floor: the same rows counted by one plain aggregate each, straight from sqlite3.
void BM_PlainSqlAggregate(benchmark::State &state)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(g_db).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const qint64 start = QDateTime(kFrom, QTime(0, 0), kZone).toMSecsSinceEpoch();
    const qint64 end = QDateTime(kTo.addDays(1), QTime(0, 0), kZone).toMSecsSinceEpoch();
    const char *const sqls[] = {
        "SELECT t.acquirer_id, COUNT(*) FROM transactions x JOIN terminals t ON t.id = x.terminal_id WHERE "
        "x.created_at >= ?1 AND x.created_at < ?2 AND x.kind <> 'cash' GROUP BY t.acquirer_id",
        "SELECT t.acquirer_id, i.code, COUNT(*), SUM(i.escalated_at IS NOT NULL) FROM incidents i JOIN terminals t "
        "ON t.id = i.terminal_id WHERE i.opened_at >= ?1 AND i.opened_at < ?2 GROUP BY t.acquirer_id, i.code"};
    double seconds = 0;
    std::int64_t sum = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        for (const char *sql : sqls) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
            sqlite3_bind_int64(st, 1, start);
            sqlite3_bind_int64(st, 2, end);
            while (sqlite3_step(st) == SQLITE_ROW)
                sum += sqlite3_column_int64(st, 1);
            sqlite3_finalize(st);
        }
        seconds += t.nsecsElapsed() / 1e9;
    }
    benchmark::DoNotOptimize(sum);
    sqlite3_close(db);
    record(state, "plain", seconds);
}

BENCHMARK(BM_ChannelScorecard)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_BrandScorecard)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_PlainSqlAggregate)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const int rows = qEnvironmentVariableIntValue("POSDESK_BENCH_ROWS"); rows > 0)
        g_rows = rows;
    if (const int n = qEnvironmentVariableIntValue("POSDESK_BENCH_INCIDENTS"); n > 0)
        g_incidents = n;
    QTemporaryDir dir;
    g_db = dir.filePath(QStringLiteral("bench.db"));
    QElapsedTimer t;
    t.start();
    generate(g_db);
    std::printf("generated %d transactions and %d incidents in %.1f s\n", g_rows, g_incidents, t.elapsed() / 1000.0);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (g_seconds.count("plain") && g_seconds["plain"] > 0) {
        std::printf("channel scorecard %.1f ms, brand scorecard %.1f ms, plain SQL aggregate %.1f ms: %.2f× and "
                    "%.2f× the plain aggregate\n",
                    g_seconds["channel"] * 1e3, g_seconds["brand"] * 1e3, g_seconds["plain"] * 1e3,
                    g_seconds["channel"] / g_seconds["plain"], g_seconds["brand"] / g_seconds["plain"]);
    }
    return 0;
}
