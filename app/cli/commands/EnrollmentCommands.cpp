#include "Command.h"

#include "enrollment/EnrollmentService.h"
#include "enrollment/TerminalLifecycle.h"
#include "storage/AcquirerRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/TerminalRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace posdesk::cli {

namespace {

QString timeText(std::optional<TimeMs> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const Terminal &t)
{
    return QJsonObject{
        {QStringLiteral("tid"), t.tid},
        {QStringLiteral("mid"), t.mid},
        {QStringLiteral("merchant"), t.merchantName},
        {QStringLiteral("acquirer"), t.acquirerName},
        {QStringLiteral("state"), toKey(t.state)},
        {QStringLiteral("kind"), t.kind},
        {QStringLiteral("serial"), t.serial},
        {QStringLiteral("brand"), t.brand},
        {QStringLiteral("model"), t.model},
        {QStringLiteral("softwareVersion"), t.softwareVersion},
        {QStringLiteral("location"), t.location},
        {QStringLiteral("nextStan"), t.nextStan},
        {QStringLiteral("batchNo"), t.batchNo},
        {QStringLiteral("lastSignOn"), timeText(t.lastSignonAt)},
    };
}

QString required(CliContext &ctx, const QString &option, QString *missing)
{
    const QString v = ctx.value(option).trimmed();
    if (v.isEmpty() && missing->isEmpty())
        *missing = option;
    return v;
}

int missingOption(CliContext &ctx, const QString &option)
{
    return ctx.usage(
        QCoreApplication::translate("posdesk::cli", "--%1 is required. See “posdesk-cli … --help”.").arg(option));
}

int runMerchantAdd(CliContext &ctx)
{
    QString missing;
    Merchant m;
    m.mid = required(ctx, QStringLiteral("mid"), &missing);
    m.name = required(ctx, QStringLiteral("name"), &missing);
    if (!missing.isEmpty())
        return missingOption(ctx, missing);
    m.nameEn = ctx.value(QStringLiteral("name-en"));
    m.address = ctx.value(QStringLiteral("address"));
    m.contactPhone = ctx.value(QStringLiteral("phone"));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto id = EnrollmentService(**db, ctx.clock()).addMerchant(ctx.actor(), m);
    if (!id)
        return ctx.fail(id.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Merchant %1 (%2) added.").arg(m.mid, m.name));
    ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(*id)}, {QStringLiteral("mid"), m.mid}});
    return ExitOk;
}

int runMerchantList(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto list = MerchantRepository(**db).list();
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    for (const Merchant &m : *list) {
        ctx.out(QStringLiteral("%1  %2  %3").arg(m.mid, m.name, m.nameEn));
        arr.append(QJsonObject{{QStringLiteral("mid"), m.mid},
                               {QStringLiteral("name"), m.name},
                               {QStringLiteral("nameEn"), m.nameEn},
                               {QStringLiteral("address"), m.address}});
    }
    ctx.emitJson(arr);
    return ExitOk;
}

