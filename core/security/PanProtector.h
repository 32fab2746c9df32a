#pragma once

#include "security/DataProtection.h"

#include <QByteArray>
#include <QString>

namespace posdesk {

// What may be kept of a card number: the masked form for display and a keyed hash for matching
// (PCI DSS v4 req. 3.4 and 3.5). The full PAN is never stored, logged, or put into a message.
class PanProtector
{
public:
    explicit PanProtector(const DataProtection &protection);

    struct Protected
    {
        QString masked;  // first 6, '*' between, last 4
        QByteArray hmac; // HMAC-SHA256 under the local PAN key, 32 bytes
    };

    // Usage error (without the digits) unless pan is 12 to 19 digits.
    Result<QByteArray> hmac(QStringView pan) const;
    Result<Protected> protect(QStringView pan) const;
    // The same for ASCII digits straight out of a wiped card buffer, so no QString copy of the PAN is made.
    Result<QByteArray> hmacDigits(QByteArrayView pan) const;

    // First 6 / last 4 with '*' between. Anything that is not 12 to 19 digits comes back as all '*', so a
    // malformed value (a track, a swapped field) cannot leak through.
    static QString mask(QStringView pan);
    static bool isPan(QStringView pan);

private:
    SecureBuffer m_key;
};

} // namespace posdesk
