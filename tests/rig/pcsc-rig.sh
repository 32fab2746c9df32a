#!/usr/bin/env bash
# The PC/SC test rig: a private pcscd with vsmartcard's virtual reader driver (vpcd), and emulated cards that
# connect to it over loopback TCP. Nothing system-wide is changed: the system pcscd (if any) keeps its socket.
#
#   pcsc-rig.sh start DIR              start pcscd (idempotent: a healthy rig in DIR is kept), write DIR/pcsc.env
#   pcsc-rig.sh stop DIR               remove the card, stop pcscd, delete its socket (logs stay in DIR)
#   pcsc-rig.sh insert DIR [PROFILE] [CARD-ARGS...]
#                                      put a card in reader slot 0 and wait until pcscd sees it. PROFILE "minicard"
#                                      (the default) runs tests/rig/minicard.py, any other name runs
#                                      tests/rig/card/pboc_card.py --profile PROFILE; CARD-ARGS go to the card
#   pcsc-rig.sh remove DIR             kill the card and wait until the reader is empty
#   pcsc-rig.sh status DIR             print the environment and each reader's state
#
# pcsc-lite 1.9.9's daemon always listens on /run/pcscd/pcscd.comm (only the client library reads
# PCSCLITE_CSOCK_NAME), so the private pcscd runs in a mount namespace of its own where DIR/run is mounted over
# /run: its socket is DIR/run/pcscd/pcscd.comm, and clients reach it with PCSCLITE_CSOCK_NAME set to that path.
# As root that is `unshare --mount`; otherwise `unshare --user --map-root-user --mount` (unprivileged user
# namespaces, on by default in Debian 12).
#
# DIR/pcsc.env (KEY='value' lines, shell-sourceable; values never contain a quote):
#   PCSCLITE_CSOCK_NAME     the private pcscd's socket: export it and libpcsclite talks to this rig
#   POSDESK_PCSC_DIR        DIR
#   POSDESK_PCSC_PORT       vpcd's TCP port for reader slot 0 (slot 1 listens on PORT+1); cards connect here
#   POSDESK_PCSC_PCSCD_PID  the private pcscd's process id
#   POSDESK_PCSC_READER     the name of reader slot 0, where `insert` puts cards
#   POSDESK_PCSC_READER2    the name of reader slot 1 (stays empty)
# While a card is in: DIR/card.pid holds its process id, DIR/card.log its output (INS/SW lines, never card data).
#
# vpcd listens on all addresses (INADDR_ANY) of the chosen ports; the cards connect to 127.0.0.1 only.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: pcsc-rig.sh start|stop|insert|remove|status DIR [PROFILE] [CARD-ARGS...]" >&2
    exit 2
fi
shift 2
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3
driver=/usr/lib/pcsc/drivers/serial/libifdvpcd.so
reader_base="PosDesk Virtual PCD"
env_file="$dir/pcsc.env"
sock="$dir/run/pcscd/pcscd.comm"

