// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulator.h"

#include "error.h"
#include "jwt_p.h"
#include "validation_p.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrlQuery>

#include <limits>

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

/// The file path names, symbolic links followed (even to a file not there yet): saving
/// replaces that file and leaves the links in place. Empty for a loop of links.
QString followLinks(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink(); ++hops) {
        if (hops == 40)
            return {};
        info.setFile(info.symLinkTarget());
    }
    return info.absoluteFilePath();
}

/// Why a save to path, a file that is there, would fail, found without changing the file:
/// it is opened for writing (not truncated) and closed, and a file is created and removed
/// beside it, where QSaveFile writes before renaming. Empty when both work. Unlike
/// permission bits, this also sees read-only file systems and mounts, for root too.
QString whyNotWritable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return file.errorString();
    file.close();
    const QFileInfo info(path);
    QTemporaryFile probe(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    if (!probe.open())
        return QStringLiteral("cannot create a file in %1: %2").arg(info.absolutePath(), probe.errorString());
    return {};
}

/// The id the emulator gives each refresh token (its jti claim), for revocation.
QString refreshTokenId(QByteArrayView token)
{
    const auto jwt = Jwt::decode(token);
    return jwt ? jwt->claims().all.value(QLatin1StringView("jti")).toString() : QString();
}

/// text as a JSON string, shortened: what a data file holds, shown in a one-line message
/// (control characters and line breaks escaped).
QString quoted(const QString &text)
{
    constexpr qsizetype Shown = 40;
    QString shown = text;
    if (shown.size() > Shown) {
        shown.truncate(shown.at(Shown - 1).isHighSurrogate() ? Shown - 1 : Shown);
        shown += QChar(0x2026); // …
    }
    const QByteArray json = QJsonDocument(QJsonArray{shown}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
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

std::optional<Server::UserRecord> Server::UserRecord::fromStoredJson(const QJsonObject &object, QString *problem)
{
    // userId and loginIds as toStoredJson() writes them; the other fields may be missing (a
    // default then), but when present they have the type toStoredJson() gives them.
    UserRecord user;
    const QJsonValue userId = object.value(QLatin1StringView("userId"));
    if (!userId.isString() || userId.toString().isEmpty()) {
        *problem = QStringLiteral("has no userId (a non-empty string)");
        return std::nullopt;
    }
    user.userId = userId.toString();
    const QString who = QStringLiteral("(%1): ").arg(quoted(user.userId));
    const QJsonValue loginIds = object.value(QLatin1StringView("loginIds"));
    for (const QJsonValue &id : loginIds.toArray()) {
        if (!id.isString() || id.toString().isEmpty())
            break;
        user.loginIds << id.toString();
    }
    if (!loginIds.isArray() || user.loginIds.isEmpty() || user.loginIds.size() != loginIds.toArray().size()) {
        *problem = who + QStringLiteral("loginIds is not a list of one or more non-empty strings");
        return std::nullopt;
    }
    const auto text = [&](QLatin1StringView key, QString &out) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isString()) {
            *problem = who + key + QStringLiteral(" is not a string");
            return false;
        }
        out = value.toString();
        return true;
    };
    const auto flag = [&](QLatin1StringView key, bool &out) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isBool()) {
            *problem = who + key + QStringLiteral(" is not true or false");
            return false;
        }
        out = value.toBool();
        return true;
    };
    if (!text(QLatin1StringView("name"), user.name) || !text(QLatin1StringView("email"), user.email)
        || !text(QLatin1StringView("phone"), user.phone)
        || !flag(QLatin1StringView("verifiedEmail"), user.verifiedEmail)
        || !flag(QLatin1StringView("verifiedPhone"), user.verifiedPhone)
        || !flag(QLatin1StringView("everVerified"), user.everVerified))
        return std::nullopt;
    const QJsonValue createdTime = object.value(QLatin1StringView("createdTime"));
    constexpr qint64 NotWhole = std::numeric_limits<qint64>::min();
    if (!createdTime.isUndefined() && createdTime.toInteger(NotWhole) == NotWhole) {
        *problem = who + QStringLiteral("createdTime is not a whole number");
        return std::nullopt;
    }
    user.createdTime = createdTime.toInteger();
    return user;
}

Server::Server(const Options &options, QObject *parent)
    : HttpServer(parent)
    , m_options(options)
{
    qRegisterMetaType<OutboxMessage>();
    setIdleTimeout(std::chrono::milliseconds(options.idleTimeoutMs));
    setMaxConnections(options.maxConnections);
}

Server::~Server() = default;

