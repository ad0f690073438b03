// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "sessionmanager.h"

#include "logging.h"
#include "systemevents.h"
#include "tokenverifier.h"

namespace Descope {

namespace {

constexpr qint64 RefreshLeadSeconds = 60;
constexpr qint64 FirstRetrySeconds = 5;
constexpr qint64 MaxRetrySeconds = 300;
/// QTimer takes an int: wake at least this often and look at the wall clock again.
constexpr qint64 MaxTimerMs = 6LL * 3600 * 1000;
constexpr int SystemEventsDelayMs = 1500;

} // namespace

SessionManager::SessionManager(Client *client, TokenStore *store, TokenVerifier *verifier, Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_verifier(verifier)
    , m_clock(clock ? clock : SystemClock::instance())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionManager::onTimer);
    // Timers do not know that time moved (a test, or a machine waking up): look again.
    connect(m_clock, &Clock::jumped, this, &SessionManager::onTimer);
    // Listening for resume and network changes loads plugins and talks to D-Bus: a few
    // milliseconds that need not delay the first window (nor a CLI command at all).
    QTimer::singleShot(SystemEventsDelayMs, this, [this] {
        auto *events = SystemEvents::instance();
        connect(events, &SystemEvents::resumed, this, &SessionManager::onTimer);
        connect(events, &SystemEvents::networkReachable, this, [this] {
            if (m_failures > 0)
                refresh();
        });
    });
}

SessionManager::~SessionManager() = default;

void SessionManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

StoredSession SessionManager::stored() const
{
    return {m_refreshJwt, m_sessionJwt, m_loginId, m_user};
}

StoreJob *SessionManager::tracked(StoreJob *job)
{
    ++m_pendingStoreJobs;
    connect(job, &StoreJob::finished, this, [this] {
        if (--m_pendingStoreJobs == 0)
            Q_EMIT storeSettled();
    });
    return job;
}

bool SessionManager::takeSessionToken(const QByteArray &sessionJwt)
{
    const auto jwt = Jwt::decode(sessionJwt);
    if (!jwt || jwt->claims().expiresAt <= 0)
        return false;
    m_sessionJwt = sessionJwt;
    m_sessionClaims = jwt->claims();
    return true;
}

void SessionManager::persistThen(std::function<void()> next)
{
    StoreJob *job = tracked(m_store->save(stored()));
    connect(job, &StoreJob::finished, this, [this, job, next = std::move(next)] {
        if (!job->isSuccess()) {
            m_persisted = false;
            if (!std::exchange(m_storageReported, true))
                Q_EMIT storageUnavailable(job->error());
        } else {
            m_persisted = true;
            m_storageReported = false;
        }
        next();
    });
}

void SessionManager::restore()
{
    setState(State::Restoring);
    StoreJob *job = m_store->load();
    connect(job, &StoreJob::finished, this, [this, job] {
        if (!job->isSuccess()) {
            m_persisted = false;
            m_storageReported = true;
            setState(State::SignedOut);
            Q_EMIT storageUnavailable(job->error());
            Q_EMIT restored(false);
            return;
        }
        const auto &session = job->session();
        const auto refreshToken = session ? Jwt::decode(session->refreshJwt) : Result<Jwt>(Error());
        if (!session || !refreshToken) {
            if (session) {
                qCWarning(lcSession) << "stored session unusable; removing it";
                (void)tracked(m_store->clear());
            }
            setState(State::SignedOut);
            Q_EMIT restored(false);
            return;
        }
        m_refreshJwt = session->refreshJwt;
        m_refreshExpiresAt = refreshToken->claims().expiresAt;
        m_loginId = session->loginId;
        m_user = session->user.value_or(User());
        if (m_user.userId.isEmpty())
            m_user.userId = refreshToken->claims().subject;
        m_lastLoginId = m_loginId;
        m_lastUserId = m_user.userId;

        const qint64 now = m_clock->nowSeconds();
        if (m_refreshExpiresAt <= now) {
            (void)tracked(m_store->clear());
            m_refreshJwt.clear();
            setState(State::SignedOut);
            Q_EMIT signedOut(EndReason::RefreshTokenExpired);
            Q_EMIT restored(false);
            return;
        }
        // Zero requests when the stored session token still verifies with the cached keys.
        const auto claims = m_verifier->verifyCached(session->sessionJwt, QStringLiteral("DS"));
        if (claims && claims->expiresAt > now + RefreshLeadSeconds / 2) {
            m_sessionJwt = session->sessionJwt;
            m_sessionClaims = claims.value();
            setState(State::SignedIn);
            schedule();
            Q_EMIT restored(true);
            Q_EMIT signedIn(m_user);
            return;
        }
        takeSessionToken(session->sessionJwt); // expired, but its claims still tell when
        setState(State::SignedIn);
        m_restorePending = true; // restored() follows the refresh (see onRefreshFinished)
        refresh();
    });
}

