#include "reports/ReportSource.h"

#include <QCoreApplication>
#include <QSqlError>

namespace posdesk {

ReportSource::ReportSource(Database &db, QString title, std::vector<ReportColumn> columns)
    : m_db(db), m_title(std::move(title)), m_columns(std::move(columns))
{}

ReportSource::~ReportSource() = default;

void ReportSource::setQuery(QString sql, QVariantList binds)
{
    m_sql = std::move(sql);
    m_binds = std::move(binds);
}

Status ReportSource::start()
{
    if (auto s = prepare(); !s)
        return s;
    m_query.emplace(m_db.connection());
    // Forward-only: the driver hands rows over one by one instead of caching the whole result.
    m_query->setForwardOnly(true);
    const QString what = QCoreApplication::translate("posdesk::ReportSource", "reading the report “%1”").arg(m_title);
    if (!m_query->prepare(m_sql))
        return m_db.errorFrom(m_query->lastError(), what);
    for (int i = 0; i < m_binds.size(); ++i)
        m_query->bindValue(i, m_binds[i]);
    if (!m_query->exec())
        return m_db.errorFrom(m_query->lastError(), what);
    return {};
}

Result<bool> ReportSource::advance()
{
    if (!m_query)
        return Error::internal(QStringLiteral("ReportSource::next() before start()"));
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid())
        return m_db.errorFrom(
            m_query->lastError(),
            QCoreApplication::translate("posdesk::ReportSource", "reading the report “%1”").arg(m_title));
    return false;
}

Result<bool> ReportSource::next(ReportRow &row)
{
    auto more = advance();
    if (!more || !*more)
        return more;
    row.resize(m_columns.size());
    fill(*m_query, row);
    return true;
}

MsRange localDaysToUtc(const QDate &from, const QDate &to, const QTimeZone &zone)
{
    return {QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch(),
            QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
}

QString labelForCurrency(const QString &label, const QString &currency, bool severalCurrencies)
{
    return severalCurrencies ? QStringLiteral("%1 (%2)").arg(label, currency) : label;
}

} // namespace posdesk
