#include "Command.h"

#include "scorecards/ScorecardService.h"
#include "scorecards/ShopMistakes.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace posdesk::cli {

namespace {

Result<QDate> dayOf(CliContext &ctx, const QString &name)
{
    const QDate d = QDate::fromString(ctx.value(name), Qt::ISODate);
    if (!ctx.isSet(name) || !d.isValid())
        return Error::usage(
            QCoreApplication::translate("posdesk::cli", "--%1 takes a day as YYYY-MM-DD, e.g. --%1 2026-01-31.")
                .arg(name));
    return d;
}

QJsonValue number(const std::optional<double> &v, int decimals = 2)
{
    if (!v)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonObject figureJson(const ScoreFigure &f, int decimals = 2)
{
    return QJsonObject{{QStringLiteral("value"), number(f.value, decimals)},
                       {QStringLiteral("basis"), f.basis},
                       {QStringLiteral("tooFew"), f.tooFew}};
}

// "12.5 (n=8)", or "—" when there is nothing, and the warning when the sample is small.
QString figureText(const ScoreFigure &f, int decimals = 1)
{
    QString text = f.value ? QString::number(*f.value, 'f', decimals) : QStringLiteral("—");
    text += QStringLiteral(" (n=%1)").arg(f.basis);
    if (f.tooFew)
        text += u' ' + QCoreApplication::translate("posdesk::cli", "[too few to compare]");
    return text;
}

QString periodText(const QDate &from, const QDate &to)
{
    return QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QJsonObject channelJson(const ChannelRow &r)
{
    QJsonArray codes;
    for (const CodeScore &c : r.byCode)
        codes.append(QJsonObject{{QStringLiteral("code"), c.code},
                                 {QStringLiteral("incidents"), c.incidents},
                                 {QStringLiteral("per1000"), figureJson(c.perThousand, 3)}});
    QJsonArray months;
    for (const ChannelMonth &m : r.months)
        months.append(QJsonObject{{QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                                  {QStringLiteral("transactions"), qint64(m.transactions)},
                                  {QStringLiteral("incidents"), m.incidents},
                                  {QStringLiteral("per1000"), figureJson(m.perThousand, 3)},
                                  {QStringLiteral("escalations"), m.escalations},
                                  {QStringLiteral("confirmMedianDays"), figureJson(m.confirmMedianDays)}});
    return QJsonObject{
        {QStringLiteral("group"),
         r.group == ChannelRow::Group::Acquirer ? QStringLiteral("acquirer") : QStringLiteral("provider")},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("channelKind"), r.channelKind},
        {QStringLiteral("provider"), r.provider},
        {QStringLiteral("acquirers"), QJsonArray::fromStringList(r.acquirers)},
        {QStringLiteral("terminals"), r.terminals},
        {QStringLiteral("transactions"), qint64(r.transactions)},
        {QStringLiteral("incidents"), r.incidents},
        {QStringLiteral("shopMistakesLeftOut"), r.shopMistakes},
        {QStringLiteral("incidentsPer1000"), figureJson(r.incidentsPerThousand, 3)},
        {QStringLiteral("byCode"), codes},
        {QStringLiteral("hostUnreachableMinutes"), qint64(r.unreachableMs / 60000)},
        {QStringLiteral("outages"), r.outages},
        {QStringLiteral("escalations"), r.escalations},
        {QStringLiteral("confirmed"), r.confirmed},
        {QStringLiteral("confirmMedianDays"), figureJson(r.confirmMedianDays)},
        {QStringLiteral("confirmP90Days"), figureJson(r.confirmP90Days)},
        {QStringLiteral("resolved"), r.resolved},
        {QStringLiteral("resolveMedianDays"), figureJson(r.resolveMedianDays)},
        {QStringLiteral("resolveP90Days"), figureJson(r.resolveP90Days)},
        {QStringLiteral("followUpsMissed"), r.followUpsMissed},
        {QStringLiteral("reversalsRefused"), r.reversalsRefused},
        {QStringLiteral("maintenanceVisits"), r.maintenanceVisits},
        {QStringLiteral("months"), months},
    };
}

void channelText(CliContext &ctx, const ChannelRow &r)
{
    ctx.out(r.group == ChannelRow::Group::Acquirer
                ? QCoreApplication::translate("posdesk::cli", "Acquirer profile “%1” (%2)").arg(r.name, r.channelKind)
                : QCoreApplication::translate("posdesk::cli", "Service provider “%1” (for %2)")
                      .arg(r.name, r.acquirers.join(QStringLiteral(", "))));
    ctx.out(
        QCoreApplication::translate(
            "posdesk::cli", "  terminals %1, transactions %2, incidents %3 (%4 of the shop's own mistakes left out)")
            .arg(r.terminals)
            .arg(r.transactions)
            .arg(r.incidents)
            .arg(r.shopMistakes));
    ctx.out(QCoreApplication::translate("posdesk::cli", "  incidents per 1,000 transactions: %1")
                .arg(figureText(r.incidentsPerThousand, 2)));
    for (const CodeScore &c : r.byCode)
        ctx.out(QCoreApplication::translate("posdesk::cli", "    code %1: %2 incidents, %3 per 1,000")
                    .arg(c.code)
                    .arg(c.incidents)
                    .arg(figureText(c.perThousand, 2)));
    ctx.out(QCoreApplication::translate("posdesk::cli", "  host unreachable: %1 min in %2 outages")
                .arg(r.unreachableMs / 60000)
                .arg(r.outages));
    ctx.out(QCoreApplication::translate(
                "posdesk::cli",
                "  escalations %1, confirmed %2; days to the acquirer's confirmation: median %3, 90th percentile %4")
                .arg(r.escalations)
                .arg(r.confirmed)
                .arg(figureText(r.confirmMedianDays), figureText(r.confirmP90Days)));
    ctx.out(QCoreApplication::translate("posdesk::cli", "  days to resolve: median %1, 90th percentile %2")
                .arg(figureText(r.resolveMedianDays), figureText(r.resolveP90Days)));
    ctx.out(QCoreApplication::translate("posdesk::cli",
                                        "  follow-ups missed %1, reversals refused %2, maintenance visits %3")
                .arg(r.followUpsMissed)
                .arg(r.reversalsRefused)
                .arg(r.maintenanceVisits));
    for (const ChannelMonth &m : r.months)
        ctx.out(QCoreApplication::translate("posdesk::cli",
                                            "    %1: %2 transactions, %3 incidents, %4 per 1,000, %5 escalations")
                    .arg(m.month.toString(QStringLiteral("yyyy-MM")))
                    .arg(m.transactions)
                    .arg(m.incidents)
                    .arg(figureText(m.perThousand, 2))
                    .arg(m.escalations));
}

QString moneyText(const std::optional<double> &minor, const QString &currency)
{
    return minor ? Money(std::llround(*minor), currency).toPlainString() : QStringLiteral("—");
}

QJsonObject brandJson(const BrandRow &r)
{
    QJsonArray costs;
    for (const BrandCost &c : r.costs) {
        QJsonObject byCategory, perYear;
        for (int i = 0; i < kCostCategories; ++i) {
            byCategory.insert(costCategoryKey(i), Money(c.byCategory[i], c.currency).toPlainString());
            perYear.insert(costCategoryKey(i), moneyText(c.perTerminalYearByCategory[i], c.currency));
        }
        costs.append(QJsonObject{{QStringLiteral("currency"), c.currency},
                                 {QStringLiteral("byCategory"), byCategory},
                                 {QStringLiteral("total"), Money(c.total, c.currency).toPlainString()},
                                 {QStringLiteral("perTerminalYear"),
                                  QJsonObject{{QStringLiteral("value"), moneyText(c.perTerminalYear.value, c.currency)},
                                              {QStringLiteral("basis"), c.perTerminalYear.basis},
                                              {QStringLiteral("tooFew"), c.perTerminalYear.tooFew}}},
                                 {QStringLiteral("perTerminalYearByCategory"), perYear}});
    }
    return QJsonObject{{QStringLiteral("brand"), r.brand},
                       {QStringLiteral("model"), r.model},
                       {QStringLiteral("terminals"), r.terminals},
                       {QStringLiteral("terminalYears"), number(r.terminalYears, 3)},
                       {QStringLiteral("incidentFaults"), r.incidentFaults},
                       {QStringLiteral("maintenanceVisits"), r.maintenanceVisits},
                       {QStringLiteral("swaps"), r.swaps},
                       {QStringLiteral("faults"), r.faults},
                       {QStringLiteral("faultsPerTerminalYear"), figureJson(r.faultsPerTerminalYear)},
                       {QStringLiteral("mtbfDays"), figureJson(r.mtbfDays, 1)},
                       {QStringLiteral("costs"), costs}};
}

void brandText(CliContext &ctx, const BrandRow &r)
{
    ctx.out(QCoreApplication::translate("posdesk::cli", "%1 %2: %3 terminals in service, %4 terminal-years")
                .arg(r.brand.isEmpty() ? QCoreApplication::translate("posdesk::cli", "(brand not recorded)") : r.brand,
                     r.model)
                .arg(r.terminals)
                .arg(r.terminalYears, 0, 'f', 2));
    ctx.out(QCoreApplication::translate(
                "posdesk::cli",
                "  faults %1 (incidents %2, maintenance visits %3, swaps %4); per terminal-year %5; mean days between "
                "faults %6")
                .arg(r.faults)
                .arg(r.incidentFaults)
                .arg(r.maintenanceVisits)
                .arg(r.swaps)
                .arg(figureText(r.faultsPerTerminalYear, 2), figureText(r.mtbfDays)));
    for (const BrandCost &c : r.costs)
        ctx.out(QCoreApplication::translate("posdesk::cli",
                                            "  cost %1 in the period, %2 per terminal-year (%3 terminals)%4")
                    .arg(Money(c.total, c.currency).toPlainString(), moneyText(c.perTerminalYear.value, c.currency))
                    .arg(c.perTerminalYear.basis)
                    .arg(c.perTerminalYear.tooFew
                             ? u' ' + QCoreApplication::translate("posdesk::cli", "[too few to compare]")
                             : QString()));
}

int runScorecard(CliContext &ctx)
{
    const QString kind = ctx.value(QStringLiteral("kind"));
    if (kind != u"channel" && kind != u"brand")
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--kind must be channel or brand."));
    auto from = dayOf(ctx, QStringLiteral("from"));
    if (!from)
        return ctx.fail(from.error());
    auto to = dayOf(ctx, QStringLiteral("to"));
    if (!to)
        return ctx.fail(to.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::Reports, QStringLiteral("scorecard ") + kind); !s)
        return ctx.fail(s.error());
    ScorecardService service(**db, ctx.clock());
    QJsonObject json{{QStringLiteral("kind"), kind},
                     {QStringLiteral("from"), from->toString(Qt::ISODate)},
                     {QStringLiteral("to"), to->toString(Qt::ISODate)},
                     {QStringLiteral("minTerminals"), kScorecardMinTerminals},
                     {QStringLiteral("minIncidents"), kScorecardMinIncidents}};
    QJsonArray rows;
    if (kind == u"channel") {
        auto card = service.channels(*from, *to);
        if (!card)
            return ctx.fail(card.error());
        ctx.out(QCoreApplication::translate(
                    "posdesk::cli",
                    "Channel scorecard, %1 (figures from fewer than %2 terminals or %3 incidents are too few to "
                    "compare)")
                    .arg(periodText(*from, *to))
                    .arg(kScorecardMinTerminals)
                    .arg(kScorecardMinIncidents));
        for (const ChannelRow &r : card->rows) {
            channelText(ctx, r);
            rows.append(channelJson(r));
        }
    } else {
        auto card = service.brands(*from, *to);
        if (!card)
            return ctx.fail(card.error());
        ctx.out(QCoreApplication::translate(
                    "posdesk::cli",
                    "Brand and model scorecard, %1 (figures from fewer than %2 terminals or %3 faults are too few to "
                    "compare)")
                    .arg(periodText(*from, *to))
                    .arg(kScorecardMinTerminals)
                    .arg(kScorecardMinIncidents));
        for (const BrandRow &r : card->rows) {
            brandText(ctx, r);
            rows.append(brandJson(r));
        }
    }
    if (rows.isEmpty())
        ctx.out(QCoreApplication::translate("posdesk::cli", "Nothing recorded in this period."));
    json.insert(QStringLiteral("rows"), rows);
    ctx.emitJson(json);
    return int(ExitOk);
}

int runOwnMistake(CliContext &ctx)
{
    bool ok = false;
    const Id id = ctx.positional().value(0).toLongLong(&ok);
    if (!ok)
        return ctx.usage(
            QCoreApplication::translate("posdesk::cli", "Usage: incidents own-mistake ID [--note TEXT] [--withdraw]"));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    ShopMistakes mistakes(**db, ctx.clock());
    const bool withdraw = ctx.isSet(QStringLiteral("withdraw"));
    const QString note = ctx.value(QStringLiteral("note"));
    if (auto s = withdraw ? mistakes.clear(ctx.actor(), id, note) : mistakes.mark(ctx.actor(), id, note); !s)
        return ctx.fail(s.error());
    ctx.out(withdraw
                ? QCoreApplication::translate("posdesk::cli", "Incident %1 counts against its channel again.").arg(id)
                : QCoreApplication::translate(
                      "posdesk::cli", "Incident %1 recorded as the shop's own mistake; the scorecards leave it out.")
                      .arg(id));
    ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(id)}, {QStringLiteral("shopMistake"), !withdraw}});
    return int(ExitOk);
}

