// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulator.h"

#include "replies.h"
#include "validation_p.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

// Descope's endpoints (docs/wire-protocol.md §2): the one-time-code calls, refresh, me,
// logout and the key set, with Descope's shapes, statuses and codes. docs/emulator-fidelity.md
// gives the source of each behaviour, or says it is the emulator's choice.

namespace Descope::Emulator {

namespace {

const QLatin1StringView SessionDrn("DS");
const QLatin1StringView RefreshDrn("DSR");

bool looksLikePhone(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\A\+?[0-9]{7,15}\z)"));
    return pattern.match(value).hasMatch();
}

QString randomDigits(int count)
{
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    return digits;
}

QString randomId(QChar prefix)
{
    return prefix + QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

/// A Set-Cookie value as Descope sends one (tests/data/verify.response.cookie-mode.http).
QPair<QByteArray, QByteArray> setCookie(const QString &name, const QByteArray &token, qint64 expiresAt, qint64 now)
{
    const QDateTime expires = QDateTime::fromSecsSinceEpoch(expiresAt).toUTC();
    const QByteArray httpDate = QLocale::c().toString(expires, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    return {QByteArrayLiteral("Set-Cookie"),
            name.toLatin1() + '=' + token + "; Path=/; Expires=" + httpDate
                + "; Max-Age=" + QByteArray::number(expiresAt - now) + "; HttpOnly; Secure; SameSite=None"};
}

QString mask(const QString &address, bool isEmail)
{
    if (isEmail) {
        const qsizetype at = address.indexOf(QLatin1Char('@'));
        return address.left(1) + QStringLiteral("***") + address.mid(at);
    }
    return QString(qMax<qsizetype>(0, address.size() - 2), QLatin1Char('*')) + address.right(2);
}

} // namespace

Server::Response Server::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (path.startsWith(QLatin1StringView("/emulator/")))
        return emulatorEndpoint(request, path);

    Caller caller;
    const QByteArray authorization = request.value("Authorization");
    if (authorization.startsWith("Bearer ")) {
        const QByteArray credentials = authorization.mid(7);
        const qsizetype colon = credentials.indexOf(':');
        const QByteArray projectId = colon < 0 ? credentials : credentials.left(colon);
        caller.projectOk = QString::fromUtf8(projectId) == m_options.projectId;
        caller.token = colon < 0 ? QByteArray() : credentials.mid(colon + 1);
    }
    journal(request, caller, path);
    if (auto refused = checkRateLimit(request.remoteAddress()))
        return *refused;

    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    if (isGet && path.startsWith(QLatin1StringView("/v2/keys/")))
        return keys(path.mid(9));
    if (!caller.projectOk)
        return errorReply(401, Codes::InvalidRequest, QStringLiteral("Unknown project or missing Authorization"));
    if (isGet && path == QLatin1StringView("/v1/auth/me"))
        return me(caller);
    if (request.method() != QHttpServerRequest::Method::Post)
        return errorReply(405, Codes::BadRequest, QStringLiteral("Method not allowed"));

    QJsonObject body;
    if (!request.body().trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return errorReply(400, Codes::BadRequest, QStringLiteral("Request is malformed"));
        body = document.object();
    }

    if (path == QLatin1StringView("/v1/auth/refresh"))
        return refresh(caller);
    if (path == QLatin1StringView("/v1/auth/logout"))
        return logout(caller, false);
    if (path == QLatin1StringView("/v1/auth/logoutall"))
        return logout(caller, true);
    if (path == QLatin1StringView("/v1/auth/otp/update/email"))
        return startUpdate(Purpose::UpdateEmail, DeliveryMethod::Email, body, caller);

    static const QRegularExpression otpRoute(
        QStringLiteral(R"(\A/v1/auth/otp/(signup|signin|signup-in|verify|update/phone)/([a-z]+)\z)"));
    const auto match = otpRoute.match(path);
    if (!match.hasMatch())
        return errorReply(404, Codes::BadRequest, QStringLiteral("Not found"));
    const auto method = deliveryMethodFromString(match.capturedView(2));
    if (!method)
        return errorReply(400, Codes::InvalidRequest, QStringLiteral("Unknown delivery method"));
    const QStringView operation = match.capturedView(1);
    if (operation == u"verify")
        return verify(*method, body);
    if (operation == u"update/phone") {
        if (!isPhoneMethod(*method))
            return errorReply(400, Codes::InvalidRequest, QStringLiteral("Phone updates use sms, voice or whatsapp"));
        return startUpdate(Purpose::UpdatePhone, *method, body, caller);
    }
    const Purpose purpose = operation == u"signup" ? Purpose::SignUp
        : operation == u"signin"                   ? Purpose::SignIn
                                                   : Purpose::SignUpOrIn;
    return startOtp(purpose, *method, body, caller);
}

Server::Response Server::keys(const QString &projectId)
{
    if (projectId != m_options.projectId)
        return errorReply(400, Codes::InvalidRequest, QStringLiteral("Unknown project"));
    return jsonReply({{QStringLiteral("keys"), QJsonArray{m_state.issuer().publicJwk()}}});
}

Server::Response Server::startOtp(Purpose purpose, DeliveryMethod method, const QJsonObject &body,
                                  const Caller &caller)
{
    const QString loginId = stringField(body, QLatin1StringView("loginId"));
    if (loginId.isEmpty() || Validation::checkLoginId(loginId))
        return errorReply(400, Codes::InvalidRequest, QStringLiteral("The loginId field is missing or invalid"));
    const QJsonObject loginOptions = body.value(QLatin1StringView("loginOptions")).toObject();
    UserRecord *existing = m_state.findUserByLoginId(loginId);

    // Both need the refresh token (go-sdk LoginOptions.IsJWTRequired): stepup puts su in the
    // new session token, mfa adds this factor to the ones proven before.
    PendingCode pending;
    pending.stepup = loginOptions.value(QLatin1StringView("stepup")).toBool();
    const bool mfa = loginOptions.value(QLatin1StringView("mfa")).toBool();
    if (pending.stepup || mfa) {
        auto owner = userForRefreshToken(caller);
        if (auto *response = std::get_if<Response>(&owner))
            return *response;
        const RefreshSession &session = std::get<RefreshSession>(owner);
        if (session.user != existing)
            return errorReply(400, Codes::InvalidRequest, QStringLiteral("Step-up must be for the signed-in user"));
        if (mfa)
            pending.priorAmr = session.amr;
    }

    if (purpose == Purpose::SignUpOrIn)
        purpose = existing ? Purpose::SignIn : Purpose::SignUp;
    if (purpose == Purpose::SignUp && existing)
        return errorReply(400, Codes::UserAlreadyExists, QStringLiteral("User already exists"));
    if (purpose == Purpose::SignIn && !existing)
        return errorReply(400, Codes::UserNotFound, QStringLiteral("User not found"));

    const QJsonObject user = body.value(QLatin1StringView("user")).toObject();
    QString to;
    if (method == DeliveryMethod::Email) {
        to = existing ? existing->email : stringField(user, QLatin1StringView("email"));
        if (to.isEmpty())
            to = stringField(body, QLatin1StringView("email")); // legacy top-level field (Go SDK)
        if (to.isEmpty() && !existing && Validation::isValidEmail(loginId))
            to = loginId;
        if (!Validation::isValidEmail(to))
            return errorReply(400, Codes::InvalidRequest, QStringLiteral("No valid email address to send the code to"));
    } else {
        to = existing ? existing->phone : stringField(user, QLatin1StringView("phone"));
        if (to.isEmpty())
            to = stringField(body, QLatin1StringView("phone"));
        if (to.isEmpty() && !existing && looksLikePhone(loginId))
            to = loginId;
        if (!looksLikePhone(to))
            return errorReply(400, Codes::InvalidRequest, QStringLiteral("No valid phone number to send the code to"));
    }

    pending.purpose = purpose;
    pending.signUpUser = user;
    pending.newAddress = to;
    return sendCode(loginId, method, to, pending);
}

Server::Response Server::startUpdate(Purpose purpose, DeliveryMethod method, const QJsonObject &body,
                                     const Caller &caller)
{
    auto owner = userForRefreshToken(caller);
    if (auto *response = std::get_if<Response>(&owner))
        return *response;
    const RefreshSession &session = std::get<RefreshSession>(owner);
    const UserRecord *user = session.user;

    const QString loginId = stringField(body, QLatin1StringView("loginId"));
    if (!user->loginIds.contains(loginId))
        return errorReply(400, Codes::InvalidRequest, QStringLiteral("The loginId does not belong to this session"));
    const bool isEmail = purpose == Purpose::UpdateEmail;
    const QString address = stringField(body, isEmail ? QLatin1StringView("email") : QLatin1StringView("phone"));
    if (isEmail ? !Validation::isValidEmail(address) : !Validation::isE164Phone(address))
        return errorReply(400, Codes::InvalidRequest,
                     isEmail ? QStringLiteral("Invalid email address") : QStringLiteral("Invalid phone number"));

    PendingCode pending;
    pending.purpose = purpose;
    pending.userId = user->userId;
    pending.newAddress = address;
    pending.addToLoginIds = body.value(QLatin1StringView("addToLoginIDs")).toBool();
    pending.onMergeUseExisting = body.value(QLatin1StringView("onMergeUseExisting")).toBool();
    // An update with mfa keeps the factors proven before and adds the new one (go-sdk
    // descope/types.go UpdateOptions, core-js UpdateOptions).
    if (body.value(QLatin1StringView("mfa")).toBool())
        pending.priorAmr = session.amr;
    const UserRecord *other = m_state.findUserByLoginId(address);
    if (other && other != user && pending.addToLoginIds && !pending.onMergeUseExisting)
        return errorReply(400, Codes::UserAlreadyExists, QStringLiteral("Another user already has this login id"));
    return sendCode(loginId, method, address, pending);
}

Server::Response Server::sendCode(const QString &loginId, DeliveryMethod method, const QString &to,
                                  PendingCode pending)
{
    if (auto refused = checkSendLimit(loginId))
        return *refused;
    const qint64 current = now();

    pending.code = randomDigits(6);
    pending.method = method;
    pending.expiresAt = current + m_options.codeTtl;
    m_pendingCodes.insert(loginId, pending); // a newer code voids the older one

    const bool isEmail = method == DeliveryMethod::Email;
    OutboxMessage message{loginId, method, to, mask(to, isEmail), pending.code, current};
    m_outbox << message;
    while (m_outbox.size() > qMax(1, m_options.outboxLimit))
        m_outbox.removeFirst();
    Q_EMIT codeSent(message);

    if (isEmail)
        return jsonReply({{QStringLiteral("maskedEmail"), message.maskedTo}});
    return jsonReply({{QStringLiteral("maskedPhone"), message.maskedTo}});
}

Server::Response Server::verify(DeliveryMethod method, const QJsonObject &body)
{
    const QString loginId = stringField(body, QLatin1StringView("loginId"));
    const QString code = stringField(body, QLatin1StringView("code"));
    if (loginId.isEmpty() || code.isEmpty())
        return errorReply(400, Codes::InvalidRequest, QStringLiteral("loginId and code are required"));

    const auto it = m_pendingCodes.find(loginId);
    if (it == m_pendingCodes.end())
        return errorReply(400, Codes::WrongOtpCode, QStringLiteral("Wrong code"));
    if (now() > it->expiresAt) {
        m_pendingCodes.erase(it);
        return errorReply(400, Codes::OtpCodeExpired, QStringLiteral("Code expired"));
    }
    if (it->code != code || it->method != method) {
        if (++it->attempts >= m_options.maxAttempts) {
            m_pendingCodes.erase(it);
            return errorReply(400, Codes::TooManyOtpAttempts, QStringLiteral("Too many attempts"));
        }
        return errorReply(400, Codes::WrongOtpCode, QStringLiteral("Wrong code"));
    }
    const PendingCode pending = *it;
    m_pendingCodes.erase(it);

    const bool byEmail = method == DeliveryMethod::Email;
    UserRecord *user = nullptr;
    switch (pending.purpose) {
    case Purpose::SignUp:
    case Purpose::SignUpOrIn: {
        if (m_state.findUserByLoginId(loginId))
            return errorReply(400, Codes::UserAlreadyExists, QStringLiteral("User already exists"));
        UserRecord created;
        created.userId = randomId(QLatin1Char('U'));
        created.loginIds = {loginId};
        created.name = stringField(pending.signUpUser, QLatin1StringView("name"));
        created.givenName = stringField(pending.signUpUser, QLatin1StringView("givenName"));
        created.middleName = stringField(pending.signUpUser, QLatin1StringView("middleName"));
        created.familyName = stringField(pending.signUpUser, QLatin1StringView("familyName"));
        created.email = stringField(pending.signUpUser, QLatin1StringView("email"));
        created.phone = stringField(pending.signUpUser, QLatin1StringView("phone"));
        (byEmail ? created.email : created.phone) = pending.newAddress;
        created.createdTime = now();
        user = &m_state.addUser(created);
        break;
    }
    case Purpose::SignIn:
        user = m_state.findUserByLoginId(loginId);
        if (!user)
            return errorReply(400, Codes::UserNotFound, QStringLiteral("User not found"));
        break;
    case Purpose::UpdateEmail:
    case Purpose::UpdatePhone: {
        user = m_state.findUserById(pending.userId);
        if (!user)
            return errorReply(400, Codes::UserNotFound, QStringLiteral("User not found"));
        UserRecord *other = m_state.findUserByLoginId(pending.newAddress);
        if (other && other != user && pending.addToLoginIds) {
            if (!pending.onMergeUseExisting)
                return errorReply(400, Codes::UserAlreadyExists, QStringLiteral("Another user already has this login id"));
            // Merge: the existing user stays, and takes this user's login ids.
            const QString mergedId = user->userId;
            for (const QString &id : std::as_const(user->loginIds)) {
                if (!other->loginIds.contains(id))
                    other->loginIds << id;
            }
            const QString otherId = other->userId;
            m_state.removeUser(mergedId);
            user = m_state.findUserById(otherId);
        }
        const bool isEmail = pending.purpose == Purpose::UpdateEmail;
        (isEmail ? user->email : user->phone) = pending.newAddress;
        (isEmail ? user->verifiedEmail : user->verifiedPhone) = true;
        if (pending.addToLoginIds && !user->loginIds.contains(pending.newAddress))
            user->loginIds << pending.newAddress;
        break;
    }
    }

    if (pending.purpose == Purpose::SignUp || pending.purpose == Purpose::SignIn
        || pending.purpose == Purpose::SignUpOrIn)
        (byEmail ? user->verifiedEmail : user->verifiedPhone) = true;
    Grant grant;
    grant.firstSeen = !user->everVerified;
    grant.stepup = pending.stepup;
    grant.amr = pending.priorAmr;
    if (!grant.amr.contains(pathSegment(method)))
        grant.amr << pathSegment(method);
    user->everVerified = true;
    return issueSession(*user, grant);
}

Server::Response Server::issueSession(UserRecord &user, const Grant &grant)
{
    const qint64 issuedAt = now();
    const bool newRefreshToken = grant.keptRefreshExpiresAt == 0;
    const qint64 refreshExpiresAt = newRefreshToken ? issuedAt + m_options.refreshTtl : grant.keptRefreshExpiresAt;
    const QJsonArray amr = QJsonArray::fromStringList(grant.amr);
    // rexp: the refresh token's expiry, as an ISO-8601 string, as in Descope's session tokens.
    QJsonObject sessionClaims{{QStringLiteral("sub"), user.userId},
                              {QStringLiteral("iss"), m_options.projectId},
                              {QStringLiteral("iat"), issuedAt},
                              {QStringLiteral("exp"), issuedAt + m_options.sessionTtl},
                              {QStringLiteral("drn"), SessionDrn},
                              {QStringLiteral("amr"), amr},
                              {QStringLiteral("rexp"), QDateTime::fromSecsSinceEpoch(refreshExpiresAt).toUTC()
                                                           .toString(Qt::ISODate)}};
    if (grant.stepup)
        sessionClaims.insert(QLatin1StringView("su"), true);
    const QByteArray session = m_state.issuer().sign(sessionClaims);
    QByteArray refreshJwt;
    if (newRefreshToken) {
        const QString jti = randomId(QLatin1Char('R'));
        refreshJwt = m_state.issuer().sign({{QStringLiteral("sub"), user.userId},
                                            {QStringLiteral("iss"), m_options.projectId},
                                            {QStringLiteral("iat"), issuedAt},
                                            {QStringLiteral("exp"), refreshExpiresAt},
                                            {QStringLiteral("drn"), RefreshDrn},
                                            {QStringLiteral("amr"), amr},
                                            {QStringLiteral("jti"), jti}});
        m_state.addRefreshToken(jti, RefreshTokenRecord{user.userId, grant.amr, grant.stepup});
    }
    QJsonObject body{{QStringLiteral("sessionJwt"), QString::fromLatin1(session)},
                     {QStringLiteral("refreshJwt"), QString::fromLatin1(refreshJwt)},
                     {QStringLiteral("cookieDomain"), QString()},
                     {QStringLiteral("cookiePath"), QStringLiteral("/")},
                     {QStringLiteral("cookieMaxAge"), refreshExpiresAt - issuedAt},
                     {QStringLiteral("cookieExpiration"), refreshExpiresAt},
                     {QStringLiteral("sessionExpiration"), issuedAt + m_options.sessionTtl},
                     {QStringLiteral("user"), user.toResponseJson()},
                     {QStringLiteral("firstSeen"), grant.firstSeen}};
    QList<QPair<QByteArray, QByteArray>> cookies;
    if (m_options.cookies) {
        // As a project that manages tokens in cookies: empty body fields, the tokens in
        // Set-Cookie (the shape of tests/data/verify.response.cookie-mode.http). A project
        // that names its cookies says so in the body (tests/data/verify.response.custom-cookie-names.json).
        body.insert(QLatin1StringView("sessionJwt"), QString());
        body.insert(QLatin1StringView("refreshJwt"), QString());
        if (!m_options.sessionCookieName.isEmpty())
            body.insert(QLatin1StringView("sessionCookieName"), m_options.sessionCookieName);
        if (!m_options.refreshCookieName.isEmpty())
            body.insert(QLatin1StringView("cookieName"), m_options.refreshCookieName);
        const QString sessionCookie = m_options.sessionCookieName.isEmpty() ? QString(SessionDrn) : m_options.sessionCookieName;
        const QString refreshCookie = m_options.refreshCookieName.isEmpty() ? QString(RefreshDrn) : m_options.refreshCookieName;
        cookies << setCookie(sessionCookie, session, issuedAt + m_options.sessionTtl, issuedAt);
        if (!refreshJwt.isEmpty())
            cookies << setCookie(refreshCookie, refreshJwt, refreshExpiresAt, issuedAt);
    }
    saveState();
    Response response = jsonReply(body);
    response.headers << cookies;
    return response;
}

std::variant<Server::RefreshSession, Server::Response> Server::userForRefreshToken(const Caller &caller)
{
    if (caller.token.isEmpty())
        return errorReply(401, Codes::InvalidRequest, QStringLiteral("A refresh token is required"));
    VerifyOptions verifyOptions;
    verifyOptions.projectId = m_options.projectId;
    verifyOptions.now = now();
    verifyOptions.leewaySeconds = 0;
    verifyOptions.expectedDrn = RefreshDrn;
    const auto claims = JwtVerifier::verify(caller.token, m_publicKeys, verifyOptions);
    if (!claims)
        return errorReply(401, Codes::InvalidRequest, QStringLiteral("Invalid or expired refresh token"));
    const QString jti = claims->all.value(QLatin1StringView("jti")).toString();
    const RefreshTokenRecord *record = m_state.refreshToken(jti);
    if (!record)
        return errorReply(401, Codes::TokenExpiredByLogout, QStringLiteral("Token was revoked"));
    UserRecord *user = m_state.findUserById(record->userId);
    if (!user)
        return errorReply(401, Codes::UserNotFound, QStringLiteral("User not found"));
    return RefreshSession{user, jti, claims->expiresAt, record->amr};
}

Server::Response Server::refresh(const Caller &caller)
{
    auto owner = userForRefreshToken(caller);
    if (auto *response = std::get_if<Response>(&owner))
        return *response;
    const RefreshSession session = std::get<RefreshSession>(owner);
    Grant grant;
    grant.amr = session.amr;
    // Without rotation Descope sends an empty refreshJwt: the client keeps the one it has.
    if (m_options.rotateRefresh)
        m_state.revokeRefreshToken(session.jti);
    else
        grant.keptRefreshExpiresAt = session.expiresAt;
    return issueSession(*session.user, grant);
}

Server::Response Server::me(const Caller &caller)
{
    auto owner = userForRefreshToken(caller);
    if (auto *response = std::get_if<Response>(&owner))
        return *response;
    return jsonReply(std::get<RefreshSession>(owner).user->toResponseJson());
}

Server::Response Server::logout(const Caller &caller, bool everywhere)
{
    auto owner = userForRefreshToken(caller);
    if (auto *response = std::get_if<Response>(&owner))
        return *response;
    const RefreshSession &session = std::get<RefreshSession>(owner);
    if (everywhere)
        m_state.revokeRefreshTokensOf(session.user->userId);
    else
        m_state.revokeRefreshToken(session.jti);
    saveState();
    return jsonReply({{QStringLiteral("sessionJwt"), QString()},
                 {QStringLiteral("refreshJwt"), QString()},
                 {QStringLiteral("cookiePath"), QStringLiteral("/")},
                 {QStringLiteral("cookieMaxAge"), 0}});
}

} // namespace Descope::Emulator
