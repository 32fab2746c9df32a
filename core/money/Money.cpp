#include "money/Money.h"

#include <QCoreApplication>

#include <array>
#include <limits>

namespace posdesk {

namespace {

struct CurrencyInfo
{
    const char *alpha;
    const char *numeric;
    int decimals;
};

// The currencies a Chinese acquirer meets; unknown codes default to 2 decimals.
constexpr std::array<CurrencyInfo, 14> kCurrencies{{
    {"CNY", "156", 2},
    {"HKD", "344", 2},
    {"MOP", "446", 2},
    {"TWD", "901", 2},
    {"USD", "840", 2},
    {"EUR", "978", 2},
    {"GBP", "826", 2},
    {"JPY", "392", 0},
    {"KRW", "410", 0},
    {"SGD", "702", 2},
    {"THB", "764", 2},
    {"AUD", "036", 2},
    {"KWD", "414", 3},
    {"BHD", "048", 3},
}};

const CurrencyInfo *find(const QString &alpha)
{
    for (const auto &c : kCurrencies) {
        if (alpha == QLatin1String(c.alpha))
            return &c;
    }
    return nullptr;
}

} // namespace

Money::Money(std::int64_t minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

int Money::decimalsOf(const QString &currency)
{
    const auto *c = find(currency);
    return c ? c->decimals : 2;
}

QString Money::numericCodeOf(const QString &currency)
{
    const auto *c = find(currency);
    return c ? QString::fromLatin1(c->numeric) : QString();
}

QString Money::alphaCodeOf(const QString &numeric)
{
    for (const auto &c : kCurrencies) {
        if (numeric == QLatin1String(c.numeric))
            return QString::fromLatin1(c.alpha);
    }
    return {};
}

Result<Money> Money::parse(const QString &input, const QString &currency)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::usage(
            QCoreApplication::translate("posdesk::Money", "The amount is empty. Enter an amount such as 12.34."));
    if (currency.size() != 3)
        return Error::usage(
            QCoreApplication::translate("posdesk::Money", "“%1” is not an ISO 4217 currency code.").arg(currency));

    const int decimals = decimalsOf(currency);
    int pos = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        pos = 1;
    }
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t units = 0;
    int fractionDigits = -1; // -1: no decimal point seen yet
    bool anyDigit = false;
    for (; pos < text.size(); ++pos) {
        const QChar ch = text[pos];
        if (ch.isDigit() && ch.unicode() < 128) {
            const int d = ch.unicode() - u'0';
            if (fractionDigits >= 0) {
                if (++fractionDigits > decimals)
                    return Error::usage(
                        QCoreApplication::translate("posdesk::Money", "“%1” has more than %2 decimal places.")
                            .arg(text)
                            .arg(decimals));
            }
            if (units > (kMax - d) / 10)
                return Error::usage(QCoreApplication::translate("posdesk::Money", "“%1” is too large.").arg(text));
            units = units * 10 + d;
            anyDigit = true;
        } else if (ch == u'.' && fractionDigits < 0 && decimals > 0) {
            fractionDigits = 0;
        } else if (ch == u',' || ch == u'\uFF0C') {
            // "12,34" is 12.34 in half the world and 1234 in the other half: never guess, ask again.
            return Error::usage(QCoreApplication::translate("posdesk::Money",
                                                            "“%1” has a comma. Write the amount with digits and a "
                                                            "decimal point only, such as 1234.50.")
                                    .arg(text));
        } else {
            return Error::usage(
                QCoreApplication::translate("posdesk::Money",
                                            "“%1” is not an amount. Use digits and a decimal point, such as 12.34.")
                    .arg(text));
        }
    }
    if (!anyDigit)
        return Error::usage(
            QCoreApplication::translate("posdesk::Money",
                                        "“%1” is not an amount. Use digits and a decimal point, such as 12.34.")
                .arg(text));
    for (int i = std::max(fractionDigits, 0); i < decimals; ++i) {
        if (units > kMax / 10)
            return Error::usage(QCoreApplication::translate("posdesk::Money", "“%1” is too large.").arg(text));
        units *= 10;
    }
    return Money(negative ? -units : units, currency);
}

QString Money::toPlainString() const
{
    const int decimals = decimalsOf(m_currency);
    // Work in unsigned so that INT64_MIN formats correctly.
    const bool negative = m_minor < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(m_minor) : std::uint64_t(m_minor);
    std::uint64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(magnitude / scale);
    if (decimals > 0)
        out += u'.' + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return out;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const int decimals = decimalsOf(m_currency);
    const bool negative = m_minor < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(m_minor) : std::uint64_t(m_minor);
    std::uint64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString number = locale.toString(qulonglong(magnitude / scale));
    if (decimals > 0)
        number += locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    QString symbol;
    if (m_currency == u"CNY")
        symbol = QStringLiteral("¥");
    else if (m_currency == u"USD")
        symbol = QStringLiteral("$");
    else if (m_currency == u"EUR")
        symbol = QStringLiteral("€");
    else
        symbol = m_currency + u' ';
    return (negative ? locale.negativeSign() : QString()) + symbol + number;
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return Error::refused(
            QCoreApplication::translate("posdesk::Money", "Cannot add %1 to %2.").arg(other.m_currency, m_currency));
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    if ((other.m_minor > 0 && m_minor > kMax - other.m_minor) || (other.m_minor < 0 && m_minor < kMin - other.m_minor))
        return Error::refused(QCoreApplication::translate("posdesk::Money", "The sum is too large."));
    return Money(m_minor + other.m_minor, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_minor == std::numeric_limits<std::int64_t>::min())
        return Error::refused(QCoreApplication::translate("posdesk::Money", "The sum is too large."));
    return plus(other.negated());
}

} // namespace posdesk
