// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Descope {

/// What a Descope JWT says about its session (descope-api.md §4).
struct DESCOPEQT6CORE_EXPORT Claims
{
    QString subject;  ///< the user id ("dsub" when present, else "sub")
    QString issuer;
    qint64 issuedAt = 0;  ///< unix seconds
    qint64 expiresAt = 0; ///< unix seconds
    qint64 notBefore = 0; ///< unix seconds, 0 when absent
    QString drn;          ///< "DS" for a session token, "DSR" for a refresh token
    QStringList amr;
    QStringList roles;
    QStringList permissions;
    QJsonObject tenants;
    QJsonObject all; ///< every claim, custom ones included

    /// The project id named by iss: the whole value, or its last path segment for a URL.
    [[nodiscard]] QString issuerProjectId() const;
};

} // namespace Descope
