#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# scripts/test-deb-install.sh ROOT FILE.deb — installs the package into a clean Debian root
# as a user would (`apt-get install ./file.deb`, with Depends: only, so they are shown to be
# enough), runs descope-otp --version, descope-emulator --help and descope-desktop offscreen
# against the emulator up to its first painted page, then purges the package and checks that
# none of its files or directories is left. Run as root; ROOT must have /proc and /dev
# mounted and a working resolv.conf (scripts/test-in-debian13.sh prepares it so).
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 ROOT FILE.deb" >&2
    exit 2
fi
root=$(cd "$1" && pwd)
deb=$2
[ "$(id -u)" -eq 0 ] || { echo "test-deb-install: run as root" >&2; exit 2; }
[ -c "$root/dev/null" ] && [ -e "$root/proc/self" ] \
    || { echo "test-deb-install: $root needs /proc and /dev mounted" >&2; exit 2; }
package=$(dpkg-deb -f "$deb" Package)

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive /bin/bash -euo pipefail -c "$*"
}
fail() {
    echo "test-deb-install: FAILED: $*" >&2
    exit 1
}

echo "== $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB ($(stat -c %s "$deb") bytes), installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
echo "== contents"
dpkg-deb -c "$deb" | awk '{print $1, $6}'
# Every path in the package, as installed (./usr/bin/x -> /usr/bin/x).
mapfile -t paths < <(dpkg-deb -c "$deb" | awk '{print substr($6, 2)}' | sed 's:/$::' | grep -v '^$')

echo "== apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root "apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/dev/null"
in_root "dpkg-query -W -f='\${db:Status-Abbrev} \${Package} \${Version}\n' $package"
in_root "dpkg -L $package" > "$root/tmp/installed-files"

echo "== descope-otp --version"
in_root "descope-otp --version" || fail "descope-otp --version"

echo "== descope-emulator --help"
in_root "descope-emulator --help >/tmp/emulator-help && head -3 /tmp/emulator-help" || fail "descope-emulator --help"

echo "== descope-desktop, offscreen, to its first painted page"
# An emulator from the package on a free port; its output (which would include codes) stays
# in a file in the root, only the line with its URL is read.
in_root '
    project=P2EmulatorLocalDevProject000
    descope-emulator --port 0 --project-id $project >/tmp/emulator.log 2>&1 &
    emulator=$!
    trap "kill $emulator 2>/dev/null; wait $emulator 2>/dev/null || true" EXIT
    for _ in $(seq 100); do
        url=$(grep -o "http://[0-9.]*:[0-9]*" /tmp/emulator.log | head -1 || true)
        [ -n "$url" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { echo "the emulator printed no URL" >&2; exit 1; }
    echo "emulator at $url"
    home=$(mktemp -d)
    status=0
    HOME=$home XDG_RUNTIME_DIR=$home QT_QPA_PLATFORM=offscreen DESCOPE_BENCH_FIRST_PAINT=LoginIdPage \
        timeout 60 descope-desktop --project-id $project --base-url "$url" >/tmp/app.out 2>/tmp/app.err || status=$?
    cat /tmp/app.out
    if [ $status -ne 0 ] || ! grep -q "^first-paint [0-9]" /tmp/app.out; then
        echo "descope-desktop exited $status without painting its first page; its stderr:" >&2
        cat /tmp/app.err >&2
        exit 1
    fi
    rm -rf "$home"' || fail "descope-desktop did not reach its first painted page"

echo "== apt-get purge $package"
in_root "apt-get purge -y -qq $package >/dev/null"
status=$(in_root "dpkg-query -W -f='\${db:Status-Abbrev}' $package 2>/dev/null || true")
case "$status" in
    ""|"un "*|"pn "*) echo "dpkg: $package is not installed (${status:-unknown to dpkg})" ;;
    *) fail "dpkg still knows $package as '$status'" ;;
esac
in_root "dpkg -l $package 2>&1 | tail -1" || true
mapfile -t -O "${#paths[@]}" paths < "$root/tmp/installed-files"
left=0
for path in $(printf '%s\n' "${paths[@]}" | sort -u); do
    [ -e "$root$path" ] || [ -L "$root$path" ] || continue
    # A directory may stay when another package owns it or it still holds others' files.
    if [ -d "$root$path" ] && ! [ -L "$root$path" ]; then
        if in_root "dpkg-query -S '$path'" >/dev/null 2>&1 || [ -n "$(ls -A "$root$path")" ]; then
            continue
        fi
    fi
    echo "left behind: $path" >&2
    left=$((left + 1))
done
[ "$left" -eq 0 ] || fail "$left path(s) of $package left after purge"
echo "== $package: installed, ran, purged, nothing left"
