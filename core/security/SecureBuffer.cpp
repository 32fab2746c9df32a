#include "security/SecureBuffer.h"

#include "security/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace posdesk {

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    (void)ensureSodium();
    // sodium_malloc: guard pages around the buffer, mlock()ed, and zeroed again by sodium_free.
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc(); // out of memory is not an error a caller can handle; same as operator new
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBuffer::SecureBuffer(QByteArrayView bytes) : SecureBuffer(std::size_t(bytes.size()))
{
    if (m_size)
        std::memcpy(m_data, bytes.data(), m_size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

QByteArrayView SecureBuffer::view() const
{
    return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
}

bool SecureBuffer::equals(QByteArrayView other) const
{
    if (std::size_t(other.size()) != m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.data(), m_size) == 0;
}

void SecureBuffer::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before releasing
    m_data = nullptr;
    m_size = 0;
}

} // namespace posdesk
