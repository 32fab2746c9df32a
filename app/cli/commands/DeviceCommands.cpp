#include "Command.h"

#include "manager/CardReader.h"
#include "manager/DeviceManager.h"
#include "manager/DeviceSettings.h"
#include "printing/Slips.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace posdesk::cli {

namespace {

QCommandLineOption opt(const char *name, const QString &help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), help, QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), help);
}

// Progress for a person watching; kept off standard output so that scripts reading it see results only.
void note(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

Result<int> secondsOption(CliContext &ctx, const QString &name, int fallback)
{
    if (!ctx.isSet(name))
        return fallback;
    bool ok = false;
    const int s = ctx.value(name).toInt(&ok);
    if (!ok || s < 1 || s > 24 * 3600)
        return Error::usage(
            QCoreApplication::translate("posdesk::cli", "--%1 is a number of seconds, e.g. --%1 30.").arg(name));
    return s;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// --port is a configured device's name or address; a printer port seen for the first time is remembered, so that
// its jobs have a queue to wait in.
Result<DeviceConfig> printerFor(CliContext &ctx, Database &db)
{
    const QString port = ctx.value(QStringLiteral("port")).trimmed();
    if (port.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "posdesk::cli", "--port is required: a configured printer's name, a serial port, a device file or "
                            "host:port."));
    DeviceStore store(db, ctx.clock());
    auto found = store.findByNameOrAddress(port, DeviceKind::Printer);
    if (found || found.error().kind != ErrorKind::NotFound)
        return found;
    DeviceConfig d;
    d.name = port;
    d.kind = DeviceKind::Printer;
    d.transport = guessTransportKind(port);
    d.address = port;
    auto id = store.add(d);
    if (!id)
        return id.error();
    note(QCoreApplication::translate("posdesk::cli", "Added printer “%1” (%2) to the configured devices.")
             .arg(port, toKey(d.transport)));
    return store.find(*id);
}

enum class Waited
{
    Printed,
    NotReady,
    Failed,
    TimedOut
};

// Runs the printer's queue in this process until the job (or, without a job, the whole queue) is printed. Without
// --wait it stops as soon as the printer turns out not to be ready; with it, only at the deadline.
int printAndWait(CliContext &ctx, Database &db, const DeviceConfig &device,
                 const std::function<Result<Id>(DeviceManager &)> &enqueue, const QString &what)
{
    const bool wait = ctx.isSet(QStringLiteral("wait"));
    auto timeout = secondsOption(ctx, QStringLiteral("timeout"), wait ? 60 : 30);
    if (!timeout)
        return ctx.fail(timeout.error());

    DeviceManager manager(db, ctx.clock());
    if (auto s = manager.startDevice(device.id); !s)
        return ctx.fail(s.error());
    ReceiptPrinter &printer = *manager.printer(device.id);
    PrintQueue &queue = *manager.printQueue(device.id);

    std::optional<Id> jobId;
    if (enqueue) {
        auto id = enqueue(manager);
        if (!id)
            return ctx.fail(id.error());
        jobId = *id;
    }

    QEventLoop loop;
    std::optional<Waited> outcome;
    QString failure;
    const auto finish = [&](Waited w) {
        if (!outcome) {
            outcome = w;
            loop.quit();
        }
    };
    const auto allPrinted = [&] {
        const auto waiting = queue.store().countWaiting(device.id);
        return waiting && *waiting == 0;
    };
    QObject::connect(&manager, &DeviceManager::printJobChanged, &loop,
                     [&](Id, Id changed, PrintJobState state, const QString &why) {
                         if (jobId && changed != *jobId)
                             return;
                         if (state == PrintJobState::Printed && (jobId || allPrinted()))
                             finish(Waited::Printed);
                         else if (state == PrintJobState::Failed || state == PrintJobState::Cancelled) {
                             failure = why;
                             finish(Waited::Failed);
                         } else if (state == PrintJobState::Held && !wait)
                             finish(Waited::NotReady);
                     });
    bool told = false;
    const auto judge = [&](PrinterReadiness r) {
        if (outcome || r == PrinterReadiness::Ready || r == PrinterReadiness::Unknown)
            return;
        if (!wait)
            return finish(Waited::NotReady);
        if (!told)
            note(QCoreApplication::translate("posdesk::cli", "Waiting for the printer on %1: %2")
                     .arg(device.address, printer.problems().join(u' ')));
        told = true;
    };
    QObject::connect(&printer, &ReceiptPrinter::readinessChanged, &loop, judge);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] { finish(Waited::TimedOut); });
    deadline.start(*timeout * 1000);
    if (!jobId && allPrinted())
        finish(Waited::Printed);
    judge(printer.readiness());
    if (!outcome)
        loop.exec();

    const QStringList problems = printer.problems();
    // Stopping ends the run: a job still at the printer then counts as failed (whether it printed is unknown).
    manager.stopAll();
    std::optional<PrintJobState> finalState;
    if (jobId) {
        if (auto job = PrintJobStore(db, ctx.clock()).find(*jobId))
            finalState = job->state;
    }
    QJsonObject json{{QStringLiteral("device"), device.name},
                     {QStringLiteral("printed"), *outcome == Waited::Printed},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    if (jobId)
        json.insert(QStringLiteral("job"), qlonglong(*jobId));
    if (finalState)
        json.insert(QStringLiteral("state"), toKey(*finalState));
    ctx.emitJson(json);

    if (*outcome == Waited::Printed) {
        ctx.out(
            jobId
                ? QCoreApplication::translate("posdesk::cli", "Printed %1 on %2 (job %3).")
                      .arg(what, device.name)
                      .arg(*jobId)
                : QCoreApplication::translate("posdesk::cli", "Every waiting job on %1 is printed.").arg(device.name));
        return ExitOk;
    }
    if (*outcome == Waited::Failed)
        return ctx.fail(Error::environment(failure));
    const QString why = problems.isEmpty()
                            ? QCoreApplication::translate("posdesk::cli", "The printer did not finish in time.")
                            : problems.join(u' ');
    if (!jobId)
        return ctx.fail(Error::environment(
            QCoreApplication::translate("posdesk::cli", "Jobs on %1 are still waiting: %2").arg(device.name, why)));
    if (finalState == PrintJobState::Pending)
        return ctx.fail(Error::environment(
            QCoreApplication::translate("posdesk::cli",
                                        "Job %2 (%1) is not printed: %3 The job stays in the queue and prints the next "
                                        "time PosDesk runs the printer (posdesk-cli printer flush --port %4).")
                .arg(what)
                .arg(*jobId)
                .arg(why, device.name)));
    return ctx.fail(Error::environment(
        QCoreApplication::translate("posdesk::cli",
                                    "Job %2 (%1) was sent, but the printer stopped: %3 It may finish by itself once "
                                    "the printer is ready; if the receipt is missing, reprint it (posdesk-cli printer "
                                    "reprint --job %2).")
            .arg(what)
            .arg(*jobId)
            .arg(why)));
}