int runAcquirerAdd(CliContext &ctx)
{
    QString missing;
    Acquirer a;
    a.name = required(ctx, QStringLiteral("name"), &missing);
    a.host = required(ctx, QStringLiteral("host"), &missing);
    const QString port = required(ctx, QStringLiteral("port"), &missing);
    if (!missing.isEmpty())
        return missingOption(ctx, missing);
    bool ok = false;
    a.port = port.toInt(&ok);
    if (!ok)
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--port needs a number, not “%1”.").arg(port));
    if (ctx.isSet(QStringLiteral("tpdu")))
        a.tpdu = ctx.value(QStringLiteral("tpdu"));
    if (ctx.isSet(QStringLiteral("mac"))) {
        auto alg = macAlgorithmFromString(ctx.value(QStringLiteral("mac")));
        if (!alg)
            return ctx.usage(QCoreApplication::translate("posdesk::cli", "--mac must be cup-ecb, x9.9 or x9.19."));
        a.macAlgorithm = *alg;
    }
    if (ctx.isSet(QStringLiteral("channel"))) {
        auto kind = channelKindFromString(ctx.value(QStringLiteral("channel")));
        if (!kind)
            return ctx.usage(QCoreApplication::translate(
                "posdesk::cli", "--channel must be bank, payment-company or service-provider."));
        a.channelKind = *kind;
    }
    a.supportContact = ctx.value(QStringLiteral("support-contact"));
    a.supportPhone = ctx.value(QStringLiteral("support-phone"));
    a.supportEmail = ctx.value(QStringLiteral("support-email"));
    a.serviceProvider = ctx.value(QStringLiteral("service-provider"));
    a.resettleAfterUpload = ctx.isSet(QStringLiteral("resettle-after-upload"));
    for (auto [option, target] : {std::pair{"connect-timeout-ms", &a.connectTimeoutMs},
                                  std::pair{"response-timeout-ms", &a.responseTimeoutMs}}) {
        const QString name = QString::fromLatin1(option);
        if (!ctx.isSet(name))
            continue;
        const int ms = ctx.value(name).toInt(&ok);
        if (!ok || ms < 100 || ms > 300000)
            return ctx.usage(
                QCoreApplication::translate("posdesk::cli", "--%1 needs milliseconds between 100 and 300000.")
                    .arg(name));
        *target = ms;
    }
    if (ctx.isSet(QStringLiteral("reversal-expiry-hours"))) {
        const double hours = ctx.value(QStringLiteral("reversal-expiry-hours")).toDouble(&ok);
        if (!ok || hours <= 0 || hours > 24 * 30)
            return ctx.usage(QCoreApplication::translate(
                "posdesk::cli", "--reversal-expiry-hours needs hours between 0 and 720 (30 days)."));
        a.reversalExpiryMs = std::int64_t(hours * 3600 * 1000);
    }
    if (ctx.isSet(QStringLiteral("cutover-hour"))) {
        const int hour = ctx.value(QStringLiteral("cutover-hour")).toInt(&ok);
        if (!ok || hour < 0 || hour > 23)
            return ctx.usage(QCoreApplication::translate("posdesk::cli", "--cutover-hour needs an hour from 0 to 23."));
        a.cutoverHour = hour;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto id = EnrollmentService(**db, ctx.clock()).addAcquirer(ctx.actor(), a);
    if (!id)
        return ctx.fail(id.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Acquirer profile “%1” added (%2:%3, MAC %4).")
                .arg(a.name, a.host)
                .arg(a.port)
                .arg(toKey(a.macAlgorithm)));
    ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(*id)}, {QStringLiteral("name"), a.name}});
    return ExitOk;
}

int runAcquirerList(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto list = AcquirerRepository(**db).list();
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    for (const Acquirer &a : *list) {
        ctx.out(QStringLiteral("%1  %2:%3  TPDU %4  MAC %5  %6")
                    .arg(a.name, a.host)
                    .arg(a.port)
                    .arg(a.tpdu, toKey(a.macAlgorithm), a.supportPhone));
        arr.append(QJsonObject{{QStringLiteral("name"), a.name},
                               {QStringLiteral("channel"), toKey(a.channelKind)},
                               {QStringLiteral("host"), a.host},
                               {QStringLiteral("port"), a.port},
                               {QStringLiteral("tpdu"), a.tpdu},
                               {QStringLiteral("mac"), toKey(a.macAlgorithm)},
                               {QStringLiteral("supportPhone"), a.supportPhone},
                               {QStringLiteral("supportEmail"), a.supportEmail},
                               {QStringLiteral("serviceProvider"), a.serviceProvider}});
    }
    ctx.emitJson(arr);
    return ExitOk;
}

int runTerminalAdd(CliContext &ctx)
{
    QString missing;
    Terminal t;
    t.tid = required(ctx, QStringLiteral("tid"), &missing);
    const QString mid = required(ctx, QStringLiteral("mid"), &missing);
    const QString acquirer = required(ctx, QStringLiteral("acquirer"), &missing);
    if (!missing.isEmpty())
        return missingOption(ctx, missing);
    t.serial = ctx.value(QStringLiteral("serial"));
    t.brand = ctx.value(QStringLiteral("brand"));
    t.model = ctx.value(QStringLiteral("model"));
    t.location = ctx.value(QStringLiteral("location"));
    t.softwareVersion = ctx.value(QStringLiteral("software-version"));
    // --existing: a terminal the shop already uses, recorded as active unless --state says otherwise.
    const bool existing = ctx.isSet(QStringLiteral("existing"));
    if (existing)
        t.state = TerminalLifecycle::firstStates(TerminalLifecycle::Origin::Existing).front();
    if (ctx.isSet(QStringLiteral("state"))) {
        auto state = terminalStateFromString(ctx.value(QStringLiteral("state")));
        if (!state)
            return ctx.usage(QCoreApplication::translate("posdesk::cli", "Unknown terminal state “%1”.")
                                 .arg(ctx.value(QStringLiteral("state"))));
        if (existing) {
            if (const QString p = TerminalLifecycle::firstStateProblem(TerminalLifecycle::Origin::Existing, *state);
                !p.isEmpty())
                return ctx.usage(p);
        }
        t.state = *state;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto id = EnrollmentService(**db, ctx.clock()).addTerminal(ctx.actor(), t, mid, acquirer);
    if (!id)
        return ctx.fail(id.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Terminal %1 added for merchant %2 (state %3).")
                .arg(t.tid, mid, toKey(t.state)));
    ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(*id)}, {QStringLiteral("tid"), t.tid}});
    return ExitOk;
}

