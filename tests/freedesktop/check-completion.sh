#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# check-completion.sh COMPLETION DESCOPE_OTP
# Sources the bash completion for descope-otp, checks COMPREPLY for a few command lines,
# and checks that every command, option, start mode and --method value that
# `descope-otp --help` lists is completed where it belongs. Runs once with bash-completion's
# own helpers loaded (as installed) and once without (the script's fallback); it fails,
# rather than skips, when bash-completion is missing.
set -uo pipefail
completion=$1
binary=$2

bash_completion=
for candidate in "$(pkg-config --variable=mainscript bash-completion 2>/dev/null)" \
                 /usr/share/bash-completion/bash_completion; do
    [ -n "$candidate" ] && [ -f "$candidate" ] && { bash_completion=$candidate; break; }
done
if [ -z "$bash_completion" ]; then
    echo "FAIL: bash-completion not found (Debian package bash-completion; scripts/install-deps.sh installs it)"
    exit 1
fi

help=$(QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 "$binary" --help) || { echo "FAIL: $binary --help"; exit 1; }

run_checks() {
    local failed=0

    # complete LINE: what the completion offers at the end of LINE, sorted, one a line.
    # The words are split as readline splits them (spaces, and = on its own).
    complete_line() {
        local line=$1
        local split=${line//=/ = }
        read -r -a COMP_WORDS <<< "$split"
        [[ $line == *" " || $line == *"=" ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE=$line
        COMP_POINT=${#line}
        COMPREPLY=()
        _descope_otp descope-otp "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf '%s\n' "${COMPREPLY[@]}" | sort -u | sed '/^$/d'
    }
    expect() { # expect LINE WORD... : exactly these
        local got want
        got=$(complete_line "$1")
        want=$(printf '%s\n' "${@:2}" | sort -u | sed '/^$/d')
        if [ "$got" != "$want" ]; then
            echo "FAIL: '$1' completes to [${got//$'\n'/ }], expected [${want//$'\n'/ }]"
            failed=1
        fi
    }
    offers() { # offers LINE WORD... : at least these
        local got word
        got=$(complete_line "$1")
        for word in "${@:2}"; do
            grep -qxF -- "$word" <<< "$got" || { echo "FAIL: '$1' does not offer $word (got: ${got//$'\n'/ })"; failed=1; }
        done
    }
    lacks() { # lacks LINE WORD... : none of these
        local got word
        got=$(complete_line "$1")
        for word in "${@:2}"; do
            grep -qxF -- "$word" <<< "$got" && { echo "FAIL: '$1' offers $word"; failed=1; }
        done
    }

    # A few cases by hand.
    expect 'descope-otp lo' login logout logout-all
    expect 'descope-otp login --me' --method
    expect 'descope-otp login --method ' email sms voice whatsapp
    expect 'descope-otp login --method s' sms
    expect 'descope-otp update-phone --method ' sms voice whatsapp
    expect 'descope-otp start ' sign-up sign-in sign-up-or-in
    expect 'descope-otp --json start sign-' sign-up sign-in sign-up-or-in
    expect 'descope-otp --project-id P2abc st' start status
    expect 'descope-otp login --login-id ' # free text: nothing
    expect 'descope-otp status ' # no options of its own
    offers 'descope-otp verify --' --method --login-id --code --json
    lacks 'descope-otp verify --' --sign-up --phone
    lacks 'descope-otp login --sign-up --' --sign-up --sign-in
    lacks 'descope-otp login --method email --' --method
    offers 'descope-otp --' --project-id --base-url --json --ephemeral --region --help --version
    lacks 'descope-otp --' --method --code
    if [ "${WITH_BASH_COMPLETION:-}" = 1 ]; then
        expect 'descope-otp login --method=' email sms voice whatsapp
        expect 'descope-otp login --method=wh' whatsapp
    fi

    # Everything --help lists. Commands: the first word of each line of the Commands list
    # ("status | me | …" lines too); a command's options: the --options on its line.
    local commands line command word
    commands=$(sed -n '/^Commands:/,/^$/p' <<< "$help" | grep -E '^  [a-z]' | sed -E 's/^  ([a-z][a-z-]*).*/\1/')
    [ -n "$commands" ] || { echo "FAIL: no Commands list in --help"; failed=1; }
    # shellcheck disable=SC2086
    expect 'descope-otp ' $commands

    local command_options=()
    while IFS= read -r line; do
        command=$(sed -E 's/^  ([a-z][a-z-]*).*/\1/' <<< "$line")
        local options
        options=$(grep -oE -- '--[a-z][a-z0-9-]*' <<< "$line" | sort -u)
        [ -n "$options" ] || continue
        command_options+=($options)
        local prefix="descope-otp $command"
        if [ "$command" = start ]; then
            local modes
            modes=$(sed -E 's/^  start ([a-z|-]+) .*/\1/' <<< "$line" | tr '|' ' ')
            # shellcheck disable=SC2086
            expect 'descope-otp start ' $modes
            prefix="descope-otp start ${modes%% *}"
        fi
        # shellcheck disable=SC2086
        offers "$prefix --" $options
        # --method sms|voice|whatsapp on the line: exactly those values.
        if [[ $line =~ --method\ ([a-z]+(\|[a-z]+)+) ]]; then
            # shellcheck disable=SC2086
            expect "$prefix --method " ${BASH_REMATCH[1]//|/ }
        fi
    done < <(sed -n '/^Commands:/,/^$/p' <<< "$help" | grep -E '^  [a-z][a-z-]* .*--')

    # Methods: the values of --method for the other commands.
    local methods
    methods=$(sed -n 's/^Methods: //p' <<< "$help" | tr -d '.,')
    [ -n "$methods" ] || { echo "FAIL: no Methods line in --help"; failed=1; }
    # shellcheck disable=SC2086
    expect 'descope-otp login --method ' $methods
    # shellcheck disable=SC2086
    expect 'descope-otp verify --method ' $methods

    # The Options list: options no command line names are global, offered before a command.
    local global=()
    for word in $(sed -n '/^Options:/,/^$/p' <<< "$help" | grep -oE -- '^ +(-[a-zA-Z?], )?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+'); do
        [[ " ${command_options[*]} " == *" $word "* ]] || global+=("$word")
    done
    offers 'descope-otp --' "${global[@]}"
    offers 'descope-otp login --' $(printf '%s\n' "${global[@]}" | grep -v -- '--help\|--version')
    return $failed
}

status=0
echo "== with bash-completion ($bash_completion)"
(
    # shellcheck source=/dev/null
    source "$bash_completion"
    # shellcheck source=/dev/null
    source "$completion"
    WITH_BASH_COMPLETION=1 run_checks
) || status=1
echo "== without bash-completion"
(
    # shellcheck source=/dev/null
    source "$completion"
    run_checks
) || status=1
[ $status -eq 0 ] && echo "descope-otp completion: every command, option, mode and method of --help is completed"
exit $status
