// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <functional>

namespace Descope {

/**
 * Confirmations that tests can answer: confirm() shows a non-blocking, window-modal question
 * with one action button and Cancel; setNextAnswer() lets a test answer the next one
 * without showing anything. Not instantiated: its functions are static.
 */
class DESCOPEQT6WIDGETS_EXPORT MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(Descope::MessageBox)
public:
    /**
     * Asks whether to do something, window-modal over parent and without blocking: one
     * button says what it does (actionText; give it a mnemonic: it is pressed by that, a
     * click, or Tab and Space or Enter) and Cancel, our own translated word, is the default
     * and has the focus (Enter and Escape cancel): the action may be destructive. Enter
     * presses the button with the focus, as everywhere else. The box is deleted when it
     * closes; it carries the actions of parent's window (Quit, say).
     * @param parent the widget whose window the box is modal to.
     * @param title the window title.
     * @param text the question.
     * @param actionText the action button's text ("Sign out &everywhere").
     * @param accepted runs once the action button is pressed.
     * @return the box shown, or nullptr when setNextAnswer() answered it (then accepted has
     *         already run, or not).
     */
    static QMessageBox *confirm(QWidget *parent, const QString &title, const QString &text,
                                const QString &actionText, const std::function<void()> &accepted);
    /// For tests: the next confirm() is answered at once with answer, without showing
    /// anything: QMessageBox::Yes or QMessageBox::Ok run the action, anything else cancels.
    static void setNextAnswer(QMessageBox::StandardButton answer);
};

} // namespace Descope
