// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "client.h"
#include "clock.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Descope {

/**
 * One OTP conversation, for sign-up, sign-in, sign-up-or-in and the email/phone updates.
 *
 *   Idle --start()--> Sending --code sent--> AwaitingCode --verify()--> Verifying --> Done
 *                        |                     ^   |  ^                    |
 *                        | failure             |   |  +-- wrong code, -----+
 *                        v                     |   |      network error (attemptFailed)
 *                      Failed   <--------------+---+-- too many attempts, expired code
 *                                    resend(): AwaitingCode -> Sending -> AwaitingCode
 *                                    resend(): Failed -> Sending -> AwaitingCode (at once)
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
 * "busy". The countdown always ends with resendCountdownChanged(0): when it runs out,
 * and on cancel(), failure and success.
 */
class DESCOPEQT6CORE_EXPORT OtpFlow : public QObject
{
    Q_OBJECT
public:
    enum class Mode { SignUp, SignIn, SignUpOrIn, UpdateEmail, UpdatePhone };
    Q_ENUM(Mode)
    enum class State { Idle, Sending, AwaitingCode, Verifying, Done, Failed };
    Q_ENUM(State)

    struct Request
    {
        Mode mode = Mode::SignUpOrIn;
        DeliveryMethod method = DeliveryMethod::Email;
        /// As typed for sign-up/in; for updates, the signed-in user's existing login id.
        QString loginId;
        /// Updates: the new email address or phone number, as typed.
        QString newAddress;
        /// Sign-up: the person's name and other details.
        SignUpUser user;
        LoginOptions loginOptions;
        UpdateOptions updateOptions;
        /// Updates, and sign-in with stepup/mfa: the current session's refresh JWT.
        QByteArray refreshJwt;
        /// Region for phone numbers typed without "+<country>", e.g. "US".
        QString defaultRegion;
    };

    static constexpr int InitialCooldownSeconds = 30;
    static constexpr int MaxCooldownSeconds = 300;

    explicit OtpFlow(Client *client, Clock *clock = nullptr, QObject *parent = nullptr);
    ~OtpFlow() override;
    Q_DISABLE_COPY_MOVE(OtpFlow)

    void start(const Request &request);
    void verify(const QString &code);
    /// A new code: after the cooldown while awaiting one, or at once after the flow failed
    /// (unless the server's Retry-After says to wait).
    void resend();
    /// Aborts a request in flight (a resend returns to where it was: awaiting the earlier
    /// code, or failed); with nothing in flight, returns to Idle.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Request &request() const { return m_request; }
    /// The normalised login id the code is verified for.
    [[nodiscard]] QString loginId() const { return m_loginId; }
    /// Where the code went, for people to read: the new address for updates, the login id
    /// otherwise, unless Descope's masked address disagrees with it (a sign-in with a number
    /// the account no longer has as its phone reaches the account's phone): then the mask.
    [[nodiscard]] QString destination() const;
    /// Whether Descope's masked address ("***23", "a***@example.com") can be address: its
    /// visible parts appear in it in order, anchored where the mask is. An empty mask fits.
    [[nodiscard]] static bool maskFits(const QString &mask, const QString &address);
    [[nodiscard]] const MaskedAddress &maskedAddress() const { return m_masked; }
    [[nodiscard]] int resendRemainingSeconds() const;
    /// True when resend() would send a code now.
    [[nodiscard]] bool canResend() const;
    /// True when the last code sent can no longer be used (too many wrong tries, expired) and
    /// no new one has been sent yet: the person has to ask for a new code.
    [[nodiscard]] bool codeVoid() const { return m_codeVoid; }
    [[nodiscard]] const AuthenticationResponse &result() const { return m_result; }
    [[nodiscard]] const Error &error() const { return m_error; }

Q_SIGNALS:
    void stateChanged(Descope::OtpFlow::State state);
    void codeSent(const Descope::MaskedAddress &maskedAddress);
    /// Refused locally; nothing was sent and the state did not change.
    void inputRejected(const Descope::Error &error);
    /// A step failed but the conversation goes on: wrong code, network trouble, rate limit on resend.
    void attemptFailed(const Descope::Error &error);
    void verified(const Descope::AuthenticationResponse &response);
    /// The conversation stopped without a session: a refused send, or a void code (too many
    /// attempts, expired; codeVoid()). resend() takes it up again. A void code's error is
    /// about the code, never about the session's token (callers must not end the session on it).
    void failed(const Descope::Error &error);
    void resendCountdownChanged(int secondsLeft);

private:
    void setState(State state);
    void send();
    void onSent();
    void onVerified();
    void setResendAllowedIn(qint64 seconds);
    /// The countdown ends now (resend allowed at once); tells it if it was running.
    void endCountdown();
    void tick();

    Client *m_client;
    Clock *m_clock;
    Request m_request;
    QString m_loginId;
    QString m_address;
    State m_state = State::Idle;
    MaskedAddress m_masked;
    AuthenticationResponse m_result;
    Error m_error;
    QPointer<Reply> m_inFlight;
    Error m_voidError; ///< why the code is void, while m_codeVoid
    int m_sends = 0;
    bool m_codeVoid = false;
    qint64 m_resendAllowedAtMs = 0;
    int m_lastCountdown = 0;
    QTimer m_countdown;
};

} // namespace Descope
