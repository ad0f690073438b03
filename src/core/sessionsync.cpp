// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "sessionsync_p.h"

#include "logging_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace std::chrono_literals;

namespace Descope {

namespace {

constexpr QFile::Permissions OwnerOnlyDirectory = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
/// Every announcement has this length, so an in-place rewrite never leaves a longer
/// predecessor's tail behind.
constexpr qsizetype MarkerBytes = 64;

/// Where the lock and the marker live. /tmp is shared by every user, so the fallback
/// folder carries the user id and must be ours (see prepareDirectory).
QString chooseDirectory()
{
    const auto fallback = []() -> QString {
#ifdef Q_OS_UNIX
        return QDir::tempPath() + QLatin1StringView("/descope-") + QString::number(::getuid());
#else
        return QDir::tempPath() + QLatin1StringView("/descope");
#endif
    };
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // Without XDG_RUNTIME_DIR (ssh, cron, containers) Qt prints a warning on every call
    // and makes /tmp/runtime-<user>: the CLI would show that warning, so choose ourselves.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return fallback();
#endif
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return fallback();
    return runtime + QLatin1StringView("/descope");
}

/// Creates the folder 0700, or accepts an existing one only if it is a real folder of
/// ours that nobody else can enter (tightening its permissions if needed).
bool prepareDirectory(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists() && !QDir().mkdir(path, OwnerOnlyDirectory)) {
        info.refresh();
        if (!info.isDir()) { // not a race with another process making it
            qCWarning(lcStorage) << "cannot create the session lock folder" << path;
            return false;
        }
    }
    info.refresh();
    if (info.isSymLink() || !info.isDir()) {
        qCWarning(lcStorage) << "not using the session lock folder" << path << "(not a plain folder)";
        return false;
    }
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::getuid()) {
        qCWarning(lcStorage) << "not using the session lock folder" << path << "(another user owns it)";
        return false;
    }
#endif
    constexpr QFile::Permissions Others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther;
    if ((info.permissions() & Others) && !QFile::setPermissions(path, OwnerOnlyDirectory)) {
        qCWarning(lcStorage) << "cannot make the session lock folder private:" << path;
        return false;
    }
    return true;
}

} // namespace

SessionSync::SessionSync(const QString &keyNamespace, const QString &projectId, QObject *parent)
    : QObject(parent)
    , m_instance(QByteArray::number(QRandomGenerator::global()->generate64(), 36))
{
    // A hash: namespaces and project ids may hold anything, file names may not.
    const QByteArray identity = keyNamespace.toUtf8() + '\0' + projectId.toUtf8();
    m_baseName = QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32));

    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SessionSync::poll);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(ChangeDebounce);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!std::exchange(m_changePending, false))
            return;
        qCDebug(lcStorage) << "the stored session changed in another process";
        Q_EMIT changedElsewhere();
    });

    const QString directory = chooseDirectory();
    if (!prepareDirectory(directory))
        return; // lock() answers false, and no change is ever heard
    m_directory = directory;

    m_lockFile = std::make_unique<QLockFile>(lockFilePath());
    // Stale only when the holder is gone (its pid no longer runs that program, or the
    // machine rebooted), never because it is old: Qt 6.4 and 6.8 check the age only when
    // staleLockTime > 0.
    m_lockFile->setStaleLockTime(0);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &SessionSync::markerTouched);
    // A marker that was removed or replaced drops out of the watch list: the folder
    // changing is the cue to make and watch it again.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_watcher->files().contains(markerFilePath()))
            markerTouched();
    });
    if (!m_watcher->addPath(m_directory))
        qCWarning(lcStorage) << "cannot watch the session lock folder" << m_directory;
    ensureWatched();
    m_lastSeen = readMarker();
}

SessionSync::~SessionSync()
{
    // QLockFile's destructor releases the lock; queued waiters are dropped uncalled.
}

QString SessionSync::lockFilePath() const
{
    return m_directory.isEmpty() ? QString() : m_directory + QLatin1Char('/') + m_baseName + QLatin1StringView(".lock");
}

QString SessionSync::markerFilePath() const
{
    return m_directory.isEmpty() ? QString() : m_directory + QLatin1Char('/') + m_baseName + QLatin1StringView(".changed");
}

void SessionSync::lock(QObject *context, std::function<void(bool acquired)> then)
{
    if (!context)
        context = this;
    m_waiters.append(Waiter{context, std::move(then), QDeadlineTimer(m_lockTimeout, Qt::PreciseTimer)});
    schedule(0ms);
}

void SessionSync::unlock()
{
    if (!m_held)
        return;
    m_held = false;
    disconnect(m_holderWatch);
    m_lockFile->unlock();
    if (!m_waiters.isEmpty())
        schedule(0ms);
}

