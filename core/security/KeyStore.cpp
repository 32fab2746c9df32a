#include "security/KeyStore.h"

#include "card/PinEntry.h"
#include "crypto/SecretBytes.h"
#include "enrollment/EnrollmentService.h"
#include "security/Permissions.h"
#include "security/SettingsTable.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <array>
#include <memory>

namespace posdesk {

namespace {

constexpr std::array<std::pair<KeyKind, const char *>, 4> kKinds{{
    {KeyKind::Tmk, "tmk"},
    {KeyKind::Pin, "tpk"},
    {KeyKind::Mac, "tak"},
    {KeyKind::Track, "tdk"},
}};

const QString kKeyIdSetting = QStringLiteral("data_protection.key_id");

// Binds a ciphertext to its row: copied to another terminal or kind, it no longer decrypts.
QByteArray associatedData(Id terminalId, KeyKind kind)
{
    return QByteArrayLiteral("posdesk terminal key|") + QByteArray::number(qlonglong(terminalId)) + '|' +
           toKey(kind).toLatin1();
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The optional transaction: joins the caller's, else opens one.
class JoinedUnitOfWork
{
public:
    explicit JoinedUnitOfWork(Database &db)
    {
        if (!db.inTransaction())
            m_own = std::make_unique<UnitOfWork>(db);
    }
    Status start() const { return m_own ? m_own->startStatus() : Status(); }
    Status commit() { return m_own ? m_own->commit() : Status(); }

private:
    std::unique_ptr<UnitOfWork> m_own;
};

} // namespace

QString toKey(KeyKind k)
{
    for (const auto &[kind, name] : kKinds) {
        if (kind == k)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<KeyKind> keyKindFromString(const QString &s)
{
    for (const auto &[kind, name] : kKinds) {
        if (s == QLatin1String(name))
            return kind;
    }
    return std::nullopt;
}

KeyStore::KeyStore(Database &db, const Clock &clock, const DataProtection &protection)
    : m_db(db), m_clock(clock), m_protection(protection)
{}

Result<SecureBuffer> KeyStore::parseHexKey(QStringView hex)
{
    if (hex.size() % 2 != 0)
        return Error::usage(
            QCoreApplication::translate("posdesk::KeyStore",
                                        "A key is written as an even number of hex digits; this one has %1.")
                .arg(hex.size()));
    SecureBuffer out(std::size_t(hex.size() / 2));
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        const int hi = hexValue(hex[i]);
        const int lo = hexValue(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return Error::usage(
                QCoreApplication::translate("posdesk::KeyStore",
                                            "A key may contain only hex digits (0-9, A-F); position %1 is not one.")
                    .arg(hi < 0 ? i + 1 : i + 2));
        out.data()[i / 2] = static_cast<unsigned char>(hi << 4 | lo);
    }
    return out;
}

Result<QString> KeyStore::checkValue(const SecureBuffer &key)
{
    if (key.size() != 8 && key.size() != 16 && key.size() != 24)
        return Error::usage(
            QCoreApplication::translate("posdesk::KeyStore", "A DES key has 8, 16 or 24 bytes; this one has %1.")
                .arg(key.size()));
    // Always as 3DES (K1K2K1, K1K1K1): single DES lives in OpenSSL 3's legacy provider, which may not be loaded.
    const std::size_t n = key.size();
    SecureBuffer full(24);
    for (std::size_t i = 0; i < 24; ++i)
        full.data()[i] = key.data()[n == 16 && i >= 16 ? i - 16 : i % n];
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    const unsigned char zeros[8] = {};
    unsigned char block[16] = {};
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_des_ede3_ecb(), nullptr, full.data(), nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1 ||
        EVP_EncryptUpdate(ctx.get(), block, &len, zeros, sizeof zeros) != 1 || len != 8)
        return Error::environment(QCoreApplication::translate(
            "posdesk::KeyStore", "Triple-DES is not available in this OpenSSL installation."));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(block), 4).toHex().toUpper());
}

Status KeyStore::checkProtectionKey(bool recordIfMissing)
{
    SettingsTable settings(m_db);
    auto recorded = settings.value(kKeyIdSetting);
    if (!recorded)
        return recorded.error();
    const QString mine = m_protection.keyId();
    if (!recorded->has_value())
        return recordIfMissing ? settings.setValue(kKeyIdSetting, mine) : Status();
    if (**recorded != mine)
        return Error::environment(
            QCoreApplication::translate(
                "posdesk::KeyStore",
                "The terminal keys in %1 were protected with another data-protection key than the one this computer "
                "uses (%2). Copy that key file here (mode 0600), or load the terminal keys again on this computer.")
                .arg(m_db.config().describe(), m_protection.location()),
            QCoreApplication::translate("posdesk::KeyStore", "key id %1, expected %2").arg(mine, **recorded));
    return {};
}

Result<QString> KeyStore::store(Id terminalId, KeyKind kind, const SecureBuffer &clearKey)
{
    auto kcv = checkValue(clearKey);
    if (!kcv)
        return kcv.error();
    auto sealed = m_protection.encrypt(clearKey.view(), associatedData(terminalId, kind));
    if (!sealed)
        return sealed.error();
    if (auto s = checkProtectionKey(/*recordIfMissing=*/true); !s)
        return s.error();
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO terminal_keys (terminal_id, kind, ciphertext, kcv, loaded_at) "
                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (terminal_id, kind) DO UPDATE SET "
                                     "ciphertext = excluded.ciphertext, kcv = excluded.kcv, "
                                     "loaded_at = excluded.loaded_at"),
                      {qlonglong(terminalId), toKey(kind), *sealed, *kcv, qlonglong(m_clock.nowMs())},
                      QCoreApplication::translate("posdesk::KeyStore", "storing a terminal key"));
    if (!q)
        return q.error();
    return kcv;
}

