// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <DescopeQt6/SessionManager>

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

Q_DECLARE_LOGGING_CATEGORY(lcNotify)

namespace Descope {

/**
 * Tells a person who may be away (the window hidden, minimised or not active) that their
 * session is about to end (a refresh keeps failing and the session token runs out) or has
 * ended (the refresh token expired or was refused). With the window in front nothing is
 * sent: the banner and the prompt there say it.
 *
 * The notification goes to the freedesktop notification service on the session bus
 * (org.freedesktop.Notifications): one at a time (a new one replaces the last), closed as
 * soon as the session is back, and its default action brings the window forward. Without
 * that service a tray icon's message says it, where there is a tray; otherwise nothing.
 * Each episode is told once: a refresh retried every few minutes does not notify again.
 */
class SessionNotifier : public QObject
{
    Q_OBJECT
public:
    SessionNotifier(SessionManager *session, QWidget *window, QObject *parent = nullptr);
    ~SessionNotifier() override;
    Q_DISABLE_COPY_MOVE(SessionNotifier)

Q_SIGNALS:
    /// The person clicked the notification; the window has been brought forward.
    void activated();

private Q_SLOTS:
    // D-Bus signals of org.freedesktop.Notifications (connected by name).
    void onActionInvoked(uint id, const QString &actionKey);
    void onActivationToken(uint id, const QString &token);
    void onNotificationClosed(uint id, uint reason);

private:
    enum class Shown { Nothing, Expiring, Ended };

    [[nodiscard]] bool personMayBeAway() const;
    void onExpiring(int secondsLeft);
    void onSignedOut(SessionManager::EndReason reason);
    void show(Shown kind, const QString &summary, const QString &body);
    void sendNotify();
    void showInTray();
    /// The session is back (or the person ended it): the notification goes.
    void withdraw();
    void bringWindowForward();

    QPointer<QWidget> m_window;
    Shown m_shown = Shown::Nothing;
    QString m_summary;
    QString m_body;
    uint m_id = 0;             ///< the notification service's id of ours, 0 when none
    bool m_restored = false; ///< the launch's restore() has finished
    bool m_callInFlight = false;
    bool m_resendWhenAnswered = false; ///< a newer text waits for the id of the last one
    bool m_closeWhenAnswered = false;
    QString m_activationToken;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Descope
