#pragma once

namespace posdesk {

// Keeps secrets in this process out of core dumps and away from other processes of the same user: no core file,
// not dumpable, so no ptrace attach and no /proc/PID/mem. Release builds of every program call it first thing in
// main(). Linux only; a no-op elsewhere.
void hardenProcess();

// Files and folders this process creates are its OS account's alone (umask 077): the database, its WAL, key files,
// exports, ledgers. Every program calls it first thing in main(), in every build. A no-op where there is no umask.
void restrictNewFiles();

} // namespace posdesk
