// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "accountsettingsdialog.h"

#include "otpflow.h"

#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class AccountSettingsDialog;
}

namespace Descope {

class CodeEntryPage;
class StepUpDialog;

class AccountSettingsDialogPrivate
{
public:
    AccountSettingsDialogPrivate(AccountSettingsDialog *q, Client *client, SessionManager *session, Clock *clock);
    ~AccountSettingsDialogPrivate();

    /// Sends the code for form's change: after a step-up when the sign-in is not recent.
    void send(AccountSettingsDialog::Form form);
    /// What the form asks for, as a request (without the session's token).
    [[nodiscard]] OtpFlow::Request request(AccountSettingsDialog::Form form) const;
    /// The new address's problem that OtpFlow::start() would refuse, said before a step-up
    /// asks for a code (start() checks again).
    [[nodiscard]] static std::optional<Error> checkNewAddress(const OtpFlow::Request &request);
    void showFormError(const QString &message);
    void showForms();
    void showDone();
    void setBusy(bool busy);
    void showError(const Error &error);
    void onVerified(const AuthenticationResponse &response);

    AccountSettingsDialog *const q;
    const std::unique_ptr<::Ui::AccountSettingsDialog> ui;
    Client *client;
    SessionManager *session;
    Clock *clock;
    OtpFlow *flow;
    CodeEntryPage *codePage;
    QPushButton *closeButton = nullptr;
    QPointer<StepUpDialog> stepUp; ///< open while the person confirms it's them
    bool busy = false;
    bool adopting = false; ///< verified; the session is taking the new tokens
};

} // namespace Descope
