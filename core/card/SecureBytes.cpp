#include "card/SecureBytes.h"

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <utility>

namespace posdesk {

namespace {
std::atomic<SecureBytes::WipeObserver> g_wipeObserver{nullptr};
}

SecureBytes::SecureBytes(QByteArrayView source)
{
    append(source);
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecureBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_size + bytes.size() > m_capacity) {
        // Grow by hand rather than through realloc(), which may leave a copy behind in freed memory.
        const qsizetype capacity = std::max<qsizetype>({m_size + bytes.size(), m_capacity * 2, 64});
        char *grown = new char[size_t(capacity)];
        if (m_size > 0)
            std::memcpy(grown, m_data, size_t(m_size));
        const qsizetype size = m_size;
        release();
        m_data = grown;
        m_size = size;
        m_capacity = capacity;
    }
    std::memcpy(m_data + m_size, bytes.data(), size_t(bytes.size()));
    m_size += bytes.size();
}

void SecureBytes::removeFront(qsizetype n)
{
    n = std::clamp<qsizetype>(n, 0, m_size);
    if (n == 0)
        return;
    std::memmove(m_data, m_data + n, size_t(m_size - n));
    sodium_memzero(m_data + (m_size - n), size_t(n));
    m_size -= n;
}

void SecureBytes::clear()
{
    release();
}

void SecureBytes::release()
{
    if (!m_data)
        return;
    sodium_memzero(m_data, size_t(m_capacity));
    if (const WipeObserver observer = g_wipeObserver.load())
        observer(m_data, m_capacity);
    delete[] m_data;
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

void SecureBytes::setWipeObserverForTests(WipeObserver observer)
{
    g_wipeObserver.store(observer);
}

void SecureBytes::wipe(QByteArray &bytes)
{
    // isDetached() is false for shared and for static data; data() would then copy instead of wiping.
    if (bytes.isDetached() && bytes.capacity() > 0) {
        // remove(0, n) only moves the start pointer, so earlier bytes may sit before data(): wipe from the start
        // of the allocation. capacity() counts the whole allocation, including that space.
        const qsizetype before = bytes.data_ptr().freeSpaceAtBegin();
        sodium_memzero(bytes.data() - before, size_t(bytes.capacity()));
        // resize(0) keeps the (now zeroed) allocation, so the caller's array is empty but still valid.
        bytes.resize(0);
        return;
    }
    bytes.clear();
}

} // namespace posdesk
