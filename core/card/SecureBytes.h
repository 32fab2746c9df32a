#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace posdesk {

// A byte buffer for card data that is zeroed before its memory is released, and never silently copied.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView source);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    // Copies would be further places to wipe; call clone() when a second copy is really needed.
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes clone() const { return SecureBytes(view()); }

    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Appends, moving to a larger allocation when needed and wiping the old one.
    void append(QByteArrayView bytes);
    // Drops the first n bytes; the freed tail is zeroed.
    void removeFront(qsizetype n);
    // Zeroes and releases the storage.
    void clear();

    // Test hook: called with the storage just after it was zeroed and before it is freed, so a test can
    // check the bytes without reading freed memory. Not thread-safe to change while buffers are in use.
    using WipeObserver = void (*)(const char *data, qsizetype size);
    static void setWipeObserverForTests(WipeObserver observer);

    // Zeroes the bytes of a QByteArray the caller owns (its whole allocation) and empties it. When the array is
    // shared with another QByteArray (or is static data) writing would only detach a copy, so it is just released;
    // the caller is responsible for not keeping other references to raw card input.
    static void wipe(QByteArray &bytes);

private:
    void release();

    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace posdesk
