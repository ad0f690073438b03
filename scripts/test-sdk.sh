#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# The SDK as its users get it (scripts/test.sh runs this after the test suites):
#   1. installs <build dir> into a temporary prefix;
#   2. checks the installed libraries are versioned (libDescopeQt6*.so.N) and that no
#      installed header includes OpenSSL, libphonenumber or qtkeychain;
#   3. builds examples/ as a project of its own against that prefix (C++17, every installed
#      header compiled on its own, warnings as errors) and runs its tests, which start the
#      installed descope-emulator through descope_add_emulator_fixture();
#   4. generates the API reference (target apidocs): any Doxygen warning fails it.
# usage: scripts/test-sdk.sh <configured and built build dir>
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

echo "== the SDK installed to a temporary prefix"
cmake --install "$build_dir" --prefix "$prefix" >/dev/null
libdir=$(find "$prefix" -name 'libDescopeQt6Core.so*' -printf '%h\n' | head -n 1)
for library in Core Widgets; do
    versioned=$(find "$libdir" -name "libDescopeQt6$library.so.[0-9]*" | head -n 1)
    [ -n "$versioned" ] || { echo "test-sdk: no versioned libDescopeQt6$library.so.N in $libdir" >&2; exit 1; }
    echo "   $(basename "$versioned")"
done
if grep -rlE '^\s*#\s*include\s*[<"](openssl/|phonenumbers/|qt6keychain/|keychain\.h)' "$prefix/include/DescopeQt6"; then
    echo "test-sdk: the installed headers above include a private dependency" >&2
    exit 1
fi
echo "   $(find "$prefix/include/DescopeQt6" -name '*.h' | wc -l) headers, none naming OpenSSL, libphonenumber or qtkeychain"

echo "== examples/ against the installed package"
cmake -S examples -B "$work/examples" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_COMPILE_WARNING_AS_ERROR=ON >/dev/null
cmake --build "$work/examples"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$work/examples" --output-on-failure --no-tests=error --timeout 120

echo "== API reference (Doxygen, warnings are errors)"
cmake --build "$build_dir" --target apidocs