int runTerminalList(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto list = TerminalRepository(**db).list();
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    for (const Terminal &t : *list) {
        ctx.out(QStringLiteral("%1  %2  %3  %4  %5").arg(t.tid, t.mid, toKey(t.state), t.acquirerName, t.location));
        arr.append(toJson(t));
    }
    ctx.emitJson(arr);
    return ExitOk;
}

int runTerminalShow(CliContext &ctx)
{
    if (ctx.positional().size() != 1)
        return ctx.usage(
            QCoreApplication::translate("posdesk::cli", "Name one terminal: posdesk-cli terminal show TID"));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto t = TerminalRepository(**db).findByTid(ctx.positional().first());
    if (!t)
        return ctx.fail(t.error());
    const QJsonObject obj = toJson(*t);
    for (auto it = obj.begin(); it != obj.end(); ++it)
        ctx.out(QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString()));
    ctx.emitJson(obj);
    return ExitOk;
}

int runTerminalSetState(CliContext &ctx)
{
    if (ctx.positional().size() != 2)
        return ctx.usage(QCoreApplication::translate("posdesk::cli",
                                                     "Usage: posdesk-cli terminal set-state TID STATE [--note TEXT]"));
    const QString tid = ctx.positional().at(0);
    auto state = terminalStateFromString(ctx.positional().at(1));
    if (!state)
        return ctx.usage(
            QCoreApplication::translate("posdesk::cli",
                                        "Unknown terminal state “%1”. States: applied, documents-submitted, approved, "
                                        "keys-loaded, signed-on, active, suspended, swapped, deregistered.")
                .arg(ctx.positional().at(1)));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = EnrollmentService(**db, ctx.clock())
                     .changeState(ctx.actor(), tid, *state, ctx.value(QStringLiteral("note")));
        !s)
        return ctx.fail(s.error());
    // Approval of a terminal whose master key is already loaded goes on to keys-loaded: show where it stands.
    auto now = TerminalRepository(**db).findByTid(tid);
    if (!now)
        return ctx.fail(now.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Terminal %1 is now %2.").arg(tid, toKey(now->state)));
    ctx.emitJson(QJsonObject{{QStringLiteral("tid"), tid}, {QStringLiteral("state"), toKey(now->state)}});
    return ExitOk;
}

QCommandLineOption valueOption(const char *name, const QString &help, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(valueName));
}
QCommandLineOption flagOption(const char *name, const QString &help)
{
    return QCommandLineOption(QString::fromLatin1(name), help);
}
} // namespace

