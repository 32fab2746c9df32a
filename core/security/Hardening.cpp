#include "security/Hardening.h"

#include <QtGlobal> // Q_OS_LINUX

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace posdesk {

void hardenProcess()
{
#ifdef Q_OS_LINUX
    // Failures are ignored on purpose: hardening is best effort and must never stop a till from starting.
    (void)::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const struct rlimit none = {0, 0};
    (void)::setrlimit(RLIMIT_CORE, &none);
#endif
}

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    (void)::umask(077);
#endif
}

} // namespace posdesk
