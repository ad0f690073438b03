// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The person at the keyboard, for the widget suites: keys go where a person's keys go (an
// open popup, else the focused widget), one at a time, with what happens between two keys
// (a popup opens, a queued update runs) allowed to happen. Also the mnemonic (Alt+letter)
// clash check every window must pass.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QWidget>

namespace Descope {

/// Where a key goes when a person presses it: an open popup (a completer's list, a combo
/// box's list), else the focused widget.
inline QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

/// One key, and then what happens before the next one can be pressed.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QVERIFY2(keyTarget(), "nothing has the keyboard focus");
    QTest::keyClick(keyTarget(), key, modifiers);
}

/// Types text one key at a time, each to where keys go at that moment, as fast as a person
/// types (no events processed between keys: a completer's popup that opens meanwhile does
/// not take the rest of the word); a character beyond ASCII ("ü") is sent with its own key
/// (Qt::Key_Udiaeresis), as a German keyboard sends it.
inline void type(const QString &text)
{
    for (const QChar c : text) {
        QVERIFY2(keyTarget(), "nothing has the keyboard focus");
        if (c.unicode() < 0x80)
            QTest::keyClick(keyTarget(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, keyTarget(), Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    }
}

/// The object name of the focused widget, or "(none)".
inline QString focusName()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QStringLiteral("(none)");
}

/// Tabs until the widget named name has the focus; false after 40 tabs without it.
inline bool tabTo(const char *name)
{
    for (int i = 0; i < 40; ++i) {
        if (focusName() == QLatin1StringView(name))
            return true;
        // Nothing focused yet: the key goes to the active window, as a person's does.
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        if (!target)
            return false;
        QTest::keyClick(target, Qt::Key_Tab);
        QCoreApplication::processEvents();
    }
    return focusName() == QLatin1StringView(name);
}

/// The letter Alt+ reaches in text ("&Send" -> 's'), or a null QChar; "&&" is a literal "&".
inline QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return next.toLower();
    }
    return {};
}

/// Every mnemonic shown under root (in root's window, not in dialogs of their own), with the
/// texts that carry it: visible buttons (push, check, radio, tool), labels with a buddy,
/// group boxes and the visible tabs of visible tab bars. Disabled ones count too: they are
/// enabled soon (Continue, Resend), and then two letters would clash.
inline QMap<QChar, QStringList> mnemonics(QWidget *root)
{
    QMap<QChar, QStringList> found;
    const auto add = [&found](const QString &text, const QString &what) {
        const QChar letter = mnemonic(text);
        if (!letter.isNull())
            found[letter].append(QStringLiteral("%1 \"%2\"").arg(what, text));
    };
    QWidget *window = root->window();
    const auto shown = [window](const QWidget *widget) { return widget->window() == window && widget->isVisible(); };
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (shown(button))
            add(button->text(), button->objectName());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && shown(label))
            add(label->text(), label->objectName());
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (shown(box))
            add(box->title(), box->objectName());
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                add(tabs->tabText(i), QStringLiteral("tab"));
        }
    }
    return found;
}

/// The mnemonic clashes under root, one line each ("Alt+S: sendButton "&Send", ...").
inline QStringList mnemonicClashes(QWidget *root)
{
    QStringList lines;
    const QMap<QChar, QStringList> found = mnemonics(root);
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (it.value().size() > 1)
            lines.append(QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it.value().join(QLatin1StringView(", "))));
    }
    return lines;
}

/// The clashes under root as one text (empty: none), for QCOMPARE(mnemonicClash(w), QString()).
inline QString mnemonicClash(QWidget *root)
{
    return mnemonicClashes(root).join(QLatin1Char('\n'));
}

} // namespace Descope
