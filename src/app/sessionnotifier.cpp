// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "sessionnotifier.h"

#include "singleinstance.h"

#include <DescopeQt6/KeychainTokenStore>

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>
#include <QWindow>

#ifdef DESCOPE_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

Q_LOGGING_CATEGORY(lcNotify, "descope.app.notify", QtWarningMsg)

namespace Descope {

namespace {

#ifdef DESCOPE_HAVE_DBUS
const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString NotificationsInterface = QStringLiteral("org.freedesktop.Notifications");
#endif
constexpr int TrayMessageMs = 15000;

QString applicationId()
{
    const QString id = QGuiApplication::desktopFileName();
    return id.isEmpty() ? QString(KeychainTokenStore::DesktopServiceName) : id;
}

} // namespace

SessionNotifier::SessionNotifier(SessionManager *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    connect(session, &SessionManager::restored, this, [this] { m_restored = true; });
    connect(session, &SessionManager::sessionExpiring, this, &SessionNotifier::onExpiring);
    connect(session, &SessionManager::signedOut, this, &SessionNotifier::onSignedOut);
    connect(session, &SessionManager::signedIn, this, &SessionNotifier::withdraw);
    connect(session, &SessionManager::refreshed, this, &SessionNotifier::withdraw);
#ifdef DESCOPE_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(NotificationsService, NotificationsPath, NotificationsInterface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint,QString)));
        bus.connect(NotificationsService, NotificationsPath, NotificationsInterface, QStringLiteral("ActivationToken"), this,
                    SLOT(onActivationToken(uint,QString)));
        bus.connect(NotificationsService, NotificationsPath, NotificationsInterface, QStringLiteral("NotificationClosed"),
                    this, SLOT(onNotificationClosed(uint,uint)));
    }
#endif
}

SessionNotifier::~SessionNotifier()
{
    // A notification about this process's session means nothing once it has gone.
    withdraw();
}

bool SessionNotifier::personMayBeAway() const
{
    if (!m_window)
        return false;
    // Any window of the app in front (the main one or its prompt) means they are here.
    // Shown but not exposed is minimised too, whatever Qt believes (see raiseWindow).
    const QWindow *handle = m_window->windowHandle();
    return !m_window->isVisible() || m_window->isMinimized() || (handle && !handle->isExposed())
        || !QApplication::activeWindow();
}

void SessionNotifier::onExpiring(int secondsLeft)
{
    // With the session token gone already the session is not ending: it resumes once the
    // service is reached. Only a countdown is worth interrupting someone for.
    if (secondsLeft <= 0 || m_shown != Shown::Nothing || !personMayBeAway())
        return;
    const int minutes = qMax(1, (secondsLeft + 59) / 60);
    show(Shown::Expiring, tr("Your session is about to end"),
         tr("The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.",
            nullptr, minutes));
}

void SessionNotifier::onSignedOut(SessionManager::EndReason reason)
{
    using Reason = SessionManager::EndReason;
    // A stored session found expired at launch is not news: the window opening says it.
    if (!m_restored)
        return;
    if (reason != Reason::RefreshTokenExpired && reason != Reason::Revoked) {
        withdraw(); // the person signed out (here or in another program): nothing to tell
        return;
    }
    if (!personMayBeAway()) {
        withdraw(); // the prompt in the window says it
        return;
    }
    show(Shown::Ended, tr("Your session ended"), tr("Sign in again to continue."));
}

void SessionNotifier::show(Shown kind, const QString &summary, const QString &body)
{
    m_shown = kind;
    m_summary = summary;
    m_body = body;
    m_closeWhenAnswered = false;
#ifdef DESCOPE_HAVE_DBUS
    if (QDBusConnection::sessionBus().isConnected()) {
        sendNotify();
        return;
    }
#endif
    showInTray();
}

void SessionNotifier::sendNotify()
{
#ifdef DESCOPE_HAVE_DBUS
    if (m_callInFlight) {
        // The new text replaces the one on its way, once its id is known.
        m_resendWhenAnswered = true;
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(NotificationsService, NotificationsPath, NotificationsInterface,
                                                       QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), applicationId()},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}, // normal
    };
    call << QGuiApplication::applicationDisplayName() << m_id << applicationId() << m_summary << m_body
         << QStringList{QStringLiteral("default"), tr("Open")} << hints << int(-1);
    m_callInFlight = true;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        m_callInFlight = false;
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            qCDebug(lcNotify) << "no notification service:" << reply.error().name();
            m_resendWhenAnswered = false;
            if (std::exchange(m_closeWhenAnswered, false))
                return;
            showInTray();
            return;
        }
        m_id = reply.value();
        if (std::exchange(m_closeWhenAnswered, false)) {
            withdraw();
        } else if (std::exchange(m_resendWhenAnswered, false)) {
            sendNotify();
        }
    });
#endif
}

void SessionNotifier::showInTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCDebug(lcNotify) << "no notification service and no tray: the session's end is not announced";
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &SessionNotifier::bringWindowForward);
        connect(m_tray, &QSystemTrayIcon::activated, this, &SessionNotifier::bringWindowForward);
    }
    m_tray->show();
    m_tray->showMessage(m_summary, m_body, QApplication::windowIcon(), TrayMessageMs);
}

void SessionNotifier::withdraw()
{
    m_shown = Shown::Nothing;
    m_resendWhenAnswered = false;
    m_activationToken.clear();
    if (m_tray)
        m_tray->hide();
#ifdef DESCOPE_HAVE_DBUS
    if (m_callInFlight) {
        m_closeWhenAnswered = true;
        return;
    }
    if (m_id != 0) {
        QDBusMessage call = QDBusMessage::createMethodCall(NotificationsService, NotificationsPath, NotificationsInterface,
                                                           QStringLiteral("CloseNotification"));
        call << std::exchange(m_id, 0u);
        QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
    }
#endif
}

void SessionNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (id == 0 || id != m_id)
        return;
    qCDebug(lcNotify) << "notification action" << actionKey;
    bringWindowForward();
}

void SessionNotifier::onActivationToken(uint id, const QString &token)
{
    if (id != 0 && id == m_id)
        m_activationToken = token;
}

void SessionNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    if (id != 0 && id == m_id)
        m_id = 0; // dismissed: this episode is not told again (m_shown stays)
}

void SessionNotifier::bringWindowForward()
{
    if (m_window)
        raiseWindow(m_window, std::exchange(m_activationToken, QString()));
    Q_EMIT activated();
}

} // namespace Descope
