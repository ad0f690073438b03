// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "config.h"
#include "deliverymethod.h"
#include "reply.h"
#include "requests.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Descope {

class ClientPrivate;

/**
 * One method per Descope OTP and session endpoint this library uses.
 *
 * Each method returns a started Reply (see Job for the contract) that the Client owns
 * as its parent: connect to finished() and read the result there; the reply deletes
 * itself afterwards. Bad input finishes the reply with Error::Kind::InvalidInput, through
 * the event loop, and sends no request.
 *
 * Every request carries the project id (and, where the endpoint needs it, the refresh
 * JWT) in its Authorization header. Redirects are not followed and cookies are neither
 * stored nor sent: a token never travels anywhere but to Config::baseUrl().
 *
 * Destroying the Client aborts and destroys every reply it created that has not finished
 * (even one given another parent); they emit nothing.
 */
class DESCOPEQT6CORE_EXPORT Client : public QObject
{
    Q_OBJECT
public:
    /// Sends requests through nam when given (not owned; it must outlive the Client),
    /// else through a private QNetworkAccessManager with Strict-Transport-Security on.
    explicit Client(const Config &config, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~Client() override;
    Q_DISABLE_COPY_MOVE(Client)

    /// The configuration given at construction.
    [[nodiscard]] const Config &config() const;

    /// Signs a new user up and sends a code to loginId by method. Fails with
    /// Error::Kind::Api (UserAlreadyExists) when the login id is taken.
    [[nodiscard]] MaskedAddressReply *signUp(DeliveryMethod method, const QString &loginId,
                                             const SignUpUser &user = {}, const LoginOptions &options = {});
    /// Sends a code to an existing user. refreshJwt is needed (and sent) only for
    /// LoginOptions::stepup and LoginOptions::mfa.
    [[nodiscard]] MaskedAddressReply *signIn(DeliveryMethod method, const QString &loginId,
                                             const LoginOptions &options = {}, const QByteArray &refreshJwt = {});
    /// Sends a code, signing the user up first if loginId is new. refreshJwt as for signIn().
    [[nodiscard]] MaskedAddressReply *signUpOrIn(DeliveryMethod method, const QString &loginId,
                                                 const LoginOptions &options = {},
                                                 const QByteArray &refreshJwt = {});
    /// Checks the code sent to loginId; success gives the session and refresh JWTs and the user.
    [[nodiscard]] AuthenticationReply *verify(DeliveryMethod method, const QString &loginId, const QString &code);
    /// Sends a code to a new email address for the signed-in user (refreshJwt); the address
    /// is changed once that code is verified.
    [[nodiscard]] MaskedAddressReply *updateEmail(const QString &loginId, const QString &email,
                                                  const QByteArray &refreshJwt, const UpdateOptions &options = {});
    /// Sends a code by method (Sms, Voice or WhatsApp) to a new phone number (E.164) for
    /// the signed-in user; the number is changed once that code is verified.
    [[nodiscard]] MaskedAddressReply *updatePhone(DeliveryMethod method, const QString &loginId,
                                                  const QString &phone, const QByteArray &refreshJwt,
                                                  const UpdateOptions &options = {});
    /// A new session JWT for refreshJwt (and a new refresh JWT when the project rotates them).
    [[nodiscard]] AuthenticationReply *refresh(const QByteArray &refreshJwt);
    /// The user record of the session refreshJwt belongs to.
    [[nodiscard]] UserReply *me(const QByteArray &refreshJwt);
    /// Ends the session refreshJwt belongs to.
    [[nodiscard]] EmptyReply *logout(const QByteArray &refreshJwt);
    /// Ends every session of the user refreshJwt belongs to.
    [[nodiscard]] EmptyReply *logoutAll(const QByteArray &refreshJwt);
    /// The project's public signing keys (JWKS), for TokenVerifier.
    [[nodiscard]] KeysReply *keys();

private:
    std::unique_ptr<ClientPrivate> d;
};

} // namespace Descope
