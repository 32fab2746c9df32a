#include "reports/CostOverview.h"

#include "security/Permissions.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace posdesk {

CostOverview::Kind CostOverview::kindOf(const QString &category)
{
    const QString c = category.trimmed().toLower();
    if (c == u"device")
        return Device;
    if (c == u"installation")
        return Installation;
    if (c == u"training")
        return Training;
    if (c == u"maintenance")
        return Maintenance;
    // The spellings CostReport also counts as a licence.
    static const QStringList licence{QStringLiteral("licence"),          QStringLiteral("license"),
                                     QStringLiteral("software-licence"), QStringLiteral("software-license"),
                                     QStringLiteral("software_licence"), QStringLiteral("software_license"),
                                     QStringLiteral("software")};
    if (licence.contains(c))
        return Licence;
    return Other;
}

QString CostOverview::kindName(int kind)
{
    switch (kind) {
    case Device:
        return QCoreApplication::translate("posdesk::CostOverview", "Device");
    case Installation:
        return QCoreApplication::translate("posdesk::CostOverview", "Installation");
    case Training:
        return QCoreApplication::translate("posdesk::CostOverview", "Training");
    case Maintenance:
        return QCoreApplication::translate("posdesk::CostOverview", "Maintenance");
    case Licence:
        return QCoreApplication::translate("posdesk::CostOverview", "Software licence");
    default:
        return QCoreApplication::translate("posdesk::CostOverview", "Other");
    }
}

Result<std::vector<CostOverview>> CostOverview::compute(Database &db, const Clock &clock, const Actor &actor,
                                                        const QDate &from, const QDate &to)
{
    if (auto s = require(db, clock, actor, Permission::Reports, QStringLiteral("costs")); !s)
        return s.error();
    // Summed in the database per terminal, category, month and currency: a handful of rows whatever the history.
    // incurred_on is an ISO date (text): its first 7 characters are the month.
    auto rows = sql::run(
        db,
        QStringLiteral("SELECT t.tid, COALESCE(t.location, ''), c.category, SUBSTR(c.incurred_on, 1, 7), c.currency, "
                       "SUM(c.amount_minor) FROM terminal_costs c JOIN terminals t ON t.id = c.terminal_id "
                       "WHERE c.incurred_on >= ? AND c.incurred_on <= ? "
                       "GROUP BY t.tid, t.location, c.category, SUBSTR(c.incurred_on, 1, 7), c.currency"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)},
        QCoreApplication::translate("posdesk::CostOverview", "adding up the costs"));
    if (!rows)
        return rows.error();
    struct Building
    {
        std::map<QString, TerminalLine> terminals;
        std::map<QDate, MonthLine> months;
        ByKind byKind{};
        std::int64_t total = 0;
    };
    std::map<QString, Building> byCurrency;
    while (rows->next()) {
        const QSqlQuery &r = *rows;
        const QString tid = r.value(0).toString();
        const Kind kind = kindOf(r.value(2).toString());
        const QDate month = QDate::fromString(r.value(3).toString() + QStringLiteral("-01"), Qt::ISODate);
        const std::int64_t minor = r.value(5).toLongLong();
        Building &b = byCurrency[r.value(4).toString()];
        TerminalLine &t = b.terminals[tid];
        t.tid = tid;
        t.location = r.value(1).toString();
        t.byKind[kind] += minor;
        t.total += minor;
        MonthLine &m = b.months[month];
        m.month = month;
        m.byKind[kind] += minor;
        m.total += minor;
        b.byKind[kind] += minor;
        b.total += minor;
    }
    std::vector<CostOverview> out;
    for (auto &[currency, b] : byCurrency) {
        CostOverview o;
        o.currency = currency;
        for (auto &[tid, line] : b.terminals)
            o.terminals.push_back(std::move(line));
        for (auto &[month, line] : b.months)
            o.months.push_back(line);
        o.byKind = b.byKind;
        o.total = b.total;
        out.push_back(std::move(o));
    }
    std::stable_sort(out.begin(), out.end(), [](const CostOverview &a, const CostOverview &b) {
        return (a.currency == u"CNY") > (b.currency == u"CNY");
    });
    if (out.empty())
        out.emplace_back();
    return out;
}

} // namespace posdesk
