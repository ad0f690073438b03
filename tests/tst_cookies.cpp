// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Tokens in cookies end to end (issue 13; docs/wire-protocol.md §3.4): against an emulator
// started with --cookies, verify and refresh answer with empty sessionJwt/refreshJwt and the
// tokens in Set-Cookie (DS/DSR, or the names the body gives). The SDK's session manager, the
// descope-otp program and the app each sign in, refresh and sign out through it as they do
// when the tokens come in the body. The descope-otp case needs a Secret Service
// (scripts/with-keyring.sh, as the test command runs it).
#include "appfixture.h"
#include "emulatorfixture.h"
#include "keyboard.h"
#include "otpprocess.h"
#include "sessionmanager.h"
#include "tokenstore.h"
#include "tokenverifier.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");

/// An emulator that delivers tokens in cookies, as the row asks: DS/DSR or named ones, with
/// or without rotation.
Emulator::Options cookieOptions(bool rotate, const QString &sessionCookie, const QString &refreshCookie)
{
    Emulator::Options options;
    options.cookies = true;
    options.rotateRefresh = rotate;
    options.sessionCookieName = sessionCookie;
    options.refreshCookieName = refreshCookie;
    return options;
}

void addCookieRows()
{
    QTest::addColumn<bool>("rotate");
    QTest::addColumn<QString>("sessionCookie");
    QTest::addColumn<QString>("refreshCookie");
    QTest::newRow("DS/DSR, no rotation") << false << QString() << QString();
    QTest::newRow("DS/DSR, rotation") << true << QString() << QString();
    QTest::newRow("named cookies, no rotation") << false << QStringLiteral("FOO") << QStringLiteral("BAR");
    QTest::newRow("named cookies, rotation") << true << QStringLiteral("sessionToken") << QStringLiteral("refreshToken");
}

/// The emulator's answer to GET /v1/auth/me with refreshJwt: its HTTP status (401 for a
/// revoked token: the emulator's choice of status).
int meStatus(const EmulatorFixture &emulator, const QByteArray &refreshJwt)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(emulator.baseUrl().resolved(QUrl(QStringLiteral("/v1/auth/me"))));
    request.setRawHeader("Authorization", "Bearer " + emulator.server->options().projectId.toLatin1() + ':' + refreshJwt);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

