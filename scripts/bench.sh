#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# The README's benchmark command: a Release build with the benchmarks, the pinned Descope
# JavaScript SDKs from npm, then bench/run.py inside a private keyring session. Writes
# bench/RESULTS.md (and bench/results.json). Takes about five minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build_dir=${BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDESCOPE_BUILD_BENCH=ON -DDESCOPE_BUILD_TESTS=OFF
cmake --build "$build_dir"
mkdir -p "$build_dir/npm"
cp tests/conformance/package.json tests/conformance/package-lock.json "$build_dir/npm/"
npm ci --no-audit --no-fund --prefix "$build_dir/npm" >/dev/null
scripts/with-keyring.sh python3 bench/run.py "$build_dir"
echo "Wrote bench/RESULTS.md"
