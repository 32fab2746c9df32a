#include "crypto/Tdes.h"

#include "crypto/CryptoErrors.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <array>
#include <climits>
#include <cstring>
#include <functional>

namespace posdesk::crypto {

namespace detail {
QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("posdesk::crypto", text, disambiguation, n);
}
} // namespace detail

using detail::tr;

namespace {

// Fetched once: an implicit fetch per EVP init would search the provider store every time.
struct Ciphers
{
    EVP_CIPHER *ecb = EVP_CIPHER_fetch(nullptr, "DES-EDE3-ECB", nullptr);
    EVP_CIPHER *cbc = EVP_CIPHER_fetch(nullptr, "DES-EDE3-CBC", nullptr);
    ~Ciphers()
    {
        EVP_CIPHER_free(ecb);
        EVP_CIPHER_free(cbc);
    }
};

const Ciphers &ciphers()
{
    static const Ciphers c;
    return c;
}

Error opensslFailed(const char *what)
{
    return Error::environment(
        QCoreApplication::translate("posdesk::crypto",
                                    "The cryptographic library refused a triple-DES operation. Check the OpenSSL "
                                    "installation; restarting PosDesk may help."),
        QString::fromLatin1(what));
}

Error badKeyLength(qsizetype n)
{
    return Error::usage(
        QCoreApplication::translate("posdesk::crypto",
                                    "A DES key must be 8, 16 or 24 bytes long, not %1. Check the key that was loaded.")
            .arg(n),
        QStringLiteral("key length %1").arg(n));
}

Error badDataLength(qsizetype n)
{
    return Error::internal(
        QCoreApplication::translate("posdesk::crypto", "Triple-DES data must be whole 8-byte blocks."),
        QStringLiteral("data length %1").arg(n));
}

void freeCtx(EVP_CIPHER_CTX *c)
{
    EVP_CIPHER_CTX_free(c);
}
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, decltype(&freeCtx)>;

CtxPtr newCtx(const EVP_CIPHER *cipher, const unsigned char *key24, bool encrypt)
{
    CtxPtr ctx(EVP_CIPHER_CTX_new(), &freeCtx);
    if (!ctx || !cipher)
        return CtxPtr(nullptr, &freeCtx);
    if (EVP_CipherInit_ex2(ctx.get(), cipher, key24, nullptr, encrypt ? 1 : 0, nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1)
        return CtxPtr(nullptr, &freeCtx);
    return ctx;
}

} // namespace

struct TdesKey::Contexts
{
    CtxPtr ecbEnc{nullptr, &freeCtx};
    CtxPtr ecbDec{nullptr, &freeCtx};
    CtxPtr cbcEnc{nullptr, &freeCtx};
    CtxPtr cbcDec{nullptr, &freeCtx};
};

TdesKey::TdesKey(std::unique_ptr<Contexts> c, int keyLength) : m_ctx(std::move(c)), m_keyLength(keyLength) {}
TdesKey::TdesKey(TdesKey &&other) noexcept = default;
TdesKey &TdesKey::operator=(TdesKey &&other) noexcept = default;
TdesKey::~TdesKey() = default; // EVP_CIPHER_CTX_free wipes the key schedules

Result<TdesKey> TdesKey::create(QByteArrayView key)
{
    const qsizetype n = key.size();
    if (n != 8 && n != 16 && n != 24)
        return badKeyLength(n);
    std::array<unsigned char, 24> k24{};
    const auto *k = reinterpret_cast<const unsigned char *>(key.data());
    std::memcpy(k24.data(), k, 8);
    std::memcpy(k24.data() + 8, n >= 16 ? k + 8 : k, 8);
    std::memcpy(k24.data() + 16, n == 24 ? k + 16 : k, 8);

    const Ciphers &c = ciphers();
    auto ctx = std::make_unique<Contexts>();
    ctx->ecbEnc = newCtx(c.ecb, k24.data(), true);
    ctx->ecbDec = newCtx(c.ecb, k24.data(), false);
    ctx->cbcEnc = newCtx(c.cbc, k24.data(), true);
    ctx->cbcDec = newCtx(c.cbc, k24.data(), false);
    OPENSSL_cleanse(k24.data(), k24.size());
    if (!ctx->ecbEnc || !ctx->ecbDec || !ctx->cbcEnc || !ctx->cbcDec)
        return opensslFailed("EVP_CipherInit_ex2(DES-EDE3)");
    return TdesKey(std::move(ctx), int(n));
}

namespace {

Status run(EVP_CIPHER_CTX *ctx, QByteArrayView in, char *out)
{
    if (in.size() % TdesKey::BlockSize != 0)
        return badDataLength(in.size());
    if (in.isEmpty())
        return {};
    if (in.size() > INT_MAX - TdesKey::BlockSize)
        return badDataLength(in.size());
    int outLen = 0;
    // Without padding and with whole blocks nothing stays buffered, so no Final call is needed
    // and the context is ready for the next message.
    if (EVP_CipherUpdate(ctx, reinterpret_cast<unsigned char *>(out), &outLen,
                         reinterpret_cast<const unsigned char *>(in.data()), int(in.size())) != 1 ||
        outLen != int(in.size()))
        return opensslFailed("EVP_CipherUpdate");
    return {};
}

Status runCbc(EVP_CIPHER_CTX *ctx, QByteArrayView iv, QByteArrayView in, char *out)
{
    if (iv.size() != TdesKey::BlockSize) {
        return Error::internal(
            QCoreApplication::translate("posdesk::crypto", "A triple-DES CBC initial vector must be 8 bytes."),
            QStringLiteral("IV length %1").arg(iv.size()));
    }
    // Key null: only the chaining value is reset; the key schedule stays.
    if (EVP_CipherInit_ex2(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(iv.data()), -1, nullptr) != 1)
        return opensslFailed("EVP_CipherInit_ex2(iv)");
    return run(ctx, in, out);
}

Result<QByteArray> toArray(QByteArrayView in, const std::function<Status(char *)> &op)
{
    QByteArray out(in.size(), Qt::Uninitialized);
    const Status s = op(out.data());
    if (!s)
        return s.error();
    return out;
}

} // namespace

Status TdesKey::encryptEcb(QByteArrayView in, char *out) const
{
    return run(m_ctx->ecbEnc.get(), in, out);
}
Status TdesKey::decryptEcb(QByteArrayView in, char *out) const
{
    return run(m_ctx->ecbDec.get(), in, out);
}
Status TdesKey::encryptCbc(QByteArrayView iv, QByteArrayView in, char *out) const
{
    return runCbc(m_ctx->cbcEnc.get(), iv, in, out);
}
Status TdesKey::decryptCbc(QByteArrayView iv, QByteArrayView in, char *out) const
{
    return runCbc(m_ctx->cbcDec.get(), iv, in, out);
}

Result<QByteArray> TdesKey::encryptEcb(QByteArrayView in) const
{
    return toArray(in, [&](char *out) { return encryptEcb(in, out); });
}
Result<QByteArray> TdesKey::decryptEcb(QByteArrayView in) const
{
    return toArray(in, [&](char *out) { return decryptEcb(in, out); });
}
Result<QByteArray> TdesKey::encryptCbc(QByteArrayView iv, QByteArrayView in) const
{
    return toArray(in, [&](char *out) { return encryptCbc(iv, in, out); });
}
Result<QByteArray> TdesKey::decryptCbc(QByteArrayView iv, QByteArrayView in) const
{
    return toArray(in, [&](char *out) { return decryptCbc(iv, in, out); });
}

Result<QByteArray> encryptEcb(QByteArrayView key, QByteArrayView data)
{
    auto k = TdesKey::create(key);
    if (!k)
        return k.error();
    return k->encryptEcb(data);
}

Result<QByteArray> decryptEcb(QByteArrayView key, QByteArrayView data)
{
    auto k = TdesKey::create(key);
    if (!k)
        return k.error();
    return k->decryptEcb(data);
}

Result<QByteArray> encryptCbc(QByteArrayView key, QByteArrayView iv, QByteArrayView data)
{
    auto k = TdesKey::create(key);
    if (!k)
        return k.error();
    return k->encryptCbc(iv, data);
}

Result<QByteArray> decryptCbc(QByteArrayView key, QByteArrayView iv, QByteArrayView data)
{
    auto k = TdesKey::create(key);
    if (!k)
        return k.error();
    return k->decryptCbc(iv, data);
}

Result<QByteArray> keyCheckValue(QByteArrayView key)
{
    auto k = TdesKey::create(key);
    if (!k)
        return k.error();
    char block[TdesKey::BlockSize] = {};
    if (const Status s = k->encryptEcb(QByteArrayView(block, sizeof block), block); !s)
        return s.error();
    return QByteArray(block, 4);
}

} // namespace posdesk::crypto
