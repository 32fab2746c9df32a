#include "reports/ReportCatalog.h"

#include "reports/CostReport.h"
#include "reports/IncidentReport.h"
#include "reports/ScorecardReport.h"
#include "reports/SettlementReport.h"
#include "reports/TransactionReport.h"
#include "storage/MerchantRepository.h"
#include "storage/TerminalRepository.h"

#include <QCoreApplication>

#include <array>

namespace posdesk {

namespace {

constexpr std::array<std::pair<ReportKind, const char *>, 7> kKinds{{
    {ReportKind::Transactions, "transactions"},
    {ReportKind::SettlementBatches, "settlement"},
    {ReportKind::SettlementDays, "settlement-day"},
    {ReportKind::Incidents, "incidents"},
    {ReportKind::Costs, "costs"},
    {ReportKind::ChannelScorecard, "scorecard-channel"},
    {ReportKind::BrandScorecard, "scorecard-brand"},
}};

Result<std::optional<Terminal>> terminalOf(Database &db, const ReportRequest &request)
{
    if (request.tid.isEmpty())
        return std::optional<Terminal>();
    auto t = TerminalRepository(db).findByTid(request.tid);
    if (!t) {
        if (t.error().kind == ErrorKind::NotFound)
            return Error::notFound(QCoreApplication::translate("posdesk::ReportCatalog",
                                                               "There is no terminal %1. Check the TID with "
                                                               "“posdesk-cli terminal list”.")
                                       .arg(request.tid));
        return t.error();
    }
    return std::optional<Terminal>(*t);
}

} // namespace

std::optional<ReportKind> reportKindFromString(const QString &s)
{
    for (const auto &[kind, key] : kKinds) {
        if (s == QLatin1String(key))
            return kind;
    }
    return std::nullopt;
}

QString toKey(ReportKind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

Result<std::unique_ptr<ReportSource>> makeReport(Database &db, const ReportRequest &request, const QTimeZone &zone,
                                                 const QLocale &locale)
{
    if (!request.from.isValid() || !request.to.isValid())
        return Error::usage(QCoreApplication::translate("posdesk::ReportCatalog",
                                                        "Give the period as two days, e.g. 2026-01-01 to 2026-01-31."));
    if (request.from > request.to)
        return Error::usage(
            QCoreApplication::translate("posdesk::ReportCatalog",
                                        "The period starts on %1, after its end on %2. Swap the two days.")
                .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    auto terminal = terminalOf(db, request);
    if (!terminal)
        return terminal.error();
    const std::optional<Id> terminalId = *terminal ? std::optional<Id>((*terminal)->id) : std::nullopt;
    std::unique_ptr<ReportSource> source;
    switch (request.kind) {
    case ReportKind::Transactions:
        source = std::make_unique<TransactionReport>(db, request, zone, terminalId);
        break;
    case ReportKind::SettlementBatches:
        source =
            std::make_unique<SettlementReport>(db, request, zone, terminalId, SettlementReport::Grouping::PerBatch);
        break;
    case ReportKind::SettlementDays:
        source = std::make_unique<SettlementReport>(db, request, zone, terminalId, SettlementReport::Grouping::PerDay);
        break;
    case ReportKind::Incidents:
        source = std::make_unique<IncidentReport>(db, request, zone, terminalId, locale);
        break;
    case ReportKind::Costs:
        source = std::make_unique<CostReport>(db, request, terminalId);
        break;
    case ReportKind::ChannelScorecard:
        source = std::make_unique<ScorecardReport>(db, request, zone, ScorecardReport::Kind::Channel);
        break;
    case ReportKind::BrandScorecard:
        source = std::make_unique<ScorecardReport>(db, request, zone, ScorecardReport::Kind::Brand);
        break;
    }
    return source;
}

Result<ReportHeading> headingFor(Database &db, const ReportRequest &request, const ReportSource &source,
                                 const QTimeZone &zone, const QLocale &locale, const Clock &clock)
{
    ReportHeading h;
    h.title = source.title();
    h.from = request.from;
    h.to = request.to;
    h.zone = zone;
    h.locale = locale;
    h.generatedAt = clock.nowUtc();
    auto terminal = terminalOf(db, request);
    if (!terminal)
        return terminal.error();
    if (*terminal) {
        h.merchant = (*terminal)->merchantName;
    } else {
        auto merchants = MerchantRepository(db).list();
        if (!merchants)
            return merchants.error();
        QStringList names;
        for (const Merchant &m : *merchants)
            names << m.name;
        h.merchant = names.join(QStringLiteral(" / "));
    }
    QStringList filters;
    if (!request.tid.isEmpty())
        filters << QCoreApplication::translate("posdesk::ReportCatalog", "terminal %1").arg(request.tid);
    // The transaction filters say nothing about the other reports, so they are not claimed there.
    if (request.kind == ReportKind::Transactions) {
        if (!request.cashier.isEmpty())
            filters << QCoreApplication::translate("posdesk::ReportCatalog", "cashier %1").arg(request.cashier);
        if (request.type)
            filters << QCoreApplication::translate("posdesk::ReportCatalog", "type %1").arg(toKey(*request.type));
        if (request.result)
            filters << QCoreApplication::translate("posdesk::ReportCatalog", "result %1").arg(toKey(*request.result));
    }
    h.filters = filters.join(QStringLiteral("; "));
    return h;
}

} // namespace posdesk