std::optional<Error> SessionManager::adopt(const AuthenticationResponse &response, const QString &loginId)
{
    if (!m_expectedUserId.isEmpty() && response.user.userId != m_expectedUserId) {
        // The prompt asked for the same person; revoke what we were handed and keep nothing.
        (void)m_client->logout(response.refreshJwt);
        return Error::invalidInput(Error::InputProblem::DifferentUser, QStringLiteral("a different user signed in"));
    }
    if (!Jwt::decode(response.refreshJwt) || !Jwt::decode(response.sessionJwt))
        return Error::invalidResponse(QStringLiteral("unreadable tokens in the verify reply"));

    ++m_generation; // a newer sign-in wins over one still being verified
    verifyTokens(response.sessionJwt, response.refreshJwt, [this, response, loginId](const VerifiedTokens &tokens) {
        Error error = tokens.error;
        if (!error.isError() && !response.user.userId.isEmpty() && response.user.userId != tokens.session.subject)
            error = Error::tokenInvalid(QStringLiteral("the user record and the session token name different users"));
        if (error.isError()) {
            qCWarning(lcSession) << "refused a sign-in whose tokens did not verify:" << error.kind() << error.detail();
            Q_EMIT adoptionFailed(error);
            return;
        }
        takeVerified(response, loginId, tokens.session, tokens.refresh);
    });
    return std::nullopt;
}

void SessionManager::verifyTokens(const QByteArray &sessionJwt, const QByteArray &refreshJwt,
                                  std::function<void(const VerifiedTokens &)> then)
{
    auto result = std::make_shared<VerifiedTokens>();
    auto pending = std::make_shared<int>(refreshJwt.isEmpty() ? 1 : 2);
    const quint64 generation = m_generation;
    auto done = [this, result, pending, generation, then = std::move(then)] {
        if (--*pending > 0 || generation != m_generation)
            return;
        if (!result->error.isError() && !result->refresh.subject.isEmpty()
            && result->refresh.subject != result->session.subject)
            result->error = Error::tokenInvalid(QStringLiteral("the session and refresh tokens name different users"));
        then(*result);
    };
    const auto start = [this, result, done](const QByteArray &token, const QString &drn, Claims VerifiedTokens::*claims) {
        VerifyJob *job = m_verifier->verify(token, drn);
        connect(job, &VerifyJob::finished, this, [job, result, done, claims] {
            if (job->isSuccess())
                (*result).*claims = job->claims();
            else if (!result->error.isError())
                result->error = job->error();
            done();
        });
    };
    start(sessionJwt, QStringLiteral("DS"), &VerifiedTokens::session);
    if (!refreshJwt.isEmpty())
        start(refreshJwt, QStringLiteral("DSR"), &VerifiedTokens::refresh);
}

void SessionManager::takeVerified(const AuthenticationResponse &response, const QString &loginId,
                                  const Claims &session, const Claims &refresh)
{
    ++m_generation; // a refresh verified meanwhile must not overwrite this session
    if (m_refreshReply)
        m_refreshReply->cancel();
    m_expectedUserId.clear();
    m_sessionJwt = response.sessionJwt;
    m_sessionClaims = session;
    m_refreshJwt = response.refreshJwt;
    m_refreshExpiresAt = refresh.expiresAt;
    m_loginId = loginId;
    const bool userChangedNow = m_user != response.user;
    m_user = response.user;
    m_lastLoginId = loginId;
    m_lastUserId = m_user.userId;
    m_failures = 0;
    const bool wasSignedIn = isSignedIn();
    persistThen([this, wasSignedIn, userChangedNow] {
        setState(State::SignedIn);
        schedule();
        if (!wasSignedIn)
            Q_EMIT signedIn(m_user);
        else
            Q_EMIT refreshed();
        if (wasSignedIn && userChangedNow)
            Q_EMIT userChanged(m_user);
    });
}

