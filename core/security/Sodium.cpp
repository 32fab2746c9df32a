#include "security/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace posdesk {

Status ensureSodium()
{
    // A function-local static is initialised exactly once even with several threads racing here.
    static const int rc = sodium_init();
    if (rc < 0)
        return Error::environment(QCoreApplication::translate(
            "posdesk::Sodium", "The cryptography library (libsodium) could not start. Reinstall PosDesk."));
    return {};
}

} // namespace posdesk
