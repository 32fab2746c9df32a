#include "ReceiptSupport.h"

#include "CliContext.h"
#include "manager/DeviceManager.h"
#include "printing/PrintJobStore.h"
#include "printing/PrintQueue.h"
#include "printing/ReceiptPrinter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace posdesk::cli {

namespace {
// Long enough for a slip over serial at 9600 baud; short enough that a cashier is not kept waiting by a printer
// that is out of paper.
constexpr int kPrintWaitMs = 8000;
} // namespace

QJsonObject printSlipIfConfigured(CliContext &ctx, const QString &kind, const SlipBuilder &build)
{
    return printSlipsIfConfigured(ctx, kind, {build});
}

QJsonObject printSlipsIfConfigured(CliContext &ctx, const QString &kind, const QList<SlipBuilder> &builds,
                                   std::optional<Id> transactionId)
{
    auto db = ctx.database();
    if (!db)
        return {};
    DeviceManager manager(**db, ctx.clock());
    auto devices = manager.store().list();
    if (!devices)
        return {};
    const DeviceConfig *printer = nullptr;
    for (const DeviceConfig &d : *devices) {
        if (d.kind == DeviceKind::Printer && d.enabled) {
            printer = &d;
            break;
        }
    }
    if (!printer)
        return {};

    QJsonObject receipt{{QStringLiteral("printer"), printer->name}, {QStringLiteral("printed"), false}};
    const auto problem = [&](const QString &why) {
        receipt.insert(QStringLiteral("problem"), why);
        ctx.out(QCoreApplication::translate("posdesk::cli", "Receipt not printed on %1: %2").arg(printer->name, why));
        return receipt;
    };
    if (auto started = manager.startDevice(printer->id); !started)
        return problem(started.error().fullText());
    const PrinterOptions *options = manager.printerOptions(printer->id);
    PrintQueue *queue = manager.printQueue(printer->id);
    ReceiptPrinter *driver = manager.printer(printer->id);
    if (!options || !queue || !driver)
        return problem(QCoreApplication::translate("posdesk::cli", "the printer's driver did not start."));
    QJsonArray jobs;
    std::optional<Id> job;
    for (const SlipBuilder &build : builds) {
        auto bytes = build(*options);
        if (!bytes)
            return problem(bytes.error().fullText());
        auto queued = queue->enqueue(kind, *bytes, transactionId);
        if (!queued)
            return problem(queued.error().fullText());
        job = *queued;
        jobs.append(qlonglong(*job));
    }
    if (!job)
        return {};
    // The last job: the queue prints in order, so once it is through, so are the ones before it.
    receipt.insert(QStringLiteral("job"), qlonglong(*job));
    receipt.insert(QStringLiteral("jobs"), jobs);

    QEventLoop loop;
    std::optional<PrintJobState> outcome;
    QObject::connect(&manager, &DeviceManager::printJobChanged, &loop,
                     [&](Id, Id changed, PrintJobState state, const QString &) {
                         if (changed != *job)
                             return;
                         if (state == PrintJobState::Printed || state == PrintJobState::Failed ||
                             state == PrintJobState::Cancelled || state == PrintJobState::Held) {
                             outcome = state;
                             loop.quit();
                         }
                     });
    // A printer that reports paper out, cover open or offline, or does not answer, will not print now: no point in
    // waiting for it.
    bool notReady = false;
    const auto judge = [&](PrinterReadiness r) {
        if (r == PrinterReadiness::NotReady || r == PrinterReadiness::NotAnswering) {
            notReady = true;
            loop.quit();
        }
    };
    QObject::connect(driver, &ReceiptPrinter::readinessChanged, &loop, judge);
    QTimer::singleShot(kPrintWaitMs, &loop, &QEventLoop::quit);
    judge(driver->readiness());
    if (!outcome && !notReady)
        loop.exec();
    const QStringList problems = driver->problems();
    manager.stopAll();
    if (outcome == PrintJobState::Printed) {
        receipt.insert(QStringLiteral("printed"), true);
        ctx.out(QCoreApplication::translate("posdesk::cli", "Receipt printed on %1 (job %2).")
                    .arg(printer->name)
                    .arg(*job));
        return receipt;
    }
    const QString why = problems.isEmpty()
                            ? QCoreApplication::translate("posdesk::cli", "the printer did not finish in time.")
                            : problems.join(u' ');
    return problem(QCoreApplication::translate("posdesk::cli",
                                               "%1 The slip stays in the queue as job %2 (posdesk-cli printer flush "
                                               "--port %3).")
                       .arg(why)
                       .arg(*job)
                       .arg(printer->name));
}

} // namespace posdesk::cli
