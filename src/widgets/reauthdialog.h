// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Descope {
class Client;
class Clock;
class Error;
class SessionManager;
class TokenStore;
}

namespace Descope {

class SignInWidget;

/// "Your session ended": signs the same person in again by OTP, or lets them stay signed
/// out. Window-modal, so the window behind keeps its state.
///
/// It names the login id that was signed in and verifies that one only (SessionManager's
/// same-person rule); nothing is sent until the person asks for a code, since the prompt
/// may open while nobody is there (a text or call at night costs money and alarms people).
/// Enter runs the page's main action; Escape cancels a request in flight, else means
/// "Stay signed out".
class DESCOPEQT6WIDGETS_EXPORT ReauthDialog : public QDialog
{
    Q_OBJECT
public:
    ReauthDialog(Client *client, SessionManager *session, TokenStore *store, const Error &reason,
                 QWidget *parent = nullptr, Clock *clock = nullptr);

    [[nodiscard]] SignInWidget *signIn() const { return m_signIn; }

    /// What the prompt says about why it opened, for reason (see the constructor).
    [[nodiscard]] static QString explanation(const Error &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    SignInWidget *m_signIn;
    QPushButton *m_stayOut;
};

} // namespace Descope
