#pragma once

#include "util/Result.h"

namespace posdesk {

// Initialises libsodium once per process (thread-safe); every security function calls it before using sodium.
Status ensureSodium();

} // namespace posdesk
