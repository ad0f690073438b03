// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "messagebanner.h"

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

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setAutoFillBackground(false); // painted by paintEvent(), rounded
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    // A small close button in the corner (as KMessageWidget has), named for screen readers.
    m_close->setObjectName(QStringLiteral("dismissButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setText(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setAccessibleDescription(tr("Hide this message"));
    m_action->setObjectName(QStringLiteral("actionButton"));
    // The text takes the width; the action goes under it, at the trailing end.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_label, 0, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, 1, Qt::AlignTop);
    layout->addWidget(m_action, 1, 0, 1, 2, Qt::AlignTrailing);
    layout->setColumnStretch(0, 1);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

QColor MessageBanner::accentColor() const
{
    // The usual "negative", "neutral" and "positive" colours of desktop themes (Breeze's);
    // information takes the theme's own highlight.
    switch (m_kind) {
    case Kind::Error:
        return QColor(0xda, 0x44, 0x53);
    case Kind::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Kind::Positive:
        return QColor(0x27, 0xae, 0x60);
    case Kind::Information:
        break;
    }
    return palette().color(QPalette::Highlight);
}

QColor MessageBanner::backgroundColor() const
{
    return mix(palette().color(QPalette::Window), accentColor(), 0.2);
}

QColor MessageBanner::textColor() const
{
    return palette().color(QPalette::WindowText);
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(accentColor(), 1));
    painter.setBrush(backgroundColor());
    painter.drawRoundedRect(box, 4, 4);
    // A stripe on the leading edge says the kind without relying on the tint alone.
    QRectF stripe(box.left(), box.top(), 4, box.height());
    if (layoutDirection() == Qt::RightToLeft)
        stripe.moveRight(box.right());
    painter.setPen(Qt::NoPen);
    painter.setBrush(accentColor());
    painter.drawRoundedRect(stripe, 2, 2);
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    update(); // the label keeps the window's text colour (inherited), the buttons the theme's look
    m_label->setText(text);
    setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
    announce(m_label, text);
}

} // namespace Descope
