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
# The chip-card reader: where the PC/SC test rig can run (pcscd, the vpcd driver, unshare), a private pcscd with a
# virtual reader holding an emulated UnionPay chip card (tests/rig/card, test keys only); the demo host plays its
# issuer. Without it the demo still runs, with swiped and typed cards only.
rig_dir=
if [ "${POSDESK_DEMO_CHIP:-1}" = 1 ]; then
    rig_dir=$(mktemp -d "${TMPDIR:-/tmp}/posdesk-demo-pcsc.XXXXXX")
    if tests/rig/pcsc-rig.sh start "$rig_dir" >"$rig_dir/start.log" 2>&1 &&
        tests/rig/pcsc-rig.sh insert "$rig_dir" credit-nopin >>"$rig_dir/start.log" 2>&1; then
        set -a
        . "$rig_dir/pcsc.env" # PCSCLITE_CSOCK_NAME: libpcsclite talks to this private pcscd
        set +a
        export POSDESK_DEMO_CHIP_CARDS="$PWD/tests/rig/card"
        echo "run.sh: a chip card is in the virtual reader: type an amount on the till and press F8."
    else
        echo "run.sh: no virtual chip-card reader (see $rig_dir/start.log); the demo runs with swiped cards." >&2
        tests/rig/pcsc-rig.sh stop "$rig_dir" >/dev/null 2>&1 || true
        rig_dir=
    fi
fi
stop_rig() {
    [ -z "$rig_dir" ] || { tests/rig/pcsc-rig.sh stop "$rig_dir" >/dev/null 2>&1 || true; rm -rf "$rig_dir"; }
}
trap stop_rig EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
"$build/bin/posdesk" --demo "$@"
