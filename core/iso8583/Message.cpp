#include "iso8583/Message.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace posdesk::iso8583 {

void Message::setMti(QByteArrayView mti)
{
    m_mtiOverlong = mti.size() > qsizetype(m_mti.size());
    m_mtiSize = int(std::min<qsizetype>(mti.size(), qsizetype(m_mti.size())));
    if (m_mtiSize > 0)
        std::memcpy(m_mti.data(), mti.data(), size_t(m_mtiSize));
}

QByteArrayView Message::view(int field) const
{
    if (!has(field))
        return {};
    const Slot &s = m_slots[field];
    return QByteArrayView(m_values.constData() + s.offset, s.length);
}

char *Message::appendRaw(int field, qsizetype n)
{
    if (!inRange(field) || n < 0)
        return nullptr;
    const qsizetype offset = m_values.size();
    m_values.resize(offset + n);
    m_slots[field] = Slot{std::int32_t(offset), std::int32_t(n)};
    m_presence |= bit(field);
    return m_values.data() + offset;
}

void Message::set(int field, QByteArrayView value)
{
    if (!inRange(field))
        return;
    Slot &s = m_slots[field];
    // Overwrite in place when the new value fits, so repeated updates (field 64) do not grow the buffer.
    if (s.length >= value.size()) {
        char *dst = m_values.data() + s.offset; // detaches a shared buffer first
        if (!value.isEmpty())
            std::memmove(dst, value.data(), size_t(value.size()));
        s.length = std::int32_t(value.size());
        return;
    }
    // A value that points into our own buffer would dangle once appending moves the buffer.
    const std::less<const char *> before;
    const char *begin = m_values.constData();
    const bool aliases =
        !value.isEmpty() && !before(value.data(), begin) && before(value.data(), begin + m_values.size());
    if (aliases) {
        const QByteArray copy = value.toByteArray();
        std::memcpy(appendRaw(field, copy.size()), copy.constData(), size_t(copy.size()));
        return;
    }
    char *dst = appendRaw(field, value.size());
    if (!value.isEmpty())
        std::memcpy(dst, value.data(), size_t(value.size()));
}

void Message::remove(int field)
{
    if (!inRange(field))
        return;
    m_slots[field] = Slot{};
    m_presence &= ~bit(field);
}

void Message::clear()
{
    m_mtiSize = 0;
    m_mtiOverlong = false;
    m_presence = 0;
    m_slots.fill(Slot{});
    m_values.clear();
}

QList<int> Message::fieldNumbers() const
{
    QList<int> out;
    for (int f = 2; f <= MaxField; ++f) {
        if (m_presence & bit(f))
            out.append(f);
    }
    return out;
}

bool Message::operator==(const Message &other) const
{
    if (mti() != other.mti() || m_mtiOverlong != other.m_mtiOverlong || m_presence != other.m_presence)
        return false;
    for (int f = 2; f <= MaxField; ++f) {
        if (has(f) && view(f) != other.view(f))
            return false;
    }
    return true;
}

} // namespace posdesk::iso8583
