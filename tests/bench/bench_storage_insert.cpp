// Inserting transactions through TransactionRepository (Qt SQL, prepared once, 1,000-row units of work)
// against the same rows through the raw sqlite3 C API, in the same process, same pragmas, same schema.
// Prints both rates and their ratio (target: repository ≥ 0.5 × raw).
#include "storage/Database.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace posdesk;

namespace {

int g_rows = 1000000;
constexpr int kUnit = 1000;
double g_repoRate = 0;
double g_rawRate = 0;

CardTransaction row(Id terminal, int i)
{
    CardTransaction t;
    t.terminalId = terminal;
    t.batchNo = 1 + i / 100000;
    t.stan = 1 + i % 100000;
    t.status = TxnStatus::Approved;
    t.amount = Money::cny(100 + (i * 7919) % 500000);
    t.panMasked = QStringLiteral("622848******1234");
    t.panHmac = QByteArray(32, char(i));
    t.cardScheme = QStringLiteral("UnionPay");
    t.entryMode = QStringLiteral("chip");
    t.rrn = QStringLiteral("112233%1").arg(i % 1000000, 6, 10, QLatin1Char('0'));
    t.authCode = QStringLiteral("A%1").arg(i % 100000, 5, 10, QLatin1Char('0'));
    t.responseCode = QStringLiteral("00");
    t.cashier = QStringLiteral("cashier");
    t.createdAt = t.updatedAt = 1700000000000LL + i * 1000LL;
    return t;
}

// A migrated database with one merchant, acquirer and terminal.
std::unique_ptr<Database> freshDb(const QString &path, Id *terminal)
{
    auto db = Database::open(DbConfig::sqlite(path));
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    (void)(*db)->exec(QStringLiteral("INSERT INTO merchants (mid, name, created_at) VALUES ('898310058120001','m',1)"));
    (void)(*db)->exec(QStringLiteral("INSERT INTO acquirers (name, host, port, created_at) VALUES ('a','h',1,1)"));
    (void)(*db)->exec(QStringLiteral("INSERT INTO terminals (tid, merchant_id, acquirer_id, state, created_at, "
                                     "updated_at) VALUES ('12345601',1,1,'active',1,1)"));
    *terminal = 1;
    return std::move(*db);
}

void BM_RepositoryInsert(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Id terminal = 0;
        auto db = freshDb(dir.filePath(QStringLiteral("repo.db")), &terminal);
        TransactionRepository repo(*db);
        std::vector<CardTransaction> rows;
        rows.reserve(kUnit);
        state.ResumeTiming();
        for (int i = 0; i < g_rows; i += kUnit) {
            UnitOfWork uow(*db);
            for (int j = i; j < i + kUnit && j < g_rows; ++j) {
                if (!repo.insert(row(terminal, j)))
                    qFatal("insert failed");
            }
            if (!uow.commit())
                qFatal("commit failed");
        }
    }
    state.SetItemsProcessed(state.iterations() * g_rows);
}

void BM_RawSqliteInsert(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("raw.db"));
        Id terminal = 0;
        freshDb(path, &terminal).reset(); // same schema, then let the C API take over
        sqlite3 *h = nullptr;
        sqlite3_open(path.toUtf8().constData(), &h);
        sqlite3_exec(h, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;", nullptr, nullptr,
                     nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h,
                           "INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, amount_minor, "
                           "currency, pan_masked, pan_hmac, card_scheme, entry_mode, rrn, auth_code, response_code, "
                           "original_id, cashier, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?) RETURNING id",
                           -1, &st, nullptr);
        state.ResumeTiming();
        for (int i = 0; i < g_rows; i += kUnit) {
            sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
            for (int j = i; j < i + kUnit && j < g_rows; ++j) {
                // The same conversions the repository does: from the domain object to column values.
                const CardTransaction t = row(terminal, j);
                const QByteArray kind = toKey(t.kind).toUtf8(), status = toKey(t.status).toUtf8(),
                                 cur = t.amount.currency().toUtf8(), pan = t.panMasked.toUtf8(),
                                 scheme = t.cardScheme.toUtf8(), entry = t.entryMode.toUtf8(), rrn = t.rrn.toUtf8(),
                                 auth = t.authCode.toUtf8(), rc = t.responseCode.toUtf8(), cashier = t.cashier.toUtf8();
                sqlite3_bind_int64(st, 1, t.terminalId);
                sqlite3_bind_int(st, 2, t.batchNo);
                sqlite3_bind_int(st, 3, t.stan);
                sqlite3_bind_text(st, 4, kind.constData(), int(kind.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 5, status.constData(), int(status.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(st, 6, t.amount.minor());
                sqlite3_bind_text(st, 7, cur.constData(), int(cur.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 8, pan.constData(), int(pan.size()), SQLITE_TRANSIENT);
                sqlite3_bind_blob(st, 9, t.panHmac.constData(), int(t.panHmac.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 10, scheme.constData(), int(scheme.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 11, entry.constData(), int(entry.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 12, rrn.constData(), int(rrn.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 13, auth.constData(), int(auth.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 14, rc.constData(), int(rc.size()), SQLITE_TRANSIENT);
                sqlite3_bind_null(st, 15);
                sqlite3_bind_text(st, 16, cashier.constData(), int(cashier.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(st, 17, t.createdAt);
                sqlite3_bind_int64(st, 18, t.updatedAt);
                if (sqlite3_step(st) != SQLITE_ROW)
                    qFatal("raw insert failed: %s", sqlite3_errmsg(h));
                benchmark::DoNotOptimize(sqlite3_column_int64(st, 0));
                sqlite3_reset(st);
            }
            if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
                qFatal("raw commit failed");
        }
        state.PauseTiming();
        sqlite3_finalize(st);
        sqlite3_close(h);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * g_rows);
}

// Records each run's rate so that the ratio can be printed at the end.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &r : runs) {
            const double seconds = r.GetAdjustedRealTime() / 1e3; // reported in ms
            const double rate = seconds > 0 ? g_rows / seconds : 0;
            if (r.benchmark_name().find("Repository") != std::string::npos)
                g_repoRate = rate;
            else
                g_rawRate = rate;
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QByteArray env = qgetenv("POSDESK_BENCH_ROWS"); !env.isEmpty())
        g_rows = env.toInt();
    benchmark::RegisterBenchmark("BM_RepositoryInsert", BM_RepositoryInsert)
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_RawSqliteInsert", BM_RawSqliteInsert)
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nrows: %d in units of %d\nrepository: %.0f rows/s\nraw sqlite3: %.0f rows/s\nratio "
                "repository/raw: %.2f (target >= 0.50)\n",
                g_rows, kUnit, g_repoRate, g_rawRate, g_rawRate > 0 ? g_repoRate / g_rawRate : 0.0);
    return 0;
}
