#include "Command.h"

#include "card/PinEntry.h"
#include "manager/PinPadDevice.h"
#include "security/DataProtection.h"
#include "security/KeyStore.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sodium.h>

namespace posdesk::cli {

namespace {

QCommandLineOption option(const char *name, const QString &help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), help, QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), help);
}

// The PIN pad named with --pad (a configured device's name or port), else the one configured, opened.
Result<std::unique_ptr<PinEntryDevice>> padFor(CliContext &ctx, Database &db)
{
    DeviceStore store(db, ctx.clock());
    auto device = configuredPinPad(store, ctx.value(QStringLiteral("pad")).trimmed());
    if (!device)
        return device.error();
    return openPinPad(*device);
}

int runPadStatus(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::ChangeSettings, QStringLiteral("devices")); !s)
        return ctx.fail(s.error());
    auto pad = padFor(ctx, **db);
    if (!pad)
        return ctx.fail(pad.error());
    auto info = (*pad)->status();
    if (!info)
        return ctx.fail(info.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "PIN pad %1, serial %2, firmware %3 on %4: %5")
                .arg(info->model, info->serial, info->firmware, (*pad)->describe(),
                     info->busy ? QCoreApplication::translate("posdesk::cli", "waiting for a PIN")
                                : QCoreApplication::translate("posdesk::cli", "ready")));
    ctx.emitJson(QJsonObject{{QStringLiteral("model"), info->model},
                             {QStringLiteral("serial"), info->serial},
                             {QStringLiteral("firmware"), info->firmware},
                             {QStringLiteral("busy"), info->busy}});
    return ExitOk;
}

int runPadLoadTmk(CliContext &ctx)
{
    const QString tid = ctx.value(QStringLiteral("tid")).trimmed();
    bool slotOk = false;
    const int slot = ctx.value(QStringLiteral("slot")).toInt(&slotOk);
    if (tid.isEmpty() || !slotOk)
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--tid and --slot (0 to 15) are required."));
    const bool fromPc = ctx.isSet(QStringLiteral("from-pc"));
    if (fromPc == ctx.isSet(QStringLiteral("tmk-stdin")))
        return ctx.usage(QCoreApplication::translate(
            "posdesk::cli",
            "Give either --tmk-stdin (the key from the key sheet) or --from-pc (move the key this PC holds)."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto protection = DataProtection::open(DataProtection::defaultOptions((*db)->config()));
    if (!protection)
        return ctx.fail(protection.error());
    SecureBuffer key;
    if (!fromPc) {
        auto line = ctx.readSecretLine(
            QCoreApplication::translate("posdesk::cli", "TMK for terminal %1 (hex, 32 digits): ").arg(tid));
        if (!line)
            return ctx.fail(line.error());
        QString hex = line->trimmed();
        if (!line->isEmpty())
            sodium_memzero(line->data(), std::size_t(line->size()) * sizeof(QChar));
        auto parsed = KeyStore::parseHexKey(hex);
        if (!hex.isEmpty())
            sodium_memzero(hex.data(), std::size_t(hex.size()) * sizeof(QChar));
        if (!parsed)
            return ctx.fail(parsed.error());
        key = std::move(*parsed);
    }
    auto pad = padFor(ctx, **db);
    if (!pad)
        return ctx.fail(pad.error());
    auto kcv = KeyStore(**db, ctx.clock(), **protection)
                   .loadTmkIntoPinPad(ctx.actor(), tid, **pad, slot, fromPc ? nullptr : &key);
    if (!kcv)
        return ctx.fail(kcv.error());
    ctx.out(QCoreApplication::translate("posdesk::cli",
                                        "The master key of terminal %1 is in slot %2 of the PIN pad (KCV %3); this PC "
                                        "no longer holds its keys. The next payment signs on first.")
                .arg(tid)
                .arg(slot)
                .arg(*kcv));
    ctx.emitJson(
        QJsonObject{{QStringLiteral("tid"), tid}, {QStringLiteral("slot"), slot}, {QStringLiteral("kcv"), *kcv}});
    return ExitOk;
}

} // namespace

void addPinPadCommands(std::vector<Command> &out)
{
    const QCommandLineOption pad =
        option("pad", QCoreApplication::translate("posdesk::cli", "The PIN pad (a configured device's name or port)."),
               "NAME");
    out.push_back({{QStringLiteral("pinpad"), QStringLiteral("status")},
                   QStringLiteral("[--pad NAME]"),
                   QCoreApplication::translate("posdesk::cli", "Ask the PIN pad for its model, serial and state."),
                   {pad},
                   runPadStatus});
    out.push_back(
        {{QStringLiteral("pinpad"), QStringLiteral("load-tmk")},
         QStringLiteral("--tid TID --slot N (--tmk-stdin | --from-pc) [--pad NAME]"),
         QCoreApplication::translate("posdesk::cli",
                                     "Put a terminal's master key into the PIN pad, which then holds all its keys: "
                                     "PIN transactions become possible and this PC keeps no key of it (owner only)."),
         {option("tid", QCoreApplication::translate("posdesk::cli", "Terminal ID, 8 characters."), "TID"),
          option("slot", QCoreApplication::translate("posdesk::cli", "The pad's key slot, 0 to 15."), "N"),
          option("tmk-stdin",
                 QCoreApplication::translate("posdesk::cli", "Read the TMK from the next line of standard input.")),
          option("from-pc", QCoreApplication::translate(
                                "posdesk::cli", "Move the TMK this PC holds (keys load-tmk) into the pad and delete it "
                                                "here.")),
          pad},
         runPadLoadTmk});
}

} // namespace posdesk::cli
