// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;
class QWidget;

Q_DECLARE_LOGGING_CATEGORY(lcInstance)

namespace Descope {

/**
 * One window per person, project and keychain namespace: the first launch listens on a
 * local socket (QLocalServer), a later one connects, asks it to bring its window forward
 * and exits. Tests that give the app their own keychain namespace never meet a real app.
 *
 * claim() runs before the event loop and blocks for a few milliseconds (a few seconds at
 * worst, when the first instance hangs): the one place a wait is the right shape, as
 * nothing else can happen before the process knows whether it is the one to run.
 *
 * Two launches at once, and a socket left behind by a crash, are settled under a lock
 * file (QLockFile, which notices a dead owner): holding it, a launch connects; when no one
 * answers, it removes the leftover socket and listens. Exactly one launch ever listens.
 *
 * The protocol is one line each way: "descope-desktop/1 activate [token]" and "ok". The
 * token is the launcher's XDG_ACTIVATION_TOKEN (Wayland) or DESKTOP_STARTUP_ID (X11),
 * handed on so that the compositor lets the first instance take the focus.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,      ///< this process runs the window and listens for later launches
        Secondary,    ///< another process runs it and has been asked to come forward
        Unresponsive, ///< another process holds the socket but did not answer
        Standalone,   ///< could not find out (no lock, no socket): run without the check
    };
    Q_ENUM(Role)

    /// name: serverName(...) for the app; tests pass their own.
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    /// The socket name for this user, project and keychain namespace (a path in the
    /// per-user runtime directory on Unix).
    [[nodiscard]] static QString serverName(const QString &projectId, const QString &keyNamespace);

    /// Decides this process's role; for Secondary the other one has acknowledged.
    [[nodiscard]] Role claim();
    [[nodiscard]] QString name() const { return m_name; }

Q_SIGNALS:
    /// A later launch asked this one (the primary) to come forward. activationToken is
    /// the launcher's token, empty when it had none.
    void activationRequested(const QString &activationToken);

private:
    Role claimLocked();
    Role activateOther(QLocalSocket &socket);
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

/// Brings window forward: out of minimised or hidden, raised and activated (with the
/// modal dialog in front of it, if one is open). On Wayland, activationToken (from the
/// launch or the notification that asked for it) lets the compositor give the focus.
void raiseWindow(QWidget *window, const QString &activationToken = {});

} // namespace Descope
