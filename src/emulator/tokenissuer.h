// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace Descope::Emulator {

/// The emulator's signing key: RSA-2048, RS256, published as a JWKS with a kid.
class TokenIssuer
{
public:
    /// A fresh key with a random kid.
    static TokenIssuer generate();
    /// A key saved earlier by privateKeyPem(); an invalid issuer if pem is unusable or not RSA-2048 or more.
    static TokenIssuer fromPem(const QByteArray &pem, const QString &kid);

    [[nodiscard]] bool isValid() const { return bool(m_key); }
    [[nodiscard]] QString keyId() const { return m_kid; }
    [[nodiscard]] QByteArray privateKeyPem() const;
    /// {"kty":"RSA","alg":"RS256","use":"sig","kid",...,"n","e"}
    [[nodiscard]] QJsonObject publicJwk() const;
    /// header {"alg":"RS256","kid","typ":"JWT"} + payload, signed.
    [[nodiscard]] QByteArray sign(const QJsonObject &payload) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
    QString m_kid;
};

} // namespace Descope::Emulator
