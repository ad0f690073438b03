#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# The README's test command (CI runs it through .ci/run). Installs what is missing, then:
#   1. builds with warnings as errors and runs every test suite headless, then checks the
#      SDK as it is installed (scripts/test-sdk.sh: examples/ built against it, Doxygen);
#   2. builds again with AddressSanitizer + UndefinedBehaviorSanitizer (leak checks on)
#      and runs the whole suite under them;
#   3. replays the fuzzing corpora and fuzzes each target briefly (FUZZ_SECONDS, 20 s).
# `scripts/test.sh --quick` does step 1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
[ "${1:-}" = "--quick" ] && quick=true

scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

run_suite() {
    local build_dir=$1
    shift
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_COMPILE_WARNING_AS_ERROR=ON "$@"
    cmake --build "$build_dir"
    scripts/with-keyring.sh ctest --test-dir "$build_dir" --output-on-failure --timeout 600
}

echo "== tests"
run_suite "${BUILD_DIR:-build-test}"
scripts/test-sdk.sh "${BUILD_DIR:-build-test}"
$quick && exit 0

echo "== tests under AddressSanitizer and UndefinedBehaviorSanitizer"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    run_suite "${ASAN_BUILD_DIR:-build-asan}" -DDESCOPE_ENABLE_SANITIZERS=ON

echo "== fuzzing"
FUZZ_SECONDS=${FUZZ_SECONDS:-20} scripts/fuzz.sh
