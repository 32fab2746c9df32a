// The money-flow engine's cost per sale (issue 14, point 12), each figure against a baseline of the same run:
//
//  (a) Sale latency through AcquirerService on SQLite (WAL, synchronous=FULL): p50 and p99 over N sales against a
//      real posdesk-hostsim on loopback. Baseline: the same 0200 framed by hand (MAC, trace number counted in
//      memory) through one HostExchange round trip plus one durable commit of one row on the same database. The
//      engine adds the lease row, the reversal-first check, the write-ahead commit, the compare-and-set of the answer
//      and the audit row. Target: engine p50 <= 1.5 x baseline p50. Beside it the floor of a write-ahead design (the
//      request durably recorded before it leaves, the answer before the cashier hears it: two durable commits), so
//      that the engine's own overhead is seen apart from the second commit the design needs.
//  (b) Two tills on PostgreSQL: sales per second with two tills selling at once (two threads, each with its own
//      connection, services and terminal) against one till alone, on a throwaway cluster started here.
//      Target: ≥ 1.6 ×.
//
// POSDESK_BENCH_SALES sets N (default 2000) and POSDESK_BENCH_TILL_SALES the sales per till in (b) (default 300).
#include "BenchShop.h"
#include "HostSim.h"
#include "acquirer/AcquirerService.h"
#include "acquirer/FinancialFlows.h"
#include "acquirer/KeyStoreVault.h"
#include "card/CardData.h"
#include "enrollment/EnrollmentService.h"
#include "reader/SwipeParser.h"
#include "security/DataProtection.h"
#include "security/KeyStore.h"
#include "security/PanProtector.h"
#include "settlement/SettlementService.h"
#include "storage/Database.h"
#include "storage/ReversalRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace posdesk;

