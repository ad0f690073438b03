// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "clock.h"
#include "emulatorfixture.h"
#include "rawhttpserver.h"
#include "sessionmanager.h"
#include "tokenissuer.h"
#include "tokenstore.h"
#include "tokenverifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");

/// An emulator (persisting to a file so it can be restarted), a manual clock in step
/// with it, a memory store, a verifier and a session manager.
class SessionFixture
{
public:
    explicit SessionFixture(Emulator::Options options = {})
    {
        options.dataFile = m_dir.filePath(QStringLiteral("emulator.json"));
        m_options = options;
        emulator = std::make_unique<EmulatorFixture>(options);
        clock = std::make_unique<ManualClock>(emulator->server->now() * 1000);
        verifier = std::make_unique<TokenVerifier>(emulator->client.get());
        verifier->setClock(clock.get());
        manager = makeManager();
    }

    std::unique_ptr<SessionManager> makeManager()
    {
        return std::make_unique<SessionManager>(emulator->client.get(), &store, verifier.get(), clock.get());
    }

    AuthenticationResponse signIn(const QString &loginId = Ann) { return emulator->signIn(loginId); }

    /// Signs in through the manager and waits until the session is saved and the keys cached.
    bool adopt(const QString &loginId = Ann)
    {
        QSignalSpy signedIn(manager.get(), &SessionManager::signedIn);
        QSignalSpy keys(verifier.get(), &TokenVerifier::keysFetched);
        if (manager->adopt(signIn(loginId), loginId))
            return false;
        return (signedIn.count() || signedIn.wait()) && (keys.count() || keys.wait());
    }

    void advance(qint64 seconds)
    {
        if (emulator->server) // stopped: restartEmulator() sets its clock
            emulator->server->advanceClock(seconds);
        clock->advanceSeconds(seconds);
    }

    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (const QJsonValue &entry : emulator->server->requestJournal())
            count += entry.toObject().value(QLatin1StringView("path")).toString() == path;
        return count;
    }
    qsizetype requests() const { return emulator->server->requestJournal().size(); }

    /// The emulator goes away (connections refused) and comes back on the same port.
    void stopEmulator()
    {
        m_port = emulator->port;
        emulator->server.reset();
    }
    bool restartEmulator()
    {
        auto server = std::make_unique<Emulator::Server>(m_options);
        QString error;
        if (!server->loadState(&error))
            return false;
        server->advanceClock(clock->nowSeconds() - server->now());
        if (server->listen(QHostAddress::LocalHost, m_port) != m_port)
            return false;
        emulator->server = std::move(server);
        return true;
    }

    /// An issuer with the emulator's own key, read from its data file: it signs tokens
    /// exactly as the emulator would, with whatever claims a test wants.
    Emulator::TokenIssuer emulatorIssuer() const
    {
        QFile file(m_options.dataFile);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no emulator data file");
        const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        return Emulator::TokenIssuer::fromPem(state.value(QLatin1StringView("signingKey")).toString().toLatin1(),
                                              state.value(QLatin1StringView("keyId")).toString());
    }

    QTemporaryDir m_dir;
    Emulator::Options m_options;
    quint16 m_port = 0;
    std::unique_ptr<EmulatorFixture> emulator;
    std::unique_ptr<ManualClock> clock;
    MemoryTokenStore store;
    std::unique_ptr<TokenVerifier> verifier;
    std::unique_ptr<SessionManager> manager;
};

bool waitForSignal(QSignalSpy &spy, int timeout = 10000)
{
    return spy.count() > 0 || spy.wait(timeout);
}

/// The session ends on the server (sign-out everywhere); the next refresh finds out and asks
/// for the expiry prompt.
bool endSessionOnServer(SessionFixture &f)
{
    auto *revoke = f.emulator->client->logoutAll(f.manager->refreshJwt());
    if (!waitFor(revoke))
        return false;
    QSignalSpy reauth(f.manager.get(), &SessionManager::reauthenticationRequired);
    f.manager->refresh();
    return waitForSignal(reauth);
}

/// Ways to forge a token, each of which verification must catch.
enum class Forgery { AlgNone, AnotherKey, AlteredPayload, OtherDrn, OtherIssuer, Expired, OtherUser };

QJsonObject payloadOf(const QByteArray &token)
{
    return QJsonDocument::fromJson(Base64Url::decode(token.split('.').value(1)).value_or(QByteArray())).object();
}

