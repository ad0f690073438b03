// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "claims.h"
#include "error.h"
#include "responses.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Descope {

class Client;
class Clock;
class SessionManagerPrivate;
class TokenStore;
class TokenVerifier;

/**
 * Keeps a person signed in: the session state machine. Widgets and the CLI bind to its
 * signals; it talks to Descope through Client and keeps tokens in a TokenStore.
 *
 * States and transitions:
 *
 * \verbatim
 *   (start) --restore()--> Restoring --+-- stored session token still valid (cached keys) --> SignedIn   [0 requests]
 *                                      +-- expired session, live refresh token ------------> Refreshing -> SignedIn
 *                                      +-- nothing stored / refresh token expired / unreadable entry --> SignedOut
 *   SignedOut --adopt(response)--> SignedIn
 *   SignedIn --timer (about 60 s before the session token's exp, or at 80 % of a short
 *              lifetime), refresh(), network back, resume--> Refreshing
 *   Refreshing --success--> SignedIn          (rotated refresh token saved before any signal)
 *   Refreshing --anything but Descope's refusal--> SignedIn, retried with backoff 5 s..5 min  [refreshFailed(WillRetry)]
 *   Refreshing --Descope refused the token (Error::endsSession())--> SignedOut [reauthenticationRequired, signedOut(Revoked)]
 *   SignedIn --refresh token expired on the local clock--> SignedOut [no request; reauthenticationRequired]
 *   SignedIn --signOut(scope)--> SignedOut [store cleared even when the server is unreachable]
 * \endverbatim
 *
 * A failing keychain never ends a session: storageUnavailable() says so and the session
 * lives in memory only.
 *
 * Sensitive changes (the email, the phone, signing out everywhere) need a recent sign-in:
 * when needsStepUp() is true, confirm it first with an OtpFlow in OtpFlow::Mode::StepUp
 * (OtpFlow::stepUpRequest()) and adopt() its result (lastVerifiedAt()).
 *
 * One stored session, several processes (the app's instances, descope-otp, other programs
 * on the library): when the store has a SessionSync (the keychain store does), a refresh,
 * a save and a sign-out's delete each run holding its cross-process lock. Under it, a
 * refresh first re-reads the store: a newer session there (another process refreshed) is
 * taken instead of sending a request, and a refusal from Descope is checked against the
 * store again before the session ends. When another process announces a change, the store
 * is read again: its sign-out ends ours (signedOut(SignedOutElsewhere), no prompt), its
 * sign-in or refresh becomes ours (signedIn, refreshed), all without a request.
 *
 * Use it from the thread it lives in; its signals are emitted in that thread.
 */
class DESCOPEQT6CORE_EXPORT SessionManager : public QObject
{
    Q_OBJECT
public:
    /// Where the session stands; stateChanged() tells each change.
    enum class State {
        Restoring,  ///< reading the stored session at launch
        SignedOut,  ///< no session
        SignedIn,   ///< a session; the session token may be expired while offline
        Refreshing, ///< a refresh request is in flight (still signed in)
    };
    Q_ENUM(State)

    /// Why a session ended, as signedOut() tells it.
    enum class EndReason {
        None,                ///< not used by signedOut(); a default for code that keeps a reason
        SignedOutByUser,     ///< signOut(SignOutScope::ThisDevice)
        SignedOutEverywhere, ///< signOut(SignOutScope::AllDevices)
        RefreshTokenExpired, ///< the refresh token's exp passed on this machine's clock
        Revoked,             ///< Descope refused the refresh token (logout elsewhere, revoked, expired)
        /// restore() found a stored entry whose refresh token cannot be read (damaged, or
        /// written by an incompatible version); the entry is removed. No prompt.
        StoredSessionUnusable,
        SignedOutElsewhere,  ///< another process using the same stored session signed out
    };
    Q_ENUM(EndReason)

    /// Which sessions signOut() ends at Descope.
    enum class SignOutScope {
        ThisDevice, ///< this session only (Descope's logout)
        AllDevices, ///< every session of the person, on every device (Descope's logoutall)
    };
    Q_ENUM(SignOutScope)

