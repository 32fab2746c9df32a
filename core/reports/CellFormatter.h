#pragma once

#include "reports/ReportTypes.h"

#include <QByteArray>

#include <cstdint>
#include <limits>

namespace posdesk {

// Turns cells into the plain text that files carry: "-1234.50" for money (as Money::toPlainString), ISO 8601
// "2026-01-05 09:30:00" in the shop's time zone for instants, "2026-01-05" for days. It runs once per cell of a
// million-row export, so it writes digits itself and asks the time zone only when a UTC offset change is crossed.
class CellFormatter
{
public:
    explicit CellFormatter(const QTimeZone &zone);

    // Appends the cell's UTF-8 text (unquoted); nothing for a null cell.
    void appendUtf8(QByteArray &out, ColumnType type, const ReportCell &cell);
    QString text(ColumnType type, const ReportCell &cell);
    // Writes a cell that is not text (at most kMaxNumericBytes) at `out` and returns where it ended: the exporters'
    // hot path, with no allocation.
    static constexpr int kMaxNumericBytes = 48;
    char *writeNumeric(char *out, ColumnType type, const ReportCell &cell);

    // UTC milliseconds to the same wall-clock time counted as if it were UTC (for day arithmetic and spreadsheet
    // serial dates).
    std::int64_t toLocalMs(std::int64_t utcMs);
    // The shop-local calendar day of an instant.
    QDate localDate(std::int64_t utcMs);
    // Decimal places of a currency, remembered for the last one asked.
    int decimalsOf(const QString &currency);

    static char *writeMoney(char *out, std::int64_t minor, int decimals);
    static char *writeLocalDateTime(char *out, std::int64_t localMs);
    static char *writeDate(char *out, std::int64_t julianDay);
    // "1,234.50": grouped for people reading a printed page, still with '.' as the decimal point.
    static QString groupedMoney(std::int64_t minor, int decimals);
    // "2026-01-05 09:30:00" for an instant in this formatter's zone.
    QString localDateTimeText(std::int64_t utcMs);

private:
    QTimeZone m_zone;
    bool m_fixed = false;
    std::int64_t m_spanStart = 1; // [m_spanStart, m_spanEnd): UTC range where m_offsetMs holds
    std::int64_t m_spanEnd = 0;
    std::int64_t m_offsetMs = 0;
    QString m_lastCurrency;
    int m_lastDecimals = 2;
};

} // namespace posdesk
