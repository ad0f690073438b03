// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "jwt_p.h"
#include "responses_p.h"

#include "jsonhelpers_p.h"

#include <QJsonArray>
#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace Descope {

namespace {

constexpr qsizetype MaxTokenBytes = 64 * 1024;
constexpr int MinRsaBits = 2048;
const QLatin1StringView Rs256("RS256");

struct BnFree { void operator()(BIGNUM *bn) const { BN_free(bn); } };
struct ParamBldFree { void operator()(OSSL_PARAM_BLD *bld) const { OSSL_PARAM_BLD_free(bld); } };
struct ParamFree { void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); } };
struct PkeyCtxFree { void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); } };
struct MdCtxFree { void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); } };


std::optional<QJsonObject> decodeJsonSegment(QByteArrayView segment)
{
    const auto bytes = Base64Url::decode(segment);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

/// Unix seconds of an ISO-8601 (RFC 3339) date and time with its zone, "Z" or an offset,
/// as Descope writes rexp; a fraction of a second is dropped (the earlier second). 0 for
/// anything else, a time without a zone included: whose clock would it be on?
qint64 isoDateTimeSeconds(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$)"));
    if (!value.isString())
        return 0;
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!match.hasMatch())
        return 0;
    const auto number = [&match](int group) { return match.captured(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const QTime time(number(4), number(5), number(6));
    if (!date.isValid() || !time.isValid())
        return 0;
    qint64 offset = 0;
    if (match.hasCaptured(7)) {
        if (number(8) > 23 || number(9) > 59)
            return 0;
        offset = (number(8) * 3600 + number(9) * 60) * (match.captured(7) == QLatin1StringView("-") ? -1 : 1);
    }
    // Counted from the epoch's date, so no time zone or QDateTime spec is involved.
    const qint64 seconds = QDate(1970, 1, 1).daysTo(date) * 86400 + time.msecsSinceStartOfDay() / 1000 - offset;
    return seconds > 0 ? seconds : 0;
}

Claims claimsFrom(const QJsonObject &payload)
{
    Claims claims;
    claims.all = payload;
    claims.subject = payload.value(QLatin1StringView("dsub")).toString();
    if (claims.subject.isEmpty())
        claims.subject = payload.value(QLatin1StringView("sub")).toString();
    claims.issuer = payload.value(QLatin1StringView("iss")).toString();
    claims.issuedAt = payload.value(QLatin1StringView("iat")).toInteger();
    claims.expiresAt = payload.value(QLatin1StringView("exp")).toInteger();
    claims.notBefore = payload.value(QLatin1StringView("nbf")).toInteger();
    claims.refreshExpiresAt = isoDateTimeSeconds(payload.value(QLatin1StringView("rexp")));
    claims.drn = payload.value(QLatin1StringView("drn")).toString();
    claims.amr = Json::stringList(payload.value(QLatin1StringView("amr")));
    claims.stepUp = payload.value(QLatin1StringView("su")).toBool();
    claims.roles = Json::stringList(payload.value(QLatin1StringView("roles")));
    claims.permissions = Json::stringList(payload.value(QLatin1StringView("permissions")));
    claims.tenants = payload.value(QLatin1StringView("tenants")).toObject();
    return claims;
}

std::shared_ptr<EVP_PKEY> rsaPublicKey(const QByteArray &n, const QByteArray &e)
{
    const auto nBytes = Base64Url::decode(n);
    const auto eBytes = Base64Url::decode(e);
    if (!nBytes || !eBytes || nBytes->isEmpty() || eBytes->isEmpty())
        return {};
    const auto *nData = reinterpret_cast<const unsigned char *>(nBytes->constData());
    const auto *eData = reinterpret_cast<const unsigned char *>(eBytes->constData());
    std::unique_ptr<BIGNUM, BnFree> bnN(BN_bin2bn(nData, int(nBytes->size()), nullptr));
    std::unique_ptr<BIGNUM, BnFree> bnE(BN_bin2bn(eData, int(eBytes->size()), nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
    if (!bnN || !bnE || !builder
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()))
        return {};
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(builder.get()));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return {};
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

std::shared_ptr<EVP_MD_CTX> rs256Verifier(EVP_PKEY *key)
{
    std::shared_ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1)
        return {};
    return ctx;
}

bool verifyRs256(const EVP_MD_CTX *prototype, QByteArrayView input, const QByteArray &signature)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_MD_CTX_copy_ex(ctx.get(), prototype) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()))
        == 1;
}

} // namespace

QString Claims::issuerProjectId() const
{
    if (!issuer.contains(QLatin1Char('/')))
        return issuer;
    const QUrl url(issuer);
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return segments.isEmpty() ? QString() : segments.last();
}