void SessionSync::schedule(std::chrono::milliseconds delay)
{
    if (m_pollTimer.isActive() && m_pollTimer.remainingTimeAsDuration() <= delay)
        return;
    m_pollTimer.start(delay);
}

// One callback per call at most, and always as the last thing: a callback may lock,
// unlock, or delete this object.
void SessionSync::poll()
{
    m_waiters.removeIf([](const Waiter &waiter) { return waiter.context.isNull(); });
    if (m_waiters.isEmpty())
        return;

    if (!m_held) {
        // tryLock() does not wait (its timeout defaults to 0); a stale file is removed first.
        bool acquired = m_lockFile && m_lockFile->tryLock();
        if (!acquired && m_lockFile && m_lockFile->error() != QLockFile::LockFailedError
            && prepareDirectory(m_directory)) // the runtime folder may have been cleaned
            acquired = m_lockFile->tryLock();
        if (acquired) {
            m_held = true;
            Waiter waiter = m_waiters.takeFirst();
            if (waiter.context != this)
                m_holderWatch = connect(waiter.context, &QObject::destroyed, this, &SessionSync::holderDestroyed);
            if (!m_waiters.isEmpty())
                schedule(PollInterval);
            waiter.then(true);
            return;
        }
        if (!m_lockFile || m_lockFile->error() != QLockFile::LockFailedError) {
            // No lock can be had here at all: waiting would only delay everyone.
            if (!std::exchange(m_lockBroken, true))
                qCWarning(lcStorage) << "cannot take the session lock" << lockFilePath()
                                     << "error" << (m_lockFile ? int(m_lockFile->error()) : -1);
            Waiter waiter = m_waiters.takeFirst();
            schedule(0ms);
            waiter.then(false);
            return;
        }
    }

    for (qsizetype i = 0; i < m_waiters.size(); ++i) {
        if (!m_waiters.at(i).deadline.hasExpired())
            continue;
        qint64 holder = 0;
        if (!m_held)
            m_lockFile->getLockInfo(&holder, nullptr, nullptr);
        qCInfo(lcStorage) << "gave up waiting for the session lock after" << m_lockTimeout.count() << "ms; held by"
                          << (m_held ? QStringLiteral("this process") : QStringLiteral("process %1").arg(holder));
        Waiter waiter = m_waiters.takeAt(i);
        schedule(0ms);
        waiter.then(false);
        return;
    }

    if (!m_held) {
        schedule(PollInterval);
        return;
    }
    // Held here: nothing to try until unlock(), only deadlines to keep.
    auto next = std::chrono::milliseconds::max();
    for (const Waiter &waiter : std::as_const(m_waiters))
        next = std::min(next, std::chrono::ceil<std::chrono::milliseconds>(waiter.deadline.remainingTimeAsDuration()));
    schedule(next);
}

void SessionSync::holderDestroyed()
{
    qCWarning(lcStorage) << "released the session lock: its holder was destroyed without unlocking";
    unlock();
}

void SessionSync::announceChange()
{
    const QString path = markerFilePath();
    if (path.isEmpty())
        return;
    const QByteArray announcement = QByteArray::number(QCoreApplication::applicationPid()) + ' ' + m_instance + ' '
                                    + QByteArray::number(++m_counter);
    const QByteArray content = announcement.leftJustified(MarkerBytes - 1, ' ', true) + '\n';
    // In place, not through QSaveFile: replacing the file would drop every watch on it.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite, OwnerOnlyFile) || file.write(content) != content.size() || !file.resize(content.size())) {
        qCWarning(lcStorage) << "cannot announce a session change through" << path << file.errorString();
        return;
    }
    file.close();
    m_lastWritten = content;
    m_lastSeen = content;
    ensureWatched(); // in case this write made the file
}

void SessionSync::ensureWatched()
{
    if (!m_watcher)
        return;
    const QString path = markerFilePath();
    if (m_watcher->files().contains(path))
        return;
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite, OwnerOnlyFile)) { // never truncates one just made elsewhere
            qCWarning(lcStorage) << "cannot create the session change marker" << path << file.errorString();
            return;
        }
    }
    if (!m_watcher->addPath(path))
        qCWarning(lcStorage) << "cannot watch the session change marker" << path;
}

QByteArray SessionSync::readMarker() const
{
    QFile file(markerFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(MarkerBytes * 2);
}

void SessionSync::markerTouched()
{
    ensureWatched();
    const QByteArray now = readMarker();
    if (now == m_lastSeen)
        return;
    m_lastSeen = now;
    if (now.isEmpty() || now == m_lastWritten)
        return; // just made, or our own
    m_changePending = true;
    if (!m_debounce.isActive())
        m_debounce.start();
}

} // namespace Descope
