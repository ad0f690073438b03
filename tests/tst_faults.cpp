// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The fault matrix: every kind of server misbehaviour the emulator can inject, against
// every call the product makes. Each cell must give the right error kind within the
// timeout, and the same call must work again right after. The faults are the emulator's
// own (docs/emulator-fidelity.md, "The control API and faults"): the suites assert how the
// client meets them; where a test asserts the fault's own answer, it says so.
#include "clock.h"
#include "emulatorfixture.h"
#include "sessionmanager.h"
#include "tokenstore.h"
#include "tokenverifier.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Descope;
using Fault = Emulator::Server::Fault;
Q_DECLARE_METATYPE(Fault)

namespace {

const QString Ann = QStringLiteral("ann@example.com");
constexpr int TimeoutMs = 400;
constexpr int DeadlineMs = 2000;

enum class Op { Start, Verify, Refresh, Me, Logout, Keys };

struct Kind
{
    const char *name;
    Fault fault;
    Error::Kind expected;
};

QList<Kind> kinds()
{
    auto make = [](const char *kind) {
        Fault fault;
        fault.kind = QString::fromLatin1(kind);
        return fault;
    };
    Fault html = make("status");
    html.status = 502;
    html.html = true;
    Fault delay = make("delay");
    delay.delayMs = TimeoutMs * 3;
    // Qt resends a request once when a kept-alive connection closes before any answer
    // (see singleDropIsRetriedByQt): a drop that persists is what a person would notice.
    Fault drop = make("drop");
    drop.count = 2;
    // A byte at a time, each well within the transfer timeout: only the deadline ends it.
    Fault drip = make("drip");
    drip.delayMs = TimeoutMs / 4;
    return {
        {"status 503 (Descope body)", make("status"), Error::Kind::Api},
        {"status 502 (proxy page)", html, Error::Kind::Http},
        {"rate-limit", make("rate-limit"), Error::Kind::RateLimited},
        {"malformed-json", make("malformed-json"), Error::Kind::InvalidResponse},
        {"truncated", make("truncated"), Error::Kind::Network},
        {"drop", drop, Error::Kind::Network},
        {"delay past the timeout", delay, Error::Kind::Timeout},
        {"drip past the deadline", drip, Error::Kind::Timeout},
        {"wrong-content-type", make("wrong-content-type"), Error::Kind::InvalidResponse},
        {"oversized", make("oversized"), Error::Kind::InvalidResponse},
    };
}

const char *opName(Op op)
{
    switch (op) {
    case Op::Start: return "start";
    case Op::Verify: return "verify";
    case Op::Refresh: return "refresh";
    case Op::Me: return "me";
    case Op::Logout: return "logout";
    case Op::Keys: return "jwks";
    }
    return "";
}

QString pathOf(Op op)
{
    switch (op) {
    case Op::Start: return QStringLiteral("/v1/auth/otp/signup-in/email");
    case Op::Verify: return QStringLiteral("/v1/auth/otp/verify/email");
    case Op::Refresh: return QStringLiteral("/v1/auth/refresh");
    case Op::Me: return QStringLiteral("/v1/auth/me");
    case Op::Logout: return QStringLiteral("/v1/auth/logout");
    case Op::Keys: return QStringLiteral("/v2/keys/") + Emulator::Options().projectId;
    }
    return {};
}

/// A client with a short timeout against an emulator, and a signed-in session to use.
struct Bench
{
    Bench()
        : client(clientConfig(emulator.baseUrl()))
        , verifier(&client)
    {
    }
    static Config clientConfig(const QUrl &url)
    {
        auto config = Config::create(Emulator::Options().projectId, url).value();
        config.setTransferTimeout(std::chrono::milliseconds(TimeoutMs));
        config.setRequestDeadline(std::chrono::milliseconds(DeadlineMs));
        return config;
    }

    AuthenticationResponse signIn() { return emulator.signIn(Ann, DeliveryMethod::Email, &client); }