namespace {

using namespace posdesk::bench;

constexpr const char *kTids[] = {"12345601", "12345602"};

QByteArray setUpShop(const DbConfig &config, quint16 hostPort)
{
    return bench::setUpShop(config, hostPort, {QString::fromLatin1(kTids[0]), QString::fromLatin1(kTids[1])});
}

// (a) The baselines of one sale: a hand-framed 0200 through one exchange, then `commits` durable commits. With one it
// is the baseline (the trace number counted in memory: taking it from the database would be a second durable
// commit). With two it is the floor of any write-ahead design: the request durably recorded before it leaves (trace
// number taken in that commit), the answer durably recorded before the cashier hears it.
double baselineSale(Till &till, const LinkContext &c, const crypto::MacEngine &mac, int index, int &nextStan,
                    int commits)
{
    QElapsedTimer t;
    t.start();
    int stan = 0;
    if (commits == 2) {
        UnitOfWork ahead(*till.db);
        auto taken = TerminalRepository(*till.db).takeStan(c.terminal.id);
        if (!taken)
            die(QStringLiteral("taking a STAN"), taken.error());
        stan = *taken;
        auto q = sql::run(*till.db, QStringLiteral("INSERT INTO bench_baseline (stan, reply) VALUES (?, 0)"), {stan},
                          QStringLiteral("baseline write-ahead"));
        if (!q)
            die(QStringLiteral("baseline write-ahead"), q.error());
        if (auto s = ahead.commit(); !s)
            die(QStringLiteral("baseline write-ahead commit"), s.error());
    } else {
        stan = nextStan;
        nextStan = nextStan >= 999999 ? 1 : nextStan + 1;
    }
    CardData card = testCard();
    const auto request = CupMessages::sale(c, stan, c.terminal.batchNo, Money::cny(100 + index % 5000), card);
    card.wipe();
    auto wire = CupMessages::frame(request, c, &mac);
    if (!wire)
        die(QStringLiteral("framing"), wire.error());
    auto x = waitFor<QByteArray>([&](auto done) {
        HostExchange::start(till.link->endpointOf(c.acquirer), *wire,
                            [done](ExchangeResult r) { done(std::move(r.reply)); });
    });
    if (!x)
        die(QStringLiteral("baseline exchange"), x.error());
    UnitOfWork uow(*till.db);
    auto q = commits == 2 ? sql::run(*till.db, QStringLiteral("UPDATE bench_baseline SET reply = ? WHERE stan = ?"),
                                     {x->size(), stan}, QStringLiteral("baseline answer"))
                          : sql::run(*till.db, QStringLiteral("INSERT INTO bench_baseline (stan, reply) VALUES (?, ?)"),
                                     {stan, x->size()}, QStringLiteral("baseline insert"));
    if (!q)
        die(QStringLiteral("baseline insert"), q.error());
    if (auto s = uow.commit(); !s)
        die(QStringLiteral("baseline commit"), s.error());
    return double(t.nsecsElapsed()) / 1e6;
}

void latencyOnSqlite(int sales)
{
    QTemporaryDir dir;
    test::HostSim host(QStringLiteral(POSDESK_HOSTSIM_PATH));
    host.withoutLedger();
    if (!host.start(QString::fromLatin1(kMid), {QString::fromLatin1(kTids[0]), QString::fromLatin1(kTids[1])}))
        die(QStringLiteral("starting the host simulator"), Error::environment(QString()));
    const DbConfig config = DbConfig::sqlite(dir.filePath(QStringLiteral("bench-sale.db")));
    const QByteArray key = setUpShop(config, quint16(host.port()));
    Till till(config, key);
    if (auto s = till.db->exec(QStringLiteral("CREATE TABLE bench_baseline (id INTEGER PRIMARY KEY, stan INTEGER, "
                                              "reply INTEGER)"));
        !s)
        die(QStringLiteral("creating the baseline table"), s.error());
    const QString engineTid = QString::fromLatin1(kTids[0]);
    auto base = till.link->context(QString::fromLatin1(kTids[1]));
    if (!base)
        die(QStringLiteral("reading the terminal"), base.error());
    auto mac = till.link->macEngine(*base);
    if (!mac)
        die(QStringLiteral("the MAC key"), mac.error());
    int nextStan = 500000; // the baseline terminal's trace numbers, far from those the floor takes from the database
    // Warm up the three paths, then interleave them so that the disk and the host see the same load.
    for (int i = 0; i < 20; ++i) {
        till.sellTimed(engineTid, i + 1, nullptr);
        (void)baselineSale(till, *base, *mac, i, nextStan, 1);
        (void)baselineSale(till, *base, *mac, i, nextStan, 2);
    }
    std::vector<double> engine;
    std::vector<double> baseline;
    std::vector<double> floor;
    for (int i = 0; i < sales; ++i) {
        till.sellTimed(engineTid, i + 21, &engine);
        baseline.push_back(baselineSale(till, *base, *mac, i, nextStan, 1));
        floor.push_back(baselineSale(till, *base, *mac, i, nextStan, 2));
    }
    // Where the engine's extra time goes: its steps one by one, on the same database.
    auto medianOf = [&](auto &&step) {
        std::vector<double> t;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer timer;
            timer.start();
            step();
            t.push_back(double(timer.nsecsElapsed()) / 1e3);
        }
        return percentile(t, 0.5);
    };
    auto ctx = till.link->context(engineTid);
    const double leaseUs = medianOf([&] { (void)till.link->lease(*ctx); });
    const double queueUs = medianOf([&] { (void)ReversalRepository(*till.db).anythingToSend(ctx->terminal.id); });
    const double keyUs = medianOf([&] { (void)till.keys->loadKey(ctx->terminal.id, QStringLiteral("tak")); });
    const double blockUs = medianOf([&] { (void)FinancialFlows::blockingIncident(*till.db, ctx->terminal.id); });
    const double contextUs = medianOf([&] { (void)till.link->context(engineTid); });
    const double auditUs = medianOf([&] {
        UnitOfWork uow(*till.db);
        (void)audit(*till.db, SystemClock::instance(), till.actor, QStringLiteral("bench"), QString(),
                    QStringLiteral("ok"), QString());
        (void)uow.commit();
    });
    const double e50 = percentile(engine, 0.50), e99 = percentile(engine, 0.99);
    const double b50 = percentile(baseline, 0.50), b99 = percentile(baseline, 0.99);
    const double f50 = percentile(floor, 0.50), f99 = percentile(floor, 0.99);
    std::printf("(a) sale latency on SQLite, %d sales each, ms\n", sales);
    std::printf("    %-44s p50 %7.2f   p99 %7.2f\n", "engine (AcquirerService::sale)", e50, e99);
    std::printf("    %-44s p50 %7.2f   p99 %7.2f\n", "baseline (raw exchange + one durable commit)", b50, b99);
    std::printf("    %-44s p50 %7.2f   p99 %7.2f\n", "floor (raw exchange + two durable commits)", f50, f99);
    std::printf("    ratio engine / baseline                      p50 %7.2fx  p99 %7.2fx   (target <= 1.5x)\n",
                e50 / b50, e99 / b99);
    std::printf("    ratio engine / floor                         p50 %7.2fx  p99 %7.2fx\n", e50 / f50, e99 / f99);
    std::printf("    engine steps, median us: lease take+free %.0f | reversal-first check %.0f | MAC key load %.0f "
                "| blocking-alert check %.0f | link context %.0f | audit row + commit %.0f\n",
                leaseUs, queueUs, keyUs, blockUs, contextUs, auditUs);
}

