#pragma once

#include "security/Actor.h"
#include "security/DataProtection.h"

#include <vector>

namespace posdesk {

class PinEntryDevice;

// The kinds of terminal key kept at rest (terminal_keys.kind), named as the acquirer code names them.
enum class KeyKind
{
    Tmk,   // terminal master key, loaded by the owner
    Pin,   // working PIN key (TPK) from sign-on
    Mac,   // working MAC key (TAK) from sign-on
    Track, // working track-data key (TDK) from sign-on
};
QString toKey(KeyKind k); // "tmk", "tpk", "tak", "tdk"
std::optional<KeyKind> keyKindFromString(const QString &s);

// Terminal keys at rest: encrypted under the data-protection key, bound to their terminal and kind, shown only as
// check values. Clear keys exist only in SecureBuffers.
class KeyStore
{
public:
    KeyStore(Database &db, const Clock &clock, const DataProtection &protection);

    // Owner only (Permission::LoadKeys). clearKeyHex: 32 or 48 hex digits (double- or triple-length 3DES).
    // Returns the KCV; the audit row carries the KCV, never the key.
    Result<QString> loadTmk(const Actor &actor, const QString &tid, const QString &clearKeyHex);
    // The same with the key already in a wiped buffer (16 or 24 bytes), e.g. from the desktop's key-entry dialog;
    // a QString of hex cannot be wiped by anyone.
    Result<QString> loadTmk(const Actor &actor, const QString &tid, const SecureBuffer &clearKey);
    // The terminal's master key into a slot (0..15) of the till's PIN pad instead of this PC: clearKey (16 bytes), or,
    // when null, the TMK the PC holds now. The pad must answer the key's check value. Afterwards the PC holds none
    // of the terminal's keys (they are deleted here) and the terminal signs on again, its working keys going to the
    // pad. Owner only; audited with the check value and the pad's serial. Returns the KCV.
    Result<QString> loadTmkIntoPinPad(const Actor &actor, const QString &tid, PinEntryDevice &pad, int slot,
                                      const SecureBuffer *clearKey);
    // For the sign-on flow (which has already been authorised). 8, 16 or 24 bytes; not the TMK. Joins the caller's
    // unit of work when one is open. Returns the KCV.
    Result<QString> storeWorkingKey(Id terminalId, KeyKind kind, const SecureBuffer &clearKey);
    // NotFound when the terminal has no such key.
    Result<SecureBuffer> loadKey(Id terminalId, KeyKind kind);
    // Whether the key is stored (not whether it decrypts: loadKey says that).
    Result<bool> hasKey(Id terminalId, KeyKind kind);

    struct StoredKey
    {
        KeyKind kind = KeyKind::Tmk;
        QString kcv;
        TimeMs loadedAt = 0;
    };
    // Which keys a terminal has, by check value; needs no data-protection key. Permission::LoadKeys, as check
    // values are part of key management.
    static Result<std::vector<StoredKey>> list(Database &db, const Clock &clock, const Actor &actor,
                                               const QString &tid);

    // Check value: 3DES-encrypt eight zero bytes, first 4 bytes in upper-case hex. 8/16/24-byte keys.
    static Result<QString> checkValue(const SecureBuffer &key);
    // Hex digits into a wiped buffer; the message never repeats the digits.
    static Result<SecureBuffer> parseHexKey(QStringView hex);

private:
    Status checkProtectionKey(bool recordIfMissing);
    Result<QString> storeTmk(const Actor &actor, const QString &tid, const SecureBuffer &clearKey);
    Result<QString> store(Id terminalId, KeyKind kind, const SecureBuffer &clearKey);

    Database &m_db;
    const Clock &m_clock;
    const DataProtection &m_protection;
};

} // namespace posdesk