    /// What follows a failed refresh, as refreshFailed() tells it.
    enum class RefreshFailure {
        /// Not Descope's refusal of the token (network, 5xx, 429, a reply that did not
        /// verify…): the session is kept and the refresh is retried with backoff.
        WillRetry,
        /// Descope refused the refresh token (Error::endsSession()): the session ends;
        /// reauthenticationRequired() and signedOut(Revoked) follow.
        SessionEnded,
    };
    Q_ENUM(RefreshFailure)

    /**
     * A manager in state SignedOut; call restore() to read the stored session.
     * None of client, store, verifier or clock is owned; each must outlive the manager.
     * clock defaults to the wall clock (SystemClock::instance()).
     */
    explicit SessionManager(Client *client, TokenStore *store, TokenVerifier *verifier, Clock *clock = nullptr,
                            QObject *parent = nullptr);
    ~SessionManager() override;
    Q_DISABLE_COPY_MOVE(SessionManager)

    /**
     * Reads the stored session (state Restoring). restored() tells the outcome, always
     * later from the event loop: at once when the stored session token is still good, after
     * a refresh when it is due, restored(false) when nothing usable is stored (with
     * signedOut(RefreshTokenExpired) or signedOut(StoredSessionUnusable) when an ended
     * session was found) or the store failed (storageUnavailable() first).
     */
    void restore();
    /// Takes the session of a verify (sign-in or update). Refused at once, with an error
    /// and no change, when re-authenticating as a different user or when the tokens cannot
    /// be read. Otherwise both tokens are verified first (signature against the project's
    /// keys, fetched when needed; drn, iss, exp): then signedIn() (or refreshed() when
    /// already signed in) follows once saved, or adoptionFailed() with nothing stored.
    /// loginId is the normalised login id the code was verified for (OtpFlow::loginId()).
    /// See whenAdopted() to wait for the outcome.
    std::optional<Error> adopt(const AuthenticationResponse &response, const QString &loginId);
    /// Refreshes now (when signed in); callers while one is in flight share its result:
    /// refreshed(), or refreshFailed(). Ends the session with no request when the refresh
    /// token has expired.
    void refresh();
    /// Asks Descope for the user record again (after an update, say); userChanged() when it
    /// differs. A refusal of the token is handled as by reportRefusal().
    void refreshUser();
    /// A request made with this session's refresh token (me, an update) failed with error:
    /// when Descope refused the token (Error::endsSession(), with 401 or 403: a 400 is about
    /// what the request asked) the session ends as after a refused refresh (the store is
    /// read again first); anything else changes nothing.
    void reportRefusal(const Error &error);
    /**
     * Signs out: the session in memory is forgotten at once (state SignedOut, then
     * signedOut(SignedOutByUser or SignedOutEverywhere) before this returns), the stored
     * session is removed even when Descope cannot be reached, and Descope is told (logout
     * or logoutall, by scope). signOutCompleted() follows once both are done.
     */
    void signOut(SignOutScope scope = SignOutScope::ThisDevice);
    /// Prepares the expiry prompt's sign-in: refuses another login id than the one that
    /// was signed in, and makes adopt() refuse another user.
    std::optional<Error> reauthenticate(const QString &loginId);
    /// The expiry prompt was dismissed: whoever signs in next is welcome.
    void abandonReauthentication();

    /// True while a keychain write or delete this manager started has not finished. A
    /// program about to exit waits for storeSettled() first, so that a sign-out or an
    /// ended session really leaves the keychain.
    [[nodiscard]] bool hasPendingStoreWork() const;

    /// The current state.
    [[nodiscard]] State state() const;
    /// True in SignedIn and Refreshing.
    [[nodiscard]] bool isSignedIn() const;
    /// The signed-in person's user record (empty when signed out).
    [[nodiscard]] const User &user() const;
    /// The login id of the session (empty when signed out).
    [[nodiscard]] QString loginId() const;
    /// The login id of the last session, kept after it ends, for the expiry prompt.
    [[nodiscard]] QString lastLoginId() const;
    /// The current session JWT, for the app's own backend (verified when it was taken; it
    /// may have expired while offline: see sessionClaims().expiresAt). Empty when signed out.
    [[nodiscard]] QByteArray sessionJwt() const;
    /// The refresh JWT, for Client calls that need the session (me, updates). A secret:
    /// never log it. Empty when signed out.
    [[nodiscard]] QByteArray refreshJwt() const;
    /// The claims of sessionJwt().
    [[nodiscard]] const Claims &sessionClaims() const;
    /// When the refresh token expires (unix seconds), 0 when signed out.
    [[nodiscard]] qint64 refreshExpiresAt() const;
    /// When the next refresh is due (ms since the epoch), 0 when none is scheduled.
    [[nodiscard]] qint64 nextRefreshAtMs() const;
    /// False once the store has failed: the session will not survive this process.
    [[nodiscard]] bool isPersisted() const;
    /// Refreshes that failed in a row and are being retried (0 after a success).
    [[nodiscard]] int consecutiveRefreshFailures() const;

