#include "scorecards/ScorecardHistory.h"

#include "reports/ReportSource.h"
#include "scorecards/ScorecardService.h"
#include "scorecards/ShopMistakes.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace posdesk {

namespace {

// Runs one read forward-only and hands each record to `row`.
template <typename Row>
Status readRows(Database &db, const QString &sql, const QVariantList &binds, const QString &what, Row row)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return db.errorFrom(q.lastError(), what);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return db.errorFrom(q.lastError(), what);
    while (q.next())
        row(q);
    if (q.lastError().isValid())
        return db.errorFrom(q.lastError(), what);
    return {};
}

std::optional<std::int64_t> optMs(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<std::int64_t>(v.toLongLong());
}

// The cost ledger's category keys as CostReport reads them: the five named ones, anything else is "other".
int costCategoryIndex(const QString &key)
{
    static const QStringList licence{QStringLiteral("licence"),          QStringLiteral("license"),
                                     QStringLiteral("software-licence"), QStringLiteral("software-license"),
                                     QStringLiteral("software_licence"), QStringLiteral("software_license"),
                                     QStringLiteral("software")};
    for (int i = 0; i < 4; ++i) {
        if (key == costCategoryKey(i))
            return i;
    }
    return licence.contains(key) ? 4 : 5;
}

QString what(const char *text)
{
    return QCoreApplication::translate("posdesk::ScorecardService", text);
}

} // namespace

int ScorecardHistory::monthOf(std::int64_t ms) const
{
    const auto it = std::upper_bound(monthStarts.begin(), monthStarts.end(), ms);
    return std::max(0, int(it - monthStarts.begin()) - 1);
}

std::optional<double> percentile(std::vector<double> &values, double fraction)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double rank = fraction * double(values.size() - 1);
    const auto lo = std::size_t(std::floor(rank));
    const auto hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