bool Server::loadState(QString *errorMessage)
{
    bool fresh = true;
    if (!m_options.dataFile.isEmpty()) {
        m_dataPath = followLinks(m_options.dataFile);
        if (m_dataPath.isEmpty()) {
            *errorMessage = QStringLiteral("its symbolic links go round in a loop");
            return false;
        }
        // Anything there is someone's data: it is used as it is, or not at all.
        if (QFileInfo(m_dataPath).exists()) {
            if (!readState(errorMessage))
                return false;
            fresh = false;
            // As with a new file below: an emulator that cannot keep what it is told should
            // say so now, not at its first save with /emulator/health reporting ok till then.
            const QString problem = whyNotWritable(m_dataPath);
            if (!problem.isEmpty()) {
                *errorMessage = QStringLiteral("cannot write it: %1").arg(problem);
                return false;
            }
        }
    }
    if (fresh)
        m_issuer = TokenIssuer::generate();
    if (!m_issuer.isValid()) {
        *errorMessage = QStringLiteral("could not create a signing key");
        return false;
    }
    // The emulator checks refresh tokens with the library's own verifier.
    const QByteArray jwks = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{m_issuer.publicJwk()}}}).toJson();
    m_publicKeys = Jwks::fromJson(jwks).value();
    // A new key must be kept before any token signed with it goes out; a file that cannot
    // be written now would lose every session later, so say so before starting.
    if (fresh && !saveState()) {
        *errorMessage = QStringLiteral("cannot write it: %1").arg(m_saveError);
        return false;
    }
    return true;
}

