# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# Bash completion for descope-otp: commands, each command's options, start's modes and the
# values of --method. The options offered per command are the ones descope-otp accepts for it
# (Runner::commands() in src/cli/cli.cpp; any other is a usage error), plus the global ones. Installed to bash-completion's completionsdir, where it is loaded on
# first use; tests/freedesktop/check-completion.sh checks it against `descope-otp --help`.

_descope_otp()
{
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -s || return
    else
        # Without bash-completion: no --option=value splitting.
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local global_options='--project-id --base-url --json --ephemeral --region --help --help-all --version'
    local valued_options='--project-id --base-url --region --method --login-id --name --email --phone --code'
    local commands='login start verify update-email update-phone status me refresh validate logout logout-all'
    local modes='sign-up sign-in sign-up-or-in'

    # The command (and start's mode): the first words that are neither options nor their values.
    local i word command= mode=
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        case $word in
            --*=*) ;;
            -*)
                [[ " $valued_options " == *" $word "* ]] && ((i++))
                ;;
            *)
                if [[ -z $command ]]; then
                    command=$word
                elif [[ $command == start && -z $mode ]]; then
                    mode=$word
                fi
                ;;
        esac
    done

    case $prev in
        --method)
            if [[ $command == update-phone ]]; then
                COMPREPLY=($(compgen -W 'sms voice whatsapp' -- "$cur"))
            else
                COMPREPLY=($(compgen -W 'email sms voice whatsapp' -- "$cur"))
            fi
            return
            ;;
        --project-id | --base-url | --region | --login-id | --name | --email | --phone | --code)
            return # free text
            ;;
    esac
    $split && return

    local options
    case $command in
        login) options='--method --login-id --sign-up --sign-in --name' ;;
        start) options='--method --login-id --name --email --phone' ;;
        verify) options='--method --login-id --code' ;;
        update-email) options='--email --login-id --add-to-login-ids --on-merge-use-existing --stepup' ;;
        update-phone) options='--method --phone --login-id --add-to-login-ids --on-merge-use-existing --stepup' ;;
        logout-all) options='--stepup' ;;
        *) options= ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global_options" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    if [[ $command == start && -z $mode && $cur != -* ]]; then
        COMPREPLY=($(compgen -W "$modes" -- "$cur"))
        return
    fi
    if [[ -n $options || $cur == -* ]]; then
        # Options not given yet (--sign-up and --sign-in exclude each other).
        local option unused=
        for option in $options $global_options; do
            [[ $option == --help* || $option == --version ]] && [[ $cur != -* ]] && continue
            for ((i = 1; i < cword; i++)); do
                word=${words[i]%%=*}
                [[ $word == "$option" ]] && continue 2
                [[ $option == --sign-up && $word == --sign-in ]] && continue 2
                [[ $option == --sign-in && $word == --sign-up ]] && continue 2
            done
            unused+=" $option"
        done
        COMPREPLY=($(compgen -W "$unused" -- "$cur"))
    fi
} &&
    complete -F _descope_otp descope-otp
