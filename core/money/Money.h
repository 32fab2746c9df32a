#pragma once

#include "util/Result.h"

#include <QLocale>
#include <QString>

#include <cstdint>

namespace posdesk {

// An exact amount: integer minor units (fen for CNY) plus an ISO 4217 currency code.
class Money
{
public:
    Money() = default;
    Money(std::int64_t minor, QString currency);

    static Money cny(std::int64_t fen) { return Money(fen, QStringLiteral("CNY")); }
    // Parses "12.34", "-0.5" into minor units. Refuses a comma (decimal or group separator? never guessed), more
    // decimals than the currency has, an empty text, letters and overflow.
    static Result<Money> parse(const QString &text, const QString &currency = QStringLiteral("CNY"));

    std::int64_t minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Decimal places of the currency (ISO 4217 exponent): 2 for CNY, 0 for JPY/KRW, 3 for KWD/BHD.
    static int decimalsOf(const QString &currency);
    // ISO 4217 numeric code ("156" for CNY), empty when unknown.
    static QString numericCodeOf(const QString &currency);
    static QString alphaCodeOf(const QString &numeric);

    // Plain "-1234.50": no grouping, '.' decimal point; for files and protocols.
    QString toPlainString() const;
    // Grouped, locale-aware, with the currency symbol: "¥1,234.50", "-¥0.05".
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Money negated() const { return Money(-m_minor, m_currency); }

    bool operator==(const Money &o) const = default;

private:
    std::int64_t m_minor = 0;
    QString m_currency = QStringLiteral("CNY");
};

} // namespace posdesk
