#pragma once

#include "storage/Database.h"
#include "time/Clock.h"

#include <QTemporaryDir>

#include <memory>

namespace posdesk {
class AcquirerService;
class ReversalWorker;
class DataProtection;
class IncidentRecorder;
class KeyStore;
class KeyVault;
class PanProtector;
class RemediationService;
class SettlementService;
class DeviceManager;
class UserService;
} // namespace posdesk

namespace posdesk::desktop {

class DemoSimulators;

// How `posdesk --demo` gets its acquirer host. By default it starts posdesk-hostsim (and posdesk-devsim when
// installed) from the folder of this program; tests that run their own host give its port instead.
struct DemoSetup
{
    // Where posdesk-hostsim and posdesk-devsim live; empty means the folder of the running program.
    QString programDir;
    bool startSimulators = true;
    // The port of a host already listening on 127.0.0.1 (used when startSimulators is false).
    int hostPort = 0;
    // The master key the demo host holds for every terminal it knows, loaded into all demo terminals.
    QString tmkHex = QString::fromLatin1(kDemoTmk);

    static constexpr const char *kDemoTmk = "0123456789ABCDEFFEDCBA9876543210";
};

// The demo's sign-in names and passwords (at least 12 characters, as the password policy demands).
struct DemoUsers
{
    static constexpr const char *kOwner = "owner";
    static constexpr const char *kOwnerPassword = "demo-owner-2026";
    static constexpr const char *kCashier = "cashier";
    static constexpr const char *kCashierPassword = "demo-cashier-2026";
    static constexpr const char *kAccountant = "accountant";
    static constexpr const char *kAccountantPassword = "demo-accountant-2026";
};

// What the screens share: the open database, the clock, the acquirer link and its services, and in demo mode the
// temporary data folder and the simulators running beside the window. Passed to every page; never a singleton.
class AppSession
{
public:
    // Opens the database given by --db/--db-url or the default file.
    static Result<std::unique_ptr<AppSession>> open(const DbConfig &config);
    // A seeded demo shop in a temporary folder, removed on exit, with its simulators.
    static Result<std::unique_ptr<AppSession>> openDemo(const DemoSetup &setup = {});
    ~AppSession();

    Database &db() { return *m_db; }
    const Clock &clock() const { return SystemClock::instance(); }
    bool isDemo() const { return m_demoDir != nullptr; }
    QString dataFolder() const;
    // Demo mode: the virtual printer's decoded transcript (printer.txt); empty for a real shop.
    QString printerTranscript() const;

    AcquirerService &acquirer() { return *m_acquirer; }
    // Sends due reversals in the background, and at once when the link comes back.
    ReversalWorker &reversalWorker() { return *m_reversalWorker; }
    SettlementService &settlement() { return *m_settlement; }
    IncidentRecorder &incidents() { return *m_incidents; }
    UserService &users() { return *m_users; }
    // The guided remediation of incidents (playbooks, diagnosis, escalation tickets).
    RemediationService &remediation() { return *m_remediation; }
    // The printers and card readers configured on this till; in demo mode the virtual ones of posdesk-devsim.
    DeviceManager &devices() { return *m_devices; }
    // The terminals' keys on this PC (and their move into a PIN pad).
    KeyStore &keyStore() { return *m_keyStore; }
    // Null outside demo mode, or when a test brought its own host.
    DemoSimulators *simulators() { return m_simulators.get(); }

private:
    AppSession();
    Status wireServices(bool demo);
    Status prepareDemo(const DemoSetup &setup);

    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DataProtection> m_protection;
    std::unique_ptr<PanProtector> m_pans;
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<KeyVault> m_keys;
    std::unique_ptr<AcquirerService> m_acquirer;
    std::unique_ptr<SettlementService> m_settlement;
    std::unique_ptr<ReversalWorker> m_reversalWorker;
    std::unique_ptr<IncidentRecorder> m_incidents;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<RemediationService> m_remediation;
    std::unique_ptr<DeviceManager> m_devices;
    std::unique_ptr<DemoSimulators> m_simulators;
};

} // namespace posdesk::desktop
