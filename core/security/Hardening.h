#pragma once

namespace posdesk {

// Keeps secrets in this process out of core dumps and away from other processes of the same user: no core file,
// not dumpable, so no ptrace attach and no /proc/PID/mem. Release builds of every program call it first thing in
// main(). Linux only; a no-op elsewhere.
void hardenProcess();

} // namespace posdesk
