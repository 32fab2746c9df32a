#include "reports/SalesStatistics.h"

#include "storage/Sql.h"

#include <QCoreApplication>

#include <map>

namespace posdesk {

namespace {
constexpr std::int64_t kDayMs = 86400000;
// Net effect of one row: approved sales add, voids and refunds subtract.
const QString kNetAmount =
    QStringLiteral("CASE WHEN kind = 'sale' AND status IN ('approved', 'voided') THEN amount_minor "
                   "WHEN kind IN ('void', 'refund') AND status = 'approved' THEN -amount_minor ELSE 0 END");
const QString kSaleCount = QStringLiteral("CASE WHEN kind = 'sale' AND status = 'approved' THEN 1 ELSE 0 END");
} // namespace

std::int64_t SalesStatistics::startMs(const QDate &d) const
{
    return d.startOfDay(Qt::UTC).toMSecsSinceEpoch() - m_offsetMs;
}

Result<std::vector<DailySales>> SalesStatistics::perDay(const QDate &from, const QDate &to)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT (created_at + ?) / %1 AS day, SUM(%2), SUM(%3) FROM transactions WHERE "
                       "created_at >= ? AND created_at < ? GROUP BY (created_at + ?) / %1 ORDER BY day")
            .arg(kDayMs)
            .arg(kSaleCount, kNetAmount),
        {qlonglong(m_offsetMs), qlonglong(startMs(from)), qlonglong(startMs(to.addDays(1))), qlonglong(m_offsetMs)},
        QCoreApplication::translate("posdesk::SalesStatistics", "adding up sales per day"));
    if (!q)
        return q.error();
    std::map<QDate, DailySales> byDay;
    for (QDate d = from; d <= to; d = d.addDays(1))
        byDay[d] = DailySales{d, 0, 0};
    const QDate epoch(1970, 1, 1);
    while (q->next()) {
        const QDate d = epoch.addDays(q->value(0).toLongLong());
        byDay[d] = DailySales{d, q->value(1).toInt(), q->value(2).toLongLong()};
    }
    std::vector<DailySales> out;
    for (auto &[d, s] : byDay)
        out.push_back(s);
    return out;
}

Result<std::vector<SchemeShare>> SalesStatistics::cardMix(const QDate &from, const QDate &to)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COALESCE(card_scheme, ''), COUNT(*), SUM(amount_minor) FROM transactions "
                                     "WHERE kind = 'sale' AND status = 'approved' AND created_at >= ? AND created_at < "
                                     "? GROUP BY COALESCE(card_scheme, '') ORDER BY 2 DESC"),
                      {qlonglong(startMs(from)), qlonglong(startMs(to.addDays(1)))},
                      QCoreApplication::translate("posdesk::SalesStatistics", "adding up the card mix"));
    if (!q)
        return q.error();
    std::vector<SchemeShare> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toInt(), q->value(2).toLongLong()});
    return out;
}

Result<std::vector<TerminalSales>> SalesStatistics::perTerminal(const QDate &from, const QDate &to)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT t.tid, s.n, s.net FROM (SELECT terminal_id, SUM(%1) AS n, SUM(%2) AS "
                                     "net FROM transactions WHERE created_at >= ? AND created_at < ? GROUP BY "
                                     "terminal_id) s JOIN terminals t ON t.id = s.terminal_id ORDER BY t.tid")
                          .arg(kSaleCount, kNetAmount),
                      {qlonglong(startMs(from)), qlonglong(startMs(to.addDays(1)))},
                      QCoreApplication::translate("posdesk::SalesStatistics", "adding up sales per terminal"));
    if (!q)
        return q.error();
    std::vector<TerminalSales> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toInt(), q->value(2).toLongLong()});
    return out;
}

Result<std::vector<std::pair<QDate, int>>> SalesStatistics::incidentsPerWeek(const QDate &from, const QDate &to)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT opened_at FROM incidents WHERE opened_at >= ? AND opened_at < ?"),
                      {qlonglong(startMs(from)), qlonglong(startMs(to.addDays(1)))},
                      QCoreApplication::translate("posdesk::SalesStatistics", "counting incidents"));
    if (!q)
        return q.error();
    std::map<QDate, int> weeks;
    const QDate firstMonday = from.addDays(1 - from.dayOfWeek());
    for (QDate d = firstMonday; d <= to; d = d.addDays(7))
        weeks[d] = 0;
    const QDate epoch(1970, 1, 1);
    while (q->next()) {
        const QDate day = epoch.addDays((q->value(0).toLongLong() + m_offsetMs) / kDayMs);
        weeks[day.addDays(1 - day.dayOfWeek())]++;
    }
    return std::vector<std::pair<QDate, int>>(weeks.begin(), weeks.end());
}

} // namespace posdesk
