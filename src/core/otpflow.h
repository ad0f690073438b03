// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "deliverymethod.h"
#include "error.h"
#include "requests.h"
#include "responses.h"

#include <QObject>

#include <memory>

namespace Descope {

class Client;
class Clock;
class OtpFlowPrivate;
class SessionManager;

/**
 * One OTP conversation, for sign-up, sign-in, sign-up-or-in, the email/phone updates and
 * the step-up of the signed-in person before a sensitive change.
 *
 * \verbatim
 *   Idle --start()--> Sending --code sent--> AwaitingCode --verify()--> Verifying --> Done
 *                        |                     ^   |  ^                    |
 *                        | failure             |   |  +-- wrong code, -----+
 *                        v                     |   |      network error (attemptFailed)
 *                      Failed   <--------------+---+-- too many attempts, expired code
 *                                    resend(): AwaitingCode -> Sending -> AwaitingCode
 *                                    resend(): Failed -> Sending -> AwaitingCode (at once)
 * \endverbatim
 *
 * Input is checked before any request (inputRejected, state unchanged): the login id is
 * an email address or a phone number normalised to E.164 with libphonenumber; the method
 * must fit it; codes are six digits. Resend is allowed after a cooldown (30 s, doubling
 * on each resend up to 5 min) or the server's Retry-After, whichever is later; the time
 * left is resendRemainingSeconds(), announced each second by resendCountdownChanged().
 *
 * Nobody is stranded: once a code can no longer be used (too many wrong tries, expired:
 * codeVoid()) the flow fails, the countdown drops to 0 at once and resend() sends a new
 * code; a code typed meanwhile is refused with that reason (inputRejected), not as
 * "busy". Descope refusing a code for any reason but a wrong code counts as that,
 * whatever its errorCode (Error::codeNoLongerUsable(); no Descope source names the code
 * for an expired one). The countdown always ends with resendCountdownChanged(0): when it
 * runs out, and on cancel(), failure and success.
 *
 * A code request answered without a mask (200 {}, as Descope's docs describe it) is a
 * code sent: maskedAddress() is empty and destination() names the address typed.
 *
 * No code is sent twice within its cooldown: a start() for the same purpose as a code
 * that a flow of the same Client sent (this one before the person stepped back, or
 * another) while that code's resend countdown still runs sends nothing. It takes up that
 * conversation: Sending, then from the event loop AwaitingCode and codeSent() with the
 * earlier maskedAddress(), the countdown left of it (resendRemainingSeconds()), and
 * verify() takes the code already sent; resend() waits as that conversation would (the
 * doubled cooldown, a Retry-After). The purpose is the mode, the normalised login id, the
 * method, the new address and the options that change the session or the account (stepup,
 * mfa, revokeOtherSessions, customClaims, the sign-up's user, addToLoginIDs,
 * onMergeUseExisting), not the refresh JWT, template or locale: a sign-in code is never
 * taken for a step-up. A verified code, or a void one (codeVoid()), ends this: the next
 * start() sends a new code at once. Flows of another Client do not share it.
 *
 * Use it from the thread it lives in. One flow serves one conversation at a time; start()
 * again (from Idle, AwaitingCode, Done or Failed) begins a new one (or takes up the
 * earlier one, as above).
 */
class DESCOPEQT6CORE_EXPORT OtpFlow : public QObject
{
    Q_OBJECT
public:
    /// What the conversation is for: which endpoint sends the code (docs/wire-protocol.md §2).
    enum class Mode {
        SignUp,      ///< a new account; Descope refuses a login id that exists (E062107)
        SignIn,      ///< an existing account; Descope refuses an unknown login id (E062108)
        SignUpOrIn,  ///< either: the account is made when it does not exist
        UpdateEmail, ///< a code to the new email address of the signed-in person
        UpdatePhone, ///< a code to the new phone number of the signed-in person
        /// A fresh code for the signed-in person's own login id before a sensitive change:
        /// a sign-in with loginOptions.stepup and the current refresh JWT (refused
        /// locally, InputProblem::NotSignedIn, without one). Its session token carries
        /// su; hand result() to SessionManager::adopt(). See stepUpRequest().
        StepUp,
    };
    Q_ENUM(Mode)
    /// Where the conversation stands (see the diagram above); stateChanged() tells each change.
    enum class State {
        Idle,         ///< nothing started, or cancelled
        Sending,      ///< a code is being requested
        AwaitingCode, ///< a code was sent; verify() takes it
        Verifying,    ///< a code is being checked
        Done,         ///< verified; result() holds the session
        Failed,       ///< stopped without a session; error() says why, resend() starts again
    };
    Q_ENUM(State)

