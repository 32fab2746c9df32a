#include "Command.h"
#include "LinkSupport.h"

#include "acquirer/IcDownload.h"
#include "storage/IcParameterRepository.h"
#include "storage/TerminalRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace posdesk::cli {

namespace {

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex().toUpper());
}

int runIcDownload(CliContext &ctx)
{
    const QString tid = ctx.value(QStringLiteral("tid"));
    if (tid.isEmpty())
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--tid is required."));
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    IcDownload download((*link)->acquirer());
    auto r = waitFor<IcDownloadOutcome>([&](auto done) { download.run(ctx.actor(), tid, done); });
    if (!r)
        return ctx.fail(r.error());
    ctx.out(QCoreApplication::translate(
                "posdesk::cli", "IC parameters downloaded for terminal %1: %2 CA public keys, %3 chip applications.")
                .arg(tid)
                .arg(r->caKeys)
                .arg(r->aids));
    for (const QString &line : r->refused)
        ctx.out(QCoreApplication::translate("posdesk::cli", "Not stored: %1").arg(line));
    ctx.emitJson(QJsonObject{{QStringLiteral("tid"), tid},
                             {QStringLiteral("caKeys"), r->caKeys},
                             {QStringLiteral("aids"), r->aids},
                             {QStringLiteral("refused"), QJsonArray::fromStringList(r->refused)}});
    return ExitOk;
}

int runIcList(CliContext &ctx)
{
    const QString tid = ctx.value(QStringLiteral("tid"));
    if (tid.isEmpty())
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--tid is required."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto terminal = TerminalRepository(**db).findByTid(tid);
    if (!terminal)
        return ctx.fail(terminal.error());
    IcParameterRepository repo(**db);
    auto keys = repo.caKeys(terminal->acquirerId);
    if (!keys)
        return ctx.fail(keys.error());
    auto aids = repo.aids(terminal->acquirerId);
    if (!aids)
        return ctx.fail(aids.error());
    if (keys->isEmpty() && aids->isEmpty())
        ctx.out(QCoreApplication::translate(
                    "posdesk::cli", "No IC parameters yet for terminal %1. Run: posdesk-cli ic download --tid %1")
                    .arg(tid));
    QJsonArray keyRows, aidRows;
    for (const CaKeyRecord &k : *keys) {
        ctx.out(QCoreApplication::translate("posdesk::cli", "CA key  RID %1  index %2  expires %3  %4 bits")
                    .arg(hex(k.key.rid))
                    .arg(k.key.index, 2, 16, QLatin1Char('0'))
                    .arg(k.key.expiry.toString(Qt::ISODate))
                    .arg(k.key.modulus.size() * 8));
        keyRows.append(QJsonObject{{QStringLiteral("rid"), hex(k.key.rid)},
                                   {QStringLiteral("index"), hex(QByteArray(1, char(k.key.index)))},
                                   {QStringLiteral("expiry"), k.key.expiry.toString(Qt::ISODate)},
                                   {QStringLiteral("bits"), int(k.key.modulus.size() * 8)}});
    }
    for (const AidRecord &a : *aids) {
        ctx.out(QCoreApplication::translate("posdesk::cli", "AID     %1  version %2  floor limit %3 fen")
                    .arg(hex(a.aid.aid), hex(a.aid.appVersion))
                    .arg(a.floorLimitFen));
        aidRows.append(QJsonObject{{QStringLiteral("aid"), hex(a.aid.aid)},
                                   {QStringLiteral("appVersion"), hex(a.aid.appVersion)},
                                   {QStringLiteral("partialMatch"), a.aid.partialMatch},
                                   {QStringLiteral("floorLimitFen"), qint64(a.floorLimitFen)}});
    }
    ctx.emitJson(QJsonObject{
        {QStringLiteral("tid"), tid}, {QStringLiteral("caKeys"), keyRows}, {QStringLiteral("aids"), aidRows}});
    return ExitOk;
}

} // namespace

void addIcCommands(std::vector<Command> &out)
{
    const QCommandLineOption tid(QStringLiteral("tid"), QCoreApplication::translate("posdesk::cli", "Terminal ID."),
                                 QStringLiteral("TID"));
    out.push_back({{QStringLiteral("ic"), QStringLiteral("download")},
                   QStringLiteral("--tid TID"),
                   QCoreApplication::translate(
                       "posdesk::cli",
                       "Download the chip-card parameters from the host: CA public keys (checked) and applications."),
                   {tid},
                   runIcDownload});
    out.push_back(
        {{QStringLiteral("ic"), QStringLiteral("list")},
         QStringLiteral("--tid TID"),
         QCoreApplication::translate(
             "posdesk::cli", "List the CA public keys and chip applications stored for the terminal's acquirer."),
         {tid},
         runIcList});
}

} // namespace posdesk::cli
