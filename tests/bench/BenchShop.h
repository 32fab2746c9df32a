#pragma once

// What the sale benchmarks share: a shop on a database with its terminals signed on against the host simulator, and
// one till's services over it.
#include "HostSim.h"
#include "acquirer/AcquirerService.h"
#include "acquirer/KeyStoreVault.h"
#include "card/CardData.h"
#include "enrollment/EnrollmentService.h"
#include "reader/SwipeParser.h"
#include "security/DataProtection.h"
#include "security/KeyStore.h"
#include "security/PanProtector.h"
#include "settlement/SettlementService.h"
#include "storage/Database.h"
#include "time/Clock.h"
#include "util/WaitFor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

namespace posdesk::bench {

constexpr const char *kMid = "898310058120001";
constexpr const char *kTrack2 = ";6200000000000005=30121010000000000000?";

[[noreturn]] inline void die(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(what),
                 qPrintable(e.fullText()));
    std::exit(3);
}

inline int envInt(const char *name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

inline CardData testCard()
{
    QByteArray line(kTrack2);
    auto card = SwipeParser().parse(line);
    if (!card)
        die(QStringLiteral("reading the test card"), card.error());
    return std::move(*card);
}

inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// One till: its own connection and services over a shared database. The data-protection key is the same for
// every till of the shop (keys stored by one are read by the other).
struct Till
{
    std::unique_ptr<Database> db;
    std::unique_ptr<DataProtection> protection;
    std::unique_ptr<PanProtector> pans;
    std::unique_ptr<KeyStore> keyStore;
    std::unique_ptr<KeyStoreVault> keys;
    std::unique_ptr<AcquirerService> link;
    std::unique_ptr<SettlementService> settlement;
    Actor actor = Actor::localAdmin(QStringLiteral("bench"));

    Till(const DbConfig &config, const QByteArray &key)
    {
        auto opened = Database::open(config);
        if (!opened)
            die(QStringLiteral("opening the database"), opened.error());
        db = std::move(*opened);
        protection = DataProtection::fromKey(SecureBuffer(key));
        pans = std::make_unique<PanProtector>(*protection);
        keyStore = std::make_unique<KeyStore>(*db, SystemClock::instance(), *protection);
        keys = std::make_unique<KeyStoreVault>(*keyStore);
        link = std::make_unique<AcquirerService>(*db, SystemClock::instance(), *keys, *pans);
        settlement = std::make_unique<SettlementService>(*link);
    }

    // One sale; settles first when the batch nears the 999 sales a CUP settlement can carry (not timed).
    void sellTimed(const QString &tid, int index, std::vector<double> *latencies)
    {
        if (index > 0 && index % 900 == 0)
            (void)waitFor<SettlementOutcome>([&](auto done) { settlement->settle(actor, tid, std::move(done)); });
        CardData card = testCard();
        QElapsedTimer t;
        t.start();
        auto r = waitFor<TxnOutcome>([&](auto done) {
            link->sale(actor, tid, Money::cny(100 + index % 5000), std::move(card), std::move(done));
        });
        if (latencies)
            latencies->push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r)
            die(QStringLiteral("sale %1 on %2").arg(index).arg(tid), r.error());
    }
};

// A shop on `config`: one merchant, an acquirer profile pointing at the host simulator, the terminals with their
// TMK, signed on. Returns the shop's data-protection key.
inline QByteArray setUpShop(const DbConfig &config, quint16 hostPort, const QStringList &tids)
{
    QByteArray key(int(DataProtection::kKeySize), '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / int(sizeof(quint32)));
    Till till(config, key);
    EnrollmentService enrollment(*till.db, SystemClock::instance());
    Merchant m;
    m.mid = QString::fromLatin1(kMid);
    m.name = QStringLiteral("静安街角便利店");
    if (auto id = enrollment.addMerchant(till.actor, m); !id)
        die(QStringLiteral("adding the merchant"), id.error());
    Acquirer a;
    a.name = QStringLiteral("Bank");
    a.host = QStringLiteral("127.0.0.1");
    a.port = hostPort;
    a.connectTimeoutMs = 5000;
    a.responseTimeoutMs = 5000;
    if (auto id = enrollment.addAcquirer(till.actor, a); !id)
        die(QStringLiteral("adding the acquirer"), id.error());
    for (const QString &tid : tids) {
        Terminal t;
        t.tid = tid;
        t.state = TerminalState::KeysLoaded;
        if (auto id = enrollment.addTerminal(till.actor, t, m.mid, a.name); !id)
            die(QStringLiteral("adding terminal ") + t.tid, id.error());
        if (auto kcv = till.keyStore->loadTmk(till.actor, t.tid, QString::fromLatin1(test::HostSim::kTmk)); !kcv)
            die(QStringLiteral("loading the TMK"), kcv.error());
        auto on = waitFor<SignOnOutcome>([&](auto done) { till.link->signOn(till.actor, t.tid, std::move(done)); });
        if (!on)
            die(QStringLiteral("signing on"), on.error());
    }
    return key;
}

} // namespace posdesk::bench
