# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# One interface target carries the project's warning flags and Qt's strict
# definitions; every target of ours links it.  Warnings become errors when the
# build is configured with -DCMAKE_COMPILE_WARNING_AS_ERROR=ON (CI does).

add_library(descope_compiler_settings INTERFACE)

target_compile_definitions(descope_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(descope_compiler_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wcast-qual -Wformat=2
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
endif()

if(DESCOPE_ENABLE_SANITIZERS)
    target_compile_options(descope_compiler_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(descope_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()

if(DESCOPE_BUILD_FUZZERS)
    # Coverage for libFuzzer in everything of ours; the fuzz targets link -fsanitize=fuzzer.
    target_compile_options(descope_compiler_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(descope_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
