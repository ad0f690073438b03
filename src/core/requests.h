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
    QString name;       ///< full name
    QString givenName;  ///< first name
    QString middleName; ///< middle name
    QString familyName; ///< last name
    QString email;      ///< a contact address besides the login id; must be a valid address
    QString phone;      ///< a contact number besides the login id; E.164

    /// True when every field is empty (then no "user" is sent).
    [[nodiscard]] bool isEmpty() const;
    /// The "user" object: the non-empty fields.
    [[nodiscard]] QJsonObject toJson() const;
};

/// "loginOptions" of sign-in / sign-up-or-in (and the subset sign-up takes).
struct DESCOPEQT6CORE_EXPORT LoginOptions
{
    bool stepup = false; ///< step up the current session; needs the current refresh JWT
    bool mfa = false;    ///< a second factor for the current session; needs the current refresh JWT
    bool revokeOtherSessions = false; ///< end the user's other sessions once signed in
    QJsonObject customClaims;         ///< extra claims for the session token
    QString templateId;               ///< the email or SMS template to send the code with
    QMap<QString, QString> templateOptions; ///< values for the template's placeholders
    QString locale;                   ///< the language of the message, e.g. "de"

    /// True when the request must carry the current refresh JWT (stepup or mfa).
    [[nodiscard]] bool needsRefreshToken() const { return stepup || mfa; }
    /// The "loginOptions" object: only what is set.
    [[nodiscard]] QJsonObject toJson() const;
};

/// Options of update email / update phone.
struct DESCOPEQT6CORE_EXPORT UpdateOptions
{
    bool addToLoginIDs = false;      ///< the new address also becomes a login id
    bool onMergeUseExisting = false; ///< if it belongs to another user, merge into that user
    QString templateId;              ///< the email or SMS template to send the code with
    QMap<QString, QString> templateOptions; ///< values for the template's placeholders
    QString locale;                  ///< the language of the message, e.g. "de"
};

} // namespace Descope
