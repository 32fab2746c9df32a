#pragma once

#include "security/SecureBuffer.h"
#include "util/Result.h"

#include <QString>

namespace posdesk {

// The data-protection key as a file of raw bytes that only its owner may read (0600), for computers without an
// OS keychain service (headless tills, CI).
namespace KeyFile {

// Reads exactly `size` bytes. Refuses a file that group or others may read or write, or that another user owns:
// the key would already be exposed, and using it would hide that.
Result<SecureBuffer> read(const QString &path, std::size_t size);
// Creates the file with mode 0600 holding `key`. When another process created it first, that file wins and its
// key is returned, so two tills starting together never end up with two keys.
Result<SecureBuffer> create(const QString &path, const SecureBuffer &key);

} // namespace KeyFile
} // namespace posdesk
