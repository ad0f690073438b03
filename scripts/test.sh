#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# The README's test command: installs what is missing, builds with warnings as errors,
# and runs every test suite headless (conformance with Descope's JS SDK included).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build_dir=${BUILD_DIR:-build-test}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_COMPILE_WARNING_AS_ERROR=ON "$@"
cmake --build "$build_dir"
export QT_QPA_PLATFORM=offscreen
scripts/with-keyring.sh ctest --test-dir "$build_dir" --output-on-failure --timeout 600