namespace Base64Url {

QByteArray encode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    // fromRawData: no copy of the input, which outlives this call.
    auto result = QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), text.size()),
                                                 QByteArray::Base64UrlEncoding
                                                     | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

} // namespace Base64Url

Result<Jwt> Jwt::decode(QByteArrayView token)
{
    if (token.isEmpty())
        return Error::tokenInvalid(QStringLiteral("empty token"));
    if (token.size() > MaxTokenBytes)
        return Error::tokenInvalid(QStringLiteral("token too large"));
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype lastDot = token.lastIndexOf('.');
    if (firstDot < 0 || firstDot == lastDot || token.sliced(firstDot + 1, lastDot - firstDot - 1).contains('.'))
        return Error::tokenInvalid(QStringLiteral("a JWT has exactly three segments"));

    const auto header = decodeJsonSegment(token.first(firstDot));
    if (!header)
        return Error::tokenInvalid(QStringLiteral("header is not base64url JSON"));
    const auto payload = decodeJsonSegment(token.sliced(firstDot + 1, lastDot - firstDot - 1));
    if (!payload)
        return Error::tokenInvalid(QStringLiteral("payload is not base64url JSON"));
    const auto signature = Base64Url::decode(token.sliced(lastDot + 1));
    if (!signature)
        return Error::tokenInvalid(QStringLiteral("signature is not base64url"));

    Jwt jwt;
    jwt.m_header = *header;
    jwt.m_claims = claimsFrom(*payload);
    jwt.m_signingInput = token.first(lastDot).toByteArray();
    jwt.m_signature = *signature;
    return jwt;
}

Jwks Jwks::fromKeys(const QList<JsonWebKey> &keys)
{
    Jwks jwks;
    for (const JsonWebKey &jwk : keys) {
        // Keys for other algorithms or uses are skipped, not fatal: a JWKS may hold several kinds.
        if (jwk.kty != QLatin1StringView("RSA") || (!jwk.alg.isEmpty() && jwk.alg != Rs256)
            || (!jwk.use.isEmpty() && jwk.use != QLatin1StringView("sig")))
            continue;
        auto key = rsaPublicKey(jwk.n, jwk.e);
        if (!key || EVP_PKEY_get_bits(key.get()) < MinRsaBits)
            continue;
        auto verifier = rs256Verifier(key.get());
        if (!verifier)
            continue;
        jwks.m_keys.insert(jwk.kid, {std::move(key), std::move(verifier)});
    }
    return jwks;
}

Result<Jwks> Jwks::fromJson(const QByteArray &body)
{
    const auto keys = Responses::parseKeys(body);
    if (!keys)
        return keys.error();
    return fromKeys(keys.value());
}

const EVP_MD_CTX *Jwks::verifier(const QString &kid) const
{
    const auto it = m_keys.constFind(kid);
    return it == m_keys.cend() ? nullptr : it->verifier.get();
}

namespace JwtVerifier {

Result<Claims> verify(QByteArrayView token, const Jwks &keys, const VerifyOptions &options)
{
    auto decoded = Jwt::decode(token);
    if (!decoded)
        return decoded.error();
    const Jwt &jwt = decoded.value();

    if (jwt.algorithm() != Rs256)
        return Error::tokenInvalid(QStringLiteral("algorithm %1 is not accepted").arg(jwt.algorithm()));
    const EVP_MD_CTX *verifier = keys.verifier(jwt.keyId());
    if (!verifier)
        return Error::tokenInvalid(QStringLiteral("unknown signing key"));
    if (!verifyRs256(verifier, jwt.signingInput(), jwt.signature()))
        return Error::tokenInvalid(QStringLiteral("bad signature"));

    const Claims &claims = jwt.claims();
    if (claims.expiresAt <= 0 || claims.subject.isEmpty() || claims.issuer.isEmpty())
        return Error::tokenInvalid(QStringLiteral("missing sub, iss or exp"));
    if (options.now > claims.expiresAt + options.leewaySeconds)
        return Error::tokenInvalid(QStringLiteral("token expired"));
    if (claims.notBefore && options.now + options.leewaySeconds < claims.notBefore)
        return Error::tokenInvalid(QStringLiteral("token not valid yet"));
    // iat is not checked: it says when the token was issued, by the server's clock, and a
    // machine whose clock runs behind would refuse every fresh token (RFC 7519 §4.1.6).
    if (claims.issuerProjectId() != options.projectId)
        return Error::tokenInvalid(QStringLiteral("token issued for another project"));
    if (!options.expectedDrn.isEmpty() && claims.drn != options.expectedDrn)
        return Error::tokenInvalid(QStringLiteral("wrong token type"));
    return claims;
}

} // namespace JwtVerifier
} // namespace Descope
