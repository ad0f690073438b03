// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "messagebanner_p.h"

#include "uihelpers_p.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Descope {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const auto blend = [amountOfB](qreal x, qreal y) { return x + (y - x) * amountOfB; };
    return QColor::fromRgbF(float(blend(a.redF(), b.redF())), float(blend(a.greenF(), b.greenF())),
                            float(blend(a.blueF(), b.blueF())));
}

} // namespace

MessageBannerPrivate::MessageBannerPrivate(MessageBanner *q)
    : q(q)
    , label(new QLabel(q))
    , action(new QPushButton(q))
    , close(new QToolButton(q))
{
}

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , d(std::make_unique<MessageBannerPrivate>(this))
{
    setAutoFillBackground(false); // painted by paintEvent(), rounded
    d->label->setWordWrap(true);
    d->label->setTextFormat(Qt::PlainText);
    // A small close button in the corner (as KMessageWidget has), named for screen readers.
    d->close->setObjectName(QStringLiteral("dismissButton"));
    d->close->setAutoRaise(true);
    d->close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    d->close->setText(tr("Dismiss"));
    d->close->setToolTip(tr("Dismiss"));
    d->close->setAccessibleName(tr("Dismiss"));
    d->close->setAccessibleDescription(tr("Hide this message"));
    d->action->setObjectName(QStringLiteral("actionButton"));
    // The text takes the width; the action goes under it, at the trailing end.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setVerticalSpacing(4);
    layout->addWidget(d->label, 0, 0, Qt::AlignVCenter);
    layout->addWidget(d->close, 0, 1, Qt::AlignTop);
    layout->addWidget(d->action, 1, 0, 1, 2, Qt::AlignTrailing);
    layout->setColumnStretch(0, 1);
    connect(d->action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(d->close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

MessageBanner::~MessageBanner() = default;

MessageBanner::Kind MessageBanner::kind() const
{
    return d->kind;
}

QPushButton *MessageBanner::actionButton() const
{
    return d->action;
}

QString MessageBanner::text() const
{
    return d->label->text();
}

QColor MessageBannerPrivate::accentColor() const
{
    // The usual "negative", "neutral" and "positive" colours of desktop themes (Breeze's);
    // information takes the theme's own highlight.
    switch (kind) {
    case MessageBanner::Kind::Error:
        return QColor(0xda, 0x44, 0x53);
    case MessageBanner::Kind::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case MessageBanner::Kind::Positive:
        return QColor(0x27, 0xae, 0x60);
    case MessageBanner::Kind::Information:
        break;
    }
    return q->palette().color(QPalette::Highlight);
}

QColor MessageBannerPrivate::backgroundColor() const
{
    return mix(q->palette().color(QPalette::Window), accentColor(), 0.2);
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(d->accentColor(), 1));
    painter.setBrush(d->backgroundColor());
    painter.drawRoundedRect(box, 4, 4);
    // A stripe on the leading edge says the kind without relying on the tint alone.
    QRectF stripe(box.left(), box.top(), 4, box.height());
    if (layoutDirection() == Qt::RightToLeft)
        stripe.moveRight(box.right());
    painter.setPen(Qt::NoPen);
    painter.setBrush(d->accentColor());
    painter.drawRoundedRect(stripe, 2, 2);
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    d->kind = kind;
    update(); // the label keeps the window's text colour (inherited), the buttons the theme's look
    d->label->setText(text);
    setAccessibleName(text);
    d->action->setText(actionText);
    d->action->setVisible(!actionText.isEmpty());
    show();
    announce(d->label, text);
}

} // namespace Descope
