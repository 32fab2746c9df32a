#include "card/CardData.h"

namespace posdesk {

namespace {

bool startsWithAny(QByteArrayView pan, std::initializer_list<const char *> prefixes)
{
    for (const char *p : prefixes) {
        if (pan.startsWith(QByteArrayView(p)))
            return true;
    }
    return false;
}

// The first n digits as a number, for BIN ranges.
int leadingNumber(QByteArrayView pan, int n)
{
    int v = 0;
    for (int i = 0; i < n && i < pan.size(); ++i)
        v = v * 10 + (pan[i] - '0');
    return v;
}

} // namespace

CardData CardData::fromChip(QByteArrayView pan, QByteArrayView track2Equivalent, const QString &expiryYymm,
                            const QString &serviceCode)
{
    CardData c;
    c.m_pan = SecureBytes(pan);
    c.m_track2 = SecureBytes(track2Equivalent);
    c.m_expiry = expiryYymm;
    c.m_serviceCode = serviceCode;
    return c;
}

QString CardData::masked() const
{
    const QByteArrayView p = m_pan.view();
    if (p.size() < 10)
        return QString(p.size(), u'*');
    QString out = QString::fromLatin1(p.first(6));
    out += QString(p.size() - 10, u'*');
    out += QString::fromLatin1(p.last(4));
    return out;
}

QString CardData::last4() const
{
    const QByteArrayView p = m_pan.view();
    return p.size() < 4 ? QString() : QString::fromLatin1(p.last(4));
}

QString CardData::schemeName() const
{
    const QByteArrayView p = m_pan.view();
    if (p.size() < 6)
        return {};
    // UnionPay before the others: 62 is its range, and some co-branded cards also match Discover.
    if (p.startsWith("62") || p.startsWith("81"))
        return QStringLiteral("UnionPay");
    if (p.startsWith("4"))
        return QStringLiteral("Visa");
    const int two = leadingNumber(p, 2);
    const int four = leadingNumber(p, 4);
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("Mastercard");
    if (startsWithAny(p, {"34", "37"}))
        return QStringLiteral("American Express");
    if (four >= 3528 && four <= 3589)
        return QStringLiteral("JCB");
    return {};
}

int CardData::expiryYear() const
{
    return m_expiry.size() == 4 ? 2000 + QStringView(m_expiry).first(2).toInt() : 0;
}

int CardData::expiryMonth() const
{
    return m_expiry.size() == 4 ? QStringView(m_expiry).last(2).toInt() : 0;
}

bool CardData::isExpiredOn(const QDate &today) const
{
    const QDate firstOfMonth(expiryYear(), expiryMonth(), 1);
    if (!firstOfMonth.isValid())
        return true;
    return today > firstOfMonth.addDays(firstOfMonth.daysInMonth() - 1);
}

bool CardData::isChipCard() const
{
    return !m_serviceCode.isEmpty() && (m_serviceCode[0] == u'2' || m_serviceCode[0] == u'6');
}

void CardData::wipe()
{
    m_pan.clear();
    m_track1.clear();
    m_track2.clear();
    m_name.clear();
    m_expiry.clear();
    m_serviceCode.clear();
}

} // namespace posdesk
