#pragma once

#include "security/SecureBuffer.h"
#include "util/Result.h"

#include <QString>

namespace posdesk {

// The operating system's secret store (Secret Service/KWallet, macOS Keychain, Windows Credential Manager) through
// QtKeychain, used synchronously. Without QtKeychain at build time, or without a running keychain service, every
// call answers Unavailable and the caller falls back to a key file.
namespace OsKeychain {

enum class State
{
    Found,
    Missing,     // the keychain works but holds no such entry
    Unavailable, // no keychain service here (headless, no D-Bus session, not built in)
};

struct ReadResult
{
    State state = State::Unavailable;
    SecureBuffer secret;
    QString reason; // why it is unavailable, for diagnostics
};

bool builtIn();
// Refused (not Unavailable) when the keychain exists but the user denied access: falling back to a file then
// would silently create a second key.
Result<ReadResult> read(const QString &service, const QString &entry);
// Unavailable is reported as Error::environment; the caller decides whether to fall back.
Status write(const QString &service, const QString &entry, const SecureBuffer &secret);

} // namespace OsKeychain
} // namespace posdesk
