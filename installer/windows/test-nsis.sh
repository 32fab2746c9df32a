#!/usr/bin/env bash
# Compiles installer/windows/posdesk.nsi with Debian's makensis against placeholder programs and DLLs, so that
# the Windows installer script cannot rot unnoticed on a Linux-only CI. Run by ctest as packaging_nsis.
#   installer/windows/test-nsis.sh [VERSION]
set -euo pipefail

version=${1:-0.0.0}
script="$(cd "$(dirname "$0")" && pwd)/posdesk.nsi"

if ! command -v makensis >/dev/null; then
    echo "test-nsis: makensis not found (Debian package nsis; installer/install-build-deps.sh installs it)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A staged installation as `cmake --install` plus windeployqt leave it: programs, DLLs and plugin folders.
stage="$work/stage"
mkdir -p "$stage/bin/platforms" "$stage/bin/sqldrivers" "$stage/bin/translations"
for f in posdesk.exe posdesk-cli.exe posdesk-hostsim.exe Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Sql.dll \
    libcrypto-3-x64.dll libsodium.dll xlsxwriter.dll platforms/qwindows.dll sqldrivers/qsqlite.dll \
    sqldrivers/qsqlpsql.dll translations/qtbase_zh_CN.qm vc_redist.x64.exe; do
    printf 'placeholder for %s\n' "$f" >"$stage/bin/$f"
done

out="$work/PosDesk-$version-win64.exe"
# -WX: a warning (unused string, missing language string, bad path) fails the test like an error.
if ! makensis -V4 -WX "-DVERSION=$version" "-DSTAGING=$stage" "-DOUTFILE=$out" "$script" \
    >"$work/makensis.log" 2>&1; then
    cat "$work/makensis.log" >&2
    echo "test-nsis: makensis failed on $script" >&2
    exit 1
fi
# The byte-order mark must survive editing, or the Chinese strings turn into mojibake.
grep -q '(UTF8)' "$work/makensis.log" ||
    { echo "test-nsis: posdesk.nsi was not read as UTF-8 (BOM lost?)" >&2; exit 1; }
[ "$(head -c 2 "$out")" = MZ ] || { echo "test-nsis: $out is not a Windows executable" >&2; exit 1; }
for f in posdesk.exe posdesk-cli.exe posdesk-hostsim.exe qwindows.dll qsqlite.dll; do
    grep -q "File: \"$f\"" "$work/makensis.log" || { echo "test-nsis: $f was not packed" >&2; exit 1; }
done

# A staging folder without the programs must be refused at compile time, not produce an empty installer.
mkdir -p "$work/empty/bin"
if makensis -V1 "-DVERSION=$version" "-DSTAGING=$work/empty" "-DOUTFILE=$work/empty.exe" "$script" >/dev/null 2>&1; then
    echo "test-nsis: makensis accepted a staging folder without bin/posdesk.exe" >&2
    exit 1
fi

echo "test-nsis: $(basename "$out") compiled ($(stat -c %s "$out") bytes) with $(makensis -VERSION)"