int runPrinterTest(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::ChangeSettings, QStringLiteral("devices")); !s)
        return ctx.fail(s.error());
    auto device = printerFor(ctx, **db);
    if (!device)
        return ctx.fail(device.error());
    const Id id = device->id;
    return printAndWait(
        ctx, **db, *device, [id](DeviceManager &m) { return m.printTestPage(id); },
        QCoreApplication::translate("posdesk::cli", "the test page"));
}

int runPrinterFlush(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::Reprint, QStringLiteral("print queue")); !s)
        return ctx.fail(s.error());
    auto device = printerFor(ctx, **db);
    if (!device)
        return ctx.fail(device.error());
    return printAndWait(ctx, **db, *device, {}, {});
}

Result<Id> jobOption(CliContext &ctx)
{
    bool ok = false;
    const qlonglong id = ctx.value(QStringLiteral("job")).toLongLong(&ok);
    if (!ok || id < 1)
        return Error::usage(QCoreApplication::translate(
            "posdesk::cli", "--job is the number of a print job; “posdesk-cli printer queue” lists them."));
    return Id(id);
}

int runPrinterReprint(CliContext &ctx)
{
    auto jobId = jobOption(ctx);
    if (!jobId)
        return ctx.fail(jobId.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s =
            require(**db, ctx.clock(), ctx.actor(), Permission::Reprint, QStringLiteral("print job %1").arg(*jobId));
        !s)
        return ctx.fail(s.error());
    auto job = PrintJobStore(**db, ctx.clock()).find(*jobId);
    if (!job)
        return ctx.fail(job.error());
    auto device = DeviceStore(**db, ctx.clock()).find(job->deviceId);
    if (!device)
        return ctx.fail(device.error());
    auto options = DeviceSettings::printerOptions(device->settings);
    if (!options)
        return ctx.fail(options.error());
    // A copy is never mistaken for the original: it starts with 重打印 / REPRINT, the time and who asked for it.
    auto mark = Slips::reprintMarkForJob(**db, ctx.clock(), ctx.actor(), *jobId, *options);
    if (!mark)
        return ctx.fail(mark.error());
    const Id original = *jobId;
    const Id deviceId = device->id;
    const QByteArray markBytes = *mark;
    return printAndWait(
        ctx, **db, *device, [=](DeviceManager &m) { return m.printQueue(deviceId)->reprint(original, markBytes); },
        QCoreApplication::translate("posdesk::cli", "a reprint of job %1").arg(original));
}

