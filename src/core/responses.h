// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Descope {

/// Where a code went, as Descope shows it: "t***@example.com" or "*******89". Descope may
/// answer without one (an empty object): the code was sent all the same, and address is
/// empty (OtpFlow::destination() then names the address typed).
struct DESCOPEQT6CORE_EXPORT MaskedAddress
{
    QString address;              ///< maskedEmail or maskedPhone, as sent; may be empty
    bool isEmail = false;         ///< true for maskedEmail (OtpFlow: for email when there was no mask)
    int verificationAttempts = 0; ///< 0 when the server does not say
};

/// Descope's user record (UserResponse), the fields this product shows or keeps.
struct DESCOPEQT6CORE_EXPORT User
{
    QString userId;           ///< Descope's id of the user ("U2…"), the tokens' subject
    QStringList loginIds;     ///< every login id of the user
    QString name;             ///< full name, may be empty
    QString givenName;        ///< may be empty
    QString middleName;       ///< may be empty
    QString familyName;       ///< may be empty
    QString email;            ///< may be empty
    bool verifiedEmail = false; ///< email was confirmed with a code or link
    QString phone;            ///< E.164, may be empty
    bool verifiedPhone = false; ///< phone was confirmed with a code
    QString picture;          ///< URL of a picture, may be empty
    QString status;           ///< "enabled", "disabled" or "invited"
    qint64 createdTime = 0;   ///< unix seconds, 0 when not given
    QStringList roleNames;    ///< the user's project roles
    QJsonObject customAttributes; ///< the project's custom attributes, as sent

    /// The record in Descope's JSON shape; missing fields stay empty.
    [[nodiscard]] static User fromJson(const QJsonObject &object);
    /// Descope's JSON shape, empty fields left out (fromJson() reads it back).
    [[nodiscard]] QJsonObject toJson() const;
    /// The name to greet the person with: name, else given + family name, else empty.
    [[nodiscard]] QString displayName() const;
    /// True when every field is equal.
    [[nodiscard]] bool operator==(const User &other) const;
    /// True when any field differs.
    [[nodiscard]] bool operator!=(const User &other) const { return !(*this == other); }
};

/// The JWTResponse of verify and refresh.
struct DESCOPEQT6CORE_EXPORT AuthenticationResponse
{
    QByteArray sessionJwt; ///< the new session token (from the body, or the DS cookie)
    QByteArray refreshJwt; ///< empty after a refresh without rotation: keep the old one
    User user;             ///< the user record; empty unless hasUser
    bool hasUser = false;  ///< the reply carried a user record
    bool firstSeen = false; ///< the user signed in for the first time (just signed up)
    qint64 sessionExpiration = 0; ///< unix seconds, 0 when not given
    qint64 cookieMaxAge = 0;      ///< the refresh cookie's lifetime in seconds, 0 when not given
};

/// One key of the project's JWKS, as served (docs/wire-protocol.md §6).
struct DESCOPEQT6CORE_EXPORT JsonWebKey
{
    QString kid; ///< key id, named by a token's header
    QString kty; ///< key type; only "RSA" keys are used
    QString alg; ///< algorithm; "RS256" or empty for the keys that are used
    QString use; ///< "sig" or empty for the keys that are used
    QByteArray n; ///< RSA modulus, base64url, as served
    QByteArray e; ///< RSA exponent, base64url, as served
};

/// Descope's answers, read (the parsers themselves are private to the library).
namespace Responses {

/// Which tokens an authentication answer must carry.
enum class TokensRequired {
    SessionAndRefresh, ///< verify: both JWTs and the user must be there
    SessionOnly,       ///< refresh: a missing refresh JWT means "keep the old one"
};

} // namespace Responses
} // namespace Descope