QByteArray forge(const QByteArray &token, const QByteArray &otherDrnToken, Forgery forgery,
                 const Emulator::TokenIssuer &emulatorKey, qint64 now)
{
    const QList<QByteArray> parts = token.split('.');
    const auto segment = [](const QJsonObject &object) {
        return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    QJsonObject payload = payloadOf(token);
    switch (forgery) {
    case Forgery::AlgNone: {
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("typ"), QStringLiteral("JWT")},
                                 {QStringLiteral("kid"), emulatorKey.keyId()}};
        return segment(header) + '.' + parts.value(1) + '.';
    }
    case Forgery::AnotherKey: // a key of our own, claiming the project's kid
        return Emulator::TokenIssuer::fromPem(Emulator::TokenIssuer::generate().privateKeyPem(), emulatorKey.keyId())
            .sign(payload);
    case Forgery::AlteredPayload:
        payload.insert(QStringLiteral("exp"), payload.value(QLatin1StringView("exp")).toInteger() + 86400);
        return parts.value(0) + '.' + segment(payload) + '.' + parts.value(2);
    case Forgery::OtherDrn:
        return otherDrnToken;
    case Forgery::OtherIssuer:
        payload.insert(QStringLiteral("iss"), QStringLiteral("P2OtherProjectXXXXXXXXXXXXXX"));
        return emulatorKey.sign(payload);
    case Forgery::Expired:
        payload.insert(QStringLiteral("iat"), now - 7200);
        payload.insert(QStringLiteral("exp"), now - 3600);
        return emulatorKey.sign(payload);
    case Forgery::OtherUser:
        payload.insert(QStringLiteral("sub"), QStringLiteral("U2someoneElse"));
        payload.remove(QStringLiteral("dsub"));
        return emulatorKey.sign(payload);
    }
    return token;
}

void addForgeryRows()
{
    QTest::addColumn<bool>("inRefreshToken");
    QTest::addColumn<Forgery>("forgery");
    const QList<std::pair<const char *, Forgery>> forgeries{
        {"alg none", Forgery::AlgNone},         {"another key", Forgery::AnotherKey},
        {"altered payload", Forgery::AlteredPayload}, {"the other token's drn", Forgery::OtherDrn},
        {"another project's issuer", Forgery::OtherIssuer}, {"expired", Forgery::Expired},
        {"another user", Forgery::OtherUser}};
    for (bool refresh : {false, true}) {
        for (const auto &[name, forgery] : forgeries)
            QTest::addRow("%s token: %s", refresh ? "refresh" : "session", name) << refresh << forgery;
    }
}

} // namespace

Q_DECLARE_METATYPE(Forgery)

class TestSessionManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adoptSavesAndSchedules()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        QCOMPARE(f.manager->state(), SessionManager::State::SignedIn);
        QCOMPARE(f.manager->user().email, Ann);
        QVERIFY(f.store.contents().has_value());
        QCOMPARE(f.store.contents()->refreshJwt, f.manager->refreshJwt());
        QCOMPARE(f.store.contents()->loginId, Ann);
        // 600 s session: refresh 60 s before exp.
        QCOMPARE(f.manager->nextRefreshAtMs(), (f.manager->sessionClaims().expiresAt - 60) * 1000);
    }

    void restoreWithValidSessionMakesNoRequest()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        const qsizetype before = f.requests();
        auto restored = f.makeManager();
        QSignalSpy spy(restored.get(), &SessionManager::restored);
        restored->restore();
        QCOMPARE(restored->state(), SessionManager::State::Restoring);
        QVERIFY(waitForSignal(spy));
        QCOMPARE(spy.first().first().toBool(), true);
        QCOMPARE(restored->state(), SessionManager::State::SignedIn);
        QCOMPARE(restored->user().email, Ann);
        QCOMPARE(f.requests(), before); // zero requests
    }

    void restoreWithExpiredSessionRefreshesOnce()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        f.manager.reset();
        f.advance(700); // the 600 s session token is gone; the refresh token lives
        auto restored = f.makeManager();
        QSignalSpy spy(restored.get(), &SessionManager::restored);
        restored->restore();
        QVERIFY(waitForSignal(spy));
        QCOMPARE(spy.first().first().toBool(), true);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/auth/refresh")), 1);
        QVERIFY(restored->sessionClaims().expiresAt > f.clock->nowSeconds());
    }

    void restoreWithExpiredRefreshTokenSignsOutWithoutRequest()
    {
        Emulator::Options options;
        options.refreshTtl = 1200;
        SessionFixture f(options);
        QVERIFY(f.adopt());
        f.manager.reset();
        f.advance(1300);
        const qsizetype before = f.requests();
        auto restored = f.makeManager();
        QSignalSpy spy(restored.get(), &SessionManager::restored);
        QSignalSpy signedOut(restored.get(), &SessionManager::signedOut);
        restored->restore();
        QVERIFY(waitForSignal(spy));
        QCOMPARE(spy.first().first().toBool(), false);
        QCOMPARE(signedOut.first().first().value<SessionManager::EndReason>(), SessionManager::EndReason::RefreshTokenExpired);
        QTRY_VERIFY(!f.store.contents().has_value()); // the dead entry is removed
        QCOMPARE(f.requests(), before);
    }

    /// rexp, Descope's ISO-8601 word on the refresh token's expiry in the session token, is
    /// when the refresh token ends when it comes before the token's own exp; a later one, or
    /// one that cannot be read, leaves exp (docs/wire-protocol.md §7.1). Adopted or restored
    /// alike; past an earlier rexp the session ends with no request.
    void refreshExpiryFromRexp_data()
    {
        QTest::addColumn<qint64>("rexpAfter"); // seconds after the sign-in; 0: no rexp
        QTest::addColumn<QString>("unreadable"); // written instead, when not empty
        QTest::addColumn<bool>("fromRexp");
        QTest::newRow("earlier than exp") << qint64(300) << QString() << true;
        QTest::newRow("later than exp") << qint64(7200) << QString() << false;
        QTest::newRow("before the session token was issued") << qint64(-60) << QString() << false;
        QTest::newRow("unreadable") << qint64(0) << QStringLiteral("in five minutes") << false;
        QTest::newRow("a local time without zone") << qint64(0) << QStringLiteral("2020-01-01T00:00:00") << false;
        QTest::newRow("none") << qint64(0) << QString() << false;
    }
    void refreshExpiryFromRexp()
    {
        QFETCH(qint64, rexpAfter);
        QFETCH(QString, unreadable);
        QFETCH(bool, fromRexp);
        Emulator::Options options;
        options.refreshTtl = 3600; // session tokens live 600 s (the emulator's default): the first refresh is due at 540 s
        SessionFixture f(options);
        AuthenticationResponse response = f.signIn();
        const qint64 now = f.clock->nowSeconds();
        const qint64 refreshExp = payloadOf(response.refreshJwt).value(QLatin1StringView("exp")).toInteger();
        // The emulator writes the refresh token's exp into the session token as rexp.
        QCOMPARE(Claims::readUnverified(response.sessionJwt)->refreshExpiresAt, refreshExp);
        QJsonObject payload = payloadOf(response.sessionJwt);
        if (!unreadable.isEmpty())
            payload.insert(QStringLiteral("rexp"), unreadable);
        else if (rexpAfter == 0)
            payload.remove(QStringLiteral("rexp"));
        else // with an offset, as ISO 8601 allows
            payload.insert(QStringLiteral("rexp"), QDateTime::fromSecsSinceEpoch(now + rexpAfter)
                                                       .toOffsetFromUtc(2 * 3600)
                                                       .toString(Qt::ISODate));
        response.sessionJwt = f.emulatorIssuer().sign(payload);
        QSignalSpy signedIn(f.manager.get(), &SessionManager::signedIn);
        QVERIFY(!f.manager->adopt(response, Ann));
        QVERIFY(waitForSignal(signedIn));
        const qint64 expected = fromRexp ? now + rexpAfter : refreshExp;
        QCOMPARE(f.manager->refreshExpiresAt(), expected);

        auto restored = f.makeManager();
        QSignalSpy restoredSpy(restored.get(), &SessionManager::restored);
        restored->restore();
        QVERIFY(waitForSignal(restoredSpy));
        QCOMPARE(restoredSpy.first().first().toBool(), true);
        QCOMPARE(restored->refreshExpiresAt(), expected);
        restored.reset();

        if (!fromRexp)
            return;
        // At the refresh due 60 s before the session token's exp, rexp has passed: the
        // session ends on the local clock, and nothing is sent.
        QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
        f.advance(540);
        QVERIFY(waitForSignal(signedOut));
        QCOMPARE(signedOut.first().first().value<SessionManager::EndReason>(), SessionManager::EndReason::RefreshTokenExpired);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/auth/refresh")), 0);
    }

    void restoreNothingStored()
    {
        SessionFixture f;
        QSignalSpy spy(f.manager.get(), &SessionManager::restored);
        f.manager->restore();
        QVERIFY(waitForSignal(spy));
        QCOMPARE(spy.first().first().toBool(), false);
        QCOMPARE(f.manager->state(), SessionManager::State::SignedOut);
    }

    void restoreOfAnUnreadableEntrySaysWhy()
    {
        // An entry that is ours but whose refresh token cannot be read (damaged, or from an
        // incompatible version): removed, and the app is told why, with no prompt.
        SessionFixture f;
        StoredSession damaged;
        damaged.refreshJwt = "not.a.jwt";
        damaged.loginId = Ann;
        (void)f.store.save(damaged);
        QTRY_VERIFY(f.store.contents().has_value());
        const qsizetype before = f.requests();
        QSignalSpy restored(f.manager.get(), &SessionManager::restored);
        QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
        QSignalSpy reauth(f.manager.get(), &SessionManager::reauthenticationRequired);
        f.manager->restore();
        QVERIFY(waitForSignal(restored));
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(signedOut.first().first().value<SessionManager::EndReason>(),
                 SessionManager::EndReason::StoredSessionUnusable);
        QCOMPARE(reauth.size(), 0);
        QCOMPARE(f.manager->state(), SessionManager::State::SignedOut);
        QTRY_VERIFY(!f.store.contents().has_value());
        QCOMPARE(f.requests(), before);
    }

    void transientErrorsNeverEndASession_data()
    {
        QTest::addColumn<Error>("error");
        const auto server = [](int status, const char *code) {
            return Error::fromServer(status, QLatin1StringView(code), {}, {}, -1, {});
        };
        QTest::newRow("network") << Error(Error::Kind::Network, {});
        QTest::newRow("timeout") << Error(Error::Kind::Timeout, {});
        QTest::newRow("429") << server(429, "E130429");
        QTest::newRow("429 no code") << server(429, "");
        QTest::newRow("400 rate code") << server(400, "E130429");
        QTest::newRow("408") << server(408, "E011003");
        QTest::newRow("500 code") << server(500, "E011003");
        QTest::newRow("503 page") << server(503, "");
        QTest::newRow("400") << server(400, "E011003");
        QTest::newRow("401") << server(401, "E064001");
        QTest::newRow("403") << server(403, "E011003");
        QTest::newRow("404") << server(404, "");
        QTest::newRow("tls") << Error(Error::Kind::Tls, {});
        QTest::newRow("token") << Error::tokenInvalid({});
    }

    void transientErrorsNeverEndASession()
    {
        // Two questions, two rules (Error::isTransient() documents why): "may the same
        // request work later" and "did Descope refuse the token". Never both yes.
        QFETCH(Error, error);
        QVERIFY(!(error.isTransient() && error.endsSession()));
    }

    void timerRefreshesBeforeExpiry()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        const qint64 oldExp = f.manager->sessionClaims().expiresAt;
        QSignalSpy refreshed(f.manager.get(), &SessionManager::refreshed);
        f.advance(530); // 10 s before the refresh is due: nothing yet
        QTest::qWait(50);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/auth/refresh")), 0);
        f.advance(10);
        QVERIFY(waitForSignal(refreshed));
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/auth/refresh")), 1);
        QVERIFY(f.manager->sessionClaims().expiresAt > oldExp);
        QCOMPARE(f.manager->nextRefreshAtMs(), (f.manager->sessionClaims().expiresAt - 60) * 1000);
    }

    void shortLifetimeRefreshesAtEightyPercent()
    {
        Emulator::Options options;
        options.sessionTtl = 100;
        SessionFixture f(options);
        QVERIFY(f.adopt());
        const Claims &claims = f.manager->sessionClaims();
        QCOMPARE(f.manager->nextRefreshAtMs(), (claims.issuedAt + 80) * 1000);
    }

    void rotatedRefreshTokenIsSavedBeforeAnyoneIsTold()
    {
        Emulator::Options options;
        options.rotateRefresh = true;
        SessionFixture f(options);
        QVERIFY(f.adopt());
        const QByteArray old = f.manager->refreshJwt();
        QByteArray storedWhenTold;
        connect(f.manager.get(), &SessionManager::refreshed, this,
                [&f, &storedWhenTold] { storedWhenTold = f.store.contents()->refreshJwt; });
        QSignalSpy refreshed(f.manager.get(), &SessionManager::refreshed);
        f.manager->refresh();
        QVERIFY(waitForSignal(refreshed));
        QVERIFY(f.manager->refreshJwt() != old);
        QCOMPARE(storedWhenTold, f.manager->refreshJwt());
    }

    void missingRefreshTokenInReplyKeepsTheOldOne()
    {
        SessionFixture f; // no rotation: the reply's refreshJwt is empty
        QVERIFY(f.adopt());
        const QByteArray old = f.manager->refreshJwt();
        QSignalSpy refreshed(f.manager.get(), &SessionManager::refreshed);
        f.manager->refresh();
        QVERIFY(waitForSignal(refreshed));
        QCOMPARE(f.manager->refreshJwt(), old);
        QCOMPARE(f.store.contents()->refreshJwt, old);
    }

    void manyCallersShareOneRefresh()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        QSignalSpy refreshed(f.manager.get(), &SessionManager::refreshed);
        for (int i = 0; i < 10; ++i)
            f.manager->refresh();
        QCOMPARE(f.manager->state(), SessionManager::State::Refreshing);
        QVERIFY(waitForSignal(refreshed));
        QTest::qWait(50);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(f.requestsTo(QStringLiteral("/v1/auth/refresh")), 1);
    }

    // Offline while the refresh token runs out: the backoff never waits past its expiry, so
    // the session's end is noticed when it happens, not up to five minutes later.
    void backoffStopsAtTheRefreshTokensExpiry()
    {
        Emulator::Options options;
        options.refreshTtl = 700;
        SessionFixture f(options);
        QVERIFY(f.adopt());
        const qint64 refreshExpiresAtMs = (f.clock->nowSeconds() + 700) * 1000;
        f.stopEmulator();
        QSignalSpy failed(f.manager.get(), &SessionManager::refreshFailed);
        QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
        f.advance(540);
        QVERIFY(waitForSignal(failed));
        while (signedOut.isEmpty() && f.clock->nowMs() < refreshExpiresAtMs) {
            const qint64 next = f.manager->nextRefreshAtMs();
            QVERIFY2(next <= refreshExpiresAtMs, qPrintable(QString::number((next - refreshExpiresAtMs) / 1000)));
            const qsizetype failures = failed.count();
            f.advance((next - f.clock->nowMs() + 999) / 1000);
            QTRY_VERIFY(failed.count() > failures || !signedOut.isEmpty());
        }
        QTRY_COMPARE(signedOut.count(), 1);
        QCOMPARE(signedOut.first().first().value<SessionManager::EndReason>(), SessionManager::EndReason::RefreshTokenExpired);
    }

    void networkFailureBacksOffAndKeepsTheSession()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        const QByteArray refreshJwt = f.manager->refreshJwt();
        f.stopEmulator();

        QSignalSpy failed(f.manager.get(), &SessionManager::refreshFailed);
        QSignalSpy expiring(f.manager.get(), &SessionManager::sessionExpiring);
        QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
        f.advance(540);
        QVERIFY(waitForSignal(failed));
        QCOMPARE((failed.first().at(1).value<SessionManager::RefreshFailure>() == SessionManager::RefreshFailure::SessionEnded), false); // transient
        QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::Network);
        QCOMPARE(expiring.first().first().toInt(), 60);
        QVERIFY(f.manager->isSignedIn());
        QCOMPARE(f.manager->nextRefreshAtMs(), f.clock->nowMs() + 5000);

        f.advance(5);
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(f.manager->nextRefreshAtMs(), f.clock->nowMs() + 10000); // doubled
        f.advance(10);
        QTRY_COMPARE(failed.count(), 3);
        QCOMPARE(f.manager->nextRefreshAtMs(), f.clock->nowMs() + 20000);

        // Offline past the session token's expiry: still signed in, nothing lost.
        f.advance(20);
        QTRY_COMPARE(failed.count(), 4);
        QCOMPARE(expiring.last().first().toInt(), 25);
        f.advance(40);
        QTRY_COMPARE(failed.count(), 5);
        QVERIFY(f.manager->isSignedIn());
        QCOMPARE(signedOut.count(), 0);
        QCOMPARE(f.store.contents()->refreshJwt, refreshJwt);
        QCOMPARE(expiring.last().first().toInt(), 0);

        // The server comes back: the next retry refreshes.
        QVERIFY(f.restartEmulator());
        QSignalSpy refreshed(f.manager.get(), &SessionManager::refreshed);
        f.advance(80);
        QVERIFY(waitForSignal(refreshed));
        QVERIFY(f.manager->sessionClaims().expiresAt > f.clock->nowSeconds());
        QCOMPARE(f.manager->consecutiveRefreshFailures(), 0);
    }

    void serverErrorsKeepTheSession_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("final");
        const auto http = [](const char *status, const QByteArray &body, const QByteArray &headers = {}) -> QByteArray {
            return QByteArray("HTTP/1.1 ") + status + "\r\n" + headers + "Content-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        QTest::newRow("503") << http("503 Service Unavailable", {}) << false;
        QTest::newRow("500 Descope body") << http("500 Internal Server Error", "{\"errorCode\":\"E000000\"}") << false;
        QTest::newRow("502 proxy page") << http("502 Bad Gateway", "<html>bad gateway</html>") << false;
        QTest::newRow("429") << http("429 Too Many Requests", "{\"errorCode\":\"E130429\"}", "Retry-After: 42\r\n") << false;
        QTest::newRow("garbled 200") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n{\"ses") << false;
        QTest::newRow("401 revoked") << http("401 Unauthorized", "{\"errorCode\":\"E064001\"}") << true;
        QTest::newRow("400 bad request") << http("400 Bad Request", "{\"errorCode\":\"E011003\"}") << true;
        QTest::newRow("401 Descope body, typed") << http("401 Unauthorized", "{\"errorCode\":\"E064001\"}",
                                                         "Content-Type: application/json; charset=utf-8\r\n") << true;
        // A gateway's own JSON refusal, and a page typed as HTML that holds Descope-looking
        // JSON, are not Descope's word on the token.
        QTest::newRow("401 gateway JSON") << http("401 Unauthorized", "{\"errorCode\":\"ACCESS_DENIED\",\"message\":\"gateway\"}",
                                                  "Content-Type: application/json\r\n") << false;
        QTest::newRow("403 HTML holding JSON") << http("403 Forbidden", "{\"errorCode\":\"E064001\"}",
                                                       "Content-Type: text/html\r\n") << false;
    }
    void serverErrorsKeepTheSession()
    {
        QFETCH(QByteArray, response);
        QFETCH(bool, final);
        SessionFixture f;
        const AuthenticationResponse auth = f.signIn();
        RawHttpServer server([response](QTcpSocket *socket, const QByteArray &) { socket->write(response); });
        Client client(Config::create(Emulator::Options().projectId, server.url()).value());
        SessionManager manager(&client, &f.store, f.verifier.get(), f.clock.get());
        QSignalSpy signedIn(&manager, &SessionManager::signedIn);
        QVERIFY(!manager.adopt(auth, Ann));
        QVERIFY(waitForSignal(signedIn));

        QSignalSpy failed(&manager, &SessionManager::refreshFailed);
        QSignalSpy reauth(&manager, &SessionManager::reauthenticationRequired);
        manager.refresh();
        QVERIFY(waitForSignal(failed));
        QCOMPARE((failed.first().at(1).value<SessionManager::RefreshFailure>() == SessionManager::RefreshFailure::SessionEnded), final);
        if (final) {
            QCOMPARE(reauth.count(), 1);
            QCOMPARE(manager.state(), SessionManager::State::SignedOut);
            QTRY_VERIFY(!f.store.contents().has_value());
        } else {
            QCOMPARE(reauth.count(), 0);
            QVERIFY(manager.isSignedIn());
            QVERIFY(f.store.contents().has_value());
            const Error error = failed.first().first().value<Error>();
            const qint64 wait = error.retryAfterSeconds() > 5 ? error.retryAfterSeconds() : 5;
            QCOMPARE(manager.nextRefreshAtMs(), f.clock->nowMs() + wait * 1000);
        }
    }

    // A verify reply whose tokens do not verify is neither stored nor reported as a sign-in.
    void forgedTokensAreNotAdopted_data() { addForgeryRows(); }
    void forgedTokensAreNotAdopted()
    {
        QFETCH(bool, inRefreshToken);
        QFETCH(Forgery, forgery);
        SessionFixture f;
        AuthenticationResponse auth = f.signIn();
        const auto issuer = f.emulatorIssuer();
        QVERIFY(issuer.isValid());
        if (inRefreshToken)
            auth.refreshJwt = forge(auth.refreshJwt, auth.sessionJwt, forgery, issuer, f.clock->nowSeconds());
        else
            auth.sessionJwt = forge(auth.sessionJwt, auth.refreshJwt, forgery, issuer, f.clock->nowSeconds());

        QSignalSpy signedIn(f.manager.get(), &SessionManager::signedIn);
        QSignalSpy failed(f.manager.get(), &SessionManager::adoptionFailed);
        if (const auto error = f.manager->adopt(auth, Ann)) {
            QVERIFY(error->isError()); // refused at once: unreadable
        } else {
            QVERIFY(waitForSignal(failed));
            QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::TokenInvalid);
        }
        QTest::qWait(50);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!f.manager->isSignedIn());
        QVERIFY(!f.store.contents().has_value());
    }

    // A refresh reply whose tokens do not verify keeps the session it would have replaced.
    void forgedRefreshRepliesKeepTheSession_data() { addForgeryRows(); }
    void forgedRefreshRepliesKeepTheSession()
    {
        QFETCH(bool, inRefreshToken);
        QFETCH(Forgery, forgery);
        SessionFixture f;
        const AuthenticationResponse auth = f.signIn();
        const auto issuer = f.emulatorIssuer();
        QByteArray sessionJwt = auth.sessionJwt;
        QByteArray refreshJwt = auth.refreshJwt;
        if (inRefreshToken)
            refreshJwt = forge(refreshJwt, sessionJwt, forgery, issuer, f.clock->nowSeconds());
        else
            sessionJwt = forge(sessionJwt, refreshJwt, forgery, issuer, f.clock->nowSeconds());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("sessionJwt"), QString::fromLatin1(sessionJwt)},
                                                          {QStringLiteral("refreshJwt"), QString::fromLatin1(refreshJwt)}})
                                    .toJson(QJsonDocument::Compact);
        RawHttpServer server([body](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        Client client(Config::create(Emulator::Options().projectId, server.url()).value());
        SessionManager manager(&client, &f.store, f.verifier.get(), f.clock.get());
        QSignalSpy signedIn(&manager, &SessionManager::signedIn);
        QVERIFY(!manager.adopt(auth, Ann));
        QVERIFY(waitForSignal(signedIn));
        const auto before = f.store.contents();

        QSignalSpy failed(&manager, &SessionManager::refreshFailed);
        QSignalSpy refreshed(&manager, &SessionManager::refreshed);
        manager.refresh();
        QVERIFY(waitForSignal(failed));
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::TokenInvalid);
        QCOMPARE((failed.first().at(1).value<SessionManager::RefreshFailure>() == SessionManager::RefreshFailure::SessionEnded), false); // not Descope's word: retried later
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(manager.isSignedIn());
        QCOMPARE(manager.sessionJwt(), auth.sessionJwt);
        QCOMPARE(manager.refreshJwt(), auth.refreshJwt);
        QCOMPARE(f.store.contents(), before);
    }

    // Signing in as someone else over a session ends the replaced one at Descope.
    void anotherPersonSigningInEndsTheReplacedSession()
    {
        SessionFixture f;
        QVERIFY(f.adopt(Ann));
        const QByteArray annsToken = f.manager->refreshJwt();
        QSignalSpy refreshed(f.manager.get(), &SessionManager::refreshed);
        QVERIFY(!f.manager->adopt(f.signIn(QStringLiteral("bob@example.com")), QStringLiteral("bob@example.com")));
        QVERIFY(waitForSignal(refreshed));
        QTRY_COMPARE(f.requestsTo(QStringLiteral("/v1/auth/logout")), 1);
        auto *me = f.emulator->client->me(annsToken);
        QVERIFY(waitFor(me));
        QCOMPARE(me->error().httpStatus(), 401); // the status: the emulator's choice
    }

    void revokedRefreshTokenEndsTheSession()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        auto *revoke = f.emulator->client->logoutAll(f.manager->refreshJwt());
        QVERIFY(waitFor(revoke));
        QSignalSpy reauth(f.manager.get(), &SessionManager::reauthenticationRequired);
        QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
        f.manager->refresh();
        QVERIFY(waitForSignal(reauth));
        QCOMPARE(reauth.first().first().value<Error>().code(), QStringLiteral("E064001"));
        QCOMPARE(signedOut.first().first().value<SessionManager::EndReason>(), SessionManager::EndReason::Revoked);
        QTRY_VERIFY(!f.store.contents().has_value());
        QCOMPARE(f.manager->lastLoginId(), Ann); // for the expiry prompt
    }

    void expiredRefreshTokenEndsWithoutRequest()
    {
        Emulator::Options options;
        options.refreshTtl = 900;
        SessionFixture f(options);
        QVERIFY(f.adopt());
        f.stopEmulator(); // keep the session alive past its refresh token by staying offline
        QSignalSpy reauth(f.manager.get(), &SessionManager::reauthenticationRequired);
        f.advance(540);
        QSignalSpy failed(f.manager.get(), &SessionManager::refreshFailed);
        QVERIFY(waitForSignal(failed));
        f.advance(400); // past the refresh token's exp
        QVERIFY(waitForSignal(reauth));
        QCOMPARE(f.manager->state(), SessionManager::State::SignedOut);
    }

    void signOutWithTheServerDown()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        f.stopEmulator();
        QSignalSpy signedOut(f.manager.get(), &SessionManager::signedOut);
        QSignalSpy completed(f.manager.get(), &SessionManager::signOutCompleted);
        f.manager->signOut();
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(f.manager->state(), SessionManager::State::SignedOut);
        QVERIFY(waitForSignal(completed));
        QCOMPARE(completed.first().first().value<Error>().kind(), Error::Kind::Network);
        QVERIFY(!f.store.contents().has_value());
    }

    void signOutEverywhereRevokesOtherSessions()
    {
        SessionFixture f;
        const AuthenticationResponse other = f.signIn();
        QVERIFY(f.adopt());
        QSignalSpy completed(f.manager.get(), &SessionManager::signOutCompleted);
        f.manager->signOut(SessionManager::SignOutScope::AllDevices);
        QVERIFY(waitForSignal(completed));
        QVERIFY(!completed.first().first().value<Error>().isError());
        auto *me = f.emulator->client->me(other.refreshJwt);
        QVERIFY(waitFor(me));
        QCOMPARE(me->httpStatus(), 401); // the status: the emulator's choice
    }

    void storageFailureKeepsTheSessionInMemory()
    {
        SessionFixture f;
        f.store.setFailure(Error::storage(Error::StorageProblem::AccessDenied, QStringLiteral("locked")));
        QSignalSpy unavailable(f.manager.get(), &SessionManager::storageUnavailable);
        QVERIFY(f.adopt());
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(unavailable.first().first().value<Error>().storageProblem(), Error::StorageProblem::AccessDenied);
        QVERIFY(f.manager->isSignedIn());
        QVERIFY(!f.manager->isPersisted());
        // Told once, not on every refresh.
        QSignalSpy refreshed(f.manager.get(), &SessionManager::refreshed);
        f.manager->refresh();
        QVERIFY(waitForSignal(refreshed));
        QCOMPARE(unavailable.count(), 1);
    }

    void restoreWithLockedStore()
    {
        SessionFixture f;
        f.store.setFailure(Error::storage(Error::StorageProblem::NoBackend, QStringLiteral("no daemon")));
        QSignalSpy unavailable(f.manager.get(), &SessionManager::storageUnavailable);
        QSignalSpy restored(f.manager.get(), &SessionManager::restored);
        f.manager->restore();
        QVERIFY(waitForSignal(restored));
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(unavailable.count(), 1);
    }

    void reauthenticationRefusesAnotherUser()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        QVERIFY(endSessionOnServer(f));

        const auto refused = f.manager->reauthenticate(QStringLiteral("bob@example.com"));
        QVERIFY(refused.has_value());
        QCOMPARE(refused->inputProblem(), Error::InputProblem::DifferentUser);

        QVERIFY(!f.manager->reauthenticate(Ann).has_value());
        const auto bob = f.signIn(QStringLiteral("bob@example.com"));
        const auto wrongUser = f.manager->adopt(bob, Ann);
        QVERIFY(wrongUser.has_value());
        QCOMPARE(wrongUser->inputProblem(), Error::InputProblem::DifferentUser);
        QCOMPARE(f.manager->state(), SessionManager::State::SignedOut);

        QSignalSpy signedIn(f.manager.get(), &SessionManager::signedIn);
        QVERIFY(!f.manager->adopt(f.signIn(Ann), Ann).has_value());
        QVERIFY(waitForSignal(signedIn));
        QCOMPARE(f.manager->user().email, Ann);
    }

    void anyoneMaySignInOnceThePromptIsDismissed()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        QVERIFY(endSessionOnServer(f));
        QVERIFY(!f.manager->reauthenticate(Ann).has_value());

        f.manager->abandonReauthentication();
        QSignalSpy signedIn(f.manager.get(), &SessionManager::signedIn);
        QVERIFY(!f.manager->adopt(f.signIn(QStringLiteral("bob@example.com")), QStringLiteral("bob@example.com")).has_value());
        QVERIFY(waitForSignal(signedIn));
        QCOMPARE(f.manager->user().email, QStringLiteral("bob@example.com"));
    }

    void updateFlowTokensReplaceTheSession()
    {
        SessionFixture f;
        QVERIFY(f.adopt());
        auto *start = f.emulator->client->updateEmail(Ann, QStringLiteral("ann2@example.com"), f.manager->refreshJwt());
        QVERIFY(waitFor(start));
        auto *verify = f.emulator->client->verify(DeliveryMethod::Email, Ann, f.emulator->lastCode(Ann));
        QVERIFY(waitFor(verify));
        QSignalSpy userChanged(f.manager.get(), &SessionManager::userChanged);
        QVERIFY(!f.manager->adopt(verify->value(), Ann).has_value());
        QVERIFY(waitForSignal(userChanged));
        QCOMPARE(f.manager->user().email, QStringLiteral("ann2@example.com"));
        QCOMPARE(f.store.contents()->refreshJwt, verify->value().refreshJwt);
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
