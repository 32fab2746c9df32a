#pragma once

#include "DeviceDiscovery.h"
#include "card/PinEntry.h"
#include "manager/CardReader.h"
#include "manager/DeviceStore.h"
#include "printer/EscPosBuilder.h"
#include "printing/PrintQueue.h"
#include "printing/ReceiptPrinter.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace posdesk {

class Clock;
class Database;

enum class DeviceHealth
{
    Stopped,      // configured, no driver running (disabled, or not started)
    Connecting,   // opening the port, or waiting for the printer's first status
    Ready,        // a printer that can print, a reader that is connected
    NotReady,     // a printer that answered "no" (paper, cover, offline) or did not answer
    Disconnected, // the port is gone; the driver keeps trying
};

QString toKey(DeviceHealth health);

// What the GUI shows for one device.
struct DeviceStatus
{
    Id deviceId = 0;
    QString name;
    DeviceKind kind = DeviceKind::Printer;
    DeviceHealth health = DeviceHealth::Stopped;
    QStringList problems;  // translated, each says what to do; empty when ready
    PrinterStatus printer; // printers: the last status answer
    int waitingJobs = 0;   // printers: jobs not printed yet

    bool operator==(const DeviceStatus &) const = default;
};

// The result of "read a test card" on a reader.
struct TestCardOutcome
{
    bool ok = false;
    QString message;   // translated summary, or why it failed
    QString maskedPan; // first six and last four only
    QString expiry;    // YYMM
    QString serviceCode;
    bool chip = false;
};

// Runs the devices configured on this till: one driver per enabled device, live status for the GUI, the print
// queue of each printer, and the health checks (test page, test card).
class DeviceManager : public QObject
{
    Q_OBJECT

public:
    DeviceManager(Database &db, const Clock &clock, QObject *parent = nullptr);
    ~DeviceManager() override;

    DeviceStore &store() { return m_store; }
    void setPrintQueueOptions(const PrintQueueOptions &options) { m_queueOptions = options; }

    // Serial ports the system lists, plus the configured serial ports and device files (present or not).
    Result<QList<DiscoveredPort>> discover();

    // Starts a driver for every enabled device; configuration errors of one device do not stop the others.
    Status startAll();
    // (Re)starts one device's driver with its current configuration.
    Status startDevice(Id id);
    void stopDevice(Id id);
    void stopAll();
    QList<Id> runningDevices() const;

    DeviceStatus status(Id id);
    ReceiptPrinter *printer(Id id) const;
    PrintQueue *printQueue(Id id) const;
    CardReader *reader(Id id) const;
    // The first PIN pad whose port is open; null when none (a till without a pad takes no PIN).
    PinEntryDevice *pinPad() const;
    const PrinterOptions *printerOptions(Id id) const;
    // The first running printer, where sale receipts go.
    std::optional<Id> defaultPrinter() const;

    // Queues the printer test page (starting the printer's driver when needed).
    Result<Id> printTestPage(Id printerId);
    // Waits for the next swipe on the reader; the answer comes as testCardRead().
    Status readTestCard(Id readerId, int timeoutMs);

signals:
    void statusChanged(posdesk::Id deviceId, const posdesk::DeviceStatus &status);
    void cardSwiped(posdesk::Id readerId, std::shared_ptr<posdesk::CardData> card);
    void swipeRejected(posdesk::Id readerId, const posdesk::Error &error);
    void printJobChanged(posdesk::Id printerId, posdesk::Id jobId, posdesk::PrintJobState state, const QString &note);
    void testCardRead(posdesk::Id readerId, const posdesk::TestCardOutcome &outcome);
    void storageError(const posdesk::Error &error);
    // pinPad() may have changed (a pad connected, stopped or removed).
    void pinPadChanged();

private:
    struct Running;
    void publish(Id id);
    void finishTestCard(Id readerId, TestCardOutcome outcome);

    Database &m_db;
    const Clock &m_clock;
    DeviceStore m_store;
    PrintQueueOptions m_queueOptions;
    std::map<Id, std::unique_ptr<Running>> m_running;
    std::map<Id, DeviceStatus> m_published;
};

} // namespace posdesk
