// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "deliverymethod.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Descope {

/// The new user's details for sign-up ("user" in the request); empty fields are left out.
struct DESCOPEQT6CORE_EXPORT SignUpUser
{
    QString name;
    QString givenName;
    QString middleName;
    QString familyName;
    QString email;
    QString phone;

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// "loginOptions" of sign-in / sign-up-or-in (and the subset sign-up takes).
struct DESCOPEQT6CORE_EXPORT LoginOptions
{
    bool stepup = false; ///< needs the current refresh JWT
    bool mfa = false;    ///< needs the current refresh JWT
    bool revokeOtherSessions = false;
    QJsonObject customClaims;
    QString templateId;
    QMap<QString, QString> templateOptions;
    QString locale;

    [[nodiscard]] bool needsRefreshToken() const { return stepup || mfa; }
    [[nodiscard]] QJsonObject toJson() const;
};

/// Options of update email / update phone.
struct DESCOPEQT6CORE_EXPORT UpdateOptions
{
    bool addToLoginIDs = false;      ///< the new address also becomes a login id
    bool onMergeUseExisting = false; ///< if it belongs to another user, merge into that user
    QString templateId;
    QMap<QString, QString> templateOptions;
    QString locale;
};

} // namespace Descope