void SessionManager::schedule()
{
    if (!isSignedIn())
        return;
    const qint64 lifetime = m_sessionClaims.expiresAt - m_sessionClaims.issuedAt;
    // About a minute before exp; for short lifetimes, at 80 % of the lifetime.
    const qint64 lead = lifetime > 0 ? qMin(RefreshLeadSeconds, lifetime / 5) : RefreshLeadSeconds;
    scheduleAt((m_sessionClaims.expiresAt - lead) * 1000);
}

void SessionManager::scheduleAt(qint64 dueMs)
{
    m_nextCheckAtMs = dueMs;
    const qint64 delay = qBound<qint64>(0, dueMs - m_clock->nowMs(), MaxTimerMs);
    m_timer.start(int(delay));
}

void SessionManager::onTimer()
{
    if (!isSignedIn() || m_nextCheckAtMs == 0)
        return;
    if (m_clock->nowMs() < m_nextCheckAtMs) {
        scheduleAt(m_nextCheckAtMs); // woke early (long waits are chunked) or the clock jumped back
        return;
    }
    refresh();
}

void SessionManager::refresh()
{
    if (!isSignedIn() || m_state == State::Refreshing)
        return; // one refresh at a time; its result is everyone's
    if (m_refreshExpiresAt <= m_clock->nowSeconds()) {
        end(EndReason::RefreshTokenExpired,
            Error::tokenInvalid(QStringLiteral("the refresh token expired")));
        return;
    }
    m_timer.stop();
    m_nextCheckAtMs = 0;
    setState(State::Refreshing);
    m_refreshReply = m_client->refresh(m_refreshJwt);
    connect(m_refreshReply, &Reply::finished, this, &SessionManager::onRefreshFinished);
}

void SessionManager::onRefreshFinished()
{
    AuthenticationReply *reply = m_refreshReply;
    m_refreshReply.clear();
    if (!reply)
        return;
    if (reply->isSuccess()) {
        const AuthenticationResponse response = reply->authentication();
        verifyTokens(response.sessionJwt, response.refreshJwt, [this, response](const VerifiedTokens &tokens) {
            onRefreshVerified(response, tokens);
        });
        return;
    }

    const Error error = reply->error();
    if (error.kind() == Error::Kind::Cancelled)
        return; // whoever cancelled it (a sign-in, a sign-out) sets the state
    if (!error.endsSession()) { // the one rule: only Descope's own refusal ends a session
        retryLater(error);
        return;
    }
    Q_EMIT refreshFailed(error, true);
    end(EndReason::Revoked, error);
}

void SessionManager::onRefreshVerified(const AuthenticationResponse &response, const VerifiedTokens &tokens)
{
    Error error = tokens.error;
    if (!error.isError() && !m_user.userId.isEmpty() && tokens.session.subject != m_user.userId)
        error = Error::tokenInvalid(QStringLiteral("the refreshed session names another user"));
    if (error.isError()) {
        // Not Descope's word on our token: keep the session we have and try again later.
        qCWarning(lcSession) << "kept the session; the refresh reply did not verify:" << error.kind() << error.detail();
        retryLater(error);
        return;
    }
    m_sessionJwt = response.sessionJwt;
    m_sessionClaims = tokens.session;
    if (!response.refreshJwt.isEmpty()) { // rotation; an empty one means "keep yours"
        m_refreshJwt = response.refreshJwt;
        m_refreshExpiresAt = tokens.refresh.expiresAt;
    }
    const bool userChangedNow = response.hasUser && !response.user.userId.isEmpty() && response.user != m_user;
    if (userChangedNow)
        m_user = response.user;
    m_failures = 0;
    persistThen([this, userChangedNow] {
        setState(State::SignedIn);
        schedule();
        const bool wasRestoring = std::exchange(m_restorePending, false);
        if (wasRestoring) {
            Q_EMIT restored(true);
            Q_EMIT signedIn(m_user);
        } else {
            Q_EMIT refreshed();
            if (userChangedNow)
                Q_EMIT userChanged(m_user);
        }
    });
}

