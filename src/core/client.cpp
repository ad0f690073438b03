// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "client.h"
#include "requests_p.h"

#include "logging_p.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Descope {

namespace {
const QByteArray SdkName = QByteArrayLiteral("qt-desktop");
const QByteArray SdkVersion = QByteArrayLiteral(DESCOPE_VERSION);
} // namespace

Client::Client(const Config &config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam)
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setStrictTransportSecurityEnabled(true);
    }
}

Client::~Client()
{
    // Replies abort their transfers when destroyed; they must go while the network
    // manager they talk to still exists (it may be our first child, deleted first).
    qDeleteAll(findChildren<Reply *>(Qt::FindDirectChildrenOnly));
}

void Client::sendRequest(const Result<ApiRequest> &request, Reply *reply)
{
    if (!request) {
        reply->failLater(request.error());
        return;
    }
    const ApiRequest &api = request.value();

    QUrl url = m_config.baseUrl();
    url.setPath(url.path() + api.path);
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", authorizationHeaderValue(m_config.projectId(), api.token));
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("x-descope-sdk-name", SdkName);
    networkRequest.setRawHeader("x-descope-sdk-version", SdkVersion);
    networkRequest.setRawHeader("x-descope-project-id", m_config.projectId().toUtf8());
    networkRequest.setTransferTimeout(int(m_config.transferTimeout().count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    qCDebug(lcApi) << (api.verb == ApiRequest::Verb::Get ? "GET" : "POST") << api.path;
    QNetworkReply *networkReply = nullptr;
    if (api.verb == ApiRequest::Verb::Get) {
        networkReply = m_nam->get(networkRequest);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        networkReply = m_nam->post(networkRequest, api.jsonBody());
    }
    reply->start(networkReply, m_config.maxResponseBytes(), m_config.requestDeadline());
}

MaskedAddressReply *Client::signUp(DeliveryMethod method, const QString &loginId, const SignUpUser &user,
                                   const LoginOptions &options)
{
    return send(Requests::otpSignUp(method, loginId, user, options), new MaskedAddressReply(this));
}

MaskedAddressReply *Client::signIn(DeliveryMethod method, const QString &loginId, const LoginOptions &options,
                                   const QByteArray &refreshJwt)
{
    return send(Requests::otpSignIn(method, loginId, options, refreshJwt), new MaskedAddressReply(this));
}

MaskedAddressReply *Client::signUpOrIn(DeliveryMethod method, const QString &loginId,
                                       const LoginOptions &options, const QByteArray &refreshJwt)
{
    return send(Requests::otpSignUpOrIn(method, loginId, options, refreshJwt), new MaskedAddressReply(this));
}

AuthenticationReply *Client::verify(DeliveryMethod method, const QString &loginId, const QString &code)
{
    return send(Requests::otpVerify(method, loginId, code),
                new AuthenticationReply(Responses::TokensRequired::SessionAndRefresh, this));
}

MaskedAddressReply *Client::updateEmail(const QString &loginId, const QString &email,
                                        const QByteArray &refreshJwt, const UpdateOptions &options)
{
    return send(Requests::otpUpdateEmail(loginId, email, refreshJwt, options), new MaskedAddressReply(this));
}

MaskedAddressReply *Client::updatePhone(DeliveryMethod method, const QString &loginId, const QString &phone,
                                        const QByteArray &refreshJwt, const UpdateOptions &options)
{
    return send(Requests::otpUpdatePhone(method, loginId, phone, refreshJwt, options),
                new MaskedAddressReply(this));
}

AuthenticationReply *Client::refresh(const QByteArray &refreshJwt)
{
    return send(Requests::refresh(refreshJwt),
                new AuthenticationReply(Responses::TokensRequired::SessionOnly, this));
}

UserReply *Client::me(const QByteArray &refreshJwt)
{
    return send(Requests::me(refreshJwt), new UserReply(this));
}

EmptyReply *Client::logout(const QByteArray &refreshJwt)
{
    return send(Requests::logout(refreshJwt), new EmptyReply(this));
}

EmptyReply *Client::logoutAll(const QByteArray &refreshJwt)
{
    return send(Requests::logoutAll(refreshJwt), new EmptyReply(this));
}

KeysReply *Client::keys()
{
    return send(Requests::keys(m_config.projectId()), new KeysReply(this));
}

} // namespace Descope
