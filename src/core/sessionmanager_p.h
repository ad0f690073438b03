// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sessionmanager.h"

#include "client.h"
#include "jwt_p.h"
#include "tokenstore.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

// Private to DescopeQt6Core: not installed, no compatibility promise.

namespace Descope {

class TokenVerifier;

/// The state and the logic of SessionManager (see there for the state machine). The public
/// class forwards each call here; signals are emitted through q.
class SessionManagerPrivate
{
public:
    using State = SessionManager::State;
    using EndReason = SessionManager::EndReason;

    SessionManagerPrivate(SessionManager *q, Client *client, TokenStore *store, TokenVerifier *verifier,
                          Clock *clock);

    // The public API's implementations.
    void restore();
    std::optional<Error> adopt(const AuthenticationResponse &response, const QString &loginId);
    void refresh();
    void refreshUser();
    void reportRefusal(const Error &error);
    void signOut(SessionManager::SignOutScope scope);
    std::optional<Error> reauthenticate(const QString &loginId);
    void abandonReauthentication();
    [[nodiscard]] bool isSignedIn() const { return m_state == State::SignedIn || m_state == State::Refreshing; }

    void setState(State state);
    bool takeSessionToken(const QByteArray &sessionJwt);
    /// Saves the session (under the cross-process lock), then runs next.
    void persistThen(std::function<void()> next);

    /// What re-reading the store found, compared with the session in memory.
    enum class StoredOutcome {
        Same,  ///< our session (or nothing better, or the store could not be read)
        Fresh, ///< another process's newer session, taken; its session token is good for a while
        Stale, ///< another process's newer session, taken; its session token needs a refresh
        Gone,  ///< another process signed out; so did we (signedOut(SignedOutElsewhere))
    };
    /// Runs critical inside a section holding the cross-process lock (see SessionSync):
    /// a new one (owner, to be released with releaseStoreLock(section)), or the one this
    /// manager already holds. Stores without a SessionSync run it at once.
    void withStoreLock(std::function<void(quint64 section, bool owner)> critical);
    void releaseStoreLock(quint64 section);
    void settleStoreWork();
    /// Takes a stored session into memory; true when its session token verified with the
    /// cached keys and is not due for a refresh.
    bool applyStored(const StoredSession &session, const Jwt &refreshToken);
    StoredOutcome takeStoredSession(const std::optional<StoredSession> &session);
    void rereadStore(std::function<void(StoredOutcome)> then);
    void onStoreChangedElsewhere();
    /// True (and the change remembered for later) when another step owns the store now.
    bool deferStoreChange();
    void sendRefresh();
    void endRefreshSection();
    /// The store held a newer session with a good session token: that is our refresh.
    void refreshedElsewhere();
    void refusedBy(const Error &error);
    /// Whom endLocally() forgets besides the session.
    enum class Forget {
        SessionOnly, ///< an ended session: lastLoginId() stays for the expiry prompt
        Person,      ///< a sign-out: who it was is forgotten too
    };
    /// Forgets the session in memory (and, for a sign-out, who it was) and says SignedOut.
    void endLocally(Forget forget);
    /// Removes the stored session; done() once the keychain has answered.
    void clearStore(std::function<void()> done = {});
    void schedule();
    void scheduleAt(qint64 dueMs);
    void onTimer();
    void onRefreshFinished();
    void end(EndReason reason, const Error &error);
    struct VerifiedTokens
    {
        Error error;
        Claims session;
        Claims refresh; ///< empty when no refresh token was given
    };
    /// Verifies a session token (drn DS) and, when given, a refresh token (drn DSR) of the
    /// same subject; then(result) once both are done, unless the generation moved on.
    void verifyTokens(const QByteArray &sessionJwt, const QByteArray &refreshJwt,
                      std::function<void(const VerifiedTokens &)> then);
    void takeVerified(const AuthenticationResponse &response, const QString &loginId, const Claims &session,
                      const Claims &refresh);
    void onRefreshVerified(const AuthenticationResponse &response, const VerifiedTokens &tokens);
    void retryLater(const Error &error);
    [[nodiscard]] StoredSession stored() const;
    /// Counts job until it finishes, for hasPendingStoreWork() and storeSettled().
    StoreJob *tracked(StoreJob *job);

    SessionManager *const q;
    Client *m_client;
    TokenStore *m_store;
    TokenVerifier *m_verifier;
    Clock *m_clock;
    State m_state = State::SignedOut;

    QByteArray m_sessionJwt;
    QByteArray m_refreshJwt;
    Claims m_sessionClaims;
    qint64 m_refreshExpiresAt = 0;
    User m_user;
    QString m_loginId;

    qint64 m_verifiedAt = 0; ///< lastVerifiedAt()
    std::chrono::seconds m_stepUpWindow = SessionManager::DefaultStepUpWindow;
    [[nodiscard]] bool needsStepUp() const;

    QString m_lastLoginId;
    QString m_lastUserId;
    QString m_expectedUserId; ///< set by reauthenticate()

    QPointer<AuthenticationReply> m_refreshReply;
    QTimer m_timer;
    qint64 m_nextCheckAtMs = 0;
    int m_failures = 0;
    int m_pendingStoreJobs = 0;
    /// Bumped whenever the session in memory is replaced or ended: a step still in flight
    /// for the old one (a verification, a store read) is dropped when it finishes.
    quint64 m_generation = 0;
    quint64 m_adoptions = 0; ///< the latest adopt(); an older one still verifying is dropped
    quint64 m_section = 0;       ///< the section holding the cross-process lock, 0 when none
    quint64 m_lastSection = 0;
    quint64 m_refreshSection = 0; ///< the section the refresh in progress owns
    bool m_storeChangedMeanwhile = false;
    bool m_sectionWithoutLock = false; ///< the section went on after another process kept the lock
    bool m_persisted = true;
    bool m_restorePending = false;
    bool m_storageReported = false;
};

} // namespace Descope
