// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "loginid.h"
#include "otpflow.h"

#include <QWidget>

#include <optional>

class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Descope {
class SessionManager;
class TokenStore;
}

namespace Descope::Ui {

class CodeEntryPage;
class DeliveryMethodPage;
class LoginIdPage;

/// The sign-in conversation: login id → delivery method → code, over one OtpFlow, ending
/// in SessionManager::adopt(). While a request runs the page is disabled, a busy bar shows
/// and Cancel aborts it. Going back keeps what was typed.
class SignInWidget : public QWidget
{
    Q_OBJECT
public:
    SignInWidget(Client *client, SessionManager *session, TokenStore *store, QWidget *parent = nullptr,
                 Clock *clock = nullptr);
    ~SignInWidget() override;

    /// Re-authentication: sign in as loginId only (no login id page, no way to change it).
    void startReauthentication(const QString &loginId);
    /// Back to the first page, ready for a new sign-in; prefill offers the last login id.
    void restart();

    [[nodiscard]] LoginIdPage *loginIdPage() const { return m_loginIdPage; }
    [[nodiscard]] DeliveryMethodPage *methodPage() const { return m_methodPage; }
    [[nodiscard]] CodeEntryPage *codePage() const { return m_codePage; }
    [[nodiscard]] OtpFlow *flow() const { return m_flow; }

Q_SIGNALS:
    /// The session was adopted.
    void completed();
    /// Shown page changed (title for the window, tests).
    void pageChanged(QWidget *page);

private:
    void onLoginIdSubmitted(OtpFlow::Mode mode);
    void send(DeliveryMethod method);
    void showPage(QWidget *page);
    void setBusy(bool busy);
    void showErrorOnCurrentPage(const Error &error);
    void onVerified(const AuthenticationResponse &response);

    Client *m_client;
    SessionManager *m_session;
    TokenStore *m_store;
    OtpFlow *m_flow;
    QStackedWidget *m_stack;
    LoginIdPage *m_loginIdPage;
    DeliveryMethodPage *m_methodPage;
    CodeEntryPage *m_codePage;
    QProgressBar *m_busyBar;
    QPushButton *m_cancelButton;

    OtpFlow::Mode m_mode = OtpFlow::Mode::SignUpOrIn;
    std::optional<LoginId> m_loginId;
    QString m_name;
    bool m_reauthenticating = false;
};

} // namespace Descope::Ui
