// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Descope {

/// Installs the app's translations and Qt's own (qtbase) for language (e.g. "de"), or for
/// the system locale when language is empty. Returns the language in use.
QString installTranslations(const QString &language = {});

} // namespace Descope
