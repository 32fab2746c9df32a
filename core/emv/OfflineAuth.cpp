#include "emv/OfflineAuth.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/bn.h>

#include <memory>

namespace posdesk::emv {

namespace {

Error failed(const QString &detail)
{
    return Error::corrupt(
        QCoreApplication::translate("posdesk::emv::OfflineAuth", "The chip card failed its offline authentication."),
        detail);
}

QByteArray sha1(QByteArrayView a, QByteArrayView b = {}, QByteArrayView c = {}, QByteArrayView d = {})
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(a);
    hash.addData(b);
    hash.addData(c);
    hash.addData(d);
    return hash.result();
}

// MMYY in BCD → the last day of that month; invalid → null date.
QDate certificateExpiry(QByteArrayView mmyy)
{
    const QByteArray digits = mmyy.toByteArray().toHex();
    bool okMonth = false, okYear = false;
    const int month = digits.left(2).toInt(&okMonth);
    const int year = 2000 + digits.mid(2, 2).toInt(&okYear);
    if (!okMonth || !okYear || month < 1 || month > 12)
        return {};
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

// The identifier in a certificate: BCD digits right-padded with F; it must be a prefix of the PAN (issuer cert,
// 3..8 digits) or equal to it (ICC cert).
bool identifierMatches(QByteArrayView bcd, QByteArrayView pan, bool wholePan)
{
    QByteArray digits = bcd.toByteArray().toHex().toUpper();
    const qsizetype f = digits.indexOf('F');
    if (f >= 0) {
        if (digits.mid(f).count('F') != digits.size() - f)
            return false;
        digits.truncate(f);
    }
    const bool match = wholePan ? digits == pan : (digits.size() >= 3 && pan.startsWith(digits));
    digits.fill('\0');
    return match;
}

// Recovers a certificate and checks its frame (6A … BC), format and hash; returns the recovered bytes.
Result<QByteArray> openCertificate(QByteArrayView certificate, const QByteArray &modulus, const QByteArray &exponent,
                                   quint8 format, const char *what)
{
    if (certificate.size() != modulus.size())
        return failed(QStringLiteral("%1: %2 bytes for a %3-byte key")
                          .arg(QLatin1String(what))
                          .arg(certificate.size())
                          .arg(modulus.size()));
    auto recovered = rsaRecover(certificate, modulus, exponent);
    if (!recovered)
        return recovered.error();
    const QByteArray &r = *recovered;
    if (static_cast<quint8>(r.front()) != 0x6A || static_cast<quint8>(r.back()) != 0xBC)
        return failed(QStringLiteral("%1: no 6A/BC frame").arg(QLatin1String(what)));
    if (static_cast<quint8>(r[1]) != format)
        return failed(QStringLiteral("%1: format %2").arg(QLatin1String(what)).arg(static_cast<quint8>(r[1])));
    return recovered;
}

struct BnFree
{
    void operator()(BIGNUM *b) const { BN_clear_free(b); }
    void operator()(BN_CTX *c) const { BN_CTX_free(c); }
};

} // namespace

Result<QByteArray> rsaRecover(QByteArrayView signature, QByteArrayView modulus, QByteArrayView exponent)
{
    const auto bn = [](QByteArrayView bytes) {
        return std::unique_ptr<BIGNUM, BnFree>(
            BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.data()), int(bytes.size()), nullptr));
    };
    auto s = bn(signature), n = bn(modulus), e = bn(exponent);
    std::unique_ptr<BIGNUM, BnFree> out(BN_new());
    std::unique_ptr<BN_CTX, BnFree> ctx(BN_CTX_new());
    if (!s || !n || !e || !out || !ctx || BN_is_zero(n.get()) || BN_cmp(s.get(), n.get()) >= 0)
        return failed(QStringLiteral("RSA input out of range"));
    if (!BN_mod_exp(out.get(), s.get(), e.get(), n.get(), ctx.get()))
        return failed(QStringLiteral("RSA operation failed"));
    QByteArray result(modulus.size(), '\0');
    if (BN_bn2binpad(out.get(), reinterpret_cast<unsigned char *>(result.data()), int(result.size())) < 0)
        return failed(QStringLiteral("RSA result too long"));
    return result;
}

QByteArray caKeyChecksum(const CaPublicKey &key)
{
    return sha1(key.rid, QByteArray(1, static_cast<char>(key.index)), key.modulus, key.exponent);
}

