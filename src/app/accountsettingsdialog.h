// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "otpflow.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountSettingsDialog;
}

namespace Descope {
class SessionManager;
}

namespace Descope::Ui {

class CodeEntryPage;

/// Change the email address or phone number, proven by a code sent to the new one; the
/// verified tokens replace the session and the account window follows the new user record.
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountSettingsDialog(Client *client, SessionManager *session, QWidget *parent = nullptr, Clock *clock = nullptr);
    ~AccountSettingsDialog() override;

    [[nodiscard]] CodeEntryPage *codePage() const { return m_codePage; }
    [[nodiscard]] OtpFlow *flow() const { return m_flow; }

private:
    void send(bool email);
    void showForms();
    void setBusy(bool busy);

    const std::unique_ptr<::Ui::AccountSettingsDialog> m_ui;
    SessionManager *m_session;
    OtpFlow *m_flow;
    CodeEntryPage *m_codePage;
};

} // namespace Descope::Ui
