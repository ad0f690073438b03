#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# The Debian 13 job of CI (.ci/run runs it after scripts/test.sh). As root (or through sudo):
#   1. debootstrap: a minbase Debian 13 (trixie) root from the mirror in this machine's apt
#      sources, kept in build-debian13/base and reused by later runs (never mounted or
#      changed: it stays the clean root the package is installed into);
#   2. packages: a copy of it (build-debian13/build-root) gets a clone of the CURRENT
#      COMMIT at /src (uncommitted changes are not tested, as in CI) and the build
#      dependencies from that commit's scripts/install-deps.sh;
#   3. build+tests: `scripts/test.sh --quick` there, as root; then the fuzzers (clang, with
#      warnings as errors, their corpora replayed and 5 s of fuzzing each) and the
#      benchmarks (built only), so the whole tree is known to build on Qt 6.8 and GCC 14;
#   4. package: a Release build with the tests off and `cpack -G DEB`;
#   5. install: scripts/test-deb-install.sh installs the .deb into another fresh copy of the
#      clean root (build-debian13/install-root), runs the three programs and purges it.
# The build root stays (unmounted) for a look after a failure; the next run replaces it.
# Everything lives under build-debian13/. /proc, /dev (with /dev/pts and /dev/shm) and an apt
# download cache are mounted into the roots while they are used, and unmounted on exit also
# when a step fails or the run is interrupted; a root is only ever deleted once nothing is
# mounted under it. Each phase prints how long it took.
#   DEBIAN13_MIRROR=URL   another mirror (default: the host's Debian mirror)
#   DEBIAN13_FRESH=1      debootstrap again instead of reusing build-debian13/base
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=DEBIAN13_MIRROR,DEBIAN13_FRESH "$0" "$@"
fi

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
work="$repo/build-debian13"
base="$work/base"
build_root="$work/build-root"
install_root="$work/install-root"
apt_cache="$work/apt-archives"
suite=trixie
export LC_ALL=C.UTF-8

commit=$(git -C "$repo" rev-parse HEAD)

# --- helpers ------------------------------------------------------------------------------

declare -a phase_names=() phase_seconds=() phase_results=()
phase=""
phase_started=0
start_phase() {
    phase=$1
    phase_started=$SECONDS
    echo "=== [debian13] $phase"
}
end_phase() {
    local result=${1:-passed}
    phase_names+=("$phase")
    phase_seconds+=($((SECONDS - phase_started)))
    phase_results+=("$result")
    printf '=== [debian13] %s: %dm%02ds, %s\n' "$phase" $(((SECONDS - phase_started) / 60)) $(((SECONDS - phase_started) % 60)) "$result"
    phase=""
}
print_durations() {
    local i
    echo "=== [debian13] durations"
    for i in "${!phase_names[@]}"; do
        printf '    %-14s %dm%02ds  %s\n' "${phase_names[$i]}" $((phase_seconds[i] / 60)) $((phase_seconds[i] % 60)) "${phase_results[$i]}"
    done
    [ -n "$phase" ] && printf '    %-14s %dm%02ds (did not finish)\n' "$phase" $(((SECONDS - phase_started) / 60)) $(((SECONDS - phase_started) % 60))
    printf '    %-14s %dm%02ds\n' total $((SECONDS / 60)) $((SECONDS % 60))
}

# Mount points at or under $1, deepest first.
mounts_under() {
    findmnt -rn -o TARGET | awk -v d="$1" '$0 == d || index($0, d "/") == 1' | sort -r
}

