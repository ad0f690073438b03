// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QString>

class QKeyEvent;
class QLabel;
class QWidget;

/**
 * @file uihelpers.h
 * Helpers the SDK's widgets use that suit an app's own pages too: showing text that came
 * from the server or other people safely, announcing status to screen readers, and
 * styling a page title as the sign-in pages do, and Enter pressing the focused button.
 */

namespace Descope {

/// Announces a status message (polite: after what is being said) through assistive
/// technology: on Qt 6.8 an announcement; before, widget (best a QLabel showing text)
/// is exposed as a notification whose appearance screen readers (Orca) speak.
DESCOPEQT6WIDGETS_EXPORT void announce(QWidget *widget, const QString &text);
/// Text that came from the server or another person (names, addresses), made safe to show:
/// control characters become U+FFFD and bidirectional overrides, embeddings and isolates
/// are dropped, so a name can neither hide nor reverse the text around it.
[[nodiscard]] DESCOPEQT6WIDGETS_EXPORT QString displayText(const QString &text);
/// Shows such text in label as plain text (never as rich text: a name may hold tags).
DESCOPEQT6WIDGETS_EXPORT void setDisplayText(QLabel *label, const QString &text);
/// Makes a page title look like one.
DESCOPEQT6WIDGETS_EXPORT void styleTitle(QLabel *label);
/// Enter (or Return, without modifiers) on a push button that has the focus inside within
/// presses that button, where a dialog would press its default one and a main window
/// nothing (a button's autoDefault is off outside dialogs). Call it first in within's
/// keyPressEvent() (or an event filter): keys the focused button does not take reach there.
/// @param within the page or dialog whose buttons Enter presses.
/// @param event the key press.
/// @return true when the key was taken (accepted; a disabled button is not pressed).
DESCOPEQT6WIDGETS_EXPORT bool pressFocusedButton(QWidget *within, QKeyEvent *event);

} // namespace Descope
