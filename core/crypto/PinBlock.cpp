#include "crypto/PinBlock.h"

#include "crypto/CryptoErrors.h"
#include "crypto/Tdes.h"

#include <openssl/crypto.h>

#include <array>

#include <QCoreApplication>

namespace posdesk::crypto {

using detail::tr;

namespace {

bool digitsOnly(QByteArrayView v)
{
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

Result<std::array<unsigned char, 8>> panField(QByteArrayView pan)
{
    if (pan.size() < 13 || pan.size() > 19 || !digitsOnly(pan)) {
        return Error::usage(QCoreApplication::translate("posdesk::crypto",
                                                        "The card number must be 13 to 19 digits to form a PIN block."),
                            QStringLiteral("PAN length %1").arg(pan.size()));
    }
    std::array<unsigned char, 8> f{};
    const QByteArrayView digits = pan.sliced(pan.size() - 13, 12);
    for (int i = 0; i < 12; ++i) {
        const int nibble = digits[i] - '0';
        const int pos = 4 + i; // four leading zero nibbles
        f[size_t(pos / 2)] |= static_cast<unsigned char>(pos % 2 ? nibble : nibble << 4);
    }
    return f;
}

} // namespace

Result<SecretBytes> pinBlockFormat0(QByteArrayView pin, QByteArrayView pan)
{
    if (pin.size() < 4 || pin.size() > 12 || !digitsOnly(pin))
        return Error::usage(QCoreApplication::translate("posdesk::crypto", "A PIN must be 4 to 12 digits."),
                            QStringLiteral("PIN length %1").arg(pin.size()));
    auto p = panField(pan);
    if (!p)
        return p.error();
    SecretBytes block(8);
    auto *b = reinterpret_cast<unsigned char *>(block.data());
    std::array<unsigned char, 16> nibbles;
    nibbles.fill(0x0f);
    nibbles[0] = 0;
    nibbles[1] = static_cast<unsigned char>(pin.size());
    for (qsizetype i = 0; i < pin.size(); ++i)
        nibbles[size_t(2 + i)] = static_cast<unsigned char>(pin[i] - '0');
    for (size_t i = 0; i < 8; ++i)
        b[i] = static_cast<unsigned char>((nibbles[2 * i] << 4 | nibbles[2 * i + 1]) ^ (*p)[i]);
    OPENSSL_cleanse(nibbles.data(), nibbles.size());
    return block;
}

Result<QByteArray> encryptPinBlockFormat0(QByteArrayView pinKey, QByteArrayView pin, QByteArrayView pan)
{
    auto clear = pinBlockFormat0(pin, pan);
    if (!clear)
        return clear.error();
    return encryptEcb(pinKey, clear->view());
}

Result<SecretBytes> pinFromBlockFormat0(QByteArrayView clearBlock, QByteArrayView pan)
{
    auto p = panField(pan);
    if (!p)
        return p.error();
    const auto refuse = [] {
        return Error::corrupt(QCoreApplication::translate(
                                  "posdesk::crypto",
                                  "The PIN block is not an ISO 9564 format 0 block for this card. Check the PIN key "
                                  "and the card number."),
                              QStringLiteral("PIN block"));
    };
    if (clearBlock.size() != 8)
        return refuse();
    std::array<unsigned char, 16> nibbles;
    for (size_t i = 0; i < 8; ++i) {
        const auto b = static_cast<unsigned char>(static_cast<unsigned char>(clearBlock[qsizetype(i)]) ^ (*p)[i]);
        nibbles[2 * i] = b >> 4;
        nibbles[2 * i + 1] = b & 0x0f;
    }
    const int length = nibbles[1];
    bool ok = nibbles[0] == 0 && length >= 4 && length <= 12;
    SecretBytes pin(ok ? length : 0);
    for (int i = 0; ok && i < 14; ++i) {
        const unsigned char n = nibbles[size_t(2 + i)];
        if (i < length) {
            ok = n <= 9;
            if (ok)
                pin.data()[i] = char('0' + n);
        } else {
            ok = n == 0x0f;
        }
    }
    OPENSSL_cleanse(nibbles.data(), nibbles.size());
    if (!ok)
        return refuse();
    return pin;
}

} // namespace posdesk::crypto