# Processes whose root directory is inside build-debian13 (the chroots' processes,
# daemons that left their session included).
kill_chroot_processes() {
    local signal pid root found
    for signal in TERM KILL; do
        found=false
        for pid in /proc/[0-9]*; do
            root=$(readlink "$pid/root" 2>/dev/null) || continue
            case "$root" in
                "$work"/*) kill -s "$signal" "${pid#/proc/}" 2>/dev/null && found=true ;;
            esac
        done
        $found || return 0
        sleep 2
    done
}

unmount_under() {
    local dir=$1 target
    for target in $(mounts_under "$dir"); do
        umount "$target" 2>/dev/null || true
    done
    [ -z "$(mounts_under "$dir")" ] && return 0
    umount -R "$dir" 2>/dev/null || true
    for target in $(mounts_under "$dir"); do
        echo "debian13: $target is busy, detaching it lazily" >&2
        umount -l "$target" 2>/dev/null || true
    done
    [ -z "$(mounts_under "$dir")" ]
}

# Deletes a root, but only once nothing is mounted under it (and never across file systems).
remove_root() {
    local dir=$1
    [ -e "$dir" ] || return 0
    if ! unmount_under "$dir"; then
        echo "debian13: still mounted under $dir, not deleting it:" >&2
        mounts_under "$dir" >&2
        return 1
    fi
    rm -rf --one-file-system "$dir"
}

mount_root() {
    local root=$1
    mount -t proc proc "$root/proc"
    # A slave copy of the host's /dev (with /dev/pts and /dev/shm): unmounting it later
    # never propagates back to the host.
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    mkdir -p "$apt_cache/partial" "$root/var/cache/apt/archives"
    mount --bind "$apt_cache" "$root/var/cache/apt/archives"
    mount --make-private "$root/var/cache/apt/archives"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    # No service is started by a package's maintainer scripts inside the root.
    printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
}

# Runs a command in its own session, so an interruption of this script stops all of it.
# RUN_LOG=file sends its output there (a redirection around the call would also swallow
# what the traps print, should the run be interrupted meanwhile).
child=""
run() {
    if [ -n "${RUN_LOG:-}" ]; then
        setsid -w "$@" > "$RUN_LOG" 2>&1 &
    else
        setsid -w "$@" &
    fi
    child=$!
    local status=0
    wait "$child" || status=$?
    child=""
    return "$status"
}

# Runs a shell command inside a root as root, with a clean environment.
in_root() {
    local root=$1
    shift
    run chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive /bin/bash -euo pipefail -c "$*"
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    set +e
    [ -n "$child" ] && kill -TERM -- "-$child" 2>/dev/null
    kill_chroot_processes
    unmount_under "$work"
    local left
    left=$(mounts_under "$work")
    if [ -n "$left" ]; then
        echo "debian13: could not unmount:" >&2
        echo "$left" >&2
        [ "$status" -eq 0 ] && status=1
    fi
    print_durations
    if [ "$status" -eq 0 ]; then
        echo "=== [debian13] passed (commit $commit)"
    else
        echo "=== [debian13] FAILED${phase:+ in phase '$phase'} (exit $status)" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'echo "debian13: interrupted" >&2; exit 130' INT
trap 'echo "debian13: terminated" >&2; exit 143' TERM

# --- a previous run's leftovers -----------------------------------------------------------

mkdir -p "$work"
unmount_under "$work" || { echo "debian13: cannot unmount a previous run's mounts" >&2; exit 1; }
remove_root "$build_root"
remove_root "$install_root"

# --- 1. debootstrap -----------------------------------------------------------------------

start_phase debootstrap
if [ -z "${DEBIAN13_MIRROR:-}" ]; then
    # The host's Debian mirror (deb822 `URIs:` or one-line `deb` entries), not -security.
    DEBIAN13_MIRROR=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | grep -oE 'https?://[^ ]+/debian/?( |$)' | head -1 | tr -d ' ' || true)
    DEBIAN13_MIRROR=${DEBIAN13_MIRROR:-http://deb.debian.org/debian}
fi
if [ "${DEBIAN13_FRESH:-0}" = 1 ] || [ ! -f "$work/base.ok" ] || [ "$(cat "$work/base.ok")" != "$suite $DEBIAN13_MIRROR" ]; then
    rm -f "$work/base.ok"
    remove_root "$base"
    if ! command -v debootstrap >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    fi
    echo "debootstrap --variant=minbase $suite from $DEBIAN13_MIRROR (log: build-debian13/debootstrap.log)"
    if ! RUN_LOG="$work/debootstrap.log" run debootstrap --variant=minbase "$suite" "$base" "$DEBIAN13_MIRROR"; then
        tail -20 "$work/debootstrap.log" >&2
        exit 1
    fi
    unmount_under "$base"   # debootstrap's own /proc and /sys, should it have left them
    echo "$suite $DEBIAN13_MIRROR" > "$work/base.ok"
else
    echo "reusing build-debian13/base ($(cat "$work/base.ok"); DEBIAN13_FRESH=1 to redo it)"
fi
end_phase

# --- 2. packages ----------------------------------------------------------------------------

start_phase packages
cp -a "$base" "$build_root"
git clone --quiet --no-checkout "$repo" "$build_root/src"
git -C "$build_root/src" checkout --quiet --detach "$commit"
echo "commit $(git -C "$build_root/src" log -1 --format='%h %s')"
# The host's own trusted CAs (a TLS-inspecting proxy's, say), as its resolv.conf: the tests
# fetch from the npm registry over https.
if [ -d /usr/local/share/ca-certificates ]; then
    mkdir -p "$build_root/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates/. "$build_root/usr/local/share/ca-certificates/"
fi
mount_root "$build_root"
in_root "$build_root" 'apt-get update -qq && cd /src && scripts/install-deps.sh
    if command -v update-ca-certificates >/dev/null; then update-ca-certificates >/dev/null; fi'
end_phase

# --- 3. build and tests -------------------------------------------------------------------

# A failure here fails the run, but the package is still built and tested, so that one run
# reports on both.
start_phase build+tests
tests_status=0
in_root "$build_root" 'dpkg-query -W -f="Qt \${Version}, " qt6-base-dev && g++ --version | head -1 && cd /src && scripts/test.sh --quick' \
    || tests_status=$?
if [ "$tests_status" -eq 0 ]; then end_phase; else end_phase "FAILED (exit $tests_status)"; fi

start_phase fuzzers+bench
fuzz_status=0
in_root "$build_root" 'cd /src && FUZZ_SECONDS=5 scripts/fuzz.sh
    cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DDESCOPE_BUILD_BENCH=ON -DDESCOPE_BUILD_TESTS=OFF \
          -DCMAKE_COMPILE_WARNING_AS_ERROR=ON >/dev/null
    cmake --build build-bench' \
    || fuzz_status=$?
if [ "$fuzz_status" -eq 0 ]; then end_phase; else end_phase "FAILED (exit $fuzz_status)"; fi
[ "$tests_status" -ne 0 ] || tests_status=$fuzz_status

# --- 4. the .deb --------------------------------------------------------------------------

start_phase package
# install-deps.sh brought dpkg-shlibdeps (dpkg-dev) and file, which CPack needs for Depends:.
in_root "$build_root" '
    cd /src
    cmake -S . -B build-deb -G Ninja -DCMAKE_BUILD_TYPE=Release -DDESCOPE_BUILD_TESTS=OFF >/dev/null
    cmake --build build-deb
    cd build-deb && cpack -G DEB'
deb=$(find "$build_root/src/build-deb" -maxdepth 1 -name 'descope-desktop_*.deb' | head -1)
[ -n "$deb" ] || { echo "debian13: cpack made no descope-desktop_*.deb" >&2; exit 1; }
cp "$deb" "$work/"
deb="$work/$(basename "$deb")"
echo "package: build-debian13/$(basename "$deb")"
end_phase

# --- 5. install test in a clean root ------------------------------------------------------

start_phase install
cp -a "$base" "$install_root"
mount_root "$install_root"
# The commit's own script, as for everything else tested here.
run "$build_root/src/scripts/test-deb-install.sh" "$install_root" "$deb"
end_phase

if [ "$tests_status" -ne 0 ]; then
    echo "debian13: the package passed, but the tests or the fuzzers failed (exit $tests_status)" >&2
    exit "$tests_status"
fi