QCommandLineOption valueOption(const char *name, const char *help, const char *value)
{
    return QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate("posdesk::cli", help),
                              QString::fromLatin1(value));
}

} // namespace

void addScorecardCommands(std::vector<Command> &out)
{
    out.push_back(
        {{QStringLiteral("scorecard")},
         QStringLiteral("--kind channel|brand --from YYYY-MM-DD --to YYYY-MM-DD [--json]"),
         QCoreApplication::translate(
             "posdesk::cli", "Compare acquirer profiles and service providers (channel) or terminal brands and models "
                             "(brand) from the shop's own history."),
         {valueOption("kind", QT_TRANSLATE_NOOP("posdesk::cli", "channel or brand."), "KIND"),
          valueOption("from", QT_TRANSLATE_NOOP("posdesk::cli", "First day."), "YYYY-MM-DD"),
          valueOption("to", QT_TRANSLATE_NOOP("posdesk::cli", "Last day."), "YYYY-MM-DD")},
         runScorecard});
    out.push_back(
        {{QStringLiteral("incidents"), QStringLiteral("own-mistake")},
         QStringLiteral("ID [--note TEXT] [--withdraw]"),
         QCoreApplication::translate(
             "posdesk::cli", "Record that an incident was the shop's own mistake, so the scorecards leave it out "
                             "(--withdraw takes that back)."),
         {valueOption("note", QT_TRANSLATE_NOOP("posdesk::cli", "What happened."), "TEXT"),
          QCommandLineOption(
              QStringLiteral("withdraw"),
              QCoreApplication::translate("posdesk::cli", "The incident was not the shop's mistake after all."))},
         runOwnMistake});
}

} // namespace posdesk::cli