void addEnrollmentCommands(std::vector<Command> &out)
{
    out.push_back(
        {{QStringLiteral("merchant"), QStringLiteral("add")},
         QStringLiteral("--mid MID --name NAME [--name-en NAME] [--address TEXT] [--phone TEXT]"),
         QCoreApplication::translate("posdesk::cli", "Record a merchant (MID as assigned by the acquirer)."),
         {valueOption("mid", QCoreApplication::translate("posdesk::cli", "Merchant ID, 15 characters."), "MID"),
          valueOption("name", QCoreApplication::translate("posdesk::cli", "Merchant name."), "NAME"),
          valueOption("name-en", QCoreApplication::translate("posdesk::cli", "English name."), "NAME"),
          valueOption("address", QCoreApplication::translate("posdesk::cli", "Address."), "TEXT"),
          valueOption("phone", QCoreApplication::translate("posdesk::cli", "Phone."), "TEXT")},
         runMerchantAdd});
    out.push_back({{QStringLiteral("merchant"), QStringLiteral("list")},
                   QString(),
                   QCoreApplication::translate("posdesk::cli", "List merchants."),
                   {},
                   runMerchantList});
    out.push_back(
        {{QStringLiteral("acquirer"), QStringLiteral("add")},
         QStringLiteral("--name N --host H --port P [--tpdu HEX] [--mac cup-ecb|x9.9|x9.19] [--channel KIND] "
                        "[--support-phone T] [--support-email E] [--support-contact C] [--service-provider P] "
                        "[--resettle-after-upload] [--connect-timeout-ms MS] [--response-timeout-ms MS] "
                        "[--reversal-expiry-hours H] "
                        "[--cutover-hour H]"),
         QCoreApplication::translate("posdesk::cli",
                                     "Record an acquirer profile: host settings, MAC algorithm, support contacts."),
         {valueOption("name", QCoreApplication::translate("posdesk::cli", "Profile name."), "NAME"),
          valueOption("host", QCoreApplication::translate("posdesk::cli", "Host address."), "HOST"),
          valueOption("port", QCoreApplication::translate("posdesk::cli", "Host port."), "PORT"),
          valueOption("tpdu", QCoreApplication::translate("posdesk::cli", "TPDU, 10 hex digits."), "HEX"),
          valueOption("mac", QCoreApplication::translate("posdesk::cli", "MAC algorithm."), "ALG"),
          valueOption("channel",
                      QCoreApplication::translate("posdesk::cli", "bank, payment-company or service-provider."),
                      "KIND"),
          valueOption("support-phone", QCoreApplication::translate("posdesk::cli", "Support phone."), "TEXT"),
          valueOption("support-email", QCoreApplication::translate("posdesk::cli", "Support e-mail."), "TEXT"),
          valueOption("support-contact", QCoreApplication::translate("posdesk::cli", "Support contact person or desk."),
                      "TEXT"),
          valueOption("service-provider",
                      QCoreApplication::translate("posdesk::cli", "Who services this profile's terminals."), "NAME"),
          QCommandLineOption(QStringLiteral("resettle-after-upload"),
                             QCoreApplication::translate("posdesk::cli",
                                                         "The host expects a second settlement after a batch upload.")),
          valueOption(
              "connect-timeout-ms",
              QCoreApplication::translate("posdesk::cli", "How long to wait for the connection (default 10000)."),
              "MS"),
          valueOption("response-timeout-ms",
                      QCoreApplication::translate("posdesk::cli", "How long to wait for an answer (default 30000)."),
                      "MS"),
          valueOption("reversal-expiry-hours",
                      QCoreApplication::translate("posdesk::cli",
                                                  "A reversal the host has not confirmed after this long becomes an "
                                                  "alert (default 24)."),
                      "H"),
          valueOption("cutover-hour",
                      QCoreApplication::translate("posdesk::cli",
                                                  "Hour (shop time) at which the acquirer's day begins; the first "
                                                  "transaction after it signs on again (default 0)."),
                      "H")},
         runAcquirerAdd});
    out.push_back({{QStringLiteral("acquirer"), QStringLiteral("list")},
                   QString(),
                   QCoreApplication::translate("posdesk::cli", "List acquirer profiles."),
                   {},
                   runAcquirerList});
    out.push_back(
        {{QStringLiteral("terminal"), QStringLiteral("add")},
         QStringLiteral("--tid TID --mid MID --acquirer NAME [--serial S --brand B --model M --location L "
                        "--software-version V --existing --state STATE]"),
         QCoreApplication::translate("posdesk::cli", "Record a terminal."),
         {valueOption("tid", QCoreApplication::translate("posdesk::cli", "Terminal ID, 8 characters."), "TID"),
          valueOption("mid", QCoreApplication::translate("posdesk::cli", "Merchant ID."), "MID"),
          valueOption("acquirer", QCoreApplication::translate("posdesk::cli", "Acquirer profile name."), "NAME"),
          valueOption("serial", QCoreApplication::translate("posdesk::cli", "Serial number."), "S"),
          valueOption("brand", QCoreApplication::translate("posdesk::cli", "Brand."), "B"),
          valueOption("model", QCoreApplication::translate("posdesk::cli", "Model."), "M"),
          valueOption("location", QCoreApplication::translate("posdesk::cli", "Where it stands."), "L"),
          valueOption("software-version", QCoreApplication::translate("posdesk::cli", "Software version."), "V"),
          flagOption("existing",
                     QCoreApplication::translate("posdesk::cli",
                                                 "A terminal the shop already uses (TID and MID assigned): starts "
                                                 "active, or in the --state given (approved, keys-loaded, signed-on, "
                                                 "suspended). Without it, a new application starts applied.")),
          valueOption("state",
                      QCoreApplication::translate(
                          "posdesk::cli", "Initial lifecycle state (default applied; with --existing, active)."),
                      "STATE")},
         runTerminalAdd});
    out.push_back({{QStringLiteral("terminal"), QStringLiteral("list")},
                   QString(),
                   QCoreApplication::translate("posdesk::cli", "List terminals."),
                   {},
                   runTerminalList});
    out.push_back({{QStringLiteral("terminal"), QStringLiteral("show")},
                   QStringLiteral("TID"),
                   QCoreApplication::translate("posdesk::cli", "Show one terminal."),
                   {},
                   runTerminalShow});
    out.push_back({{QStringLiteral("terminal"), QStringLiteral("set-state")},
                   QStringLiteral("TID STATE [--note TEXT]"),
                   QCoreApplication::translate("posdesk::cli", "Move a terminal through its lifecycle."),
                   {valueOption("note", QCoreApplication::translate("posdesk::cli", "Why."), "TEXT")},
                   runTerminalSetState});
}

} // namespace posdesk::cli
