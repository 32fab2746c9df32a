#include "shell/AppSession.h"

#include "acquirer/AcquirerService.h"
#include "acquirer/KeyStoreVault.h"
#include "acquirer/ReversalWorker.h"
#include "demo/DemoSeeder.h"
#include "manager/DeviceManager.h"
#include "remediation/IncidentRecorder.h"
#include "remediation/RemediationService.h"
#include "security/DataProtection.h"
#include "security/KeyStore.h"
#include "security/PanProtector.h"
#include "security/UserService.h"
#include "settlement/SettlementService.h"
#include "shell/DemoSimulators.h"
#include "storage/AcquirerRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace posdesk::desktop {

AppSession::AppSession() = default;
AppSession::~AppSession()
{
    // Close the ports before the virtual devices behind them go away.
    if (m_devices)
        m_devices->stopAll();
    m_simulators.reset();
}

Result<std::unique_ptr<AppSession>> AppSession::open(const DbConfig &config)
{
    auto db = Database::open(config);
    if (!db)
        return db.error();
    std::unique_ptr<AppSession> s(new AppSession);
    s->m_db = std::move(*db);
    if (auto wired = s->wireServices(false); !wired)
        return wired.error();
    return s;
}

Result<std::unique_ptr<AppSession>> AppSession::openDemo(const DemoSetup &setup)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return Error::environment(
            QCoreApplication::translate("posdesk::desktop", "Cannot create a temporary folder for the demo."));
    auto db = Database::open(DbConfig::sqlite(dir->filePath(QStringLiteral("demo.db"))));
    if (!db)
        return db.error();
    if (auto seeded = DemoSeeder(**db, SystemClock::instance()).seed(); !seeded)
        return seeded.error();
    std::unique_ptr<AppSession> s(new AppSession);
    s->m_demoDir = std::move(dir);
    s->m_db = std::move(*db);
    if (auto wired = s->wireServices(true); !wired)
        return wired.error();
    if (auto prepared = s->prepareDemo(setup); !prepared)
        return prepared.error();
    return s;
}

// The same wiring as the CLI's LinkServices: keys at rest under the data-protection key, PANs kept only as mask
// and keyed hash, and every host answer fed to the incident recorder.
Status AppSession::wireServices(bool demo)
{
    DataProtection::Options options = DataProtection::defaultOptions(m_db->config());
    if (demo) {
        // A throwaway shop must not leave a key in the user's keychain.
        options.backend = DataProtection::Backend::FileOnly;
        options.keyFilePath = m_demoDir->filePath(QStringLiteral("demo.db.key"));
    }
    auto protection = DataProtection::open(options);
    if (!protection)
        return protection.error();
    m_protection = std::move(*protection);
    m_pans = std::make_unique<PanProtector>(*m_protection);
    m_keyStore = std::make_unique<KeyStore>(*m_db, clock(), *m_protection);
    m_keys = std::make_unique<KeyStoreVault>(*m_keyStore);
    m_acquirer = std::make_unique<AcquirerService>(*m_db, clock(), *m_keys, *m_pans);
    m_settlement = std::make_unique<SettlementService>(*m_acquirer);
    m_incidents = std::make_unique<IncidentRecorder>(*m_db, clock());
    m_incidents->attach(*m_acquirer);
    m_reversalWorker = std::make_unique<ReversalWorker>(*m_acquirer);
    m_reversalWorker->start();
    m_users = std::make_unique<UserService>(*m_db, clock());
    m_remediation = std::make_unique<RemediationService>(*m_acquirer);
    m_devices = std::make_unique<DeviceManager>(*m_db, clock());
    // The till's PIN pad, as Devices has it, serves every payment that needs a PIN.
    QObject::connect(m_devices.get(), &DeviceManager::pinPadChanged, m_devices.get(),
                     [this] { m_acquirer->setPinPad(m_devices->pinPad()); });
    if (!demo) {
        // A device that is unplugged or misconfigured shows in the status bar and under Devices; it never stops
        // the till from starting.
        (void)m_devices->startAll();
    }
    return {};
}

// Demo users, the demo master key in every terminal, and the acquirer profile pointed at the simulator.
Status AppSession::prepareDemo(const DemoSetup &setup)
{
    const Actor admin = Actor::localAdmin(QStringLiteral("gui"));
    const struct
    {
        const char *name;
        Role role;
        const char *password;
    } users[] = {
        {DemoUsers::kOwner, Role::Owner, DemoUsers::kOwnerPassword},
        {DemoUsers::kCashier, Role::Cashier, DemoUsers::kCashierPassword},
        {DemoUsers::kAccountant, Role::Accountant, DemoUsers::kAccountantPassword},
    };
    for (const auto &u : users) {
        if (auto added = m_users->addUser(admin, QString::fromLatin1(u.name), u.role, QString::fromLatin1(u.password));
            !added)
            return added.error();
    }
    const QString mid = QString::fromLatin1(DemoFacts::kMid);
    const QStringList tids{QString::fromLatin1(DemoFacts::kRegisteredTid),
                           QString::fromLatin1(DemoFacts::kSuspendedTid),
                           QString::fromLatin1(DemoFacts::kUnregisteredTid)};
    for (const QString &tid : tids) {
        if (auto kcv = m_keyStore->loadTmk(admin, tid, setup.tmkHex); !kcv)
            return kcv.error();
    }

    int port = setup.hostPort;
    if (setup.startSimulators) {
        m_simulators = std::make_unique<DemoSimulators>(m_demoDir->path(), setup.programDir);
        // 12345603 stays unknown to the host: the demo's way to meet response code 97.
        auto started = m_simulators->startHost(setup.tmkHex, mid, tids.mid(0, 2));
        if (!started)
            return started.error();
        port = *started;
        if (m_simulators->startDevices()) {
            // The virtual printer and reader, configured as a shop would configure real ones.
            const struct
            {
                const char *name;
                DeviceKind kind;
                QString address;
            } devices[] = {
                {"demo-printer", DeviceKind::Printer, m_simulators->printerLink()},
                {"demo-reader", DeviceKind::Reader, m_simulators->readerLink()},
            };
            for (const auto &d : devices) {
                DeviceConfig config;
                config.name = QString::fromLatin1(d.name);
                config.kind = d.kind;
                config.transport = TransportKind::Serial;
                config.address = d.address;
                if (auto added = m_devices->store().add(config); !added)
                    return added.error();
            }
            (void)m_devices->startAll();
        }
    }
    AcquirerRepository acquirers(*m_db);
    auto acquirer = acquirers.findByName(QString::fromLatin1(DemoFacts::kAcquirer));
    if (!acquirer)
        return acquirer.error();
    acquirer->host = QStringLiteral("127.0.0.1");
    acquirer->port = port;
    // On loopback an answer takes milliseconds; a short wait shows the cash fallback quickly when the host is gone.
    acquirer->connectTimeoutMs = 3000;
    acquirer->responseTimeoutMs = 10000;
    return acquirers.update(*acquirer);
}

QString AppSession::printerTranscript() const
{
    // posdesk-devsim writes it into its --printer-out folder, the demo folder (DemoSimulators::startDevices).
    return m_demoDir ? m_demoDir->filePath(QStringLiteral("printer.txt")) : QString();
}

QString AppSession::dataFolder() const
{
    if (m_db->engine() == DbEngine::Sqlite)
        return QFileInfo(m_db->config().sqlitePath).absolutePath();
    return m_db->config().describe();
}

} // namespace posdesk::desktop