    /// What to start: the mode, the method and the addresses, as the person typed them.
    struct Request
    {
        Mode mode = Mode::SignUpOrIn; ///< which endpoint
        DeliveryMethod method = DeliveryMethod::Email; ///< how the code travels; must fit the address
        /// As typed for sign-up/in; for updates and StepUp, the signed-in user's existing login id.
        QString loginId;
        /// Updates: the new email address or phone number, as typed.
        QString newAddress;
        /// Sign-up: the person's name and other details.
        SignUpUser user;
        LoginOptions loginOptions;   ///< sign-up and sign-in: Descope's loginOptions
        UpdateOptions updateOptions; ///< updates: Descope's update options
        /// Updates, StepUp, and sign-in with stepup/mfa: the current session's refresh JWT.
        QByteArray refreshJwt;
        /// Region for phone numbers typed without "+<country>", e.g. "US".
        QString defaultRegion;
        /// Sign-in, sign-up-or-in and StepUp of an existing account: where Descope is
        /// expected to send the code, when that is not the login id. Descope sends a sign-in
        /// code to the account's own address for the channel (its email for Email, its phone
        /// otherwise), which after an email or phone change made without adding the new
        /// address to the login ids is no longer the login id. destination() names it,
        /// unless Descope's masked address does not fit it. Empty: the login id.
        /// stepUpRequest() fills it; ignored for sign-up and the updates.
        QString expectedDestination;
    };

    /// Seconds before the first resend is allowed; each resend doubles the wait.
    static constexpr int InitialCooldownSeconds = 30;
    /// The longest wait between two codes, in seconds.
    static constexpr int MaxCooldownSeconds = 300;
    /// Descope's one-time codes are always this many digits.
    static constexpr int CodeLength = 6;

    /**
     * The StepUp request for the person signed in to session: their loginId() and
     * refreshJwt(), by the delivery method of the session token's first amr factor when it
     * is one that fits the login id ("email", "sms", "whatsapp", "voice"), else Email for an
     * email address and Sms for a phone number; expectedDestination is the account's own
     * address for that channel (User::email for Email, User::phone otherwise), which is where
     * Descope sends the code, empty when the account has none (the login id then). Empty
     * loginId and refreshJwt when signed out (start() then refuses it).
     */
    [[nodiscard]] static Request stepUpRequest(const SessionManager &session);

    /// A flow in state Idle. client and clock are not owned and must outlive the flow;
    /// clock defaults to the wall clock (SystemClock::instance()).
    explicit OtpFlow(Client *client, Clock *clock = nullptr, QObject *parent = nullptr);
    /// Cancels a request in flight without emitting anything.
    ~OtpFlow() override;
    Q_DISABLE_COPY_MOVE(OtpFlow)