Result<ScorecardHistory> ScorecardService::load(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return Error::usage(QCoreApplication::translate("posdesk::ScorecardService",
                                                        "Give the period as two days, e.g. 2026-01-01 to 2026-06-30."));
    if (from > to)
        return Error::usage(
            QCoreApplication::translate("posdesk::ScorecardService",
                                        "The period starts on %1, after its end on %2. Swap the two days.")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    ScorecardHistory h;
    const MsRange range = localDaysToUtc(from, to, m_zone);
    h.startMs = range.start;
    h.endMs = range.end;
    h.evalEndMs = std::max(h.startMs, std::min(h.endMs, m_clock.nowMs()));
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        h.months.push_back(m);
        h.monthStarts.push_back(std::max(h.startMs, localDaysToUtc(m, m, m_zone).start));
    }

    Status s = readRows(m_db,
                        QStringLiteral("SELECT id, name, channel_kind, COALESCE(service_provider, '') FROM acquirers "
                                       "ORDER BY name"),
                        {}, what(QT_TRANSLATE_NOOP("posdesk::ScorecardService", "reading the acquirer profiles")),
                        [&](const QSqlQuery &q) {
                            h.acquirers.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                                                   q.value(2).toString(), q.value(3).toString().trimmed()});
                        });
    if (!s)
        return s.error();

    // Each terminal's time in service: from its first sign-on (or activation) to its swap or deregistration.
    s = readRows(
        m_db,
        QStringLiteral("SELECT t.id, t.acquirer_id, COALESCE(t.brand, ''), COALESCE(t.model, ''), t.state, "
                       "t.created_at, t.updated_at, (SELECT MIN(e.at) FROM enrollment_events e WHERE e.terminal_id = "
                       "t.id AND e.to_state IN ('signed-on', 'active')), (SELECT MIN(e.at) FROM enrollment_events e "
                       "WHERE e.terminal_id = t.id AND e.to_state IN ('swapped', 'deregistered')) FROM terminals t "
                       "ORDER BY t.id"),
        {}, what(QT_TRANSLATE_NOOP("posdesk::ScorecardService", "reading the terminals' service")),
        [&](const QSqlQuery &q) {
            ScorecardHistory::TerminalInfo t;
            t.id = q.value(0).toLongLong();
            t.acquirerId = q.value(1).toLongLong();
            t.brand = q.value(2).toString().trimmed();
            t.model = q.value(3).toString().trimmed();
            const QString state = q.value(4).toString();
            std::optional<std::int64_t> start = optMs(q.value(7));
            std::optional<std::int64_t> end = optMs(q.value(8));
            static const QStringList used{QStringLiteral("signed-on"), QStringLiteral("active"),
                                          QStringLiteral("suspended"), QStringLiteral("swapped")};
            if (!start && used.contains(state))
                start = q.value(5).toLongLong(); // no recorded history: in service since it was recorded
            if (!end && (state == u"swapped" || state == u"deregistered"))
                end = q.value(6).toLongLong();
            if (start) {
                const std::int64_t a = std::max(*start, h.startMs);
                const std::int64_t b = std::min(end.value_or(h.evalEndMs), h.evalEndMs);
                t.inServiceMs = std::max<std::int64_t>(0, b - a);
            }
            t.txByMonth.assign(h.months.size(), 0);
            h.terminalIndex.insert(t.id, h.terminals.size());
            h.terminals.push_back(std::move(t));
        });
    if (!s)
        return s.error();

    // The one aggregate over the big table: transactions sent to the host per terminal and month.
    QString bucket = QStringLiteral("0");
    QVariantList binds;
    if (h.monthStarts.size() > 1) {
        bucket = QStringLiteral("CASE");
        for (std::size_t i = 1; i < h.monthStarts.size(); ++i) {
            bucket += QStringLiteral(" WHEN created_at < ? THEN %1").arg(i - 1);
            binds << qlonglong(h.monthStarts[i]);
        }
        bucket += QStringLiteral(" ELSE %1 END").arg(h.monthStarts.size() - 1);
    }
    binds << qlonglong(h.startMs) << qlonglong(h.endMs);
    s = readRows(m_db,
                 QStringLiteral("SELECT terminal_id, %1 AS month_no, COUNT(*) FROM transactions WHERE created_at >= ? "
                                "AND created_at < ? AND kind <> 'cash' GROUP BY terminal_id%2")
                     .arg(bucket, h.monthStarts.size() > 1 ? QStringLiteral(", month_no") : QString()),
                 binds, what(QT_TRANSLATE_NOOP("posdesk::ScorecardService", "counting the transactions")),
                 [&](const QSqlQuery &q) {
                     auto it = h.terminalIndex.constFind(q.value(0).toLongLong());
                     const int m = q.value(1).toInt();
                     if (it != h.terminalIndex.cend() && m >= 0 && m < int(h.months.size()))
                         h.terminals[*it].txByMonth[m] += q.value(2).toLongLong();
                 });
    if (!s)
        return s.error();

    // Incidents opened in the period, with the acquirer's confirmation (the playbook step after the escalation)
    // and the owner's latest word on whether it was the shop's own mistake.
    s = readRows(
        m_db,
        QStringLiteral("SELECT i.terminal_id, i.code, i.source, i.opened_at, i.escalated_at, i.follow_up_at, "
                       "i.resolved_at, (SELECT MIN(s.at) FROM incident_steps s WHERE s.incident_id = i.id AND "
                       "s.step_key IN ('confirm-registration', 'record-confirmation') AND s.outcome IN ('passed', "
                       "'done')), (SELECT s.outcome FROM incident_steps s WHERE s.incident_id = i.id AND s.outcome IN "
                       "(?, ?) ORDER BY s.id DESC LIMIT 1) FROM incidents i WHERE i.terminal_id IS NOT NULL AND "
                       "i.opened_at >= ? AND i.opened_at < ?"),
        {QString::fromLatin1(ShopMistakes::kMarked), QString::fromLatin1(ShopMistakes::kCleared), qlonglong(h.startMs),
         qlonglong(h.endMs)},
        what(QT_TRANSLATE_NOOP("posdesk::ScorecardService", "reading the incidents")), [&](const QSqlQuery &q) {
            ScorecardHistory::IncidentInfo i;
            i.terminalId = q.value(0).toLongLong();
            i.code = q.value(1).toString();
            i.source = q.value(2).toString();
            i.openedAt = q.value(3).toLongLong();
            i.escalatedAt = optMs(q.value(4));
            i.followUpAt = optMs(q.value(5));
            i.resolvedAt = optMs(q.value(6));
            i.confirmedAt = optMs(q.value(7));
            // A confirmation before the escalation is not the acquirer's answer to it; the resolution then is.
            if (i.escalatedAt && (!i.confirmedAt || *i.confirmedAt < *i.escalatedAt))
                i.confirmedAt = i.resolvedAt;
            i.shopMistake = q.value(8).toString() == QLatin1String(ShopMistakes::kMarked);
            i.month = h.monthOf(i.openedAt);
            h.incidents.push_back(std::move(i));
        });
    if (!s)
        return s.error();

    s = readRows(m_db,
                 QStringLiteral("SELECT x.terminal_id, COUNT(*) FROM reversals r JOIN transactions x ON x.id = "
                                "r.transaction_id WHERE r.state IN ('refused', 'resolved') AND r.created_at >= ? AND "
                                "r.created_at < ? GROUP BY x.terminal_id"),
                 {qlonglong(h.startMs), qlonglong(h.endMs)},
                 what(QT_TRANSLATE_NOOP("posdesk::ScorecardService", "counting the refused reversals")),
                 [&](const QSqlQuery &q) {
                     auto it = h.terminalIndex.constFind(q.value(0).toLongLong());
                     if (it != h.terminalIndex.cend())
                         h.terminals[*it].reversalsRefused += q.value(1).toInt();
                 });
    if (!s)
        return s.error();

    s = readRows(m_db,
                 QStringLiteral("SELECT terminal_id, COUNT(*) FROM enrollment_events WHERE to_state = 'swapped' AND "
                                "at >= ? AND at < ? GROUP BY terminal_id"),
                 {qlonglong(h.startMs), qlonglong(h.endMs)},
                 what(QT_TRANSLATE_NOOP("posdesk::ScorecardService", "counting the swaps")), [&](const QSqlQuery &q) {
                     auto it = h.terminalIndex.constFind(q.value(0).toLongLong());
                     if (it != h.terminalIndex.cend())
                         h.terminals[*it].swaps += q.value(1).toInt();
                 });
    if (!s)
        return s.error();

    s = readRows(m_db,
                 QStringLiteral("SELECT acquirer_id, started_at, ended_at FROM host_outages WHERE started_at < ? AND "
                                "(ended_at IS NULL OR ended_at > ?)"),
                 {qlonglong(h.evalEndMs), qlonglong(h.startMs)},
                 what(QT_TRANSLATE_NOOP("posdesk::ScorecardService", "reading the host outages")),
                 [&](const QSqlQuery &q) {
                     const std::int64_t a = std::max<std::int64_t>(q.value(1).toLongLong(), h.startMs);
                     const std::int64_t b = std::min(optMs(q.value(2)).value_or(h.evalEndMs), h.evalEndMs);
                     h.outages.push_back({q.value(0).toLongLong(), std::max<std::int64_t>(0, b - a)});
                 });
    if (!s)
        return s.error();

    s = readRows(
        m_db,
        QStringLiteral("SELECT terminal_id, COALESCE(provider, ''), kind FROM maintenance WHERE done_at >= ? "
                       "AND done_at < ?"),
        {qlonglong(h.startMs), qlonglong(h.endMs)},
        what(QT_TRANSLATE_NOOP("posdesk::ScorecardService", "reading the maintenance visits")),
        [&](const QSqlQuery &q) {
            h.visits.push_back({q.value(0).toLongLong(), q.value(1).toString().trimmed(), q.value(2).toString()});
        });
    if (!s)
        return s.error();

    // incurred_on is an ISO day (text): comparing the text compares the days.
    s = readRows(m_db,
                 QStringLiteral("SELECT terminal_id, currency, category, SUM(amount_minor) FROM terminal_costs WHERE "
                                "incurred_on >= ? AND incurred_on <= ? GROUP BY terminal_id, currency, category"),
                 {from.toString(Qt::ISODate), to.toString(Qt::ISODate)},
                 what(QT_TRANSLATE_NOOP("posdesk::ScorecardService", "adding up the costs")), [&](const QSqlQuery &q) {
                     h.costs.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                                        costCategoryIndex(q.value(2).toString()), q.value(3).toLongLong()});
                 });
    if (!s)
        return s.error();
    return h;
}

} // namespace posdesk
