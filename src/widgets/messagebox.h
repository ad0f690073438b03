// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <functional>
#include <optional>

namespace Descope {

/// The one way the app asks for a confirmation, so tests can answer it (setNextAnswer).
class DESCOPEQT6WIDGETS_EXPORT MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(Descope::MessageBox)
public:
    /**
     * Asks whether to do something, window-modal over parent and without blocking: one
     * button says what it does (actionText; give it a mnemonic: it is pressed by that, a
     * click, or Tab and Space) and Cancel, our own translated word, the default (Enter and
     * Escape do nothing): the action may be destructive. accepted runs once the action button is pressed. The box is
     * deleted when it closes; it carries parent's window actions (Quit). Returns the box,
     * or nullptr when a test answer was set (then accepted has already run, or not).
     */
    static QMessageBox *confirm(QWidget *parent, const QString &title, const QString &text,
                                const QString &actionText, const std::function<void()> &accepted);
    /// The next confirm() is answered at once, without showing anything: Yes or Ok run
    /// the action, anything else cancels.
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }

private:
    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace Descope
