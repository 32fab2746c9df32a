#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace posdesk::crypto {

// A DES or triple-DES key with its key schedules prepared once (OpenSSL 3 EVP).
// Single DES runs as DES-EDE3 with K1 = K2 = K3, which needs no legacy provider.
// Key lengths: 8 (single DES), 16 (K1 K2 K1) or 24 bytes. Data must be whole 8-byte blocks.
// Not for concurrent use from several threads: each thread keeps its own.
class TdesKey
{
public:
    static constexpr int BlockSize = 8;

    static Result<TdesKey> create(QByteArrayView key);

    TdesKey(TdesKey &&other) noexcept;
    TdesKey &operator=(TdesKey &&other) noexcept;
    ~TdesKey();

    int keyLength() const { return m_keyLength; }

    // Write in.size() bytes to out; in-place (out == in.data()) is allowed.
    Status encryptEcb(QByteArrayView in, char *out) const;
    Status decryptEcb(QByteArrayView in, char *out) const;
    Status encryptCbc(QByteArrayView iv, QByteArrayView in, char *out) const;
    Status decryptCbc(QByteArrayView iv, QByteArrayView in, char *out) const;

    Result<QByteArray> encryptEcb(QByteArrayView in) const;
    Result<QByteArray> decryptEcb(QByteArrayView in) const;
    Result<QByteArray> encryptCbc(QByteArrayView iv, QByteArrayView in) const;
    Result<QByteArray> decryptCbc(QByteArrayView iv, QByteArrayView in) const;

private:
    struct Contexts;
    explicit TdesKey(std::unique_ptr<Contexts> c, int keyLength);

    std::unique_ptr<Contexts> m_ctx;
    int m_keyLength = 0;
};

// One-shot helpers; each prepares the key schedule anew, so hot paths keep a TdesKey instead.
Result<QByteArray> encryptEcb(QByteArrayView key, QByteArrayView data);
Result<QByteArray> decryptEcb(QByteArrayView key, QByteArrayView data);
Result<QByteArray> encryptCbc(QByteArrayView key, QByteArrayView iv, QByteArrayView data);
Result<QByteArray> decryptCbc(QByteArrayView key, QByteArrayView iv, QByteArrayView data);

// Key check value: the first 4 bytes of the key's encryption of eight zero bytes.
Result<QByteArray> keyCheckValue(QByteArrayView key);

} // namespace posdesk::crypto
