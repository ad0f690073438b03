// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkCookie>
#include <QString>
#include <QStringList>

namespace Descope {

/// Where a code went, as Descope shows it: "t***@example.com" or "*******89".
struct DESCOPEQT6CORE_EXPORT MaskedAddress
{
    QString address;
    bool isEmail = false;
    int verificationAttempts = 0; ///< 0 when the server does not say
};

/// Descope's user record (UserResponse), the fields this product shows or keeps.
struct DESCOPEQT6CORE_EXPORT User
{
    QString userId;
    QStringList loginIds;
    QString name;
    QString givenName;
    QString middleName;
    QString familyName;
    QString email;
    bool verifiedEmail = false;
    QString phone;
    bool verifiedPhone = false;
    QString picture;
    QString status;
    qint64 createdTime = 0;
    QStringList roleNames;
    QJsonObject customAttributes;

    [[nodiscard]] static User fromJson(const QJsonObject &object);
    [[nodiscard]] QJsonObject toJson() const;
    /// The name to greet the person with: name, else given + family name, else empty.
    [[nodiscard]] QString displayName() const;
    friend bool operator==(const User &, const User &) = default;
};

/// The JWTResponse of verify and refresh.
struct DESCOPEQT6CORE_EXPORT AuthenticationResponse
{
    QByteArray sessionJwt;
    QByteArray refreshJwt; ///< empty after a refresh without rotation: keep the old one
    User user;
    bool hasUser = false;
    bool firstSeen = false;
    qint64 sessionExpiration = 0; ///< unix seconds, 0 when not given
    qint64 cookieMaxAge = 0;
};

/// One key of the project's JWKS, as served; turned into an OpenSSL key by Jwks.
struct DESCOPEQT6CORE_EXPORT JsonWebKey
{
    QString kid;
    QString kty;
    QString alg;
    QString use;
    QByteArray n; ///< base64url, as served
    QByteArray e;
};

namespace Responses {

enum class TokensRequired {
    SessionAndRefresh, ///< verify: both JWTs and the user must be there
    SessionOnly,       ///< refresh: a missing refresh JWT means "keep the old one"
};

} // namespace Responses
} // namespace Descope
