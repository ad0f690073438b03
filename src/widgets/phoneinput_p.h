// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QObject>
#include <QString>

#include <functional>

class QComboBox;
class QLineEdit;

namespace Descope {

/**
 * Formats a phone number in a line edit as the person types it, with libphonenumber's
 * AsYouTypeFormatter (through LoginId::formatAsTyped): "2079460958" in GB shows as
 * "20 7946 0958", "+4930…" as "+49 30 …".
 *
 * The field may also take an email address (the login id field does): text with anything
 * but digits, spaces, dashes, parentheses and a leading "+" is left as it was typed, and
 * the spaces the formatter put in go again when the text stops being a number
 * ("0301234@…"). The cursor stays behind the digit it was behind; Backspace and Delete
 * next to a space the formatter added remove the digit beyond it. Text set by the program
 * (setText, clear) is left alone until the person edits it. Paste is one edit like any
 * other: a pasted number is formatted, a pasted address is not.
 */
class DESCOPEQT6WIDGETS_EXPORT PhoneInput : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneInput)
public:
    /// The region (ISO 3166 code) numbers without "+<country>" belong to; asked at each edit.
    using RegionFunction = std::function<QString()>;

    /// Formats edit from now on; owned by edit. When regions is given, choosing another
    /// entry there formats the number again for the new region.
    static PhoneInput *attach(QLineEdit *edit, RegionFunction region, QComboBox *regions = nullptr);
    ~PhoneInput() override;

    /// Formats the text again (the region changed).
    void reformat();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PhoneInput(QLineEdit *edit, RegionFunction region);
    void edited(const QString &text);
    void changed(const QString &text);
    void present(const QString &raw, qsizetype significantBeforeCursor, qsizetype rawCursor);
    [[nodiscard]] bool isFormatted() const { return m_shown != m_raw; }

    QLineEdit *m_edit;
    RegionFunction m_region;
    QString m_raw;   ///< what the person typed, without the formatter's spaces
    QString m_shown; ///< what the field shows: m_raw, formatted when it is a number
    bool m_updating = false;
};

} // namespace Descope
