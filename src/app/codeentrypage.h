// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CodeEntryPage;
}

namespace Descope::Ui {

/// "We sent a code to …": one field that takes typing and pasting (anything but digits is
/// dropped) and submits by itself once the sixth digit is in, or on Enter. Resend waits
/// for its countdown. Used by sign-in, re-authentication and account settings.
class CodeEntryPage : public QWidget
{
    Q_OBJECT
public:
    explicit CodeEntryPage(QWidget *parent = nullptr);
    ~CodeEntryPage() override;

    void setMaskedAddress(const QString &maskedAddress);
    /// 0 enables "Resend code"; more shows the countdown on it.
    void setResendSeconds(int seconds);
    /// An inline error; the code is cleared and the field refocused so the next try is quick.
    void showError(const Error &error);
    void clearError();
    void setBusy(bool busy);
    void reset();
    void setAnotherMethodVisible(bool visible);
    void setChangeLoginIdVisible(bool visible);
    [[nodiscard]] QString code() const;

Q_SIGNALS:
    void codeEntered(const QString &code);
    void resendRequested();
    void anotherMethodRequested();
    void changeLoginIdRequested();

private:
    void onEdited(const QString &text);
    void submit();

    const std::unique_ptr<::Ui::CodeEntryPage> m_ui;
    QString m_details;
    int m_resendSeconds = 0;
};

} // namespace Descope::Ui
