// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "responses.h"
#include "responses_p.h"

#include "jsonhelpers_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Descope {

namespace {



QByteArray cookieValue(const QList<QNetworkCookie> &cookies, const QString &name)
{
    // The newest cookie of that name wins, as Set-Cookie headers are applied in order.
    QByteArray value;
    for (const QNetworkCookie &cookie : cookies) {
        if (QString::fromUtf8(cookie.name()) == name)
            value = cookie.value();
    }
    return value;
}

QByteArray tokenFrom(const QJsonObject &object, QLatin1StringView field, QLatin1StringView nameField,
                     QLatin1StringView defaultCookie, const QList<QNetworkCookie> &cookies)
{
    const QByteArray inBody = object.value(field).toString().toUtf8();
    if (!inBody.isEmpty())
        return inBody;
    QString cookieName = object.value(nameField).toString();
    if (cookieName.isEmpty())
        cookieName = defaultCookie;
    return cookieValue(cookies, cookieName);
}

} // namespace

User User::fromJson(const QJsonObject &object)
{
    User user;
    user.userId = object.value(QLatin1StringView("userId")).toString();
    user.loginIds = Json::stringList(object.value(QLatin1StringView("loginIds")));
    user.name = object.value(QLatin1StringView("name")).toString();
    user.givenName = object.value(QLatin1StringView("givenName")).toString();
    user.middleName = object.value(QLatin1StringView("middleName")).toString();
    user.familyName = object.value(QLatin1StringView("familyName")).toString();
    user.email = object.value(QLatin1StringView("email")).toString();
    user.verifiedEmail = object.value(QLatin1StringView("verifiedEmail")).toBool();
    user.phone = object.value(QLatin1StringView("phone")).toString();
    user.verifiedPhone = object.value(QLatin1StringView("verifiedPhone")).toBool();
    user.picture = object.value(QLatin1StringView("picture")).toString();
    user.status = object.value(QLatin1StringView("status")).toString();
    user.createdTime = object.value(QLatin1StringView("createdTime")).toInteger();
    user.roleNames = Json::stringList(object.value(QLatin1StringView("roleNames")));
    user.customAttributes = object.value(QLatin1StringView("customAttributes")).toObject();
    return user;
}

QJsonObject User::toJson() const
{
    QJsonObject object{{QStringLiteral("userId"), userId},
                       {QStringLiteral("loginIds"), QJsonArray::fromStringList(loginIds)},
                       {QStringLiteral("verifiedEmail"), verifiedEmail},
                       {QStringLiteral("verifiedPhone"), verifiedPhone}};
    Json::insertIfSet(object, QLatin1StringView("name"), name);
    Json::insertIfSet(object, QLatin1StringView("givenName"), givenName);
    Json::insertIfSet(object, QLatin1StringView("middleName"), middleName);
    Json::insertIfSet(object, QLatin1StringView("familyName"), familyName);
    Json::insertIfSet(object, QLatin1StringView("email"), email);
    Json::insertIfSet(object, QLatin1StringView("phone"), phone);
    Json::insertIfSet(object, QLatin1StringView("picture"), picture);
    Json::insertIfSet(object, QLatin1StringView("status"), status);
    if (createdTime)
        object.insert(QLatin1StringView("createdTime"), createdTime);
    if (!roleNames.isEmpty())
        object.insert(QLatin1StringView("roleNames"), QJsonArray::fromStringList(roleNames));
    if (!customAttributes.isEmpty())
        object.insert(QLatin1StringView("customAttributes"), customAttributes);
    return object;
}

bool User::operator==(const User &other) const
{
    return userId == other.userId && loginIds == other.loginIds && name == other.name
        && givenName == other.givenName && middleName == other.middleName && familyName == other.familyName
        && email == other.email && verifiedEmail == other.verifiedEmail && phone == other.phone
        && verifiedPhone == other.verifiedPhone && picture == other.picture && status == other.status
        && createdTime == other.createdTime && roleNames == other.roleNames
        && customAttributes == other.customAttributes;
}

