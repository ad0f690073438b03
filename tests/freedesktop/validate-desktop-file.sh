#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# desktop-file-validate over the .desktop file; any output (errors, warnings, hints) fails
# the test. Fails, rather than skips, when the validator is missing.
set -euo pipefail
desktop_file=$1

if ! command -v desktop-file-validate >/dev/null; then
    echo "FAIL: desktop-file-validate not found (Debian package desktop-file-utils; scripts/install-deps.sh installs it)"
    exit 1
fi
status=0
output=$(desktop-file-validate "$desktop_file" 2>&1) || status=$?
if [ "$status" -ne 0 ] || [ -n "$output" ]; then
    printf '%s\n' "$output"
    echo "FAIL: desktop-file-validate $desktop_file (exit $status)"
    exit 1
fi
echo "desktop-file-validate $desktop_file: no errors, warnings or hints"