Result<QString> KeyStore::loadTmk(const Actor &actor, const QString &tid, const QString &clearKeyHex)
{
    // Permission before parsing: a refused user learns nothing about the key's format, and the attempt is audited.
    if (auto s = require(m_db, m_clock, actor, Permission::LoadKeys, QStringLiteral("terminal ") + tid); !s)
        return s.error();
    if (clearKeyHex.size() != 32 && clearKeyHex.size() != 48)
        return Error::usage(QCoreApplication::translate(
                                "posdesk::KeyStore",
                                "A TMK is 32 or 48 hex digits (a double- or triple-length 3DES key); %1 digits were "
                                "given.")
                                .arg(clearKeyHex.size()));
    auto clear = parseHexKey(clearKeyHex);
    if (!clear)
        return clear.error();
    return storeTmk(actor, tid, *clear);
}

Result<QString> KeyStore::loadTmk(const Actor &actor, const QString &tid, const SecureBuffer &clearKey)
{
    if (auto s = require(m_db, m_clock, actor, Permission::LoadKeys, QStringLiteral("terminal ") + tid); !s)
        return s.error();
    if (clearKey.size() != 16 && clearKey.size() != 24)
        return Error::usage(QCoreApplication::translate(
                                "posdesk::KeyStore",
                                "A TMK has 16 or 24 bytes (a double- or triple-length 3DES key); %1 bytes were given.")
                                .arg(clearKey.size()));
    return storeTmk(actor, tid, clearKey);
}

Result<QString> KeyStore::storeTmk(const Actor &actor, const QString &tid, const SecureBuffer &clearKey)
{
    if (const QString p = EnrollmentService::tidProblem(tid); !p.isEmpty())
        return Error::usage(p);
    const QString object = QStringLiteral("terminal ") + tid;
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto terminal = TerminalRepository(m_db).findByTid(tid);
    if (!terminal)
        return terminal.error();
    auto kcv = store(terminal->id, KeyKind::Tmk, clearKey);
    if (!kcv)
        return kcv.error();
    if (auto moved = EnrollmentService::recordKeysLoaded(
            m_db, m_clock, actor, terminal->id,
            QCoreApplication::translate("posdesk::KeyStore", "master key loaded, KCV %1").arg(*kcv));
        !moved)
        return moved.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("key.load"), object, QStringLiteral("ok"),
                       QStringLiteral("tmk KCV ") + *kcv);
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return kcv;
}

Result<QString> KeyStore::loadTmkIntoPinPad(const Actor &actor, const QString &tid, PinEntryDevice &pad, int slot,
                                            const SecureBuffer *clearKey)
{
    const QString object = QStringLiteral("terminal ") + tid;
    if (auto s = require(m_db, m_clock, actor, Permission::LoadKeys, object); !s)
        return s.error();
    if (slot < 0 || slot > 15)
        return Error::usage(QCoreApplication::translate("posdesk::KeyStore",
                                                        "A PIN pad key slot is a number from 0 to 15; %1 was given.")
                                .arg(slot));
    auto terminal = TerminalRepository(m_db).findByTid(tid);
    if (!terminal)
        return terminal.error();
    SecureBuffer held;
    if (!clearKey) {
        auto k = loadKey(terminal->id, KeyKind::Tmk);
        if (!k) {
            if (k.error().kind == ErrorKind::NotFound)
                return Error::usage(
                    QCoreApplication::translate("posdesk::KeyStore",
                                                "This PC holds no master key of terminal %1 to move into the PIN pad. "
                                                "Give the key itself: posdesk-cli pinpad load-tmk --tid %1 --slot N "
                                                "reads it from standard input.")
                        .arg(tid));
            return k.error();
        }
        held = std::move(*k);
        clearKey = &held;
    }
    if (clearKey->size() != 16)
        return Error::usage(QCoreApplication::translate(
                                "posdesk::KeyStore",
                                "The PIN pad takes a double-length master key (32 hex digits); this one has %1 bytes.")
                                .arg(clearKey->size()));
    auto kcv = checkValue(*clearKey);
    if (!kcv)
        return kcv.error();
    auto info = pad.status();
    if (!info)
        return info.error();
    if (info->busy)
        return Error::refused(QCoreApplication::translate(
            "posdesk::KeyStore", "The PIN pad is waiting for a PIN. Finish or cancel that payment first."));
    auto padKcv = pad.loadMasterKey(slot, SecretBytes(clearKey->view()));
    if (!padKcv)
        return padKcv.error();
    if (padKcv->size() < 6 || kcv->left(6).compare(padKcv->left(6), Qt::CaseInsensitive) != 0)
        return Error::corrupt(QCoreApplication::translate(
                                  "posdesk::KeyStore",
                                  "The PIN pad computed check value %1 for the key, which should be %2: the pad may be "
                                  "faulty or the line garbled. Nothing changed on this PC; load the key again.")
                                  .arg(*padKcv, kcv->left(6)));
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto gone =
        sql::run(m_db, QStringLiteral("DELETE FROM terminal_keys WHERE terminal_id = ?"), {qlonglong(terminal->id)},
                 QCoreApplication::translate("posdesk::KeyStore", "removing the keys the PC held"));
    if (!gone)
        return gone.error();
    if (auto s = TerminalRepository(m_db).setPinPadSlot(terminal->id, slot, m_clock.nowMs()); !s)
        return s.error();
    if (auto moved = EnrollmentService::recordKeysLoaded(
            m_db, m_clock, actor, terminal->id,
            QCoreApplication::translate("posdesk::KeyStore", "master key loaded into the PIN pad, KCV %1").arg(*kcv));
        !moved)
        return moved.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("key.load-pinpad"), object, QStringLiteral("ok"),
                       QStringLiteral("tmk KCV %1 into PIN pad %2 (serial %3) slot %4; keys removed from the PC")
                           .arg(*kcv, info->model, info->serial)
                           .arg(slot));
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return kcv;
}

