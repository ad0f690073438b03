// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QLineEdit>

#include <memory>

class QMouseEvent;
class QPaintEvent;

namespace Descope {

class CodeFieldPrivate;

/**
 * A field for a one-time code: one QLineEdit, painted as a row of slots (two groups of
 * three), one per digit, so that the expected length shows before anything is typed.
 *
 * It keeps digits only, however they arrive: typed, or pasted as "123 456" or "Code:
 * 123-456"; anything else is dropped, and at most codeLength() digits are kept.
 * codeEdited() reports each change the person makes, codeCompleted() the last digit
 * coming in. To screen readers it is one text field with the digits as its text.
 *
 * Keyboard and mouse: typing fills the next slot, Backspace and the arrow keys work as in
 * any line edit, Enter emits QLineEdit::returnPressed(); a click puts the cursor in the
 * slot clicked, a double click selects the whole code. Colours come from the palette,
 * so light and dark themes both read well.
 */
class DESCOPEQT6WIDGETS_EXPORT CodeField : public QLineEdit
{
    Q_OBJECT
public:
    /// An empty code field.
    explicit CodeField(QWidget *parent = nullptr);
    ~CodeField() override;
    Q_DISABLE_COPY_MOVE(CodeField)

    /// How many digits a code has (6), and so how many slots show.
    [[nodiscard]] static int codeLength();
    /// The digits entered so far (the field's text).
    [[nodiscard]] QString code() const;

    /// Room for every slot.
    [[nodiscard]] QSize sizeHint() const override;
    /// The same as sizeHint(): a slot is never cut.
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The person changed the code (typing, deleting, pasting); code holds the digits now
    /// in the field. Not emitted for setText() or clear().
    void codeEdited(const QString &code);
    /// The person entered the last digit: code is complete (codeLength() digits). Emitted
    /// after codeEdited().
    void codeCompleted(const QString &code);

protected:
    /// Paints the slots, the digits and where the next one goes.
    void paintEvent(QPaintEvent *event) override;
    /// Puts the cursor in the slot clicked.
    void mousePressEvent(QMouseEvent *event) override;
    /// Ignored: dragging selects nothing.
    void mouseMoveEvent(QMouseEvent *event) override;
    /// Selects the whole code.
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    const std::unique_ptr<CodeFieldPrivate> d;
    friend class CodeFieldPrivate;
};

} // namespace Descope
