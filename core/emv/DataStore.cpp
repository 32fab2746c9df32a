#include "emv/DataStore.h"

#include "emv/Tags.h"

namespace posdesk::emv {

void DataStore::set(quint32 tag, QByteArrayView value)
{
    m_values.insert_or_assign(tag, SecureBytes(value));
}

QByteArrayView DataStore::value(quint32 tag) const
{
    const auto found = m_values.find(tag);
    return found == m_values.end() ? QByteArrayView() : found->second.view();
}

QByteArray DataStore::copy(quint32 tag) const
{
    Q_ASSERT(!isCardholderData(tag));
    return value(tag).toByteArray();
}

} // namespace posdesk::emv
