// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Descope {

/// What a Descope JWT says about its session (docs/wire-protocol.md §4).
struct DESCOPEQT6CORE_EXPORT Claims
{
    QString subject;      ///< the user id ("dsub" when present, else "sub")
    QString issuer;       ///< "iss": the project id, or a URL ending in it
    qint64 issuedAt = 0;  ///< "iat", unix seconds
    qint64 expiresAt = 0; ///< "exp", unix seconds
    qint64 notBefore = 0; ///< "nbf", unix seconds, 0 when absent
    /// "rexp" (session tokens): when the refresh token expires, unix seconds, read from
    /// Descope's ISO-8601 string ("2026-12-26T22:00:00Z"; offsets and fractions of a second
    /// too, the fraction dropped). 0 when absent or not such a string: a bad value is
    /// ignored, never an error (docs/wire-protocol.md §4.2).
    qint64 refreshExpiresAt = 0;
    QString drn;          ///< "DS" for a session token, "DSR" for a refresh token
    QStringList amr;         ///< "amr": how the person authenticated ("otp"…)
    /// "su": true on a session token issued by a step-up sign-in (loginOptions.stepup);
    /// false when absent.
    bool stepUp = false;
    QStringList roles;       ///< "roles" of the project (not of a tenant)
    QStringList permissions; ///< "permissions" of the project (not of a tenant)
    QJsonObject tenants;     ///< "tenants": tenant id to its roles and permissions, as sent
    QJsonObject all;         ///< every claim, custom ones included

    /// The project id named by iss: the whole value, or its last path segment for a URL.
    [[nodiscard]] QString issuerProjectId() const;

    /**
     * The claims of token, decoded but NOT verified: neither the signature nor the issuer
     * nor the expiry is checked, so nothing read here may be trusted for access decisions.
     * For showing what a stored token says (its expiry, say) without a request; verify
     * tokens with TokenVerifier. An error (Error::Kind::TokenInvalid) when token is not
     * three base64url parts with a JSON header and payload.
     */
    [[nodiscard]] static Result<Claims> readUnverified(QByteArrayView token);
};

} // namespace Descope
