# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# Test your app's sign-in offline: descope-emulator, a local server that speaks Descope's OTP
# and session protocol, started around your ctest tests as a fixture.
#
#   find_package(DescopeQt6 REQUIRED COMPONENTS Core Widgets)
#   enable_testing()
#   descope_add_emulator_fixture(descope PORT 18787)
#   add_test(NAME signs_in COMMAND tst_signin)
#   descope_use_emulator(signs_in FIXTURE descope)
#
# descope_add_emulator_fixture(<fixture> [PORT <port>] [PROJECT_ID <id>] [ARGS <arg>...])
#   Adds the tests <fixture>_start (FIXTURES_SETUP) and <fixture>_stop (FIXTURES_CLEANUP):
#   the emulator listens on 127.0.0.1:<port> (default 18787) for project <id> (default
#   P2EmulatorLocalDevProject000) with ARGS passed on (see `descope-emulator --help`), and
#   is stopped after the last test that needs it. Codes "sent" are at
#   http://127.0.0.1:<port>/emulator/outbox. Needs a POSIX shell.
# descope_use_emulator(<test>... FIXTURE <fixture>)
#   The tests need the fixture, and find it through DESCOPE_PROJECT_ID and DESCOPE_BASE_URL
#   (which Descope::Project reads).
set(_descope_testing_dir ${CMAKE_CURRENT_LIST_DIR})

function(descope_add_emulator_fixture fixture)
    cmake_parse_arguments(ARG "" "PORT;PROJECT_ID" "ARGS" ${ARGN})
    if(NOT ARG_PORT)
        set(ARG_PORT 18787)
    endif()
    if(NOT ARG_PROJECT_ID)
        set(ARG_PROJECT_ID P2EmulatorLocalDevProject000)
    endif()
    set(state_dir ${CMAKE_CURRENT_BINARY_DIR}/${fixture}-emulator)
    set(script ${_descope_testing_dir}/DescopeQt6EmulatorFixture.cmake)
    # One argument through add_test: the list joined with "|" (no emulator option contains one).
    string(JOIN "|" emulator_args --port ${ARG_PORT} --project-id ${ARG_PROJECT_ID} ${ARG_ARGS})
    add_test(NAME ${fixture}_start COMMAND ${CMAKE_COMMAND}
        -DACTION=start -DEMULATOR=$<TARGET_FILE:DescopeQt6::descope-emulator> -DPORT=${ARG_PORT}
        -DSTATE_DIR=${state_dir} "-DARGS=${emulator_args}" -P ${script})
    add_test(NAME ${fixture}_stop COMMAND ${CMAKE_COMMAND}
        -DACTION=stop -DSTATE_DIR=${state_dir} -P ${script})
    set_tests_properties(${fixture}_start PROPERTIES FIXTURES_SETUP ${fixture})
    set_tests_properties(${fixture}_stop PROPERTIES FIXTURES_CLEANUP ${fixture})
    set_property(GLOBAL PROPERTY DESCOPE_EMULATOR_FIXTURE_${fixture}
        "DESCOPE_PROJECT_ID=${ARG_PROJECT_ID};DESCOPE_BASE_URL=http://127.0.0.1:${ARG_PORT}")
endfunction()

function(descope_use_emulator)
    cmake_parse_arguments(ARG "" "FIXTURE" "" ${ARGN})
    get_property(environment GLOBAL PROPERTY DESCOPE_EMULATOR_FIXTURE_${ARG_FIXTURE})
    if(NOT environment)
        message(FATAL_ERROR "descope_use_emulator: no fixture ${ARG_FIXTURE} (descope_add_emulator_fixture first)")
    endif()
    foreach(test IN LISTS ARG_UNPARSED_ARGUMENTS)
        set_property(TEST ${test} APPEND PROPERTY FIXTURES_REQUIRED ${ARG_FIXTURE})
        set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT ${environment})
    endforeach()
endfunction()
