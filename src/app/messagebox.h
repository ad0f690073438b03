// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

#include <optional>

namespace Descope::Ui {

/// The one way the app asks a yes/no question, so tests can answer it (setNextAnswer).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    /// The next question() returns answer at once, without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }

private:
    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace Descope::Ui