    /// The step-up window stepUpWindow() has until setStepUpWindow() changes it: 10 minutes.
    static constexpr std::chrono::seconds DefaultStepUpWindow{600};
    /**
     * When the person last proved themselves with a code, unix seconds on the manager's
     * Clock: set by every adopt() that succeeds (sign-in, update, step-up: adopt() is only
     * ever handed what a code verification returned), kept across refreshes, and read from
     * the store at restore() and when another process's session is taken, so that a
     * sign-in in one program counts in the others sharing the session. 0 when signed out,
     * or unknown (a session stored by an older version).
     */
    [[nodiscard]] qint64 lastVerifiedAt() const;
    /// How recent the last code verification must be for a sensitive change (the email,
    /// the phone, signing out everywhere) to go ahead without a step-up; 0 s asks every
    /// time. Negative windows count as 0.
    void setStepUpWindow(std::chrono::seconds window);
    /// The window set by setStepUpWindow(); DefaultStepUpWindow unless changed.
    [[nodiscard]] std::chrono::seconds stepUpWindow() const;
    /**
     * True when signed in and the last code verification (lastVerifiedAt()) is unknown or
     * at least stepUpWindow() ago: a sensitive change should first ask for a fresh code
     * (OtpFlow::stepUpRequest(), then adopt() its result). False when signed out.
     * This is the app's own check: Descope does not refuse an update without it.
     */
    [[nodiscard]] bool needsStepUp() const;

Q_SIGNALS:
    /// The state changed to state.
    void stateChanged(Descope::SessionManager::State state);
    /// restore() is done: signedIn tells whether a session was restored (signedIn() follows
    /// when it was). Also true when the stored session is kept while its refresh is retried.
    void restored(bool signedIn);
    /// A session began: restored, adopted while signed out, or taken from another process.
    void signedIn(const Descope::User &user);
    /// The session's tokens were renewed (a refresh, another process's refresh, or an
    /// adopt() while already signed in); the new ones are saved before this is emitted.
    void refreshed();
    /// The user record of the current session changed (refreshUser(), a refresh or another
    /// process brought a new one).
    void userChanged(const Descope::User &user);
    /// A refresh failed transiently; the session token has this many seconds left (0: expired).
    void sessionExpiring(int secondsLeft);
    /// A live session ended for a reason the person did not choose (RefreshTokenExpired,
    /// Revoked): ask them to sign in again (reauthenticate()). Emitted before signedOut().
    void reauthenticationRequired(const Descope::Error &reason);
    /// The session ended (state SignedOut already); reason says why.
    void signedOut(Descope::SessionManager::EndReason reason);
    /// The server side of a sign-out finished (error set when it could not be reached).
    void signOutCompleted(const Descope::Error &serverError);
    /// The store (the keychain) failed; the session lives in memory only (isPersisted() is
    /// false). Told once until a save works again.
    void storageUnavailable(const Descope::Error &reason);
    /// The tokens handed to adopt() did not verify (or could not be checked); nothing was
    /// stored and the previous state is kept.
    void adoptionFailed(const Descope::Error &error);
    /// Every store job this manager started has finished (see hasPendingStoreWork()).
    void storeSettled();
    /// A refresh failed with error; outcome says whether the session is kept and retried
    /// or ends.
    void refreshFailed(const Descope::Error &error, Descope::SessionManager::RefreshFailure outcome);

private:
    std::unique_ptr<SessionManagerPrivate> d_ptr;
    Q_DECLARE_PRIVATE(SessionManager)
};

/// Calls then(Error()) once the session handed to adopt() is verified and saved, or
/// then(error) when it was refused (adoptionFailed); for callers that just called adopt()
/// and got no immediate error. Nothing is called once context is gone.
DESCOPEQT6CORE_EXPORT void whenAdopted(SessionManager *session, QObject *context, std::function<void(const Error &error)> then);

} // namespace Descope
