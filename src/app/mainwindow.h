// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>

#include "reauthdialog.h"

class QStackedWidget;

namespace Descope {
class Client;
class Clock;
class Error;
class SessionManager;
class TokenStore;
}

namespace Descope::Ui {

class AccountWidget;
class MessageBanner;

class SignInWidget;

/// The application window: "Signing you in…" while the session is restored, then the
/// sign-in pages or the account page, with banners for keychain and connection trouble
/// and the re-authentication prompt when the session truly ends.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// clock: for the resend countdowns (tests pass a manual one).
    MainWindow(Client *client, SessionManager *session, TokenStore *store, Clock *clock = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QWidget *restoringPage() const { return m_restoringPage; }
    [[nodiscard]] SignInWidget *signInWidget() const { return m_signIn; }
    [[nodiscard]] AccountWidget *accountWidget() const { return m_account; }
    [[nodiscard]] QWidget *currentPage() const;
    [[nodiscard]] MessageBanner *storageBanner() const { return m_storageBanner; }
    [[nodiscard]] MessageBanner *connectionBanner() const { return m_connectionBanner; }
    [[nodiscard]] ReauthDialog *reauthDialog() const { return m_reauth; }
    /// Opens the account settings dialog (window-modal) and returns it.
    QDialog *openAccountSettings();

private:
    void showSignIn();
    void showAccount();
    void openReauthentication(const Error &reason);
    void confirmSignOutEverywhere();

    Client *m_client;
    SessionManager *m_session;
    TokenStore *m_store;
    Clock *m_clock;
    QStackedWidget *m_stack;
    QWidget *m_restoringPage;
    SignInWidget *m_signIn;
    AccountWidget *m_account;
    MessageBanner *m_storageBanner;
    MessageBanner *m_connectionBanner;
    QPointer<ReauthDialog> m_reauth;
};

} // namespace Descope::Ui
