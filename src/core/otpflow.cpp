// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "otpflow.h"

#include "loginid.h"
#include "logging_p.h"
#include "validation_p.h"

namespace Descope {

OtpFlow::OtpFlow(Client *client, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? clock : SystemClock::instance())
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &OtpFlow::tick);
    connect(m_clock, &Clock::jumped, this, &OtpFlow::tick);
}

OtpFlow::~OtpFlow()
{
    if (m_inFlight) {
        // Cancelling finishes the reply at once; nobody may hear about it from a flow
        // (and an owner) that is being destroyed.
        m_inFlight->disconnect(this);
        m_inFlight->cancel();
    }
}

void OtpFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString OtpFlow::destination() const
{
    const QString address = m_address.isEmpty() ? m_loginId : m_address;
    return maskFits(m_masked.address, address) ? address : m_masked.address;
}

bool OtpFlow::maskFits(const QString &mask, const QString &address)
{
    // Phone masks keep digits only ("***23" of "+12015550123"); email masks keep letters.
    const bool phone = !address.contains(QLatin1Char('@'));
    const auto comparable = [phone](const QString &text) {
        if (!phone) // the mask may carry the domain in ACE form, the address in Unicode
            return LoginId::displayForm(text).toCaseFolded();
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit() || c == QLatin1Char('*'))
                digits += c;
        }
        return digits;
    };
    const QString masked = comparable(mask);
    const QString full = comparable(address);
    const QStringList parts = masked.split(QLatin1Char('*'));
    qsizetype from = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty())
            continue;
        if (i == 0 && !full.startsWith(part))
            return false;
        if (i == parts.size() - 1 && !full.endsWith(part))
            return false;
        const qsizetype at = full.indexOf(part, from);
        if (at < 0)
            return false;
        from = at + part.size();
    }
    return true;
}

int OtpFlow::resendRemainingSeconds() const
{
    const qint64 leftMs = m_resendAllowedAtMs - m_clock->nowMs();
    return leftMs <= 0 ? 0 : int((leftMs + 999) / 1000);
}

void OtpFlow::setResendAllowedIn(qint64 seconds)
{
    m_resendAllowedAtMs = qMax(m_resendAllowedAtMs, m_clock->nowMs() + seconds * 1000);
    tick();
}

bool OtpFlow::canResend() const
{
    if (resendRemainingSeconds() > 0)
        return false;
    return m_state == State::AwaitingCode || (m_state == State::Failed && !m_loginId.isEmpty());
}

void OtpFlow::endCountdown()
{
    m_resendAllowedAtMs = 0;
    m_countdown.stop();
    if (m_lastCountdown != 0) {
        m_lastCountdown = 0;
        Q_EMIT resendCountdownChanged(0);
    }
}

void OtpFlow::tick()
{
    const int left = resendRemainingSeconds();
    if (left > 0 && !m_countdown.isActive())
        m_countdown.start();
    else if (left == 0)
        m_countdown.stop();
    m_lastCountdown = left;
    Q_EMIT resendCountdownChanged(left);
}

void OtpFlow::start(const Request &request)
{
    if (m_state == State::Sending || m_state == State::Verifying) {
        Q_EMIT inputRejected(Error::invalidInput(Error::InputProblem::Busy, QStringLiteral("a request is in flight")));
        return;
    }
    using Problem = Error::InputProblem;
    const bool isUpdate = request.mode == Mode::UpdateEmail || request.mode == Mode::UpdatePhone;
    QString loginId;
    QString address;
    if (isUpdate) {
        if (auto error = Validation::checkLoginId(request.loginId)) {
            Q_EMIT inputRejected(*error);
            return;
        }
        if (request.refreshJwt.isEmpty()) {
            Q_EMIT inputRejected(Error::invalidInput(Problem::NotSignedIn, QStringLiteral("update needs a session")));
            return;
        }
        const auto parsed = LoginId::parse(request.newAddress, request.defaultRegion);
        const bool wantEmail = request.mode == Mode::UpdateEmail;
        if (!parsed) {
            Q_EMIT inputRejected(parsed.error().inputProblem() == Problem::LoginId
                                     ? Error::invalidInput(wantEmail ? Problem::Email : Problem::Phone,
                                                           parsed.error().detail())
                                     : parsed.error());
            return;
        }
        if (parsed->isEmail() != wantEmail || !parsed->fits(request.method)) {
            Q_EMIT inputRejected(Error::invalidInput(wantEmail ? Problem::Email : Problem::MethodMismatch,
                                                     QStringLiteral("the new address does not fit the update")));
            return;
        }
        loginId = request.loginId;
        address = parsed->value();
    } else {
        const auto parsed = LoginId::parse(request.loginId, request.defaultRegion);
        if (!parsed) {
            Q_EMIT inputRejected(parsed.error());
            return;
        }
        if (!parsed->fits(request.method)) {
            Q_EMIT inputRejected(Error::invalidInput(Problem::MethodMismatch, QStringLiteral("method does not fit the login id")));
            return;
        }
        loginId = parsed->value();
    }

    m_request = request;
    m_loginId = loginId;
    m_address = address;
    m_masked = {};
    m_result = {};
    m_error = {};
    m_voidError = {};
    m_codeVoid = false;
    m_sends = 0;
    endCountdown(); // an earlier conversation's wait does not apply to this one
    send();
}

