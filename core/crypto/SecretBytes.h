#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace posdesk {

// Key material in a buffer of its own that is wiped when released. Unlike QByteArray it never
// shares its buffer, so no unwiped copy is left behind by implicit sharing or detaching.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    explicit SecretBytes(qsizetype size); // zero-filled
    // Empty when hex is not an even number of hex digits.
    static SecretBytes fromHex(QByteArrayView hex);

    SecretBytes(const SecretBytes &other);
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    char *data() { return m_data.get(); }
    const char *constData() const { return m_data.get(); }
    QByteArrayView view() const { return QByteArrayView(m_data.get(), m_size); }
    // Upper-case hex; for tests and diagnostics that have a reason to show the key.
    QByteArray toHex() const;

    void wipe();

    // Constant time in the length of the shorter value.
    bool operator==(const SecretBytes &other) const;

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
};

} // namespace posdesk
