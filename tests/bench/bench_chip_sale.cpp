// A chip sale end to end (issue 15, point 9): AcquirerService's chip sale through the real pcscd, the vpcd virtual
// reader and the emulated PBOC card (tests/rig/card, profile credit-nopin, over loopback TCP), against a real
// posdesk-hostsim that checks the ARQC and answers with an ARPC, on SQLite. p50 and p99 of the whole sale, against
// the card's own APDU time in the same sales (every transmit() timed where the engine calls it) as the baseline:
// what the engine, the database and the host add on top of the card.
//
// POSDESK_BENCH_CHIP_SALES sets the number of sales (default 200).
#include "BenchShop.h"
#include "HostSim.h"
#include "acquirer/FinancialFlows.h"
#include "acquirer/IcDownload.h"
#include "card/ChipCardChannel.h"
#include "pcsc/PcscCard.h"
#include "pcsc/PcscContext.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace posdesk;
using namespace posdesk::bench;

namespace {

constexpr const char *kTid = "12345601";
const QString kRig = QStringLiteral(POSDESK_SOURCE_DIR "/tests/rig/pcsc-rig.sh");

// The card as the engine sees it, with the time spent in the card (through pcscd) added up.
class TimedChannel final : public ChipCardChannel
{
public:
    explicit TimedChannel(std::unique_ptr<PcscCard> card) : m_card(std::move(card)) {}
    Result<CardResponse> transmit(QByteArrayView command) override
    {
        QElapsedTimer t;
        t.start();
        auto r = m_card->transmit(command);
        m_ns += t.nsecsElapsed();
        ++m_apdus;
        return r;
    }
    ChannelFault lastFault() const override { return m_card->lastFault(); }
    QByteArray atr() const override { return m_card->atr(); }
    double ms() const { return double(m_ns) / 1e6; }
    int apdus() const { return m_apdus; }

private:
    std::unique_ptr<PcscCard> m_card;
    qint64 m_ns = 0;
    int m_apdus = 0;
};

bool rig(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"), QStringList{kRig} + args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// KEY='value' lines of the rig's environment file.
QString rigValue(const QString &dir, const QString &key)
{
    QFile f(QDir(dir).filePath(QStringLiteral("pcsc.env")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0 && QString::fromLatin1(line.left(eq)) == key)
            return QString::fromUtf8(line.mid(eq + 1)).remove(u'\'');
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    const int sales = envInt("POSDESK_BENCH_CHIP_SALES", 200);
    const QString rigDir =
        QDir::tempPath() + QStringLiteral("/posdesk-bench-pcsc-%1").arg(QCoreApplication::applicationPid());
    if (!rig({QStringLiteral("start"), rigDir})) {
        std::printf("chip sale benchmark skipped: the PC/SC rig did not start (%s)\n", qPrintable(kRig));
        return 0;
    }
    qputenv("PCSCLITE_CSOCK_NAME", rigValue(rigDir, QStringLiteral("PCSCLITE_CSOCK_NAME")).toLocal8Bit());
    const QString reader = rigValue(rigDir, QStringLiteral("POSDESK_PCSC_READER"));
    if (!rig({QStringLiteral("insert"), rigDir, QStringLiteral("credit-nopin")}))
        die(QStringLiteral("inserting the emulated card"), Error::environment(rigDir));

    QTemporaryDir dir;
    test::HostSim host(QStringLiteral(POSDESK_HOSTSIM_PATH));
    host.withoutLedger();
    host.withChipCards(QStringLiteral(POSDESK_SOURCE_DIR "/tests/rig/card"));
    if (!host.start(QString::fromLatin1(kMid), {QString::fromLatin1(kTid)}))
        die(QStringLiteral("starting the host simulator"), Error::environment(QString()));
    const DbConfig config = DbConfig::sqlite(dir.filePath(QStringLiteral("bench-chip.db")));
    const QByteArray key = setUpShop(config, quint16(host.port()), {QString::fromLatin1(kTid)});
    Till till(config, key);
    // The CA keys and applications from the host, as a terminal has them after its first sign-on.
    IcDownload ic(*till.link);
    if (auto r = waitFor<IcDownloadOutcome>([&](auto done) { ic.run(till.actor, QString::fromLatin1(kTid), done); });
        !r)
        die(QStringLiteral("the IC download"), r.error());
    auto context = PcscContext::establish();
    if (!context)
        die(QStringLiteral("the PC/SC service"), context.error());

    std::vector<double> total, card, rest;
    int apdus = 0;
    for (int i = -10; i < sales; ++i) { // ten warm-up sales
        QElapsedTimer t;
        t.start();
        auto connected = PcscCard::connect(*context, reader);
        if (!connected)
            die(QStringLiteral("connecting to the card"), connected.error());
        auto channel = std::make_shared<TimedChannel>(std::move(*connected));
        auto r = waitFor<TxnOutcome>([&](auto done) {
            till.link->flows().chipSale(till.actor, QString::fromLatin1(kTid), Money::cny(100 + (i + 10) % 4000),
                                        channel, {}, std::move(done));
        });
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!r)
            die(QStringLiteral("chip sale %1").arg(i), r.error());
        if (i < 0)
            continue;
        total.push_back(ms);
        card.push_back(channel->ms());
        rest.push_back(ms - channel->ms());
        apdus = channel->apdus();
    }
    const double t50 = percentile(total, 0.5), t99 = percentile(total, 0.99);
    const double c50 = percentile(card, 0.5), c99 = percentile(card, 0.99);
    std::printf("chip sale end to end (pcscd + vpcd + emulated card, host simulator, SQLite), %d sales, ms\n", sales);
    std::printf("    %-46s p50 %7.2f   p99 %7.2f\n", "whole sale (connect, card, host, storage)", t50, t99);
    std::printf("    %-46s p50 %7.2f   p99 %7.2f   (%d APDUs a sale)\n", "baseline: the card's own APDU time", c50, c99,
                apdus);
    std::printf("    %-46s p50 %7.2f   p99 %7.2f\n", "the rest (engine, host, database)", percentile(rest, 0.5),
                percentile(rest, 0.99));
    std::printf("    ratio whole sale / card time                   p50 %7.2fx  p99 %7.2fx\n", t50 / c50, t99 / c99);
    rig({QStringLiteral("stop"), rigDir});
    return 0;
}
