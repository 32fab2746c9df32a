#include "PtyDevices.h"
#include "TestSupport.h"

#include "manager/DeviceManager.h"
#include "printer/EscPosDump.h"
#include "reader/TestCards.h"
#include "time/Clock.h"

#include <QJsonObject>
#include <QSignalSpy>

using namespace posdesk;
using posdesk::test::PtyPrinter;

// The device manager: configuration in the devices table, discovery, a driver per device with live status, and
// the two health checks (test page, test card).
class TestDeviceManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    TestClock m_clock;

    // Settings that keep the test quick: fast polls and reconnects.
    static QJsonObject fast()
    {
        return QJsonObject{{QStringLiteral("pollIntervalMs"), 50},
                           {QStringLiteral("replyTimeoutMs"), 300},
                           {QStringLiteral("reconnectInitialMs"), 20},
                           {QStringLiteral("reconnectMaxMs"), 200}};
    }

    Id add(DeviceKind kind, const QString &name, const QString &address, QJsonObject settings = fast())
    {
        DeviceConfig d;
        d.name = name;
        d.kind = kind;
        d.address = address;
        d.transport = guessTransportKind(address);
        d.settings = settings;
        auto id = DeviceStore(*m_db, m_clock).add(d);
        return id ? *id : 0;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init()
    {
        auto tdb = test::TestDatabase::create(DbEngine::Sqlite);
        QVERIFY(tdb.ok());
        m_tdb = std::move(*tdb);
        auto db = m_tdb->open();
        QVERIFY(db.ok());
        m_db = std::move(*db);
    }
    void cleanup()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void configurationIsCheckedAndStored()
    {
        const Id printer = add(DeviceKind::Printer, QStringLiteral("Front till"), QStringLiteral("/dev/ttyUSB0"),
                               QJsonObject{{QStringLiteral("baud"), 19200}, {QStringLiteral("paperWidth"), 32}});
        QVERIFY(printer > 0);
        DeviceStore store(*m_db, m_clock);
        auto found = store.findByNameOrAddress(QStringLiteral("/dev/ttyUSB0"));
        QVERIFY(found.ok());
        QCOMPARE(found->id, printer);
        QCOMPARE(found->settings.value(QStringLiteral("baud")).toInt(), 19200);
        QCOMPARE(store.findByNameOrAddress(QStringLiteral("Front till"))->id, printer);
        QCOMPARE(store.findByNameOrAddress(QStringLiteral("Front till"), DeviceKind::Reader).error().kind,
                 ErrorKind::NotFound);

        DeviceConfig d;
        d.name = QStringLiteral("Front till");
        d.address = QStringLiteral("/dev/ttyUSB1");
        QCOMPARE(store.add(d).error().kind, ErrorKind::Refused); // names are unique
        d.name = QStringLiteral("Bad parity");
        d.settings = QJsonObject{{QStringLiteral("parity"), QStringLiteral("sometimes")}};
        QCOMPARE(store.add(d).error().kind, ErrorKind::Usage);
        d.name = QStringLiteral("Reader on a file");
        d.kind = DeviceKind::Reader;
        d.transport = TransportKind::File;
        d.settings = {};
        QCOMPARE(store.add(d).error().kind, ErrorKind::Usage);
        d.transport = TransportKind::Serial;
        d.settings = QJsonObject{{QStringLiteral("terminator"), QStringLiteral("\r\n")}};
        QVERIFY(store.add(d).ok());
        QCOMPARE(store.list()->size(), 2);
        QVERIFY(store.setEnabled(printer, false).ok());
        QVERIFY(!store.find(printer)->enabled);
    }

    void discoveryIncludesConfiguredPaths()
    {
        devsim::PtyMaster pty(m_dir.filePath(QStringLiteral("present")));
        QVERIFY(pty.plug().ok());
        add(DeviceKind::Printer, QStringLiteral("here"), pty.linkPath());
        add(DeviceKind::Reader, QStringLiteral("gone"), m_dir.filePath(QStringLiteral("absent")));
        add(DeviceKind::Printer, QStringLiteral("network"), QStringLiteral("192.0.2.7:9100"));
        DeviceManager manager(*m_db, m_clock);
        auto ports = manager.discover();
        QVERIFY(ports.ok());
        std::map<QString, DiscoveredPort> byPath;
        for (const DiscoveredPort &p : *ports)
            byPath[p.path] = p;
        QVERIFY(byPath.count(pty.linkPath()));
        QVERIFY(byPath[pty.linkPath()].configured && byPath[pty.linkPath()].present);
        QVERIFY(byPath.count(m_dir.filePath(QStringLiteral("absent"))));
        QVERIFY(!byPath[m_dir.filePath(QStringLiteral("absent"))].present);
        QVERIFY(!byPath.count(QStringLiteral("192.0.2.7:9100"))); // network printers are not serial ports
    }

    void liveStatusAndTestPage()
    {
        PtyPrinter pty(m_dir.filePath(QStringLiteral("printer")));
        QVERIFY(pty.plug());
        const Id id = add(DeviceKind::Printer, QStringLiteral("Till printer"), pty.port.linkPath());
        DeviceManager manager(*m_db, m_clock);
        QSignalSpy status(&manager, &DeviceManager::statusChanged);
        QSignalSpy jobs(&manager, &DeviceManager::printJobChanged);
        QVERIFY(manager.startAll().ok());
        QCOMPARE(manager.runningDevices(), QList<Id>{id});
        QCOMPARE(manager.defaultPrinter(), std::optional<Id>(id));
        QTRY_COMPARE(manager.status(id).health, DeviceHealth::Ready);

        pty.setState({.coverOpen = true});
        QTRY_COMPARE(manager.status(id).health, DeviceHealth::NotReady);
        QVERIFY(manager.status(id).problems.join(u' ').contains(QStringLiteral("cover")));
        QCOMPARE(status.last().at(1).value<DeviceStatus>().health, DeviceHealth::NotReady);

        auto job = manager.printTestPage(id);
        QVERIFY(job.ok());
        QTRY_COMPARE(manager.status(id).waitingJobs, 1);
        pty.setState({});
        QTRY_COMPARE(manager.status(id).waitingJobs, 0);
        QTRY_VERIFY(std::any_of(jobs.begin(), jobs.end(), [&](const QList<QVariant> &args) {
            return args.at(1).value<Id>() == *job && args.at(2).value<PrintJobState>() == PrintJobState::Printed;
        }));
        QCOMPARE(pty.jobs.size(), 1);
        const QString dump = EscPosDump::toText(pty.jobs.first());
        QVERIFY(dump.contains(QStringLiteral("PRINTER TEST")));
        QVERIFY(dump.contains(QStringLiteral("Till printer")));
        QVERIFY(dump.contains(QStringLiteral("[QR STORE https://posdesk.example/printer-test]")));
        QVERIFY(dump.contains(QStringLiteral("CUT")));

        manager.stopDevice(id);
        QCOMPARE(manager.status(id).health, DeviceHealth::Stopped);
        QVERIFY(!manager.printer(id));
    }

    void readTestCardHealthCheck()
    {
        devsim::PtyMaster pty(m_dir.filePath(QStringLiteral("reader")));
        QVERIFY(pty.plug().ok());
        const Id id = add(DeviceKind::Reader, QStringLiteral("Swipe"), pty.linkPath());
        DeviceManager manager(*m_db, m_clock);
        QSignalSpy outcomes(&manager, &DeviceManager::testCardRead);
        QSignalSpy swiped(&manager, &DeviceManager::cardSwiped);
        QVERIFY(manager.startDevice(id).ok());
        QTRY_COMPARE(manager.status(id).health, DeviceHealth::Ready);

        QVERIFY(manager.readTestCard(id, 5000).ok());
        QVERIFY(pty.write(TestCards::swipeText(*TestCards::find(u"unionpay-chip"))).ok());
        QTRY_COMPARE(outcomes.count(), 1);
        auto o = outcomes.first().at(1).value<TestCardOutcome>();
        QVERIFY(o.ok);
        QCOMPARE(o.maskedPan, QStringLiteral("621094******0011"));
        QVERIFY(o.chip);
        QVERIFY(o.message.contains(QStringLiteral("chip")));
        QCOMPARE(swiped.count(), 0); // the health check's card goes nowhere else

        // Outside a health check, swipes go to whoever listens (the till).
        QVERIFY(pty.write(TestCards::swipeText(*TestCards::find(u"visa-test"))).ok());
        QTRY_COMPARE(swiped.count(), 1);
        QCOMPARE(swiped.first().at(1).value<std::shared_ptr<CardData>>()->last4(), QStringLiteral("1111"));

        // No swipe in time.
        QVERIFY(manager.readTestCard(id, 100).ok());
        QTRY_COMPARE(outcomes.count(), 2);
        QVERIFY(!outcomes.last().at(1).value<TestCardOutcome>().ok);

        // Unplugged: the status says so, and it comes back by itself.
        pty.unplug();
        QTRY_COMPARE(manager.status(id).health, DeviceHealth::Disconnected);
        QVERIFY(!manager.status(id).problems.isEmpty());
        QVERIFY(pty.plug().ok());
        QTRY_COMPARE_WITH_TIMEOUT(manager.status(id).health, DeviceHealth::Ready, 5000);
    }
};

QTEST_GUILESS_MAIN(TestDeviceManager)
#include "tst_devicemanager.moc"
