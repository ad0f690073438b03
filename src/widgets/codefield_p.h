// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "codefield.h"

#include <QRect>
#include <QSize>

namespace Descope {

class CodeFieldPrivate
{
public:
    explicit CodeFieldPrivate(CodeField *q) : q(q) {}

    /// Keeps the digits of what the person typed or pasted, and says so.
    void onTextEdited(const QString &text);
    [[nodiscard]] QRect slotRect(int index) const;
    [[nodiscard]] QSize slotSize() const;
    [[nodiscard]] int gap() const;

    CodeField *const q;
};

} // namespace Descope
