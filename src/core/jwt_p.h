// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "claims.h"
#include "responses.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;
using EVP_MD_CTX = struct evp_md_ctx_st;

namespace Descope {


/// A JWT split into its parts, decoded but not verified.
class DESCOPEQT6CORE_EXPORT Jwt
{
public:
    /// Refuses anything that is not three base64url segments with JSON header and payload.
    static Result<Jwt> decode(QByteArrayView token);

    [[nodiscard]] QString algorithm() const { return m_header.value(QLatin1StringView("alg")).toString(); }
    [[nodiscard]] QString keyId() const { return m_header.value(QLatin1StringView("kid")).toString(); }
    [[nodiscard]] const QJsonObject &header() const { return m_header; }
    [[nodiscard]] const Claims &claims() const { return m_claims; }
    [[nodiscard]] QByteArrayView signingInput() const { return m_signingInput; }
    [[nodiscard]] const QByteArray &signature() const { return m_signature; }

private:
    QJsonObject m_header;
    Claims m_claims;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

/// The project's public keys (JWKS), as OpenSSL keys by kid. Only RSA keys of at least
/// 2048 bits meant for RS256 are kept; the algorithm always comes from here, never from a token.
class DESCOPEQT6CORE_EXPORT Jwks
{
public:
    Jwks() = default;
    /// Never fails: keys it cannot use (other types or algorithms, short or malformed
    /// RSA keys) are skipped.
    static Jwks fromKeys(const QList<JsonWebKey> &keys);
    /// Fails only when body is not a JWKS document.
    static Result<Jwks> fromJson(const QByteArray &body);

    [[nodiscard]] bool contains(const QString &kid) const { return m_keys.contains(kid); }
    [[nodiscard]] bool isEmpty() const { return m_keys.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_keys.size(); }
    /// A verification context already initialised for RS256 with kid's key, to copy from
    /// (cheaper than initialising one per token); null for an unknown kid.
    [[nodiscard]] const EVP_MD_CTX *verifier(const QString &kid) const;

private:
    struct Key
    {
        std::shared_ptr<EVP_PKEY> key;
        std::shared_ptr<EVP_MD_CTX> verifier;
    };
    QHash<QString, Key> m_keys;
};

/// What verification expects besides a good signature.
struct DESCOPEQT6CORE_EXPORT VerifyOptions
{
    QString projectId;       ///< iss must be it, or a URL ending in it
    qint64 now = 0;          ///< unix seconds (injected so tests control time)
    qint64 leewaySeconds = 5;
    QString expectedDrn;     ///< "DS" or "DSR"; empty accepts either
};

namespace JwtVerifier {
/// RS256 signature, kid known, exp/nbf within leeway (iat is not checked), iss of this project.
DESCOPEQT6CORE_EXPORT Result<Claims> verify(QByteArrayView token, const Jwks &keys, const VerifyOptions &options);
} // namespace JwtVerifier

namespace Base64Url {
DESCOPEQT6CORE_EXPORT QByteArray encode(QByteArrayView data);
/// Strict: refuses characters outside the base64url alphabet.
DESCOPEQT6CORE_EXPORT std::optional<QByteArray> decode(QByteArrayView text);
} // namespace Base64Url

} // namespace Descope
