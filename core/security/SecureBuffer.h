#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace posdesk {

// Secret bytes (keys, clear passwords) in memory that libsodium guards, locks out of swap where it can, and wipes
// when released. Move-only, so no unwiped copy is ever left behind.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size); // zero-filled
    explicit SecureBuffer(QByteArrayView bytes);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    QByteArrayView view() const;

    // Constant time in the length, so a comparison does not tell how many leading bytes matched.
    bool equals(QByteArrayView other) const;
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace posdesk
