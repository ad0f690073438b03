// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// One stored session shared by several processes, as people really run the product: the
// app's SessionManager in this process and descope-otp processes beside it, on one real
// keychain (scripts/with-keyring.sh) and one emulator, with refresh tokens rotating.
#include "emulatorfixture.h"
#include "keychaintokenstore.h"
#include "accountsettingsdialog.h"
#include "accountwidget.h"
#include "mainwindow.h"
#include "otpprocess.h"
#include "sessionmanager.h"
#include "sessionsync_p.h"
#include "signinwidget.h"
#include "tokenverifier.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");

/// The app's side: a session manager on the shared keychain entry.
struct AppSide
{
    AppSide(const EmulatorFixture &emulator, const QString &keyNamespace)
        : store(emulator.server->options().projectId, QString(KeychainTokenStore::DesktopServiceName), keyNamespace)
        , verifier(emulator.client.get())
        , manager(emulator.client.get(), &store, &verifier)
    {
    }

    bool restore()
    {
        QSignalSpy restored(&manager, &SessionManager::restored);
        manager.restore();
        return restored.wait(15000) && restored.first().first().toBool();
    }

    /// The session stored now, read through a store of its own (as another process would).
    std::optional<StoredSession> storedNow(const QString &projectId, const QString &keyNamespace)
    {
        KeychainTokenStore reader(projectId, QString(KeychainTokenStore::DesktopServiceName), keyNamespace);
        StoreJob *job = reader.load();
        QSignalSpy done(job, &StoreJob::finished);
        if (!done.wait(15000))
            return std::nullopt;
        return job->session();
    }

    KeychainTokenStore store;
    TokenVerifier verifier;
    SessionManager manager;
};

int requestsTo(const EmulatorFixture &emulator, QLatin1StringView path)
{
    int count = 0;
    for (const QJsonValue &entry : emulator.server->requestJournal())
        count += entry.toObject().value(QLatin1StringView("path")).toString() == path;
    return count;
}

} // namespace

class TestSharedSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_namespace;
    std::unique_ptr<EmulatorFixture> m_emulator;
    std::unique_ptr<OtpProcess> m_otp;

    [[nodiscard]] QString projectId() const { return m_emulator->server->options().projectId; }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DESCOPE_KEYRING_SESSION"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh (the test command does)");
    }

    void init()
    {
        // A namespace per test: the lock, the change marker and the entry are all its own.
        m_namespace = QStringLiteral("test.descope.shared.%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        Emulator::Options options;
        options.rotateRefresh = true;
        m_emulator = std::make_unique<EmulatorFixture>(options);
        m_otp = std::make_unique<OtpProcess>(m_emulator.get(), m_namespace, m_home.path());
    }

    void cleanup()
    {
        m_otp->run({QStringLiteral("logout")});
        m_otp.reset();
        m_emulator.reset();
    }

    // Several descope-otp refresh and the app's own refresh at once, round after round,
    // with every refresh rotating the token: nobody is ever signed out, and the keychain
    // ends with the token Descope still honours.
    void concurrentRefreshesNeverSignAnyoneOut()
    {
        QVERIFY(m_otp->signIn(Ann));
        AppSide app(*m_emulator, m_namespace);
        QVERIFY(app.restore());
        QSignalSpy signedOut(&app.manager, &SessionManager::signedOut);
        QSignalSpy failed(&app.manager, &SessionManager::refreshFailed);

        constexpr int Rounds = 12;
        constexpr int Processes = 3;
        for (int round = 0; round < Rounds; ++round) {
            QObject owner;
            QList<QProcess *> processes;
            for (int i = 0; i < Processes; ++i)
                processes << m_otp->start({QStringLiteral("refresh")}, &owner);
            QSignalSpy refreshed(&app.manager, &SessionManager::refreshed);
            app.manager.refresh();
            for (QProcess *process : std::as_const(processes)) {
                const OtpProcess::Run run = OtpProcess::wait(process);
                QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(run.err)));
            }
            QVERIFY(refreshed.count() > 0 || refreshed.wait(15000));
        }
        QCOMPARE(signedOut.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(app.manager.isSignedIn());

        // The stored token is the live one: another process can still use it, and so can we.
        QCOMPARE(m_otp->run({QStringLiteral("refresh")}).exitCode, 0);
        QSignalSpy refreshed(&app.manager, &SessionManager::refreshed);
        app.manager.refresh();
        QVERIFY(refreshed.wait(15000));
        const auto stored = app.storedNow(projectId(), m_namespace);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->refreshJwt, app.manager.refreshJwt());
    }

    // descope-otp refreshes (rotating the token); the app takes the new token from the
    // keychain without a request, and its next refresh is not refused.
    void aRefreshElsewhereIsAdopted()
    {
        QVERIFY(m_otp->signIn(Ann));
        AppSide app(*m_emulator, m_namespace);
        QVERIFY(app.restore());
        const QByteArray before = app.manager.refreshJwt();
        const int refreshes = requestsTo(*m_emulator, QLatin1StringView("/v1/auth/refresh"));

        QCOMPARE(m_otp->run({QStringLiteral("refresh")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(app.manager.refreshJwt() != before, 5000);
        QCOMPARE(requestsTo(*m_emulator, QLatin1StringView("/v1/auth/refresh")), refreshes + 1); // the CLI's only

        QSignalSpy signedOut(&app.manager, &SessionManager::signedOut);
        QSignalSpy refreshed(&app.manager, &SessionManager::refreshed);
        app.manager.refresh();
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(signedOut.count(), 0);
    }

    // A sign-out in descope-otp reaches the app within seconds, without a request.
    void aSignOutElsewhereReachesTheApp()
    {
        QVERIFY(m_otp->signIn(Ann));
        AppSide app(*m_emulator, m_namespace);
        QVERIFY(app.restore());
        QSignalSpy signedOut(&app.manager, &SessionManager::signedOut);
        QSignalSpy reauth(&app.manager, &SessionManager::reauthenticationRequired);
        const qsizetype requests = m_emulator->server->requestJournal().size();

        QCOMPARE(m_otp->run({QStringLiteral("logout")}).exitCode, 0);
        QVERIFY(signedOut.count() > 0 || signedOut.wait(5000));
        QCOMPARE(signedOut.first().first().value<SessionManager::EndReason>(), SessionManager::EndReason::SignedOutElsewhere);
        QCOMPARE(app.manager.state(), SessionManager::State::SignedOut);
        QCOMPARE(reauth.count(), 0); // a deliberate sign-out, not an expiry
        QCOMPARE(m_emulator->server->requestJournal().size(), requests + 1); // the CLI's logout only
    }

    // descope-otp refresh waits for the lock while another program signs out: it finds the
    // keychain empty, sends nothing, and says so instead of waiting forever.
    void aCommandEndsWhenSignedOutMeanwhile()
    {
        QVERIFY(m_otp->signIn(Ann));
        KeychainTokenStore other(projectId(), QString(KeychainTokenStore::DesktopServiceName), m_namespace);
        bool held = false;
        other.sync()->lock([&held](bool acquired) { held = acquired; });
        QTRY_VERIFY(held);

        QObject owner;
        QProcess *refresh = m_otp->start({QStringLiteral("refresh")}, &owner);
        QTest::qWait(1500); // it restores (no lock needed), then waits for ours
        StoreJob *clear = other.clear();
        QSignalSpy cleared(clear, &StoreJob::finished);
        QVERIFY(cleared.wait(15000));
        const int refreshes = requestsTo(*m_emulator, QLatin1StringView("/v1/auth/refresh"));
        other.sync()->unlock();

        const OtpProcess::Run run = OtpProcess::wait(refresh);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1StringView("signed out in another program")), qPrintable(run.err));
        QCOMPARE(requestsTo(*m_emulator, QLatin1StringView("/v1/auth/refresh")), refreshes);
    }

    // A command whose launch needs a refresh (the stored session token is stale) waits for
    // the lock while another program refreshes or signs out: it takes that outcome and
    // finishes, instead of waiting for a launch that another process completed.
    void aLaunchTakesTheOutcomeOfAnotherProcess_data()
    {
        QTest::addColumn<bool>("signOut");
        QTest::newRow("refreshed meanwhile") << false;
        QTest::newRow("signed out meanwhile") << true;
    }
    void aLaunchTakesTheOutcomeOfAnotherProcess()
    {
        QFETCH(bool, signOut);
        QVERIFY(m_otp->signIn(Ann));
        KeychainTokenStore other(projectId(), QString(KeychainTokenStore::DesktopServiceName), m_namespace);
        auto wait = [](StoreJob *job) {
            QSignalSpy done(job, &StoreJob::finished);
            return done.wait(15000) && job->isSuccess();
        };
        StoreJob *load = other.load();
        QSignalSpy loaded(load, &StoreJob::finished);
        QVERIFY(loaded.wait(15000));
        StoredSession stored = load->session().value();
        stored.sessionJwt.clear(); // a launch must refresh first
        QVERIFY(wait(other.save(stored)));

        bool held = false;
        other.sync()->lock([&held](bool acquired) { held = acquired; });
        QTRY_VERIFY(held);
        QObject owner;
        QProcess *me = m_otp->start({QStringLiteral("me")}, &owner);
        QTest::qWait(1500); // it restores, finds the session token stale and waits for ours
        if (signOut) {
            QVERIFY(wait(other.clear()));
        } else {
            auto *refresh = m_emulator->client->refresh(stored.refreshJwt);
            QVERIFY(waitFor(refresh));
            QVERIFY(refresh->isSuccess());
            stored.refreshJwt = refresh->value().refreshJwt;
            stored.sessionJwt = refresh->value().sessionJwt;
            QVERIFY(wait(other.save(stored)));
        }
        const int refreshes = requestsTo(*m_emulator, QLatin1StringView("/v1/auth/refresh"));
        other.sync()->unlock();

        const OtpProcess::Run run = OtpProcess::wait(me);
        QCOMPARE(run.exitCode, signOut ? 1 : 0);
        if (!signOut)
            QVERIFY2(run.out.contains(Ann), qPrintable(run.out + run.err));
        QCOMPARE(requestsTo(*m_emulator, QLatin1StringView("/v1/auth/refresh")), refreshes); // nothing spent
    }

    // Another process holds the lock for longer than we wait (stopped, say) while Descope
    // refuses our token: that process may have just spent it, so the session is kept and
    // tried again; once the lock is free, Descope's refusal ends it as usual.
    void aRefusalWithoutTheLockIsNotTrusted()
    {
        QVERIFY(m_otp->signIn(Ann));
        AppSide app(*m_emulator, m_namespace);
        QVERIFY(app.restore());
        app.store.sync()->setLockTimeout(std::chrono::milliseconds(300));
        KeychainTokenStore stopped(projectId(), QString(KeychainTokenStore::DesktopServiceName), m_namespace);
        bool held = false;
        stopped.sync()->lock([&held](bool acquired) { held = acquired; });
        QTRY_VERIFY(held);
        auto *revoke = m_emulator->client->logoutAll(app.manager.refreshJwt());
        QVERIFY(waitFor(revoke));

        QSignalSpy failed(&app.manager, &SessionManager::refreshFailed);
        QSignalSpy signedOut(&app.manager, &SessionManager::signedOut);
        app.manager.refresh();
        QVERIFY(failed.wait(15000));
        QCOMPARE((failed.first().at(1).value<SessionManager::RefreshFailure>() == SessionManager::RefreshFailure::SessionEnded), false);
        QVERIFY(app.manager.isSignedIn());
        QVERIFY(app.storedNow(projectId(), m_namespace).has_value());

        stopped.sync()->unlock();
        app.manager.refresh(); // now with the lock: Descope's word stands
        QVERIFY(signedOut.count() > 0 || signedOut.wait(15000));
        QCOMPARE(signedOut.first().first().value<SessionManager::EndReason>(), SessionManager::EndReason::Revoked);
    }

    // A sign-in in descope-otp reaches an app showing its sign-in form.
    void aSignInElsewhereReachesTheApp()
    {
        AppSide app(*m_emulator, m_namespace);
        QVERIFY(!app.restore());
        QSignalSpy signedIn(&app.manager, &SessionManager::signedIn);
        QVERIFY(m_otp->signIn(Ann));
        QVERIFY(signedIn.count() > 0 || signedIn.wait(5000));
        QVERIFY(app.manager.isSignedIn());
        QCOMPARE(app.manager.loginId(), Ann);
    }

    // The window follows what descope-otp does beside it: a sign-in there shows the
    // account, a sign-out there the sign-in form, with no expiry prompt.
    void theWindowFollowsTheCommandLine()
    {
        AppSide app(*m_emulator, m_namespace);
        Descope::MainWindow window(m_emulator->client.get(), &app.manager, &app.store);
        window.show();
        QVERIFY(!app.restore());
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.signInWidget()));

        QVERIFY(m_otp->signIn(Ann));
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), static_cast<QWidget *>(window.accountWidget()), 5000);
        QCOMPARE(m_otp->run({QStringLiteral("logout")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), static_cast<QWidget *>(window.signInWidget()), 5000);
        QVERIFY(!window.reauthDialog());
    }

    // Account settings opened for one person must not change another's account when
    // someone else signs in with descope-otp meanwhile: the dialog closes.
    void accountSettingsCloseWhenSomeoneElseSignsIn()
    {
        QVERIFY(m_otp->signIn(Ann));
        AppSide app(*m_emulator, m_namespace);
        Descope::MainWindow window(m_emulator->client.get(), &app.manager, &app.store);
        window.show();
        QVERIFY(app.restore());
        QPointer<QDialog> settings = window.openAccountSettings();
        QVERIFY(settings && settings->isVisible());

        QVERIFY(m_otp->signIn(QStringLiteral("bob@example.com")));
        QTRY_VERIFY_WITH_TIMEOUT(!settings || !settings->isVisible(), 5000);
        QCOMPARE(app.manager.loginId(), QStringLiteral("bob@example.com"));
    }

    // A company proxy answering the refresh with its own 403 page: the app and the CLI
    // both keep the session in the keychain.
    void aProxyPageKeepsTheStoredSession()
    {
        QVERIFY(m_otp->signIn(Ann));
        AppSide app(*m_emulator, m_namespace);
        QVERIFY(app.restore());
        Emulator::Server::Fault proxyPage;
        proxyPage.kind = QStringLiteral("status");
        proxyPage.status = 403;
        proxyPage.html = true;
        proxyPage.count = 2;
        m_emulator->server->setFault(QStringLiteral("/v1/auth/refresh"), proxyPage);

        QSignalSpy failed(&app.manager, &SessionManager::refreshFailed);
        app.manager.refresh();
        QVERIFY(failed.wait(15000));
        QCOMPARE((failed.first().at(1).value<SessionManager::RefreshFailure>() == SessionManager::RefreshFailure::SessionEnded), false);
        QVERIFY(app.manager.isSignedIn());

        const OtpProcess::Run refresh = m_otp->run({QStringLiteral("refresh")});
        QCOMPARE(refresh.exitCode, 1);
        QVERIFY2(!refresh.err.contains(QLatin1StringView("signed out"), Qt::CaseInsensitive), qPrintable(refresh.err));
        const OtpProcess::Run status = m_otp->run({QStringLiteral("status")});
        QVERIFY2(status.out.startsWith(QLatin1StringView("Signed in as")), qPrintable(status.out + status.err));
        QVERIFY(app.storedNow(projectId(), m_namespace).has_value());
        QVERIFY(app.manager.isSignedIn());
    }
};

QTEST_MAIN(TestSharedSession)
#include "tst_sharedsession.moc"
