#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# The README's run command: builds everything and starts the local Descope emulator,
# whose codes appear in this terminal. Extra arguments go to the emulator.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir"

port=${DESCOPE_EMULATOR_PORT:-8787}
project=P2EmulatorLocalDevProject000
cat <<TXT

The emulator keeps its users in $build_dir/emulator-data.json. Drive it from another terminal:

  curl -s -H 'Authorization: Bearer $project' -d '{"loginId":"you@example.com","loginOptions":{}}' \\
       http://127.0.0.1:$port/v1/auth/otp/signup-in/email
  curl -s -H 'Authorization: Bearer $project' -d '{"loginId":"you@example.com","code":"<code shown here>"}' \\
       http://127.0.0.1:$port/v1/auth/otp/verify/email

Press Ctrl+C to stop.
TXT
exec "$build_dir/src/emulator/descope-emulator" --port "$port" --data "$build_dir/emulator-data.json" "$@"