die() {
    echo "pcsc-rig: $*" >&2
    exit 1
}

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# Whether process PID is still the one this rig started (its command line has TEXT): a pid from an old file may
# belong to someone else by now, and only our own processes are ever signalled.
ours() {
    local cmdline
    alive "$1" && cmdline=$( { tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null) && grep -qF -- "$2" <<<"$cmdline"
}

# Sends TERM, waits up to 5 s, then KILL.
end_process() {
    kill -TERM "$1" 2>/dev/null || true
    for _ in $(seq 50); do alive "$1" || return 0; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
}

env_value() { # KEY -> value from DIR/pcsc.env, empty when absent
    [ -f "$env_file" ] || return 0
    sed -n "s/^$1='\\(.*\\)'\$/\\1/p" "$env_file"
}

# Asks the private pcscd (through libpcsclite, by pyscard) for the state of the readers.
#   probe list            prints one reader name a line
#   probe wait STATE SEC  waits until slot 0 is "present" or "empty"; exit 1 on timeout
#   probe states          prints "NAME: empty|present|in use|unavailable" a line
probe() {
    PCSCLITE_CSOCK_NAME="$sock" "$python" - "$@" "$reader_base 00 00" <<'EOF'
import sys, time
try:
    from smartcard import scard as s
except ImportError:
    print("pcsc-rig: pyscard is missing (package python3-pyscard: installer/install-build-deps.sh)", file=sys.stderr)
    sys.exit(3)

def context():
    hr, ctx = s.SCardEstablishContext(s.SCARD_SCOPE_USER)
    if hr != s.SCARD_S_SUCCESS:
        raise SystemExit(2)
    return ctx

def readers(ctx):
    hr, names = s.SCardListReaders(ctx, [])
    return names if hr == s.SCARD_S_SUCCESS else []

def word(state):
    if state & s.SCARD_STATE_UNAVAILABLE:
        return "unavailable"
    if state & s.SCARD_STATE_EXCLUSIVE or state & s.SCARD_STATE_INUSE:
        return "in use"
    if state & s.SCARD_STATE_PRESENT:
        return "present"
    return "empty"

what, slot0 = sys.argv[1], sys.argv[-1]
ctx = context()
if what == "list":
    print("\n".join(readers(ctx)))
elif what == "states":
    names = readers(ctx)
    if names:
        hr, states = s.SCardGetStatusChange(ctx, 0, [(n, s.SCARD_STATE_UNAWARE) for n in names])
        for name, state, _atr in states:
            print("%s: %s" % (name, word(state)))
elif what == "wait":
    want, deadline = sys.argv[2], time.monotonic() + float(sys.argv[3])
    while time.monotonic() < deadline:
        hr, states = s.SCardGetStatusChange(ctx, 200, [(slot0, s.SCARD_STATE_UNAWARE)])
        if hr == s.SCARD_S_SUCCESS:
            present = bool(states[0][1] & s.SCARD_STATE_PRESENT)
            if present == (want == "present"):
                sys.exit(0)
        time.sleep(0.05)
    sys.exit(1)
EOF
}

# Whether the reader list has NAME (read whole: grep -q on a pipe would cut the writer off under pipefail).
has_reader() {
    local names
    names=$(probe list 2>/dev/null) || return 1
    grep -qxF "$1" <<<"$names"
}

rig_healthy() {
    alive "$(env_value POSDESK_PCSC_PCSCD_PID)" && [ -S "$sock" ] && has_reader "$reader_base 00 00"
}

# A base port whose two ports (vpcd's slots 0 and 1) are free on every address, as vpcd binds them.
free_port_pair() {
    "$python" - <<'EOF'
import random, socket
for _ in range(200):
    base = random.randrange(20000, 60000, 2)
    held = []
    try:
        for port in (base, base + 1):
            sk = socket.socket()
            sk.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sk.bind(("0.0.0.0", port))
            held.append(sk)
    except OSError:
        continue
    finally:
        for sk in held:
            sk.close()
    if len(held) == 2:
        print(base)
        break
EOF
}

remove_card() {
    local pid
    pid=$(cat "$dir/card.pid" 2>/dev/null || true)
    if ours "$pid" --port; then
        end_process "$pid"
    fi
    rm -f "$dir/card.pid"
}

stop_rig() {
    remove_card
    # The pid from the environment, and the one pcscd wrote itself (in case the environment file was lost).
    local pid
    for pid in "$(env_value POSDESK_PCSC_PCSCD_PID)" "$( { tr -d '\0' <"$dir/run/pcscd/pcscd.pid"; } 2>/dev/null || true)"; do
        if ours "$pid" "$dir/reader.conf"; then
            end_process "$pid"
        fi
    done
    rm -rf "$dir/run" "$env_file" "$dir/reader.conf"
}

start_rig() {
    [ -x /usr/sbin/pcscd ] || die "pcscd is not installed (package pcscd: installer/install-build-deps.sh)"
    [ -f "$driver" ] || die "vpcd is not installed (package vsmartcard-vpcd: installer/install-build-deps.sh)"
    [ -x "$python" ] || die "$python is missing"
    command -v unshare >/dev/null || die "unshare (util-linux) is missing"
    if rig_healthy; then
        echo "pcsc-rig: pcscd already running in $dir (port $(env_value POSDESK_PCSC_PORT))"
        return 0
    fi
    stop_rig
    local ns=(unshare --mount --propagation private)
    [ "$(id -u)" -ne 0 ] && ns=(unshare --user --map-root-user --mount --propagation private)

    local attempt port pid
    for attempt in 1 2 3; do
        port=$(free_port_pair)
        [ -n "$port" ] || die "no free pair of TCP ports for vpcd"
        mkdir -p "$dir/run"
        cat >"$dir/reader.conf" <<EOF
FRIENDLYNAME "$reader_base"
DEVICENAME   /dev/null:$port
LIBPATH      $driver
CHANNELID    $port
EOF
        # No --apdu: pcscd would log the card's answers, which may be card data.
        setsid "${ns[@]}" -- sh -c 'mount --bind "$1" /run && exec /usr/sbin/pcscd --foreground --config "$2"' \
            sh "$dir/run" "$dir/reader.conf" </dev/null >>"$dir/pcscd.log" 2>&1 &
        pid=$!
        for _ in $(seq 100); do
            alive "$pid" || break
            [ -S "$sock" ] && has_reader "$reader_base 00 01" && break
            sleep 0.1
        done
        if alive "$pid" && has_reader "$reader_base 00 00" && has_reader "$reader_base 00 01"; then
            cat >"$env_file" <<EOF
PCSCLITE_CSOCK_NAME='$sock'
POSDESK_PCSC_DIR='$dir'
POSDESK_PCSC_PORT='$port'
POSDESK_PCSC_PCSCD_PID='$pid'
POSDESK_PCSC_READER='$reader_base 00 00'
POSDESK_PCSC_READER2='$reader_base 00 01'
EOF
            echo "pcsc-rig: pcscd $pid on $sock, vpcd on port $port (env in $env_file)"
            return 0
        fi
        # A port taken between the check and vpcd's bind, or pcscd could not start: clean up and say why.
        ours "$pid" "$dir/reader.conf" && kill -KILL "$pid" 2>/dev/null || true
        rm -rf "$dir/run"
        sleep 0.2
    done
    echo "pcsc-rig: pcscd did not come up with the vpcd reader; its log:" >&2
    tail -n 30 "$dir/pcscd.log" >&2 || true
    exit 1
}

insert_card() {
    rig_healthy || die "no rig running in $dir (pcsc-rig.sh start $dir)"
    local profile=${1:-minicard}
    [ $# -gt 0 ] && shift
    local program=("$python" "$here/minicard.py")
    if [ "$profile" != minicard ]; then
        [ -f "$here/card/pboc_card.py" ] || die "the PBOC card emulator tests/rig/card/pboc_card.py is missing"
        program=("$python" "$here/card/pboc_card.py" --profile "$profile")
    fi
    remove_card
    setsid "${program[@]}" --port "$(env_value POSDESK_PCSC_PORT)" "$@" </dev/null >>"$dir/card.log" 2>&1 &
    echo $! >"$dir/card.pid"
    if ! probe wait present 15; then
        echo "pcsc-rig: the card ($profile) did not appear in the reader; its log:" >&2
        tail -n 20 "$dir/card.log" >&2 || true
        remove_card
        exit 1
    fi
    echo "pcsc-rig: card $profile in \"$reader_base 00 00\" (pid $(cat "$dir/card.pid"))"
}

case "$cmd" in
start) start_rig ;;
stop)
    stop_rig
    echo "pcsc-rig: stopped"
    ;;
insert) insert_card "$@" ;;
remove)
    remove_card
    if rig_healthy && ! probe wait empty 15; then
        die "the reader still shows a card"
    fi
    ;;
status)
    rig_healthy || die "no rig running in $dir"
    cat "$env_file"
    probe states
    ;;
*)
    echo "usage: pcsc-rig.sh start|stop|insert|remove|status DIR [PROFILE] [CARD-ARGS...]" >&2
    exit 2
    ;;
esac
