// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The desktop notification when a session is about to end, or has ended, while the window
// is minimised, hidden or behind others: received by a fake org.freedesktop.Notifications
// service on the test's own session bus (the suite starts itself again under
// dbus-run-session, so a real notification daemon is never touched).
#include "appfixture.h"
#include "sessionnotifier.h"
#include "applanguage.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QSettings>

#include <unistd.h>

#include <vector>

using namespace Descope;
using namespace Descope;

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString FakeConnection = QStringLiteral("fake-notification-service");

/// The notification service's side, on a bus connection of its own.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Notification
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Notification> received;
    QList<uint> closed;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(expireTimeout)
        const uint id = replacesId ? replacesId : m_nextId++;
        received.append({id, appName, replacesId, appIcon, summary, body, actions, hints});
        return id;
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        Q_EMIT NotificationClosed(id, 3);
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_nextId = 41;
};

QStringList messages;
QtMessageHandler previousHandler = nullptr;

void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    messages.append(QString::number(type) + QLatin1Char(' ') + QLatin1StringView(context.category) + QLatin1Char(' ')
                    + message);
    previousHandler(type, context, message);
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeNotifications> m_fake;

    bool startService()
    {
        m_fake = std::make_unique<FakeNotifications>();
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, FakeConnection);
        return bus.isConnected()
            && bus.registerObject(Path, m_fake.get(), QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
            && bus.registerService(Service);
    }
    void stopService()
    {
        QDBusConnection bus(FakeConnection);
        bus.unregisterService(Service);
        bus.unregisterObject(Path);
        m_fake.reset();
    }

    /// Anything the app sent the service before now has been handled once this returns
    /// (one bus connection delivers in order).
    static bool roundTrip()
    {
        QDBusMessage ping = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("GetCapabilities"));
        QDBusPendingCallWatcher watcher(QDBusConnection::sessionBus().asyncCall(ping));
        return QTest::qWaitFor([&watcher] { return watcher.isFinished(); }, 10000) && !watcher.isError();
    }

    /// Signed in, with a notifier for the window; the window minimised.
    struct Away
    {
        App app;
        SessionNotifier notifier{&app.session, &app.window};
        bool start()
        {
            if (!app.restore() || !app.signInByEmail())
                return false;
            app.window.showMinimized();
            return QTest::qWaitFor([this] { return app.window.isMinimized(); }, 10000);
        }
        bool endSession()
        {
            app.emulator->server->clearFaults();
            auto *revoke = app.emulator->client->logoutAll(app.session.refreshJwt());
            if (!waitFor(revoke))
                return false;
            QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
            app.session.refresh();
            return signedOut.wait(10000);
        }
        bool failRefreshes()
        {
            Emulator::Server::Fault fault;
            fault.kind = QStringLiteral("status");
            fault.status = 503;
            fault.count = 1000;
            app.emulator->server->setFault(QStringLiteral("/v1/auth/refresh"), fault);
            QSignalSpy expiring(&app.session, &SessionManager::sessionExpiring);
            app.session.refresh();
            return expiring.wait(10000) && expiring.first().first().toInt() > 0;
        }
    };

    static QString translated(const char *text, int n = -1)
    {
        return QCoreApplication::translate("Descope::SessionNotifier", text, nullptr, n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DESCOPE_TEST_PRIVATE_BUS"), "dbus-run-session is needed (package dbus-daemon)");
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus");
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QSettings().clear();
        installTranslations(QStringLiteral("en"));
    }

    void init() { QVERIFY(startService()); }
    void cleanup()
    {
        stopService();
        installTranslations(QStringLiteral("en"));
    }

    void endedWhileMinimised()
    {
        Away away;
        QVERIFY(away.start());
        QVERIFY(away.endSession());
        QTRY_COMPARE(m_fake->received.size(), 1);
        const auto &notification = m_fake->received.first();
        QCOMPARE(notification.summary, QStringLiteral("Your session ended"));
        QCOMPARE(notification.body, QStringLiteral("Sign in again to continue."));
        QCOMPARE(notification.icon, QStringLiteral("com.descope.Desktop"));
        QCOMPARE(notification.appName, QGuiApplication::applicationDisplayName());
        QCOMPARE(notification.replacesId, 0u);
        QVERIFY(notification.actions.contains(QStringLiteral("default")));
        QVERIFY(notification.hints.contains(QStringLiteral("desktop-entry")));
    }

    void endedWhileHidden()
    {
        Away away;
        QVERIFY(away.start());
        away.app.window.hide();
        QVERIFY(away.endSession());
        QTRY_COMPARE(m_fake->received.size(), 1);
        QCOMPARE(m_fake->received.first().summary, QStringLiteral("Your session ended"));
    }

    void translatedText()
    {
        installTranslations(QStringLiteral("de"));
        const char *summary = "Your session ended";
        if (translated(summary) == QLatin1StringView(summary))
            QSKIP("the German catalogue does not have SessionNotifier's strings yet (translations_current says so)");
        Away away;
        QVERIFY(away.start());
        QVERIFY(away.endSession());
        QTRY_COMPARE(m_fake->received.size(), 1);
        QCOMPARE(m_fake->received.first().summary, QStringLiteral("Ihre Sitzung ist beendet"));
        QCOMPARE(m_fake->received.first().body, QStringLiteral("Melden Sie sich erneut an, um fortzufahren."));
        QCOMPARE(m_fake->received.first().actions.value(1), QStringLiteral("Öffnen"));
    }

    void expiringIsToldOnceThenReplacedAndClosed()
    {
        Away away;
        QVERIFY(away.start());
        QVERIFY(away.failRefreshes());
        QTRY_COMPARE(m_fake->received.size(), 1);
        const uint id = m_fake->received.first().id;
        QCOMPARE(m_fake->received.first().summary, QStringLiteral("Your session is about to end"));
        QVERIFY2(m_fake->received.first().body.contains(QStringLiteral("Your session ends in ")),
                 qPrintable(m_fake->received.first().body));

        // A retry that fails again does not notify again.
        QVERIFY(away.failRefreshes());
        QVERIFY(roundTrip());
        QCOMPARE(m_fake->received.size(), 1);

        // The session ends: the same notification now says so.
        QVERIFY(away.endSession());
        QTRY_COMPARE(m_fake->received.size(), 2);
        QCOMPARE(m_fake->received.at(1).replacesId, id);
        QCOMPARE(m_fake->received.at(1).summary, QStringLiteral("Your session ended"));
        QVERIFY(m_fake->closed.isEmpty());
    }

    void closedWhenTheSessionIsBack()
    {
        Away away;
        QVERIFY(away.start());
        QVERIFY(away.failRefreshes());
        QTRY_COMPARE(m_fake->received.size(), 1);
        const uint id = m_fake->received.first().id;

        away.app.emulator->server->clearFaults();
        QSignalSpy refreshed(&away.app.session, &SessionManager::refreshed);
        away.app.session.refresh();
        QVERIFY(refreshed.wait(10000));
        QTRY_COMPARE(m_fake->closed, QList<uint>{id});
    }

    void noneWhileTheWindowIsActive()
    {
        Away away;
        QVERIFY(away.app.restore());
        QVERIFY(away.app.signInByEmail());
        away.app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&away.app.window));
        QVERIFY(away.failRefreshes());
        QVERIFY(away.endSession());
        QVERIFY(roundTrip());
        QCOMPARE(m_fake->received.size(), 0);
    }

    void nothingForASessionFoundExpiredAtLaunch()
    {
        MemoryTokenStore store;
        EmulatorFixture emulator;
        {
            App earlier({}, &store, &emulator);
            QVERIFY(earlier.restore());
            QVERIFY(earlier.signInByEmail());
            QTRY_VERIFY(store.contents().has_value());
        }
        App app({}, &store, &emulator);
        SessionNotifier notifier(&app.session, &app.window);
        app.advance(Emulator::Options().refreshTtl + 60);
        app.window.showMinimized();
        QTRY_VERIFY(app.window.isMinimized());
        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        QVERIFY(app.restore());
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(signedOut.first().first().value<SessionManager::EndReason>(), SessionManager::EndReason::RefreshTokenExpired);
        QVERIFY(roundTrip());
        QCOMPARE(m_fake->received.size(), 0);
    }

    void theActionBringsTheWindowForward()
    {
        Away away;
        QVERIFY(away.start());
        QVERIFY(away.endSession());
        QTRY_COMPARE(m_fake->received.size(), 1);
        QVERIFY(!away.app.window.isActiveWindow());

        QSignalSpy activated(&away.notifier, &SessionNotifier::activated);
        // Another notification's action is not ours.
        Q_EMIT m_fake->ActionInvoked(m_fake->received.first().id + 100, QStringLiteral("default"));
        Q_EMIT m_fake->ActionInvoked(m_fake->received.first().id, QStringLiteral("default"));
        QVERIFY(activated.wait(10000));
        QCOMPARE(activated.size(), 1);
        QVERIFY(!away.app.window.isMinimized());
        QVERIFY(away.app.window.isVisible());
        QTRY_VERIFY(QApplication::activeWindow() != nullptr);
    }

    void nothingAndNoErrorWithoutAService()
    {
        stopService();
        QLoggingCategory::setFilterRules(QStringLiteral("descope.app.notify.debug=true"));
        messages.clear();
        previousHandler = qInstallMessageHandler(keepMessage);
        {
            Away away;
            QVERIFY(away.start());
            QVERIFY(away.endSession());
            QTRY_VERIFY(messages.filter(QStringLiteral("no notification service and no tray")).size() == 1);
        }
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        // No warning of ours or of Qt's D-Bus module (QtDebugMsg is 0; the offscreen plugin's are not ours).
        QCOMPARE(messages.filter(QRegularExpression(QStringLiteral("^[^0] (descope|qt\\.dbus)"))), QStringList());
        QVERIFY(startService());
    }
};

int main(int argc, char *argv[])
{
    // A private session bus of our own, as scripts/with-keyring.sh makes one.
    if (!qEnvironmentVariableIsSet("DESCOPE_TEST_PRIVATE_BUS")) {
        qputenv("DESCOPE_TEST_PRIVATE_BUS", "1");
        static char program[] = "dbus-run-session";
        static char separator[] = "--";
        std::vector<char *> arguments{program, separator};
        arguments.insert(arguments.end(), argv, argv + argc);
        arguments.push_back(nullptr);
        execvp("dbus-run-session", arguments.data());
        qunsetenv("DESCOPE_TEST_PRIVATE_BUS"); // not found: initTestCase says so
    }
    QApplication app(argc, argv);
    TestNotifications test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notifications.moc"
