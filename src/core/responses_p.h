// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "responses.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkCookie>

// Private to DescopeQt6Core: not installed, no compatibility promise.

namespace Descope::Responses {

DESCOPEQT6CORE_EXPORT Result<MaskedAddress> parseMaskedAddress(const QByteArray &body);
/// Tokens come from the body; when a body field is empty they come from the cookie named
/// by cookieName / sessionCookieName, or DSR / DS by default.
DESCOPEQT6CORE_EXPORT Result<AuthenticationResponse> parseAuthentication(const QByteArray &body,
                                                   const QList<QNetworkCookie> &cookies,
                                                   TokensRequired required);
DESCOPEQT6CORE_EXPORT Result<User> parseUser(const QByteArray &body);
DESCOPEQT6CORE_EXPORT Result<QList<JsonWebKey>> parseKeys(const QByteArray &body);
/// A JSON object, or InvalidResponse.
DESCOPEQT6CORE_EXPORT Result<QJsonObject> parseObject(const QByteArray &body);


} // namespace Descope::Responses
