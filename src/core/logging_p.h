// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Never log a token, a code, an Authorization header, a request body or a full address.
// The library's logging categories, all under "descope." (QT_LOGGING_RULES="descope.*=true").
// None of them ever carries a token, a code or an Authorization header.
namespace Descope {
Q_DECLARE_LOGGING_CATEGORY(lcApi)     // descope.api: requests and their outcome
Q_DECLARE_LOGGING_CATEGORY(lcJwt)     // descope.jwt: keys and token checks
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // descope.storage: the keychain
Q_DECLARE_LOGGING_CATEGORY(lcSession) // descope.session: the session's state
} // namespace Descope
