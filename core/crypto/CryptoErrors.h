#pragma once

// Internal to core/crypto.

#include <QString>

namespace posdesk::crypto::detail {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

} // namespace posdesk::crypto::detail
