# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# descope_add_translations(<target> CATALOGUE <name> PREFIX <resource prefix> SOURCES <file>...)
# The catalogue translations/<name>_{de,fr}.ts of the strings in SOURCES, compiled and
# embedded in <target> under <prefix>/<name>_<lang>.qm, with an English one of plural forms
# only (<name>_en.ts: "1 minute", "2 minutes" for the source's "%n minute(s)"), which is also
# the base under languages that have no catalogue. `update_translations` updates all three;
# the test translations_current (tests/CMakeLists.txt) fails when one is stale.
function(descope_add_translations target)
    cmake_parse_arguments(ARG "" "CATALOGUE;PREFIX" "SOURCES" ${ARGN})
    set(ts_dir ${PROJECT_SOURCE_DIR}/translations)
    set(ts_files ${ts_dir}/${ARG_CATALOGUE}_de.ts ${ts_dir}/${ARG_CATALOGUE}_fr.ts)
    set(en_ts_file ${ts_dir}/${ARG_CATALOGUE}_en.ts)
    # Only files written by hand: Qt 6.8 also lists generated ones (metatypes) by absolute path.
    list(FILTER ARG_SOURCES INCLUDE REGEX "\\.(cpp|h|ui)$")
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${ARG_SOURCES}
        LUPDATE_OPTIONS -no-obsolete -locations none
        QM_FILES_OUTPUT_VARIABLE qm_files)
    # The English catalogue by hand: Qt 6.4's qt_add_translations has no per-file lupdate
    # options (6.7 added PLURALS_TS_FILE), and one target cannot have two.
    add_custom_target(${target}_en_lupdate
        COMMAND Qt6::lupdate -silent -pluralonly -no-obsolete -locations none ${ARG_SOURCES} -ts ${en_ts_file}
        VERBATIM)
    # Qt 6.7+ makes update_translations in a call deferred to the end of the project's
    # directory; deferred the same way, this runs after it (and on 6.4, where it exists already).
    # (A deferred call's arguments are expanded when it runs: the name is spelled out now.)
    cmake_language(EVAL CODE
        "cmake_language(DEFER DIRECTORY [[${PROJECT_SOURCE_DIR}]] CALL add_dependencies update_translations [[${target}_en_lupdate]])")
    set(en_qm_file ${CMAKE_CURRENT_BINARY_DIR}/${ARG_CATALOGUE}_en.qm)
    add_custom_command(OUTPUT ${en_qm_file}
        COMMAND Qt6::lrelease -silent ${en_ts_file} -qm ${en_qm_file}
        DEPENDS ${en_ts_file} Qt6::lrelease
        VERBATIM)
    list(APPEND qm_files ${en_qm_file})
    qt_add_resources(${target} "${ARG_CATALOGUE}_translations" PREFIX ${ARG_PREFIX}
        BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${qm_files})
    # For tests/CMakeLists.txt's translations_current.
    set_property(GLOBAL APPEND PROPERTY DESCOPE_CATALOGUES ${ARG_CATALOGUE})
    set_property(GLOBAL PROPERTY DESCOPE_CATALOGUE_${ARG_CATALOGUE}_TS ${ts_files} ${en_ts_file})
    set_property(GLOBAL PROPERTY DESCOPE_CATALOGUE_${ARG_CATALOGUE}_SOURCES ${ARG_SOURCES})
endfunction()
