#include "Command.h"
#include "LinkSupport.h"

#include "acquirer/ResponseCodes.h"
#include "remediation/Evidence.h"
#include "security/Permissions.h"
#include "storage/IncidentRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace posdesk::cli {

namespace {

QString timeText(std::optional<TimeMs> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString stateName(IncidentState s)
{
    return toKey(s);
}

QJsonObject incidentJson(const Incident &i)
{
    return QJsonObject{{QStringLiteral("id"), qint64(i.id)},
                       {QStringLiteral("code"), i.code},
                       {QStringLiteral("text"), ResponseCodeTable::forDialect(i.dialect).describe(i.code)},
                       {QStringLiteral("state"), stateName(i.state)},
                       {QStringLiteral("source"), i.source},
                       {QStringLiteral("tid"), i.tid},
                       {QStringLiteral("mid"), i.mid},
                       {QStringLiteral("mti"), i.mti},
                       {QStringLiteral("stan"), i.stan ? QJsonValue(*i.stan) : QJsonValue()},
                       {QStringLiteral("occurrences"), i.occurrences},
                       {QStringLiteral("openedAt"), timeText(i.openedAt)},
                       {QStringLiteral("escalatedAt"), timeText(i.escalatedAt)},
                       {QStringLiteral("followUpAt"), timeText(i.followUpAt)},
                       {QStringLiteral("resolvedAt"), timeText(i.resolvedAt)},
                       {QStringLiteral("minutesToResolve"),
                        i.resolvedAt ? QJsonValue(qint64((*i.resolvedAt - i.openedAt) / 60000)) : QJsonValue()},
                       {QStringLiteral("cause"), i.cause}};
}

QJsonObject stepJson(const StepRecord &r)
{
    return QJsonObject{
        {QStringLiteral("step"), r.stepKey},    {QStringLiteral("kind"), r.kind},
        {QStringLiteral("outcome"), r.outcome}, {QStringLiteral("evidence"), evidence::render(r.evidence, QLocale())},
        {QStringLiteral("note"), r.note},       {QStringLiteral("actor"), r.actor},
        {QStringLiteral("at"), timeText(r.at)}};
}

int incidentId(CliContext &ctx, Id *id)
{
    bool ok = false;
    *id = ctx.positional().value(0).toLongLong(&ok);
    if (!ok || *id <= 0)
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "Name the incident by its number, e.g. 3."));
    return ExitOk;
}

void printStep(CliContext &ctx, const StepRecord &r)
{
    ctx.out(QStringLiteral("  [%1] %2 (%3)").arg(r.outcome, r.stepKey, r.kind));
    for (const QString &line : evidence::render(r.evidence, QLocale()).split(u'\n', Qt::SkipEmptyParts))
        ctx.out(QStringLiteral("      ") + line);
    if (!r.note.isEmpty())
        ctx.out(QStringLiteral("      ") + r.note);
}

int runList(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::ReadIncidents, QStringLiteral("incidents")); !s)
        return ctx.fail(s.error());
    auto list = IncidentRepository(**db).list(ctx.isSet(QStringLiteral("open")));
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    for (const Incident &i : *list) {
        ctx.out(QStringLiteral("%1  %2  %3  %4  %5  ×%6")
                    .arg(i.id)
                    .arg(stateName(i.state), i.tid, timeText(i.openedAt),
                         ResponseCodeTable::forDialect(i.dialect).describe(i.code))
                    .arg(i.occurrences));
        arr.append(incidentJson(i));
    }
    ctx.emitJson(arr);
    return ExitOk;
}

