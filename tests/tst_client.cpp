// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulatorfixture.h"
#include "jwt_p.h"
#include "rawhttpserver.h"
#include "tokenstore.h"
#include "tokenverifier.h"

#include <QHash>
#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace Descope;

namespace {

const QString Email = QStringLiteral("ann@example.com");

QString loginIdFor(DeliveryMethod method)
{
    return method == DeliveryMethod::Email ? Email : QStringLiteral("+15555550100");
}

/// The three kinds of Job, and the ways each finishes.
enum class JobKind {
    ReplyRefused,    ///< bad input: no request
    ReplyAnswered,   ///< a real answer from the emulator
    StoreJobLoad,    ///< MemoryTokenStore: decided at once
    StoreJobFailing, ///< MemoryTokenStore with a failure set
    VerifyMalformed, ///< a malformed token: refused without keys
    VerifyFetching,  ///< a real token: keys fetched first
};

} // namespace

Q_DECLARE_METATYPE(JobKind)

namespace {

/// Everything a job of any kind needs, and the job.
struct JobFixture
{
    EmulatorFixture emulator;
    MemoryTokenStore store;
    TokenVerifier verifier{emulator.client.get()};
    QByteArray token; ///< a real session JWT, for VerifyFetching
    int sent = 0;

    Job *start(JobKind kind)
    {
        switch (kind) {
        case JobKind::ReplyRefused:
            return emulator.client->verify(DeliveryMethod::Email, Email, QStringLiteral("12 34"));
        case JobKind::ReplyAnswered: // a new address each time: no resend limit applies
            return emulator.client->signUpOrIn(DeliveryMethod::Email, QStringLiteral("job%1@example.com").arg(++sent));
        case JobKind::StoreJobLoad:
            return store.load();
        case JobKind::StoreJobFailing:
            store.setFailure(Error::storage(Error::StorageProblem::AccessDenied, QStringLiteral("locked")));
            return store.save({"a.b.c", {}, {}, std::nullopt});
        case JobKind::VerifyMalformed:
            return verifier.verify("not a token");
        case JobKind::VerifyFetching:
            return verifier.verify(token);
        }
        return nullptr;
    }
};

void addJobRows()
{
    QTest::addColumn<JobKind>("kind");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("reply, refused input") << JobKind::ReplyRefused << false;
    QTest::newRow("reply, answered") << JobKind::ReplyAnswered << true;
    QTest::newRow("store job") << JobKind::StoreJobLoad << true;
    QTest::newRow("store job, failing") << JobKind::StoreJobFailing << false;
    QTest::newRow("verify job, malformed") << JobKind::VerifyMalformed << false;
    QTest::newRow("verify job, fetching keys") << JobKind::VerifyFetching << true;
}

Config configFor(const QUrl &url, std::chrono::milliseconds timeout = std::chrono::seconds(5))
{
    auto config = Config::create(Emulator::Options().projectId, url).value();
    config.setTransferTimeout(timeout);
    return config;
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

    /// Signs loginId up or in by method and returns the authentication; stops the suite
    /// when that fails, as every case using it needs a session.
    static AuthenticationResponse signIn(EmulatorFixture &emulator, DeliveryMethod method, const QString &loginId)
    {
        const AuthenticationResponse auth = emulator.signIn(loginId, method);
        if (auth.sessionJwt.isEmpty())
            qFatal("no session for %s", qPrintable(loginId));
        return auth;
    }

private Q_SLOTS:
    void signUpOrInEveryMethod_data()
    {
        QTest::addColumn<DeliveryMethod>("method");
        QTest::newRow("email") << DeliveryMethod::Email;
        QTest::newRow("sms") << DeliveryMethod::Sms;
        QTest::newRow("voice") << DeliveryMethod::Voice;
        QTest::newRow("whatsapp") << DeliveryMethod::WhatsApp;
    }
    void signUpOrInEveryMethod()
    {
        QFETCH(DeliveryMethod, method);
        EmulatorFixture emulator;
        const QString loginId = loginIdFor(method);

        auto *start = emulator.client->signUpOrIn(method, loginId);
        QVERIFY(waitFor(start));
        QVERIFY(start->isSuccess());
        QCOMPARE(start->value().isEmail, method == DeliveryMethod::Email);
        QVERIFY(!start->value().address.contains(loginId));
        QCOMPARE(emulator.server->outbox().size(), 1);
        QCOMPARE(emulator.server->outbox().first().method, method);

        const QString code = emulator.lastCode(loginId);
        auto *wrong = emulator.client->verify(method, loginId, code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QVERIFY(waitFor(wrong));
        QCOMPARE(wrong->error().kind(), Error::Kind::Api);
        QVERIFY(wrong->error().isWrongCode());
        QCOMPARE(wrong->httpStatus(), 400);
        QCOMPARE(wrong->error().message(), Error::messageForCode(QStringLiteral("E061102")));

        auto *verify = emulator.client->verify(method, loginId, code);
        QVERIFY(waitFor(verify));
        QVERIFY2(verify->isSuccess(), qPrintable(verify->error().technicalDetails()));
        const AuthenticationResponse &auth = verify->value();
        QVERIFY(auth.firstSeen);
        QCOMPARE(auth.user.loginIds, QStringList{loginId});
        QCOMPARE(method == DeliveryMethod::Email ? auth.user.verifiedEmail : auth.user.verifiedPhone, true);

        // The emulator's tokens verify with our library, keys fetched from its JWKS.
        TokenVerifier verifier(emulator.client.get());
        auto *session = verifier.verify(auth.sessionJwt, QStringLiteral("DS"));
        QSignalSpy sessionSpy(session, &VerifyJob::finished);
        QVERIFY(sessionSpy.wait());
        QVERIFY2(session->isSuccess(), qPrintable(session->error().detail()));
        QCOMPARE(session->claims().subject, auth.user.userId);
        QCOMPARE(session->claims().amr, QStringList{pathSegment(method)});
        QVERIFY(verifier.verifyCached(auth.refreshJwt, QStringLiteral("DSR")).ok());

        // Signing in again is not a first sighting.
        const auto again = signIn(emulator, method, loginId);
        QVERIFY(!again.firstSeen);
        QCOMPARE(again.user.userId, auth.user.userId);
    }

    void signUpWithUserDetails()
    {
        EmulatorFixture emulator;
        SignUpUser user;
        user.name = QStringLiteral("Ann Lee");
        auto *start = emulator.client->signUp(DeliveryMethod::Email, Email, user);
        QVERIFY(waitFor(start));
        QVERIFY(start->isSuccess());
        auto *verify = emulator.client->verify(DeliveryMethod::Email, Email, emulator.lastCode(Email));
        QVERIFY(waitFor(verify));
        QCOMPARE(verify->value().user.name, QStringLiteral("Ann Lee"));
        QCOMPARE(verify->value().user.email, Email);

        auto *again = emulator.client->signUp(DeliveryMethod::Email, Email, user);
        QVERIFY(waitFor(again));
        QCOMPARE(again->error().code(), QStringLiteral("E062107"));
        QVERIFY(!again->error().message().isEmpty());
    }

    void signInUnknownUser()
    {
        EmulatorFixture emulator;
        auto *start = emulator.client->signIn(DeliveryMethod::Sms, QStringLiteral("+15555550111"));
        QVERIFY(waitFor(start));
        QCOMPARE(start->error().kind(), Error::Kind::Api);
        QCOMPARE(start->error().code(), QStringLiteral("E062108"));
        QVERIFY(emulator.server->outbox().isEmpty());
    }

    void sessionEndpoints()
    {
        EmulatorFixture emulator;
        const auto auth = signIn(emulator, DeliveryMethod::Email, Email);

        auto *me = emulator.client->me(auth.refreshJwt);
        QVERIFY(waitFor(me));
        QVERIFY(me->isSuccess());
        QCOMPARE(me->value(), auth.user);

        auto *refresh = emulator.client->refresh(auth.refreshJwt);
        QVERIFY(waitFor(refresh));
        QVERIFY(refresh->isSuccess());
        QVERIFY(refresh->value().refreshJwt.isEmpty()); // no rotation: keep the old one
        QVERIFY(!refresh->value().sessionJwt.isEmpty());

        auto *logout = emulator.client->logout(auth.refreshJwt);
        QVERIFY(waitFor(logout));
        QVERIFY(logout->isSuccess());

        auto *afterLogout = emulator.client->refresh(auth.refreshJwt);
        QVERIFY(waitFor(afterLogout));
        QCOMPARE(afterLogout->httpStatus(), 401); // the status: the emulator's choice (the code is go-sdk's)
        QCOMPARE(afterLogout->error().code(), QStringLiteral("E064001"));
    }

    void logoutAllRevokesEverySession()
    {
        EmulatorFixture emulator;
        const auto first = signIn(emulator, DeliveryMethod::Email, Email);
        const auto second = signIn(emulator, DeliveryMethod::Email, Email);
        auto *logoutAll = emulator.client->logoutAll(second.refreshJwt);
        QVERIFY(waitFor(logoutAll));
        QVERIFY(logoutAll->isSuccess());
        for (const QByteArray &token : {first.refreshJwt, second.refreshJwt}) {
            auto *me = emulator.client->me(token);
            QVERIFY(waitFor(me));
            QCOMPARE(me->httpStatus(), 401); // the status: the emulator's choice
        }
    }

    void refreshRotation()
    {
        Emulator::Options options;
        options.rotateRefresh = true;
        EmulatorFixture emulator(options);
        const auto auth = signIn(emulator, DeliveryMethod::Email, Email);
        auto *refresh = emulator.client->refresh(auth.refreshJwt);
        QVERIFY(waitFor(refresh));
        const QByteArray rotated = refresh->value().refreshJwt;
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != auth.refreshJwt);
        auto *old = emulator.client->refresh(auth.refreshJwt);
        QVERIFY(waitFor(old));
        QCOMPARE(old->httpStatus(), 401); // the status: the emulator's choice
        auto *fresh = emulator.client->refresh(rotated);
        QVERIFY(waitFor(fresh));
        QVERIFY(fresh->isSuccess());
    }

    void stepUpSendsTheRefreshToken()
    {
        EmulatorFixture emulator;
        const auto auth = signIn(emulator, DeliveryMethod::Email, Email);
        LoginOptions options;
        options.stepup = true;
        auto *stepup = emulator.client->signIn(DeliveryMethod::Email, Email, options, auth.refreshJwt);
        QVERIFY(waitFor(stepup));
        QVERIFY2(stepup->isSuccess(), qPrintable(stepup->error().technicalDetails()));
        auto *noToken = emulator.client->signIn(DeliveryMethod::Email, Email, options);
        QVERIFY(waitFor(noToken));
        QCOMPARE(noToken->error().kind(), Error::Kind::InvalidInput);
    }

    void updateEmail()
    {
        EmulatorFixture emulator;
        const QString phone = QStringLiteral("+15555550100");
        const auto auth = signIn(emulator, DeliveryMethod::Sms, phone);
        UpdateOptions options;
        options.addToLoginIDs = true;
        const QString newEmail = QStringLiteral("new@example.com");
        auto *start = emulator.client->updateEmail(phone, newEmail, auth.refreshJwt, options);
        QVERIFY(waitFor(start));
        QVERIFY2(start->isSuccess(), qPrintable(start->error().technicalDetails()));
        QVERIFY(start->value().isEmail);
        QCOMPARE(emulator.server->outbox().last().to, newEmail);

        auto *verify = emulator.client->verify(DeliveryMethod::Email, phone, emulator.lastCode(phone));
        QVERIFY(waitFor(verify));
        QVERIFY2(verify->isSuccess(), qPrintable(verify->error().technicalDetails()));
        const User &user = verify->value().user;
        QCOMPARE(user.email, newEmail);
        QVERIFY(user.verifiedEmail);
        QCOMPARE(user.loginIds, (QStringList{phone, newEmail}));

        auto *me = emulator.client->me(verify->value().refreshJwt);
        QVERIFY(waitFor(me));
        QCOMPARE(me->value().email, newEmail);
    }

    void updatePhone_data()
    {
        QTest::addColumn<DeliveryMethod>("method");
        QTest::newRow("sms") << DeliveryMethod::Sms;
        QTest::newRow("voice") << DeliveryMethod::Voice;
        QTest::newRow("whatsapp") << DeliveryMethod::WhatsApp;
    }
    void updatePhone()
    {
        QFETCH(DeliveryMethod, method);
        EmulatorFixture emulator;
        const auto auth = signIn(emulator, DeliveryMethod::Email, Email);
        const QString phone = QStringLiteral("+15555550199");
        auto *start = emulator.client->updatePhone(method, Email, phone, auth.refreshJwt);
        QVERIFY(waitFor(start));
        QVERIFY2(start->isSuccess(), qPrintable(start->error().technicalDetails()));
        QVERIFY(!start->value().isEmail);
        auto *verify = emulator.client->verify(method, Email, emulator.lastCode(Email));
        QVERIFY(waitFor(verify));
        QVERIFY(verify->isSuccess());
        QCOMPARE(verify->value().user.phone, phone);
        QVERIFY(verify->value().user.verifiedPhone);
        QCOMPARE(verify->value().user.loginIds, QStringList{Email}); // addToLoginIDs off
    }

    // E062107 for the conflict and how the merge is done: the emulator's choices.
    void updateToAnotherUsersAddress()
    {
        EmulatorFixture emulator;
        const auto other = signIn(emulator, DeliveryMethod::Email, QStringLiteral("bob@example.com"));
        const auto auth = signIn(emulator, DeliveryMethod::Email, Email);
        UpdateOptions options;
        options.addToLoginIDs = true;
        auto *conflict = emulator.client->updateEmail(Email, QStringLiteral("bob@example.com"), auth.refreshJwt, options);
        QVERIFY(waitFor(conflict));
        QCOMPARE(conflict->error().code(), QStringLiteral("E062107"));

        options.onMergeUseExisting = true;
        auto *merge = emulator.client->updateEmail(Email, QStringLiteral("bob@example.com"), auth.refreshJwt, options);
        QVERIFY(waitFor(merge));
        QVERIFY(merge->isSuccess());
        auto *verify = emulator.client->verify(DeliveryMethod::Email, Email, emulator.lastCode(Email));
        QVERIFY(waitFor(verify));
        QVERIFY(verify->isSuccess());
        // The existing user stays and takes this user's login id.
        QCOMPARE(verify->value().user.userId, other.user.userId);
        QVERIFY(verify->value().user.loginIds.contains(Email));
    }

    void tooManyAttempts()
    {
        EmulatorFixture emulator; // three attempts by default: the emulator's choice (--max-attempts)
        auto *start = emulator.client->signUpOrIn(DeliveryMethod::Email, Email);
        QVERIFY(waitFor(start));
        const QString code = emulator.lastCode(Email);
        const QString wrongCode = code == QLatin1StringView("123456") ? QStringLiteral("654321") : QStringLiteral("123456");
        for (int attempt = 1; attempt <= 3; ++attempt) {
            auto *verify = emulator.client->verify(DeliveryMethod::Email, Email, wrongCode);
            QVERIFY(waitFor(verify));
            QCOMPARE(verify->error().code(), attempt < 3 ? QStringLiteral("E061102") : QStringLiteral("E061103"));
        }
        auto *late = emulator.client->verify(DeliveryMethod::Email, Email, code);
        QVERIFY(waitFor(late));
        QVERIFY(!late->isSuccess()); // the code died with the third wrong attempt
    }

    void expiredAndSupersededCodes()
    {
        EmulatorFixture emulator;
        auto *first = emulator.client->signUpOrIn(DeliveryMethod::Email, Email);
        QVERIFY(waitFor(first));
        const QString oldCode = emulator.lastCode(Email);
        auto *second = emulator.client->signUpOrIn(DeliveryMethod::Email, Email);
        QVERIFY(waitFor(second));
        const QString newCode = emulator.lastCode(Email);
        if (oldCode != newCode) {
            auto *stale = emulator.client->verify(DeliveryMethod::Email, Email, oldCode);
            QVERIFY(waitFor(stale));
            QVERIFY(stale->error().isWrongCode());
        }
        emulator.server->advanceClock(emulator.server->options().codeTtl + 1);
        auto *expired = emulator.client->verify(DeliveryMethod::Email, Email, newCode);
        QVERIFY(waitFor(expired));
        QCOMPARE(expired->error().code(), QStringLiteral("E061104")); // the emulator's choice (docs/emulator-fidelity.md)
        QVERIFY(expired->error().isCodeExpired());
    }

    void rateLimit()
    {
        Emulator::Options options;
        options.sendLimit = 2; // --send-limit: the emulator's choice, not a Descope limit (docs/emulator-fidelity.md)
        EmulatorFixture emulator(options);
        for (int i = 0; i < 2; ++i) {
            auto *start = emulator.client->signUpOrIn(DeliveryMethod::Email, Email);
            QVERIFY(waitFor(start));
            QVERIFY(start->isSuccess());
        }
        auto *limited = emulator.client->signUpOrIn(DeliveryMethod::Email, Email);
        QVERIFY(waitFor(limited));
        QCOMPARE(limited->error().kind(), Error::Kind::RateLimited);
        QCOMPARE(limited->error().code(), QStringLiteral("E130429"));
        QCOMPARE(limited->httpStatus(), 429);
        QVERIFY(limited->error().retryAfterSeconds() > 0);
        QVERIFY(limited->error().retryAfterSeconds() <= 60);
        QVERIFY(limited->error().isTransient());
        // Another login id is not limited.
        auto *other = emulator.client->signUpOrIn(DeliveryMethod::Email, QStringLiteral("bob@example.com"));
        QVERIFY(waitFor(other));
        QVERIFY(other->isSuccess());
    }

    /// An emulator that sends nothing (a send limit of 0) answers 429, not a crash.
    void rateLimitOfZero()
    {
        Emulator::Options options;
        options.sendLimit = 0; // --send-limit: the emulator's choice, not a Descope limit (docs/emulator-fidelity.md)
        EmulatorFixture emulator(options);
        auto *limited = emulator.client->signUpOrIn(DeliveryMethod::Email, Email);
        QVERIFY(waitFor(limited));
        QCOMPARE(limited->httpStatus(), 429);
        QCOMPARE(limited->error().retryAfterSeconds(), 60);
    }

    void wrongProjectIdIsRefused()
    {
        EmulatorFixture emulator;
        Client stranger(Config::create(QStringLiteral("P2SomeoneElsesProject0000000"), emulator.baseUrl()).value());
        auto *start = stranger.signUpOrIn(DeliveryMethod::Email, Email);
        QVERIFY(waitFor(start));
        QCOMPARE(start->httpStatus(), 401); // the status: the emulator's choice
        QCOMPARE(start->error().kind(), Error::Kind::Api);
        QVERIFY(emulator.server->outbox().isEmpty());
        auto *keys = stranger.keys();
        QVERIFY(waitFor(keys));
        QVERIFY(!keys->isSuccess());
    }

    void badInputFinishesLaterWithoutARequest()
    {
        EmulatorFixture emulator;
        auto *reply = emulator.client->verify(DeliveryMethod::Email, Email, QStringLiteral("12 34"));
        reply->setAutoDelete(false);
        QSignalSpy spy(reply, &Reply::finished);
        QCOMPARE(spy.count(), 0); // never synchronously, even when refused
        QVERIFY(spy.wait());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(reply->error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(reply->httpStatus(), 0);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        Client client(configFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        auto *reply = client.signUpOrIn(DeliveryMethod::Email, Email);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), Error::Kind::Network);
        QVERIFY(reply->error().isTransient());
    }

    void silentServerTimesOut()
    {
        RawHttpServer silent([](QTcpSocket *, const QByteArray &) {});
        Client client(configFor(silent.url(), std::chrono::milliseconds(300)));
        auto *reply = client.refresh("a.b.c");
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), Error::Kind::Timeout);
    }

    // A server that keeps sending one byte at a time restarts the transfer timeout with
    // every byte; the deadline still ends the call.
    void tricklingServerMeetsTheDeadline()
    {
        QList<QPointer<QTcpSocket>> sockets;
        RawHttpServer trickling([&sockets](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
            sockets << socket;
        });
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &drip, [&sockets] {
            for (const auto &socket : std::as_const(sockets))
                if (socket)
                    socket->write(" ");
        });
        drip.start(50);
        Config config = configFor(trickling.url(), std::chrono::milliseconds(300));
        config.setRequestDeadline(std::chrono::milliseconds(1200));
        Client client(config);
        auto *reply = client.refresh("a.b.c");
        reply->setAutoDelete(false);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), Error::Kind::Timeout);
        QVERIFY(reply->error().isTransient());
        delete reply;
    }

    void cancelInFlight()
    {
        Emulator::Options options;
        options.latencyMs = 3000;
        EmulatorFixture emulator(options);
        auto *reply = emulator.client->signUpOrIn(DeliveryMethod::Email, Email);
        reply->setAutoDelete(false);
        QSignalSpy spy(reply, &Reply::finished);
        QTimer::singleShot(50, reply, [reply, &spy] {
            reply->cancel();
            QCOMPARE(spy.count(), 0); // through the event loop, even though the abort is synchronous
        });
        QVERIFY(spy.wait(1000));
        QCOMPARE(reply->error().kind(), Error::Kind::Cancelled);
        QCOMPARE(reply->httpStatus(), 0);
        QTest::qWait(100);
        QCOMPARE(spy.count(), 1);
    }

    void destroyedReplyCallsNobody()
    {
        Emulator::Options options;
        options.latencyMs = 200;
        EmulatorFixture emulator(options);
        bool called = false;
        auto *reply = emulator.client->signUpOrIn(DeliveryMethod::Email, Email);
        connect(reply, &Reply::finished, this, [&called] { called = true; });
        delete reply;
        QTest::qWait(400); // long enough for the delayed answer to arrive, if anything listened
        QVERIFY(!called);
    }

    // A client destroyed with replies in flight takes them with it at once, even one given
    // another parent (it would otherwise outlive the network manager it talks to): none
    // emits finished(), then or later, and the transfers stop.
    void destroyingTheClientWithRepliesInFlight()
    {
        QList<QPointer<QTcpSocket>> connections;
        RawHttpServer silent([&connections](QTcpSocket *socket, const QByteArray &) { connections << socket; });
        auto client = std::make_unique<Client>(configFor(silent.url()));
        QObject holder;
        QList<QPointer<Reply>> replies{client->signUpOrIn(DeliveryMethod::Email, Email), client->keys(),
                                       client->refresh("a.b.c")};
        replies.last()->setParent(&holder);
        int finished = 0;
        for (const QPointer<Reply> &reply : std::as_const(replies))
            connect(reply, &Reply::finished, this, [&finished] { ++finished; });
        QTRY_COMPARE(connections.size(), 3); // every request reached the server

        client.reset();
        for (const QPointer<Reply> &reply : std::as_const(replies))
            QVERIFY(reply.isNull());
        QVERIFY(holder.children().isEmpty());
        QTRY_VERIFY(std::all_of(connections.cbegin(), connections.cend(), [](const QPointer<QTcpSocket> &socket) {
            return !socket || socket->state() == QAbstractSocket::UnconnectedState;
        }));
        QTest::qWait(50);
        QCOMPARE(finished, 0);
    }

    void oversizedReplyIsRefused()
    {
        RawHttpServer huge([](QTcpSocket *socket, const QByteArray &) {
            const QByteArray body(4 * 1024 * 1024, 'x');
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        Client client(configFor(huge.url()));
        auto *reply = client.me("a.b.c");
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), Error::Kind::InvalidResponse);
    }

    void redirectsAreNotFollowed()
    {
        RawHttpServer target([](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        });
        RawHttpServer redirecting([&target](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + target.url().toEncoded()
                          + "/v1/auth/refresh\r\nContent-Length: 0\r\n\r\n");
        });
        Client client(configFor(redirecting.url()));
        auto *reply = client.refresh("a.b.c");
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), Error::Kind::Http);
        QCOMPARE(reply->httpStatus(), 307);
        QCOMPARE(target.requestCount, 0); // the token never went to another host
    }

    void proxyErrorPageAndTraceId()
    {
        RawHttpServer proxy([](QTcpSocket *socket, const QByteArray &) {
            const QByteArray body = "<html><body>502 Bad Gateway</body></html>";
            socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nCF-Ray: 8c8e3f5a1b2c3d4e-TLV\r\n"
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        Client client(configFor(proxy.url()));
        auto *reply = client.signUpOrIn(DeliveryMethod::Email, Email);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), Error::Kind::Http);
        QCOMPARE(reply->error().traceId(), QByteArray("8c8e3f5a1b2c3d4e-TLV"));
        QVERIFY(reply->error().isTransient());
        QVERIFY(reply->error().technicalDetails().contains(QLatin1StringView("8c8e3f5a1b2c3d4e-TLV")));
    }

    void garbledSuccessBody()
    {
        RawHttpServer garbled([](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"session\":");
        });
        Client client(configFor(garbled.url()));
        auto *reply = client.verify(DeliveryMethod::Email, Email, QStringLiteral("123456"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), Error::Kind::InvalidResponse);
    }

    void sentHeaders()
    {
        QByteArray seen;
        RawHttpServer recorder([&seen](QTcpSocket *socket, const QByteArray &request) {
            seen = request;
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        });
        Client client(configFor(recorder.url()));
        auto *reply = client.logout("header.payload.sig");
        QVERIFY(waitFor(reply));
        QVERIFY(seen.startsWith("POST /v1/auth/logout HTTP/1.1\r\n"));
        QVERIFY(seen.endsWith("\r\n\r\n") || seen.endsWith("{}"));
        // Header names are case-insensitive, and Qt 6.8 sends them in lower case.
        QHash<QByteArray, QByteArray> headers;
        const QList<QByteArray> lines = seen.left(seen.indexOf("\r\n\r\n")).split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const QByteArray projectId = Emulator::Options().projectId.toLatin1();
        QCOMPARE(headers.value("authorization"), QByteArray("Bearer " + projectId + ":header.payload.sig"));
        QCOMPARE(headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(headers.value("x-descope-project-id"), projectId);
    }

    // The one asynchronous shape: every kind of job finishes exactly once, never from
    // inside the call that created it, and deletes itself afterwards unless told not to.
    void jobFinishesOnceFromTheEventLoop_data() { addJobRows(); }
    void jobFinishesOnceFromTheEventLoop()
    {
        QFETCH(JobKind, kind);
        QFETCH(bool, succeeds);
        JobFixture f;
        if (kind == JobKind::VerifyFetching)
            f.token = signIn(f.emulator, DeliveryMethod::Email, Email).sessionJwt;

        Job *job = f.start(kind);
        const QPointer<Job> alive(job);
        QSignalSpy finished(job, &Job::finished);
        QCOMPARE(finished.count(), 0); // not synchronously, even when decided at once
        QVERIFY(!job->isFinished());
        QVERIFY(!job->isSuccess());
        QCOMPARE(job->error().kind(), Error::Kind::None); // no result before finished()
        bool finishedSeenInSlot = false;
        connect(job, &Job::finished, this, [job, &finishedSeenInSlot] { finishedSeenInSlot = job->isFinished(); });

        QVERIFY(finished.wait(10000));
        QVERIFY(finishedSeenInSlot); // the result is readable inside the slot
        QTRY_VERIFY(alive.isNull()); // auto-delete
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);

        // The same kind kept: the result stays readable, and cancel() changes nothing.
        job = f.start(kind);
        job->setAutoDelete(false);
        QVERIFY(!job->autoDelete());
        QSignalSpy again(job, &Job::finished);
        QVERIFY(again.wait(10000));
        QCOMPARE(job->isSuccess(), succeeds);
        QCOMPARE(job->error().isError(), !succeeds);
        const Error error = job->error();
        job->cancel();
        QTest::qWait(50);
        QCOMPARE(again.count(), 1);
        QVERIFY(job->isFinished());
        QCOMPARE(job->isSuccess(), succeeds);
        QCOMPARE(job->error().kind(), error.kind());
        delete job;
    }

    // cancel() before finished(): Cancelled, once, from the event loop, even when the
    // result was already decided (a memory store decides at once).
    void cancelledJobFinishesOnceWithCancelled_data() { addJobRows(); }
    void cancelledJobFinishesOnceWithCancelled()
    {
        QFETCH(JobKind, kind);
        JobFixture f;
        if (kind == JobKind::VerifyFetching)
            f.token = signIn(f.emulator, DeliveryMethod::Email, Email).sessionJwt;

        Job *job = f.start(kind);
        job->setAutoDelete(false);
        QSignalSpy finished(job, &Job::finished);
        job->cancel();
        QCOMPARE(finished.count(), 0); // not from inside cancel()
        job->cancel(); // twice: still one finished()
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->error().kind(), Error::Kind::Cancelled);
        QVERIFY(!job->isSuccess());
        QTest::qWait(300); // a late answer (the emulator's, a key fetch) changes nothing
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind(), Error::Kind::Cancelled);
        delete job;
    }

    // Config::setMaxResponseBytes() is API: a limit set lower refuses a reply the default
    // accepts.
    void maxResponseBytesIsConfigurable()
    {
        const QByteArray body = "{\"padding\":\"" + QByteArray(8 * 1024, 'x') + "\"}";
        RawHttpServer server([body](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        Config config = configFor(server.url());
        QCOMPARE(config.maxResponseBytes(), 1024 * 1024);
        {
            Client client(config);
            auto *reply = client.logout("a.b.c");
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->isSuccess(), qPrintable(reply->error().technicalDetails()));
        }
        config.setMaxResponseBytes(4 * 1024);
        QCOMPARE(config.maxResponseBytes(), 4 * 1024);
        Client client(config);
        auto *reply = client.logout("a.b.c");
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), Error::Kind::InvalidResponse);
        QVERIFY(reply->error().detail().contains(QLatin1StringView("4096")));
    }

    void verifierRefetchesOnceForAnUnknownKid()
    {
        EmulatorFixture emulator;
        const auto auth = signIn(emulator, DeliveryMethod::Email, Email);
        TokenVerifier verifier(emulator.client.get());
        QSignalSpy fetched(&verifier, &TokenVerifier::keysFetched);

        auto *first = verifier.verify(auth.sessionJwt);
        auto *concurrent = verifier.verify(auth.refreshJwt);
        QSignalSpy firstDone(first, &VerifyJob::finished);
        QSignalSpy concurrentDone(concurrent, &VerifyJob::finished);
        QVERIFY(firstDone.wait());
        QTRY_COMPARE(concurrentDone.count(), 1);
        QCOMPARE(fetched.count(), 1); // both waited on one fetch

        // A token from a key the project never published: one refetch, then refused.
        const auto stranger = Emulator::TokenIssuer::generate();
        const QByteArray forged = stranger.sign(Jwt::decode(auth.sessionJwt)->claims().all);
        auto *forgedJob = verifier.verify(forged);
        QSignalSpy forgedDone(forgedJob, &VerifyJob::finished);
        QVERIFY(forgedDone.wait());
        QCOMPARE(fetched.count(), 2);
        QVERIFY(!forgedJob->isSuccess());
        QCOMPARE(forgedJob->error().kind(), Error::Kind::TokenInvalid);
        QCOMPARE(forgedJob->error().detail(), QStringLiteral("unknown signing key"));
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
