#include "manager/DeviceManager.h"

#include "manager/DeviceSettings.h"
#include "manager/PinPadDevice.h"
#include "printer/ReceiptLayouts.h"
#include "time/Clock.h"

namespace posdesk {

struct DeviceManager::Running
{
    DeviceConfig config;
    PrinterOptions printerOptions;
    // Declared before the queue: members go in reverse order, and the queue refers to the printer.
    std::unique_ptr<ReceiptPrinter> printer;
    std::unique_ptr<PrintQueue> queue;
    std::unique_ptr<CardReader> reader;
    bool pinPad = false;
    std::unique_ptr<PinEntryDevice> pad; // null while the pad's port cannot be opened (retried)
    std::optional<Error> padError;
    QTimer padRetry;
    QTimer testCardTimer;
};

QString toKey(DeviceHealth health)
{
    switch (health) {
    case DeviceHealth::Stopped:
        return QStringLiteral("stopped");
    case DeviceHealth::Connecting:
        return QStringLiteral("connecting");
    case DeviceHealth::Ready:
        return QStringLiteral("ready");
    case DeviceHealth::NotReady:
        return QStringLiteral("not-ready");
    case DeviceHealth::Disconnected:
        return QStringLiteral("disconnected");
    }
    return {};
}

DeviceManager::DeviceManager(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(db, clock)
{}

DeviceManager::~DeviceManager()
{
    stopAll();
}

Result<QList<DiscoveredPort>> DeviceManager::discover()
{
    auto devices = m_store.list();
    if (!devices)
        return devices.error();
    QStringList paths;
    for (const DeviceConfig &d : *devices) {
        if (d.transport != TransportKind::Tcp)
            paths << d.address;
    }
    return DeviceDiscovery::scan(paths);
}

Status DeviceManager::startAll()
{
    auto devices = m_store.list();
    if (!devices)
        return devices.error();
    Status first;
    for (const DeviceConfig &d : *devices) {
        if (!d.enabled)
            continue;
        if (auto s = startDevice(d.id); !s && first)
            first = s;
    }
    return first;
}

Status DeviceManager::startDevice(Id id)
{
    auto config = m_store.find(id);
    if (!config)
        return config.error();
    auto transportConfig = DeviceSettings::transportFor(*config);
    if (!transportConfig)
        return transportConfig.error();
    stopDevice(id);

    auto run = std::make_unique<Running>();
    run->config = *config;
    run->testCardTimer.setSingleShot(true);
    if (config->kind == DeviceKind::PinPad) {
        // The pad is asked only when a payment needs it; its port is kept open, and retried while it fails.
        run->pinPad = true;
        run->padRetry.setInterval(5000);
        Running &r = *run;
        const auto tryOpen = [this, id, &r] {
            auto pad = openPinPad(r.config);
            if (pad) {
                r.pad = std::move(*pad);
                r.padError.reset();
                r.padRetry.stop();
                emit pinPadChanged();
            } else {
                r.padError = pad.error();
                if (!r.padRetry.isActive())
                    r.padRetry.start();
            }
            publish(id);
        };
        connect(&run->padRetry, &QTimer::timeout, this, tryOpen);
        m_running[id] = std::move(run);
        tryOpen();
        return {};
    }
    auto transport = createTransport(*transportConfig);
    if (config->kind == DeviceKind::Printer) {
        auto options = DeviceSettings::printerOptions(config->settings);
        auto driver = DeviceSettings::printerDriverOptions(config->settings);
        if (!options)
            return options.error();
        if (!driver)
            return driver.error();
        run->printerOptions = *options;
        run->printer = std::make_unique<ReceiptPrinter>(std::move(transport), *driver);
        run->queue = std::make_unique<PrintQueue>(m_db, m_clock, id, *run->printer, m_queueOptions);
        connect(run->printer.get(), &ReceiptPrinter::readinessChanged, this, [this, id] { publish(id); });
        connect(run->printer.get(), &ReceiptPrinter::statusChanged, this, [this, id] { publish(id); });
        connect(run->queue.get(), &PrintQueue::jobStateChanged, this,
                [this, id](Id jobId, PrintJobState state, const QString &note) {
                    emit printJobChanged(id, jobId, state, note);
                    publish(id);
                });
        connect(run->queue.get(), &PrintQueue::storageError, this, &DeviceManager::storageError);
    } else {
        auto options = DeviceSettings::readerOptions(config->settings);
        if (!options)
            return options.error();
        run->reader = std::make_unique<CardReader>(std::move(transport), *options);
        connect(&run->reader->transport(), &Transport::stateChanged, this, [this, id] { publish(id); });
        connect(run->reader.get(), &CardReader::cardSwiped, this, [this, id](std::shared_ptr<CardData> card) {
            const auto it = m_running.find(id);
            if (it != m_running.end() && it->second->testCardTimer.isActive()) {
                TestCardOutcome o;
                o.ok = true;
                o.maskedPan = card->masked();
                o.expiry = card->expiryYymm();
                o.serviceCode = card->serviceCode();
                o.chip = card->isChipCard();
                o.message = card->isChipCard()
                                ? tr("Card %1 read. It has a chip: at the till, insert it rather than swipe it.")
                                      .arg(o.maskedPan)
                                : tr("Card %1 read. The reader works.").arg(o.maskedPan);
                card->wipe(); // a health check has no use for the card itself
                finishTestCard(id, std::move(o));
                return;
            }
            emit cardSwiped(id, std::move(card));
        });
        connect(run->reader.get(), &CardReader::swipeRejected, this, [this, id](const Error &error) {
            const auto it = m_running.find(id);
            if (it != m_running.end() && it->second->testCardTimer.isActive()) {
                TestCardOutcome o;
                o.message = tr("The reader sent a swipe that could not be read: %1").arg(error.message);
                finishTestCard(id, std::move(o));
                return;
            }
            emit swipeRejected(id, error);
        });
        connect(&run->testCardTimer, &QTimer::timeout, this, [this, id] {
            TestCardOutcome o;
            o.message = tr("No card was swiped in time. Check the reader's cable and try again.");
            finishTestCard(id, std::move(o));
        });
    }
    // In the map before anything starts, so that the first signals already find the device running.
    Running &started = *run;
    m_running[id] = std::move(run);
    if (started.printer) {
        started.printer->start();
        started.queue->start();
    } else {
        started.reader->start();
    }
    publish(id);
    return {};
}

void DeviceManager::stopDevice(Id id)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    std::unique_ptr<Running> run = std::move(it->second);
    m_running.erase(it);
    if (run->queue)
        run->queue->stop();
    if (run->printer) {
        run->printer->disconnect(this);
        run->printer->stop();
    }
    if (run->reader) {
        run->reader->disconnect(this);
        run->reader->stop();
    }
    const bool hadPad = run->pad != nullptr;
    run->padRetry.stop();
    if (run->pad)
        run->pad->cancel();
    run.reset();
    if (hadPad)
        emit pinPadChanged();
    publish(id);
}

void DeviceManager::stopAll()
{
    while (!m_running.empty())
        stopDevice(m_running.begin()->first);
}

QList<Id> DeviceManager::runningDevices() const
{
    QList<Id> out;
    for (const auto &[id, run] : m_running)
        out << id;
    return out;
}

DeviceStatus DeviceManager::status(Id id)
{
    DeviceStatus s;
    s.deviceId = id;
    const auto it = m_running.find(id);
    if (it == m_running.end()) {
        if (auto d = m_store.find(id)) {
            s.name = d->name;
            s.kind = d->kind;
        }
        return s;
    }
    const Running &run = *it->second;
    s.name = run.config.name;
    s.kind = run.config.kind;
    if (run.printer) {
        switch (run.printer->readiness()) {
        case PrinterReadiness::Disconnected:
            s.health = DeviceHealth::Disconnected;
            break;
        case PrinterReadiness::Unknown:
            s.health = DeviceHealth::Connecting;
            break;
        case PrinterReadiness::NotAnswering:
        case PrinterReadiness::NotReady:
            s.health = DeviceHealth::NotReady;
            break;
        case PrinterReadiness::Ready:
            s.health = DeviceHealth::Ready;
            break;
        }
        s.problems = run.printer->problems();
        s.printer = run.printer->status();
        const auto waiting = run.queue->store().countWaiting(id);
        s.waitingJobs = waiting ? *waiting : 0;
    } else if (run.pinPad) {
        s.health = run.pad ? DeviceHealth::Ready : DeviceHealth::Disconnected;
        if (run.padError)
            s.problems << run.padError->message;
    } else if (run.reader) {
        const Transport &t = run.reader->transport();
        switch (t.state()) {
        case TransportState::Connected:
            s.health = DeviceHealth::Ready;
            break;
        case TransportState::Connecting:
            s.health = DeviceHealth::Connecting;
            break;
        case TransportState::WaitingToRetry:
        case TransportState::Closed:
            s.health = DeviceHealth::Disconnected;
            if (t.lastError())
                s.problems << t.lastError()->message;
            break;
        }
    }
    return s;
}

PinEntryDevice *DeviceManager::pinPad() const
{
    for (const auto &[id, run] : m_running)
        if (run->pad)
            return run->pad.get();
    return nullptr;
}

ReceiptPrinter *DeviceManager::printer(Id id) const
{
    const auto it = m_running.find(id);
    return it == m_running.end() ? nullptr : it->second->printer.get();
}

PrintQueue *DeviceManager::printQueue(Id id) const
{
    const auto it = m_running.find(id);
    return it == m_running.end() ? nullptr : it->second->queue.get();
}

CardReader *DeviceManager::reader(Id id) const
{
    const auto it = m_running.find(id);
    return it == m_running.end() ? nullptr : it->second->reader.get();
}

const PrinterOptions *DeviceManager::printerOptions(Id id) const
{
    const auto it = m_running.find(id);
    return it == m_running.end() || !it->second->printer ? nullptr : &it->second->printerOptions;
}

std::optional<Id> DeviceManager::defaultPrinter() const
{
    for (const auto &[id, run] : m_running) {
        if (run->printer)
            return id;
    }
    return std::nullopt;
}

Result<Id> DeviceManager::printTestPage(Id printerId)
{
    if (!printQueue(printerId)) {
        if (auto s = startDevice(printerId); !s)
            return s.error();
    }
    Running &run = *m_running.at(printerId);
    if (!run.queue)
        return Error::usage(tr("“%1” is a card reader, not a printer.").arg(run.config.name));
    TestPageInfo info;
    info.printerName = run.config.name;
    info.dateTime = m_clock.nowUtc().toLocalTime();
    auto bytes = ReceiptLayouts::testPage(info, run.printerOptions);
    if (!bytes)
        return bytes.error();
    return run.queue->enqueue(QStringLiteral("test"), *bytes);
}

Status DeviceManager::readTestCard(Id readerId, int timeoutMs)
{
    if (!reader(readerId)) {
        if (auto s = startDevice(readerId); !s)
            return s;
    }
    Running &run = *m_running.at(readerId);
    if (!run.reader)
        return Error::usage(tr("“%1” is a printer, not a card reader.").arg(run.config.name));
    run.testCardTimer.start(timeoutMs);
    return {};
}

void DeviceManager::finishTestCard(Id readerId, TestCardOutcome outcome)
{
    const auto it = m_running.find(readerId);
    if (it != m_running.end())
        it->second->testCardTimer.stop();
    emit testCardRead(readerId, outcome);
}

void DeviceManager::publish(Id id)
{
    DeviceStatus s = status(id);
    auto &last = m_published[id];
    if (last == s)
        return;
    last = s;
    emit statusChanged(id, s);
}

} // namespace posdesk
