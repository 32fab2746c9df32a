#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>

#include <optional>

namespace posdesk::emv {

// A certification authority's public key for offline data authentication (downloaded from the host, 60.3 = 370).
struct CaPublicKey
{
    QByteArray rid;   // 5 bytes, A000000333 for UnionPay
    quint8 index = 0; // 9F22 / the card's 8F
    QByteArray modulus;
    QByteArray exponent;
    QDate expiry;
};

// Where the chip application looks the CA keys up (the acquirer's downloaded keys in the shop).
class CaKeyLookup
{
public:
    virtual ~CaKeyLookup() = default;
    virtual std::optional<CaPublicKey> find(QByteArrayView rid, quint8 index) const = 0;
};

enum class OdaMethod : quint8
{
    None,
    Sda,
    Dda,
};

// A public key recovered from a certificate.
struct RecoveredKey
{
    QByteArray modulus;
    QByteArray exponent;
};

// What the card presented for offline data authentication (EMV Book 2, sections 5 and 6).
struct OdaCardData
{
    QByteArrayView issuerCertificate; // 90
    QByteArrayView issuerRemainder;   // 92
    QByteArrayView issuerExponent;    // 9F32
    QByteArrayView iccCertificate;    // 9F46
    QByteArrayView iccRemainder;      // 9F48
    QByteArrayView iccExponent;       // 9F47
    QByteArrayView panDigits;         // ASCII digits of 5A, to check the certificates' identifiers
    QByteArrayView staticData;        // the records the AFL names, plus the AIP when 9F4A asks
};

// Each check returns Error::corrupt with a detail naming what failed; the caller records the failure in TVR.
Result<RecoveredKey> recoverIssuerKey(const CaPublicKey &ca, const OdaCardData &card, QDate today);
Result<RecoveredKey> recoverIccKey(const RecoveredKey &issuer, const OdaCardData &card, QDate today);
Result<void> verifySignedStaticData(const RecoveredKey &issuer, QByteArrayView signedStatic, QByteArrayView staticData);
Result<void> verifySignedDynamicData(const RecoveredKey &icc, QByteArrayView signedDynamic, QByteArrayView ddolData);

// SHA-1(RID || index || modulus || exponent), the checksum a downloaded CA key carries (DF03).
QByteArray caKeyChecksum(const CaPublicKey &key);

// The raw RSA public operation (signature ^ exponent mod modulus), left-padded to the modulus length.
Result<QByteArray> rsaRecover(QByteArrayView signature, QByteArrayView modulus, QByteArrayView exponent);

} // namespace posdesk::emv