int runPrinterCancel(CliContext &ctx)
{
    auto jobId = jobOption(ctx);
    if (!jobId)
        return ctx.fail(jobId.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s =
            require(**db, ctx.clock(), ctx.actor(), Permission::Reprint, QStringLiteral("print job %1").arg(*jobId));
        !s)
        return ctx.fail(s.error());
    if (auto s = PrintJobStore(**db, ctx.clock()).cancel(*jobId); !s)
        return ctx.fail(s.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Print job %1 is cancelled; it can still be reprinted.")
                .arg(*jobId));
    ctx.emitJson(QJsonObject{{QStringLiteral("job"), qlonglong(*jobId)},
                             {QStringLiteral("state"), QStringLiteral("cancelled")}});
    return ExitOk;
}

int runPrinterQueue(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    // The queue holds receipts: the same people who may reprint them may see it.
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::Reprint, QStringLiteral("print queue")); !s)
        return ctx.fail(s.error());
    DeviceStore devices(**db, ctx.clock());
    std::optional<Id> only;
    if (ctx.isSet(QStringLiteral("port"))) {
        auto d = devices.findByNameOrAddress(ctx.value(QStringLiteral("port")), DeviceKind::Printer);
        if (!d)
            return ctx.fail(d.error());
        only = d->id;
    }
    auto jobs = PrintJobStore(**db, ctx.clock()).list(only);
    if (!jobs)
        return ctx.fail(jobs.error());
    auto all = devices.list();
    if (!all)
        return ctx.fail(all.error());
    const auto nameOf = [&](Id id) {
        for (const DeviceConfig &d : *all) {
            if (d.id == id)
                return d.name;
        }
        return QString::number(id);
    };
    QJsonArray out;
    if (jobs->isEmpty())
        ctx.out(QCoreApplication::translate("posdesk::cli", "The print queue is empty."));
    for (const PrintJob &j : *jobs) {
        QJsonObject o{{QStringLiteral("id"), qlonglong(j.id)},
                      {QStringLiteral("device"), nameOf(j.deviceId)},
                      {QStringLiteral("deviceId"), qlonglong(j.deviceId)},
                      {QStringLiteral("kind"), j.kind},
                      {QStringLiteral("state"), toKey(j.state)},
                      {QStringLiteral("attempts"), j.attempts},
                      {QStringLiteral("createdAt"), isoTime(j.createdAt)}};
        if (!j.lastError.isEmpty())
            o.insert(QStringLiteral("note"), j.lastError);
        if (j.reprintOf)
            o.insert(QStringLiteral("reprintOf"), qlonglong(*j.reprintOf));
        if (j.printedAt)
            o.insert(QStringLiteral("printedAt"), isoTime(*j.printedAt));
        out.append(o);
        ctx.out(QCoreApplication::translate("posdesk::cli", "%1  %2  %3  %4  %5%6")
                    .arg(j.id, 5)
                    .arg(isoTime(j.createdAt), nameOf(j.deviceId), j.kind, displayName(j.state),
                         j.lastError.isEmpty() ? QString() : QStringLiteral("  — ") + j.lastError));
    }
    ctx.emitJson(out);
    return ExitOk;
}

