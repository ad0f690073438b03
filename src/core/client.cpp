// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "client.h"
#include "reply_p.h"
#include "requests_p.h"
#include "responses_p.h"

#include "logging_p.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Descope {

namespace {
const QByteArray SdkName = QByteArrayLiteral("qt-desktop");
const QByteArray SdkVersion = QByteArrayLiteral(DESCOPE_VERSION);
} // namespace

class ClientPrivate
{
public:
    ClientPrivate(Client *q, const Config &config) : q(q), config(config) {}

    /// Creates a reply (Client its parent) and sends request with it, or finishes it
    /// later with the request's error.
    template<typename T, typename Parser>
    TypedReply<T> *send(const Result<ApiRequest> &request, Parser parser)
    {
        auto *reply = new TypedReply<T>(*new TypedReplyPrivate<T>(std::move(parser)), q);
        sendRequest(request, reply);
        return reply;
    }
    Reply *sendWithoutResult(const Result<ApiRequest> &request)
    {
        auto *reply = new Reply(*new ReplyPrivate, q);
        sendRequest(request, reply);
        return reply;
    }
    void sendRequest(const Result<ApiRequest> &request, Reply *reply);

    Client *q;
    Config config;
    QNetworkAccessManager *nam = nullptr;
    QList<QPointer<Reply>> replies; ///< every reply created, for the destructor
};

namespace {

Result<MaskedAddress> parseMaskedAddress(const QByteArray &body, const QList<QNetworkCookie> &)
{
    return Responses::parseMaskedAddress(body);
}

Result<User> parseUser(const QByteArray &body, const QList<QNetworkCookie> &)
{
    return Responses::parseUser(body);
}

Result<QList<JsonWebKey>> parseKeys(const QByteArray &body, const QList<QNetworkCookie> &)
{
    return Responses::parseKeys(body);
}

auto authentication(Responses::TokensRequired required)
{
    return [required](const QByteArray &body, const QList<QNetworkCookie> &cookies) {
        return Responses::parseAuthentication(body, cookies, required);
    };
}

} // namespace

Client::Client(const Config &config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ClientPrivate>(this, config))
{
    d->nam = nam;
    if (!d->nam) {
        d->nam = new QNetworkAccessManager(this);
        d->nam->setStrictTransportSecurityEnabled(true);
    }
}

Client::~Client()
{
    // Replies abort their transfers when destroyed; they must go while the network
    // manager they talk to still exists (it may be our first child, deleted first), and
    // one given another parent must not outlive it either.
    for (const QPointer<Reply> &reply : std::as_const(d->replies)) {
        if (reply && (!reply->isFinished() || reply->parent() == this))
            delete reply.data();
    }
}

const Config &Client::config() const
{
    return d->config;
}

void ClientPrivate::sendRequest(const Result<ApiRequest> &request, Reply *reply)
{
    replies.removeIf([](const QPointer<Reply> &created) { return created.isNull(); });
    replies << reply;
    if (!request) {
        ReplyPrivate::get(reply)->failLater(request.error());
        return;
    }
    const ApiRequest &api = request.value();

    QUrl url = config.baseUrl();
    url.setPath(url.path() + api.path);
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", authorizationHeaderValue(config.projectId(), api.token));
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("x-descope-sdk-name", SdkName);
    networkRequest.setRawHeader("x-descope-sdk-version", SdkVersion);
    networkRequest.setRawHeader("x-descope-project-id", config.projectId().toUtf8());
    networkRequest.setTransferTimeout(int(config.transferTimeout().count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    qCDebug(lcApi) << (api.verb == ApiRequest::Verb::Get ? "GET" : "POST") << api.path;
    QNetworkReply *networkReply = nullptr;
    if (api.verb == ApiRequest::Verb::Get) {
        networkReply = nam->get(networkRequest);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        networkReply = nam->post(networkRequest, api.jsonBody());
    }
    ReplyPrivate::get(reply)->start(networkReply, config.maxResponseBytes(), config.requestDeadline());
}

MaskedAddressReply *Client::signUp(DeliveryMethod method, const QString &loginId, const SignUpUser &user,
                                   const LoginOptions &options)
{
    return d->send<MaskedAddress>(Requests::otpSignUp(method, loginId, user, options), parseMaskedAddress);
}

MaskedAddressReply *Client::signIn(DeliveryMethod method, const QString &loginId, const LoginOptions &options,
                                   const QByteArray &refreshJwt)
{
    return d->send<MaskedAddress>(Requests::otpSignIn(method, loginId, options, refreshJwt), parseMaskedAddress);
}

MaskedAddressReply *Client::signUpOrIn(DeliveryMethod method, const QString &loginId,
                                       const LoginOptions &options, const QByteArray &refreshJwt)
{
    return d->send<MaskedAddress>(Requests::otpSignUpOrIn(method, loginId, options, refreshJwt), parseMaskedAddress);
}

AuthenticationReply *Client::verify(DeliveryMethod method, const QString &loginId, const QString &code)
{
    return d->send<AuthenticationResponse>(Requests::otpVerify(method, loginId, code),
                                           authentication(Responses::TokensRequired::SessionAndRefresh));
}

MaskedAddressReply *Client::updateEmail(const QString &loginId, const QString &email,
                                        const QByteArray &refreshJwt, const UpdateOptions &options)
{
    return d->send<MaskedAddress>(Requests::otpUpdateEmail(loginId, email, refreshJwt, options), parseMaskedAddress);
}

MaskedAddressReply *Client::updatePhone(DeliveryMethod method, const QString &loginId, const QString &phone,
                                        const QByteArray &refreshJwt, const UpdateOptions &options)
{
    return d->send<MaskedAddress>(Requests::otpUpdatePhone(method, loginId, phone, refreshJwt, options),
                                  parseMaskedAddress);
}

AuthenticationReply *Client::refresh(const QByteArray &refreshJwt)
{
    return d->send<AuthenticationResponse>(Requests::refresh(refreshJwt),
                                           authentication(Responses::TokensRequired::SessionOnly));
}

UserReply *Client::me(const QByteArray &refreshJwt)
{
    return d->send<User>(Requests::me(refreshJwt), parseUser);
}

EmptyReply *Client::logout(const QByteArray &refreshJwt)
{
    return d->sendWithoutResult(Requests::logout(refreshJwt));
}

EmptyReply *Client::logoutAll(const QByteArray &refreshJwt)
{
    return d->sendWithoutResult(Requests::logoutAll(refreshJwt));
}

KeysReply *Client::keys()
{
    return d->send<QList<JsonWebKey>>(Requests::keys(d->config.projectId()), parseKeys);
}

} // namespace Descope
