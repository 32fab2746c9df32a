#include "security/PanProtector.h"

#include <QCoreApplication>

#include <sodium.h>

namespace posdesk {

PanProtector::PanProtector(const DataProtection &protection)
    : m_key(protection.subkey(DataProtection::Purpose::PanHmac))
{}

bool PanProtector::isPan(QStringView pan)
{
    if (pan.size() < 12 || pan.size() > 19)
        return false;
    for (QChar c : pan) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString PanProtector::mask(QStringView pan)
{
    if (!isPan(pan))
        return QString(pan.size(), u'*');
    return pan.first(6).toString() + QString(pan.size() - 10, u'*') + pan.last(4).toString();
}

Result<QByteArray> PanProtector::hmac(QStringView pan) const
{
    if (!isPan(pan))
        return Error::usage(QCoreApplication::translate("posdesk::PanProtector",
                                                        "That is not a card number: a PAN has 12 to 19 digits."));
    // The digits are ASCII; copied into a buffer that is wiped, not a QByteArray that could linger.
    SecureBuffer digits(std::size_t(pan.size()));
    for (qsizetype i = 0; i < pan.size(); ++i)
        digits.data()[i] = static_cast<unsigned char>(pan[i].unicode());
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char *>(out.data()), digits.data(), digits.size(), m_key.data());
    return out;
}

Result<QByteArray> PanProtector::hmacDigits(QByteArrayView pan) const
{
    bool digitsOnly = pan.size() >= 12 && pan.size() <= 19;
    for (char c : pan)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    if (!digitsOnly)
        return Error::usage(QCoreApplication::translate("posdesk::PanProtector",
                                                        "That is not a card number: a PAN has 12 to 19 digits."));
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char *>(out.data()),
                           reinterpret_cast<const unsigned char *>(pan.data()), std::size_t(pan.size()), m_key.data());
    return out;
}

Result<PanProtector::Protected> PanProtector::protect(QStringView pan) const
{
    auto h = hmac(pan);
    if (!h)
        return h.error();
    return Protected{mask(pan), *h};
}

} // namespace posdesk
