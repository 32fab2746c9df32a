#include "Command.h"

#include "enrollment/EnrollmentRecords.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace posdesk::cli {

namespace {

QString dataFolderOf(Database &db)
{
    return db.engine() == DbEngine::Sqlite ? QFileInfo(db.config().sqlitePath).absolutePath()
                                           : QFileInfo(DbConfig::defaultSqlitePath()).absolutePath();
}

// Runs `body` with the records service of the command's database.
template <typename Body> int withRecords(CliContext &ctx, Body body)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    EnrollmentRecords records(**db, ctx.clock(), dataFolderOf(**db));
    return body(records);
}

// The same for a command that only reads: those reads of the service take no actor, so the matrix is checked here,
// before anything is read, and a refusal is audited.
template <typename Body> int withRecordsToRead(CliContext &ctx, Permission permission, const QString &object, Body body)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), permission, object); !s)
        return ctx.fail(s.error());
    EnrollmentRecords records(**db, ctx.clock(), dataFolderOf(**db));
    return body(records);
}

QString tidOf(CliContext &ctx)
{
    return ctx.isSet(QStringLiteral("tid")) ? ctx.value(QStringLiteral("tid")) : ctx.positional().value(0);
}

std::optional<QString> optionalValue(CliContext &ctx, const char *name)
{
    const QString n = QString::fromLatin1(name);
    return ctx.isSet(n) ? std::optional<QString>(ctx.value(n)) : std::nullopt;
}

int runEdit(CliContext &ctx)
{
    const QString tid = ctx.positional().value(0);
    if (tid.isEmpty())
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "Usage: terminal edit TID [--tid NEW] …"));
    TerminalEdit e;
    e.tid = optionalValue(ctx, "new-tid");
    e.serial = optionalValue(ctx, "serial");
    e.brand = optionalValue(ctx, "brand");
    e.model = optionalValue(ctx, "model");
    e.softwareVersion = optionalValue(ctx, "software-version");
    e.paramVersion = optionalValue(ctx, "param-version");
    e.location = optionalValue(ctx, "location");
    e.assignedTid = optionalValue(ctx, "assigned-tid");
    e.assignedMid = optionalValue(ctx, "assigned-mid");
    return withRecords(ctx, [&](EnrollmentRecords &r) {
        if (auto s = r.editTerminal(ctx.actor(), tid, e); !s)
            return ctx.fail(s.error());
        ctx.out(QCoreApplication::translate("posdesk::cli", "Terminal %1 updated.").arg(tid));
        ctx.emitJson(QJsonObject{{QStringLiteral("tid"), e.tid.value_or(tid)}});
        return int(ExitOk);
    });
}

int runAcquirerEdit(CliContext &ctx)
{
    const QString name = ctx.value(QStringLiteral("name"));
    if (name.isEmpty())
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--name names the acquirer profile to change."));
    bool portOk = true;
    const int port = ctx.isSet(QStringLiteral("port")) ? ctx.value(QStringLiteral("port")).toInt(&portOk) : 0;
    if (!portOk)
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--port needs a number."));
    return withRecords(ctx, [&](EnrollmentRecords &r) {
        auto s = r.editAcquirer(ctx.actor(), name, [&](Acquirer &a) {
            if (ctx.isSet(QStringLiteral("host")))
                a.host = ctx.value(QStringLiteral("host"));
            if (ctx.isSet(QStringLiteral("port")))
                a.port = port;
            if (ctx.isSet(QStringLiteral("tpdu")))
                a.tpdu = ctx.value(QStringLiteral("tpdu")).toUpper();
            if (ctx.isSet(QStringLiteral("support-phone")))
                a.supportPhone = ctx.value(QStringLiteral("support-phone"));
            if (ctx.isSet(QStringLiteral("support-email")))
                a.supportEmail = ctx.value(QStringLiteral("support-email"));
            if (ctx.isSet(QStringLiteral("service-provider")))
                a.serviceProvider = ctx.value(QStringLiteral("service-provider"));
        });
        if (!s)
            return ctx.fail(s.error());
        ctx.out(QCoreApplication::translate("posdesk::cli", "Acquirer profile “%1” updated.").arg(name));
        ctx.emitJson(QJsonObject{{QStringLiteral("name"), name}});
        return int(ExitOk);
    });
}

int runDocAdd(CliContext &ctx)
{
    return withRecords(ctx, [&](EnrollmentRecords &r) {
        auto id = r.addDocument(ctx.actor(), tidOf(ctx), ctx.value(QStringLiteral("kind")),
                                ctx.isSet(QStringLiteral("status")) ? ctx.value(QStringLiteral("status"))
                                                                    : QStringLiteral("submitted"),
                                ctx.value(QStringLiteral("file")), ctx.value(QStringLiteral("note")));
        if (!id)
            return ctx.fail(id.error());
        ctx.out(QCoreApplication::translate("posdesk::cli", "Document %1 recorded.").arg(*id));
        ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(*id)}});
        return int(ExitOk);
    });
}

