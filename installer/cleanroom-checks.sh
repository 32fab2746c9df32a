#!/bin/bash
# Runs INSIDE the fresh Debian root that installer/test-package.sh builds, as root, after apt installed the
# PosDesk .deb with --no-install-recommends. The programs run as an ordinary user, as on a shop PC.
#   cleanroom-checks.sh programs VERSION   --version, the CLI demo, the GUI offscreen, plugins resolve
#   cleanroom-checks.sh xcb                the GUI on a real X server (Xvfb, installed only for this step)
set -euo pipefail

say() { printf 'cleanroom: %s\n' "$*"; }
fail() {
    printf 'cleanroom: FAIL: %s\n' "$*" >&2
    exit 1
}
# Runs a command as the shop's user with a plain environment and no display.
as_user() {
    runuser -u shop -- env -i HOME=/home/shop PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/runtime-shop "$@"
}

# Qt's plugin folder, wherever the architecture puts it (/usr/lib/<multiarch>/qt6/plugins).
qt_plugin_dir() {
    local offscreen
    offscreen=$(dpkg -L libqt6gui6 2>/dev/null | grep '/platforms/libqoffscreen\.so$') ||
        fail "libqt6gui6 is not installed"
    dirname "$(dirname "$offscreen")"
}

programs() {
    local version=$1
    # The apt variant may lack useradd (package passwd); an ordinary account is three lines anyway.
    if ! id shop >/dev/null 2>&1; then
        if command -v useradd >/dev/null; then
            useradd --create-home --shell /bin/sh shop
        else
            echo 'shop:x:1000:1000:Shop:/home/shop:/bin/sh' >>/etc/passwd
            echo 'shop:x:1000:' >>/etc/group
            echo 'shop:*:19000:0:99999:7:::' >>/etc/shadow
            install -d -m 0755 -o 1000 -g 1000 /home/shop
        fi
    fi
    install -d -m 0700 -o shop /tmp/runtime-shop

    say "installed: $(dpkg-query -W -f='${Package} ${Version} ${Status}' posdesk)"
    dpkg-query -W -f='${Status}' posdesk | grep -q 'install ok installed' || fail "posdesk is not installed"
    # --no-install-recommends must really have left the Recommends out, or this root proves nothing.
    if dpkg-query -W -f='${Status}' libqt6sql6-psql 2>/dev/null | grep -q 'install ok installed'; then
        fail "libqt6sql6-psql (a Recommends) is installed: the root was not built without recommends"
    fi
    command -v posdesk-devsim >/dev/null && fail "posdesk-devsim is installed, but it does not ship"

    # Every shared object the package and the Qt plugins it relies on need must resolve.
    local f missing="" qt_plugins
    qt_plugins=$(qt_plugin_dir)
    for f in /usr/bin/posdesk /usr/bin/posdesk-cli /usr/bin/posdesk-hostsim \
        "$qt_plugins/sqldrivers/libqsqlite.so" "$qt_plugins/platforms/libqxcb.so" \
        "$qt_plugins/platforms/libqoffscreen.so"; do
        [ -e "$f" ] || fail "$f is missing"
        if ldd "$f" | grep -q 'not found'; then
            missing+="$f: $(ldd "$f" | grep 'not found' | tr -s ' \t' ' ')"$'\n'
        fi
    done
    [ -z "$missing" ] || fail "unresolved libraries:"$'\n'"$missing"

    # --version is answered before any Qt application object exists: no display, no database needed.
    local p out
    for p in posdesk posdesk-cli posdesk-hostsim; do
        out=$(as_user "$p" --version) || fail "$p --version exited with $?"
        [ "$out" = "$p $version" ] || fail "$p --version printed '$out', expected '$p $version'"
        say "$out"
    done

    # The command-line tool seeds the demo shop and lists its three terminals.
    as_user posdesk-cli --db /tmp/d.db init --demo || fail "posdesk-cli init --demo exited with $?"
    out=$(as_user posdesk-cli --db /tmp/d.db terminal list --json) || fail "posdesk-cli terminal list exited with $?"
    local count
    count=$(printf '%s\n' "$out" | grep -c '"tid": *"' || true)
    [ "$count" -eq 3 ] || fail "terminal list --json shows $count terminals, expected 3:"$'\n'"$out"
    local tid
    for tid in 12345601 12345602 12345603; do
        printf '%s\n' "$out" | grep -q "\"tid\": *\"$tid\"" || fail "terminal $tid missing from:"$'\n'"$out"
    done
    say "posdesk-cli init --demo; terminal list --json: 3 terminals"

    gui offscreen
}

# Opens the demo shop's main window on the given platform and quits after 3 s; must exit 0 on its own.
gui() {
    local platform=$1 log=/tmp/gui-$1.log rc=0
    shift
    as_user "$@" env QT_QPA_PLATFORM="$platform" timeout 120 posdesk --demo --quit-after 3000 >"$log" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ] || grep -E -q 'Could not (load|find) the Qt platform plugin|driver not loaded' "$log"; then
        cat "$log" >&2
        fail "posdesk --demo --quit-after 3000 on $platform exited with $rc"
    fi
    say "posdesk --demo --quit-after 3000 on $platform: exit 0"
}

xcb() {
    # Xvfb comes from the mirror only now, after the checks above ran without it.
    if ! dpkg-query -W -f='${Package} ${Status}\n' qt6-qpa-plugins 2>/dev/null | grep -q 'install ok installed'; then
        say "qt6-qpa-plugins is not installed; the xcb platform plugin comes from libqt6gui6"
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth >/tmp/apt-xvfb.log 2>&1 ||
        { cat /tmp/apt-xvfb.log >&2; fail "could not install xvfb from the mirror"; }
    gui xcb xvfb-run -a -s '-screen 0 1280x800x24'
}

case "${1:-}" in
programs) programs "${2:?VERSION}" ;;
xcb) xcb ;;
*) fail "usage: $0 programs VERSION | xcb" ;;
esac