int runShow(CliContext &ctx)
{
    Id id = 0;
    if (int rc = incidentId(ctx, &id))
        return rc;
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    // Checked before the link opens the key store; history() checks again, as every caller of the service gets.
    const Actor actor = ctx.actor();
    if (auto s = require(**db, ctx.clock(), actor, Permission::ReadIncidents, QStringLiteral("incident %1").arg(id));
        !s)
        return ctx.fail(s.error());
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    auto i = IncidentRepository(**db).findById(id);
    if (!i)
        return ctx.fail(i.error());
    auto steps = (*link)->remediation().history(actor, id);
    if (!steps)
        return ctx.fail(steps.error());
    const Playbook &book = (*link)->remediation().playbookOf(*i);
    const QJsonObject obj = incidentJson(*i);
    for (auto it = obj.begin(); it != obj.end(); ++it)
        ctx.out(QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString()));
    ctx.out(QCoreApplication::translate("posdesk::cli", "Playbook “%1”:").arg(book.title()));
    QJsonArray playbook;
    for (const PlaybookStep &s : book.steps) {
        QString last = QStringLiteral("-");
        for (const StepRecord &r : *steps) {
            if (r.stepKey == s.key)
                last = r.outcome;
        }
        ctx.out(QStringLiteral("  %1 %2 [%3] %4 — %5").arg(s.key, toKey(s.kind), last, s.title(), s.help()));
        playbook.append(QJsonObject{{QStringLiteral("step"), s.key},
                                    {QStringLiteral("kind"), toKey(s.kind)},
                                    {QStringLiteral("title"), s.title()},
                                    {QStringLiteral("last"), last}});
    }
    QJsonArray hist;
    for (const StepRecord &r : *steps)
        hist.append(stepJson(r));
    QJsonObject out = obj;
    out.insert(QStringLiteral("playbook"), playbook);
    out.insert(QStringLiteral("steps"), hist);
    ctx.emitJson(out);
    return ExitOk;
}

int runDiagnose(CliContext &ctx)
{
    Id id = 0;
    if (int rc = incidentId(ctx, &id))
        return rc;
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    auto r = waitFor<Diagnosis>([&](auto done) { (*link)->remediation().diagnose(ctx.actor(), id, done); });
    if (!r)
        return ctx.fail(r.error());
    QJsonArray ran;
    for (const StepRecord &s : r->ran) {
        printStep(ctx, s);
        ran.append(stepJson(s));
    }
    ctx.out(r->resolved ? QCoreApplication::translate("posdesk::cli", "Incident %1 is resolved.").arg(id)
                        : QCoreApplication::translate("posdesk::cli",
                                                      "Incident %1 is still open; see “incidents show %1” for the "
                                                      "manual steps and escalation.")
                              .arg(id));
    ctx.emitJson(QJsonObject{{QStringLiteral("incident"), incidentJson(r->incident)},
                             {QStringLiteral("ran"), ran},
                             {QStringLiteral("resolved"), r->resolved}});
    return ExitOk;
}