int runDocStatus(CliContext &ctx)
{
    bool ok = false;
    const Id id = ctx.positional().value(0).toLongLong(&ok);
    if (!ok)
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "Usage: document set-status ID --status S"));
    return withRecords(ctx, [&](EnrollmentRecords &r) {
        if (auto s = r.setDocumentStatus(ctx.actor(), id, ctx.value(QStringLiteral("status")),
                                         ctx.value(QStringLiteral("note")));
            !s)
            return ctx.fail(s.error());
        ctx.out(QCoreApplication::translate("posdesk::cli", "Document %1 is now %2.")
                    .arg(id)
                    .arg(ctx.value(QStringLiteral("status"))));
        ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(id)},
                                 {QStringLiteral("status"), ctx.value(QStringLiteral("status"))}});
        return int(ExitOk);
    });
}

int runDocList(CliContext &ctx)
{
    const QString tid = tidOf(ctx);
    const QString object = QStringLiteral("terminal %1 documents").arg(tid);
    return withRecordsToRead(ctx, Permission::ManageTerminals, object, [&](EnrollmentRecords &r) {
        auto docs = r.documents(tid);
        if (!docs)
            return ctx.fail(docs.error());
        QJsonArray arr;
        for (const EnrollmentDocument &d : *docs) {
            ctx.out(
                QStringLiteral("%1  %2  %3  %4  %5").arg(d.id).arg(d.kind, d.status, d.fileName, d.sha256.left(16)));
            arr.append(QJsonObject{{QStringLiteral("id"), qint64(d.id)},
                                   {QStringLiteral("kind"), d.kind},
                                   {QStringLiteral("status"), d.status},
                                   {QStringLiteral("file"), d.fileName},
                                   {QStringLiteral("sha256"), d.sha256},
                                   {QStringLiteral("note"), d.note}});
        }
        ctx.emitJson(arr);
        return int(ExitOk);
    });
}

int runCostAdd(CliContext &ctx)
{
    auto amount = Money::parse(ctx.value(QStringLiteral("amount")));
    if (!amount)
        return ctx.fail(amount.error());
    const QDate date = ctx.isSet(QStringLiteral("date"))
                           ? QDate::fromString(ctx.value(QStringLiteral("date")), Qt::ISODate)
                           : QDate::currentDate();
    return withRecords(ctx, [&](EnrollmentRecords &r) {
        auto id = r.addCost(ctx.actor(), tidOf(ctx), ctx.value(QStringLiteral("category")), *amount, date,
                            ctx.value(QStringLiteral("note")));
        if (!id)
            return ctx.fail(id.error());
        ctx.out(QCoreApplication::translate("posdesk::cli", "Cost recorded."));
        ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(*id)}});
        return int(ExitOk);
    });
}

int runCostList(CliContext &ctx)
{
    const QString tid = tidOf(ctx);
    const QString object = QStringLiteral("terminal %1 costs").arg(tid);
    // Costs are a report, which the accountant reads too.
    return withRecordsToRead(ctx, Permission::Reports, object, [&](EnrollmentRecords &r) {
        auto costs = r.costs(tid);
        if (!costs)
            return ctx.fail(costs.error());
        QJsonArray arr;
        std::map<QString, std::int64_t> byCategory;
        std::int64_t total = 0;
        for (const TerminalCost &c : *costs) {
            ctx.out(QStringLiteral("%1  %2  %3  %4")
                        .arg(c.incurredOn.toString(Qt::ISODate), c.category, c.amount.toPlainString(), c.note));
            byCategory[c.category] += c.amount.minor();
            total += c.amount.minor();
            arr.append(QJsonObject{{QStringLiteral("date"), c.incurredOn.toString(Qt::ISODate)},
                                   {QStringLiteral("category"), c.category},
                                   {QStringLiteral("amount"), c.amount.toPlainString()},
                                   {QStringLiteral("note"), c.note}});
        }
        QJsonObject totals;
        for (const auto &[cat, minor] : byCategory) {
            ctx.out(QCoreApplication::translate("posdesk::cli", "  total %1: %2")
                        .arg(cat, Money::cny(minor).toPlainString()));
            totals.insert(cat, Money::cny(minor).toPlainString());
        }
        ctx.out(QCoreApplication::translate("posdesk::cli", "  total: %1").arg(Money::cny(total).toPlainString()));
        ctx.emitJson(QJsonObject{{QStringLiteral("costs"), arr},
                                 {QStringLiteral("byCategory"), totals},
                                 {QStringLiteral("total"), Money::cny(total).toPlainString()}});
        return int(ExitOk);
    });
}

