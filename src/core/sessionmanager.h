// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "client.h"
#include "clock.h"
#include "claims.h"
#include "tokenstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Descope {

class Jwt;

class TokenVerifier;

/**
 * Keeps a person signed in: the session state machine. Widgets and the CLI bind to its
 * signals; it talks to Descope through Client and keeps tokens in a TokenStore.
 *
 * States and transitions:
 *
 *   (start) --restore()--> Restoring --+-- stored session token still valid (cached keys) --> SignedIn   [0 requests]
 *                                      +-- expired session, live refresh token ------------> Refreshing -> SignedIn
 *                                      +-- nothing stored / refresh token expired ---------> SignedOut
 *   SignedOut --adopt(response)--> SignedIn
 *   SignedIn --timer (about 60 s before the session token's exp, or at 80 % of a short
 *              lifetime), refresh(), network back, resume--> Refreshing
 *   Refreshing --success--> SignedIn          (rotated refresh token saved before any signal)
 *   Refreshing --anything but Descope's refusal--> SignedIn, retried with backoff 5 s..5 min  [refreshFailed(transient)]
 *   Refreshing --Descope refused the token (Error::endsSession())--> SignedOut [reauthenticationRequired, signedOut(Revoked)]
 *   SignedIn --refresh token expired on the local clock--> SignedOut [no request; reauthenticationRequired]
 *   SignedIn --signOut() / signOutEverywhere()--> SignedOut [store cleared even when the server is unreachable]
 *
 * A failing keychain never ends a session: storageUnavailable() says so and the session
 * lives in memory only.
 *
 * One stored session, several processes (the app's instances, descope-otp, other programs
 * on the library): when the store has a SessionSync (the keychain store does), a refresh,
 * a save and a sign-out's delete each run holding its cross-process lock. Under it, a
 * refresh first re-reads the store: a newer session there (another process refreshed) is
 * taken instead of sending a request, and a refusal from Descope is checked against the
 * store again before the session ends. When another process announces a change, the store
 * is read again: its sign-out ends ours (signedOut(SignedOutElsewhere), no prompt), its
 * sign-in or refresh becomes ours (signedIn, refreshed), all without a request.
 */
