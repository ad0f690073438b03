// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QFrame>

#include <memory>

class QPaintEvent;
class QPushButton;

namespace Descope {

class MessageBannerPrivate;

/**
 * A non-blocking message across the top of a window, as KMessageWidget shows them: a
 * sentence, an optional action button, and a close button ("Dismiss") that hides the
 * banner. Put it in your window's layout; it stays hidden until showMessage().
 *
 * Each message shown is announced to screen readers. Its colours come from the palette (a
 * tint of the window's background toward the kind's colour, the window's own text
 * colour, a stripe of the kind's colour on the leading edge), so that light and dark
 * themes both read well.
 */
class DESCOPEQT6WIDGETS_EXPORT MessageBanner : public QFrame
{
    Q_OBJECT
public:
    /// What the message is: sets the banner's colour.
    enum class Kind {
        Information, ///< news, in the theme's highlight colour
        Positive,    ///< something went well (green)
        Warning,     ///< something needs attention (orange)
        Error,       ///< something failed (red)
    };
    Q_ENUM(Kind)

    /// A hidden banner.
    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;
    Q_DISABLE_COPY_MOVE(MessageBanner)

    /**
     * Shows text (plain text) as a message of kind, replacing the one shown.
     * @param kind the banner's colour.
     * @param text the message, translated.
     * @param actionText the action button's text (give it a mnemonic, "&Try again"), or
     *        empty for no action. Pressing it emits actionTriggered(); the banner stays.
     */
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    /// The kind of the last message shown.
    [[nodiscard]] Kind kind() const;
    /// The last message shown.
    [[nodiscard]] QString text() const;
    /// The action button (shown when the message has an action), to give it focus or an
    /// icon. Owned by the banner.
    [[nodiscard]] QPushButton *actionButton() const;

Q_SIGNALS:
    /// The action button was pressed (clicked, or its mnemonic).
    void actionTriggered();
    /// The person dismissed the banner with its close button (not emitted for hide()).
    void dismissed();

protected:
    /// Paints the rounded, tinted background and the stripe.
    void paintEvent(QPaintEvent *event) override;

private:
    const std::unique_ptr<MessageBannerPrivate> d;
};

} // namespace Descope
