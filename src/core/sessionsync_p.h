// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QFileSystemWatcher;
class QLockFile;

namespace Descope {

/**
 * Coordinates the processes that share one stored session (one keychain namespace and
 * project id): the app's instances, descope-otp and any other program using the library.
 *
 * The lock is a QLockFile in the runtime directory, "<runtime>/descope/<hash>.lock"
 * (without XDG_RUNTIME_DIR on Unix, "<temp>/descope-<uid>/"; the folder is 0700 and must
 * be ours). It is stale only when its holder died (or the machine rebooted), never by age:
 * staleLockTime is 0, so a slow refresh is not broken into, and a crashed holder does not
 * block anyone. It is taken with tryLock(0) polled on a timer, so the event loop (a GUI)
 * keeps running while another process holds it.
 *
 * Changes are announced through a marker file next to it, "<hash>.changed", rewritten in
 * place and watched with QFileSystemWatcher. A watched file works on every platform, with
 * no session bus (ssh, containers, the CLI), in a short-lived CLI that never runs a
 * D-Bus service, and without asking the keychain (polling it costs a call, and may unlock
 * or prompt); D-Bus would exist on Linux only, and re-reading on activation misses
 * windows that are not active. The marker holds no secret, only "<pid> <instance> <n>".
 *
 * Another SessionSync counts as "elsewhere" even in the same process (two stores for one
 * session); only this object's own announcements are ignored.
 */
class DESCOPEQT6CORE_EXPORT SessionSync : public QObject
{
    Q_OBJECT
public:
    explicit SessionSync(const QString &keyNamespace, const QString &projectId, QObject *parent = nullptr);
    ~SessionSync() override;
    Q_DISABLE_COPY_MOVE(SessionSync)

    /// Calls then(true) once this process holds the cross-process lock, or then(false) after
    /// lockTimeout() without it (the caller goes on unlocked and says so in the log), or
    /// soon when the lock file cannot be made at all (no writable runtime folder).
    /// Always from the event loop, never inside the call; waiters in one process are
    /// served in order, one at a time: the next gets it after unlock(). If `context` is
    /// destroyed first, `then` is never called; if it is destroyed while holding the lock,
    /// the lock is released. Waiters still queued when this object dies are dropped.
    void lock(QObject *context, std::function<void(bool acquired)> then);
    void lock(std::function<void(bool acquired)> then) { lock(this, std::move(then)); }
    /// Releases the lock taken through lock(); does nothing when not held.
    void unlock();
    /// True between then(true) and unlock().
    [[nodiscard]] bool isLocked() const { return m_held; }
    /// How long lock() waits; 45 s by default, longer than one refresh request's deadline.
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds lockTimeout() const { return m_lockTimeout; }

    /// Tells every other SessionSync for this session that the stored session changed.
    void announceChange();

    /// The folder holding the lock and marker files (created on construction); empty
    /// when none could be made or the one found is not safe to use.
    [[nodiscard]] const QString &directory() const { return m_directory; }
    [[nodiscard]] QString lockFilePath() const;
    [[nodiscard]] QString markerFilePath() const;

    static constexpr std::chrono::milliseconds DefaultLockTimeout{45000};
    static constexpr std::chrono::milliseconds PollInterval{25};
    static constexpr std::chrono::milliseconds ChangeDebounce{100};

Q_SIGNALS:
    /// Another SessionSync (another process, mostly) announced a change. Debounced: a
    /// burst of announcements within ChangeDebounce is one signal.
    void changedElsewhere();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> then;
        QDeadlineTimer deadline;
    };

    void schedule(std::chrono::milliseconds delay);
    void poll();
    void grant(Waiter waiter);
    void holderDestroyed();
    void ensureWatched();
    void markerTouched();
    [[nodiscard]] QByteArray readMarker() const;

    QString m_directory;
    QString m_baseName; ///< "<hash>", shared by the lock and the marker
    std::unique_ptr<QLockFile> m_lockFile;
    bool m_held = false;
    bool m_lockBroken = false; ///< warned once that the lock file cannot be made
    QMetaObject::Connection m_holderWatch;
    QList<Waiter> m_waiters;
    QTimer m_pollTimer;
    std::chrono::milliseconds m_lockTimeout = DefaultLockTimeout;

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_debounce;
    QByteArray m_instance; ///< tells this object's announcements from others'
    quint64 m_counter = 0;
    QByteArray m_lastWritten; ///< our last announcement, as written
    QByteArray m_lastSeen; ///< the marker's contents when we last looked
    bool m_changePending = false;
};

} // namespace Descope
