#include "security/PasswordHasher.h"

#include "security/SecureBuffer.h"
#include "security/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace posdesk {

namespace {

// The UTF-8 bytes in a buffer that is wiped afterwards; the temporary QByteArray is wiped too.
SecureBuffer utf8Secret(const QString &password)
{
    QByteArray bytes = PasswordHasher::normalized(password).toUtf8();
    SecureBuffer out{QByteArrayView(bytes)};
    sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    return out;
}

} // namespace

QString PasswordHasher::normalized(const QString &password)
{
    return password.normalized(QString::NormalizationForm_KC);
}

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (auto s = ensureSodium(); !s)
        return s.error();
    const SecureBuffer secret = utf8Secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, reinterpret_cast<const char *>(secret.data()), secret.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::environment(QCoreApplication::translate(
            "posdesk::PasswordHasher",
            "Not enough memory to hash the password (argon2id needs 64 MiB). Close other programs and try again."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!ensureSodium() || !storedHash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const SecureBuffer secret = utf8Secret(password);
    return crypto_pwhash_str_verify(stored.constData(), reinterpret_cast<const char *>(secret.data()), secret.size()) ==
           0;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    // 1: other parameters; -1: not an argon2id string at all. Either way a fresh hash is due.
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace posdesk