int runDevicesList(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    DeviceManager manager(**db, ctx.clock());
    auto configured = manager.store().list();
    if (!configured)
        return ctx.fail(configured.error());
    auto ports = manager.discover();
    if (!ports)
        return ctx.fail(ports.error());

    QJsonArray devicesJson;
    if (configured->isEmpty())
        ctx.out(QCoreApplication::translate("posdesk::cli", "No devices are configured; add one with "
                                                            "“posdesk-cli devices add”."));
    else
        ctx.out(QCoreApplication::translate("posdesk::cli", "Configured devices:"));
    for (const DeviceConfig &d : *configured) {
        // A network printer is not probed here: it is tried when used.
        const bool present = d.transport == TransportKind::Tcp || QFileInfo::exists(d.address);
        devicesJson.append(QJsonObject{{QStringLiteral("id"), qlonglong(d.id)},
                                       {QStringLiteral("name"), d.name},
                                       {QStringLiteral("kind"), toKey(d.kind)},
                                       {QStringLiteral("transport"), toKey(d.transport)},
                                       {QStringLiteral("address"), d.address},
                                       {QStringLiteral("settings"), d.settings},
                                       {QStringLiteral("enabled"), d.enabled},
                                       {QStringLiteral("present"), present}});
        ctx.out(QCoreApplication::translate("posdesk::cli", "  %1  %2  %3  %4 %5  %6%7")
                    .arg(d.id, 3)
                    .arg(d.name, toKey(d.kind), toKey(d.transport), d.address,
                         d.enabled ? QCoreApplication::translate("posdesk::cli", "enabled")
                                   : QCoreApplication::translate("posdesk::cli", "disabled"),
                         present ? QString() : QCoreApplication::translate("posdesk::cli", "  (not present)")));
    }
    QJsonArray portsJson;
    bool anyPort = false;
    for (const DiscoveredPort &p : *ports) {
        portsJson.append(QJsonObject{{QStringLiteral("path"), p.path},
                                     {QStringLiteral("description"), p.description},
                                     {QStringLiteral("manufacturer"), p.manufacturer},
                                     {QStringLiteral("serialNumber"), p.serialNumber},
                                     {QStringLiteral("configured"), p.configured},
                                     {QStringLiteral("present"), p.present}});
        if (p.configured)
            continue;
        if (!anyPort)
            ctx.out(QCoreApplication::translate("posdesk::cli", "Serial ports on this computer, not configured:"));
        anyPort = true;
        ctx.out(QStringLiteral("  %1  %2 %3").arg(p.path, p.description, p.manufacturer).trimmed());
    }
    ctx.emitJson(QJsonObject{{QStringLiteral("configured"), devicesJson}, {QStringLiteral("ports"), portsJson}});
    return ExitOk;
}

int runDevicesAdd(CliContext &ctx)
{
    DeviceConfig d;
    d.name = ctx.value(QStringLiteral("name")).trimmed();
    d.address = ctx.value(QStringLiteral("address")).trimmed();
    const auto kind = deviceKindFromKey(ctx.value(QStringLiteral("kind")));
    if (d.name.isEmpty() || d.address.isEmpty() || !kind)
        return ctx.usage(QCoreApplication::translate(
            "posdesk::cli",
            "Give --name, --kind printer|reader|pinpad and --address (port, device file or host:port)."));
    d.kind = *kind;
    if (ctx.isSet(QStringLiteral("transport"))) {
        const auto t = transportKindFromKey(ctx.value(QStringLiteral("transport")));
        if (!t)
            return ctx.usage(QCoreApplication::translate("posdesk::cli", "--transport is serial, tcp or file."));
        d.transport = *t;
    } else {
        d.transport = guessTransportKind(d.address);
    }
    if (ctx.isSet(QStringLiteral("settings"))) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(ctx.value(QStringLiteral("settings")).toUtf8(), &error);
        if (!doc.isObject())
            return ctx.usage(QCoreApplication::translate("posdesk::cli",
                                                         "--settings is a JSON object, e.g. '{\"baud\": 19200}' (%1).")
                                 .arg(error.errorString()));
        d.settings = doc.object();
    }
    if (ctx.isSet(QStringLiteral("baud"))) {
        bool ok = false;
        const int baud = ctx.value(QStringLiteral("baud")).toInt(&ok);
        if (!ok || baud < 1)
            return ctx.usage(QCoreApplication::translate("posdesk::cli", "--baud is a speed such as 9600 or 115200."));
        d.settings.insert(QStringLiteral("baud"), baud);
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::ChangeSettings, QStringLiteral("devices")); !s)
        return ctx.fail(s.error());
    auto id = DeviceStore(**db, ctx.clock()).add(d);
    if (!id)
        return ctx.fail(id.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Added %1 “%2” (device %3) on %4 %5.")
                .arg(toKey(d.kind), d.name)
                .arg(*id)
                .arg(toKey(d.transport), d.address));
    ctx.emitJson(QJsonObject{{QStringLiteral("id"), qlonglong(*id)}});
    return ExitOk;
}