int runMaintAdd(CliContext &ctx)
{
    const QDate due = QDate::fromString(ctx.value(QStringLiteral("due")), Qt::ISODate);
    return withRecords(ctx, [&](EnrollmentRecords &r) {
        auto id = r.scheduleMaintenance(ctx.actor(), tidOf(ctx), ctx.value(QStringLiteral("kind")), due,
                                        ctx.value(QStringLiteral("note")), ctx.value(QStringLiteral("provider")));
        if (!id)
            return ctx.fail(id.error());
        ctx.out(QCoreApplication::translate("posdesk::cli", "Maintenance item %1 scheduled.").arg(*id));
        ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(*id)}});
        return int(ExitOk);
    });
}

int runMaintDone(CliContext &ctx)
{
    bool ok = false;
    const Id id = ctx.positional().value(0).toLongLong(&ok);
    if (!ok)
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "Usage: maintenance done ID [--note TEXT]"));
    return withRecords(ctx, [&](EnrollmentRecords &r) {
        if (auto s = r.completeMaintenance(ctx.actor(), id, ctx.value(QStringLiteral("note")),
                                           ctx.value(QStringLiteral("provider")));
            !s)
            return ctx.fail(s.error());
        ctx.out(QCoreApplication::translate("posdesk::cli", "Maintenance item %1 done.").arg(id));
        ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(id)}});
        return int(ExitOk);
    });
}

int runMaintDue(CliContext &ctx)
{
    const int days = ctx.isSet(QStringLiteral("days")) ? ctx.value(QStringLiteral("days")).toInt() : 14;
    const QString tid = ctx.value(QStringLiteral("tid"));
    const QString object =
        tid.isEmpty() ? QStringLiteral("maintenance") : QStringLiteral("terminal %1 maintenance").arg(tid);
    return withRecordsToRead(ctx, Permission::ManageTerminals, object, [&](EnrollmentRecords &r) {
        auto items = r.dueItems(tid, QDate::currentDate().addDays(days));
        if (!items)
            return ctx.fail(items.error());
        QJsonArray arr;
        for (const MaintenanceItem &m : *items) {
            ctx.out(QStringLiteral("%1  %2  %3  %4").arg(m.id).arg(m.dueOn.toString(Qt::ISODate), m.kind, m.note));
            arr.append(QJsonObject{{QStringLiteral("id"), qint64(m.id)},
                                   {QStringLiteral("kind"), m.kind},
                                   {QStringLiteral("due"), m.dueOn.toString(Qt::ISODate)},
                                   {QStringLiteral("note"), m.note},
                                   {QStringLiteral("provider"), m.provider}});
        }
        ctx.emitJson(arr);
        return int(ExitOk);
    });
}

QCommandLineOption v(const char *name, const char *help, const char *value)
{
    return QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate("posdesk::cli", help),
                              QString::fromLatin1(value));
}

} // namespace

