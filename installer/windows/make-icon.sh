#!/usr/bin/env bash
# Regenerates resources/icons/posdesk.ico (installer, uninstaller and shortcut icon on Windows) from
# resources/icons/posdesk.svg. Run it after changing the SVG and commit the result: a Windows build has no SVG
# renderer, so the .ico is kept in the repository. Needs rsvg-convert (librsvg2-bin) and icotool (icoutils).
set -euo pipefail
icons="$(cd "$(dirname "$0")/../../resources/icons" && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pngs=()
for size in 16 24 32 48 64 128; do
    rsvg-convert --width "$size" --height "$size" --output "$tmp/$size.png" "$icons/posdesk.svg"
    pngs+=("$tmp/$size.png")
done
rsvg-convert --width 256 --height 256 --output "$tmp/256.png" "$icons/posdesk.svg"
# The 256px image is stored as PNG inside the .ico (-r), as Windows Vista and later expect.
icotool --create --output "$icons/posdesk.ico" "${pngs[@]}" --raw="$tmp/256.png"
echo "wrote $icons/posdesk.ico"
