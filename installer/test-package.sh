#!/usr/bin/env bash
# shellcheck disable=SC2016 # the mmdebstrap hooks are shell snippets that mmdebstrap runs later, with the root as $1
# Clean-room test of the Debian package (ctest packaging_deb_cleanroom):
#   installer/test-package.sh BUILD_DIR
# 1. builds the .deb with cpack from BUILD_DIR (an already built and configured tree; nothing is reconfigured);
# 2. checks its contents, control fields, .desktop file, AppStream metadata, and runs lintian, failing on any
#    tag that cmake/Packaging.cmake does not list with a justification;
# 3. creates a fresh Debian bookworm root with mmdebstrap from the mirror this machine's apt uses, installs the
#    .deb there with --no-install-recommends (so a dependency missing from the package fails), and runs
#    installer/cleanroom-checks.sh inside: every program's --version, the CLI demo shop, the GUI offscreen,
#    then the GUI on Xvfb.
# Downloaded packages are kept in BUILD_DIR/packaging/cache for the next run; apt's package lists are fetched
# fresh every time, so the root is what the mirror serves today.
# Needs root (mmdebstrap's root mode and a tmpfs) or working unprivileged user namespaces.
set -euo pipefail

# As root, run in a private mount namespace: the tmpfs below and everything mmdebstrap mounts in the root (/proc,
# /sys, device nodes) disappear with this process however it ends, even when ctest kills it on a timeout, so no
# mount is ever left behind inside the build directory.
if [ "$(id -u)" -eq 0 ] && [ -z "${POSDESK_CLEANROOM_NS:-}" ]; then
    POSDESK_CLEANROOM_NS=1 exec unshare --mount --propagation private "$0" "$@"
fi

