#pragma once

#include "crypto/SecretBytes.h"
#include "domain/Entities.h"
#include "util/Result.h"

namespace posdesk {

// Where a terminal's keys live between uses: the TMK and the working keys of the last sign-on,
// encrypted at rest by the implementation. Kinds: "tmk", "tpk", "tak", "tdk".
class KeyVault
{
public:
    virtual ~KeyVault() = default;
    virtual Result<SecretBytes> loadKey(Id terminalId, const QString &kind) = 0;
    virtual Status storeKey(Id terminalId, const QString &kind, const SecretBytes &clearKey) = 0;
};

} // namespace posdesk