void OtpFlow::send()
{
    setState(State::Sending);
    const Request &r = m_request;
    MaskedAddressReply *reply = nullptr;
    switch (r.mode) {
    case Mode::SignUp:
        reply = m_client->signUp(r.method, m_loginId, r.user, r.loginOptions);
        break;
    case Mode::SignIn:
        reply = m_client->signIn(r.method, m_loginId, r.loginOptions, r.refreshJwt);
        break;
    case Mode::SignUpOrIn:
        reply = m_client->signUpOrIn(r.method, m_loginId, r.loginOptions, r.refreshJwt);
        break;
    case Mode::UpdateEmail:
        reply = m_client->updateEmail(m_loginId, m_address, r.refreshJwt, r.updateOptions);
        break;
    case Mode::UpdatePhone:
        reply = m_client->updatePhone(r.method, m_loginId, m_address, r.refreshJwt, r.updateOptions);
        break;
    }
    m_inFlight = reply;
    connect(reply, &Reply::finished, this, &OtpFlow::onSent);
}

void OtpFlow::onSent()
{
    auto *reply = qobject_cast<MaskedAddressReply *>(sender());
    if (!reply || reply != m_inFlight)
        return;
    m_inFlight.clear();
    // A code the person can still type: the earlier one, when this was a resend.
    const bool codeUsable = m_sends > 0 && !m_codeVoid;
    if (reply->isSuccess()) {
        ++m_sends;
        m_codeVoid = false;
        m_voidError = {};
        m_error = {};
        m_masked = reply->maskedAddress();
        // 30 s, then 60, 120, … up to 5 min between codes.
        const qint64 cooldown = qMin<qint64>(MaxCooldownSeconds, qint64(InitialCooldownSeconds) << qMin(m_sends - 1, 8));
        setResendAllowedIn(cooldown);
        setState(State::AwaitingCode);
        Q_EMIT codeSent(m_masked);
        return;
    }
    const Error &error = reply->error();
    if (error.kind() == Error::Kind::RateLimited)
        setResendAllowedIn(error.retryAfterSeconds() > 0 ? error.retryAfterSeconds() : InitialCooldownSeconds);
    if (error.kind() == Error::Kind::Cancelled) {
        // Back to where the resend started: awaiting the earlier code, or failed with a
        // void one (resend() works again at once).
        setState(codeUsable ? State::AwaitingCode : m_codeVoid ? State::Failed : State::Idle);
        return;
    }
    if (codeUsable) {
        setState(State::AwaitingCode); // the earlier code may still work
        Q_EMIT attemptFailed(error);
    } else {
        m_error = error;
        setState(State::Failed);
        Q_EMIT failed(error);
    }
}

void OtpFlow::resend()
{
    if (m_state != State::AwaitingCode && !(m_state == State::Failed && !m_loginId.isEmpty()))
        return;
    // After too many attempts, an expired code or a failed send, a new code at once; only
    // the server's Retry-After (or the cooldown while a code still works) makes us wait.
    if (!canResend()) {
        Q_EMIT inputRejected(Error::invalidInput(Error::InputProblem::Busy, QStringLiteral("resend is cooling down")));
        return;
    }
    send();
}

void OtpFlow::verify(const QString &code)
{
    if (m_state == State::Failed && m_codeVoid) {
        // Not "busy": the code is void, and the reason says to ask for a new one.
        Q_EMIT inputRejected(m_voidError);
        return;
    }
    if (m_state != State::AwaitingCode) {
        Q_EMIT inputRejected(Error::invalidInput(Error::InputProblem::Busy, QStringLiteral("no code is awaited")));
        return;
    }
    if (!Validation::isValidCode(code)) {
        Q_EMIT inputRejected(Error::invalidInput(Error::InputProblem::Code, QStringLiteral("the code is not six digits")));
        return;
    }
    setState(State::Verifying);
    // Updates are verified for the existing login id, by the new address's method.
    auto *reply = m_client->verify(m_request.method, m_loginId, code);
    m_inFlight = reply;
    connect(reply, &Reply::finished, this, &OtpFlow::onVerified);
}

void OtpFlow::onVerified()
{
    auto *reply = qobject_cast<AuthenticationReply *>(sender());
    if (!reply || reply != m_inFlight)
        return;
    m_inFlight.clear();
    if (reply->isSuccess()) {
        m_result = reply->authentication();
        endCountdown();
        setState(State::Done);
        Q_EMIT verified(m_result);
        return;
    }
    const Error &error = reply->error();
    if (error.voidsCode()) {
        m_error = error;
        m_voidError = error;
        m_codeVoid = true;
        endCountdown(); // before Failed: whoever reacts to it finds resend allowed
        setState(State::Failed);
        Q_EMIT failed(error);
        return;
    }
    setState(State::AwaitingCode);
    if (error.kind() != Error::Kind::Cancelled)
        Q_EMIT attemptFailed(error);
}

void OtpFlow::cancel()
{
    if (m_inFlight) {
        m_inFlight->cancel(); // finished (Cancelled) lands in onSent/onVerified
        return;
    }
    m_codeVoid = false;
    endCountdown();
    setState(State::Idle);
}

} // namespace Descope