void SessionManager::retryLater(const Error &error)
{
    ++m_failures;
    qint64 delay = qMin(MaxRetrySeconds, FirstRetrySeconds << qMin(m_failures - 1, 10));
    if (error.retryAfterSeconds() > delay)
        delay = error.retryAfterSeconds();
    setState(State::SignedIn);
    scheduleAt(m_clock->nowMs() + delay * 1000);
    if (std::exchange(m_restorePending, false))
        Q_EMIT restored(true); // signed in, offline: the session is kept and retried
    Q_EMIT refreshFailed(error, false);
    Q_EMIT sessionExpiring(int(qMax<qint64>(0, m_sessionClaims.expiresAt - m_clock->nowSeconds())));
}

void SessionManager::end(EndReason reason, const Error &error)
{
    ++m_generation;
    m_timer.stop();
    m_nextCheckAtMs = 0;
    m_sessionJwt.clear();
    m_refreshJwt.clear();
    m_sessionClaims = {};
    m_refreshExpiresAt = 0;
    m_failures = 0;
    (void)tracked(m_store->clear());
    setState(State::SignedOut);
    if (std::exchange(m_restorePending, false))
        Q_EMIT restored(false);
    Q_EMIT reauthenticationRequired(error);
    Q_EMIT signedOut(reason);
}

void SessionManager::refreshUser()
{
    if (!isSignedIn())
        return;
    UserReply *reply = m_client->me(m_refreshJwt);
    connect(reply, &Reply::finished, this, [this, reply] {
        if (!reply->isSuccess() || !isSignedIn() || reply->user() == m_user)
            return;
        m_user = reply->user();
        persistThen([this] { Q_EMIT userChanged(m_user); });
    });
}

void SessionManager::signOut()
{
    signOutWith(false);
}

void SessionManager::signOutEverywhere()
{
    signOutWith(true);
}

void SessionManager::signOutWith(bool everywhere)
{
    const QByteArray refreshJwt = std::exchange(m_refreshJwt, {});
    ++m_generation;
    if (m_refreshReply)
        m_refreshReply->cancel();
    m_timer.stop();
    m_nextCheckAtMs = 0;
    m_sessionJwt.clear();
    m_sessionClaims = {};
    m_user = {};
    m_loginId.clear();
    m_lastLoginId.clear();
    m_lastUserId.clear();
    m_expectedUserId.clear();
    m_failures = 0;
    setState(State::SignedOut);

    // Local state goes first and whatever the server says: the store is cleared even
    // when Descope cannot be reached. signOutCompleted() follows both.
    auto pending = std::make_shared<int>(1);
    auto serverError = std::make_shared<Error>();
    auto done = [this, pending, serverError] {
        if (--*pending == 0)
            Q_EMIT signOutCompleted(*serverError);
    };
    StoreJob *clear = tracked(m_store->clear());
    connect(clear, &StoreJob::finished, this, done);
    if (!refreshJwt.isEmpty()) {
        ++*pending;
        EmptyReply *reply = everywhere ? m_client->logoutAll(refreshJwt) : m_client->logout(refreshJwt);
        connect(reply, &Reply::finished, this, [reply, serverError, done] {
            if (!reply->isSuccess()) {
                qCInfo(lcSession) << "server sign-out failed:" << reply->error().kind() << reply->error().code();
                *serverError = reply->error();
            }
            done();
        });
    }
    Q_EMIT signedOut(everywhere ? EndReason::SignedOutEverywhere : EndReason::SignedOutByUser);
}

std::optional<Error> SessionManager::reauthenticate(const QString &loginId)
{
    if (!m_lastLoginId.isEmpty() && loginId.compare(m_lastLoginId, Qt::CaseInsensitive) != 0)
        return Error::invalidInput(Error::InputProblem::DifferentUser, QStringLiteral("another login id"));
    m_expectedUserId = m_lastUserId;
    return std::nullopt;
}

void SessionManager::abandonReauthentication()
{
    m_expectedUserId.clear();
}

void whenAdopted(SessionManager *session, QObject *context, std::function<void(const Error &error)> then)
{
    // One outcome only: the first of the three signals disconnects all of them.
    auto guard = new QObject(context);
    auto once = [guard, then = std::move(then)](const Error &error) {
        guard->deleteLater();
        guard->disconnect();
        then(error);
    };
    QObject::connect(session, &SessionManager::signedIn, guard, [once] { once(Error()); });
    QObject::connect(session, &SessionManager::refreshed, guard, [once] { once(Error()); });
    QObject::connect(session, &SessionManager::adoptionFailed, guard, once);
}

} // namespace Descope
