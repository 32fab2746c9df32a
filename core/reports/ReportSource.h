#pragma once

#include "reports/ReportTypes.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariantList>

#include <optional>

struct sqlite3_stmt;

namespace posdesk {

// A report as a stream of rows from one prepared, forward-only query: only the current row is ever in memory,
// and the totals add up as the rows go by.
class ReportSource
{
public:
    virtual ~ReportSource();
    ReportSource(const ReportSource &) = delete;
    ReportSource &operator=(const ReportSource &) = delete;

    const QString &title() const { return m_title; }
    const std::vector<ReportColumn> &columns() const { return m_columns; }

    // Prepares and runs the query; rows then come from next().
    Status start();
    // Fills `row` (one cell per column) with the next row; false at the end.
    virtual Result<bool> next(ReportRow &row);
    // The totals of the rows read so far (after the last row: of the whole report).
    virtual std::vector<ReportTotal> totals() const = 0;

    // The statement and its values, so that a tool can run exactly this query elsewhere (the benchmark does).
    const QString &statement() const { return m_sql; }
    const QVariantList &bindValues() const { return m_binds; }

protected:
    ReportSource(Database &db, QString title, std::vector<ReportColumn> columns);
    void setQuery(QString sql, QVariantList binds);
    // Runs before the report's query: the place for small lookups, since a streaming query holds the connection
    // (PostgreSQL cannot run another statement beside it without fetching it whole).
    virtual Status prepare() { return {}; }
    Database &database() { return m_db; }
    // Reads the current record of the query into the row.
    virtual void fill(const QSqlQuery &query, ReportRow &row) = 0;
    // A report with many rows can read SQLite's own statement instead (same statement, same columns): it overrides
    // both. Used only where the build allows it (POSDESK_SQLITE_DIRECT) and the database is SQLite.
    virtual bool readsSqliteDirectly() const { return false; }
    virtual void fillSqlite(sqlite3_stmt *, ReportRow &) {}
    // Advances the query by one record; false at the end, an error when the database failed mid-way.
    Result<bool> advance();
    QSqlQuery &query() { return *m_query; }

private:
    Database &m_db;
    QString m_title;
    std::vector<ReportColumn> m_columns;
    QString m_sql;
    QVariantList m_binds;
    std::optional<QSqlQuery> m_query;
    sqlite3_stmt *m_stmt = nullptr; // the direct path, when taken
    Status startSqlite(const QString &what);
};

// The UTC millisecond range [start, end) of shop-local days from..to, both inclusive.
struct MsRange
{
    std::int64_t start = 0;
    std::int64_t end = 0;
};
MsRange localDaysToUtc(const QDate &from, const QDate &to, const QTimeZone &zone);

// Adds "(USD)" to a total's label when a report holds several currencies: amounts in different currencies are
// never added together.
QString labelForCurrency(const QString &label, const QString &currency, bool severalCurrencies);

} // namespace posdesk
