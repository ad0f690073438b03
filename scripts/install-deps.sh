#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# Installs the Debian 12 packages the build and the tests need, only those missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libssl-dev libphonenumber-dev clang libclang-rt-14-dev
    nodejs npm
    libqt6svg6 dbus gnome-keyring libsecret-tools xvfb xauth
    appstream desktop-file-utils help2man bash-completion
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
# A machine may have Node.js from elsewhere: then Debian's nodejs/npm are not needed.
if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}")
    missing=("${missing[@]/npm}")
fi
read -r -a missing <<< "${missing[*]}"
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
