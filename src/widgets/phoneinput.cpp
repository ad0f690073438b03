// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "phoneinput_p.h"

#include "loginid.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace Descope {

namespace {

/// What the formatter keeps: digits and the "+" of an international number.
bool isSignificant(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'+';
}

qsizetype significantCount(QStringView text)
{
    return std::count_if(text.cbegin(), text.cend(), isSignificant);
}

/// Text the formatter may rewrite: digits, with spaces, dashes and parentheses between them
/// and a "+" first. Dots and slashes are not dropped silently ("1.2@example.com" is being
/// typed), and neither is anything else.
bool isFormattable(QStringView text)
{
    bool digit = false;
    bool first = true;
    for (const QChar c : text) {
        if (first && (c == u'-' || c == u')'))
            return false; // as LoginId::looksLikePhone(): a number starts with "+", "(" or a digit
        if (c == u'+' && !first)
            return false;
        if (c != u' ' && c != u'(')
            first = false;
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u'+' && c != u' ' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return digit;
}

/// The index in text of the significant character that has count others before it (the
/// end when there is none): what is inserted after the count-th digit goes after the
/// separators the person typed behind it ("207-" and "9" make "207-9").
qsizetype indexOfSignificant(QStringView text, qsizetype count)
{
    for (qsizetype index = 0; index < text.size(); ++index) {
        if (isSignificant(text.at(index)) && count-- == 0)
            return index;
    }
    return text.size();
}

} // namespace

PhoneInput *PhoneInput::attach(QLineEdit *edit, RegionFunction region, QComboBox *regions)
{
    auto *input = new PhoneInput(edit, std::move(region));
    if (regions)
        connect(regions, &QComboBox::currentIndexChanged, input, &PhoneInput::reformat);
    return input;
}

PhoneInput::PhoneInput(QLineEdit *edit, RegionFunction region)
    : QObject(edit)
    , m_edit(edit)
    , m_region(std::move(region))
    , m_raw(edit->text())
    , m_shown(edit->text())
{
    connect(edit, &QLineEdit::textEdited, this, &PhoneInput::edited);
    connect(edit, &QLineEdit::textChanged, this, &PhoneInput::changed);
    edit->installEventFilter(this);
}

PhoneInput::~PhoneInput() = default;

void PhoneInput::reformat()
{
    if (!isFormattable(m_raw) || m_edit->isReadOnly())
        return;
    present(m_raw, significantCount(QStringView(m_shown).left(m_edit->cursorPosition())), m_raw.size());
}

void PhoneInput::changed(const QString &text)
{
    // setText() and clear() from the program: taken as they are. (The textChanged that
    // follows an edit this class rewrote carries the text from before; it is stale.)
    if (m_updating || text != m_edit->text() || text == m_shown)
        return;
    m_raw = m_shown = text;
}

void PhoneInput::edited(const QString &text)
{
    if (m_updating)
        return;
    // What changed, as the text before and after have it: a common tail, a common head, and
    // in between what went and what came. The cursor is where the edit ended, so the tail
    // starts at or after it ("1" typed before "1" is told from "1" typed after it).
    const qsizetype shorter = std::min(text.size(), m_shown.size());
    const qsizetype maxTail = std::min<qsizetype>(shorter, text.size() - m_edit->cursorPosition());
    qsizetype tail = 0;
    while (tail < maxTail && text.at(text.size() - 1 - tail) == m_shown.at(m_shown.size() - 1 - tail))
        ++tail;
    qsizetype head = 0;
    while (head < shorter - tail && text.at(head) == m_shown.at(head))
        ++head;
    const QString inserted = text.mid(head, text.size() - head - tail);

    // The same edit on what the person typed. While the field shows m_raw itself the
    // positions are the same; while it shows a formatted number, they are found in m_raw by
    // counting digits.
    qsizetype rawStart = head;
    qsizetype rawEnd = m_shown.size() - tail;
    qsizetype significantBefore = significantCount(QStringView(m_shown).left(head));
    if (isFormatted()) {
        rawStart = indexOfSignificant(m_raw, significantBefore);
        rawEnd = indexOfSignificant(m_raw, significantCount(QStringView(m_shown).left(m_shown.size() - tail)));
        rawEnd = std::max(rawEnd, rawStart);
    }
    const QString raw = m_raw.left(rawStart) + inserted + m_raw.mid(rawEnd);
    present(raw, significantBefore + significantCount(inserted), rawStart + inserted.size());
}

void PhoneInput::present(const QString &raw, qsizetype significantBeforeCursor, qsizetype rawCursor)
{
    m_raw = raw;
    QString shown = raw;
    qsizetype cursor = rawCursor;
    if (isFormattable(raw)) {
        cursor = significantBeforeCursor;
        shown = LoginId::formatAsTyped(raw, m_region ? m_region() : QString(), &cursor);
    }
    m_shown = shown;
    if (m_edit->text() == shown && m_edit->cursorPosition() == cursor)
        return;
    m_updating = true;
    if (m_edit->text() != shown)
        m_edit->setText(shown);
    m_edit->setCursorPosition(int(cursor));
    m_updating = false;
}

bool PhoneInput::eventFilter(QObject *watched, QEvent *event)
{
    // Backspace next to a space in a number would take the space, which the formatter puts
    // straight back (also when the person typed it there): it takes the digit before the
    // space instead (Delete, the one after).
    if (watched == m_edit && event->type() == QEvent::KeyPress && isFormattable(m_raw) && !m_edit->hasSelectedText()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            const QString text = m_edit->text();
            int cursor = m_edit->cursorPosition();
            if (key->key() == Qt::Key_Backspace) {
                while (cursor > 0 && !isSignificant(text.at(cursor - 1)) && significantCount(QStringView(text).left(cursor)) > 0)
                    --cursor;
            } else if (key->key() == Qt::Key_Delete) {
                while (cursor < text.size() && !isSignificant(text.at(cursor))
                       && significantCount(QStringView(text).mid(cursor)) > 0)
                    ++cursor;
            }
            if (cursor != m_edit->cursorPosition())
                m_edit->setCursorPosition(cursor);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Descope