// A configured reader by name or address, else the port as given with default settings (not stored: reading
// a card leaves nothing behind).
Result<DeviceConfig> readerFor(CliContext &ctx, Database &db)
{
    const QString port = ctx.value(QStringLiteral("port")).trimmed();
    if (port.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "posdesk::cli", "--port is required: a configured reader's name or its serial port."));
    auto found = DeviceStore(db, ctx.clock()).findByNameOrAddress(port, DeviceKind::Reader);
    if (found || found.error().kind != ErrorKind::NotFound)
        return found;
    DeviceConfig d;
    d.name = port;
    d.kind = DeviceKind::Reader;
    d.transport = guessTransportKind(port);
    d.address = port;
    if (auto s = DeviceSettings::validate(d); !s)
        return s.error();
    return d;
}

int runReaderRead(CliContext &ctx)
{
    auto timeout = secondsOption(ctx, QStringLiteral("timeout"), 30);
    if (!timeout)
        return ctx.fail(timeout.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::ChangeSettings, QStringLiteral("devices")); !s)
        return ctx.fail(s.error());
    auto device = readerFor(ctx, **db);
    if (!device)
        return ctx.fail(device.error());
    auto transport = DeviceSettings::transportFor(*device);
    auto options = DeviceSettings::readerOptions(device->settings);
    if (!transport)
        return ctx.fail(transport.error());
    if (!options)
        return ctx.fail(options.error());

    CardReader reader(createTransport(*transport), *options);
    QEventLoop loop;
    std::shared_ptr<CardData> card;
    std::optional<Error> error;
    QObject::connect(&reader, &CardReader::cardSwiped, &loop, [&](std::shared_ptr<CardData> c) {
        if (!card && !error)
            card = std::move(c);
        loop.quit();
    });
    QObject::connect(&reader, &CardReader::swipeRejected, &loop, [&](const Error &e) {
        if (!card && !error)
            error = Error::refused(
                QCoreApplication::translate("posdesk::cli", "The swipe was rejected: %1").arg(e.message), e.detail);
        loop.quit();
    });
    QObject::connect(&reader.transport(), &Transport::stateChanged, &loop, [&](TransportState state) {
        if (state == TransportState::Connected) {
            note(QCoreApplication::translate("posdesk::cli", "Swipe a card on %1 (waiting up to %2 s)…")
                     .arg(device->address)
                     .arg(*timeout));
            return;
        }
        // Waiting for a swipe on a port that does not open would only hide the reason.
        if (state == TransportState::WaitingToRetry && !error && !card) {
            error = reader.transport().lastError().value_or(Error::environment(
                QCoreApplication::translate("posdesk::cli", "The reader's port %1 closed.").arg(device->address)));
            loop.quit();
        }
    });
    QTimer::singleShot(*timeout * 1000, &loop, [&] {
        if (!card && !error)
            error = Error::environment(
                QCoreApplication::translate("posdesk::cli", "No card was swiped on %1 within %2 s. Check the reader's "
                                                            "cable and swipe again.")
                    .arg(device->address)
                    .arg(*timeout));
        loop.quit();
    });
    reader.start();
    if (!card && !error)
        loop.exec();
    reader.stop();
    if (!card)
        return ctx.fail(*error);

    QStringList tracks;
    if (card->hasTrack1())
        tracks << QStringLiteral("1");
    if (card->hasTrack2())
        tracks << QStringLiteral("2");
    const QString expiry = card->expiryYymm();
    ctx.out(QCoreApplication::translate("posdesk::cli", "Card %1%2")
                .arg(card->masked(),
                     card->schemeName().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(card->schemeName())));
    ctx.out(QCoreApplication::translate("posdesk::cli", "  expires %1/%2, service code %3, tracks %4")
                .arg(expiry.mid(2, 2), expiry.left(2), card->serviceCode(), tracks.join(QStringLiteral(", "))));
    if (card->isChipCard())
        ctx.out(QCoreApplication::translate("posdesk::cli",
                                            "  chip card: a swipe is a fallback the acquirer may refuse; insert it "
                                            "at the till."));
    ctx.emitJson(QJsonObject{{QStringLiteral("card"), card->masked()},
                             {QStringLiteral("scheme"), card->schemeName()},
                             {QStringLiteral("expiry"), expiry},
                             {QStringLiteral("serviceCode"), card->serviceCode()},
                             {QStringLiteral("chip"), card->isChipCard()},
                             {QStringLiteral("tracks"), QJsonArray::fromStringList(tracks)}});
    card->wipe();
    return ExitOk;
}

} // namespace

