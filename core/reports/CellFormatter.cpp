#include "reports/CellFormatter.h"

#include "money/Money.h"

namespace posdesk {

namespace {

constexpr std::int64_t kDayMs = 86400000;
constexpr std::int64_t kMinSpan = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMaxSpan = std::numeric_limits<std::int64_t>::max();

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Writes `value` in decimal, zero-padded to `width`.
char *writeDigits(char *out, std::uint64_t value, int width)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n < width)
        buf[n++] = '0';
    while (n > 0)
        *out++ = buf[--n];
    return out;
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = std::int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2 ? 1 : 0;
}

char *writeCivilDay(char *out, std::int64_t daysSinceEpoch)
{
    std::int64_t y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(daysSinceEpoch, y, m, d);
    if (y < 0) {
        *out++ = '-';
        y = -y;
    }
    out = writeDigits(out, std::uint64_t(y), 4);
    *out++ = '-';
    out = writeDigits(out, m, 2);
    *out++ = '-';
    return writeDigits(out, d, 2);
}

constexpr std::int64_t kJulianDayOfEpoch = 2440588; // QDate(1970, 1, 1).toJulianDay()

} // namespace

CellFormatter::CellFormatter(const QTimeZone &zone) : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    m_fixed = !m_zone.hasTransitions();
    if (m_fixed) {
        m_offsetMs = std::int64_t(m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc())) * 1000;
        m_spanStart = kMinSpan;
        m_spanEnd = kMaxSpan;
    }
}

std::int64_t CellFormatter::toLocalMs(std::int64_t utcMs)
{
    if (utcMs < m_spanStart || utcMs >= m_spanEnd) {
        // Recompute only when an offset change is crossed: rows come in time order, so this is rare.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
        m_offsetMs = std::int64_t(m_zone.offsetFromUtc(at)) * 1000;
        const auto next = m_zone.nextTransition(at);
        const auto previous = m_zone.previousTransition(at.addMSecs(1));
        m_spanEnd = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : kMaxSpan;
        m_spanStart = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : kMinSpan;
        if (m_spanStart > utcMs || m_spanEnd <= utcMs) {
            // A zone without usable transition data: trust the offset for this one instant only.
            m_spanStart = utcMs;
            m_spanEnd = utcMs + 1;
        }
    }
    return utcMs + m_offsetMs;
}

QDate CellFormatter::localDate(std::int64_t utcMs)
{
    return QDate::fromJulianDay(floorDiv(toLocalMs(utcMs), kDayMs) + kJulianDayOfEpoch);
}

int CellFormatter::decimalsOf(const QString &currency)
{
    if (currency != m_lastCurrency) {
        m_lastCurrency = currency;
        m_lastDecimals = Money::decimalsOf(currency);
    }
    return m_lastDecimals;
}

char *CellFormatter::writeMoney(char *out, std::int64_t minor, int decimals)
{
    // Unsigned, so that INT64_MIN formats too (the same rule as Money::toPlainString).
    const bool negative = minor < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(minor) : std::uint64_t(minor);
    std::uint64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    if (negative)
        *out++ = '-';
    out = writeDigits(out, magnitude / scale, 1);
    if (decimals > 0) {
        *out++ = '.';
        out = writeDigits(out, magnitude % scale, decimals);
    }
    return out;
}

QString CellFormatter::groupedMoney(std::int64_t minor, int decimals)
{
    char buf[kMaxNumericBytes];
    QByteArray plain(buf, writeMoney(buf, minor, decimals) - buf);
    const qsizetype sign = plain.startsWith('-') ? 1 : 0;
    qsizetype point = plain.indexOf('.');
    if (point < 0)
        point = plain.size();
    for (qsizetype i = point - 3; i > sign; i -= 3)
        plain.insert(i, ',');
    return QString::fromLatin1(plain);
}

char *CellFormatter::writeLocalDateTime(char *out, std::int64_t localMs)
{
    const std::int64_t days = floorDiv(localMs, kDayMs);
    const std::int64_t secondOfDay = (localMs - days * kDayMs) / 1000;
    out = writeCivilDay(out, days);
    *out++ = ' ';
    out = writeDigits(out, std::uint64_t(secondOfDay / 3600), 2);
    *out++ = ':';
    out = writeDigits(out, std::uint64_t(secondOfDay / 60 % 60), 2);
    *out++ = ':';
    return writeDigits(out, std::uint64_t(secondOfDay % 60), 2);
}

char *CellFormatter::writeDate(char *out, std::int64_t julianDay)
{
    return writeCivilDay(out, julianDay - kJulianDayOfEpoch);
}

char *CellFormatter::writeNumeric(char *out, ColumnType type, const ReportCell &cell)
{
    if (cell.null)
        return out;
    switch (type) {
    case ColumnType::Text:
        return out; // text goes through the writers' own encoders
    case ColumnType::Integer:
        if (cell.number < 0) {
            *out++ = '-';
            return writeDigits(out, std::uint64_t(0) - std::uint64_t(cell.number), 1);
        }
        return writeDigits(out, std::uint64_t(cell.number), 1);
    case ColumnType::Money:
        return writeMoney(out, cell.number, decimalsOf(cell.text));
    case ColumnType::DateTime:
        return writeLocalDateTime(out, toLocalMs(cell.number));
    case ColumnType::Date:
        return writeDate(out, cell.number);
    }
    return out;
}

void CellFormatter::appendUtf8(QByteArray &out, ColumnType type, const ReportCell &cell)
{
    if (type == ColumnType::Text) {
        if (!cell.null)
            out.append(cell.text.toUtf8());
        return;
    }
    char buf[kMaxNumericBytes];
    out.append(buf, writeNumeric(buf, type, cell) - buf);
}

QString CellFormatter::localDateTimeText(std::int64_t utcMs)
{
    char buf[kMaxNumericBytes];
    return QString::fromLatin1(buf, writeLocalDateTime(buf, toLocalMs(utcMs)) - buf);
}

QString CellFormatter::text(ColumnType type, const ReportCell &cell)
{
    if (type == ColumnType::Text)
        return cell.null ? QString() : cell.text;
    char buf[kMaxNumericBytes];
    return QString::fromLatin1(buf, writeNumeric(buf, type, cell) - buf);
}

} // namespace posdesk
