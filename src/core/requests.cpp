// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "requests.h"
#include "requests_p.h"

#include "jsonhelpers_p.h"
#include "validation_p.h"

#include <QJsonDocument>

namespace Descope {

QByteArray ApiRequest::jsonBody() const
{
    return body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
}

QByteArray authorizationHeaderValue(const QString &projectId, const QByteArray &token)
{
    QByteArray value = "Bearer " + projectId.toUtf8();
    if (!token.isEmpty())
        value += ':' + token;
    return value;
}

namespace {


QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Result<ApiRequest> post(QString path, QJsonObject body, AuthToken auth = AuthToken::None,
                        const QByteArray &token = {})
{
    if (auth == AuthToken::Refresh && token.isEmpty())
        return Error::invalidInput(Error::InputProblem::NotSignedIn, QStringLiteral("this request needs a refresh token"));
    return ApiRequest{ApiRequest::Verb::Post, std::move(path), auth, token, std::move(body)};
}

QString otpPath(QLatin1StringView operation, DeliveryMethod method)
{
    return QLatin1StringView("/v1/auth/otp/") + operation + QLatin1Char('/') + pathSegment(method);
}

// Sign-in and sign-up-or-in share their shape; the refresh JWT goes along only for stepup/mfa.
Result<ApiRequest> signInLike(QLatin1StringView operation, DeliveryMethod method, const QString &loginId,
                              const LoginOptions &options, const QByteArray &refreshJwt)
{
    if (auto error = Validation::checkLoginId(loginId))
        return *error;
    const QJsonObject body{{QStringLiteral("loginId"), loginId},
                           {QStringLiteral("loginOptions"), options.toJson()}};
    if (options.needsRefreshToken())
        return post(otpPath(operation, method), body, AuthToken::Refresh, refreshJwt);
    return post(otpPath(operation, method), body);
}

QJsonObject updateBody(const QString &loginId, QLatin1StringView addressKey, const QString &address,
                       const UpdateOptions &options)
{
    // Both booleans always go, as the mobile SDKs send them.
    QJsonObject body{{QStringLiteral("loginId"), loginId},
                     {addressKey, address},
                     {QStringLiteral("addToLoginIDs"), options.addToLoginIDs},
                     {QStringLiteral("onMergeUseExisting"), options.onMergeUseExisting}};
    Json::insertIfSet(body, QLatin1StringView("templateId"), options.templateId);
    Json::insertIfSet(body, QLatin1StringView("locale"), options.locale);
    if (!options.templateOptions.isEmpty())
        body.insert(QLatin1StringView("templateOptions"), toJson(options.templateOptions));
    return body;
}

Result<ApiRequest> withRefreshToken(ApiRequest::Verb verb, QString path, const QByteArray &refreshJwt)
{
    if (refreshJwt.isEmpty())
        return Error::invalidInput(Error::InputProblem::NotSignedIn, QStringLiteral("this request needs a refresh token"));
    std::optional<QJsonObject> body;
    if (verb == ApiRequest::Verb::Post)
        body = QJsonObject();
    return ApiRequest{verb, std::move(path), AuthToken::Refresh, refreshJwt, std::move(body)};
}

} // namespace

bool SignUpUser::isEmpty() const
{
    return toJson().isEmpty();
}

QJsonObject SignUpUser::toJson() const
{
    QJsonObject object;
    Json::insertIfSet(object, QLatin1StringView("name"), name);
    Json::insertIfSet(object, QLatin1StringView("givenName"), givenName);
    Json::insertIfSet(object, QLatin1StringView("middleName"), middleName);
    Json::insertIfSet(object, QLatin1StringView("familyName"), familyName);
    Json::insertIfSet(object, QLatin1StringView("email"), email);
    Json::insertIfSet(object, QLatin1StringView("phone"), phone);
    return object;
}

QJsonObject LoginOptions::toJson() const
{
    QJsonObject object;
    if (stepup)
        object.insert(QLatin1StringView("stepup"), true);
    if (mfa)
        object.insert(QLatin1StringView("mfa"), true);
    if (revokeOtherSessions)
        object.insert(QLatin1StringView("revokeOtherSessions"), true);
    if (!customClaims.isEmpty())
        object.insert(QLatin1StringView("customClaims"), customClaims);
    Json::insertIfSet(object, QLatin1StringView("templateId"), templateId);
    if (!templateOptions.isEmpty())
        object.insert(QLatin1StringView("templateOptions"), Descope::toJson(templateOptions));
    Json::insertIfSet(object, QLatin1StringView("locale"), locale);
    return object;
}

namespace Requests {

Result<ApiRequest> otpSignUp(DeliveryMethod method, const QString &loginId, const SignUpUser &user,
                             const LoginOptions &options)
{
    if (auto error = Validation::checkLoginId(loginId))
        return *error;
    if (options.needsRefreshToken())
        return Error::invalidInput(QStringLiteral("sign-up takes no stepup or mfa"));
    if (!user.email.isEmpty() && !Validation::isValidEmail(user.email))
        return Error::invalidInput(Error::InputProblem::Email, QStringLiteral("invalid email address"));
    if (!user.phone.isEmpty() && !Validation::isE164Phone(user.phone))
        return Error::invalidInput(Error::InputProblem::Phone, QStringLiteral("invalid phone number"));
    QJsonObject body{{QStringLiteral("loginId"), loginId},
                     {QStringLiteral("loginOptions"), options.toJson()}};
    if (!user.isEmpty())
        body.insert(QLatin1StringView("user"), user.toJson());
    return post(otpPath(QLatin1StringView("signup"), method), body);
}

Result<ApiRequest> otpSignIn(DeliveryMethod method, const QString &loginId, const LoginOptions &options,
                             const QByteArray &refreshJwt)
{
    return signInLike(QLatin1StringView("signin"), method, loginId, options, refreshJwt);
}

Result<ApiRequest> otpSignUpOrIn(DeliveryMethod method, const QString &loginId,
                                 const LoginOptions &options, const QByteArray &refreshJwt)
{
    return signInLike(QLatin1StringView("signup-in"), method, loginId, options, refreshJwt);
}

Result<ApiRequest> otpVerify(DeliveryMethod method, const QString &loginId, const QString &code)
{
    if (auto error = Validation::checkLoginId(loginId))
        return *error;
    if (!Validation::isValidCode(code))
        return Error::invalidInput(Error::InputProblem::Code, QStringLiteral("the code must be six digits"));
    return post(otpPath(QLatin1StringView("verify"), method),
                QJsonObject{{QStringLiteral("loginId"), loginId}, {QStringLiteral("code"), code}});
}

Result<ApiRequest> otpUpdateEmail(const QString &loginId, const QString &email,
                                  const QByteArray &refreshJwt, const UpdateOptions &options)
{
    if (auto error = Validation::checkLoginId(loginId))
        return *error;
    if (!Validation::isValidEmail(email))
        return Error::invalidInput(Error::InputProblem::Email, QStringLiteral("invalid email address"));
    return post(QStringLiteral("/v1/auth/otp/update/email"),
                updateBody(loginId, QLatin1StringView("email"), email, options), AuthToken::Refresh,
                refreshJwt);
}

Result<ApiRequest> otpUpdatePhone(DeliveryMethod method, const QString &loginId, const QString &phone,
                                  const QByteArray &refreshJwt, const UpdateOptions &options)
{
    if (!isPhoneMethod(method))
        return Error::invalidInput(Error::InputProblem::MethodMismatch, QStringLiteral("a phone number is updated by sms, voice or whatsapp"));
    if (auto error = Validation::checkLoginId(loginId))
        return *error;
    if (!Validation::isE164Phone(phone))
        return Error::invalidInput(Error::InputProblem::Phone, QStringLiteral("invalid phone number"));
    return post(QLatin1StringView("/v1/auth/otp/update/phone/") + pathSegment(method),
                updateBody(loginId, QLatin1StringView("phone"), phone, options), AuthToken::Refresh,
                refreshJwt);
}

Result<ApiRequest> refresh(const QByteArray &refreshJwt)
{
    return withRefreshToken(ApiRequest::Verb::Post, QStringLiteral("/v1/auth/refresh"), refreshJwt);
}

Result<ApiRequest> me(const QByteArray &refreshJwt)
{
    return withRefreshToken(ApiRequest::Verb::Get, QStringLiteral("/v1/auth/me"), refreshJwt);
}

Result<ApiRequest> logout(const QByteArray &refreshJwt)
{
    return withRefreshToken(ApiRequest::Verb::Post, QStringLiteral("/v1/auth/logout"), refreshJwt);
}

Result<ApiRequest> logoutAll(const QByteArray &refreshJwt)
{
    return withRefreshToken(ApiRequest::Verb::Post, QStringLiteral("/v1/auth/logoutall"), refreshJwt);
}

Result<ApiRequest> keys(const QString &projectId)
{
    if (projectId.isEmpty())
        return Error::invalidInput(QStringLiteral("project id is empty"));
    return ApiRequest{ApiRequest::Verb::Get, QLatin1StringView("/v2/keys/") + projectId, AuthToken::None,
                      {}, std::nullopt};
}

} // namespace Requests
} // namespace Descope
