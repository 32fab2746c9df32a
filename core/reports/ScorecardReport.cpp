#include "reports/ScorecardReport.h"

#include "scorecards/ScorecardService.h"

#include <QCoreApplication>

#include <cmath>

namespace posdesk {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("posdesk::ScorecardReport", text);
}

// "3.33", "3.33 (too few to compare)", or empty when there is nothing to show.
QString figureText(const ScoreFigure &f, int decimals)
{
    if (!f.value)
        return {};
    const QString v = QString::number(*f.value, 'f', decimals);
    return f.tooFew ? QCoreApplication::translate("posdesk::ScorecardReport", "%1 (too few to compare)").arg(v) : v;
}

std::vector<ReportColumn> channelColumns()
{
    return {
        {QStringLiteral("group"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Channel")), ColumnType::Text, 14},
        {QStringLiteral("name"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Name")), ColumnType::Text, 24},
        {QStringLiteral("period"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Period")), ColumnType::Text, 23},
        {QStringLiteral("terminals"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Terminals")),
         ColumnType::Integer, 9},
        {QStringLiteral("transactions"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Transactions")),
         ColumnType::Integer, 12},
        {QStringLiteral("incidents"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Incidents")),
         ColumnType::Integer, 9},
        {QStringLiteral("per1000"),
         t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Incidents per 1,000 transactions")), ColumnType::Text, 14},
        {QStringLiteral("codes"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "By code (incidents, per 1,000)")),
         ColumnType::Text, 30},
        {QStringLiteral("mistakes"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Shop's own mistakes left out")),
         ColumnType::Integer, 10},
        {QStringLiteral("unreachable"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Host unreachable (minutes)")),
         ColumnType::Integer, 11},
        {QStringLiteral("escalations"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Escalations")),
         ColumnType::Integer, 10},
        {QStringLiteral("confirmed"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Confirmed")),
         ColumnType::Integer, 9},
        {QStringLiteral("confirmMedian"),
         t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Days to confirmation, median")), ColumnType::Text, 14},
        {QStringLiteral("confirmP90"),
         t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Days to confirmation, 90th percentile")), ColumnType::Text,
         14},
        {QStringLiteral("resolveMedian"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Days to resolve, median")),
         ColumnType::Text, 14},
        {QStringLiteral("resolveP90"),
         t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Days to resolve, 90th percentile")), ColumnType::Text, 14},
        {QStringLiteral("followUps"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Follow-ups missed")),
         ColumnType::Integer, 9},
        {QStringLiteral("reversals"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Reversals refused")),
         ColumnType::Integer, 9},
        {QStringLiteral("visits"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Maintenance visits")),
         ColumnType::Integer, 9},
    };
}

std::vector<ReportColumn> brandColumns()
{
    std::vector<ReportColumn> columns{
        {QStringLiteral("brand"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Brand")), ColumnType::Text, 14},
        {QStringLiteral("model"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Model")), ColumnType::Text, 12},
        {QStringLiteral("period"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Period")), ColumnType::Text, 23},
        {QStringLiteral("terminals"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Terminals in service")),
         ColumnType::Integer, 9},
        {QStringLiteral("years"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Terminal-years")), ColumnType::Text,
         9},
        {QStringLiteral("incidentFaults"),
         t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Incidents of the terminal")), ColumnType::Integer, 9},
        {QStringLiteral("visits"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Maintenance visits")),
         ColumnType::Integer, 9},
        {QStringLiteral("swaps"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Swaps")), ColumnType::Integer, 7},
        {QStringLiteral("faults"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Faults")), ColumnType::Integer, 7},
        {QStringLiteral("faultsPerYear"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Faults per terminal-year")),
         ColumnType::Text, 14},
        {QStringLiteral("mtbf"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Mean days between faults")),
         ColumnType::Text, 14},
        {QStringLiteral("cost"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Cost in the period")),
         ColumnType::Money, 13},
        {QStringLiteral("costPerYear"), t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Cost per terminal-year")),
         ColumnType::Money, 13},
        {QStringLiteral("costNote"),
         t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Cost per terminal-year: terminals behind it")),
         ColumnType::Text, 18},
    };
    // Then the cost ledger's categories per terminal-year, in the order of the ledger.
    const char *const perYear[kCostCategories] = {
        QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Device per terminal-year"),
        QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Installation per terminal-year"),
        QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Training per terminal-year"),
        QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Maintenance per terminal-year"),
        QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Software licence per terminal-year"),
        QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Other per terminal-year")};
    for (int i = 0; i < kCostCategories; ++i)
        columns.push_back({costCategoryKey(i) + QStringLiteral("PerYear"), t(perYear[i]), ColumnType::Money, 13});
    return columns;
}

QString periodText(const QDate &from, const QDate &to)
{
    return QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace

ScorecardReport::ScorecardReport(Database &db, const ReportRequest &request, const QTimeZone &zone, Kind kind)
    : ReportSource(db,
                   kind == Kind::Channel
                       ? t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Channel scorecard"))
                       : t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Brand and model scorecard")),
                   kind == Kind::Channel ? channelColumns() : brandColumns()),
      m_request(request), m_zone(zone), m_kind(kind)
{}

Status ScorecardReport::prepare()
{
    ScorecardService service(database(), SystemClock::instance(), m_zone);
    if (m_kind == Kind::Channel) {
        auto card = service.channels(m_request.from, m_request.to);
        if (!card)
            return card.error();
        channelRows(*card);
    } else {
        auto card = service.brands(m_request.from, m_request.to);
        if (!card)
            return card.error();
        brandRows(*card);
    }
    return {};
}

void ScorecardReport::channelRows(const ChannelScorecard &card)
{
    int profiles = 0, providers = 0;
    std::int64_t transactions = 0;
    const QString period = periodText(card.from, card.to);
    for (const ChannelRow &r : card.rows) {
        const bool acquirer = r.group == ChannelRow::Group::Acquirer;
        (acquirer ? profiles : providers)++;
        if (acquirer)
            transactions += r.transactions;
        ReportRow row(columns().size());
        row[0].setText(acquirer ? t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Acquirer profile"))
                                : t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Service provider")));
        row[1].setText(r.name);
        row[2].setText(period);
        row[3].setNumber(r.terminals);
        row[4].setNumber(r.transactions);
        row[5].setNumber(r.incidents);
        row[6].setText(figureText(r.incidentsPerThousand, 2));
        QStringList codes;
        for (const CodeScore &c : r.byCode)
            codes << QStringLiteral("%1: %2 (%3)").arg(c.code).arg(c.incidents).arg(figureText(c.perThousand, 2));
        row[7].setText(codes.join(QStringLiteral("; ")));
        row[8].setNumber(r.shopMistakes);
        row[9].setNumber(r.unreachableMs / 60000);
        row[10].setNumber(r.escalations);
        row[11].setNumber(r.confirmed);
        row[12].setText(figureText(r.confirmMedianDays, 1));
        row[13].setText(figureText(r.confirmP90Days, 1));
        row[14].setText(figureText(r.resolveMedianDays, 1));
        row[15].setText(figureText(r.resolveP90Days, 1));
        row[16].setNumber(r.followUpsMissed);
        row[17].setNumber(r.reversalsRefused);
        row[18].setNumber(r.maintenanceVisits);
        m_rows.push_back(std::move(row));
        // The trend: the same channel month by month (the figures a month allows).
        for (const ChannelMonth &m : r.months) {
            ReportRow month(columns().size());
            month[0].setText(acquirer ? t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Acquirer profile"))
                                      : t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Service provider")));
            month[1].setText(r.name);
            month[2].setText(m.month.toString(QStringLiteral("yyyy-MM")));
            month[4].setNumber(m.transactions);
            month[5].setNumber(m.incidents);
            month[6].setText(figureText(m.perThousand, 2));
            month[10].setNumber(m.escalations);
            month[12].setText(figureText(m.confirmMedianDays, 1));
            m_rows.push_back(std::move(month));
        }
    }
    m_totals = {{t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Acquirer profiles")), profiles, {}, {}},
                {t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Service providers")), providers, {}, {}},
                {t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Transactions")), transactions, {}, {}}};
}

void ScorecardReport::brandRows(const BrandScorecard &card)
{
    std::int64_t terminals = 0;
    const QString period = periodText(card.from, card.to);
    for (const BrandRow &r : card.rows) {
        terminals += r.terminals;
        // One row per currency of the costs (one row when there are none).
        const std::size_t n = std::max<std::size_t>(1, r.costs.size());
        for (std::size_t i = 0; i < n; ++i) {
            ReportRow row(columns().size());
            row[0].setText(r.brand.isEmpty() ? t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "(brand not recorded)"))
                                             : r.brand);
            row[1].setText(r.model);
            row[2].setText(period);
            row[3].setNumber(r.terminals);
            row[4].setText(QString::number(r.terminalYears, 'f', 2));
            row[5].setNumber(r.incidentFaults);
            row[6].setNumber(r.maintenanceVisits);
            row[7].setNumber(r.swaps);
            row[8].setNumber(r.faults);
            row[9].setText(figureText(r.faultsPerTerminalYear, 2));
            row[10].setText(figureText(r.mtbfDays, 0));
            if (i < r.costs.size()) {
                const BrandCost &c = r.costs[i];
                row[11].setMoney(c.total, c.currency);
                if (c.perTerminalYear.value)
                    row[12].setMoney(std::llround(*c.perTerminalYear.value), c.currency);
                row[13].setText(c.perTerminalYear.tooFew
                                    ? QCoreApplication::translate("posdesk::ScorecardReport", "%1 (too few to compare)")
                                          .arg(c.perTerminalYear.basis)
                                    : QString::number(c.perTerminalYear.basis));
                for (int k = 0; k < kCostCategories; ++k) {
                    if (c.perTerminalYearByCategory[k])
                        row[14 + k].setMoney(std::llround(*c.perTerminalYearByCategory[k]), c.currency);
                }
            }
            m_rows.push_back(std::move(row));
        }
    }
    m_totals = {
        {t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Brands and models")), std::int64_t(card.rows.size()), {}, {}},
        {t(QT_TRANSLATE_NOOP("posdesk::ScorecardReport", "Terminals in service")), terminals, {}, {}}};
}

Result<bool> ScorecardReport::next(ReportRow &row)
{
    if (m_next >= m_rows.size())
        return false;
    row = m_rows[m_next++];
    return true;
}

std::vector<ReportTotal> ScorecardReport::totals() const
{
    return m_totals;
}

} // namespace posdesk
