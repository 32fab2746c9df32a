#include "reports/ReportSource.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#ifdef POSDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace posdesk {

ReportSource::ReportSource(Database &db, QString title, std::vector<ReportColumn> columns)
    : m_db(db), m_title(std::move(title)), m_columns(std::move(columns))
{}

ReportSource::~ReportSource()
{
#ifdef POSDESK_SQLITE_DIRECT
    sqlite3_finalize(m_stmt);
#endif
}

void ReportSource::setQuery(QString sql, QVariantList binds)
{
    m_sql = std::move(sql);
    m_binds = std::move(binds);
}

Status ReportSource::start()
{
    if (auto s = prepare(); !s)
        return s;
    if (m_sql.isEmpty())
        return {}; // a report computed in prepare(), whose next() hands out its rows (ScorecardReport)
    const QString what = QCoreApplication::translate("posdesk::ReportSource", "reading the report “%1”").arg(m_title);
#ifdef POSDESK_SQLITE_DIRECT
    if (readsSqliteDirectly() && m_db.engine() == DbEngine::Sqlite)
        return startSqlite(what);
#endif
    m_query.emplace(m_db.connection());
    // Forward-only: the driver hands rows over one by one instead of caching the whole result.
    m_query->setForwardOnly(true);
    if (!m_query->prepare(m_sql))
        return m_db.errorFrom(m_query->lastError(), what);
    for (int i = 0; i < m_binds.size(); ++i)
        m_query->bindValue(i, m_binds[i]);
    if (!m_query->exec())
        return m_db.errorFrom(m_query->lastError(), what);
    return {};
}

Status ReportSource::startSqlite(const QString &what)
{
#ifdef POSDESK_SQLITE_DIRECT
    const QVariant handle = m_db.connection().driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3 *const *>(handle.constData())
                      : nullptr;
    if (!db)
        return Error::internal(what, QStringLiteral("the SQLite driver gave no connection handle"));
    const QByteArray sql = m_sql.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        return Error::environment(what, QString::fromUtf8(sqlite3_errmsg(db)));
    for (int i = 0; i < m_binds.size(); ++i) {
        const QVariant &v = m_binds[i];
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, i + 1);
        } else if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return Error::internal(what, QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return {};
#else
    return Error::internal(what, QStringLiteral("built without direct SQLite access"));
#endif
}

Result<bool> ReportSource::advance()
{
#ifdef POSDESK_SQLITE_DIRECT
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        // The same words as the Qt path: a damaged or locked database, named with the report.
        return Error::environment(
            QCoreApplication::translate("posdesk::ReportSource", "reading the report “%1”").arg(m_title),
            QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    }
#endif
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
    if (m_stmt)
        fillSqlite(m_stmt, row);
    else
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
