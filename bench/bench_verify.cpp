// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Benchmark 1: verifying 20,000 session tokens with cached keys, against the bare OpenSSL
// signature check of the same tokens. Writes the tokens and the JWKS to a folder so the
// Node.js side (bench/node/verify.cjs, @descope/node-sdk) can verify the very same ones.
// Prints one JSON object.
#include "jwt_p.h"
#include "tokenissuer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

#include <algorithm>
#include <cstdio>

using namespace Descope;

namespace {

const int TokenCount = qEnvironmentVariableIntValue("BENCH_TOKENS") > 0 ? qEnvironmentVariableIntValue("BENCH_TOKENS") : 20000;
const int Repeats = qEnvironmentVariableIntValue("BENCH_REPEATS") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEATS") : 7;
const QString ProjectId = QStringLiteral("P2EmulatorLocalDevProject000");

struct Split
{
    QByteArray input;
    QByteArray signature;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QJsonObject stats(const QList<double> &perToken)
{
    return {{QStringLiteral("median_us"), median(perToken)},
            {QStringLiteral("min_us"), *std::min_element(perToken.begin(), perToken.end())},
            {QStringLiteral("max_us"), *std::max_element(perToken.begin(), perToken.end())}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    QDir().mkpath(out);

    // Tokens as the emulator issues them (same issuer code), one per user.
    const auto issuer = Emulator::TokenIssuer::generate();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QByteArray> tokens;
    tokens.reserve(TokenCount);
    for (int i = 0; i < TokenCount; ++i) {
        tokens << issuer.sign({{QStringLiteral("sub"), QStringLiteral("U%1").arg(i, 16, 16, QLatin1Char('0'))},
                               {QStringLiteral("iss"), ProjectId},
                               {QStringLiteral("iat"), now},
                               {QStringLiteral("exp"), now + 3600},
                               {QStringLiteral("drn"), QStringLiteral("DS")},
                               {QStringLiteral("amr"), QJsonArray{QStringLiteral("email")}}});
    }
    const QJsonObject jwk = issuer.publicJwk();
    const QByteArray jwksJson = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson();
    QFile tokenFile(out + QLatin1StringView("/tokens.txt"));
    tokenFile.open(QIODevice::WriteOnly);
    for (const QByteArray &token : std::as_const(tokens))
        tokenFile.write(token + '\n');
    tokenFile.close();
    QFile jwkFile(out + QLatin1StringView("/jwk.json"));
    jwkFile.open(QIODevice::WriteOnly);
    jwkFile.write(QJsonDocument(jwk).toJson(QJsonDocument::Compact));
    jwkFile.close();

    const Jwks keys = Jwks::fromJson(jwksJson).value();
    VerifyOptions options;
    options.projectId = ProjectId;
    options.now = now;

    // The floor: the RSA check alone, on inputs already split and decoded.
    QList<Split> split;
    split.reserve(TokenCount);
    for (const QByteArray &token : std::as_const(tokens)) {
        const qsizetype dot = token.lastIndexOf('.');
        split.append({token.left(dot), *Base64Url::decode(token.mid(dot + 1))});
    }
    // The key inside the verification context Jwks prepared for this kid.
    EVP_PKEY *key = EVP_PKEY_CTX_get0_pkey(EVP_MD_CTX_get_pkey_ctx(keys.verifier(issuer.keyId())));

    QList<double> ours, floor;
    int failures = 0;
    for (int repeat = 0; repeat < Repeats; ++repeat) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &token : std::as_const(tokens))
            failures += !JwtVerifier::verify(token, keys, options).ok();
        ours << double(timer.nsecsElapsed()) / 1000.0 / TokenCount;

        timer.restart();
        for (const Split &s : std::as_const(split)) {
            EVP_MD_CTX *ctx = EVP_MD_CTX_new();
            EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key);
            failures += EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(s.signature.constData()),
                                         size_t(s.signature.size()),
                                         reinterpret_cast<const unsigned char *>(s.input.constData()),
                                         size_t(s.input.size())) != 1;
            EVP_MD_CTX_free(ctx);
        }
        floor << double(timer.nsecsElapsed()) / 1000.0 / TokenCount;
    }
    const QJsonObject result{{QStringLiteral("tokens"), TokenCount},
                             {QStringLiteral("repeats"), Repeats},
                             {QStringLiteral("failures"), failures},
                             {QStringLiteral("ours"), stats(ours)},
                             {QStringLiteral("openssl"), stats(floor)}};
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failures ? 1 : 0;
}
