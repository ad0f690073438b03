// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;

namespace Descope {
class Client;
class Clock;
class Error;
class SessionManager;
class TokenStore;
}

namespace Descope::Ui {

class SignInWidget;

/// "Your session has ended": signs the same person in again by OTP, or lets them stay
/// signed out. Window-modal, so the window behind keeps its state.
class ReauthDialog : public QDialog
{
    Q_OBJECT
public:
    ReauthDialog(Client *client, SessionManager *session, TokenStore *store, const Error &reason,
                 QWidget *parent = nullptr, Clock *clock = nullptr);

    [[nodiscard]] SignInWidget *signIn() const { return m_signIn; }

private:
    SignInWidget *m_signIn;
};

} // namespace Descope::Ui