src=$(cd "$(dirname "$0")/.." && pwd)
[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
work="$build/packaging"
cache="$work/cache"
suite=bookworm
start=$SECONDS

say() { printf '[%4ds] test-package: %s\n' "$((SECONDS - start))" "$*"; }
fail() {
    printf '[%4ds] test-package: FAIL: %s\n' "$((SECONDS - start))" "$*" >&2
    exit 1
}
need() {
    command -v "$1" >/dev/null || fail "$1 not found (Debian package $2; installer/install-build-deps.sh installs it)"
}

need cpack cmake
need mmdebstrap mmdebstrap
need lintian lintian
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured PosDesk build directory"
mkdir -p "$work" "$cache/archives"

# ---- 1. the .deb ------------------------------------------------------------------------------------------
say "building the .deb with cpack in $work/deb"
rm -rf "$work/deb"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
shopt -s nullglob
debs=("$work"/deb/posdesk_*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one posdesk_*.deb in $work/deb, found ${#debs[@]}"
deb=${debs[0]}
say "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# ---- 2. static checks -------------------------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
version=$(field Version)
depends=$(field Depends)
recommends=$(field Recommends)
say "Depends: $depends"
say "Recommends: $recommends"
for dep in libqt6sql6-sqlite libqt6core6 libqt6widgets6 libqt6sql6 libssl3 libsodium23; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
for rec in libqt6sql6-psql gnome-keyring; do
    grep -q "$rec" <<<"$recommends" || fail "Recommends lacks $rec"
done

contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
app_id=org.posdesk.PosDesk
expected=(
    ./usr/bin/posdesk ./usr/bin/posdesk-cli ./usr/bin/posdesk-hostsim
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/doc/posdesk/copyright ./usr/share/doc/posdesk/changelog.gz
    ./usr/share/man/man1/posdesk.1.gz ./usr/share/man/man1/posdesk-cli.1.gz ./usr/share/man/man1/posdesk-hostsim.1.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
grep -q 'posdesk-devsim' <<<"$contents" && fail "posdesk-devsim is in the package, but it does not ship"

extract="$work/extract"
rm -rf "$extract"
dpkg-deb --extract "$deb" "$extract"
desktop-file-validate "$extract/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$extract/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log" >&2; fail "appstreamcli validate --no-net"; }
changelog_version=$(zcat "$extract/usr/share/doc/posdesk/changelog.gz" | sed -n '1s/^posdesk (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] ||
    fail "installer/debian/changelog's latest entry is $changelog_version, the package is $version"
grep -q "<release version=\"$version\"" "$extract/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "resources/linux/$app_id.metainfo.xml has no <release version=\"$version\">"
say "contents, desktop-file-validate, appstreamcli validate: ok"

# lintian: every tag it shows must be one that cmake/Packaging.cmake lists and justifies.
accepted_file="$build/packaging-data/lintian-accepted"
[ -f "$accepted_file" ] || fail "$accepted_file missing (written by cmake/Packaging.cmake)"
lintian --fail-on none --display-info --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 ||
    { cat "$work/lintian.log" >&2; fail "lintian did not run"; }
sed 's/^/  lintian: /' "$work/lintian.log"
unjustified=$(grep -E '^[EWI]: ' "$work/lintian.log" | awk '{print $3}' | sort -u |
    grep -vxF -f "$accepted_file" || true)
[ -z "$unjustified" ] || fail "lintian tags not justified in cmake/Packaging.cmake: $(tr '\n' ' ' <<<"$unjustified")"
say "lintian: nothing unjustified"

# ---- 3. the clean room ------------------------------------------------------------------------------------
# The Debian mirror(s) this machine's apt uses for bookworm, as deb822 stanzas for mmdebstrap.
host_sources() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk -v suite="$suite" '
            $1 == "deb" {
                i = 2
                if ($i ~ /^\[/) { opts = ""; while ($i !~ /\]$/) { opts = opts " " $i; i++ } opts = opts " " $i; i++ }
                uri = $i; s = $(i + 1)
                if (s ~ ("^" suite "(-|$)")) {
                    sb = ""
                    if (match(opts, /signed-by=[^] ]+/)) sb = substr(opts, RSTART + 10, RLENGTH - 10)
                    printf "Types: deb\nURIs: %s\nSuites: %s\nComponents: main\n", uri, s
                    if (sb != "") printf "Signed-By: %s\n", sb
                    printf "\n"
                }
            }' "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk -v suite="$suite" '
            function flush(   n, i, a, s) {
                if (types ~ /(^| )deb( |$)/ && enabled != "no" && uris != "") {
                    n = split(suites, a, " "); s = ""
                    for (i = 1; i <= n; i++) if (a[i] ~ ("^" suite "(-|$)")) s = s (s == "" ? "" : " ") a[i]
                    if (s != "") {
                        printf "Types: deb\nURIs: %s\nSuites: %s\nComponents: main\n", uris, s
                        if (signedby != "") printf "Signed-By: %s\n", signedby
                        printf "\n"
                    }
                }
                types = uris = suites = signedby = enabled = ""
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            {
                key = tolower($1); sub(/:$/, "", key); val = $0; sub(/^[^:]*:[ \t]*/, "", val)
                if (key == "types") types = val
                else if (key == "uris") uris = val
                else if (key == "suites") suites = val
                else if (key == "signed-by") signedby = val
                else if (key == "enabled") enabled = tolower(val)
            }
            END { flush() }' "$f"
    done
}
sources=$(host_sources)
if [ -z "$sources" ]; then
    fail "no Debian $suite mirror in /etc/apt/sources.list or /etc/apt/sources.list.d/ to build the clean root from"
fi
printf '%s\n' "$sources" >"$work/sources"
say "mirror(s) from this machine's apt: $(awk '/^URIs:/{printf "%s ", $2}' "$work/sources")"

# Fail early, and say why, when the mirror cannot be reached.
while read -r uri; do
    first_suite=$(awk -v u="$uri" '$1 == "URIs:" && $2 == u {getline; print $2; exit}' "$work/sources")
    if ! timeout 60 /usr/lib/apt/apt-helper -o APT::Sandbox::User=root \
        download-file "$uri/dists/$first_suite/InRelease" "$work/probe" >"$work/probe.log" 2>&1; then
        cat "$work/probe.log" >&2
        fail "the Debian mirror $uri cannot be reached: the clean-room test needs it (no offline fallback)"
    fi
done < <(awk '/^URIs:/{print $2}' "$work/sources")
rm -f "$work/probe"

# The root is built on a tmpfs when we are root (in the private mount namespace): faster than the disk, and
# gone with the namespace.
tmp="$work/tmp"
mkdir -p "$tmp"
if [ -n "${POSDESK_CLEANROOM_NS:-}" ]; then
    mount -t tmpfs -o size=6g,mode=0755 posdesk-cleanroom "$tmp"
fi

cp "$deb" "$tmp/"
chmod 0644 "$tmp/$(basename "$deb")"
cp "$src/installer/cleanroom-checks.sh" "$tmp/"
# Packages from earlier runs that apt no longer offers are dropped (autoclean) before the cache is saved.
save_cache='chroot "$1" apt-get autoclean -qq >/dev/null && rm -f "$1"/var/cache/apt/archives/posdesk_*.deb'
say "building a fresh $suite root with mmdebstrap and installing the package without recommends"
rc=0
TMPDIR="$tmp" mmdebstrap --verbose --variant=apt --skip=essential/unlink --dpkgopt=force-unsafe-io \
    --aptopt='APT::Install-Recommends "false"' \
    --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
    --include="$tmp/$(basename "$deb")" \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in $cache/archives /var/cache/apt/archives/" \
    --customize-hook="$save_cache" \
    --customize-hook="sync-out /var/cache/apt/archives $cache/archives" \
    --customize-hook="copy-in $tmp/cleanroom-checks.sh /usr/local/bin/" \
    --customize-hook="chroot \"\$1\" /usr/local/bin/cleanroom-checks.sh programs $version" \
    --customize-hook='chroot "$1" /usr/local/bin/cleanroom-checks.sh xcb' \
    --customize-hook="$save_cache" \
    --customize-hook="sync-out /var/cache/apt/archives $cache/archives" \
    "$suite" /dev/null - <"$work/sources" 2>&1 |
    while IFS= read -r line; do printf '[%4ds] %s\n' "$((SECONDS - start))" "$line"; done >"$work/mmdebstrap.log" ||
    rc=$?
grep -E '^\[ *[0-9]+s\] cleanroom: ' "$work/mmdebstrap.log" || true
if [ "$rc" -ne 0 ]; then
    tail -n 60 "$work/mmdebstrap.log" >&2
    if grep -Eq 'Failed to fetch|Could not resolve|Temporary failure resolving|Unable to connect|Connection failed' \
        "$work/mmdebstrap.log"; then
        fail "the Debian mirror could not be reached while building the clean root (see above)"
    fi
    fail "the clean-room install or its checks failed (full log: $work/mmdebstrap.log)"
fi
say "clean room: the package installed into a fresh $suite root and every check passed"
say "done in $((SECONDS - start)) s (apt cache: $(du -sh "$cache" | cut -f1) in $cache)"