Result<QString> KeyStore::storeWorkingKey(Id terminalId, KeyKind kind, const SecureBuffer &clearKey)
{
    if (kind == KeyKind::Tmk)
        return Error::internal(QCoreApplication::translate(
            "posdesk::KeyStore", "The TMK is loaded by the owner with loadTmk, not stored as a working key."));
    JoinedUnitOfWork uow(m_db);
    if (auto s = uow.start(); !s)
        return s.error();
    auto kcv = store(terminalId, kind, clearKey);
    if (!kcv)
        return kcv.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return kcv;
}

Result<bool> KeyStore::hasKey(Id terminalId, KeyKind kind)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT 1 FROM terminal_keys WHERE terminal_id = ? AND kind = ?"),
                         {qlonglong(terminalId), toKey(kind)},
                         QCoreApplication::translate("posdesk::KeyStore", "reading a terminal key"));
    if (!q)
        return q.error();
    return q->next();
}

Result<SecureBuffer> KeyStore::loadKey(Id terminalId, KeyKind kind)
{
    auto q =
        sql::select(m_db, QStringLiteral("SELECT ciphertext FROM terminal_keys WHERE terminal_id = ? AND kind = ?"),
                    {qlonglong(terminalId), toKey(kind)},
                    QCoreApplication::translate("posdesk::KeyStore", "reading a terminal key"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate(
                                   "posdesk::KeyStore",
                                   "Terminal %1 has no %2 key. Load it first (the TMK with “keys load-tmk”, working "
                                   "keys by signing on).")
                                   .arg(terminalId)
                                   .arg(toKey(kind).toUpper()));
    const QByteArray sealed = q->value(0).toByteArray();
    if (auto s = checkProtectionKey(/*recordIfMissing=*/false); !s)
        return s.error();
    auto clear = m_protection.decrypt(sealed, associatedData(terminalId, kind));
    if (!clear)
        return Error::corrupt(QCoreApplication::translate(
                                  "posdesk::KeyStore",
                                  "The stored %1 key of terminal %2 does not decrypt: it was altered or copied from "
                                  "another record. Load the key again.")
                                  .arg(toKey(kind).toUpper())
                                  .arg(terminalId),
                              clear.error().message);
    return clear;
}

Result<std::vector<KeyStore::StoredKey>> KeyStore::list(Database &db, const Clock &clock, const Actor &actor,
                                                        const QString &tid)
{
    if (auto s = require(db, clock, actor, Permission::LoadKeys, QStringLiteral("terminal ") + tid); !s)
        return s.error();
    auto terminal = TerminalRepository(db).findByTid(tid);
    if (!terminal)
        return terminal.error();
    auto q = sql::run(
        db, QStringLiteral("SELECT kind, kcv, loaded_at FROM terminal_keys WHERE terminal_id = ? ORDER BY kind"),
        {qlonglong(terminal->id)}, QCoreApplication::translate("posdesk::KeyStore", "listing terminal keys"));
    if (!q)
        return q.error();
    std::vector<StoredKey> out;
    while (q->next()) {
        const auto kind = keyKindFromString(q->value(0).toString());
        if (kind)
            out.push_back({*kind, q->value(1).toString(), q->value(2).toLongLong()});
    }
    return out;
}

} // namespace posdesk
