// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include "uihelpers.h"

#include <QString>

class QComboBox;
class QKeyEvent;
class QLabel;
class QPushButton;
class QWidget;

namespace Descope {

/// Shows a translated error inline under a form, and makes it heard: label's text becomes its
/// accessible name, field (the input the error concerns) carries it as its accessible
/// description, and the error is announced at once (assertive). Prefer this overload.
DESCOPEQT6WIDGETS_EXPORT void showInlineError(QLabel *label, const QString &message, QWidget *field);
/// As above, for an error that concerns no single field (the form as a whole).
DESCOPEQT6WIDGETS_EXPORT void showInlineError(QLabel *label, const QString &message);
/// Hides the error and takes it off field's accessible description again.
DESCOPEQT6WIDGETS_EXPORT void clearInlineError(QLabel *label, QWidget *field);
DESCOPEQT6WIDGETS_EXPORT void clearInlineError(QLabel *label);
/// Tells screen readers that widget's text changed. Prefer announce(widget, text).
DESCOPEQT6WIDGETS_EXPORT void announce(QWidget *widget);
/// Told of every announcement the two functions above make (widget, text, whether assertive),
/// for tests: Qt drops accessibility events while no screen reader is active, as it always
/// is under the offscreen platform. nullptr stops it.
using AnnouncementObserver = void (*)(QWidget *widget, const QString &text, bool assertive);
DESCOPEQT6WIDGETS_EXPORT void setAnnouncementObserver(AnnouncementObserver observer);
/// Fills combo with every region libphonenumber knows, once each, named in the UI's
/// language (QLocale's default) from ICU with its calling code ("Deutschland (+49)"),
/// sorted for that language, with the region code as item data, and selects region
/// (or "US"). The combo becomes editable: typing a name (also the English one), the
/// region code or the calling code ("+49", "49") finds the country.
DESCOPEQT6WIDGETS_EXPORT void fillCountries(QComboBox *combo, const QString &region);
/// The region of the system locale, e.g. "DE", or "US" when the locale has none.
[[nodiscard]] DESCOPEQT6WIDGETS_EXPORT QString systemRegion();
/// A quieter action: a flat button in the palette's link colour (which follows dark themes).
/// With the focus it is underlined and framed (as a button, in the palette's colours), so
/// Tab shows where it is.
DESCOPEQT6WIDGETS_EXPORT void styleAsLink(QPushButton *button);
/// Enter or Return, without modifiers (the keypad's Enter included).
[[nodiscard]] DESCOPEQT6WIDGETS_EXPORT bool isEnterKey(const QKeyEvent *event);
/// Alt+letter that is no shortcut would type the letter into the focused line edit (Qt
/// inserts the text of any key it does not use): afterwards, key presses carrying exactly the
/// Alt modifier never type into a line edit or an editable combo box of the application;
/// they are dropped (the window's shortcuts, mnemonics included, still get them first).
/// Also, a push button with the focus is underlined (Fusion draws the default button as a
/// focused one, so Tab to it showed nothing).
/// AltGr (which types "@" on German keyboards) arrives without Alt, or with more modifiers
/// than Alt (GroupSwitch on X11, Ctrl+Alt on Windows), and types as before. Installed once
/// for the whole application; calling it again does nothing.
DESCOPEQT6WIDGETS_EXPORT void dropAltLetters();

} // namespace Descope
