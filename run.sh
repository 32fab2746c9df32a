#!/usr/bin/env bash
# Sets up what is missing, builds, and launches PosDesk in demo mode: a seeded SQLite shop in a temporary folder,
# the acquirer host simulator and the virtual printer and card reader.
set -euo pipefail
cd "$(dirname "$0")"
./installer/install-build-deps.sh

build=${POSDESK_BUILD_DIR:-build}
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j"$jobs" --target posdesk posdesk-cli posdesk-hostsim posdesk-devsim

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found. Run it from a desktop session, or under Xvfb: xvfb-run -a ./run.sh" >&2
    exit 3
fi
exec "$build/bin/posdesk" --demo "$@"
