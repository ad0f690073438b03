// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "otpflow_p.h"

#include "clock.h"

#include "loginid.h"
#include "logging_p.h"
#include "sessionmanager.h"
#include "validation_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Descope {

OtpFlowPrivate::OtpFlowPrivate(OtpFlow *q, Client *client, Clock *clock)
    : q(q)
    , m_client(client)
    , m_clock(clock ? clock : SystemClock::instance())
{
}

OtpSendLog::OtpSendLog(Client *client)
    : QObject(client)
{
}

OtpSendLog *OtpSendLog::of(Client *client)
{
    if (auto *log = client->findChild<OtpSendLog *>(QString(), Qt::FindDirectChildrenOnly))
        return log;
    return new OtpSendLog(client);
}

std::optional<std::pair<OtpSendLog::Entry, qint64>> OtpSendLog::running(const QString &key)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    const qint64 leftMs = it->clock ? it->resendAllowedAtMs - it->clock->nowMs() : 0;
    if (leftMs <= 0) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return std::make_pair(*it, leftMs);
}

void OtpSendLog::record(const QString &key, const Entry &entry)
{
    // The ones whose cooldown ran out are of no more use: the log stays as small as the
    // codes still cooling down.
    m_entries.removeIf([](QHash<QString, Entry>::iterator it) {
        return !it->clock || it->resendAllowedAtMs <= it->clock->nowMs();
    });
    m_entries.insert(key, entry);
}

void OtpSendLog::extend(const QString &key, qint64 allowedAtMs, Clock *clock)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    if (it->clock == clock)
        it->resendAllowedAtMs = qMax(it->resendAllowedAtMs, allowedAtMs);
}

void OtpSendLog::forget(const QString &key)
{
    m_entries.remove(key);
}

OtpFlow::OtpFlow(Client *client, Clock *clock, QObject *parent)
    : QObject(parent)
    , d_ptr(std::make_unique<OtpFlowPrivate>(this, client, clock))
{
    Q_D(OtpFlow);
    d->m_resume.setSingleShot(true);
    d->m_resume.setInterval(0);
    connect(&d->m_resume, &QTimer::timeout, this, [d] { d->resume(); });
    d->m_countdown.setInterval(1000);
    connect(&d->m_countdown, &QTimer::timeout, this, [d] { d->tick(); });
    connect(d->m_clock, &Clock::jumped, this, [d] { d->tick(); });
}

OtpFlow::~OtpFlow()
{
    Q_D(OtpFlow);
    if (d->m_inFlight) {
        // The reply finishes (Cancelled) on the next pass of the event loop; nobody may
        // hear about it from a flow (and an owner) that is being destroyed.
        d->m_inFlight->disconnect(this);
        d->m_inFlight->cancel();
    }
}

void OtpFlowPrivate::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT q->stateChanged(state);
}