bool Server::readState(QString *errorMessage)
{
    QFile file(m_dataPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("cannot read it: %1").arg(file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty()) {
        *errorMessage = QStringLiteral("it is empty (remove it to start afresh)");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = QStringLiteral("it is not valid JSON (%1 at byte %2); truncated or damaged?")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return false;
    }
    const QJsonObject state = document.object();
    const QJsonValue projectId = state.value(QLatin1StringView("projectId"));
    if (!document.isObject() || !projectId.isString()) {
        *errorMessage = QStringLiteral("it is not an emulator data file (no projectId)");
        return false;
    }
    if (projectId.toString() != m_options.projectId) {
        *errorMessage = QStringLiteral("it belongs to project %1, not %2 (pass --project-id %1, or use another file)")
                            .arg(projectId.toString(), m_options.projectId);
        return false;
    }
    const QJsonValue users = state.value(QLatin1StringView("users"));
    const QJsonValue tokens = state.value(QLatin1StringView("refreshTokens"));
    if (!(users.isArray() || users.isUndefined()) || !(tokens.isObject() || tokens.isUndefined())) {
        *errorMessage = QStringLiteral("its users or refreshTokens are not a list and an object");
        return false;
    }
    m_issuer = TokenIssuer::fromPem(str(state, QLatin1StringView("signingKey")).toLatin1(),
                                    str(state, QLatin1StringView("keyId")));
    if (!m_issuer.isValid() || m_issuer.keyId().isEmpty()) {
        // Never a new key in its place: every token the file's users hold would stop verifying.
        *errorMessage = QStringLiteral("its signing key or key id is missing or unusable");
        return false;
    }
    // Every entry as saveState() writes it, or the file is not used: an entry the emulator
    // cannot have written is damage or a mistaken edit, and loading around it would save the
    // file again without it. Checked in full before anything is kept.
    QList<UserRecord> storedUsers;
    QHash<QString, qsizetype> userIndex;  ///< user id -> index in users
    QHash<QString, qsizetype> loginOwner; ///< login id -> index in users
    const QJsonArray userList = users.toArray();
    for (qsizetype i = 0; i < userList.size(); ++i) {
        const QString where = QStringLiteral("users[%1]").arg(i);
        if (!userList.at(i).isObject()) {
            *errorMessage = where + QStringLiteral(" is not an object");
            return false;
        }
        QString problem;
        const auto user = UserRecord::fromStoredJson(userList.at(i).toObject(), &problem);
        if (!user) {
            *errorMessage = where + QLatin1Char(' ') + problem;
            return false;
        }
        if (userIndex.contains(user->userId)) {
            *errorMessage = QStringLiteral("%1 has the userId of users[%2] (%3)")
                                .arg(where).arg(userIndex.value(user->userId)).arg(quoted(user->userId));
            return false;
        }
        userIndex.insert(user->userId, i);
        for (const QString &loginId : user->loginIds) {
            // Sign-in finds a person by login id: two owners would make one of them unreachable.
            const qsizetype owner = loginOwner.value(loginId, i);
            if (owner != i) {
                *errorMessage = QStringLiteral("%1 (%2): login id %3 is also users[%4]'s")
                                    .arg(where, quoted(user->userId), quoted(loginId)).arg(owner);
                return false;
            }
            loginOwner.insert(loginId, i);
        }
        storedUsers << *user;
    }
    QHash<QString, QString> activeTokens;
    QHash<QString, DeliveryMethod> tokenMethods;
    const QJsonObject tokenObject = tokens.toObject();
    for (auto it = tokenObject.begin(); it != tokenObject.end(); ++it) {
        if (it.key().isEmpty()) {
            *errorMessage = QStringLiteral("refreshTokens has an empty token id");
            return false;
        }
        const QString where = QStringLiteral("refreshTokens[%1]").arg(quoted(it.key()));
        if (!it.value().isObject()) {
            *errorMessage = where + QStringLiteral(" is not an object");
            return false;
        }
        const QJsonObject token = it.value().toObject();
        const QJsonValue userId = token.value(QLatin1StringView("userId"));
        if (!userId.isString() || userId.toString().isEmpty()) {
            *errorMessage = where + QStringLiteral(" has no userId (a non-empty string)");
            return false;
        }
        // Tokens go when their user goes (a merge revokes them first), so this is damage.
        if (!userIndex.contains(userId.toString())) {
            *errorMessage = QStringLiteral("%1: its user %2 is not in users").arg(where, quoted(userId.toString()));
            return false;
        }
        const QJsonValue methodName = token.value(QLatin1StringView("method"));
        const auto method = deliveryMethodFromString(methodName.toString());
        if (!methodName.isString() || !method) {
            *errorMessage = where + QStringLiteral(": method ")
                + (methodName.isString() ? quoted(methodName.toString()) + QLatin1Char(' ') : QString())
                + QStringLiteral("is not email, sms, voice or whatsapp");
            return false;
        }
        activeTokens.insert(it.key(), userId.toString());
        tokenMethods.insert(it.key(), *method);
    }
    m_users = storedUsers;
    m_activeRefreshTokens = activeTokens;
    m_refreshMethods = tokenMethods;
    return true;
}

bool Server::saveState()
{
    if (m_dataPath.isEmpty())
        return true;
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
    // QSaveFile writes a temporary file beside the target and renames it over the target: a
    // crash never leaves half a file, and a symbolic link to the file stays a link.
    QSaveFile file(m_dataPath);
    file.setDirectWriteFallback(false);
    const QByteArray bytes = QJsonDocument(state).toJson();
    const bool saved = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(bytes) == bytes.size() && file.commit();
    if (saved) {
        if (!m_saveError.isEmpty()) {
            m_saveError.clear();
            Q_EMIT saveRecovered();
        }
        return true;
    }
    // The file's error says what went wrong (no space, no permission, directory gone);
    // nothing in it comes from the state, so nothing secret.
    const bool streakStarts = m_saveError.isEmpty();
    m_saveError = QStringLiteral("cannot save %1: %2").arg(m_dataPath, file.errorString());
    if (streakStarts)
        Q_EMIT saveFailed(m_saveError);
    return false;
}

QJsonArray Server::requestJournal() const
{
    QJsonArray entries;
    for (const QJsonObject &entry : m_requestJournal)
        entries.append(entry);
    return entries;
}

bool Server::advanceClock(qint64 seconds)
{
    // Both terms are bounded before they are added: no overflow, whatever a test sends.
    if (seconds < -MaxClockOffset || seconds > MaxClockOffset)
        return false;
    const qint64 offset = m_clockOffset + seconds;
    if (offset < -MaxClockOffset || offset > MaxClockOffset)
        return false;
    m_clockOffset = offset;
    return true;
}

QStringList Server::faultKinds()
{
    return {QStringLiteral("status"), QStringLiteral("rate-limit"), QStringLiteral("malformed-json"),
            QStringLiteral("truncated"), QStringLiteral("drop"), QStringLiteral("delay"),
            QStringLiteral("wrong-content-type"), QStringLiteral("oversized"), QStringLiteral("drip")};
}

namespace {

bool isControlPath(const QString &path)
{
    return path == QLatin1StringView("/emulator") || path.startsWith(QLatin1StringView("/emulator/"));
}

} // namespace

bool Server::setFault(const QString &path, const Fault &fault)
{
    if (isControlPath(path))
        return false;
    m_faults.insert(path, fault);
    return true;
}

bool Server::injectFault(const QHttpServerRequest &request, HttpResponder &responder)
{
    const QString path = request.url().path();
    auto it = m_faults.find(path);
    if (it == m_faults.end() || isControlPath(path))
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
    if (fault.kind == QLatin1StringView("drip")) {
        // A whole, ordinary answer, but slow enough that only a total deadline ends the wait.
        responder.drip(route(request), std::chrono::milliseconds(fault.delayMs));
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
        // The page a proxy or firewall sends with whatever status it chose (403, 502…).
        response = fault.html ? Response{fault.status,
                                         "<html><head><title>Error " + QByteArray::number(fault.status)
                                             + "</title></head><body><h1>The proxy refused the request</h1>"
                                               "<p>Contact your network administrator.</p></body></html>",
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
    respondAfter(isControlPath(path) ? 0 : m_options.latencyMs, std::move(responder), response);
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
    // A ring: an emulator left running for days must not grow without bound.
    while (m_requestJournal.size() > qMax(1, m_options.journalLimit))
        m_requestJournal.removeFirst();
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
        const qint64 retryAfter = times.isEmpty() ? 60 : qMax<qint64>(1, 60 - (current - times.first()));
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
    while (m_outbox.size() > qMax(1, m_options.outboxLimit))
        m_outbox.removeFirst();
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
            m_requestJournal.clear();
            return json({});
        }
        return json({{QStringLiteral("requests"), requestJournal()}});
    }
    if (path == QLatin1StringView("/emulator/health")) {
        // 503 when unhealthy, so `curl --fail` and scripts need not parse the body.
        QJsonObject health{{QStringLiteral("ok"), m_saveError.isEmpty()},
                           {QStringLiteral("connections"), connectionCount()}};
        if (!m_saveError.isEmpty())
            health.insert(QLatin1StringView("saveError"), m_saveError);
        return json(health, m_saveError.isEmpty() ? 200 : 503);
    }
    if (path == QLatin1StringView("/emulator/faults")) {
        if (method == QHttpServerRequest::Method::Delete) {
            clearFaults();
            return json({});
        }
        static const QStringList kinds = faultKinds();
        Fault fault;
        fault.kind = str(body, QLatin1StringView("kind"));
        const QString faultPath = str(body, QLatin1StringView("path"));
        if (!kinds.contains(fault.kind) || !faultPath.startsWith(QLatin1Char('/')))
            return error(400, ErrorCodes::InvalidRequest,
                         QStringLiteral("path and kind (%1) are required").arg(kinds.join(QStringLiteral(", "))));
        if (isControlPath(faultPath))
            return error(400, ErrorCodes::InvalidRequest, QStringLiteral("/emulator/ paths cannot misbehave"));
        // Bounded, so a typo cannot make the emulator allocate gigabytes or wait for weeks.
        const auto number = [&body](QLatin1StringView key, qint64 fallback, qint64 minimum, qint64 maximum)
            -> std::optional<qint64> {
            const QJsonValue value = body.value(key);
            if (value.isUndefined())
                return fallback;
            const qint64 given = value.toInteger(minimum - 1);
            if (given < minimum || given > maximum)
                return std::nullopt;
            return given;
        };
        const auto count = number(QLatin1StringView("count"), 1, 1, 1000000);
        const auto status = number(QLatin1StringView("status"), 503, 200, 599);
        const auto delay = number(QLatin1StringView("delayMs"), fault.kind == QLatin1StringView("drip") ? 1000 : 3000,
                                  0, 10 * 60 * 1000);
        const auto bytes = number(QLatin1StringView("bytes"), 4 * 1024 * 1024, 0, 256 * 1024 * 1024);
        if (!count || !status || !delay || !bytes || *status == 204 || *status == 304)
            return error(400, ErrorCodes::InvalidRequest,
                         QStringLiteral("count is 1 to 1000000, status 200 to 599 (not 204 or 304), delayMs 0 to "
                                        "600000, bytes 0 to 268435456"));
        fault.count = int(*count);
        fault.status = int(*status);
        fault.html = body.value(QLatin1StringView("html")).toBool();
        fault.delayMs = int(*delay);
        fault.bytes = *bytes;
        setFault(faultPath, fault);
        return json({});
    }
    if (path == QLatin1StringView("/emulator/users")) {
        QJsonArray users;
        for (const UserRecord &user : std::as_const(m_users))
            users << user.toResponseJson();
        return json({{QStringLiteral("users"), users}});
    }
    if (path == QLatin1StringView("/emulator/clock") && method == QHttpServerRequest::Method::Get)
        return json({{QStringLiteral("now"), now()}});
    if (path == QLatin1StringView("/emulator/clock") && method == QHttpServerRequest::Method::Post) {
        // Whole seconds only: toInteger() refuses fractions and numbers beyond qint64.
        const QJsonValue advance = body.value(QLatin1StringView("advanceSeconds"));
        const qint64 seconds = advance.toInteger(std::numeric_limits<qint64>::min());
        if (seconds == std::numeric_limits<qint64>::min() || !advanceClock(seconds))
            return error(400, ErrorCodes::InvalidRequest,
                         QStringLiteral("advanceSeconds is a whole number of seconds that keeps the clock within "
                                        "%1 seconds of real time").arg(MaxClockOffset));
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
