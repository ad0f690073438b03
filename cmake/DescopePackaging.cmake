# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
#
# `cpack -G DEB` in a build tree makes descope-desktop_<version>_<arch>.deb from what
# `cmake --install` installs: the three programs, the app's data files, and the DescopeQt6
# SDK (its two shared libraries, headers and CMake package) that the programs are built on. Build it in Release with the tests off, e.g.
#   cmake -S . -B build-deb -G Ninja -DCMAKE_BUILD_TYPE=Release -DDESCOPE_BUILD_TESTS=OFF
#   cmake --build build-deb && (cd build-deb && cpack -G DEB)
# Depends: is computed by dpkg-shlibdeps (needs the packages dpkg-dev and file) from the
# libraries the programs link; only what no ELF file shows is named here by hand.
# scripts/test-deb-install.sh installs the package into a clean Debian root and removes it.

set(DESCOPE_PACKAGE_MAINTAINER "Descope Desktop contributors <maintainers@users.noreply.r-seed-518a5124.example>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME "descope-desktop")
set(CPACK_PACKAGE_VENDOR "Descope Desktop contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${DESCOPE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://www.descope.com")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Descope one-time-password sign-in for the desktop")
set(CPACK_PACKAGE_DESCRIPTION [=[Descope Desktop signs you in to a Descope project with a one-time code sent by
email, SMS, voice call or WhatsApp, keeps you signed in across restarts with the
session stored in the desktop's keychain (Secret Service), and lets you change
your email address or phone number and sign out.

This package contains descope-desktop, the Qt Widgets application;
descope-otp, a command line client for the same sign-in and session
operations; descope-emulator, a local server speaking Descope's OTP and
session protocol, for trying the programs and testing without a Descope
account; and DescopeQt6, the Qt SDK they are built on (libDescopeQt6Core,
libDescopeQt6Widgets, their headers and CMake package), for adding the same
sign-in to other Qt applications.]=])

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DESCOPE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The programs need the package's own libraries: dpkg-shlibdeps finds them in the staging tree.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${CMAKE_INSTALL_LIBDIR}")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Merged with dpkg-shlibdeps' list: Qt's platform plugins (xcb, wayland's fallback and the
# offscreen one) are loaded with dlopen, so no ELF file of ours names them, yet the app
# cannot open a window without them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Not needed to run, but wanted: a Secret Service (or KWallet, which qtkeychain also
# speaks) so sessions survive restarts (without one they live in memory only, as the app
# says); Qt's own translations for its dialogs in German and French; the SVG plugin for
# the window icon (a plugin of its own package from Qt 6.8 on, part of libqt6svg6 before).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-svg-plugins | libqt6svg6")

# Debian wants a copyright file in every package.
set(descope_copyright_file "${CMAKE_CURRENT_BINARY_DIR}/copyright")
file(WRITE "${descope_copyright_file}" [=[Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: descope-desktop
Source: https://www.descope.com

Files: *
Copyright: 2026 Descope Desktop contributors
License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of
 this software and associated documentation files (the "Software"), to deal in
 the Software without restriction, including without limitation the rights to
 use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
 the Software, and to permit persons to whom the Software is furnished to do so,
 subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all
 copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
 FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
 COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
 IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
]=])
install(FILES "${descope_copyright_file}" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/descope-desktop")

# `make package_source` would otherwise pack build trees and node_modules too.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/" "\\\\.user$")

include(CPack)
