#include "crypto/Mac.h"

#include "crypto/CryptoErrors.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>

#include <QCoreApplication>

namespace posdesk::crypto {

using detail::tr;

namespace {

constexpr int B = TdesKey::BlockSize;

// XOR of all blocks of data, zero-padded on the right.
void xorBlocks(QByteArrayView data, unsigned char acc[B])
{
    std::memset(acc, 0, B);
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    for (; i + B <= n; i += B) {
        for (int j = 0; j < B; ++j)
            acc[j] ^= p[i + j];
    }
    for (int j = 0; i + j < n; ++j)
        acc[j] ^= p[i + j];
}

void toHexUpper(const unsigned char *in, int n, char *out)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    for (int i = 0; i < n; ++i) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 0x0f];
    }
}

// CBC-MAC over data with a zero IV and zero padding; leaves the last cipher block in out.
// Runs in stack-sized chunks through one CBC context so that no buffer is allocated.
Status cbcMac(const TdesKey &key, QByteArrayView data, char out[B])
{
    char chain[B] = {};
    char scratch[256];
    const qsizetype whole = data.size() - data.size() % B;
    qsizetype done = 0;
    while (done < whole) {
        const qsizetype n = std::min<qsizetype>(sizeof scratch, whole - done);
        if (const Status s = key.encryptCbc(QByteArrayView(chain, B), data.sliced(done, n), scratch); !s)
            return s;
        std::memcpy(chain, scratch + n - B, B);
        done += n;
    }
    if (done < data.size() || data.isEmpty()) {
        char last[B] = {};
        // data.data() may be null for empty data, which memcpy must never see.
        if (data.size() > done)
            std::memcpy(last, data.data() + done, size_t(data.size() - done));
        for (int j = 0; j < B; ++j)
            last[j] ^= chain[j];
        if (const Status s = key.encryptEcb(QByteArrayView(last, B), chain); !s)
            return s;
    }
    std::memcpy(out, chain, B);
    return {};
}

Error wrongKey(MacAlgorithm a, qsizetype n)
{
    QString expected;
    switch (a) {
    case MacAlgorithm::CupEcb:
        expected = QCoreApplication::translate("posdesk::crypto", "8 or 16 bytes");
        break;
    case MacAlgorithm::X99:
        expected = QCoreApplication::translate("posdesk::crypto", "8 bytes");
        break;
    case MacAlgorithm::X919:
        expected = QCoreApplication::translate("posdesk::crypto", "16 bytes");
        break;
    }
    return Error::usage(QCoreApplication::translate(
                            "posdesk::crypto",
                            "The MAC key has the wrong length for the acquirer's MAC algorithm: it must be %1. Check "
                            "the acquirer profile and sign on again.")
                            .arg(expected),
                        QStringLiteral("MAC key length %1").arg(n));
}

} // namespace

MacEngine::MacEngine(MacAlgorithm algorithm, std::optional<TdesKey> key, std::optional<TdesKey> left)
    : m_algorithm(algorithm), m_key(std::move(key)), m_left(std::move(left))
{}

Result<MacEngine> MacEngine::create(MacAlgorithm algorithm, QByteArrayView key)
{
    const qsizetype n = key.size();
    const bool ok = (algorithm == MacAlgorithm::CupEcb && (n == 8 || n == 16)) ||
                    (algorithm == MacAlgorithm::X99 && n == 8) || (algorithm == MacAlgorithm::X919 && n == 16);
    if (!ok)
        return wrongKey(algorithm, n);
    auto full = TdesKey::create(key);
    if (!full)
        return full.error();
    std::optional<TdesKey> left;
    if (algorithm == MacAlgorithm::X919) {
        auto l = TdesKey::create(key.first(8));
        if (!l)
            return l.error();
        left.emplace(std::move(*l));
    }
    return MacEngine(algorithm, std::move(*full), std::move(left));
}

MacEngine MacEngine::inDevice(MacAlgorithm algorithm, DeviceMac compute)
{
    MacEngine engine(algorithm, std::nullopt, std::nullopt);
    engine.m_device = std::move(compute);
    return engine;
}

Status MacEngine::computeInto(QByteArrayView data, char *out) const
{
    if (m_device)
        return m_device(data, out);
    switch (m_algorithm) {
    case MacAlgorithm::CupEcb: {
        unsigned char acc[B];
        xorBlocks(data, acc);
        char hex[2 * B];
        toHexUpper(acc, B, hex);
        char block[B];
        if (const Status s = m_key->encryptEcb(QByteArrayView(hex, B), block); !s)
            return s;
        for (int j = 0; j < B; ++j)
            block[j] ^= hex[B + j];
        if (const Status s = m_key->encryptEcb(QByteArrayView(block, B), block); !s)
            return s;
        char result[2 * B];
        toHexUpper(reinterpret_cast<const unsigned char *>(block), B, result);
        std::memcpy(out, result, B);
        return {};
    }
    case MacAlgorithm::X99:
        return cbcMac(*m_key, data, out);
    case MacAlgorithm::X919: {
        // E_L(D_R(E_L(x))) on the last block equals 2-key triple-DES of it, so chain the
        // blocks before the last under the left half, then finish with the full key.
        const qsizetype blocks = data.isEmpty() ? 1 : (data.size() + B - 1) / B;
        const qsizetype headSize = (blocks - 1) * B;
        char chain[B] = {};
        if (headSize > 0) {
            if (const Status s = cbcMac(*m_left, data.first(headSize), chain); !s)
                return s;
        }
        char last[B] = {};
        if (data.size() > headSize)
            std::memcpy(last, data.data() + headSize, size_t(data.size() - headSize));
        for (int j = 0; j < B; ++j)
            last[j] ^= chain[j];
        return m_key->encryptEcb(QByteArrayView(last, B), out);
    }
    }
    return Error::internal(QCoreApplication::translate("posdesk::crypto", "Unknown MAC algorithm."));
}

Result<QByteArray> MacEngine::compute(QByteArrayView data) const
{
    QByteArray out(MacSize, Qt::Uninitialized);
    if (const Status s = computeInto(data, out.data()); !s)
        return s.error();
    return out;
}

Status MacEngine::verify(QByteArrayView data, QByteArrayView mac) const
{
    char expected[MacSize];
    if (const Status s = computeInto(data, expected); !s)
        return s;
    if (mac.size() != MacSize || CRYPTO_memcmp(expected, mac.data(), MacSize) != 0) {
        return Error::corrupt(QCoreApplication::translate(
                                  "posdesk::crypto",
                                  "The message's MAC does not match its content: it was altered on the way or the "
                                  "MAC key is out of date. Sign on again; if it persists, call the acquirer."),
                              QStringLiteral("field 64: MAC mismatch"));
    }
    return {};
}

Result<QByteArray> computeMac(MacAlgorithm algorithm, QByteArrayView key, QByteArrayView data)
{
    auto engine = MacEngine::create(algorithm, key);
    if (!engine)
        return engine.error();
    return engine->compute(data);
}

} // namespace posdesk::crypto
