// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "accountsettingsdialog.h"

#include "otpflow.h"

#include <memory>

class QPushButton;

namespace Ui {
class AccountSettingsDialog;
}

namespace Descope {

class CodeEntryPage;

class AccountSettingsDialogPrivate
{
public:
    AccountSettingsDialogPrivate(AccountSettingsDialog *q, Client *client, SessionManager *session, Clock *clock);
    ~AccountSettingsDialogPrivate();

    void send(AccountSettingsDialog::Form form);
    void showForms();
    void showDone();
    void setBusy(bool busy);
    void showError(const Error &error);
    void onVerified(const AuthenticationResponse &response);

    AccountSettingsDialog *const q;
    const std::unique_ptr<::Ui::AccountSettingsDialog> ui;
    SessionManager *session;
    OtpFlow *flow;
    CodeEntryPage *codePage;
    QPushButton *closeButton = nullptr;
    bool busy = false;
    bool adopting = false; ///< verified; the session is taking the new tokens
};

} // namespace Descope
