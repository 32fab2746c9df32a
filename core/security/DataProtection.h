#pragma once

#include "security/SecureBuffer.h"
#include "storage/DbConfig.h"

#include <memory>

namespace posdesk {

// The local data-protection key (32 random bytes) and authenticated encryption under it. The key lives in the
// OS keychain when there is one, else in a 0600 key file beside the database. Keys at rest (TMK, working keys)
// and the PAN-matching HMAC key hang off it; it never leaves this class except as derived subkeys.
class DataProtection
{
public:
    static constexpr std::size_t kKeySize = 32;

    enum class Backend
    {
        Auto,     // keychain if one answers, else the key file
        FileOnly, // tests, headless servers, and POSDESK_KEYCHAIN=off
    };
    enum class Source
    {
        Keychain,
        KeyFile
    };
    struct Options
    {
        Backend backend = Backend::Auto;
        QString keyFilePath;
        QString keychainService = QStringLiteral("PosDesk");
        QString keychainEntry;
    };
    // Subkeys for separate jobs, so no key is used for two purposes.
    enum class Purpose : unsigned
    {
        Encryption = 1,
        PanHmac = 2,
        KeyCheck = 3,
    };

    // Key file "<database file>.key" beside a SQLite database, or "data-protection.key" in the application data
    // folder for PostgreSQL; one keychain entry per database. POSDESK_KEY_FILE names another key file and
    // POSDESK_KEYCHAIN=off skips the keychain (for servers whose keychain is not the shop's).
    static Options defaultOptions(const DbConfig &db);

    // Loads the key, creating it on first use.
    static Result<std::unique_ptr<DataProtection>> open(const Options &options);
    // A given key, for tests that need two different keys.
    static std::unique_ptr<DataProtection> fromKey(SecureBuffer key);

    Source source() const { return m_source; }
    QString location() const { return m_location; } // for messages: the file path or the keychain entry
    // A public fingerprint of the key (16 hex digits), to tell whether two tills hold the same key.
    QString keyId() const;

    // XChaCha20-Poly1305: version byte, 24-byte random nonce, ciphertext and tag. The associated data is not
    // stored but must be given again to decrypt, which binds the ciphertext to its context (terminal, key kind).
    Result<QByteArray> encrypt(QByteArrayView plain, QByteArrayView associatedData) const;
    // Corrupt when the bytes were altered, belong to another context, or were made under another key.
    Result<SecureBuffer> decrypt(QByteArrayView sealed, QByteArrayView associatedData) const;

    SecureBuffer subkey(Purpose purpose) const;

private:
    DataProtection(SecureBuffer key, Source source, QString location);

    SecureBuffer m_key;
    SecureBuffer m_encryptionKey; // derived once: every stored key read decrypts with it
    Source m_source;
    QString m_location;
};

} // namespace posdesk
