// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QWidget;

namespace Descope::Ui {

/// Shows a translated error inline under a form, and announces it to assistive technology.
void showInlineError(QLabel *label, const QString &message);
void clearInlineError(QLabel *label);
/// Tells screen readers that widget's text changed (countdowns, status lines).
void announce(QWidget *widget);
/// Fills combo with every country libphonenumber knows ("Germany (+49)"), by name,
/// with the region code as item data, and selects region.
void fillCountries(QComboBox *combo, const QString &region);
/// The region of the system locale, e.g. "DE", or "US" when the locale has none.
[[nodiscard]] QString systemRegion();
/// Makes a page title look like one.
void styleTitle(QLabel *label);

} // namespace Descope::Ui
