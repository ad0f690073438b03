// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "messagebanner.h"

class QLabel;
class QToolButton;

namespace Descope {

class MessageBannerPrivate
{
public:
    explicit MessageBannerPrivate(MessageBanner *q);

    [[nodiscard]] QColor accentColor() const;
    /// The window's background tinted toward accentColor().
    [[nodiscard]] QColor backgroundColor() const;

    MessageBanner *const q;
    MessageBanner::Kind kind = MessageBanner::Kind::Information;
    QLabel *label;
    QPushButton *action;
    QToolButton *close;
};

} // namespace Descope