    /// Runs op once and returns its error (None on success).
    Error run(Op op, const AuthenticationResponse &session)
    {
        Reply *reply = nullptr;
        switch (op) {
        case Op::Start:
            reply = client.signUpOrIn(DeliveryMethod::Email, Ann);
            break;
        case Op::Verify: {
            auto *start = client.signUpOrIn(DeliveryMethod::Email, Ann);
            waitFor(start);
            reply = client.verify(DeliveryMethod::Email, Ann, emulator.lastCode(Ann));
            break;
        }
        case Op::Refresh:
            reply = client.refresh(session.refreshJwt);
            break;
        case Op::Me:
            reply = client.me(session.refreshJwt);
            break;
        case Op::Logout:
            reply = client.logout(session.refreshJwt);
            break;
        case Op::Keys: {
            TokenVerifier fresh(&client); // no cached keys: it must fetch them
            VerifyJob *job = fresh.verify(session.sessionJwt);
            QSignalSpy done(job, &VerifyJob::finished);
            if (!done.wait(10000))
                return Error(Error::Kind::None, QStringLiteral("hang"));
            return job->isSuccess() ? Error() : job->error();
        }
        }
        if (!waitFor(reply))
            return Error(Error::Kind::None, QStringLiteral("hang"));
        return reply->isSuccess() ? Error() : reply->error();
    }

    EmulatorFixture emulator;
    Client client;
    TokenVerifier verifier;
};

/// A session manager signed in through a bench's client.
struct ManagedSession
{
    explicit ManagedSession(Bench &bench)
        : bench(bench)
        , clock(bench.emulator.server->now() * 1000)
        , session(&bench.client, &store, &bench.verifier, &clock)
    {
    }
    bool signIn()
    {
        QSignalSpy signedIn(&session, &SessionManager::signedIn);
        return !session.adopt(bench.signIn(), Ann) && signedIn.wait();
    }

    Bench &bench;
    ManualClock clock;
    MemoryTokenStore store;
    SessionManager session;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<Error::Kind>("expected");
        for (Op op : {Op::Start, Op::Verify, Op::Refresh, Op::Me, Op::Logout, Op::Keys}) {
            for (const Kind &kind : kinds())
                QTest::addRow("%s / %s", opName(op), kind.name) << int(op) << kind.fault << kind.expected;
        }
    }
    // The rate-limit fault's Retry-After: 7 and the status fault's E000503: the emulator's choices.
    void matrix()
    {
        QFETCH(int, op);
        QFETCH(Fault, fault);
        QFETCH(Error::Kind, expected);
        Bench bench;
        // Logout revokes the session it is given: each attempt gets one of its own.
        const AuthenticationResponse session = bench.signIn();
        bench.emulator.server->setFault(pathOf(Op(op)), fault);

        QElapsedTimer timer;
        timer.start();
        const Error error = bench.run(Op(op), session);
        QVERIFY2(error.detail() != QLatin1StringView("hang"), "no answer");
        QVERIFY(timer.elapsed() < TimeoutMs * 3 + 5000); // bounded by the transfer timeout
        QCOMPARE(error.kind(), expected);
        QVERIFY(!error.message().isEmpty());
        if (expected == Error::Kind::RateLimited)
            QCOMPARE(error.retryAfterSeconds(), 7);
        if (expected == Error::Kind::Api || expected == Error::Kind::Http)
            QVERIFY(error.isTransient());

        // The fault is spent: the same call works again.
        if (fault.kind == QLatin1StringView("delay"))
            QTest::qWait(fault.delayMs); // let the late answer land first
        const AuthenticationResponse fresh = Op(op) == Op::Logout ? bench.signIn() : session;
        const Error next = bench.run(Op(op), fresh);
        QVERIFY2(!next.isError(), qPrintable(next.technicalDetails()));
    }

    void refreshFaultsKeepTheSessionAndRetry_data()
    {
        QTest::addColumn<Fault>("fault");
        for (const Kind &kind : kinds())
            QTest::newRow(kind.name) << kind.fault;
    }
    void refreshFaultsKeepTheSessionAndRetry()
    {
        QFETCH(Fault, fault);
        Bench bench;
        ManagedSession managed(bench);
        QVERIFY(managed.signIn());
        ManualClock &clock = managed.clock;
        MemoryTokenStore &store = managed.store;
        SessionManager &session = managed.session;

        bench.emulator.server->setFault(pathOf(Op::Refresh), fault);
        QSignalSpy failed(&session, &SessionManager::refreshFailed);
        session.refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE((failed.first().at(1).value<SessionManager::RefreshFailure>() == SessionManager::RefreshFailure::SessionEnded), false); // transient
        QVERIFY(session.isSignedIn());
        QVERIFY(store.contents().has_value());
        QVERIFY(session.nextRefreshAtMs() > clock.nowMs());

        if (fault.kind == QLatin1StringView("delay"))
            QTest::qWait(fault.delayMs);
        QSignalSpy refreshed(&session, &SessionManager::refreshed);
        clock.setNowMs(session.nextRefreshAtMs()); // the retry is due
        QVERIFY(refreshed.wait(10000));
    }

