#!/usr/bin/env bash
# Installs every Debian package PosDesk's build and tests need.
# Idempotent: prints nothing and touches nothing when all are present.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config clang-format
    # Qt 6 (GUI, SQL drivers, serial, charts, translations)
    qt6-base-dev qt6-base-dev-tools qt6-serialport-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6opengl6-dev libxkbcommon-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins libgl-dev
    # Qt's own Chinese (standard buttons, file dialogs): qtbase_zh_CN.qm, loaded at start-up
    qt6-translations-l10n
    # crypto, exports, keychain
    libssl-dev libsodium-dev libxlsxwriter-dev qtkeychain-qt6-dev libfreexl-dev
    # storage: embedded baseline and the PostgreSQL server the tests start
    sqlite3 libsqlite3-dev postgresql
    # fuzzing and benchmarks
    clang libclang-rt-14-dev libbenchmark-dev
    # GUI tests, screenshots, readers of exported files, CJK fonts
    xvfb xauth x11-apps imagemagick poppler-utils python3-openpyxl fonts-noto-cjk fonts-dejavu-core
    # pseudo-terminal helpers for device tests
    socat procps
    # chip-card readers (PC/SC) and their test rig: a private pcscd with the virtual reader driver vpcd, the
    # emulated cards in Python (pyscard for a card's own checks, pycryptodome for its 3DES)
    libpcsclite-dev pcscd vsmartcard-vpcd python3-pyscard python3-pycryptodome
    # packaging tests: .deb checks, the clean-room install, the Windows installer script, icons
    mmdebstrap gpg debian-archive-keyring lintian desktop-file-utils appstream nsis librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-build-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
