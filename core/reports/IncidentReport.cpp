#include "reports/IncidentReport.h"

#include "acquirer/ResponseCodes.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

enum Col
{
    Opened,
    Tid,
    Code,
    Meaning,
    Source,
    State,
    Occurrences,
    Escalated,
    Resolved,
    MinutesToResolve,
    Cause
};

std::vector<ReportColumn> incidentColumns()
{
    return {
        {QStringLiteral("opened"), QCoreApplication::translate("posdesk::IncidentReport", "Opened"),
         ColumnType::DateTime, 19},
        {QStringLiteral("tid"), QCoreApplication::translate("posdesk::IncidentReport", "Terminal"), ColumnType::Text,
         10},
        {QStringLiteral("code"), QCoreApplication::translate("posdesk::IncidentReport", "Code"), ColumnType::Text, 6},
        {QStringLiteral("meaning"), QCoreApplication::translate("posdesk::IncidentReport", "Meaning"), ColumnType::Text,
         24},
        {QStringLiteral("source"), QCoreApplication::translate("posdesk::IncidentReport", "Source"), ColumnType::Text,
         8},
        {QStringLiteral("state"), QCoreApplication::translate("posdesk::IncidentReport", "State"), ColumnType::Text, 9},
        {QStringLiteral("occurrences"), QCoreApplication::translate("posdesk::IncidentReport", "Occurrences"),
         ColumnType::Integer, 8},
        {QStringLiteral("escalated"), QCoreApplication::translate("posdesk::IncidentReport", "Escalated"),
         ColumnType::DateTime, 19},
        {QStringLiteral("resolved"), QCoreApplication::translate("posdesk::IncidentReport", "Resolved"),
         ColumnType::DateTime, 19},
        {QStringLiteral("minutesToResolve"),
         QCoreApplication::translate("posdesk::IncidentReport", "Time to resolve (min)"), ColumnType::Integer, 10},
        {QStringLiteral("cause"), QCoreApplication::translate("posdesk::IncidentReport", "Cause"), ColumnType::Text,
         30},
    };
}

void setTimeOrNull(ReportCell &cell, const QVariant &v)
{
    if (v.isNull())
        cell.clear();
    else
        cell.setNumber(v.toLongLong());
}

} // namespace

IncidentReport::IncidentReport(Database &db, const ReportRequest &request, const QTimeZone &zone,
                               std::optional<Id> terminalId, const QLocale &locale)
    : ReportSource(db, QCoreApplication::translate("posdesk::IncidentReport", "Incidents"), incidentColumns()),
      m_locale(locale)
{
    m_sourceText = {
        {QStringLiteral("host"), QCoreApplication::translate("posdesk::IncidentReport", "acquirer host")},
        {QStringLiteral("device"), QCoreApplication::translate("posdesk::IncidentReport", "device")},
        {QStringLiteral("local"), QCoreApplication::translate("posdesk::IncidentReport", "local check")},
    };
    m_stateText = {
        {QStringLiteral("open"), QCoreApplication::translate("posdesk::IncidentReport", "open")},
        {QStringLiteral("escalated"), QCoreApplication::translate("posdesk::IncidentReport", "escalated")},
        {QStringLiteral("resolved"), QCoreApplication::translate("posdesk::IncidentReport", "resolved")},
    };
    const MsRange range = localDaysToUtc(request.from, request.to, zone);
    QString sql = QStringLiteral(
        "SELECT i.opened_at, COALESCE(term.tid, i.tid), i.code, i.dialect, i.source, i.state, i.occurrences, "
        "i.escalated_at, i.resolved_at, i.cause FROM incidents i LEFT JOIN terminals term ON term.id = "
        "i.terminal_id WHERE i.opened_at >= ? AND i.opened_at < ?");
    QVariantList binds{qlonglong(range.start), qlonglong(range.end)};
    if (terminalId) {
        sql += QStringLiteral(" AND i.terminal_id = ?");
        binds << qlonglong(*terminalId);
    }
    sql += QStringLiteral(" ORDER BY i.opened_at, i.id");
    setQuery(sql, binds);
}

void IncidentReport::fill(const QSqlQuery &q, ReportRow &row)
{
    const std::int64_t opened = q.value(0).toLongLong();
    row[Opened].setNumber(opened);
    if (q.value(1).isNull())
        row[Tid].clear();
    else
        row[Tid].setText(q.value(1).toString());
    const QString code = q.value(2).toString();
    row[Code].setText(code);
    // Unknown codes stay without a meaning: never guessed.
    const auto info = ResponseCodeTable::forDialect(q.value(3).toString()).lookup(code);
    if (info)
        row[Meaning].setText(info->text(m_locale));
    else
        row[Meaning].clear();
    const QString source = q.value(4).toString();
    const QString state = q.value(5).toString();
    row[Source].setText(m_sourceText.value(source, source));
    row[State].setText(m_stateText.value(state, state));
    row[Occurrences].setNumber(q.value(6).toLongLong());
    setTimeOrNull(row[Escalated], q.value(7));
    setTimeOrNull(row[Resolved], q.value(8));
    ++m_count;
    if (q.value(8).isNull()) {
        row[MinutesToResolve].clear();
    } else {
        // Whole minutes, rounded: what a person compares, and exact in every format.
        const std::int64_t minutes = (q.value(8).toLongLong() - opened + 30000) / 60000;
        row[MinutesToResolve].setNumber(minutes);
        ++m_resolved;
        m_minutesToResolve += minutes;
    }
    if (q.value(9).isNull())
        row[Cause].clear();
    else
        row[Cause].setText(q.value(9).toString());
}

std::vector<ReportTotal> IncidentReport::totals() const
{
    std::vector<ReportTotal> out{
        {QCoreApplication::translate("posdesk::IncidentReport", "Incidents"), m_count, {}, {}},
        {QCoreApplication::translate("posdesk::IncidentReport", "Resolved"), m_resolved, {}, {}},
        {QCoreApplication::translate("posdesk::IncidentReport", "Still open"), m_count - m_resolved, {}, {}},
    };
    if (m_resolved > 0)
        out.push_back({QCoreApplication::translate("posdesk::IncidentReport", "Mean time to resolve (min)"),
                       (m_minutesToResolve + m_resolved / 2) / m_resolved,
                       {},
                       {}});
    return out;
}

} // namespace posdesk
