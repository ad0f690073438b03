// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// libFuzzer target: JWT decoding and RS256 verification against a fixed key set.
#include "jwt_p.h"
#include "tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using namespace Descope;

namespace {
const Jwks &keys()
{
    // One generated key, a kid the corpus tokens use, and the same key under a second kid.
    static const Jwks jwks = [] {
        const auto generated = Emulator::TokenIssuer::generate();
        QJsonObject jwk = generated.publicJwk();
        jwk.insert(QLatin1StringView("kid"), QStringLiteral("fuzzkey"));
        return Jwks::fromJson(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson()).value();
    }();
    return jwks;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView token(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto jwt = Jwt::decode(token)) {
        (void)jwt->claims().issuerProjectId();
        (void)jwt->algorithm();
        (void)jwt->keyId();
    }
    VerifyOptions options;
    options.projectId = QStringLiteral("P2FuzzProject");
    options.now = 1'800'000'000;
    (void)JwtVerifier::verify(token, keys(), options);
    return 0;
}
