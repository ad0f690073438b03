// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

// What every room of the emulator shares: Descope's error codes as the emulator sends them,
// and the JSON answers built from them. docs/emulator-fidelity.md gives each one's source.

#include "httpserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

namespace Descope::Emulator {

/// The codes the emulator sends. Its own list, not the client library's: the emulator stands
/// for Descope, and must not change when the client changes its mind about a code.
namespace Codes {
inline constexpr QLatin1StringView BadRequest{"E011001"};
inline constexpr QLatin1StringView InvalidRequest{"E011003"};
inline constexpr QLatin1StringView WrongOtpCode{"E061102"};
inline constexpr QLatin1StringView TooManyOtpAttempts{"E061103"};
/// The emulator's choice: no Descope source names a code for an expired one-time code.
inline constexpr QLatin1StringView OtpCodeExpired{"E061104"};
inline constexpr QLatin1StringView UserAlreadyExists{"E062107"};
inline constexpr QLatin1StringView UserNotFound{"E062108"};
inline constexpr QLatin1StringView TokenExpiredByLogout{"E064001"};
inline constexpr QLatin1StringView RateLimitExceeded{"E130429"};
/// The emulator's own, for an injected failure (POST /emulator/faults, kind status).
inline constexpr QLatin1StringView InjectedFailure{"E000503"};
} // namespace Codes

inline HttpResponse jsonReply(const QJsonObject &object, int status = 200)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

/// Descope's error body: {errorCode, errorDescription, errorMessage} (go-sdk descope/errors.go;
/// samples in tests/data/errors.http). The description says what kind of refusal it is; the
/// message says more about this one, or repeats the description when there is no more to say.
inline HttpResponse errorReply(int status, QLatin1StringView code, const QString &description,
                               const QString &message = {})
{
    return jsonReply({{QStringLiteral("errorCode"), code},
                      {QStringLiteral("errorDescription"), description},
                      {QStringLiteral("errorMessage"), message.isEmpty() ? description : message}},
                     status);
}

inline QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

inline QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    default: return QStringLiteral("OTHER");
    }
}

/// The emulator's own paths (/emulator/...): never rate limited, never given faults.
inline bool isControlPath(const QString &path)
{
    return path == QLatin1StringView("/emulator") || path.startsWith(QLatin1StringView("/emulator/"));
}

} // namespace Descope::Emulator