int runStep(CliContext &ctx)
{
    Id id = 0;
    if (int rc = incidentId(ctx, &id))
        return rc;
    const QString step = ctx.positional().value(1);
    const int modes = int(ctx.isSet(QStringLiteral("done"))) + int(ctx.isSet(QStringLiteral("skip"))) +
                      int(ctx.isSet(QStringLiteral("run")));
    if (step.isEmpty() || modes != 1)
        return ctx.usage(QCoreApplication::translate(
            "posdesk::cli", "Usage: incidents step ID STEP --done|--skip|--run [--note TEXT]"));
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    if (ctx.isSet(QStringLiteral("run"))) {
        auto r = waitFor<StepRecord>([&](auto done) { (*link)->remediation().runStep(ctx.actor(), id, step, done); });
        if (!r)
            return ctx.fail(r.error());
        printStep(ctx, *r);
        ctx.emitJson(stepJson(*r));
        return r->outcome == u"failed" ? ExitRefused : ExitOk;
    }
    if (auto s = (*link)->remediation().recordManual(ctx.actor(), id, step, ctx.isSet(QStringLiteral("done")),
                                                     ctx.value(QStringLiteral("note")));
        !s)
        return ctx.fail(s.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Step %1 of incident %2 recorded.").arg(step).arg(id));
    ctx.emitJson(QJsonObject{{QStringLiteral("incident"), qint64(id)}, {QStringLiteral("step"), step}});
    return ExitOk;
}

int runEscalate(CliContext &ctx)
{
    Id id = 0;
    if (int rc = incidentId(ctx, &id))
        return rc;
    int days = 2;
    if (ctx.isSet(QStringLiteral("follow-up-days"))) {
        bool ok = false;
        days = ctx.value(QStringLiteral("follow-up-days")).toInt(&ok);
        if (!ok || days < 1 || days > 60)
            return ctx.usage(QCoreApplication::translate("posdesk::cli", "--follow-up-days takes 1 to 60."));
    }
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    auto t = (*link)->remediation().escalate(ctx.actor(), id, days);
    if (!t)
        return ctx.fail(t.error());
    if (ctx.isSet(QStringLiteral("out"))) {
        QFile f(ctx.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.fail(Error::environment(
                QCoreApplication::translate("posdesk::cli", "Cannot write the ticket to %1.").arg(f.fileName())));
        f.write(t->text.toUtf8());
        ctx.out(QCoreApplication::translate("posdesk::cli", "Ticket written to %1.").arg(f.fileName()));
    } else {
        ctx.out(t->text);
    }
    ctx.emitJson(QJsonObject{{QStringLiteral("incident"), qint64(id)},
                             {QStringLiteral("ticket"), t->text},
                             {QStringLiteral("contact"), t->contact},
                             {QStringLiteral("followUpAt"), timeText(t->followUpAt)}});
    return ExitOk;
}

int runResolve(CliContext &ctx)
{
    Id id = 0;
    if (int rc = incidentId(ctx, &id))
        return rc;
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    if (auto s = (*link)->remediation().resolve(ctx.actor(), id, ctx.value(QStringLiteral("cause"))); !s)
        return ctx.fail(s.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Incident %1 resolved.").arg(id));
    ctx.emitJson(
        QJsonObject{{QStringLiteral("incident"), qint64(id)}, {QStringLiteral("state"), QStringLiteral("resolved")}});
    return ExitOk;
}

} // namespace

void addIncidentCommands(std::vector<Command> &out)
{
    out.push_back({{QStringLiteral("incidents"), QStringLiteral("list")},
                   QStringLiteral("[--open]"),
                   QCoreApplication::translate("posdesk::cli", "List incidents, newest first."),
                   {{QStringLiteral("open"), QCoreApplication::translate("posdesk::cli", "Only unresolved ones.")}},
                   runList});
    out.push_back(
        {{QStringLiteral("incidents"), QStringLiteral("show")},
         QStringLiteral("ID"),
         QCoreApplication::translate("posdesk::cli", "An incident with its playbook and every step's result."),
         {},
         runShow});
    out.push_back(
        {{QStringLiteral("incidents"), QStringLiteral("diagnose")},
         QStringLiteral("ID"),
         QCoreApplication::translate("posdesk::cli", "Run the automatic checks and actions of the playbook now."),
         {},
         runDiagnose});
    out.push_back(
        {{QStringLiteral("incidents"), QStringLiteral("step")},
         QStringLiteral("ID STEP --done|--skip|--run [--note TEXT]"),
         QCoreApplication::translate("posdesk::cli", "Confirm or skip a manual step, or run an automatic one."),
         {{QStringLiteral("done"), QCoreApplication::translate("posdesk::cli", "The step was done.")},
          {QStringLiteral("skip"), QCoreApplication::translate("posdesk::cli", "The step was skipped.")},
          {QStringLiteral("run"), QCoreApplication::translate("posdesk::cli", "Run an automatic step now.")},
          {QStringLiteral("note"), QCoreApplication::translate("posdesk::cli", "What was seen or done."),
           QStringLiteral("TEXT")}},
         runStep});
    out.push_back({{QStringLiteral("incidents"), QStringLiteral("escalate")},
                   QStringLiteral("ID [--out FILE] [--follow-up-days N]"),
                   QCoreApplication::translate("posdesk::cli",
                                               "Write the acquirer ticket (Chinese and English, no card data) and mark "
                                               "the incident escalated with a follow-up date."),
                   {{QStringLiteral("out"), QCoreApplication::translate("posdesk::cli", "Write the ticket to a file."),
                     QStringLiteral("FILE")},
                    {QStringLiteral("follow-up-days"),
                     QCoreApplication::translate("posdesk::cli", "Days until follow-up."), QStringLiteral("N")}},
                   runEscalate});
    out.push_back({{QStringLiteral("incidents"), QStringLiteral("resolve")},
                   QStringLiteral("ID --cause TEXT"),
                   QCoreApplication::translate("posdesk::cli", "Record the resolution and its cause."),
                   {{QStringLiteral("cause"), QCoreApplication::translate("posdesk::cli", "What the cause was."),
                     QStringLiteral("TEXT")}},
                   runResolve});
}

} // namespace posdesk::cli
