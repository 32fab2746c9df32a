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
    // Whether a key of that kind is stored, without decrypting it. NotFound is false; other errors are errors.
    virtual Result<bool> hasKey(Id terminalId, const QString &kind)
    {
        auto key = loadKey(terminalId, kind);
        if (key)
            return true;
        if (key.error().kind == ErrorKind::NotFound)
            return false;
        return key.error();
    }
};

} // namespace posdesk
