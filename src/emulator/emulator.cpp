// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulator.h"

#include "error.h"
#include "jwt.h"
#include "validation.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QUrlQuery>

namespace Descope::Emulator {

namespace {

const QLatin1StringView SessionDrn("DS");
const QLatin1StringView RefreshDrn("DSR");

QString str(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

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

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    default: return QStringLiteral("OTHER");
    }
}

/// The id the emulator gives each refresh token (its jti claim), for revocation.
QString refreshTokenId(QByteArrayView token)
{
    const auto jwt = Jwt::decode(token);
    return jwt ? jwt->claims().all.value(QLatin1StringView("jti")).toString() : QString();
}

} // namespace

QJsonObject Server::UserRecord::toResponseJson() const
{
    // The UserResponse shape, with the auth-method flags the mobile SDKs require.
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("loginIds"), QJsonArray::fromStringList(loginIds)},
            {QStringLiteral("name"), name},
            {QStringLiteral("email"), email},
            {QStringLiteral("verifiedEmail"), verifiedEmail},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("verifiedPhone"), verifiedPhone},
            {QStringLiteral("status"), QStringLiteral("enabled")},
            {QStringLiteral("createdTime"), createdTime},
            {QStringLiteral("roleNames"), QJsonArray()},
            {QStringLiteral("userTenants"), QJsonArray()},
            {QStringLiteral("ssoAppIds"), QJsonArray()},
            {QStringLiteral("externalIds"), QJsonArray::fromStringList(loginIds)},
            {QStringLiteral("customAttributes"), QJsonObject()},
            {QStringLiteral("picture"), QString()},
            {QStringLiteral("test"), false},
            {QStringLiteral("webauthn"), false},
            {QStringLiteral("password"), false},
            {QStringLiteral("TOTP"), false},
            {QStringLiteral("SAML"), false},
            {QStringLiteral("SCIM"), false},
            {QStringLiteral("OAuth"), QJsonObject()}};
}

QJsonObject Server::UserRecord::toStoredJson() const
{
    QJsonObject object = toResponseJson();
    object.insert(QLatin1StringView("everVerified"), everVerified);
    return object;
}

Server::UserRecord Server::UserRecord::fromStoredJson(const QJsonObject &object)
{
    UserRecord user;
    user.userId = str(object, QLatin1StringView("userId"));
    for (const QJsonValue &id : object.value(QLatin1StringView("loginIds")).toArray())
        user.loginIds << id.toString();
    user.name = str(object, QLatin1StringView("name"));
    user.email = str(object, QLatin1StringView("email"));
    user.verifiedEmail = object.value(QLatin1StringView("verifiedEmail")).toBool();
    user.phone = str(object, QLatin1StringView("phone"));
    user.verifiedPhone = object.value(QLatin1StringView("verifiedPhone")).toBool();
    user.createdTime = object.value(QLatin1StringView("createdTime")).toInteger();
    user.everVerified = object.value(QLatin1StringView("everVerified")).toBool();
    return user;
}

Server::Server(const Options &options, QObject *parent)
    : HttpServer(parent)
    , m_options(options)
{
    qRegisterMetaType<OutboxMessage>();
}

Server::~Server() = default;

bool Server::loadState(QString *errorMessage)
{
    if (!m_options.dataFile.isEmpty() && QFile::exists(m_options.dataFile)) {
        QFile file(m_options.dataFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *errorMessage = file.errorString();
            return false;
        }
        const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        if (str(state, QLatin1StringView("projectId")) == m_options.projectId) {
            m_issuer = TokenIssuer::fromPem(str(state, QLatin1StringView("signingKey")).toLatin1(),
                                            str(state, QLatin1StringView("keyId")));
            for (const QJsonValue &user : state.value(QLatin1StringView("users")).toArray())
                m_users << UserRecord::fromStoredJson(user.toObject());
            const QJsonObject tokens = state.value(QLatin1StringView("refreshTokens")).toObject();
            for (auto it = tokens.begin(); it != tokens.end(); ++it) {
                const QJsonObject token = it.value().toObject();
                m_activeRefreshTokens.insert(it.key(), str(token, QLatin1StringView("userId")));
                m_refreshMethods.insert(it.key(), deliveryMethodFromString(str(token, QLatin1StringView("method")))
                                                      .value_or(DeliveryMethod::Email));
            }
        }
    }
    if (!m_issuer.isValid())
        m_issuer = TokenIssuer::generate();
    if (!m_issuer.isValid()) {
        *errorMessage = QStringLiteral("could not create a signing key");
        return false;
    }
    // The emulator checks refresh tokens with the library's own verifier.
    const QByteArray jwks = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{m_issuer.publicJwk()}}}).toJson();
    m_publicKeys = Jwks::fromJson(jwks).value();
    saveState();
    return true;
}

