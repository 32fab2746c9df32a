#include "crypto/SecretBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace posdesk {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

SecretBytes::SecretBytes(QByteArrayView bytes) : m_data(new char[size_t(bytes.size())]), m_size(bytes.size())
{
    if (m_size > 0)
        std::memcpy(m_data.get(), bytes.data(), size_t(m_size));
}

SecretBytes::SecretBytes(qsizetype size) : m_data(new char[size_t(size)]()), m_size(size) {}

SecretBytes SecretBytes::fromHex(QByteArrayView hex)
{
    if (hex.size() % 2 != 0)
        return {};
    SecretBytes out(hex.size() / 2);
    for (qsizetype i = 0; i < out.m_size; ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return {};
        out.m_data[i] = char(hi << 4 | lo);
    }
    return out;
}

SecretBytes::SecretBytes(const SecretBytes &other) : SecretBytes(other.view()) {}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        SecretBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

void SecretBytes::wipe()
{
    if (m_data && m_size > 0)
        OPENSSL_cleanse(m_data.get(), size_t(m_size));
    m_data.reset();
    m_size = 0;
}

QByteArray SecretBytes::toHex() const
{
    static constexpr char digits[] = "0123456789ABCDEF";
    QByteArray out(m_size * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < m_size; ++i) {
        const auto b = static_cast<unsigned char>(m_data[i]);
        out[2 * i] = digits[b >> 4];
        out[2 * i + 1] = digits[b & 0x0f];
    }
    return out;
}

bool SecretBytes::operator==(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), size_t(m_size)) == 0;
}

} // namespace posdesk
