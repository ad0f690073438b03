#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# Runs a command inside a private D-Bus session with a gnome-keyring Secret Service,
# unlocked with a throwaway password, so keychain tests use a real keychain and never
# touch the developer's own.
set -euo pipefail

if [ -z "${DESCOPE_KEYRING_SESSION:-}" ]; then
    export DESCOPE_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

# The keyring lives in a temporary home so nothing outlives the run.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data"
mkdir -p "$XDG_DATA_HOME"
eval "$(printf 'throwaway-test-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
