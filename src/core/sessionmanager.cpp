// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "sessionmanager_p.h"

#include "logging_p.h"
#include "sessionsync_p.h"
#include "systemevents_p.h"
#include "clock.h"
#include "tokenverifier.h"

#include <array>

namespace Descope {

namespace {

constexpr qint64 RefreshLeadSeconds = 60;
constexpr qint64 FirstRetrySeconds = 5;
constexpr qint64 MaxRetrySeconds = 300;
/// QTimer takes an int: wake at least this often and look at the wall clock again.
constexpr qint64 MaxTimerMs = 6LL * 3600 * 1000;
constexpr int SystemEventsDelayMs = 1500;

/// When the refresh token ends (docs/wire-protocol.md §7.1): its own exp, or the session
/// token's rexp when that comes first. Both are Descope's word, and a refresh after either
/// is refused: the earlier one ends the session on the local clock instead of with a
/// doomed request, and never keeps one Descope has ended; a later rexp cannot outlive the
/// token, whose exp Descope checks. A rexp from before the session token was issued is a
/// mistake, not an expiry: ignored, as is one that could not be read (0).
qint64 refreshEnd(const Claims &session, qint64 refreshTokenExp)
{
    const qint64 rexp = session.refreshExpiresAt;
    if (rexp <= 0 || rexp <= session.issuedAt)
        return refreshTokenExp;
    return refreshTokenExp > 0 ? qMin(rexp, refreshTokenExp) : rexp;
}

} // namespace

SessionManagerPrivate::SessionManagerPrivate(SessionManager *q, Client *client, TokenStore *store,
                                             TokenVerifier *verifier, Clock *clock)
    : q(q)
    , m_client(client)
    , m_store(store)
    , m_verifier(verifier)
    , m_clock(clock ? clock : SystemClock::instance())
{
}

SessionManager::SessionManager(Client *client, TokenStore *store, TokenVerifier *verifier, Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , d_ptr(std::make_unique<SessionManagerPrivate>(this, client, store, verifier, clock))
{
    Q_D(SessionManager);
    d->m_timer.setSingleShot(true);
    d->m_timer.setTimerType(Qt::CoarseTimer);
    connect(&d->m_timer, &QTimer::timeout, this, [d] { d->onTimer(); });
    // Timers do not know that time moved (a test, or a machine waking up): look again.
    connect(d->m_clock, &Clock::jumped, this, [d] { d->onTimer(); });
    if (SessionSync *sync = d->m_store->sync())
        connect(sync, &SessionSync::changedElsewhere, this, [d] { d->onStoreChangedElsewhere(); });
    // Listening for resume and network changes loads plugins and talks to D-Bus: a few
    // milliseconds that need not delay the first window (nor a CLI command at all).
    QTimer::singleShot(SystemEventsDelayMs, this, [this, d] {
        auto *events = SystemEvents::instance();
        connect(events, &SystemEvents::resumed, this, [d] { d->onTimer(); });
        connect(events, &SystemEvents::networkReachable, this, [d] {
            if (d->m_failures > 0)
                d->refresh();
        });
    });
}

SessionManager::~SessionManager() = default;

void SessionManagerPrivate::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT q->stateChanged(state);
}

StoredSession SessionManagerPrivate::stored() const
{
    return {m_refreshJwt, m_sessionJwt, m_loginId, m_user, m_verifiedAt};
}

StoreJob *SessionManagerPrivate::tracked(StoreJob *job)
{
    ++m_pendingStoreJobs;
    // Settled only after the job's own handlers ran (connected after this one): they may
    // start the next store step, which a program about to exit must wait for too.
    QObject::connect(job, &StoreJob::finished, q, [this] {
        QMetaObject::invokeMethod(q, [this] { settleStoreWork(); }, Qt::QueuedConnection);
    });
    return job;
}

void SessionManagerPrivate::settleStoreWork()
{
    if (--m_pendingStoreJobs == 0)
        Q_EMIT q->storeSettled();
}

void SessionManagerPrivate::withStoreLock(std::function<void(quint64 section, bool owner)> critical)
{
    SessionSync *sync = m_store->sync();
    if (!sync)
        return critical(0, false);
    if (m_section != 0)
        return critical(m_section, false); // already inside a section of ours
    ++m_pendingStoreJobs; // waiting for the lock counts: a CLI must not exit meanwhile
    sync->lock(q, [this, sync, critical = std::move(critical)](bool acquired) {
        if (!acquired)
            qCWarning(lcSession) << "another process held the session lock too long; going on without it";
        // Without the lock while a live process holds it (not merely without a lock folder),
        // that process may be spending our rotating token right now.
        m_sectionWithoutLock = !acquired && !sync->directory().isEmpty();
        m_section = ++m_lastSection;
        critical(m_section, true);
        settleStoreWork();
    });
}

void SessionManagerPrivate::releaseStoreLock(quint64 section)
{
    if (section == 0 || section != m_section)
        return;
    m_section = 0;
    if (SessionSync *sync = m_store->sync(); sync && sync->isLocked())
        sync->unlock();
    if (std::exchange(m_storeChangedMeanwhile, false))
        QTimer::singleShot(0, q, [this] { onStoreChangedElsewhere(); });
}

bool SessionManagerPrivate::takeSessionToken(const QByteArray &sessionJwt)
{
    const auto jwt = Jwt::decode(sessionJwt);
    if (!jwt || jwt->claims().expiresAt <= 0)
        return false;
    m_sessionJwt = sessionJwt;
    m_sessionClaims = jwt->claims();
    return true;
}

void SessionManagerPrivate::persistThen(std::function<void()> next)
{
    const quint64 generation = m_generation;
    withStoreLock([this, generation, next = std::move(next)](quint64 section, bool owner) {
        if (generation != m_generation) // signed out (or in again) while waiting for the lock
            return releaseStoreLock(owner ? section : 0);
        StoreJob *job = tracked(m_store->save(stored()));
        QObject::connect(job, &StoreJob::finished, q, [this, job, next, section, owner] {
            if (!job->isSuccess()) {
                m_persisted = false;
                if (!std::exchange(m_storageReported, true))
                    Q_EMIT q->storageUnavailable(job->error());
            } else {
                m_persisted = true;
                m_storageReported = false;
            }
            if (owner)
                releaseStoreLock(section);
            next();
        });
    });
}

bool SessionManagerPrivate::applyStored(const StoredSession &session, const Jwt &refreshToken)
{
    m_refreshJwt = session.refreshJwt;
    m_refreshExpiresAt = refreshToken.claims().expiresAt;
    m_loginId = session.loginId;
    m_verifiedAt = session.verifiedAt;
    m_user = session.user.value_or(User());
    if (m_user.userId.isEmpty())
        m_user.userId = refreshToken.claims().subject;
    m_lastLoginId = m_loginId;
    m_lastUserId = m_user.userId;
    m_failures = 0;
    // Zero requests when the stored session token still verifies with the cached keys.
    const auto claims = m_verifier->verifyCached(session.sessionJwt, QStringLiteral("DS"));
    if (claims && claims->expiresAt > m_clock->nowSeconds() + RefreshLeadSeconds / 2) {
        m_sessionJwt = session.sessionJwt;
        m_sessionClaims = claims.value();
        m_refreshExpiresAt = refreshEnd(m_sessionClaims, refreshToken.claims().expiresAt);
        return true;
    }
    if (takeSessionToken(session.sessionJwt)) // expired, but its claims still tell when (and rexp)
        m_refreshExpiresAt = refreshEnd(m_sessionClaims, refreshToken.claims().expiresAt);
    return false;
}

SessionManagerPrivate::StoredOutcome SessionManagerPrivate::takeStoredSession(const std::optional<StoredSession> &session)
{
    if (!session) {
        if (!isSignedIn() || !m_persisted)
            return StoredOutcome::Same; // nothing there is what we expect
        qCInfo(lcSession) << "the stored session was removed by another process: signed out";
        endLocally(Forget::Person);
        if (std::exchange(m_restorePending, false))
            Q_EMIT q->restored(false);
        Q_EMIT q->signedOut(EndReason::SignedOutElsewhere);
        return StoredOutcome::Gone;
    }
    if (session->refreshJwt == m_refreshJwt) {
        // Not expected (a verification issues a new refresh token), but a later code
        // verification stored with the same token still counts.
        if (isSignedIn())
            m_verifiedAt = qMax(m_verifiedAt, session->verifiedAt);
        if (isSignedIn() && session->user && *session->user != m_user && session->user->userId == m_user.userId) {
            m_user = *session->user; // another process asked Descope for the user record again
            Q_EMIT q->userChanged(m_user);
        }
        return StoredOutcome::Same;
    }
    const auto refreshToken = Jwt::decode(session->refreshJwt);
    if (!refreshToken || refreshToken->claims().expiresAt <= m_clock->nowSeconds())
        return StoredOutcome::Same; // nothing better than what we have
    const bool wasSignedIn = isSignedIn();
    const QString previousUserId = m_user.userId;
    const User previousUser = m_user;
    qCInfo(lcSession) << "took the session another process stored";
    const bool fresh = applyStored(*session, *refreshToken);
    m_expectedUserId.clear();
    m_persisted = true;
    if (m_state != State::Refreshing)
        setState(State::SignedIn);
    if (!wasSignedIn || previousUserId != m_user.userId) {
        Q_EMIT q->signedIn(m_user);
    } else if (previousUser != m_user) {
        Q_EMIT q->userChanged(m_user);
    }
    return fresh ? StoredOutcome::Fresh : StoredOutcome::Stale;
}

bool SessionManagerPrivate::deferStoreChange()
{
    // Restoring, refreshing or inside a locked section: that step reads the store itself,
    // or the change is looked at once it is done (releaseStoreLock()).
    if (m_state != State::Restoring && m_state != State::Refreshing && m_section == 0)
        return false;
    m_storeChangedMeanwhile = true;
    return true;
}

void SessionManagerPrivate::onStoreChangedElsewhere()
{
    if (deferStoreChange())
        return;
    const quint64 generation = m_generation;
    StoreJob *job = m_store->load();
    QObject::connect(job, &StoreJob::finished, q, [this, job, generation] {
        if (generation != m_generation || !job->isSuccess() || deferStoreChange())
            return;
        switch (takeStoredSession(job->session())) {
        case StoredOutcome::Fresh:
            refreshedElsewhere();
            break;
        case StoredOutcome::Stale:
            refresh();
            break;
        case StoredOutcome::Same:
        case StoredOutcome::Gone:
            break;
        }
    });
}

void SessionManagerPrivate::restore()
{
    setState(State::Restoring);
    StoreJob *job = m_store->load();
    QObject::connect(job, &StoreJob::finished, q, [this, job] {
        if (!job->isSuccess()) {
            m_persisted = false;
            m_storageReported = true;
            setState(State::SignedOut);
            Q_EMIT q->storageUnavailable(job->error());
            Q_EMIT q->restored(false);
            return;
        }
        const auto &session = job->session();
        const auto refreshToken = session ? Jwt::decode(session->refreshJwt) : Result<Jwt>(Error());
        if (!session) {
            setState(State::SignedOut);
            Q_EMIT q->restored(false);
            return;
        }
        if (!refreshToken) {
            // An entry we wrote whose token cannot be read (damaged, or from a future
            // version): a session that ended, as for an expired one, and no prompt.
            qCWarning(lcSession) << "stored session unusable; removing it";
            clearStore();
            setState(State::SignedOut);
            Q_EMIT q->signedOut(EndReason::StoredSessionUnusable);
            Q_EMIT q->restored(false);
            return;
        }
        const bool fresh = applyStored(*session, *refreshToken);
        if (m_refreshExpiresAt <= m_clock->nowSeconds()) {
            m_refreshJwt.clear();
            clearStore();
            setState(State::SignedOut);
            Q_EMIT q->signedOut(EndReason::RefreshTokenExpired);
            Q_EMIT q->restored(false);
            return;
        }
        if (fresh) {
            setState(State::SignedIn);
            schedule();
            Q_EMIT q->restored(true);
            Q_EMIT q->signedIn(m_user);
            return;
        }
        setState(State::SignedIn);
        m_restorePending = true; // restored() follows the refresh (see onRefreshFinished)
        refresh();
    });
}

std::optional<Error> SessionManagerPrivate::adopt(const AuthenticationResponse &response, const QString &loginId)
{
    if (!m_expectedUserId.isEmpty() && response.user.userId != m_expectedUserId) {
        // The prompt asked for the same person; revoke what we were handed and keep nothing.
        (void)m_client->logout(response.refreshJwt);
        return Error::invalidInput(Error::InputProblem::DifferentUser, QStringLiteral("a different user signed in"));
    }
    if (!Jwt::decode(response.refreshJwt) || !Jwt::decode(response.sessionJwt))
        return Error::invalidResponse(QStringLiteral("unreadable tokens in the verify reply"));

    const quint64 adoption = ++m_adoptions; // a newer sign-in wins over one still being verified
    verifyTokens(response.sessionJwt, response.refreshJwt, [this, adoption, response, loginId](const VerifiedTokens &tokens) {
        if (adoption != m_adoptions)
            return;
        Error error = tokens.error;
        if (!error.isError() && !response.user.userId.isEmpty() && response.user.userId != tokens.session.subject)
            error = Error::tokenInvalid(QStringLiteral("the user record and the session token name different users"));
        if (error.isError()) {
            qCWarning(lcSession) << "refused a sign-in whose tokens did not verify:" << error.kind() << error.detail();
            Q_EMIT q->adoptionFailed(error);
            return;
        }
        takeVerified(response, loginId, tokens.session, tokens.refresh);
    });
    return std::nullopt;
}

void SessionManagerPrivate::verifyTokens(const QByteArray &sessionJwt, const QByteArray &refreshJwt,
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
        QObject::connect(job, &VerifyJob::finished, q, [job, result, done, claims] {
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

void SessionManagerPrivate::takeVerified(const AuthenticationResponse &response, const QString &loginId,
                                  const Claims &session, const Claims &refresh)
{
    ++m_generation; // a refresh verified meanwhile must not overwrite this session
    if (m_refreshReply)
        m_refreshReply->cancel();
    endRefreshSection();
    m_expectedUserId.clear();
    if (isSignedIn() && !m_refreshJwt.isEmpty() && m_user.userId != session.subject) {
        // Another person signs in over this session (descope-otp verify, say): end the
        // replaced one at Descope too, rather than leave it live and forgotten.
        (void)m_client->logout(m_refreshJwt);
    }
    m_sessionJwt = response.sessionJwt;
    m_sessionClaims = session;
    m_refreshJwt = response.refreshJwt;
    m_refreshExpiresAt = refreshEnd(session, refresh.expiresAt);
    m_loginId = loginId;
    m_verifiedAt = m_clock->nowSeconds(); // adopt() is only handed what a code verification returned
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
            Q_EMIT q->signedIn(m_user);
        else
            Q_EMIT q->refreshed();
        if (wasSignedIn && userChangedNow)
            Q_EMIT q->userChanged(m_user);
    });
}

void SessionManagerPrivate::schedule()
{
    if (!isSignedIn())
        return;
    const qint64 lifetime = m_sessionClaims.expiresAt - m_sessionClaims.issuedAt;
    // About a minute before exp; for short lifetimes, at 80 % of the lifetime.
    const qint64 lead = lifetime > 0 ? qMin(RefreshLeadSeconds, lifetime / 5) : RefreshLeadSeconds;
    scheduleAt((m_sessionClaims.expiresAt - lead) * 1000);
}

void SessionManagerPrivate::scheduleAt(qint64 dueMs)
{
    m_nextCheckAtMs = dueMs;
    const qint64 delay = qBound<qint64>(0, dueMs - m_clock->nowMs(), MaxTimerMs);
    m_timer.start(int(delay));
}

void SessionManagerPrivate::onTimer()
{
    if (!isSignedIn() || m_nextCheckAtMs == 0)
        return;
    if (m_clock->nowMs() < m_nextCheckAtMs) {
        scheduleAt(m_nextCheckAtMs); // woke early (long waits are chunked) or the clock jumped back
        return;
    }
    refresh();
}

void SessionManagerPrivate::refresh()
{
    if (!isSignedIn() || m_state == State::Refreshing)
        return; // one refresh at a time; its result is everyone's
    if (m_refreshExpiresAt <= m_clock->nowSeconds()) {
        end(EndReason::RefreshTokenExpired, Error::tokenInvalid(QStringLiteral("the refresh token expired")));
        return;
    }
    m_timer.stop();
    m_nextCheckAtMs = 0;
    setState(State::Refreshing);
    // Under the cross-process lock from here until the outcome is stored: two processes
    // sharing a rotating refresh token must not both spend it.
    const quint64 generation = m_generation;
    withStoreLock([this, generation](quint64 section, bool owner) {
        m_refreshSection = owner ? section : 0;
        if (generation != m_generation)
            return endRefreshSection();
        if (!m_store->sync())
            return sendRefresh();
        // Another process may have refreshed (or signed out) since we last looked.
        rereadStore([this](StoredOutcome outcome) {
            switch (outcome) {
            case StoredOutcome::Fresh:
                return refreshedElsewhere();
            case StoredOutcome::Gone:
                return endRefreshSection();
            case StoredOutcome::Same:
            case StoredOutcome::Stale:
                return sendRefresh();
            }
        });
    });
}

void SessionManagerPrivate::rereadStore(std::function<void(StoredOutcome)> then)
{
    const quint64 generation = m_generation;
    StoreJob *job = tracked(m_store->load());
    QObject::connect(job, &StoreJob::finished, q, [this, job, generation, then = std::move(then)] {
        if (generation != m_generation)
            return;
        // A keychain that cannot be read now changes nothing: go on with what we have.
        then(job->isSuccess() ? takeStoredSession(job->session()) : StoredOutcome::Same);
    });
}

void SessionManagerPrivate::sendRefresh()
{
    m_refreshReply = m_client->refresh(m_refreshJwt);
    QObject::connect(m_refreshReply, &Reply::finished, q, [this] { onRefreshFinished(); });
}

void SessionManagerPrivate::endRefreshSection()
{
    releaseStoreLock(std::exchange(m_refreshSection, 0));
}

void SessionManagerPrivate::refreshedElsewhere()
{
    setState(State::SignedIn);
    schedule();
    endRefreshSection();
    if (std::exchange(m_restorePending, false)) { // a launch's refresh, done by someone else
        Q_EMIT q->restored(true);
        Q_EMIT q->signedIn(m_user);
        return;
    }
    Q_EMIT q->refreshed();
}

void SessionManagerPrivate::onRefreshFinished()
{
    AuthenticationReply *reply = m_refreshReply;
    m_refreshReply.clear();
    if (!reply)
        return;
    if (reply->isSuccess()) {
        const AuthenticationResponse response = reply->value();
        verifyTokens(response.sessionJwt, response.refreshJwt, [this, response](const VerifiedTokens &tokens) {
            onRefreshVerified(response, tokens);
        });
        return;
    }

    const Error error = reply->error();
    if (error.kind() == Error::Kind::Cancelled)
        return endRefreshSection(); // whoever cancelled it (a sign-in, a sign-out) sets the state
    if (!error.endsSession()) { // the one rule: only Descope's own refusal ends a session
        retryLater(error);
        return;
    }
    if (!m_store->sync())
        return refusedBy(error);
    if (m_refreshSection != 0 && m_sectionWithoutLock) {
        // Sent without the lock another process still holds (stopped, or very slow): its
        // refresh may have spent this token a moment ago. Not a verdict; ask again later.
        qCWarning(lcSession) << "a refusal received without the session lock is not trusted; retrying";
        return retryLater(Error(Error::Kind::Timeout, QStringLiteral("another process held the session lock")));
    }
    // Refused: unless the store now holds another token (a process that did not wait for
    // the lock refreshed meanwhile), the session is over.
    rereadStore([this, error](StoredOutcome outcome) {
        switch (outcome) {
        case StoredOutcome::Same:
            return refusedBy(error);
        case StoredOutcome::Fresh:
            return refreshedElsewhere();
        case StoredOutcome::Stale:
            setState(State::SignedIn);
            endRefreshSection();
            scheduleAt(m_clock->nowMs()); // try the token we were handed
            return;
        case StoredOutcome::Gone:
            return endRefreshSection();
        }
    });
}

void SessionManagerPrivate::reportRefusal(const Error &error)
{
    // Unlike a refresh, these requests carry more than the token: a 400 refuses what they
    // asked (an address that belongs to another account), and Descope refuses a token with
    // 401 or 403.
    if (!isSignedIn() || m_state == State::Refreshing || !error.endsSession() || error.httpStatus() == 400)
        return;
    if (!m_store->sync())
        return refusedBy(error);
    // As for a refused refresh: another process may hold a newer token by now.
    rereadStore([this, error](StoredOutcome outcome) {
        switch (outcome) {
        case StoredOutcome::Same:
            return refusedBy(error);
        case StoredOutcome::Fresh:
        case StoredOutcome::Stale:
            return refresh();
        case StoredOutcome::Gone:
            return;
        }
    });
}

void SessionManagerPrivate::refusedBy(const Error &error)
{
    Q_EMIT q->refreshFailed(error, SessionManager::RefreshFailure::SessionEnded);
    end(EndReason::Revoked, error);
}

void SessionManagerPrivate::onRefreshVerified(const AuthenticationResponse &response, const VerifiedTokens &tokens)
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
    if (!response.refreshJwt.isEmpty()) // rotation; an empty one means "keep yours"
        m_refreshJwt = response.refreshJwt;
    const auto keptRefresh = Jwt::decode(m_refreshJwt); // its exp, read when it was taken
    m_refreshExpiresAt = refreshEnd(tokens.session, !response.refreshJwt.isEmpty() ? tokens.refresh.expiresAt
                                                    : keptRefresh ? keptRefresh->claims().expiresAt
                                                                  : m_refreshExpiresAt);
    const bool userChangedNow = response.hasUser && !response.user.userId.isEmpty() && response.user != m_user;
    if (userChangedNow)
        m_user = response.user;
    m_failures = 0;
    persistThen([this, userChangedNow] {
        endRefreshSection();
        setState(State::SignedIn);
        schedule();
        const bool wasRestoring = std::exchange(m_restorePending, false);
        if (wasRestoring) {
            Q_EMIT q->restored(true);
            Q_EMIT q->signedIn(m_user);
        } else {
            Q_EMIT q->refreshed();
            if (userChangedNow)
                Q_EMIT q->userChanged(m_user);
        }
    });
}

void SessionManagerPrivate::retryLater(const Error &error)
{
    endRefreshSection();
    ++m_failures;
    qint64 delay = qMin(MaxRetrySeconds, FirstRetrySeconds << qMin(m_failures - 1, 10));
    if (error.retryAfterSeconds() > delay)
        delay = error.retryAfterSeconds();
    setState(State::SignedIn);
    qint64 dueMs = m_clock->nowMs() + delay * 1000;
    if (m_refreshExpiresAt > 0) // its end is noticed when it comes, not a backoff later
        dueMs = qMin(dueMs, m_refreshExpiresAt * 1000);
    scheduleAt(dueMs);
    if (std::exchange(m_restorePending, false))
        Q_EMIT q->restored(true); // signed in, offline: the session is kept and retried
    Q_EMIT q->refreshFailed(error, SessionManager::RefreshFailure::WillRetry);
    Q_EMIT q->sessionExpiring(int(qMax<qint64>(0, m_sessionClaims.expiresAt - m_clock->nowSeconds())));
}

void SessionManagerPrivate::end(EndReason reason, const Error &error)
{
    clearStore();
    endLocally(Forget::SessionOnly);
    if (std::exchange(m_restorePending, false))
        Q_EMIT q->restored(false);
    Q_EMIT q->reauthenticationRequired(error);
    Q_EMIT q->signedOut(reason);
}

void SessionManagerPrivate::endLocally(Forget forget)
{
    endRefreshSection();
    ++m_generation; // nothing still in flight for this session may touch it
    m_timer.stop();
    m_nextCheckAtMs = 0;
    m_sessionJwt.clear();
    m_refreshJwt.clear();
    m_sessionClaims = {};
    m_refreshExpiresAt = 0;
    m_verifiedAt = 0;
    m_failures = 0;
    if (forget == Forget::Person) {
        m_user = {};
        m_loginId.clear();
        m_lastLoginId.clear();
        m_lastUserId.clear();
        m_expectedUserId.clear();
    }
    setState(State::SignedOut);
}

void SessionManagerPrivate::clearStore(std::function<void()> done)
{
    // Inside the refresh's section when there is one (it ends with the clear), else in a
    // section of its own; either way the lock is released once the entry is gone.
    const quint64 refreshSection = std::exchange(m_refreshSection, 0);
    withStoreLock([this, refreshSection, done = std::move(done)](quint64 section, bool owner) {
        StoreJob *clear = tracked(m_store->clear());
        const quint64 toRelease = owner ? section : refreshSection;
        QObject::connect(clear, &StoreJob::finished, q, [this, clear, toRelease, done] {
            if (!clear->isSuccess() && !std::exchange(m_storageReported, true))
                Q_EMIT q->storageUnavailable(clear->error());
            releaseStoreLock(toRelease);
            if (done)
                done();
        });
    });
}

void SessionManagerPrivate::refreshUser()
{
    if (!isSignedIn())
        return;
    UserReply *reply = m_client->me(m_refreshJwt);
    QObject::connect(reply, &Reply::finished, q, [this, reply] {
        if (!reply->isSuccess())
            return reportRefusal(reply->error());
        if (!isSignedIn() || reply->value() == m_user)
            return;
        m_user = reply->value();
        persistThen([this] { Q_EMIT q->userChanged(m_user); });
    });
}

void SessionManagerPrivate::signOut(SessionManager::SignOutScope scope)
{
    const bool everywhere = scope == SessionManager::SignOutScope::AllDevices;
    const QByteArray refreshJwt = m_refreshJwt;
    if (m_refreshReply)
        m_refreshReply->cancel();
    endLocally(Forget::Person);

    // Local state goes first and whatever the server says: the store is cleared even
    // when Descope cannot be reached. signOutCompleted() follows both.
    auto pending = std::make_shared<int>(1);
    auto serverError = std::make_shared<Error>();
    auto done = [this, pending, serverError] {
        if (--*pending == 0)
            Q_EMIT q->signOutCompleted(*serverError);
    };
    clearStore(done);
    if (!refreshJwt.isEmpty()) {
        ++*pending;
        EmptyReply *reply = everywhere ? m_client->logoutAll(refreshJwt) : m_client->logout(refreshJwt);
        QObject::connect(reply, &Reply::finished, q, [reply, serverError, done] {
            // Descope refusing the token means it is already signed out there: that is done.
            if (!reply->isSuccess() && !reply->error().endsSession()) {
                qCInfo(lcSession) << "server sign-out failed:" << reply->error().kind() << reply->error().code();
                *serverError = reply->error();
            }
            done();
        });
    }
    Q_EMIT q->signedOut(everywhere ? EndReason::SignedOutEverywhere : EndReason::SignedOutByUser);
}

std::optional<Error> SessionManagerPrivate::reauthenticate(const QString &loginId)
{
    if (!m_lastLoginId.isEmpty() && loginId.compare(m_lastLoginId, Qt::CaseInsensitive) != 0)
        return Error::invalidInput(Error::InputProblem::DifferentUser, QStringLiteral("another login id"));
    m_expectedUserId = m_lastUserId;
    return std::nullopt;
}

void SessionManagerPrivate::abandonReauthentication()
{
    m_expectedUserId.clear();
}

// The public API: each call goes to the private implementation.

void SessionManager::restore()
{
    d_func()->restore();
}

std::optional<Error> SessionManager::adopt(const AuthenticationResponse &response, const QString &loginId)
{
    return d_func()->adopt(response, loginId);
}

void SessionManager::refresh()
{
    d_func()->refresh();
}

void SessionManager::refreshUser()
{
    d_func()->refreshUser();
}

void SessionManager::reportRefusal(const Error &error)
{
    d_func()->reportRefusal(error);
}

void SessionManager::signOut(SignOutScope scope)
{
    d_func()->signOut(scope);
}

std::optional<Error> SessionManager::reauthenticate(const QString &loginId)
{
    return d_func()->reauthenticate(loginId);
}

void SessionManager::abandonReauthentication()
{
    d_func()->abandonReauthentication();
}

bool SessionManager::hasPendingStoreWork() const
{
    return d_func()->m_pendingStoreJobs > 0;
}

SessionManager::State SessionManager::state() const
{
    return d_func()->m_state;
}

bool SessionManager::isSignedIn() const
{
    return d_func()->isSignedIn();
}

const User &SessionManager::user() const
{
    return d_func()->m_user;
}

QString SessionManager::loginId() const
{
    return d_func()->m_loginId;
}

QString SessionManager::lastLoginId() const
{
    return d_func()->m_lastLoginId;
}

QByteArray SessionManager::sessionJwt() const
{
    return d_func()->m_sessionJwt;
}

QByteArray SessionManager::refreshJwt() const
{
    return d_func()->m_refreshJwt;
}

const Claims &SessionManager::sessionClaims() const
{
    return d_func()->m_sessionClaims;
}

qint64 SessionManager::refreshExpiresAt() const
{
    return d_func()->m_refreshExpiresAt;
}

qint64 SessionManager::nextRefreshAtMs() const
{
    return d_func()->m_nextCheckAtMs;
}

bool SessionManager::isPersisted() const
{
    return d_func()->m_persisted;
}

int SessionManager::consecutiveRefreshFailures() const
{
    return d_func()->m_failures;
}

qint64 SessionManager::lastVerifiedAt() const
{
    return d_func()->m_verifiedAt;
}

void SessionManager::setStepUpWindow(std::chrono::seconds window)
{
    d_func()->m_stepUpWindow = qMax(window, std::chrono::seconds(0));
}

std::chrono::seconds SessionManager::stepUpWindow() const
{
    return d_func()->m_stepUpWindow;
}

bool SessionManagerPrivate::needsStepUp() const
{
    if (!isSignedIn())
        return false;
    // Unknown is old; so is a verification "in the future" by more than the window (a
    // clock set back), rather than trusting it for ever.
    const qint64 age = m_clock->nowSeconds() - m_verifiedAt;
    const qint64 window = m_stepUpWindow.count();
    return m_verifiedAt <= 0 || age >= window || age < -window;
}

bool SessionManager::needsStepUp() const
{
    return d_func()->needsStepUp();
}


void whenAdopted(SessionManager *session, QObject *context, std::function<void(const Error &error)> then)
{
    // One outcome only: the first of the three signals disconnects all of them.
    auto connections = std::make_shared<std::array<QMetaObject::Connection, 3>>();
    auto once = [connections, then = std::move(then)](const Error &error) {
        for (const auto &connection : *connections)
            QObject::disconnect(connection);
        then(error);
    };
    (*connections)[0] = QObject::connect(session, &SessionManager::signedIn, context, [once] { once(Error()); });
    (*connections)[1] = QObject::connect(session, &SessionManager::refreshed, context, [once] { once(Error()); });
    (*connections)[2] = QObject::connect(session, &SessionManager::adoptionFailed, context, once);
}

} // namespace Descope
