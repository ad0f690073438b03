// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include <QLocale>

namespace Descope {

/**
 * The SDK's own texts (its error messages and, when DescopeQt6::Widgets is linked, its
 * widgets) in German and French, compiled into the libraries.
 *
 * One call at start-up, after QApplication exists:
 * @code
 * Descope::Translations::install();           // the system's language
 * Descope::Translations::install(QLocale(QLocale::German));
 * @endcode
 * English needs a catalogue too, of plural forms only ("1 second", "2 seconds"): it is
 * installed under every language, and is all English gets.
 */
class DESCOPEQT6CORE_EXPORT Translations
{
public:
    /// Installs the catalogues for locale into the application, replacing those an earlier
    /// call installed. Install your own translators after this one if yours should win
    /// for a text both have. Returns false when the SDK has no catalogue for the language
    /// (its texts stay English).
    static bool install(const QLocale &locale = QLocale());
    /// Removes what install() installed.
    static void remove();
};

} // namespace Descope