QString User::displayName() const
{
    if (!name.isEmpty())
        return name;
    return QStringList{givenName, familyName}.join(QLatin1Char(' ')).trimmed();
}

namespace Responses {

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalidResponse(QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return Error::invalidResponse(QStringLiteral("JSON is not an object"));
    return document.object();
}

Result<MaskedAddress> parseMaskedAddress(const QByteArray &body)
{
    const auto object = parseObject(body);
    if (!object)
        return object.error();
    // Any JSON object is a code sent, with or without a mask: Descope's docs describe the
    // reply as an empty object, and failing here would strand a person whose code is on its
    // way. The flow names the address they typed instead (docs/wire-protocol.md §3.2).
    const QString email = object->value(QLatin1StringView("maskedEmail")).toString();
    const QString phone = object->value(QLatin1StringView("maskedPhone")).toString();
    MaskedAddress masked;
    masked.isEmail = !email.isEmpty() || (phone.isEmpty() && object->contains(QLatin1StringView("maskedEmail")));
    masked.address = masked.isEmail ? email : phone;
    masked.verificationAttempts = object->value(QLatin1StringView("verificationAttempts")).toInt();
    return masked;
}

Result<AuthenticationResponse> parseAuthentication(const QByteArray &body,
                                                   const QList<QNetworkCookie> &cookies,
                                                   TokensRequired required)
{
    const auto object = parseObject(body);
    if (!object)
        return object.error();
    AuthenticationResponse response;
    response.sessionJwt = tokenFrom(*object, QLatin1StringView("sessionJwt"),
                                    QLatin1StringView("sessionCookieName"), QLatin1StringView("DS"), cookies);
    response.refreshJwt = tokenFrom(*object, QLatin1StringView("refreshJwt"),
                                    QLatin1StringView("cookieName"), QLatin1StringView("DSR"), cookies);
    const QJsonValue user = object->value(QLatin1StringView("user"));
    response.hasUser = user.isObject();
    response.user = User::fromJson(user.toObject());
    response.firstSeen = object->value(QLatin1StringView("firstSeen")).toBool();
    response.sessionExpiration = object->value(QLatin1StringView("sessionExpiration")).toInteger();
    response.cookieMaxAge = object->value(QLatin1StringView("cookieMaxAge")).toInteger();

    if (response.sessionJwt.isEmpty())
        return Error::invalidResponse(QStringLiteral("no session token in the reply"));
    if (required == TokensRequired::SessionAndRefresh) {
        if (response.refreshJwt.isEmpty())
            return Error::invalidResponse(QStringLiteral("no refresh token in the reply"));
        if (!response.hasUser || response.user.userId.isEmpty())
            return Error::invalidResponse(QStringLiteral("no user in the reply"));
    }
    return response;
}

Result<User> parseUser(const QByteArray &body)
{
    const auto object = parseObject(body);
    if (!object)
        return object.error();
    User user = User::fromJson(*object);
    if (user.userId.isEmpty())
        return Error::invalidResponse(QStringLiteral("no userId in the user record"));
    return user;
}

Result<QList<JsonWebKey>> parseKeys(const QByteArray &body)
{
    const auto object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue keys = object->value(QLatin1StringView("keys"));
    if (!keys.isArray())
        return Error::invalidResponse(QStringLiteral("no keys array"));
    QList<JsonWebKey> result;
    const QJsonArray array = keys.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject key = value.toObject();
        JsonWebKey jwk;
        jwk.kid = key.value(QLatin1StringView("kid")).toString();
        jwk.kty = key.value(QLatin1StringView("kty")).toString();
        jwk.alg = key.value(QLatin1StringView("alg")).toString();
        jwk.use = key.value(QLatin1StringView("use")).toString();
        jwk.n = key.value(QLatin1StringView("n")).toString().toLatin1();
        jwk.e = key.value(QLatin1StringView("e")).toString().toLatin1();
        if (jwk.kid.isEmpty() || jwk.kty.isEmpty())
            return Error::invalidResponse(QStringLiteral("a key has no kid or kty"));
        result << jwk;
    }
    return result;
}

} // namespace Responses
} // namespace Descope
