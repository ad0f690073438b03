// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "stepupdialog.h"

#include <memory>

class QPushButton;

namespace Ui {
class StepUpDialog;
}

namespace Descope {

struct AuthenticationResponse;
class Error;
class OtpFlow;

class StepUpDialogPrivate
{
public:
    StepUpDialogPrivate(StepUpDialog *q, Client *client, SessionManager *session, Clock *clock);
    ~StepUpDialogPrivate();

    /// Sends a code to the signed-in login id (again, after the first send was cancelled).
    void send();
    void setBusy(bool busy);
    void showError(const Error &error);
    /// Grows the dialog to the height its texts need at its width.
    void fitHeight();
    /// The explanation at the top: reason (or the default one), then how to confirm.
    void setExplanation(const QString &reason);
    void onVerified(const AuthenticationResponse &response);

    StepUpDialog *const q;
    const std::unique_ptr<::Ui::StepUpDialog> ui;
    SessionManager *const session;
    OtpFlow *const flow;
    QPushButton *cancelButton = nullptr;
    bool sent = false;     ///< the first show sent the code
    bool adopting = false; ///< verified; the session is taking the stepped-up tokens
};

} // namespace Descope
