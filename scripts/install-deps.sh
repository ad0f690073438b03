#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# Installs the packages the build and the tests need, only those missing, on Debian 12,
# Debian 13 and Ubuntu 24.04. Names that carry a version are looked up, not hard-coded.
set -euo pipefail

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive

# The version of the distribution's default clang (14 on Debian 12, 18 on Ubuntu 24.04,
# 19 on Debian 13): libFuzzer and the sanitizer runtimes are packaged per clang version.
clang_version() {
    apt-cache depends clang 2>/dev/null | sed -n 's/^ *Depends: clang-\([0-9][0-9]*\)$/\1/p' | head -n 1
}
version=$(clang_version)
if [ -z "$version" ]; then
    # A fresh root may have no package lists yet.
    $sudo apt-get update -qq
    version=$(clang_version)
fi
if [ -z "$version" ]; then
    echo "install-deps.sh: no clang package in the apt sources; cannot tell which runtime to install" >&2
    exit 1
fi

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libssl-dev libphonenumber-dev libicu-dev clang "libclang-rt-$version-dev"
    nodejs npm
    libqt6svg6 dbus gnome-keyring libsecret-tools xvfb xauth
    appstream desktop-file-utils help2man bash-completion
    dpkg-dev file doxygen
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
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
