// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "otpflow.h"

#include "client.h"

#include <QPointer>
#include <QTimer>

// Private to DescopeQt6Core: not installed, no compatibility promise.

namespace Descope {

/// The state and the logic of OtpFlow (see there for the state machine). The public class
/// forwards each call here; signals are emitted through q.
class OtpFlowPrivate
{
public:
    using State = OtpFlow::State;
    using Mode = OtpFlow::Mode;
    using Request = OtpFlow::Request;

    OtpFlowPrivate(OtpFlow *q, Client *client, Clock *clock);

    // The public API's implementations.
    void start(const Request &request);
    void verify(const QString &code);
    void resend();
    void cancel();
    [[nodiscard]] QString destination() const;
    [[nodiscard]] int resendRemainingSeconds() const;
    [[nodiscard]] bool canResend() const;

    void setState(State state);
    void send();
    void onSent(MaskedAddressReply *reply);
    void onVerified(AuthenticationReply *reply);
    void setResendAllowedIn(qint64 seconds);
    /// The countdown ends now (resend allowed at once); tells it if it was running.
    void endCountdown();
    void tick();

    OtpFlow *const q;
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
