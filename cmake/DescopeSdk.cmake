# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# How the SDK's libraries (DescopeQt6::Core, DescopeQt6::Widgets) are built and installed:
# versioned shared libraries with hidden symbols and generated export macros, public headers
# under include/DescopeQt6/ with a forwarding header per public class, and one CMake package
# (cmake/DescopeQt6Config.cmake.in) whose components are the libraries.
include(GenerateExportHeader)
include(CMakePackageConfigHelpers)

set(DESCOPE_SDK_INCLUDE_DIR ${CMAKE_INSTALL_INCLUDEDIR}/DescopeQt6)
set(DESCOPE_SDK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/DescopeQt6)
# Forwarding headers of every library, as installed: the build tree sees the same names.
set(DESCOPE_SDK_FORWARDING_DIR ${PROJECT_BINARY_DIR}/include/DescopeQt6)

# descope_sdk_library(<target> COMPONENT <name> HEADERS <public header>...)
# The target's export header is descopeqt6<component>_export.h (macro
# DESCOPEQT6<COMPONENT>_EXPORT). Each class, struct or enum class a public header declares at
# namespace level gets a forwarding header of its name (#include <DescopeQt6/SessionManager>).
# Headers named *_p.h are private: built with, never installed.
function(descope_sdk_library target)
    cmake_parse_arguments(ARG "" "COMPONENT" "HEADERS" ${ARGN})
    string(TOLOWER ${ARG_COMPONENT} component_lower)
    string(TOUPPER ${ARG_COMPONENT} component_upper)
    set_target_properties(${target} PROPERTIES
        VERSION ${PROJECT_VERSION}
        SOVERSION ${PROJECT_VERSION_MAJOR}
        EXPORT_NAME ${ARG_COMPONENT}
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON)
    set(export_header ${CMAKE_CURRENT_BINARY_DIR}/descopeqt6${component_lower}_export.h)
    generate_export_header(${target}
        BASE_NAME DescopeQt6${ARG_COMPONENT}
        EXPORT_FILE_NAME ${export_header})
    target_include_directories(${target} PUBLIC
        $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}>
        $<BUILD_INTERFACE:${CMAKE_CURRENT_BINARY_DIR}>
        $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
        $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
        $<INSTALL_INTERFACE:${DESCOPE_SDK_INCLUDE_DIR}>)
    target_link_libraries(${target} PRIVATE $<BUILD_INTERFACE:descope_compiler_settings>)

    set(forwarding_headers)
    foreach(header IN LISTS ARG_HEADERS)
        if(header MATCHES "_p\\.h$")
            message(FATAL_ERROR "${header} is private (_p.h) and cannot be installed")
        endif()
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${header})
        file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/${header} declarations
             REGEX "^(class|struct|enum class) ")
        foreach(declaration IN LISTS declarations)
            if(declaration MATCHES "^[^{]*;$")
                continue() # a forward declaration
            endif()
            string(REGEX REPLACE "\\[\\[[a-z]+\\]\\] " "" declaration "${declaration}")
            string(REGEX REPLACE "^(class|struct|enum class) ([A-Z0-9_]+_EXPORT )?([A-Za-z0-9]+).*" "\\3"
                   class_name "${declaration}")
            set(forwarding ${DESCOPE_SDK_FORWARDING_DIR}/${class_name})
            file(CONFIGURE OUTPUT ${forwarding} CONTENT "#include \"${header}\"\n")
            list(APPEND forwarding_headers ${forwarding})
        endforeach()
    endforeach()
    # <DescopeQt6/header.h> too, as installed (a header of functions has no class name):
    # in the build tree a forwarding file, in the install tree the header itself.
    foreach(header IN LISTS ARG_HEADERS)
        file(CONFIGURE OUTPUT ${DESCOPE_SDK_FORWARDING_DIR}/${header}
             CONTENT "#include \"${CMAKE_CURRENT_SOURCE_DIR}/${header}\"\n")
    endforeach()
    list(TRANSFORM ARG_HEADERS PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)

    install(TARGETS ${target} EXPORT DescopeQt6${ARG_COMPONENT}Targets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${ARG_HEADERS} ${export_header} ${forwarding_headers}
        DESTINATION ${DESCOPE_SDK_INCLUDE_DIR} COMPONENT Devel)
    install(EXPORT DescopeQt6${ARG_COMPONENT}Targets NAMESPACE DescopeQt6::
        DESTINATION ${DESCOPE_SDK_CMAKE_DIR} COMPONENT Devel)
    set_property(GLOBAL APPEND PROPERTY DESCOPE_SDK_PUBLIC_HEADERS ${ARG_HEADERS} ${forwarding_headers})
endfunction()

# The package files, once every library is declared.
function(descope_sdk_install_package)
    configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/DescopeQt6Config.cmake.in
        ${PROJECT_BINARY_DIR}/DescopeQt6Config.cmake
        INSTALL_DESTINATION ${DESCOPE_SDK_CMAKE_DIR})
    write_basic_package_version_file(${PROJECT_BINARY_DIR}/DescopeQt6ConfigVersion.cmake
        VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
    install(FILES ${PROJECT_BINARY_DIR}/DescopeQt6Config.cmake ${PROJECT_BINARY_DIR}/DescopeQt6ConfigVersion.cmake
        DESTINATION ${DESCOPE_SDK_CMAKE_DIR} COMPONENT Devel)
endfunction()