QString OtpFlowPrivate::destination() const
{
    const bool isUpdate = m_request.mode == Mode::UpdateEmail || m_request.mode == Mode::UpdatePhone;
    const bool expected = !isUpdate && m_request.mode != Mode::SignUp && !m_request.expectedDestination.isEmpty();
    const QString address = isUpdate ? m_address : expected ? m_request.expectedDestination : m_loginId;
    return OtpFlow::maskFits(m_masked.address, address) ? address : m_masked.address;
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

int OtpFlowPrivate::resendRemainingSeconds() const
{
    const qint64 leftMs = m_resendAllowedAtMs - m_clock->nowMs();
    return leftMs <= 0 ? 0 : int((leftMs + 999) / 1000);
}

void OtpFlowPrivate::setResendAllowedIn(qint64 seconds)
{
    m_resendAllowedAtMs = qMax(m_resendAllowedAtMs, m_clock->nowMs() + seconds * 1000);
    tick();
}

bool OtpFlowPrivate::canResend() const
{
    if (resendRemainingSeconds() > 0)
        return false;
    return m_state == State::AwaitingCode || (m_state == State::Failed && !m_loginId.isEmpty());
}

void OtpFlowPrivate::endCountdown()
{
    m_resendAllowedAtMs = 0;
    m_countdown.stop();
    if (m_lastCountdown != 0) {
        m_lastCountdown = 0;
        Q_EMIT q->resendCountdownChanged(0);
    }
}

void OtpFlowPrivate::tick()
{
    const int left = resendRemainingSeconds();
    if (left > 0 && !m_countdown.isActive())
        m_countdown.start();
    else if (left == 0)
        m_countdown.stop();
    m_lastCountdown = left;
    Q_EMIT q->resendCountdownChanged(left);
}

void OtpFlowPrivate::start(const Request &request)
{
    if (m_state == State::Sending || m_state == State::Verifying) {
        Q_EMIT q->inputRejected(Error::invalidInput(Error::InputProblem::Busy, QStringLiteral("a request is in flight")));
        return;
    }
    using Problem = Error::InputProblem;
    const bool isUpdate = request.mode == Mode::UpdateEmail || request.mode == Mode::UpdatePhone;
    QString loginId;
    QString address;
    if (isUpdate) {
        if (auto error = Validation::checkLoginId(request.loginId)) {
            Q_EMIT q->inputRejected(*error);
            return;
        }
        if (request.refreshJwt.isEmpty()) {
            Q_EMIT q->inputRejected(Error::invalidInput(Problem::NotSignedIn, QStringLiteral("update needs a session")));
            return;
        }
        const auto parsed = LoginId::parse(request.newAddress, request.defaultRegion);
        const bool wantEmail = request.mode == Mode::UpdateEmail;
        if (!parsed) {
            Q_EMIT q->inputRejected(parsed.error().inputProblem() == Problem::LoginId
                                     ? Error::invalidInput(wantEmail ? Problem::Email : Problem::Phone,
                                                           parsed.error().detail())
                                     : parsed.error());
            return;
        }
        if (parsed->isEmail() != wantEmail || !parsed->fits(request.method)) {
            Q_EMIT q->inputRejected(Error::invalidInput(wantEmail ? Problem::Email : Problem::MethodMismatch,
                                                     QStringLiteral("the new address does not fit the update")));
            return;
        }
        loginId = request.loginId;
        address = parsed->value();
    } else {
        if (request.mode == Mode::StepUp && request.refreshJwt.isEmpty()) {
            Q_EMIT q->inputRejected(Error::invalidInput(Problem::NotSignedIn, QStringLiteral("step-up needs a session")));
            return;
        }
        const auto parsed = LoginId::parse(request.loginId, request.defaultRegion);
        if (!parsed) {
            Q_EMIT q->inputRejected(parsed.error());
            return;
        }
        if (!parsed->fits(request.method)) {
            Q_EMIT q->inputRejected(Error::invalidInput(Problem::MethodMismatch, QStringLiteral("method does not fit the login id")));
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
    m_key = purposeKey();
    if (sendLog()->running(m_key)) {
        // The same code was sent moments ago (by this flow before the person stepped back,
        // or by another flow of this Client): no second text or call. The conversation goes
        // on with it, its outcome told from the event loop like a send's.
        setState(State::Sending);
        m_resume.start();
        return;
    }
    send();
}

OtpSendLog *OtpFlowPrivate::sendLog() const
{
    return OtpSendLog::of(m_client);
}

QString OtpFlowPrivate::purposeKey() const
{
    const Request &r = m_request;
    QJsonObject key{{QStringLiteral("mode"), int(r.mode)},
                    {QStringLiteral("method"), pathSegment(r.method)},
                    {QStringLiteral("loginId"), m_loginId},
                    {QStringLiteral("address"), m_address}};
    switch (r.mode) {
    case Mode::SignUp:
        key.insert(QStringLiteral("user"), r.user.toJson());
        Q_FALLTHROUGH();
    case Mode::SignIn:
    case Mode::SignUpOrIn:
    case Mode::StepUp:
        key.insert(QStringLiteral("stepup"), r.loginOptions.stepup || r.mode == Mode::StepUp);
        key.insert(QStringLiteral("mfa"), r.loginOptions.mfa);
        key.insert(QStringLiteral("revokeOtherSessions"), r.loginOptions.revokeOtherSessions);
        key.insert(QStringLiteral("customClaims"), r.loginOptions.customClaims);
        break;
    case Mode::UpdateEmail:
    case Mode::UpdatePhone:
        key.insert(QStringLiteral("addToLoginIDs"), r.updateOptions.addToLoginIDs);
        key.insert(QStringLiteral("onMergeUseExisting"), r.updateOptions.onMergeUseExisting);
        break;
    }
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

void OtpFlowPrivate::resume()
{
    const auto earlier = sendLog()->running(m_key);
    if (!earlier) { // verified, void or cooled down meanwhile: a new code after all
        send();
        return;
    }
    const auto &[entry, leftMs] = *earlier;
    m_sends = entry.sends;
    m_masked = entry.masked;
    m_resendAllowedAtMs = m_clock->nowMs() + leftMs;
    tick();
    setState(State::AwaitingCode);
    Q_EMIT q->codeSent(m_masked);
}

void OtpFlowPrivate::send()
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
    case Mode::StepUp: {
        // docs/wire-protocol.md §7.5: a sign-in for the same login id, stepup set, with the
        // session's refresh JWT; the verify that follows is an ordinary one.
        LoginOptions options = r.loginOptions;
        options.stepup = true;
        reply = m_client->signIn(r.method, m_loginId, options, r.refreshJwt);
        break;
    }
    }
    m_inFlight = reply;
    QObject::connect(reply, &Reply::finished, q, [this, reply] { onSent(reply); });
}

void OtpFlowPrivate::onSent(MaskedAddressReply *reply)
{
    if (reply != m_inFlight)
        return;
    m_inFlight.clear();
    // A code the person can still type: the earlier one, when this was a resend.
    const bool codeUsable = m_sends > 0 && !m_codeVoid;
    if (reply->isSuccess()) {
        ++m_sends;
        m_codeVoid = false;
        m_voidError = {};
        m_error = {};
        m_masked = reply->value();
        if (m_masked.address.isEmpty()) // no mask (200 {}): the code went by the method asked for (§3.2)
            m_masked.isEmail = m_request.method == DeliveryMethod::Email;
        // 30 s, then 60, 120, … up to 5 min between codes.
        const qint64 cooldown = qMin<qint64>(OtpFlow::MaxCooldownSeconds, qint64(OtpFlow::InitialCooldownSeconds) << qMin(m_sends - 1, 8));
        setResendAllowedIn(cooldown);
        sendLog()->record(m_key, {m_masked, m_sends, m_resendAllowedAtMs, m_clock});
        setState(State::AwaitingCode);
        Q_EMIT q->codeSent(m_masked);
        return;
    }
    const Error &error = reply->error();
    if (error.kind() == Error::Kind::RateLimited) {
        setResendAllowedIn(error.retryAfterSeconds() > 0 ? error.retryAfterSeconds() : OtpFlow::InitialCooldownSeconds);
        if (codeUsable) // a flow resuming the earlier code waits as long
            sendLog()->extend(m_key, m_resendAllowedAtMs, m_clock);
    }
    if (error.kind() == Error::Kind::Cancelled) {
        // Back to where the resend started: awaiting the earlier code, or failed with a
        // void one (resend() works again at once).
        setState(codeUsable ? State::AwaitingCode : m_codeVoid ? State::Failed : State::Idle);
        return;
    }
    if (codeUsable) {
        setState(State::AwaitingCode); // the earlier code may still work
        Q_EMIT q->attemptFailed(error);
    } else {
        m_error = error;
        setState(State::Failed);
        Q_EMIT q->failed(error);
    }
}

void OtpFlowPrivate::resend()
{
    if (m_state != State::AwaitingCode && !(m_state == State::Failed && !m_loginId.isEmpty()))
        return;
    // After too many attempts, an expired code or a failed send, a new code at once; only
    // the server's Retry-After (or the cooldown while a code still works) makes us wait.
    if (!canResend()) {
        Q_EMIT q->inputRejected(Error::invalidInput(Error::InputProblem::Busy, QStringLiteral("resend is cooling down")));
        return;
    }
    send();
}

void OtpFlowPrivate::verify(const QString &code)
{
    if (m_state == State::Failed && m_codeVoid) {
        // Not "busy": the code is void, and the reason says to ask for a new one.
        Q_EMIT q->inputRejected(m_voidError);
        return;
    }
    if (m_state != State::AwaitingCode) {
        Q_EMIT q->inputRejected(Error::invalidInput(Error::InputProblem::Busy, QStringLiteral("no code is awaited")));
        return;
    }
    if (!Validation::isValidCode(code)) {
        Q_EMIT q->inputRejected(Error::invalidInput(Error::InputProblem::Code, QStringLiteral("the code is not six digits")));
        return;
    }
    setState(State::Verifying);
    // Updates are verified for the existing login id, by the new address's method.
    auto *reply = m_client->verify(m_request.method, m_loginId, code);
    m_inFlight = reply;
    QObject::connect(reply, &Reply::finished, q, [this, reply] { onVerified(reply); });
}

void OtpFlowPrivate::onVerified(AuthenticationReply *reply)
{
    if (reply != m_inFlight)
        return;
    m_inFlight.clear();
    if (reply->isSuccess()) {
        m_result = reply->value();
        sendLog()->forget(m_key); // used: the next start() sends a new code
        endCountdown();
        setState(State::Done);
        Q_EMIT q->verified(m_result);
        return;
    }
    // Descope refusing the code, for any reason but "wrong code", voids it, whatever its
    // errorCode: no Descope source names the one for an expired code, and the code's
    // lifetime is a project setting we do not know (docs/wire-protocol.md §5.3). A new code
    // is then the way on, at once. Trouble on the way (network, 5xx, 429, a proxy's page)
    // is not Descope's word on the code: it may still work.
    const Error error = !reply->error().voidsCode() && reply->error().isDescopeRefusal() && !reply->error().isWrongCode()
        ? reply->error().codeNoLongerUsable()
        : reply->error();
    if (error.voidsCode()) {
        m_error = error;
        m_voidError = error;
        m_codeVoid = true;
        sendLog()->forget(m_key); // a new code at once, from any flow
        endCountdown(); // before Failed: whoever reacts to it finds resend allowed
        setState(State::Failed);
        Q_EMIT q->failed(error);
        return;
    }
    setState(State::AwaitingCode);
    if (error.kind() != Error::Kind::Cancelled)
        Q_EMIT q->attemptFailed(error);
}

void OtpFlowPrivate::cancel()
{
    if (m_inFlight) {
        m_inFlight->cancel(); // finished (Cancelled) lands in onSent/onVerified
        return;
    }
    m_resume.stop(); // a resumption not yet told: as a cancelled first send, Idle
    m_codeVoid = false;
    endCountdown();
    setState(State::Idle);
}

static_assert(OtpFlow::CodeLength == Validation::CodeLength, "one code length");

// The public API: each call goes to the private implementation.

void OtpFlow::start(const Request &request)
{
    d_func()->start(request);
}

void OtpFlow::verify(const QString &code)
{
    d_func()->verify(code);
}

void OtpFlow::resend()
{
    d_func()->resend();
}

void OtpFlow::cancel()
{
    d_func()->cancel();
}

void OtpFlow::setRefreshJwt(const QByteArray &refreshJwt)
{
    d_func()->m_request.refreshJwt = refreshJwt;
}

OtpFlow::State OtpFlow::state() const
{
    return d_func()->m_state;
}

const OtpFlow::Request &OtpFlow::request() const
{
    return d_func()->m_request;
}

QString OtpFlow::loginId() const
{
    return d_func()->m_loginId;
}

QString OtpFlow::destination() const
{
    return d_func()->destination();
}

const MaskedAddress &OtpFlow::maskedAddress() const
{
    return d_func()->m_masked;
}

int OtpFlow::resendRemainingSeconds() const
{
    return d_func()->resendRemainingSeconds();
}

bool OtpFlow::canResend() const
{
    return d_func()->canResend();
}

bool OtpFlow::codeVoid() const
{
    return d_func()->m_codeVoid;
}

const AuthenticationResponse &OtpFlow::result() const
{
    return d_func()->m_result;
}

const Error &OtpFlow::error() const
{
    return d_func()->m_error;
}

OtpFlow::Request OtpFlow::stepUpRequest(const SessionManager &session)
{
    Request request;
    request.mode = Mode::StepUp;
    request.loginId = session.loginId();
    request.refreshJwt = session.refreshJwt();
    const auto loginId = LoginId::parse(request.loginId);
    const bool phone = loginId && !loginId->isEmail();
    request.method = phone ? DeliveryMethod::Sms : DeliveryMethod::Email;
    // The way the person signed in last, when the session token tells it and it fits.
    const QStringList &amr = session.sessionClaims().amr;
    if (!amr.isEmpty()) {
        if (const auto method = deliveryMethodFromString(amr.first()); method && loginId && loginId->fits(*method))
            request.method = *method;
    }
    // Descope sends it to the account's own address for the channel: after an email or phone
    // change that did not add the new address to the login ids, not the login id
    // (docs/wire-protocol.md §7.5).
    if (loginId) {
        const User &account = session.user();
        request.expectedDestination = request.method == DeliveryMethod::Email ? account.email : account.phone;
    }
    return request;
}

bool OtpFlow::isValidCode(const QString &code)
{
    return Validation::isValidCode(code);
}

QString OtpFlow::normalizedCode(const QString &typed)
{
    return Validation::normalizedCode(typed);
}

} // namespace Descope
