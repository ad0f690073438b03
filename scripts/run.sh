#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# The README's run command: builds the app and the emulator, starts the local Descope emulator (its
# codes appear in this terminal) and opens the sign-in window against it. Extra
# arguments go to descope-desktop (e.g. --lang de, --ephemeral).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" --target descope-desktop descope-emulator

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<TXT
No display: descope-desktop needs one. On a machine without a desktop, run it under a
virtual X server:   xvfb-run -a scripts/run.sh
(or use the command line tool against the emulator: cmake --build $build_dir --target descope-otp
builds it as $build_dir/src/cli/descope-otp).
TXT
    exit 1
fi

port=${DESCOPE_EMULATOR_PORT:-8787}
project=P2EmulatorLocalDevProject000
"$build_dir/src/emulator/descope-emulator" --port "$port" --data "$build_dir/emulator-data.json" &
emulator=$!
trap 'kill $emulator 2>/dev/null' EXIT
sleep 0.5
echo "Codes the emulator 'sends' appear above and at http://127.0.0.1:$port/emulator/outbox"
"$build_dir/src/app/descope-desktop" --project-id "$project" --base-url "http://127.0.0.1:$port" "$@"
