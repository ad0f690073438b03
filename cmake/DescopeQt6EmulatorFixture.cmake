# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# cmake -DACTION=start|stop -DSTATE_DIR=<dir> [-DEMULATOR=<program> -DPORT=<port> -DARGS=<a|b|…>] -P <this>
# The two halves of descope_add_emulator_fixture() (DescopeQt6Testing.cmake): start the
# emulator in the background and wait until it answers, or stop the one started.
set(pid_file ${STATE_DIR}/emulator.pid)
set(log_file ${STATE_DIR}/emulator.log)

if(ACTION STREQUAL "start")
    string(REPLACE "|" ";" ARGS "${ARGS}")
    file(MAKE_DIRECTORY ${STATE_DIR})
    # The shell puts it in the background and leaves its pid; ctest waits for nothing more.
    execute_process(
        COMMAND sh -c "\"$0\" \"$@\" >\"${log_file}\" 2>&1 & echo $! >\"${pid_file}\"" ${EMULATOR} ${ARGS}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "could not start ${EMULATOR}")
    endif()
    foreach(attempt RANGE 100)
        file(DOWNLOAD http://127.0.0.1:${PORT}/emulator/health ${STATE_DIR}/health.json STATUS status)
        list(GET status 0 code)
        if(code EQUAL 0)
            message(STATUS "descope-emulator is listening on http://127.0.0.1:${PORT}")
            return()
        endif()
        execute_process(COMMAND ${CMAKE_COMMAND} -E sleep 0.1)
    endforeach()
    file(READ ${log_file} log)
    message(FATAL_ERROR "descope-emulator did not answer on port ${PORT} within 10 s:\n${log}")
elseif(ACTION STREQUAL "stop")
    if(EXISTS ${pid_file})
        file(STRINGS ${pid_file} pid LIMIT_COUNT 1)
        execute_process(COMMAND kill ${pid})
        file(REMOVE ${pid_file})
    endif()
else()
    message(FATAL_ERROR "ACTION must be start or stop")
endif()
