#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# check-manpages.sh PROGRAM=PAGE... -- BINARY...
# Every option (and, for descope-otp, every command) that `BINARY --help` lists appears in
# the man page generated for it, and the page carries `BINARY --version`'s version. Each
# BINARY must have a page: when help2man was missing at configure time there is none, and
# the test fails.
set -euo pipefail

declare -A pages=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
    pages[${1%%=*}]=${1#*=}
    shift
done
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || { echo "usage: $0 PROGRAM=PAGE... -- BINARY..."; exit 2; }

export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
failed=0
for binary in "$@"; do
    program=$(basename "$binary")
    page=${pages[$program]:-}
    if [ -z "$page" ] || [ ! -s "$page" ]; then
        echo "FAIL: no man page for $program (help2man missing when CMake ran? scripts/install-deps.sh installs it)"
        failed=1
        continue
    fi
    help=$("$binary" --help)
    version=$("$binary" --version)
    # The page as text: roff's \- is -, font changes go.
    text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(aq/'"'"'/g' "$page")

    options=$(grep -oE -- '--[a-z][a-z0-9-]*' <<< "$help" | sort -u)
    # Short options (-h, -v) from the Options list.
    options+=$'\n'$(grep -oE '^ +-[a-zA-Z?](,|  )' <<< "$help" | tr -d ' ,' | sort -u)
    # descope-otp: the first word of each line of its Commands list, and the |-lists.
    commands=$(sed -n '/^Commands:/,/^$/p' <<< "$help" | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p')
    # Options must be in the OPTIONS section (not only in an example), commands anywhere.
    options_text=$(sed -n '/^\.SH OPTIONS/,/^\.SH/p' <<< "$text")
    missing=()
    count=0
    for word in $options; do
        count=$((count + 1))
        grep -qE -- "(^|[^a-zA-Z0-9-])${word}([^a-zA-Z0-9-]|\$)" <<< "$options_text" || missing+=("$word")
    done
    for word in $commands; do
        count=$((count + 1))
        grep -qE -- "(^|[^a-zA-Z0-9-])${word}([^a-zA-Z0-9-]|\$)" <<< "$text" || missing+=("$word")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "FAIL: $page lacks what $program --help lists: ${missing[*]}"
        failed=1
    fi
    th=$(grep -m1 '^\.TH' "$page")
    if [[ $th != *"${version##* }"* ]]; then
        echo "FAIL: $page is not for '$version': $th"
        failed=1
    fi
    [ ${#missing[@]} -eq 0 ] && echo "$program: the man page has all $count options and commands of --help ($version)"
done
exit $failed
