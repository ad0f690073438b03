// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "deliverymethod.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Descope {

/// Which credential goes after the colon in "Authorization: Bearer <projectId>[:<token>]".
enum class AuthToken {
    None,    ///< "Bearer <projectId>"
    Refresh, ///< "Bearer <projectId>:<refresh JWT>"
};

/// One Descope call, fully described and not yet sent: built by the pure functions in
/// Descope::Requests and sent by Client. Tests compare these with no network.
struct ApiRequest
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
[[nodiscard]] QByteArray authorizationHeaderValue(const QString &projectId, const QByteArray &token);

/// The new user's details for sign-up ("user" in the request); empty fields are left out.
struct SignUpUser
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
struct LoginOptions
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
struct UpdateOptions
{
    bool addToLoginIDs = false;      ///< the new address also becomes a login id
    bool onMergeUseExisting = false; ///< if it belongs to another user, merge into that user
    QString templateId;
    QMap<QString, QString> templateOptions;
    QString locale;
};

/// Pure request builders, one per Descope endpoint (descope-api.md §2). They check their
/// input and never touch the network.
namespace Requests {

Result<ApiRequest> otpSignUp(DeliveryMethod method, const QString &loginId,
                             const SignUpUser &user = {}, const LoginOptions &options = {});
Result<ApiRequest> otpSignIn(DeliveryMethod method, const QString &loginId,
                             const LoginOptions &options = {}, const QByteArray &refreshJwt = {});
Result<ApiRequest> otpSignUpOrIn(DeliveryMethod method, const QString &loginId,
                                 const LoginOptions &options = {}, const QByteArray &refreshJwt = {});
Result<ApiRequest> otpVerify(DeliveryMethod method, const QString &loginId, const QString &code);
Result<ApiRequest> otpUpdateEmail(const QString &loginId, const QString &email,
                                  const QByteArray &refreshJwt, const UpdateOptions &options = {});
/// method is Sms, Voice or WhatsApp; phone in E.164 form.
Result<ApiRequest> otpUpdatePhone(DeliveryMethod method, const QString &loginId, const QString &phone,
                                  const QByteArray &refreshJwt, const UpdateOptions &options = {});
Result<ApiRequest> refresh(const QByteArray &refreshJwt);
Result<ApiRequest> me(const QByteArray &refreshJwt);
Result<ApiRequest> logout(const QByteArray &refreshJwt);
Result<ApiRequest> logoutAll(const QByteArray &refreshJwt);
Result<ApiRequest> keys(const QString &projectId);

} // namespace Requests
} // namespace Descope
