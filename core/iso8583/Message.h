#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace posdesk::iso8583 {

// One ISO 8583 message: MTI plus fields 2..64 held in their decoded form.
//
// Numeric fields are digit strings ("000000000001"), track fields digits with '=' as the
// separator, ASCII/Text fields their bytes as sent (GBK stays GBK), binary fields raw bytes.
// All values live in one buffer so that decoding a message costs one allocation.
class Message
{
public:
    static constexpr int MaxField = 64;

    Message() = default;
    explicit Message(QByteArrayView mti) { setMti(mti); }

    // Four digits, e.g. "0200". Validated when packed; a value longer than four is kept as
    // invalid (pack() refuses it) rather than cut.
    QByteArrayView mti() const { return QByteArrayView(m_mti.data(), m_mtiSize); }
    bool mtiOverlong() const { return m_mtiOverlong; }
    void setMti(QByteArrayView mti);

    bool has(int field) const { return inRange(field) && m_slots[field].length >= 0; }
    // View into the message; valid until the message is next modified.
    QByteArrayView view(int field) const;
    QByteArray bytes(int field) const { return view(field).toByteArray(); }
    // Latin-1 view of the value (digits and ASCII fields); empty when absent.
    QString text(int field) const { return QString::fromLatin1(view(field)); }

    // Fields outside 2..64 are ignored; whether the value fits the dialect is checked by pack().
    void set(int field, QByteArrayView value);
    void remove(int field);
    void clear();

    // Present field numbers in ascending order.
    QList<int> fieldNumbers() const;
    // The primary bitmap as a big-endian number: field n is bit 64-n; field 1 is never set.
    std::uint64_t presenceMask() const { return m_presence; }

    bool operator==(const Message &other) const;

    // For the decoder: reserves room for values without reallocating per field.
    void reserveValueBytes(qsizetype n) { m_values.reserve(n); }
    // For the decoder: appends an uninitialised value of n bytes and returns where to write it.
    char *appendRaw(int field, qsizetype n);

private:
    struct Slot
    {
        std::int32_t offset = 0;
        std::int32_t length = -1; // -1: absent
    };

    static bool inRange(int field) { return field >= 2 && field <= MaxField; }
    static std::uint64_t bit(int field) { return std::uint64_t(1) << (64 - field); }

    std::array<char, 4> m_mti{};
    int m_mtiSize = 0;
    bool m_mtiOverlong = false;
    std::uint64_t m_presence = 0; // bit 64-n for field n: the wire bitmap, big-endian
    std::array<Slot, MaxField + 1> m_slots{};
    QByteArray m_values;
};

} // namespace posdesk::iso8583
