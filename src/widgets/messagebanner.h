// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace Descope {

/// A non-blocking message across the top of a window (KMessageWidget-like): a sentence,
/// an optional action, and a close button. Shown messages are announced to screen readers.
/// Its colours come from the palette (a tint of the window's background toward the kind's
/// colour, the window's own text colour), so that light and dark themes both read well.
class DESCOPEQT6WIDGETS_EXPORT MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *actionButton() const { return m_action; }
    /// The colours it is painted with, for the current palette.
    [[nodiscard]] QColor backgroundColor() const;
    [[nodiscard]] QColor textColor() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] QColor accentColor() const;

    Kind m_kind = Kind::Information;
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace Descope