    /// Checks request (inputRejected() when it is refused, state unchanged) and asks
    /// Descope to send a code: Sending, then codeSent() and AwaitingCode, or failed().
    /// Within the cooldown of the same code sent before, sends nothing and takes up that
    /// conversation (see the class docs). Refused while a request is in flight.
    void start(const Request &request);
    /// Checks code (six digits, see isValidCode()) and verifies it: Verifying, then
    /// verified() and Done, attemptFailed() and AwaitingCode for a wrong code, or failed()
    /// for a code that can no longer be used. Refused (inputRejected()) unless a code is
    /// awaited.
    void verify(const QString &code);
    /// A new code: after the cooldown while awaiting one, or at once after the flow failed
    /// (unless the server's Retry-After says to wait).
    void resend();
    /// Aborts a request in flight (a resend returns to where it was: awaiting the earlier
    /// code, or failed); with nothing in flight, returns to Idle.
    void cancel();
    /// Later requests of this conversation (a resend) carry refreshJwt instead of the
    /// request's: the session's current refresh JWT after a refresh rotated it (here or in
    /// another process), so that a resend does not go with a token Descope no longer takes.
    /// request() reports it. Call it on SessionManager::refreshed() for the updates and
    /// StepUp. A request in flight keeps the token it was sent with.
    void setRefreshJwt(const QByteArray &refreshJwt);

    /// The current state.
    [[nodiscard]] State state() const;
    /// The request given to start().
    [[nodiscard]] const Request &request() const;
    /// The normalised login id the code is verified for.
    [[nodiscard]] QString loginId() const;
    /// Where the code went, for people to read: the new address for updates, else the
    /// request's expectedDestination when given, else the login id; unless Descope's masked
    /// address disagrees with it (a sign-in with a number the account no longer has as its
    /// phone reaches the account's phone): then the mask. While the first code is being
    /// sent (no mask yet), where it is expected to go.
    [[nodiscard]] QString destination() const;
    /// Whether Descope's masked address ("***23", "a***@example.com") can be address: its
    /// visible parts appear in it in order, anchored where the mask is. An empty mask fits.
    [[nodiscard]] static bool maskFits(const QString &mask, const QString &address);
    /// Where Descope says the last code went (masked).
    [[nodiscard]] const MaskedAddress &maskedAddress() const;
    /// Seconds until resend() is allowed, 0 when it is.
    [[nodiscard]] int resendRemainingSeconds() const;
    /// True when resend() would send a code now.
    [[nodiscard]] bool canResend() const;
    /// True when the last code sent can no longer be used (too many wrong tries, expired) and
    /// no new one has been sent yet: the person has to ask for a new code.
    [[nodiscard]] bool codeVoid() const;
    /// The verified session (state Done), for SessionManager::adopt().
    [[nodiscard]] const AuthenticationResponse &result() const;
    /// Why the flow failed (state Failed); no error otherwise.
    [[nodiscard]] const Error &error() const;

    /// True for exactly CodeLength ASCII digits: anything else would only use up one of
    /// the code's few attempts at Descope. verify() refuses other codes.
    [[nodiscard]] static bool isValidCode(const QString &code);
    /// A code as people type or paste it ("123 456", "123-456", " 123456") with spaces,
    /// tabs and dashes removed; check the result with isValidCode().
    [[nodiscard]] static QString normalizedCode(const QString &typed);

Q_SIGNALS:
    /// The state changed to state.
    void stateChanged(Descope::OtpFlow::State state);
    /// A code was sent (first or again); maskedAddress is where, as Descope shows it.
    void codeSent(const Descope::MaskedAddress &maskedAddress);
    /// Refused locally; nothing was sent and the state did not change.
    void inputRejected(const Descope::Error &error);
    /// A step failed but the conversation goes on: wrong code, network trouble, rate limit on resend.
    void attemptFailed(const Descope::Error &error);
    /// The code was right (state Done): hand response to SessionManager::adopt().
    void verified(const Descope::AuthenticationResponse &response);
    /// The conversation stopped without a session: a refused send, or a void code (too many
    /// attempts, expired; codeVoid()). resend() takes it up again. A void code's error is
    /// about the code, never about the session's token (callers must not end the session on it).
    void failed(const Descope::Error &error);
    /// Seconds until resend() is allowed, each second while counting down; always ends with 0.
    void resendCountdownChanged(int secondsLeft);

private:
    std::unique_ptr<OtpFlowPrivate> d_ptr;
    Q_DECLARE_PRIVATE(OtpFlow)
};

} // namespace Descope
