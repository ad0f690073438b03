// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <DescopeQt6/ReauthDialog>

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QStackedWidget;

namespace Descope {
class Client;
class Clock;
class Error;
class SessionManager;
class TokenStore;
}

namespace Descope {

class AccountWidget;
class MessageBanner;

class SignInWidget;

/**
 * The application window: "Signing you in…" while the session is restored, then the
 * sign-in pages or the account page, with banners for keychain and connection trouble,
 * a notice after the session ended, and the re-authentication prompt when the session
 * truly ends.
 *
 * The pages sit in a centred card of a fixed, readable width with the app's icon at the
 * top; the card grows only when a page cannot fit (long translations) and never past the
 * screen. The window's size and place are kept in QSettings ("mainWindow/geometry") when
 * it closes and restored when it is made. Quit (Ctrl+Q) works on every page and in the
 * dialogs it opens.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// clock: for the resend countdowns and status times (tests pass a manual one).
    MainWindow(Client *client, SessionManager *session, TokenStore *store, Clock *clock = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QWidget *restoringPage() const { return m_restoringPage; }
    [[nodiscard]] SignInWidget *signInWidget() const { return m_signIn; }
    [[nodiscard]] AccountWidget *accountWidget() const { return m_account; }
    [[nodiscard]] QWidget *currentPage() const;
    [[nodiscard]] MessageBanner *storageBanner() const { return m_storageBanner; }
    [[nodiscard]] MessageBanner *connectionBanner() const { return m_connectionBanner; }
    /// What happened to the last session ("You were signed out."), above the sign-in page.
    [[nodiscard]] MessageBanner *noticeBanner() const { return m_noticeBanner; }
    [[nodiscard]] ReauthDialog *reauthDialog() const { return m_reauth; }
    [[nodiscard]] QAction *quitAction() const { return m_quitAction; }
    /// Opens the account settings dialog (window-modal) and returns it.
    QDialog *openAccountSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Enter on a focused button of the window's own pages presses it (a main window's
    /// buttons are no auto-default ones: Enter did nothing on the account page).
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// What the banner above the pages says: about the last session, or (NothingChanged) that
    /// signing out everywhere was left when the code to confirm it was not given.
    enum class Notice { None, SignedOut, SigningOutEverywhere, SessionEnded, SignedOutElsewhere, NothingChanged };

    void showSignIn();
    void showAccount();
    void showNotice(Notice notice);
    void openReauthentication(const Error &reason);
    void confirmSignOutEverywhere();
    /// Signs out on all devices, after a step-up when the sign-in is not recent.
    void signOutEverywhere();
    /// Quit works in dialog too (a window-modal dialog blocks the window's shortcuts).
    void shareQuit(QWidget *dialog);
    /// When dialog closes, the focus goes back to the widget of this window that had it when
    /// dialog opened (the button that opened it), not wherever Qt puts it ("Sign out").
    void returnFocusWhenClosed(QDialog *dialog);
    void quit();
    void updateStatus();
    [[nodiscard]] qint64 nowMs() const;

    Client *m_client;
    SessionManager *m_session;
    TokenStore *m_store;
    Clock *m_clock;
    QStackedWidget *m_stack;
    QWidget *m_restoringPage;
    SignInWidget *m_signIn;
    AccountWidget *m_account;
    QLabel *m_icon;
    MessageBanner *m_storageBanner;
    MessageBanner *m_connectionBanner;
    MessageBanner *m_noticeBanner;
    QAction *m_quitAction;
    QPointer<ReauthDialog> m_reauth;
    /// The notice the sign-in page shows next (after a session ended behind the prompt).
    Notice m_pendingNotice = Notice::None;
    Notice m_shownNotice = Notice::None;
    bool m_offline = false;
    bool m_ended = false;
};

} // namespace Descope
