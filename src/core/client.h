// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "config.h"
#include "reply.h"
#include "requests.h"

#include <QObject>

class QNetworkAccessManager;

namespace Descope {

struct ApiRequest;

/**
 * One method per Descope OTP and session endpoint. Each returns a started Reply (see
 * reply.h) whose finished() always arrives through the event loop; bad input finishes it
 * with Kind::InvalidInput and no request is sent.
 *
 * Requests are described by the pure builders in requests.h and sent by send(), the one
 * place that sets Authorization. Redirects are not followed and cookies are neither
 * stored nor sent: a token must never travel anywhere but to the configured base URL.
 */
class DESCOPEQT6CORE_EXPORT Client : public QObject
{
    Q_OBJECT
public:
    /// Uses nam when given (not owned), else a private one.
    explicit Client(const Config &config, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~Client() override;
    Q_DISABLE_COPY_MOVE(Client)

    [[nodiscard]] const Config &config() const { return m_config; }

    [[nodiscard]] MaskedAddressReply *signUp(DeliveryMethod method, const QString &loginId,
                                             const SignUpUser &user = {}, const LoginOptions &options = {});
    /// refreshJwt is needed (and sent) only for options.stepup / options.mfa.
    [[nodiscard]] MaskedAddressReply *signIn(DeliveryMethod method, const QString &loginId,
                                             const LoginOptions &options = {}, const QByteArray &refreshJwt = {});
    [[nodiscard]] MaskedAddressReply *signUpOrIn(DeliveryMethod method, const QString &loginId,
                                                 const LoginOptions &options = {},
                                                 const QByteArray &refreshJwt = {});
    [[nodiscard]] AuthenticationReply *verify(DeliveryMethod method, const QString &loginId, const QString &code);
    [[nodiscard]] MaskedAddressReply *updateEmail(const QString &loginId, const QString &email,
                                                  const QByteArray &refreshJwt, const UpdateOptions &options = {});
    [[nodiscard]] MaskedAddressReply *updatePhone(DeliveryMethod method, const QString &loginId,
                                                  const QString &phone, const QByteArray &refreshJwt,
                                                  const UpdateOptions &options = {});
    [[nodiscard]] AuthenticationReply *refresh(const QByteArray &refreshJwt);
    [[nodiscard]] UserReply *me(const QByteArray &refreshJwt);
    [[nodiscard]] EmptyReply *logout(const QByteArray &refreshJwt);
    [[nodiscard]] EmptyReply *logoutAll(const QByteArray &refreshJwt);
    [[nodiscard]] KeysReply *keys();

    /// Sends a request described by Descope::Requests and drives reply with it.
    template<typename R>
    R *send(const Result<ApiRequest> &request, R *reply)
    {
        sendRequest(request, reply);
        return reply;
    }

private:
    void sendRequest(const Result<ApiRequest> &request, Reply *reply);

    Config m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace Descope