class TestCookies : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    // The SDK: Client and SessionManager sign in (verify), refresh and sign out.
    void sessionManagerSignsInRefreshesAndSignsOut_data() { addCookieRows(); }
    void sessionManagerSignsInRefreshesAndSignsOut()
    {
        QFETCH(bool, rotate);
        QFETCH(QString, sessionCookie);
        QFETCH(QString, refreshCookie);
        EmulatorFixture emulator(cookieOptions(rotate, sessionCookie, refreshCookie));
        MemoryTokenStore store;
        TokenVerifier verifier(emulator.client.get());
        SessionManager session(emulator.client.get(), &store, &verifier);

        // Sign in: the verify's tokens come from the cookies.
        const AuthenticationResponse verified = emulator.signIn(Ann);
        QVERIFY(!verified.sessionJwt.isEmpty());
        QVERIFY(!verified.refreshJwt.isEmpty());
        QSignalSpy signedIn(&session, &SessionManager::signedIn);
        QCOMPARE(session.adopt(verified, Ann), std::nullopt);
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(session.user().email, Ann);
        QCOMPARE(session.sessionClaims().drn, QStringLiteral("DS"));
        QCOMPARE(Claims::readUnverified(session.refreshJwt())->drn, QStringLiteral("DSR"));
        // rexp, read from the session token that came in a cookie, is the refresh token's expiry.
        const qint64 refreshExpiry = Claims::readUnverified(session.refreshJwt())->expiresAt;
        QCOMPARE(session.sessionClaims().refreshExpiresAt, refreshExpiry);
        QCOMPARE(session.refreshExpiresAt(), refreshExpiry);
        QTRY_VERIFY(store.contents().has_value());
        QCOMPARE(store.contents()->refreshJwt, session.refreshJwt());

        // Refresh: a new session token (cookie), and the refresh token kept (no cookie for it)
        // or replaced (its cookie), with the old one revoked.
        const QByteArray firstRefresh = session.refreshJwt();
        const QByteArray firstSession = session.sessionJwt();
        emulator.server->advanceClock(2); // so the new session token differs in iat
        QSignalSpy refreshed(&session, &SessionManager::refreshed);
        QSignalSpy failed(&session, &SessionManager::refreshFailed);
        session.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(session.isSignedIn());
        QVERIFY(session.sessionJwt() != firstSession);
        QCOMPARE(session.sessionClaims().drn, QStringLiteral("DS"));
        if (rotate) {
            QVERIFY(session.refreshJwt() != firstRefresh);
            QCOMPARE(Claims::readUnverified(session.refreshJwt())->drn, QStringLiteral("DSR"));
            QCOMPARE(meStatus(emulator, firstRefresh), 401);
        } else {
            QCOMPARE(session.refreshJwt(), firstRefresh);
        }
        QTRY_COMPARE(store.contents()->refreshJwt, session.refreshJwt());
        QCOMPARE(meStatus(emulator, session.refreshJwt()), 200);

        // Sign out: the refresh token is revoked at the emulator, and the store is empty.
        const QByteArray lastRefresh = session.refreshJwt();
        QSignalSpy completed(&session, &SessionManager::signOutCompleted);
        session.signOut();
        QVERIFY(completed.wait(10000));
        QVERIFY2(!completed.first().first().value<Error>().isError(),
                 qPrintable(completed.first().first().value<Error>().technicalDetails()));
        QVERIFY(!session.isSignedIn());
        QTRY_VERIFY(!store.contents().has_value());
        QCOMPARE(meStatus(emulator, lastRefresh), 401);
    }

    // descope-otp, as a separate process: sign in, status, refresh, sign out.
    void cliSignsInRefreshesAndSignsOut_data() { addCookieRows(); }
    void cliSignsInRefreshesAndSignsOut()
    {
        if (qEnvironmentVariableIsEmpty("DESCOPE_KEYRING_SESSION"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh (the test command does)");
        QFETCH(bool, rotate);
        QFETCH(QString, sessionCookie);
        QFETCH(QString, refreshCookie);
        EmulatorFixture emulator(cookieOptions(rotate, sessionCookie, refreshCookie));
        const QString keyNamespace =
            QStringLiteral("test.descope.cookies.%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        OtpProcess otp(&emulator, keyNamespace, m_home.path());
        const auto signOutAtTheEnd = qScopeGuard([&otp] { otp.run({QStringLiteral("logout")}); });

        OtpProcess::Run r = otp.run({QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"),
                                     QStringLiteral("email"), QStringLiteral("--login-id"), Ann});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = otp.run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"),
                     QStringLiteral("--login-id"), Ann, QStringLiteral("--code"), emulator.lastCode(Ann)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1StringView("Signed in as")), qPrintable(r.out));

        r = otp.run({QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QLatin1StringView("signedIn")).toBool(), true);
        QCOMPARE(status.value(QLatin1StringView("loginId")).toString(), Ann);

        r = otp.run({QStringLiteral("refresh")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = otp.run({QStringLiteral("refresh")}); // with the token the first refresh kept or stored
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = otp.run({QStringLiteral("me")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(Ann));

        // Every refresh went out with a refresh token and came back with 200.
        int refreshes = 0;
        for (const QJsonValue &entry : emulator.server->requestJournal()) {
            const QJsonObject request = entry.toObject();
            if (request.value(QLatin1StringView("path")).toString() != QLatin1StringView("/v1/auth/refresh"))
                continue;
            ++refreshes;
            QCOMPARE(request.value(QLatin1StringView("authorization")).toString(), QStringLiteral("project:refresh"));
        }
        QVERIFY(refreshes >= 2);

        r = otp.run({QStringLiteral("logout")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = otp.run({QStringLiteral("status")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("Not signed in."));
        int logouts = 0;
        for (const QJsonValue &entry : emulator.server->requestJournal())
            logouts += entry.toObject().value(QLatin1StringView("path")).toString() == QLatin1StringView("/v1/auth/logout");
        QCOMPARE(logouts, 1);
    }

    // The app: a keyboard sign-in through the focused widget, and the account page shows who.
    void appSignsInAndShowsTheAccount_data()
    {
        QTest::addColumn<QString>("sessionCookie");
        QTest::addColumn<QString>("refreshCookie");
        QTest::newRow("DS/DSR") << QString() << QString();
        QTest::newRow("named cookies") << QStringLiteral("FOO") << QStringLiteral("BAR");
    }
    void appSignsInAndShowsTheAccount()
    {
        QFETCH(QString, sessionCookie);
        QFETCH(QString, refreshCookie);
        App app(cookieOptions(false, sessionCookie, refreshCookie));
        QVERIFY(app.startByKeyboard(Ann));
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        QTRY_COMPARE(app.find<QLabel>("emailValue")->text(), QStringLiteral("%1 ✓ verified").arg(Ann));
        QVERIFY(app.session.isSignedIn());
        QCOMPARE(app.session.loginId(), Ann);
        QCOMPARE(Claims::readUnverified(app.session.refreshJwt())->drn, QStringLiteral("DSR"));
    }
};

QTEST_MAIN(TestCookies)
#include "tst_cookies.moc"
