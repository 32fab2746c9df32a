#include "acquirer/KeyStoreVault.h"

#include <QCoreApplication>

namespace posdesk {

Result<SecretBytes> KeyStoreVault::loadKey(Id terminalId, const QString &kind)
{
    auto k = keyKindFromString(kind);
    if (!k)
        return Error::internal(QStringLiteral("unknown key kind %1").arg(kind));
    auto key = m_store.loadKey(terminalId, *k);
    if (!key)
        return key.error();
    return SecretBytes(key->view());
}

Result<bool> KeyStoreVault::hasKey(Id terminalId, const QString &kind)
{
    auto k = keyKindFromString(kind);
    if (!k)
        return Error::internal(QStringLiteral("unknown key kind %1").arg(kind));
    return m_store.hasKey(terminalId, *k);
}

Status KeyStoreVault::storeKey(Id terminalId, const QString &kind, const SecretBytes &clearKey)
{
    auto k = keyKindFromString(kind);
    if (!k)
        return Error::internal(QStringLiteral("unknown key kind %1").arg(kind));
    auto stored = m_store.storeWorkingKey(terminalId, *k, SecureBuffer(clearKey.view()));
    if (!stored)
        return stored.error();
    return {};
}

} // namespace posdesk
