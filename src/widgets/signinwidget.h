// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include "loginid.h"
#include "otpflow.h"

#include <QWidget>

#include <optional>

class QKeyEvent;
class QProgressBar;
class QPushButton;
class QShowEvent;
class QStackedWidget;

namespace Descope {
class SessionManager;
class TokenStore;
}

namespace Descope {

class CodeEntryPage;
class DeliveryMethodPage;
class LoginIdPage;

/**
 * The sign-in conversation: login id → delivery method → code, over one OtpFlow, ending in
 * SessionManager::adopt().
 *
 * One keyboard model on every page: Enter runs the page's main action (on a focused button,
 * that button); Escape goes back one page, or cancels the request in flight. Focus starts on
 * each page's main control and moves only when the person's place changes: while a request
 * runs a busy bar and Cancel show, the rest of the page is disabled, but focus stays where it
 * was. Going back keeps what was typed and drops the errors; restart() leaves a fresh form.
 */
class DESCOPEQT6WIDGETS_EXPORT SignInWidget : public QWidget
{
    Q_OBJECT
public:
    SignInWidget(Client *client, SessionManager *session, TokenStore *store, QWidget *parent = nullptr,
                 Clock *clock = nullptr);
    ~SignInWidget() override;

    /// Re-authentication: sign in as loginId only (no login id page, no way to change it,
    /// never "Create an account"). Shows where the code will go and sends nothing until the
    /// person asks for it ("Send code").
    void startReauthentication(const QString &loginId);
    /// Back to the first page, ready for a new sign-in: no name, no errors, not creating an
    /// account; the login id field offers the last login id.
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

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onLoginIdSubmitted(OtpFlow::Mode mode);
    void send(DeliveryMethod method);
    void showPage(QWidget *page);
    /// Puts focus on page's main control.
    void focusPage(QWidget *page);
    /// Escape: the page before the current one, without its errors; false if there is none.
    bool goBack();
    void goBackTo(QWidget *page);
    /// cancellable: a request Cancel (and Escape) can stop; otherwise only the busy bar shows.
    void setBusy(bool busy, bool cancellable = true);
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
    QWidget *m_busyPage = nullptr; ///< the page set busy, to be released

    OtpFlow::Mode m_mode = OtpFlow::Mode::SignUpOrIn;
    std::optional<LoginId> m_loginId;
    QString m_name;
    bool m_reauthenticating = false;
    bool m_busy = false;
};

} // namespace Descope