void addRecordsCommands(std::vector<Command> &out)
{
    const auto tid = v("tid", QT_TRANSLATE_NOOP("posdesk::cli", "Terminal ID."), "TID");
    const auto note = v("note", QT_TRANSLATE_NOOP("posdesk::cli", "A note."), "TEXT");
    const auto provider =
        v("provider", QT_TRANSLATE_NOOP("posdesk::cli", "Who does the work (service provider)."), "NAME");
    out.push_back({{QStringLiteral("terminal"), QStringLiteral("edit")},
                   QStringLiteral("TID [--new-tid T] [--serial S] [--brand B] [--model M] [--software-version V] "
                                  "[--param-version P] [--location L] [--assigned-tid T] [--assigned-mid M]"),
                   QCoreApplication::translate("posdesk::cli", "Change a terminal's recorded details."),
                   {v("new-tid", QT_TRANSLATE_NOOP("posdesk::cli", "New configured TID."), "TID"),
                    v("serial", QT_TRANSLATE_NOOP("posdesk::cli", "Serial number."), "S"),
                    v("brand", QT_TRANSLATE_NOOP("posdesk::cli", "Brand."), "B"),
                    v("model", QT_TRANSLATE_NOOP("posdesk::cli", "Model."), "M"),
                    v("software-version", QT_TRANSLATE_NOOP("posdesk::cli", "Software version."), "V"),
                    v("param-version", QT_TRANSLATE_NOOP("posdesk::cli", "Parameter version."), "P"),
                    v("location", QT_TRANSLATE_NOOP("posdesk::cli", "Location."), "L"),
                    v("assigned-tid", QT_TRANSLATE_NOOP("posdesk::cli", "TID the acquirer assigned."), "TID"),
                    v("assigned-mid", QT_TRANSLATE_NOOP("posdesk::cli", "MID the acquirer assigned."), "MID")},
                   runEdit});
    out.push_back(
        {{QStringLiteral("acquirer"), QStringLiteral("edit")},
         QStringLiteral("--name N [--host H] [--port P] [--tpdu HEX] [--support-phone T] [--support-email E] "
                        "[--service-provider P]"),
         QCoreApplication::translate("posdesk::cli", "Change an acquirer profile's host settings or contacts."),
         {v("name", QT_TRANSLATE_NOOP("posdesk::cli", "Profile name."), "NAME"),
          v("host", QT_TRANSLATE_NOOP("posdesk::cli", "Host address."), "HOST"),
          v("port", QT_TRANSLATE_NOOP("posdesk::cli", "Host port."), "PORT"),
          v("tpdu", QT_TRANSLATE_NOOP("posdesk::cli", "TPDU."), "HEX"),
          v("support-phone", QT_TRANSLATE_NOOP("posdesk::cli", "Support phone."), "T"),
          v("support-email", QT_TRANSLATE_NOOP("posdesk::cli", "Support e-mail."), "E"),
          v("service-provider", QT_TRANSLATE_NOOP("posdesk::cli", "Who services this profile's terminals."), "NAME")},
         runAcquirerEdit});
    out.push_back({{QStringLiteral("document"), QStringLiteral("add")},
                   QStringLiteral("--tid TID --kind K [--status S] [--file PATH] [--note T]"),
                   QCoreApplication::translate("posdesk::cli",
                                               "Record an enrolment document (business-licence, tax-registration, "
                                               "legal-rep-id, installation-form, contract); the file is kept with "
                                               "its SHA-256."),
                   {tid, v("kind", QT_TRANSLATE_NOOP("posdesk::cli", "Document kind."), "K"),
                    v("status", QT_TRANSLATE_NOOP("posdesk::cli", "missing, submitted, accepted or rejected."), "S"),
                    v("file", QT_TRANSLATE_NOOP("posdesk::cli", "The scanned file."), "PATH"), note},
                   runDocAdd});
    out.push_back({{QStringLiteral("document"), QStringLiteral("set-status")},
                   QStringLiteral("ID --status S"),
                   QCoreApplication::translate("posdesk::cli", "Change a document's status."),
                   {v("status", QT_TRANSLATE_NOOP("posdesk::cli", "New status."), "S"), note},
                   runDocStatus});
    out.push_back({{QStringLiteral("document"), QStringLiteral("list")},
                   QStringLiteral("--tid TID"),
                   QCoreApplication::translate("posdesk::cli", "A terminal's documents."),
                   {tid},
                   runDocList});
    out.push_back(
        {{QStringLiteral("cost"), QStringLiteral("add")},
         QStringLiteral("--tid TID --category C --amount A [--date YYYY-MM-DD] [--note T]"),
         QCoreApplication::translate("posdesk::cli", "Record a cost (device, installation, training, maintenance, "
                                                     "software-licence, other)."),
         {tid, v("category", QT_TRANSLATE_NOOP("posdesk::cli", "Cost category."), "C"),
          v("amount", QT_TRANSLATE_NOOP("posdesk::cli", "Amount in yuan."), "A"),
          v("date", QT_TRANSLATE_NOOP("posdesk::cli", "Date."), "YYYY-MM-DD"), note},
         runCostAdd});
    out.push_back({{QStringLiteral("cost"), QStringLiteral("list")},
                   QStringLiteral("--tid TID"),
                   QCoreApplication::translate("posdesk::cli", "A terminal's costs with totals per category."),
                   {tid},
                   runCostList});
    out.push_back({{QStringLiteral("maintenance"), QStringLiteral("add")},
                   QStringLiteral("--tid TID --kind K --due YYYY-MM-DD [--note T] [--provider P]"),
                   QCoreApplication::translate("posdesk::cli",
                                               "Schedule maintenance, a software update, a parameter download or an "
                                               "inspection."),
                   {tid, v("kind", QT_TRANSLATE_NOOP("posdesk::cli", "Kind."), "K"),
                    v("due", QT_TRANSLATE_NOOP("posdesk::cli", "Due date."), "YYYY-MM-DD"), note, provider},
                   runMaintAdd});
    out.push_back({{QStringLiteral("maintenance"), QStringLiteral("done")},
                   QStringLiteral("ID [--note T] [--provider P]"),
                   QCoreApplication::translate("posdesk::cli", "Mark a maintenance item done."),
                   {note, provider},
                   runMaintDone});
    out.push_back(
        {{QStringLiteral("maintenance"), QStringLiteral("due")},
         QStringLiteral("[--tid TID] [--days N]"),
         QCoreApplication::translate("posdesk::cli", "Items due within N days (default 14), overdue ones too."),
         {tid, v("days", QT_TRANSLATE_NOOP("posdesk::cli", "Days ahead."), "N")},
         runMaintDue});
}

} // namespace posdesk::cli
