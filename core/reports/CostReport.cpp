#include "reports/CostReport.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

enum Col
{
    Tid,
    Serial,
    Location,
    Currency,
    FirstCategory,
    Total = FirstCategory + CostReport::kCategories
};

// The stored category keys of each named column; anything else (and any spelling not listed) counts as "other",
// so that the row total always equals the sum of its columns.
const char *const kDevice = "'device'";
const char *const kInstallation = "'installation'";
const char *const kTraining = "'training'";
const char *const kMaintenance = "'maintenance'";
const char *const kLicence = "'licence', 'license', 'software-licence', 'software-license', 'software_licence', "
                             "'software_license', 'software'";

QString categoryTitle(int i)
{
    switch (i) {
    case 0:
        return QCoreApplication::translate("posdesk::CostReport", "Device");
    case 1:
        return QCoreApplication::translate("posdesk::CostReport", "Installation");
    case 2:
        return QCoreApplication::translate("posdesk::CostReport", "Training");
    case 3:
        return QCoreApplication::translate("posdesk::CostReport", "Maintenance");
    case 4:
        return QCoreApplication::translate("posdesk::CostReport", "Software licence");
    default:
        return QCoreApplication::translate("posdesk::CostReport", "Other");
    }
}

std::vector<ReportColumn> costColumns()
{
    static const char *const keys[CostReport::kCategories] = {"device",      "installation", "training",
                                                              "maintenance", "licence",      "other"};
    std::vector<ReportColumn> out{
        {QStringLiteral("tid"), QCoreApplication::translate("posdesk::CostReport", "Terminal"), ColumnType::Text, 10},
        {QStringLiteral("serial"), QCoreApplication::translate("posdesk::CostReport", "Serial no."), ColumnType::Text,
         14},
        {QStringLiteral("location"), QCoreApplication::translate("posdesk::CostReport", "Location"), ColumnType::Text,
         20},
        {QStringLiteral("currency"), QCoreApplication::translate("posdesk::CostReport", "Currency"), ColumnType::Text,
         6},
    };
    for (int i = 0; i < CostReport::kCategories; ++i)
        out.push_back({QString::fromLatin1(keys[i]), categoryTitle(i), ColumnType::Money, 12});
    out.push_back(
        {QStringLiteral("total"), QCoreApplication::translate("posdesk::CostReport", "Total"), ColumnType::Money, 13});
    return out;
}

} // namespace

CostReport::CostReport(Database &db, const ReportRequest &request, std::optional<Id> terminalId)
    : ReportSource(db, QCoreApplication::translate("posdesk::CostReport", "Costs per terminal"), costColumns())
{
    auto sumOf = [](const char *keys) {
        return QStringLiteral("SUM(CASE WHEN c.category IN (%1) THEN c.amount_minor ELSE 0 END)")
            .arg(QLatin1String(keys));
    };
    // incurred_on is an ISO date (text), so comparing the text compares the days.
    QString sql =
        QStringLiteral("SELECT term.tid, term.serial, term.location, c.currency, %1, %2, %3, %4, %5, "
                       "SUM(c.amount_minor) FROM terminal_costs c JOIN terminals term ON term.id = "
                       "c.terminal_id WHERE c.incurred_on >= ? AND c.incurred_on <= ?")
            .arg(sumOf(kDevice), sumOf(kInstallation), sumOf(kTraining), sumOf(kMaintenance), sumOf(kLicence));
    QVariantList binds{request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)};
    if (terminalId) {
        sql += QStringLiteral(" AND c.terminal_id = ?");
        binds << qlonglong(*terminalId);
    }
    sql += QStringLiteral(" GROUP BY term.id, term.tid, term.serial, term.location, c.currency "
                          "ORDER BY term.tid, c.currency");
    setQuery(sql, binds);
}

void CostReport::fill(const QSqlQuery &q, ReportRow &row)
{
    for (int c : {int(Tid), int(Serial), int(Location)}) {
        if (q.value(c).isNull())
            row[c].clear();
        else
            row[c].setText(q.value(c).toString());
    }
    const QString currency = q.value(3).toString();
    row[Currency].setText(currency);
    Sums &sums = m_sums[currency];
    ++sums.terminals;
    std::int64_t named = 0;
    for (int i = 0; i < kCategories - 1; ++i) {
        const std::int64_t minor = q.value(4 + i).toLongLong();
        named += minor;
        row[FirstCategory + i].setMoney(minor, currency);
        sums.byCategory[i] += minor;
    }
    const std::int64_t total = q.value(4 + kCategories - 1).toLongLong();
    row[FirstCategory + kCategories - 1].setMoney(total - named, currency);
    sums.byCategory[kCategories - 1] += total - named;
    row[Total].setMoney(total, currency);
    sums.total += total;
}

std::vector<ReportTotal> CostReport::totals() const
{
    std::vector<ReportTotal> out;
    const std::map<QString, Sums> none{{QStringLiteral("CNY"), Sums{}}};
    const auto &sums = m_sums.empty() ? none : m_sums;
    const bool several = sums.size() > 1;
    for (const auto &[currency, s] : sums) {
        out.push_back(
            {labelForCurrency(QCoreApplication::translate("posdesk::CostReport", "Terminals"), currency, several),
             s.terminals,
             {},
             {}});
        for (int i = 0; i < kCategories; ++i)
            out.push_back({labelForCurrency(categoryTitle(i), currency, several), {}, s.byCategory[i], currency});
        out.push_back({labelForCurrency(QCoreApplication::translate("posdesk::CostReport", "Total"), currency, several),
                       {},
                       s.total,
                       currency});
    }
    return out;
}

} // namespace posdesk
