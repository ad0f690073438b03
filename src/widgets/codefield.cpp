// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "codefield_p.h"

#include "otpflow.h"

#include <QMouseEvent>
#include <QPainter>

namespace Descope {

namespace {
constexpr int SlotCount = OtpFlow::CodeLength;
} // namespace

CodeField::CodeField(QWidget *parent)
    : QLineEdit(parent)
    , d(std::make_unique<CodeFieldPrivate>(this))
{
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6);
    bigger.setStyleHint(QFont::Monospace);
    setFont(bigger);
    setAttribute(Qt::WA_MacShowFocusRect, false);
    // The slots are painted here: the cursor and the selection show in them.
    connect(this, &QLineEdit::cursorPositionChanged, this, qOverload<>(&QWidget::update));
    connect(this, &QLineEdit::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) { d->onTextEdited(text); });
}

int CodeField::codeLength()
{
    return SlotCount;
}

QString CodeField::code() const
{
    return text();
}

void CodeFieldPrivate::onTextEdited(const QString &text)
{
    // Keep digits only, wherever they came from (typing, "123 456" or "Code: 123-456" pasted).
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    digits.truncate(SlotCount);
    if (digits != text) {
        const int cursor = q->cursorPosition();
        q->setText(digits);
        q->setCursorPosition(qMin<int>(cursor, int(digits.size())));
    }
    Q_EMIT q->codeEdited(digits);
    if (digits.size() == SlotCount)
        Q_EMIT q->codeCompleted(digits);
}

CodeField::~CodeField() = default;

QSize CodeFieldPrivate::slotSize() const
{
    const QFontMetrics metrics = q->fontMetrics();
    return {metrics.horizontalAdvance(QLatin1Char('0')) + 18, metrics.height() + 14};
}

int CodeFieldPrivate::gap() const
{
    return qMax(4, slotSize().width() / 6);
}

QRect CodeFieldPrivate::slotRect(int index) const
{
    const QSize size = slotSize();
    // Two groups of three, as codes are read out ("123 456").
    const int groupGap = index >= SlotCount / 2 ? gap() * 2 : 0;
    return {1 + index * (size.width() + gap()) + groupGap, 1, size.width(), size.height()};
}

QSize CodeField::sizeHint() const
{
    const QRect last = d->slotRect(SlotCount - 1);
    return {last.right() + 2, last.bottom() + 2};
}

QSize CodeField::minimumSizeHint() const
{
    return sizeHint();
}

void CodeField::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette::ColorGroup group = !isEnabled() ? QPalette::Disabled
                                       : isReadOnly() ? QPalette::Inactive
                                                      : QPalette::Active;
    const QPalette &pal = palette();
    const QString digits = text();
    const bool focused = hasFocus() && !isReadOnly();
    const int cursor = qMin(cursorPosition(), SlotCount - 1);
    const int selStart = hasSelectedText() ? selectionStart() : -1;
    const int selEnd = hasSelectedText() ? selectionEnd() : -1;
    // Text colour mixed into the base: a visible frame on light and dark palettes alike
    // (Mid is nearly the base colour in some dark themes).
    const QColor ink = pal.color(group, QPalette::Text);
    const QColor base = pal.color(group, QPalette::Base);
    const auto mix = [](int a, int b) { return (a * 45 + b * 55) / 100; };
    const QColor border(mix(ink.red(), base.red()), mix(ink.green(), base.green()), mix(ink.blue(), base.blue()));
    for (int i = 0; i < SlotCount; ++i) {
        const QRectF box = QRectF(d->slotRect(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool selected = i >= selStart && i < selEnd;
        const bool current = focused && i == cursor && !hasSelectedText();
        QPen pen(current ? pal.color(group, QPalette::Highlight) : border, current ? 2 : 1);
        painter.setPen(pen);
        painter.setBrush(selected ? pal.color(group, QPalette::Highlight) : pal.color(group, QPalette::Base));
        painter.drawRoundedRect(box, 4, 4);
        if (i < digits.size()) {
            painter.setPen(selected ? pal.color(group, QPalette::HighlightedText)
                                    : pal.color(isReadOnly() ? QPalette::Disabled : group, QPalette::Text));
            painter.drawText(box, Qt::AlignCenter, digits.mid(i, 1));
        } else if (current) {
            // Where the next digit goes: a caret in the empty slot.
            painter.setPen(QPen(pal.color(group, QPalette::Text), 1));
            const qreal x = box.center().x();
            painter.drawLine(QPointF(x, box.top() + box.height() * 0.25), QPointF(x, box.bottom() - box.height() * 0.25));
        }
    }
}

void CodeField::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QLineEdit::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    int slot = SlotCount - 1;
    for (int i = 0; i < SlotCount; ++i) {
        if (event->position().x() < d->slotRect(i).right() + d->gap() / 2.0) {
            slot = i;
            break;
        }
    }
    deselect();
    setCursorPosition(qMin<int>(slot, int(text().size())));
    update();
    event->accept();
}

void CodeField::mouseMoveEvent(QMouseEvent *event)
{
    event->accept(); // the line edit's own selection follows its (hidden) text layout
}

void CodeField::mouseDoubleClickEvent(QMouseEvent *event)
{
    selectAll();
    event->accept();
}

} // namespace Descope
