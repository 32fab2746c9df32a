#!/bin/sh
# Screenshots of every PosDesk screen in English and Chinese, for the README and for review.
#
#   tools/screenshots.sh [OUTPUT_DIR] [BUILD_DIR]
#
# Starts `posdesk --demo` under Xvfb (a real X server, so fonts and styles are those of a desktop, not of the
# offscreen test platform). The hidden option --screenshot-dir makes the program walk through its own screens,
# grab each window with QWidget::grab() and quit. The demo's host simulator (posdesk-hostsim) must sit beside
# posdesk, as it does in the build tree.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/screenshots}
build=${2:-}
if [ -z "$build" ]; then
    for candidate in "$here/build" "$here/build-gui"; do
        if [ -x "$candidate/bin/posdesk" ]; then
            build=$candidate
            break
        fi
    done
fi
posdesk=${build:+$build/bin/posdesk}
if [ -z "$posdesk" ] || [ ! -x "$posdesk" ]; then
    echo "screenshots.sh: no posdesk found; build it first (./run.sh or cmake --build build --target posdesk)," \
         "or give the build folder as the second argument" >&2
    exit 3
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "screenshots.sh: xvfb-run is missing (Debian package xvfb)" >&2
    exit 3
fi
if ! fc-list :lang=zh | grep -q .; then
    echo "screenshots.sh: no Chinese font installed; the Chinese pictures would show boxes (install fonts-noto-cjk)" >&2
    exit 3
fi

mkdir -p "$out"
rm -f "$out"/*.png
# A settings folder of its own: the user's saved language must not change the pictures, nor the tour the user's.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT INT TERM
# The window is 1280x800; the screen leaves room for it.
XDG_CONFIG_HOME=$config LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 QT_QPA_PLATFORM=xcb \
    timeout 300 xvfb-run -a -s "-screen 0 1440x900x24" "$posdesk" --demo --screenshot-dir "$out"
count=$(ls "$out"/*.png 2>/dev/null | wc -l)
echo "screenshots.sh: $count pictures in $out"
[ "$count" -gt 0 ]
