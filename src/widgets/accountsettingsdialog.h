// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include "otpflow.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class AccountSettingsDialog;
}

namespace Descope {
class SessionManager;
}

namespace Descope {

class CodeEntryPage;

/// Change the email address or phone number, proven by a code sent to the new one; the
/// verified tokens replace the session and the account window follows the new user record.
/// Once done, it says what changed ("Your email address is now …") until closed; closed
/// then, it is accepted.
///
/// Keyboard: Enter presses the focused button, or else runs the page's action (send the
/// code for the form shown, verify the code); Escape cancels a request in flight, else
/// goes back from the code page to the forms, else closes.
class DESCOPEQT6WIDGETS_EXPORT AccountSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountSettingsDialog(Client *client, SessionManager *session, QWidget *parent = nullptr, Clock *clock = nullptr);
    ~AccountSettingsDialog() override;

    [[nodiscard]] CodeEntryPage *codePage() const { return m_codePage; }
    [[nodiscard]] OtpFlow *flow() const { return m_flow; }

public Q_SLOTS:
    /// Closing after the change was made counts as accepting it.
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void send(bool email);
    void showForms();
    void showDone();
    void setBusy(bool busy);
    [[nodiscard]] bool isEmailTab() const;

    const std::unique_ptr<::Ui::AccountSettingsDialog> m_ui;
    SessionManager *m_session;
    OtpFlow *m_flow;
    CodeEntryPage *m_codePage;
    QPushButton *m_closeButton;
    bool m_busy = false;
    bool m_adopting = false; ///< verified; the session is taking the new tokens
};

} // namespace Descope