void Server::saveState()
{
    if (m_options.dataFile.isEmpty())
        return;
    QJsonArray users;
    for (const UserRecord &user : std::as_const(m_users))
        users << user.toStoredJson();
    QJsonObject tokens;
    for (auto it = m_activeRefreshTokens.cbegin(); it != m_activeRefreshTokens.cend(); ++it) {
        tokens.insert(it.key(), QJsonObject{{QStringLiteral("userId"), it.value()},
                                            {QStringLiteral("method"), pathSegment(m_refreshMethods.value(it.key()))}});
    }
    const QJsonObject state{{QStringLiteral("projectId"), m_options.projectId},
                            {QStringLiteral("keyId"), m_issuer.keyId()},
                            {QStringLiteral("signingKey"), QString::fromLatin1(m_issuer.privateKeyPem())},
                            {QStringLiteral("users"), users},
                            {QStringLiteral("refreshTokens"), tokens}};
    // QSaveFile writes a temporary file and renames it: a crash never leaves half a file.
    QSaveFile file(m_options.dataFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(state).toJson());
        file.commit();
    }
}

bool Server::injectFault(const QHttpServerRequest &request, HttpResponder &responder)
{
    const QString path = request.url().path();
    auto it = m_faults.find(path);
    if (it == m_faults.end())
        return false;
    const Fault fault = *it;
    if (--it->count <= 0)
        m_faults.erase(it);
    Q_EMIT requestHandled(methodName(request.method()), path, -1);

    if (fault.kind == QLatin1StringView("delay")) {
        // The request is served, but the answer comes late (past a client's timeout, say).
        respondAfter(fault.delayMs, std::move(responder), route(request));
        return true;
    }
    if (fault.kind == QLatin1StringView("drop")) {
        responder.dropConnection();
        return true;
    }
    if (fault.kind == QLatin1StringView("truncated")) {
        responder.sendRawAndClose("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
                                  "{\"sessionJwt\":\"eyJhbGciOi");
        return true;
    }
    Response response;
    if (fault.kind == QLatin1StringView("status")) {
        response = fault.html ? Response{fault.status,
                                         "<html><head><title>Bad gateway</title></head>"
                                         "<body><h1>The proxy could not reach the server</h1></body></html>",
                                         "text/html", {}}
                              : error(fault.status, QLatin1StringView("E000503"), QStringLiteral("Injected failure"));
    } else if (fault.kind == QLatin1StringView("rate-limit")) {
        response = error(429, ErrorCodes::RateLimitExceeded, QStringLiteral("Rate limit exceeded"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")});
    } else if (fault.kind == QLatin1StringView("malformed-json")) {
        response.body = "{\"sessionJwt\": \"abc\", \"user\": {\"userId\": ";
    } else if (fault.kind == QLatin1StringView("wrong-content-type")) {
        response = {200, "<html><body>Welcome to the captive portal</body></html>", "text/html", {}};
    } else if (fault.kind == QLatin1StringView("oversized")) {
        response.body = "{\"padding\":\"" + QByteArray(fault.bytes, 'x') + "\"}";
    } else {
        return false;
    }
    responder.respond(response);
    return true;
}

void Server::serve(const QHttpServerRequest &request, HttpResponder responder)
{
    const QString path = request.url().path();
    if (injectFault(request, responder))
        return;
    const Response response = route(request);
    Q_EMIT requestHandled(methodName(request.method()), path, response.status);
    const bool controlEndpoint = path.startsWith(QLatin1StringView("/emulator/"));
    respondAfter(controlEndpoint ? 0 : m_options.latencyMs, std::move(responder), response);
}

void Server::respondAfter(int milliseconds, HttpResponder responder, const Response &response)
{
    if (milliseconds <= 0)
        return responder.respond(response);
    // Shared, as a timer's slot must be copyable; the responder knows when its connection is gone.
    auto kept = std::make_shared<HttpResponder>(std::move(responder));
    QTimer::singleShot(milliseconds, this, [kept, response] { kept->respond(response); });
}

Server::Response Server::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

Server::Response Server::error(int status, QLatin1StringView code, const QString &description)
{
    return json({{QStringLiteral("errorCode"), code}, {QStringLiteral("errorDescription"), description}}, status);
}

QString Server::mask(const QString &address, bool isEmail)
{
    if (isEmail) {
        const qsizetype at = address.indexOf(QLatin1Char('@'));
        return address.left(1) + QStringLiteral("***") + address.mid(at);
    }
    return QString(qMax<qsizetype>(0, address.size() - 2), QLatin1Char('*')) + address.right(2);
}

Server::UserRecord *Server::findUserByLoginId(const QString &loginId)
{
    for (UserRecord &user : m_users) {
        if (user.loginIds.contains(loginId))
            return &user;
    }
    return nullptr;
}

Server::UserRecord *Server::findUserById(const QString &userId)
{
    for (UserRecord &user : m_users) {
        if (user.userId == userId)
            return &user;
    }
    return nullptr;
}

void Server::revokeTokensOf(const QString &userId)
{
    for (auto it = m_activeRefreshTokens.begin(); it != m_activeRefreshTokens.end();) {
        if (it.value() == userId) {
            m_refreshMethods.remove(it.key());
            it = m_activeRefreshTokens.erase(it);
        } else {
            ++it;
        }
    }
}

void Server::journal(const QHttpServerRequest &request, const Caller &caller, const QString &path)
{
    // The journal classifies the credential instead of keeping it: no token is ever stored.
    QString authorization = QStringLiteral("missing");
    if (!request.value("Authorization").isEmpty()) {
        if (!caller.projectOk) {
            authorization = QStringLiteral("other-project");
        } else if (caller.token.isEmpty()) {
            authorization = QStringLiteral("project");
        } else {
            const auto jwt = Jwt::decode(caller.token);
            const QString drn = jwt ? jwt->claims().drn : QString();
            authorization = drn == RefreshDrn ? QStringLiteral("project:refresh")
                : drn == SessionDrn           ? QStringLiteral("project:session")
                                              : QStringLiteral("project:other");
        }
    }
    const QJsonDocument body = QJsonDocument::fromJson(request.body());
    m_requestJournal.append(QJsonObject{
        {QStringLiteral("method"), methodName(request.method())},
        {QStringLiteral("path"), path},
        {QStringLiteral("authorization"), authorization},
        {QStringLiteral("body"), request.body().isEmpty() ? QJsonValue() : QJsonValue(body.object())}});
}

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

    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    if (isGet && path.startsWith(QLatin1StringView("/v2/keys/")))
        return keys(path.mid(9));
    if (!caller.projectOk)
        return error(401, ErrorCodes::InvalidRequest, QStringLiteral("Unknown project or missing Authorization"));
    if (isGet && path == QLatin1StringView("/v1/auth/me"))
        return me(caller);
    if (request.method() != QHttpServerRequest::Method::Post)
        return error(405, ErrorCodes::BadRequest, QStringLiteral("Method not allowed"));

    QJsonObject body;
    if (!request.body().trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return error(400, ErrorCodes::BadRequest, QStringLiteral("Request is malformed"));
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
        return error(404, ErrorCodes::BadRequest, QStringLiteral("Not found"));
    const auto method = deliveryMethodFromString(match.capturedView(2));
    if (!method)
        return error(400, ErrorCodes::InvalidRequest, QStringLiteral("Unknown delivery method"));
    const QStringView operation = match.capturedView(1);
    if (operation == u"verify")
        return verify(*method, body);
    if (operation == u"update/phone") {
        if (!isPhoneMethod(*method))
            return error(400, ErrorCodes::InvalidRequest, QStringLiteral("Phone updates use sms, voice or whatsapp"));
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
        return error(400, ErrorCodes::InvalidRequest, QStringLiteral("Unknown project"));
    return json({{QStringLiteral("keys"), QJsonArray{m_issuer.publicJwk()}}});
}

Server::Response Server::startOtp(Purpose purpose, DeliveryMethod method, const QJsonObject &body,
                                  const Caller &caller)
{
    const QString loginId = str(body, QLatin1StringView("loginId"));
    if (loginId.isEmpty() || Validation::checkLoginId(loginId))
        return error(400, ErrorCodes::InvalidRequest, QStringLiteral("The loginId field is missing or invalid"));
    const QJsonObject loginOptions = body.value(QLatin1StringView("loginOptions")).toObject();
    UserRecord *existing = findUserByLoginId(loginId);

    if (loginOptions.value(QLatin1StringView("stepup")).toBool()
        || loginOptions.value(QLatin1StringView("mfa")).toBool()) {
        auto owner = userForRefreshToken(caller);
        if (auto *response = std::get_if<Response>(&owner))
            return *response;
        if (std::get<UserRecord *>(owner) != existing)
            return error(400, ErrorCodes::InvalidRequest, QStringLiteral("Step-up must be for the signed-in user"));
    }

    if (purpose == Purpose::SignUpOrIn)
        purpose = existing ? Purpose::SignIn : Purpose::SignUp;
    if (purpose == Purpose::SignUp && existing)
        return error(400, ErrorCodes::UserAlreadyExists, QStringLiteral("User already exists"));
    if (purpose == Purpose::SignIn && !existing)
        return error(400, ErrorCodes::UserNotFound, QStringLiteral("User not found"));

    const QJsonObject user = body.value(QLatin1StringView("user")).toObject();
    QString to;
    if (method == DeliveryMethod::Email) {
        to = existing ? existing->email : str(user, QLatin1StringView("email"));
        if (to.isEmpty())
            to = str(body, QLatin1StringView("email")); // legacy top-level field (Go SDK)
        if (to.isEmpty() && !existing && Validation::isValidEmail(loginId))
            to = loginId;
        if (!Validation::isValidEmail(to))
            return error(400, ErrorCodes::InvalidRequest, QStringLiteral("No valid email address to send the code to"));
    } else {
        to = existing ? existing->phone : str(user, QLatin1StringView("phone"));
        if (to.isEmpty())
            to = str(body, QLatin1StringView("phone"));
        if (to.isEmpty() && !existing && looksLikePhone(loginId))
            to = loginId;
        if (!looksLikePhone(to))
            return error(400, ErrorCodes::InvalidRequest, QStringLiteral("No valid phone number to send the code to"));
    }

    PendingCode pending;
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
    const UserRecord *user = std::get<UserRecord *>(owner);

    const QString loginId = str(body, QLatin1StringView("loginId"));
    if (!user->loginIds.contains(loginId))
        return error(400, ErrorCodes::InvalidRequest, QStringLiteral("The loginId does not belong to this session"));
    const bool isEmail = purpose == Purpose::UpdateEmail;
    const QString address = str(body, isEmail ? QLatin1StringView("email") : QLatin1StringView("phone"));
    if (isEmail ? !Validation::isValidEmail(address) : !Validation::isE164Phone(address))
        return error(400, ErrorCodes::InvalidRequest,
                     isEmail ? QStringLiteral("Invalid email address") : QStringLiteral("Invalid phone number"));

    PendingCode pending;
    pending.purpose = purpose;
    pending.userId = user->userId;
    pending.newAddress = address;
    pending.addToLoginIds = body.value(QLatin1StringView("addToLoginIDs")).toBool();
    pending.onMergeUseExisting = body.value(QLatin1StringView("onMergeUseExisting")).toBool();
    const UserRecord *other = findUserByLoginId(address);
    if (other && other != user && pending.addToLoginIds && !pending.onMergeUseExisting)
        return error(400, ErrorCodes::UserAlreadyExists, QStringLiteral("Another user already has this login id"));
    return sendCode(loginId, method, address, pending);
}

Server::Response Server::sendCode(const QString &loginId, DeliveryMethod method, const QString &to,
                                  PendingCode pending)
{
    const qint64 current = now();
    QList<qint64> &times = m_sendTimes[loginId];
    times.removeIf([current](qint64 sent) { return current - sent >= 60; });
    if (times.size() >= m_options.sendLimit) {
        Response response = error(429, ErrorCodes::RateLimitExceeded, QStringLiteral("Rate limit exceeded"));
        const qint64 retryAfter = qMax<qint64>(1, 60 - (current - times.first()));
        response.headers.append({"Retry-After", QByteArray::number(retryAfter)});
        return response;
    }
    times << current;

    pending.code = randomDigits(6);
    pending.method = method;
    pending.expiresAt = current + m_options.codeTtl;
    m_pendingCodes.insert(loginId, pending); // a newer code voids the older one

    const bool isEmail = method == DeliveryMethod::Email;
    OutboxMessage message{loginId, method, to, mask(to, isEmail), pending.code, current};
    m_outbox << message;
    Q_EMIT codeSent(message);

    if (isEmail)
        return json({{QStringLiteral("maskedEmail"), message.maskedTo}});
    return json({{QStringLiteral("maskedPhone"), message.maskedTo}});
}

Server::Response Server::verify(DeliveryMethod method, const QJsonObject &body)
{
    const QString loginId = str(body, QLatin1StringView("loginId"));
    const QString code = str(body, QLatin1StringView("code"));
    if (loginId.isEmpty() || code.isEmpty())
        return error(400, ErrorCodes::InvalidRequest, QStringLiteral("loginId and code are required"));

    const auto it = m_pendingCodes.find(loginId);
    if (it == m_pendingCodes.end())
        return error(400, ErrorCodes::WrongOtpCode, QStringLiteral("Wrong code"));
    if (now() > it->expiresAt) {
        m_pendingCodes.erase(it);
        return error(400, ErrorCodes::OtpCodeExpired, QStringLiteral("Code expired"));
    }
    if (it->code != code || it->method != method) {
        if (++it->attempts >= m_options.maxAttempts) {
            m_pendingCodes.erase(it);
            return error(400, ErrorCodes::TooManyOtpAttempts, QStringLiteral("Too many attempts"));
        }
        return error(400, ErrorCodes::WrongOtpCode, QStringLiteral("Wrong code"));
    }
    const PendingCode pending = *it;
    m_pendingCodes.erase(it);

    const bool byEmail = method == DeliveryMethod::Email;
    UserRecord *user = nullptr;
    switch (pending.purpose) {
    case Purpose::SignUp:
    case Purpose::SignUpOrIn: {
        if (findUserByLoginId(loginId))
            return error(400, ErrorCodes::UserAlreadyExists, QStringLiteral("User already exists"));
        UserRecord created;
        created.userId = randomId(QLatin1Char('U'));
        created.loginIds = {loginId};
        created.name = str(pending.signUpUser, QLatin1StringView("name"));
        created.email = str(pending.signUpUser, QLatin1StringView("email"));
        created.phone = str(pending.signUpUser, QLatin1StringView("phone"));
        (byEmail ? created.email : created.phone) = pending.newAddress;
        created.createdTime = now();
        m_users << created;
        user = &m_users.last();
        break;
    }
    case Purpose::SignIn:
        user = findUserByLoginId(loginId);
        if (!user)
            return error(400, ErrorCodes::UserNotFound, QStringLiteral("User not found"));
        break;
    case Purpose::UpdateEmail:
    case Purpose::UpdatePhone: {
        user = findUserById(pending.userId);
        if (!user)
            return error(400, ErrorCodes::UserNotFound, QStringLiteral("User not found"));
        UserRecord *other = findUserByLoginId(pending.newAddress);
        if (other && other != user && pending.addToLoginIds) {
            if (!pending.onMergeUseExisting)
                return error(400, ErrorCodes::UserAlreadyExists, QStringLiteral("Another user already has this login id"));
            // Merge: the existing user stays, and takes this user's login ids.
            const QString mergedId = user->userId;
            for (const QString &id : std::as_const(user->loginIds)) {
                if (!other->loginIds.contains(id))
                    other->loginIds << id;
            }
            revokeTokensOf(mergedId);
            const QString otherId = other->userId;
            m_users.removeIf([&mergedId](const UserRecord &record) { return record.userId == mergedId; });
            user = findUserById(otherId);
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
    const bool firstSeen = !user->everVerified;
    user->everVerified = true;
    return issueSession(*user, method, firstSeen);
}

Server::Response Server::issueSession(UserRecord &user, DeliveryMethod method, bool firstSeen, bool withRefreshToken)
{
    const qint64 issuedAt = now();
    const QString jti = randomId(QLatin1Char('R'));
    const QJsonArray amr{pathSegment(method)};
    const QByteArray session = m_issuer.sign({{QStringLiteral("sub"), user.userId},
                                              {QStringLiteral("iss"), m_options.projectId},
                                              {QStringLiteral("iat"), issuedAt},
                                              {QStringLiteral("exp"), issuedAt + m_options.sessionTtl},
                                              {QStringLiteral("drn"), SessionDrn},
                                              {QStringLiteral("amr"), amr}});
    const QByteArray refreshJwt = !withRefreshToken ? QByteArray() : m_issuer.sign({{QStringLiteral("sub"), user.userId},
                                                 {QStringLiteral("iss"), m_options.projectId},
                                                 {QStringLiteral("iat"), issuedAt},
                                                 {QStringLiteral("exp"), issuedAt + m_options.refreshTtl},
                                                 {QStringLiteral("drn"), RefreshDrn},
                                                 {QStringLiteral("amr"), amr},
                                                 {QStringLiteral("jti"), jti}});
    if (withRefreshToken) {
        m_activeRefreshTokens.insert(jti, user.userId);
        m_refreshMethods.insert(jti, method);
    }
    const QJsonObject response{{QStringLiteral("sessionJwt"), QString::fromLatin1(session)},
                               {QStringLiteral("refreshJwt"), QString::fromLatin1(refreshJwt)},
                               {QStringLiteral("cookieDomain"), QString()},
                               {QStringLiteral("cookiePath"), QStringLiteral("/")},
                               {QStringLiteral("cookieMaxAge"), m_options.refreshTtl},
                               {QStringLiteral("cookieExpiration"), issuedAt + m_options.refreshTtl},
                               {QStringLiteral("sessionExpiration"), issuedAt + m_options.sessionTtl},
                               {QStringLiteral("user"), user.toResponseJson()},
                               {QStringLiteral("firstSeen"), firstSeen}};
    saveState();
    return json(response);
}

std::variant<Server::UserRecord *, Server::Response> Server::userForRefreshToken(const Caller &caller)
{
    if (caller.token.isEmpty())
        return error(401, ErrorCodes::InvalidRequest, QStringLiteral("A refresh token is required"));
    VerifyOptions verifyOptions;
    verifyOptions.projectId = m_options.projectId;
    verifyOptions.now = now();
    verifyOptions.leewaySeconds = 0;
    verifyOptions.expectedDrn = RefreshDrn;
    const auto claims = JwtVerifier::verify(caller.token, m_publicKeys, verifyOptions);
    if (!claims)
        return error(401, ErrorCodes::InvalidRequest, QStringLiteral("Invalid or expired refresh token"));
    const QString jti = claims->all.value(QLatin1StringView("jti")).toString();
    if (!m_activeRefreshTokens.contains(jti))
        return error(401, ErrorCodes::TokenExpiredByLogout, QStringLiteral("Token was revoked"));
    UserRecord *user = findUserById(m_activeRefreshTokens.value(jti));
    if (!user)
        return error(401, ErrorCodes::UserNotFound, QStringLiteral("User not found"));
    return user;
}

Server::Response Server::refresh(const Caller &caller)
{
    auto owner = userForRefreshToken(caller);
    if (auto *response = std::get_if<Response>(&owner))
        return *response;
    UserRecord *user = std::get<UserRecord *>(owner);
    const QString oldJti = refreshTokenId(caller.token);
    const DeliveryMethod method = m_refreshMethods.value(oldJti);

    // Without rotation Descope sends an empty refreshJwt: the client keeps the one it has.
    if (m_options.rotateRefresh) {
        m_activeRefreshTokens.remove(oldJti);
        m_refreshMethods.remove(oldJti);
    }
    return issueSession(*user, method, false, m_options.rotateRefresh);
}

Server::Response Server::me(const Caller &caller)
{
    auto owner = userForRefreshToken(caller);
    if (auto *response = std::get_if<Response>(&owner))
        return *response;
    return json(std::get<UserRecord *>(owner)->toResponseJson());
}

Server::Response Server::logout(const Caller &caller, bool everywhere)
{
    auto owner = userForRefreshToken(caller);
    if (auto *response = std::get_if<Response>(&owner))
        return *response;
    if (everywhere) {
        revokeTokensOf(std::get<UserRecord *>(owner)->userId);
    } else {
        const QString jti = refreshTokenId(caller.token);
        m_activeRefreshTokens.remove(jti);
        m_refreshMethods.remove(jti);
    }
    saveState();
    return json({{QStringLiteral("sessionJwt"), QString()},
                 {QStringLiteral("refreshJwt"), QString()},
                 {QStringLiteral("cookiePath"), QStringLiteral("/")},
                 {QStringLiteral("cookieMaxAge"), 0}});
}

Server::Response Server::emulatorEndpoint(const QHttpServerRequest &request, const QString &path)
{
    const auto method = request.method();
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (path == QLatin1StringView("/emulator/outbox")) {
        if (method == QHttpServerRequest::Method::Delete) {
            m_outbox.clear();
            return json({});
        }
        // ?loginId=… narrows the list to one person (scripts and benchmarks poll this).
        const QString only = QUrlQuery(request.url()).queryItemValue(QStringLiteral("loginId"), QUrl::FullyDecoded);
        QJsonArray messages;
        for (const OutboxMessage &message : std::as_const(m_outbox)) {
            if (!only.isEmpty() && message.loginId != only)
                continue;
            messages << QJsonObject{{QStringLiteral("loginId"), message.loginId},
                                    {QStringLiteral("method"), pathSegment(message.method)},
                                    {QStringLiteral("to"), message.to},
                                    {QStringLiteral("code"), message.code},
                                    {QStringLiteral("sentAt"), message.sentAt}};
        }
        return json({{QStringLiteral("messages"), messages}});
    }
    if (path == QLatin1StringView("/emulator/requests")) {
        if (method == QHttpServerRequest::Method::Delete) {
            m_requestJournal = {};
            return json({});
        }
        return json({{QStringLiteral("requests"), m_requestJournal}});
    }
    if (path == QLatin1StringView("/emulator/faults")) {
        if (method == QHttpServerRequest::Method::Delete) {
            clearFaults();
            return json({});
        }
        static const QStringList kinds{QStringLiteral("status"), QStringLiteral("rate-limit"),
                                       QStringLiteral("malformed-json"), QStringLiteral("truncated"),
                                       QStringLiteral("drop"), QStringLiteral("delay"),
                                       QStringLiteral("wrong-content-type"), QStringLiteral("oversized")};
        Fault fault;
        fault.kind = str(body, QLatin1StringView("kind"));
        const QString faultPath = str(body, QLatin1StringView("path"));
        if (!kinds.contains(fault.kind) || !faultPath.startsWith(QLatin1Char('/')))
            return error(400, ErrorCodes::InvalidRequest,
                         QStringLiteral("path and kind (%1) are required").arg(kinds.join(QStringLiteral(", "))));
        fault.count = body.value(QLatin1StringView("count")).toInt(1);
        fault.status = body.value(QLatin1StringView("status")).toInt(503);
        fault.html = body.value(QLatin1StringView("html")).toBool();
        fault.delayMs = body.value(QLatin1StringView("delayMs")).toInt(3000);
        fault.bytes = body.value(QLatin1StringView("bytes")).toInteger(4 * 1024 * 1024);
        setFault(faultPath, fault);
        return json({});
    }
    if (path == QLatin1StringView("/emulator/users")) {
        QJsonArray users;
        for (const UserRecord &user : std::as_const(m_users))
            users << user.toResponseJson();
        return json({{QStringLiteral("users"), users}});
    }
    if (path == QLatin1StringView("/emulator/clock") && method == QHttpServerRequest::Method::Post) {
        advanceClock(body.value(QLatin1StringView("advanceSeconds")).toInteger());
        return json({{QStringLiteral("now"), now()}});
    }
    if (path == QLatin1StringView("/emulator/revoke") && method == QHttpServerRequest::Method::Post) {
        const UserRecord *user = findUserByLoginId(str(body, QLatin1StringView("loginId")));
        if (!user)
            return error(404, ErrorCodes::UserNotFound, QStringLiteral("User not found"));
        revokeTokensOf(user->userId);
        saveState();
        return json({});
    }
    return error(404, ErrorCodes::BadRequest, QStringLiteral("Not found"));
}

} // namespace Descope::Emulator
