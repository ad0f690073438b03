#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# Builds the libFuzzer targets with clang (ASan + UBSan), replays every seed corpus, then
# fuzzes each target for FUZZ_SECONDS (default 30) from a scratch copy of its corpus.
# Run longer: FUZZ_SECONDS=3600 scripts/fuzz.sh, or run a target by hand, e.g.
#   build-fuzz/tests/fuzz/fuzz_jwt -max_total_time=3600 -jobs=2 /tmp/jwt-corpus tests/fuzz/corpus/jwt
# Crashes land in build-fuzz/crashes/; add the input to the corpus once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-30}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DDESCOPE_BUILD_FUZZERS=ON -DDESCOPE_BUILD_TESTS=OFF -DCMAKE_COMPILE_WARNING_AS_ERROR=ON >/dev/null
targets=(jwt jwks responses loginid)
cmake --build "$build_dir" --target "${targets[@]/#/fuzz_}"

mkdir -p "$build_dir/crashes"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in "${targets[@]}"; do
    binary="$build_dir/tests/fuzz/fuzz_$target"
    echo "== fuzz_$target: replaying tests/fuzz/corpus/$target"
    "$binary" -runs=0 "tests/fuzz/corpus/$target" 2>&1 | tail -1
    scratch=$(mktemp -d)
    echo "== fuzz_$target: fuzzing for ${seconds}s"
    "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$build_dir/crashes/$target-" "$scratch" "tests/fuzz/corpus/$target" 2>&1 | tail -2
    rm -rf "$scratch"
done