void addDeviceCommands(std::vector<Command> &out)
{
    const auto port = [](const QString &help) {
        return opt("port", help, "PORT");
    };
    const auto wait =
        opt("wait",
            QCoreApplication::translate("posdesk::cli", "Wait for a printer that is not ready (paper, cover, offline) "
                                                        "until --timeout, instead of stopping at once."));
    const auto timeout = opt(
        "timeout", QCoreApplication::translate("posdesk::cli", "Seconds to wait (default 30, 60 with --wait)."), "S");
    const auto job = opt("job", QCoreApplication::translate("posdesk::cli", "Print job number."), "ID");
    const QString printerPort = QCoreApplication::translate(
        "posdesk::cli", "Printer: a configured printer's name, a serial port, a device file or host:port.");

    out.push_back({{QStringLiteral("devices"), QStringLiteral("list")},
                   QStringLiteral("[--json]"),
                   QCoreApplication::translate("posdesk::cli",
                                               "Configured printers and card readers, and the serial ports found."),
                   {},
                   runDevicesList});
    out.push_back(
        {{QStringLiteral("devices"), QStringLiteral("add")},
         QStringLiteral("--name N --kind printer|reader [--transport serial|tcp|file] --address A [--baud B] "
                        "[--settings JSON]"),
         QCoreApplication::translate("posdesk::cli", "Configure a printer or card reader."),
         {opt("name", QCoreApplication::translate("posdesk::cli", "A name to recognise it by."), "N"),
          opt("kind", QCoreApplication::translate("posdesk::cli", "printer, reader or pinpad."), "KIND"),
          opt("transport",
              QCoreApplication::translate("posdesk::cli", "serial, tcp or file (default: from the address)."),
              "TRANSPORT"),
          opt("address",
              QCoreApplication::translate("posdesk::cli",
                                          "Serial port (/dev/ttyUSB0, COM3), device file (/dev/usb/lp0) or host:port."),
              "A"),
          opt("baud", QCoreApplication::translate("posdesk::cli", "Serial speed (default 9600)."), "B"),
          opt("settings",
              QCoreApplication::translate("posdesk::cli",
                                          "More settings as JSON: parity, flowControl, chineseMode, paperWidth, …"),
              "JSON")},
         runDevicesAdd});
    out.push_back({{QStringLiteral("printer"), QStringLiteral("test")},
                   QStringLiteral("--port P [--wait] [--timeout S]"),
                   QCoreApplication::translate("posdesk::cli",
                                               "Print the test page through the print queue. Exits 3, naming why, "
                                               "when the printer is not ready; the job then stays queued."),
                   {port(printerPort), wait, timeout},
                   runPrinterTest});
    out.push_back({{QStringLiteral("printer"), QStringLiteral("flush")},
                   QStringLiteral("--port P [--wait] [--timeout S]"),
                   QCoreApplication::translate("posdesk::cli", "Print the jobs waiting for the printer."),
                   {port(printerPort), wait, timeout},
                   runPrinterFlush});
    out.push_back({{QStringLiteral("printer"), QStringLiteral("queue")},
                   QStringLiteral("[--port P] [--json]"),
                   QCoreApplication::translate("posdesk::cli", "The print jobs, newest first, with why they wait."),
                   {port(printerPort)},
                   runPrinterQueue});
    out.push_back(
        {{QStringLiteral("printer"), QStringLiteral("reprint")},
         QStringLiteral("--job ID [--wait] [--timeout S]"),
         QCoreApplication::translate("posdesk::cli", "Print a job again (printed, failed or cancelled) as a new job."),
         {job, wait, timeout},
         runPrinterReprint});
    out.push_back({{QStringLiteral("printer"), QStringLiteral("cancel")},
                   QStringLiteral("--job ID"),
                   QCoreApplication::translate("posdesk::cli", "Withdraw a job that has not been sent to the printer."),
                   {job},
                   runPrinterCancel});
    out.push_back(
        {{QStringLiteral("reader"), QStringLiteral("read")},
         QStringLiteral("--port P [--timeout S]"),
         QCoreApplication::translate("posdesk::cli",
                                     "Wait for one swipe and show the card, masked. Exits 1 when the swipe "
                                     "is rejected, 3 when none comes in time."),
         {port(QCoreApplication::translate("posdesk::cli", "Reader: a configured reader's name or its serial port.")),
          timeout},
         runReaderRead});
}

} // namespace posdesk::cli