    // The one rule (Error::endsSession()): only Descope's own JSON refusal on 400/401/403
    // ends a session; a proxy's page, a redirect or a missing route never does.
    void onlyDescopeEndsASession_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("html");
        QTest::addColumn<bool>("ends");
        QTest::newRow("403 proxy page") << 403 << true << false;
        QTest::newRow("401 proxy page") << 401 << true << false;
        QTest::newRow("400 proxy page") << 400 << true << false;
        QTest::newRow("404 page") << 404 << true << false;
        QTest::newRow("302 redirect page") << 302 << true << false;
        QTest::newRow("407 proxy authentication") << 407 << true << false;
        QTest::newRow("404 Descope body") << 404 << false << false;
        QTest::newRow("500 Descope body") << 500 << false << false;
        QTest::newRow("403 Descope body") << 403 << false << true;
        QTest::newRow("401 Descope body") << 401 << false << true;
        QTest::newRow("400 Descope body, a code we do not know") << 400 << false << true;
    }
    void onlyDescopeEndsASession()
    {
        QFETCH(int, status);
        QFETCH(bool, html);
        QFETCH(bool, ends);
        Bench bench;
        ManagedSession managed(bench);
        QVERIFY(managed.signIn());
        MemoryTokenStore &store = managed.store;
        SessionManager &session = managed.session;

        Fault fault;
        fault.kind = QStringLiteral("status");
        fault.status = status;
        fault.html = html;
        bench.emulator.server->setFault(pathOf(Op::Refresh), fault);
        QSignalSpy failed(&session, &SessionManager::refreshFailed);
        QSignalSpy signedOut(&session, &SessionManager::signedOut);
        session.refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE((failed.first().at(1).value<SessionManager::RefreshFailure>() == SessionManager::RefreshFailure::SessionEnded), ends);
        QCOMPARE(session.isSignedIn(), !ends);
        QCOMPARE(signedOut.size(), ends ? 1 : 0);
        QTRY_COMPARE(store.contents().has_value(), !ends);
    }

    void logoutFaultsStillClearTheLocalSession_data()
    {
        refreshFaultsKeepTheSessionAndRetry_data();
    }
    void logoutFaultsStillClearTheLocalSession()
    {
        QFETCH(Fault, fault);
        Bench bench;
        MemoryTokenStore store;
        SessionManager session(&bench.client, &store, &bench.verifier);
        QSignalSpy signedIn(&session, &SessionManager::signedIn);
        QVERIFY(!session.adopt(bench.signIn(), Ann));
        QVERIFY(signedIn.wait());

        bench.emulator.server->setFault(pathOf(Op::Logout), fault);
        QSignalSpy completed(&session, &SessionManager::signOutCompleted);
        session.signOut();
        QCOMPARE(session.state(), SessionManager::State::SignedOut);
        QVERIFY(completed.wait(10000));
        QVERIFY(completed.first().first().value<Error>().isError());
        QVERIFY(!store.contents().has_value());
    }

    void singleDropIsRetriedByQt()
    {
        Bench bench;
        const AuthenticationResponse session = bench.signIn(); // leaves a kept-alive connection
        Fault drop;
        drop.kind = QStringLiteral("drop");
        bench.emulator.server->setFault(pathOf(Op::Me), drop);
        const Error error = bench.run(Op::Me, session);
        QVERIFY2(!error.isError(), qPrintable(error.technicalDetails()));
    }

    // POST /emulator/faults (400 for an unknown kind, count): the emulator's own.
    void faultsEndpoint()
    {
        EmulatorFixture emulator;
        QNetworkAccessManager nam;
        const auto post = [&](const QByteArray &body) {
            QNetworkRequest request(emulator.baseUrl().resolved(QUrl(QStringLiteral("/emulator/faults"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = nam.post(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait();
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(post("{\"path\":\"/v1/auth/refresh\",\"kind\":\"explode\"}"), 400);
        QCOMPARE(post("{\"path\":\"/v1/auth/otp/signup-in/email\",\"kind\":\"rate-limit\",\"count\":2}"), 200);
        for (int i = 0; i < 2; ++i) {
            auto *start = emulator.client->signUpOrIn(DeliveryMethod::Email, Ann);
            QVERIFY(waitFor(start));
            QCOMPARE(start->error().kind(), Error::Kind::RateLimited);
        }
        auto *third = emulator.client->signUpOrIn(DeliveryMethod::Email, Ann);
        QVERIFY(waitFor(third));
        QVERIFY(third->isSuccess());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
