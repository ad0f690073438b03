// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "requests.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Private to DescopeQt6Core: not installed, no compatibility promise.

namespace Descope {

/// Which credential goes after the colon in "Authorization: Bearer <projectId>[:<token>]".
enum class AuthToken {
    None,    ///< "Bearer <projectId>"
    Refresh, ///< "Bearer <projectId>:<refresh JWT>"
};

/// One Descope call, fully described and not yet sent: built by the pure functions in
/// Descope::Requests and sent by Client. Tests compare these with no network.
struct DESCOPEQT6CORE_EXPORT ApiRequest
{
    enum class Verb { Get, Post };

    Verb verb = Verb::Post;
    QString path;                    ///< e.g. "/v1/auth/otp/verify/email"
    AuthToken auth = AuthToken::None;
    QByteArray token;                ///< the refresh JWT when auth == Refresh
    std::optional<QJsonObject> body; ///< absent for GET

    /// The compact JSON body, empty for GET.
    [[nodiscard]] QByteArray jsonBody() const;
};

/// "Bearer <projectId>" or "Bearer <projectId>:<token>": the only place the header value is made.
[[nodiscard]] DESCOPEQT6CORE_EXPORT QByteArray authorizationHeaderValue(const QString &projectId, const QByteArray &token);

/// Pure request builders, one per Descope endpoint (docs/wire-protocol.md §2). They check their
/// input and never touch the network.
namespace Requests {

DESCOPEQT6CORE_EXPORT Result<ApiRequest> otpSignUp(DeliveryMethod method, const QString &loginId,
                             const SignUpUser &user = {}, const LoginOptions &options = {});
DESCOPEQT6CORE_EXPORT Result<ApiRequest> otpSignIn(DeliveryMethod method, const QString &loginId,
                             const LoginOptions &options = {}, const QByteArray &refreshJwt = {});
DESCOPEQT6CORE_EXPORT Result<ApiRequest> otpSignUpOrIn(DeliveryMethod method, const QString &loginId,
                                 const LoginOptions &options = {}, const QByteArray &refreshJwt = {});
DESCOPEQT6CORE_EXPORT Result<ApiRequest> otpVerify(DeliveryMethod method, const QString &loginId, const QString &code);
DESCOPEQT6CORE_EXPORT Result<ApiRequest> otpUpdateEmail(const QString &loginId, const QString &email,
                                  const QByteArray &refreshJwt, const UpdateOptions &options = {});
/// method is Sms, Voice or WhatsApp; phone in E.164 form.
DESCOPEQT6CORE_EXPORT Result<ApiRequest> otpUpdatePhone(DeliveryMethod method, const QString &loginId, const QString &phone,
                                  const QByteArray &refreshJwt, const UpdateOptions &options = {});
DESCOPEQT6CORE_EXPORT Result<ApiRequest> refresh(const QByteArray &refreshJwt);
DESCOPEQT6CORE_EXPORT Result<ApiRequest> me(const QByteArray &refreshJwt);
DESCOPEQT6CORE_EXPORT Result<ApiRequest> logout(const QByteArray &refreshJwt);
DESCOPEQT6CORE_EXPORT Result<ApiRequest> logoutAll(const QByteArray &refreshJwt);
DESCOPEQT6CORE_EXPORT Result<ApiRequest> keys(const QString &projectId);

} // namespace Requests
} // namespace Descope
