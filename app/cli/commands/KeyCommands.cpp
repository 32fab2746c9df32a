#include "Command.h"

#include "security/DataProtection.h"
#include "security/KeyStore.h"
#include "storage/TerminalRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <sodium.h>

namespace posdesk::cli {

namespace {

QCommandLineOption valueOption(const char *name, const QString &help, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(valueName));
}

// Overwrites our copy of a clear key typed as text; copies Qt made while parsing arguments are out of reach.
void wipe(QString &s)
{
    if (!s.isEmpty())
        sodium_memzero(s.data(), std::size_t(s.size()) * sizeof(QChar));
    s.clear();
}

int runLoadTmk(CliContext &ctx)
{
    const QString tid = ctx.value(QStringLiteral("tid")).trimmed();
    if (tid.isEmpty())
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--tid is required."));
    const bool fromStdin = ctx.isSet(QStringLiteral("tmk-stdin"));
    if (fromStdin == ctx.isSet(QStringLiteral("tmk")))
        return ctx.usage(QCoreApplication::translate(
            "posdesk::cli", "Give the TMK either with --tmk-stdin (recommended) or with --tmk HEX."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    QString tmk;
    if (fromStdin) {
        auto line =
            ctx.readSecretLine(QCoreApplication::translate("posdesk::cli", "TMK for terminal %1 (hex): ").arg(tid));
        if (!line)
            return ctx.fail(line.error());
        tmk = std::move(*line);
    } else {
        tmk = ctx.value(QStringLiteral("tmk"));
    }
    tmk = tmk.trimmed();
    auto protection = DataProtection::open(DataProtection::defaultOptions((*db)->config()));
    if (!protection) {
        wipe(tmk);
        return ctx.fail(protection.error());
    }
    auto kcv = KeyStore(**db, ctx.clock(), **protection).loadTmk(ctx.actor(), tid, tmk);
    wipe(tmk);
    if (!kcv)
        return ctx.fail(kcv.error());
    ctx.out(QCoreApplication::translate(
                "posdesk::cli", "TMK stored for terminal %1. KCV %2: compare it with the check value on the key sheet.")
                .arg(tid, *kcv));
    // Loading the key moved an approved terminal to keys-loaded; say where it stands now and what comes next.
    auto terminal = TerminalRepository(**db).findByTid(tid);
    if (!terminal)
        return ctx.fail(terminal.error());
    const TerminalState state = terminal->state;
    if (state == TerminalState::Applied || state == TerminalState::DocumentsSubmitted)
        ctx.out(QCoreApplication::translate("posdesk::cli",
                                            "Terminal %1 is still “%2”: the key is kept, and once the acquirer has "
                                            "approved the terminal (posdesk-cli terminal set-state %1 approved) it "
                                            "counts as loaded and the terminal can sign on.")
                    .arg(tid, toKey(state)));
    else
        ctx.out(QCoreApplication::translate("posdesk::cli", "Terminal %1 is now “%2”.").arg(tid, toKey(state)));
    ctx.emitJson(QJsonObject{
        {QStringLiteral("tid"), tid}, {QStringLiteral("kcv"), *kcv}, {QStringLiteral("state"), toKey(state)}});
    return ExitOk;
}

int runKeysList(CliContext &ctx)
{
    const QString tid = ctx.value(QStringLiteral("tid")).trimmed();
    if (tid.isEmpty())
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--tid is required."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto keys = KeyStore::list(**db, ctx.clock(), ctx.actor(), tid);
    if (!keys)
        return ctx.fail(keys.error());
    QJsonArray arr;
    for (const KeyStore::StoredKey &k : *keys) {
        const QString loaded = QDateTime::fromMSecsSinceEpoch(k.loadedAt, Qt::UTC).toString(Qt::ISODate);
        ctx.out(QStringLiteral("%1  KCV %2  %3").arg(toKey(k.kind).toUpper(), k.kcv, loaded));
        arr.append(QJsonObject{{QStringLiteral("kind"), toKey(k.kind)},
                               {QStringLiteral("kcv"), k.kcv},
                               {QStringLiteral("loaded"), loaded}});
    }
    ctx.emitJson(arr);
    return ExitOk;
}
} // namespace

void addKeyCommands(std::vector<Command> &out)
{
    const QCommandLineOption tid =
        valueOption("tid", QCoreApplication::translate("posdesk::cli", "Terminal ID, 8 characters."), "TID");
    out.push_back({{QStringLiteral("keys"), QStringLiteral("load-tmk")},
                   QStringLiteral("--tid TID (--tmk-stdin | --tmk HEX)"),
                   QCoreApplication::translate(
                       "posdesk::cli",
                       "Store a terminal master key (32 or 48 hex digits), encrypted; prints only its check value "
                       "(owner only)."),
                   {tid,
                    QCommandLineOption(QStringLiteral("tmk-stdin"),
                                       QCoreApplication::translate(
                                           "posdesk::cli",
                                           "Read the TMK from the next line of standard input (keeps it out of the "
                                           "process list and the shell history).")),
                    valueOption("tmk",
                                QCoreApplication::translate(
                                    "posdesk::cli", "The TMK in hex. Visible in the process list: prefer --tmk-stdin."),
                                "HEX")},
                   runLoadTmk});
    out.push_back({{QStringLiteral("keys"), QStringLiteral("list")},
                   QStringLiteral("--tid TID"),
                   QCoreApplication::translate("posdesk::cli", "Show which keys a terminal has, by check value."),
                   {tid},
                   runKeysList});
}

} // namespace posdesk::cli
