// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <DescopeQt6/KeychainTokenStore>

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>
#include <QWindow>

Q_LOGGING_CATEGORY(lcInstance, "descope.app.instance", QtWarningMsg)

namespace Descope {

namespace {

constexpr QLatin1StringView Greeting("descope-desktop/1 activate");
constexpr QLatin1StringView Acknowledgement("ok");
constexpr int MaxLineLength = 4096;
constexpr int LockTimeoutMs = 10000;
constexpr int ConnectTimeoutMs = 2000;
constexpr int AnswerTimeoutMs = 5000;

QString runtimeDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return dir;
}

QString launchActivationToken()
{
    QString token = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    if (token.isEmpty())
        token = qEnvironmentVariable("DESKTOP_STARTUP_ID");
    // One line, nothing a launcher would not send.
    token.remove(QLatin1Char('\n'));
    token.remove(QLatin1Char('\r'));
    return token.left(MaxLineLength / 2);
}

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &projectId, const QString &keyNamespace)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray key = (user + QLatin1Char('\n') + projectId + QLatin1Char('\n') + keyNamespace).toUtf8();
    const QString name = QString(KeychainTokenStore::DesktopServiceName) + QLatin1Char('-')
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
#ifdef Q_OS_UNIX
    // A socket in the person's own runtime directory: no one else can see or take it.
    return runtimeDirectory() + QLatin1Char('/') + name;
#else
    return name; // a named pipe, restricted to this user by UserAccessOption
#endif
}

SingleInstance::Role SingleInstance::claim()
{
    // The lock file sits beside the socket (or in the runtime directory for a pipe name).
    const QString base = QDir::isAbsolutePath(m_name) ? m_name : runtimeDirectory() + QLatin1Char('/') + m_name;
    QLockFile lock(base + QStringLiteral(".lock"));
    // A dead owner's lock is taken over at once (QLockFile checks the pid); a live owner
    // holds it for milliseconds, seconds at most, well within the default stale time.
    if (!lock.tryLock(LockTimeoutMs)) {
        qCWarning(lcInstance) << "could not take the instance lock:" << lock.error() << "- running without the single-instance check";
        return Role::Standalone;
    }
    return claimLocked();
}

SingleInstance::Role SingleInstance::claimLocked()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(ConnectTimeoutMs))
        return activateOther(socket);

    const auto error = socket.error();
    if (error != QLocalSocket::ServerNotFoundError && error != QLocalSocket::ConnectionRefusedError) {
        qCWarning(lcInstance) << "could not reach the instance socket:" << socket.errorString()
                              << "- running without the single-instance check";
        return Role::Standalone;
    }
    // No one answers: a socket left by a crashed instance, or none. Under the lock, no
    // other launch is between its own connect and listen, so removing it is safe.
    if (error == QLocalSocket::ConnectionRefusedError)
        qCDebug(lcInstance) << "removing a stale instance socket";
    QLocalServer::removeServer(m_name);

    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        qCWarning(lcInstance) << "could not listen for later launches:" << m_server->errorString()
                              << "- running without the single-instance check";
        delete m_server;
        m_server = nullptr;
        return Role::Standalone;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCDebug(lcInstance) << "first instance: listening for later launches";
    return Role::Primary;
}

SingleInstance::Role SingleInstance::activateOther(QLocalSocket &socket)
{
    QByteArray line = QByteArray(Greeting.data(), Greeting.size());
    const QString token = launchActivationToken();
    if (!token.isEmpty())
        line += ' ' + token.toUtf8();
    line += '\n';
    socket.write(line);
    socket.flush();
    // The first instance answers from its event loop; a hung one does not.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(AnswerTimeoutMs)) {
            qCWarning(lcInstance) << "the running instance did not answer:" << socket.errorString();
            return Role::Unresponsive;
        }
    }
    const QByteArray answer = socket.readLine(MaxLineLength).trimmed();
    if (answer != QByteArrayView(Acknowledgement.data(), Acknowledgement.size())) {
        qCWarning(lcInstance) << "the running instance gave an unexpected answer";
        return Role::Unresponsive;
    }
    qCDebug(lcInstance) << "another instance is running; asked it to come forward";
    socket.disconnectFromServer();
    return Role::Secondary;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its line is dropped.
        QTimer::singleShot(AnswerTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxLineLength)
                    socket->abort();
                return;
            }
            const QString line = QString::fromUtf8(socket->readLine(MaxLineLength)).trimmed();
            if (!line.startsWith(Greeting)) {
                qCWarning(lcInstance) << "ignored an unknown message on the instance socket";
                socket->abort();
                return;
            }
            const QString token = line.mid(Greeting.size()).trimmed();
            socket->write(QByteArray(Acknowledgement.data(), Acknowledgement.size()) + '\n');
            socket->flush();
            socket->disconnectFromServer();
            qCDebug(lcInstance) << "another launch asked this instance to come forward";
            Q_EMIT activationRequested(token);
        });
    }
}

void raiseWindow(QWidget *window, const QString &activationToken)
{
    if (!activationToken.isEmpty() && QGuiApplication::platformName().startsWith(QLatin1StringView("wayland"))) {
        // Qt's Wayland plugin (6.5 and later) activates with the token it finds here
        // (xdg-activation); earlier ones ignore it and the compositor decides.
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    }
    // A dialog in front of the window (the re-authentication prompt) comes forward too.
    QPointer<QWidget> modal = QApplication::activeModalWidget();
    if (modal && (modal == window || !modal->isVisible()))
        modal = nullptr;

    // Qt's idea of the state can be wrong. Asked to leave the minimised state, Qt maps the
    // window and takes it as restored; but a window manager that sends the request to the
    // window's modal dialog instead (openbox does: the dialog "is" the window while open)
    // leaves the window iconified and Qt never hears of it, so the next request to restore
    // changes nothing. A shown window that is not exposed is taken as minimised whatever
    // Qt believes, and the state is set to minimised first so that restoring it maps it
    // again. The open dialog is taken off the screen meanwhile, so that the request is
    // the window's own, and shown again on top of it (the same dialog, as it was).
    const QWindow *handle = window->windowHandle();
    const bool shownButHidden = window->isVisible() && handle && !handle->isExposed();
    const bool minimised = window->isMinimized() || shownButHidden;
    const bool putModalAside = minimised && modal && modal->isWindow() && modal->window() != window;
    if (putModalAside)
        modal->hide();
    // Only on X11, where restoring maps the window again: a Wayland compositor is asked to
    // minimise but never to restore, so the round trip would leave the window minimised.
    if (shownButHidden && !window->isMinimized() && QGuiApplication::platformName() == QLatin1StringView("xcb"))
        window->setWindowState(window->windowState() | Qt::WindowMinimized);
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
    if (modal) {
        if (putModalAside)
            modal->show();
        modal->raise();
        modal->activateWindow();
    }
    qCDebug(lcInstance) << "window brought forward; minimised:" << window->isMinimized()
                        << "visible:" << window->isVisible() << "(had been minimised:" << minimised
                        << "with a dialog:" << bool(modal) << ')';
}

} // namespace Descope
