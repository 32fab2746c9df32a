#include "security/DataProtection.h"

#include "security/KeyFile.h"
#include "security/OsKeychain.h"
#include "security/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>

namespace posdesk {

namespace {

constexpr unsigned char kFormatVersion = 1;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "PosDeskK";
constexpr std::size_t kHeader = 1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

static_assert(DataProtection::kKeySize == crypto_kdf_KEYBYTES);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);

// The version byte is authenticated with the caller's data, so it cannot be changed to reinterpret the rest.
QByteArray additionalData(QByteArrayView associatedData)
{
    QByteArray ad;
    ad.append(char(kFormatVersion));
    ad.append(associatedData.data(), associatedData.size());
    return ad;
}

Result<SecureBuffer> keyFromFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return KeyFile::read(path, DataProtection::kKeySize);
    SecureBuffer fresh(DataProtection::kKeySize);
    crypto_kdf_keygen(fresh.data());
    return KeyFile::create(path, fresh);
}

} // namespace

DataProtection::DataProtection(SecureBuffer key, Source source, QString location)
    : m_key(std::move(key)), m_source(source), m_location(std::move(location))
{
    m_encryptionKey = subkey(Purpose::Encryption);
}

DataProtection::Options DataProtection::defaultOptions(const DbConfig &db)
{
    Options o;
    if (db.engine == DbEngine::Sqlite) {
        o.keyFilePath = db.sqlitePath + QStringLiteral(".key");
    } else {
        o.keyFilePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("data-protection.key"));
    }
    o.keychainEntry = QStringLiteral("data-protection-key ") + db.describe();
    const QString keyFile = qEnvironmentVariable("POSDESK_KEY_FILE");
    if (!keyFile.isEmpty())
        o.keyFilePath = keyFile;
    if (qEnvironmentVariable("POSDESK_KEYCHAIN").compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        o.backend = Backend::FileOnly;
    return o;
}

std::unique_ptr<DataProtection> DataProtection::fromKey(SecureBuffer key)
{
    return std::unique_ptr<DataProtection>(new DataProtection(std::move(key), Source::KeyFile, QString()));
}

Result<std::unique_ptr<DataProtection>> DataProtection::open(const Options &options)
{
    if (auto s = ensureSodium(); !s)
        return s.error();
    if (options.keyFilePath.isEmpty())
        return Error::usage(QCoreApplication::translate("posdesk::DataProtection",
                                                        "No path was given for the data-protection key file."));
    const auto fromFile = [&]() -> Result<std::unique_ptr<DataProtection>> {
        auto key = keyFromFile(options.keyFilePath);
        if (!key)
            return key.error();
        return std::unique_ptr<DataProtection>(
            new DataProtection(std::move(*key), Source::KeyFile, QDir::toNativeSeparators(options.keyFilePath)));
    };
    // An existing key file wins over the keychain: it was made because the keychain was missing once, and the
    // data already encrypted depends on it.
    if (options.backend == Backend::FileOnly || QFileInfo::exists(options.keyFilePath))
        return fromFile();

    auto found = OsKeychain::read(options.keychainService, options.keychainEntry);
    if (!found)
        return found.error();
    const QString entry = options.keychainService + u'/' + options.keychainEntry;
    const auto keychainKey = [&](SecureBuffer key) {
        return std::unique_ptr<DataProtection>(new DataProtection(std::move(key), Source::Keychain, entry));
    };
    switch (found->state) {
    case OsKeychain::State::Found:
        if (found->secret.size() != kKeySize)
            return Error::corrupt(
                QCoreApplication::translate("posdesk::DataProtection",
                                            "The data-protection key in the keychain entry %1 has the wrong length. "
                                            "Restore it, or remove the entry and load the terminal keys again.")
                    .arg(entry));
        return keychainKey(std::move(found->secret));
    case OsKeychain::State::Missing: {
        SecureBuffer fresh(kKeySize);
        crypto_kdf_keygen(fresh.data());
        if (OsKeychain::write(options.keychainService, options.keychainEntry, fresh))
            return keychainKey(std::move(fresh));
        break; // the keychain reads but does not store: use a file
    }
    case OsKeychain::State::Unavailable:
        break;
    }
    return fromFile();
}

QString DataProtection::keyId() const
{
    const SecureBuffer check = subkey(Purpose::KeyCheck);
    return QString::fromLatin1(check.view().first(8).toByteArray().toHex());
}

SecureBuffer DataProtection::subkey(Purpose purpose) const
{
    SecureBuffer out(32);
    crypto_kdf_derive_from_key(out.data(), out.size(), std::uint64_t(purpose), kKdfContext, m_key.data());
    return out;
}

Result<QByteArray> DataProtection::encrypt(QByteArrayView plain, QByteArrayView associatedData) const
{
    const SecureBuffer &key = m_encryptionKey;
    const QByteArray ad = additionalData(associatedData);
    QByteArray out(qsizetype(kHeader + std::size_t(plain.size()) + kTag), Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    bytes[0] = kFormatVersion;
    randombytes_buf(bytes + 1, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            bytes + kHeader, &written, reinterpret_cast<const unsigned char *>(plain.data()), std::size_t(plain.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()), nullptr, bytes + 1,
            key.data()) != 0)
        return Error::internal(QCoreApplication::translate("posdesk::DataProtection", "Encryption failed."));
    out.truncate(qsizetype(kHeader + written));
    return out;
}

Result<SecureBuffer> DataProtection::decrypt(QByteArrayView sealed, QByteArrayView associatedData) const
{
    if (std::size_t(sealed.size()) < kHeader + kTag || static_cast<unsigned char>(sealed.at(0)) != kFormatVersion)
        return Error::corrupt(QCoreApplication::translate("posdesk::DataProtection",
                                                          "The encrypted data is damaged or in an unknown format."));
    const SecureBuffer &key = m_encryptionKey;
    const QByteArray ad = additionalData(associatedData);
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.data());
    SecureBuffer plain(std::size_t(sealed.size()) - kHeader - kTag);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &written, nullptr, bytes + kHeader,
                                                   std::size_t(sealed.size()) - kHeader,
                                                   reinterpret_cast<const unsigned char *>(ad.constData()),
                                                   std::size_t(ad.size()), bytes + 1, key.data()) != 0)
        return Error::corrupt(QCoreApplication::translate(
            "posdesk::DataProtection",
            "The encrypted data does not check out: it was altered, belongs to another record, "
            "or was made under another data-protection key."));
    return plain;
}

} // namespace posdesk