// (b) Each till sells `sales` on its own terminal in its own thread; returns the wall time in seconds.
double runTills(const DbConfig &config, const QByteArray &key, int tills, int sales)
{
    std::vector<QThread *> threads;
    QEventLoop loop;
    int running = tills;
    QElapsedTimer wall;
    wall.start();
    for (int n = 0; n < tills; ++n) {
        threads.push_back(QThread::create([&config, &key, n, sales] {
            Till till(config, key);
            for (int i = 0; i < sales; ++i)
                till.sellTimed(QString::fromLatin1(kTids[n]), i + 1, nullptr);
        }));
        QObject::connect(threads.back(), &QThread::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
        threads.back()->start();
    }
    // The main thread keeps its event loop turning meanwhile: the host simulator's output is read here, and a
    // host whose log pipe fills up stops answering.
    if (running > 0)
        loop.exec();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    return double(wall.nsecsElapsed()) / 1e9;
}

void tillsOnPostgres(int sales)
{
    // The server runs as an unprivileged account: its folder must not sit inside a private temporary folder.
    const QString cluster =
        QDir::tempPath() + QStringLiteral("/posdesk-bench-pg-%1").arg(QCoreApplication::applicationPid());
    const QString script = QStringLiteral(POSDESK_SOURCE_DIR "/tests/support/pg-cluster.sh");
    const QString port = QStringLiteral("54391");
    if (QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), cluster, port}) != 0) {
        std::printf("(b) skipped: the PostgreSQL test cluster did not start (%s)\n", qPrintable(script));
        return;
    }
    auto config =
        DbConfig::fromUrl(QStringLiteral("postgresql://posdesk@localhost:%1/postgres?host=%2").arg(port, cluster));
    if (!config)
        die(QStringLiteral("the cluster's URL"), config.error());
    test::HostSim host(QStringLiteral(POSDESK_HOSTSIM_PATH));
    host.withoutLedger();
    if (!host.start(QString::fromLatin1(kMid), {QString::fromLatin1(kTids[0]), QString::fromLatin1(kTids[1])}))
        die(QStringLiteral("starting the host simulator"), Error::environment(QString()));
    const QByteArray key = setUpShop(*config, quint16(host.port()));
    (void)runTills(*config, key, 2, 10); // warm-up
    const double one = runTills(*config, key, 1, sales);
    const double two = runTills(*config, key, 2, sales);
    const double rateOne = sales / one, rateTwo = 2 * sales / two;
    std::printf("(b) tills on PostgreSQL, %d sales per till\n", sales);
    std::printf("    one till   %7.1f sales/s\n", rateOne);
    std::printf("    two tills  %7.1f sales/s   ratio %.2fx   (target >= 1.6x)\n", rateTwo, rateTwo / rateOne);
    QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), cluster});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    latencyOnSqlite(envInt("POSDESK_BENCH_SALES", 2000));
    tillsOnPostgres(envInt("POSDESK_BENCH_TILL_SALES", 300));
    return 0;
}
