#pragma once

#include "util/Result.h"

#include <QString>

namespace posdesk {

// Password hashes in libsodium's argon2id string format ($argon2id$v=19$m=…), at the interactive cost level.
// The string carries its own salt and parameters, so old hashes keep verifying after the cost is raised.
class PasswordHasher
{
public:
    static Result<QString> hash(const QString &password);
    // False for a wrong password and for a stored hash that is not an argon2id string.
    static bool verify(const QString &storedHash, const QString &password);
    // True when the hash was made with other parameters than today's (re-hash it after a good login).
    static bool needsRehash(const QString &storedHash);

    // The form that is hashed: Unicode NFKC, so the same password typed through different input methods
    // (full-width and half-width digits, composed and decomposed accents) gives the same hash.
    static QString normalized(const QString &password);
};

} // namespace posdesk
