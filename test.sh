#!/usr/bin/env bash
# Sets up what is missing, builds, and runs every test (unit, integration, storage on SQLite and a real
# PostgreSQL server, GUI on the offscreen platform), then a short fuzzing pass. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
./installer/install-build-deps.sh

build=${POSDESK_BUILD_DIR:-build}
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWITH_TESTS=ON -DWITH_GUI_TESTS=ON \
    -DWITH_WERROR=ON ${POSDESK_CMAKE_ARGS:-} >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 600

# Fuzz the parsers of outside bytes for a bounded time (libFuzzer needs clang).
if [ "${POSDESK_SKIP_FUZZ:-0}" != 1 ] && command -v clang++ >/dev/null; then
    fuzz_build=${build}-fuzz
    CC=clang CXX=clang++ cmake -S . -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWITH_TESTS=OFF \
        -DWITH_FUZZ=ON >"$fuzz_build.configure.log" 2>&1 || { cat "$fuzz_build.configure.log"; exit 1; }
    cmake --build "$fuzz_build" -j"$jobs" --target fuzzers
    ctest --test-dir "$fuzz_build" --output-on-failure -j"$jobs" -L fuzz
fi
echo "test.sh: all tests passed"
