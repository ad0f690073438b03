// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "otpflow.h"

#include "client.h"
#include "clock.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <optional>

// Private to DescopeQt6Core: not installed, no compatibility promise.

namespace Descope {

/**
 * The codes the OtpFlows of one Client sent and whose resend cooldown still runs, by what
 * each is for (OtpFlowPrivate::purposeKey()). A flow asked to send one of them again within
 * that cooldown resumes the earlier conversation instead of sending (OtpFlow's class docs).
 * A child of the Client (of(): made on first use), so it lives as long as the Client, in its
 * thread, and flows of other Clients never see it.
 */
class OtpSendLog : public QObject
{
    Q_OBJECT
public:
    /// A code sent: where, how many sends the conversation made, when resend is allowed.
    struct Entry
    {
        MaskedAddress masked;
        int sends = 0;
        qint64 resendAllowedAtMs = 0; ///< on clock
        QPointer<Clock> clock;        ///< the clock of the flow that sent it
    };

    explicit OtpSendLog(Client *client);
    /// client's log, made on first use.
    [[nodiscard]] static OtpSendLog *of(Client *client);

    /// The code sent for key while its cooldown runs, and the milliseconds left of it;
    /// nothing once it ran out (the entry is forgotten then).
    [[nodiscard]] std::optional<std::pair<Entry, qint64>> running(const QString &key);
    void record(const QString &key, const Entry &entry);
    /// Resend waits until at least allowedAtMs (Retry-After), when key's code is still logged.
    void extend(const QString &key, qint64 allowedAtMs, Clock *clock);
    /// The code for key was verified or is void: the next start() sends a new one.
    void forget(const QString &key);

private:
    QHash<QString, Entry> m_entries;
};

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
    /// What the code is for: mode, normalised login id, method, new address and the options
    /// that shape the session or the account (not templates or locale, which only shape the
    /// message). Two starts with one key ask for the same code.
    [[nodiscard]] QString purposeKey() const;
    /// start() found key's code still cooling down: the conversation goes on with it.
    void resume();
    [[nodiscard]] OtpSendLog *sendLog() const;

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
    QString m_key;        ///< purposeKey() of the current conversation
    QTimer m_resume;      ///< single shot: resume() from the event loop after start()
};

} // namespace Descope
