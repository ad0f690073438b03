// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "tokenissuer.h"

#include "jwt_p.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace Descope::Emulator {

namespace {

struct BioFree { void operator()(BIO *bio) const { BIO_free(bio); } };
struct BnFree { void operator()(BIGNUM *bn) const { BN_free(bn); } };
struct MdCtxFree { void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); } };

QByteArray bigNumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    std::unique_ptr<BIGNUM, BnFree> bn(raw);
    QByteArray bytes(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    return Base64Url::encode(bytes);
}

QString randomKid()
{
    return QStringLiteral("EMU%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace

TokenIssuer TokenIssuer::generate()
{
    TokenIssuer issuer;
    if (EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)))
        issuer.m_key.reset(key, EVP_PKEY_free);
    issuer.m_kid = randomKid();
    return issuer;
}

TokenIssuer TokenIssuer::fromPem(const QByteArray &pem, const QString &kid)
{
    TokenIssuer issuer;
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (bio) {
        if (EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr))
            issuer.m_key.reset(key, EVP_PKEY_free);
    }
    // Tokens say RS256: any other key (EC, a short RSA one) would sign tokens no client accepts.
    if (issuer.m_key && (!EVP_PKEY_is_a(issuer.m_key.get(), "RSA") || EVP_PKEY_get_bits(issuer.m_key.get()) < 2048))
        issuer.m_key.reset();
    issuer.m_kid = kid;
    return issuer;
}

QByteArray TokenIssuer::privateKeyPem() const
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || !m_key
        || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QJsonObject TokenIssuer::publicJwk() const
{
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("kid"), m_kid},
            {QStringLiteral("n"), QString::fromLatin1(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N))},
            {QStringLiteral("e"), QString::fromLatin1(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E))}};
}

QByteArray TokenIssuer::sign(const QJsonObject &payload) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), m_kid},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));

    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) != 1)
        return {};
    signature.truncate(qsizetype(length));
    return input + '.' + Base64Url::encode(signature);
}

} // namespace Descope::Emulator