class DESCOPEQT6CORE_EXPORT SessionManager : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Restoring,  ///< reading the stored session at launch
        SignedOut,  ///< no session
        SignedIn,   ///< a session; the session token may be expired while offline
        Refreshing, ///< a refresh request is in flight (still signed in)
    };
    Q_ENUM(State)

    enum class EndReason {
        None,
        SignedOutByUser,
        SignedOutEverywhere,
        RefreshTokenExpired, ///< the refresh token's exp passed on this machine's clock
        Revoked,             ///< Descope refused the refresh token (logout elsewhere, revoked, expired)
        StoredSessionUnusable,
        SignedOutElsewhere,  ///< another process using the same stored session signed out
    };
    Q_ENUM(EndReason)

    explicit SessionManager(Client *client, TokenStore *store, TokenVerifier *verifier, Clock *clock = nullptr,
                            QObject *parent = nullptr);
    ~SessionManager() override;
    Q_DISABLE_COPY_MOVE(SessionManager)

    /// Reads the stored session; restored() tells the outcome.
    void restore();
    /// Takes the session of a verify (sign-in or update). Refused at once, with an error
    /// and no change, when re-authenticating as a different user or when the tokens cannot
    /// be read. Otherwise both tokens are verified first (signature against the project's
    /// keys, fetched when needed; drn, iss, exp): then signedIn() (or refreshed() when
    /// already signed in) follows once saved, or adoptionFailed() with nothing stored.
    std::optional<Error> adopt(const AuthenticationResponse &response, const QString &loginId);
    /// Refreshes now; callers while one is in flight share its result.
    void refresh();
    /// Asks Descope for the user record again (after an update, say).
    void refreshUser();
    /// A request made with this session's refresh token (me, an update) failed with error:
    /// when Descope refused the token (Error::endsSession(), with 401 or 403: a 400 is about
    /// what the request asked) the session ends as after a refused refresh (the store is
    /// read again first); anything else changes nothing.
    void reportRefusal(const Error &error);
    void signOut();
    void signOutEverywhere();
    /// Prepares the expiry prompt's sign-in: refuses another login id than the one that
    /// was signed in, and makes adopt() refuse another user.
    std::optional<Error> reauthenticate(const QString &loginId);
    /// The expiry prompt was dismissed: whoever signs in next is welcome.
    void abandonReauthentication();

    /// True while a keychain write or delete this manager started has not finished. A
    /// program about to exit waits for storeSettled() first, so that a sign-out or an
    /// ended session really leaves the keychain.
    [[nodiscard]] bool hasPendingStoreWork() const { return m_pendingStoreJobs > 0; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isSignedIn() const { return m_state == State::SignedIn || m_state == State::Refreshing; }
    [[nodiscard]] const User &user() const { return m_user; }
    [[nodiscard]] QString loginId() const { return m_loginId; }
    /// The login id of the last session, kept after it ends, for the expiry prompt.
    [[nodiscard]] QString lastLoginId() const { return m_lastLoginId; }
    [[nodiscard]] QByteArray sessionJwt() const { return m_sessionJwt; }
    [[nodiscard]] QByteArray refreshJwt() const { return m_refreshJwt; }
    [[nodiscard]] const Claims &sessionClaims() const { return m_sessionClaims; }
    [[nodiscard]] qint64 refreshExpiresAt() const { return m_refreshExpiresAt; }
    /// When the next refresh is due (ms since the epoch), 0 when none is scheduled.
    [[nodiscard]] qint64 nextRefreshAtMs() const { return m_nextCheckAtMs; }
    /// False once the store has failed: the session will not survive this process.
    [[nodiscard]] bool isPersisted() const { return m_persisted; }
    [[nodiscard]] int consecutiveRefreshFailures() const { return m_failures; }

Q_SIGNALS:
    void stateChanged(Descope::SessionManager::State state);
    void restored(bool signedIn);
    void signedIn(const Descope::User &user);
    void refreshed();
    void userChanged(const Descope::User &user);
    /// A refresh failed transiently; the session token has this many seconds left (0: expired).
    void sessionExpiring(int secondsLeft);
    void reauthenticationRequired(const Descope::Error &reason);
    void signedOut(Descope::SessionManager::EndReason reason);
    /// The server side of a sign-out finished (error set when it could not be reached).
    void signOutCompleted(const Descope::Error &serverError);
    void storageUnavailable(const Descope::Error &reason);
    /// The tokens handed to adopt() did not verify (or could not be checked); nothing was
    /// stored and the previous state is kept.
    void adoptionFailed(const Descope::Error &error);
    /// Every store job this manager started has finished (see hasPendingStoreWork()).
    void storeSettled();
    void refreshFailed(const Descope::Error &error, bool final);

private:
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
    /// Forgets the session in memory (and, for a sign-out, who it was) and says SignedOut.
    void endLocally(bool forgetPerson);
    /// Removes the stored session; done() once the keychain has answered.
    void clearStore(std::function<void()> done = {});
    void schedule();
    void scheduleAt(qint64 dueMs);
    void onTimer();
    void onRefreshFinished();
    void end(EndReason reason, const Error &error);
    void signOutWith(bool everywhere);
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

/// Calls then(Error()) once the session handed to adopt() is verified and saved, or
/// then(error) when it was refused (adoptionFailed); for callers that just called adopt()
/// and got no immediate error. Nothing is called once context is gone.
DESCOPEQT6CORE_EXPORT void whenAdopted(SessionManager *session, QObject *context, std::function<void(const Error &error)> then);

} // namespace Descope