Result<RecoveredKey> recoverIssuerKey(const CaPublicKey &ca, const OdaCardData &card, QDate today)
{
    if (ca.expiry.isValid() && ca.expiry < today)
        return failed(QStringLiteral("CA key %1/%2 expired").arg(QLatin1String(ca.rid.toHex())).arg(ca.index));
    auto opened = openCertificate(card.issuerCertificate, ca.modulus, ca.exponent, 0x02, "issuer certificate");
    if (!opened)
        return opened.error();
    const QByteArray &r = *opened;
    const qsizetype n = r.size();
    if (n < 36 + 1)
        return failed(QStringLiteral("issuer certificate too short"));
    // Hash over format .. leftmost key digits, then the remainder and the exponent.
    const QByteArray hash = sha1(QByteArrayView(r).sliced(1, n - 22), card.issuerRemainder, card.issuerExponent);
    if (hash != QByteArrayView(r).sliced(n - 21, 20))
        return failed(QStringLiteral("issuer certificate hash differs"));
    if (!identifierMatches(QByteArrayView(r).sliced(2, 4), card.panDigits, false))
        return failed(QStringLiteral("issuer identifier does not match the PAN"));
    const QDate expiry = certificateExpiry(QByteArrayView(r).sliced(6, 2));
    if (!expiry.isValid() || expiry < today)
        return failed(QStringLiteral("issuer certificate expired or undated"));
    if (r[11] != 0x01 || r[12] != 0x01)
        return failed(QStringLiteral("issuer certificate algorithm not SHA-1/RSA"));
    const int keyLength = static_cast<quint8>(r[13]);
    const int exponentLength = static_cast<quint8>(r[14]);
    if (exponentLength != card.issuerExponent.size())
        return failed(QStringLiteral("issuer exponent length differs"));
    const qsizetype inCertificate = n - 36;
    RecoveredKey key;
    if (keyLength <= inCertificate) {
        key.modulus = QByteArrayView(r).sliced(15, keyLength).toByteArray();
    } else {
        if (card.issuerRemainder.size() != keyLength - inCertificate)
            return failed(QStringLiteral("issuer key remainder missing or of the wrong length"));
        key.modulus = QByteArrayView(r).sliced(15, inCertificate).toByteArray() + card.issuerRemainder.toByteArray();
    }
    key.exponent = card.issuerExponent.toByteArray();
    return key;
}

Result<RecoveredKey> recoverIccKey(const RecoveredKey &issuer, const OdaCardData &card, QDate today)
{
    auto opened = openCertificate(card.iccCertificate, issuer.modulus, issuer.exponent, 0x04, "ICC certificate");
    if (!opened)
        return opened.error();
    QByteArray &r = *opened;
    const qsizetype n = r.size();
    if (n < 42 + 1) {
        r.fill('\0');
        return failed(QStringLiteral("ICC certificate too short"));
    }
    const QByteArray hash =
        sha1(QByteArrayView(r).sliced(1, n - 22), card.iccRemainder, card.iccExponent, card.staticData);
    const bool hashOk = hash == QByteArrayView(r).sliced(n - 21, 20);
    const bool panOk = identifierMatches(QByteArrayView(r).sliced(2, 10), card.panDigits, true);
    const QDate expiry = certificateExpiry(QByteArrayView(r).sliced(12, 2));
    const int keyLength = static_cast<quint8>(r[19]);
    const qsizetype inCertificate = n - 42;
    RecoveredKey key;
    if (keyLength <= inCertificate)
        key.modulus = QByteArrayView(r).sliced(21, keyLength).toByteArray();
    else if (card.iccRemainder.size() == keyLength - inCertificate)
        key.modulus = QByteArrayView(r).sliced(21, inCertificate).toByteArray() + card.iccRemainder.toByteArray();
    r.fill('\0'); // it carries the PAN
    if (!hashOk)
        return failed(QStringLiteral("ICC certificate hash differs"));
    if (!panOk)
        return failed(QStringLiteral("ICC certificate is for another card"));
    if (!expiry.isValid() || expiry < today)
        return failed(QStringLiteral("ICC certificate expired or undated"));
    if (key.modulus.isEmpty())
        return failed(QStringLiteral("ICC key remainder missing or of the wrong length"));
    key.exponent = card.iccExponent.toByteArray();
    return key;
}

Result<void> verifySignedStaticData(const RecoveredKey &issuer, QByteArrayView signedStatic, QByteArrayView staticData)
{
    auto opened = openCertificate(signedStatic, issuer.modulus, issuer.exponent, 0x03, "signed static data");
    if (!opened)
        return opened.error();
    const QByteArray &r = *opened;
    const qsizetype n = r.size();
    if (sha1(QByteArrayView(r).sliced(1, n - 22), staticData) != QByteArrayView(r).sliced(n - 21, 20))
        return failed(QStringLiteral("signed static data hash differs"));
    return {};
}

Result<void> verifySignedDynamicData(const RecoveredKey &icc, QByteArrayView signedDynamic, QByteArrayView ddolData)
{
    auto opened = openCertificate(signedDynamic, icc.modulus, icc.exponent, 0x05, "signed dynamic data");
    if (!opened)
        return opened.error();
    const QByteArray &r = *opened;
    const qsizetype n = r.size();
    if (sha1(QByteArrayView(r).sliced(1, n - 22), ddolData) != QByteArrayView(r).sliced(n - 21, 20))
        return failed(QStringLiteral("signed dynamic data hash differs"));
    return {};
}

} // namespace posdesk::emv
