#pragma once

#include "acquirer/KeyVault.h"
#include "security/KeyStore.h"

namespace posdesk {

// The acquirer link's keys, kept encrypted at rest by the KeyStore (data-protection key from the OS keychain or
// the 0600 key file).
class KeyStoreVault final : public KeyVault
{
public:
    explicit KeyStoreVault(KeyStore &store) : m_store(store) {}
    Result<SecretBytes> loadKey(Id terminalId, const QString &kind) override;
    Status storeKey(Id terminalId, const QString &kind, const SecretBytes &clearKey) override;
    Result<bool> hasKey(Id terminalId, const QString &kind) override;

private:
    KeyStore &m_store;
};

} // namespace posdesk
