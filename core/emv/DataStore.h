#pragma once

#include "card/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <map>

namespace posdesk::emv {

// The data objects of one chip transaction, from the card and from the terminal, by tag. Every value sits in a
// wiped buffer: the card's records carry the PAN and track 2 equivalent, and nothing tells them apart cheaply.
class DataStore
{
public:
    void set(quint32 tag, QByteArrayView value);
    bool has(quint32 tag) const { return m_values.count(tag) != 0; }
    // Empty when absent.
    QByteArrayView value(quint32 tag) const;
    // A copy as a plain QByteArray; only for tags that are not cardholder data (see Tags.h: isCardholderData).
    QByteArray copy(quint32 tag) const;
    void remove(quint32 tag) { m_values.erase(tag); }
    void clear() { m_values.clear(); }

private:
    std::map<quint32, SecureBytes> m_values;
};

} // namespace posdesk::emv
