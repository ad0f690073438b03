// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "claims.h"
#include "responses.h"
#include "responses_p.h"

#include <QFile>
#include <QTest>

using namespace Descope;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(DESCOPE_TEST_DATA_DIR "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

/// Splits a recorded .http response into its Set-Cookie cookies and its body.
std::pair<QList<QNetworkCookie>, QByteArray> httpFixture(const char *name)
{
    const QByteArray text = fixture(name);
    const qsizetype bodyStart = text.indexOf("\n{");
    QList<QNetworkCookie> cookies;
    for (const QByteArray &line : text.left(bodyStart).split('\n')) {
        if (line.startsWith("Set-Cookie: "))
            cookies << QNetworkCookie::parseCookies(line.mid(12));
    }
    return {cookies, text.mid(bodyStart + 1)};
}

} // namespace

class TestResponses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maskedAddress()
    {
        const auto email = Responses::parseMaskedAddress(fixture("otp-start.response.email.json"));
        QVERIFY(email.ok());
        QCOMPARE(email->address, QStringLiteral("t***@email.com"));
        QVERIFY(email->isEmail);
        const auto phone = Responses::parseMaskedAddress(fixture("otp-start.response.phone.json"));
        QVERIFY(phone.ok());
        QCOMPARE(phone->address, QStringLiteral("*********44"));
        QVERIFY(!phone->isEmail);
        const auto withAttempts = Responses::parseMaskedAddress("{\"maskedEmail\":\"a***@b.c\",\"verificationAttempts\":3}");
        QCOMPARE(withAttempts->verificationAttempts, 3);
    }

    void verifyResponse()
    {
        const auto response = Responses::parseAuthentication(fixture("otp-verify.response.json"), {},
                                                             Responses::TokensRequired::SessionAndRefresh);
        QVERIFY(response.ok());
        QVERIFY(response->sessionJwt.startsWith("eyJhbGciOiJIUzI1NiIs"));
        QVERIFY(response->refreshJwt.endsWith("kgsfovgtFXwlr7Ev6XZ_BFMBSFNgTraw_G9WqAj78AA"));
        QVERIFY(response->firstSeen);
        const User &user = response->user;
        QCOMPARE(user.userId, QStringLiteral("userId"));
        QCOMPARE(user.loginIds, QStringList{QStringLiteral("loginId")});
        QCOMPARE(user.name, QStringLiteral("name"));
        QCOMPARE(user.familyName, QStringLiteral("familyName"));
        QCOMPARE(user.email, QStringLiteral("email"));
        QVERIFY(user.verifiedEmail);
        QVERIFY(!user.verifiedPhone);
        QCOMPARE(user.createdTime, 123);
        QCOMPARE(user.roleNames, QStringList{QStringLiteral("r1")});
        QCOMPARE(user.customAttributes.value(QLatin1StringView("c")).toInt(), 1);
    }

    void docsSchemaExampleParses()
    {
        const auto response = Responses::parseAuthentication(fixture("docs-verify-response-schema.json"), {},
                                                             Responses::TokensRequired::SessionAndRefresh);
        QVERIFY(response.ok());
        QCOMPARE(response->sessionJwt, QByteArray("string"));
        QVERIFY(response->user.verifiedPhone);
    }

    void refreshWithoutRotationKeepsRefreshEmpty()
    {
        const QByteArray body = fixture("refresh.response.no-rotation.json");
        const auto refresh = Responses::parseAuthentication(body, {}, Responses::TokensRequired::SessionOnly);
        QVERIFY(refresh.ok());
        QVERIFY(refresh->refreshJwt.isEmpty());
        QVERIFY(!refresh->firstSeen);
        // The same body is not a complete verify answer.
        const auto asVerify = Responses::parseAuthentication(body, {}, Responses::TokensRequired::SessionAndRefresh);
        QVERIFY(!asVerify.ok());
        QCOMPARE(asVerify.error().kind(), Error::Kind::InvalidResponse);
    }

    void refreshTokenFromDsrCookie()
    {
        const auto [cookies, body] = httpFixture("verify.response.cookie-mode.http");
        QCOMPARE(cookies.size(), 1);
        const auto response = Responses::parseAuthentication(body, cookies,
                                                             Responses::TokensRequired::SessionAndRefresh);
        QVERIFY(response.ok());
        QCOMPARE(response->refreshJwt, cookies.first().value());
        QVERIFY(response->refreshJwt.endsWith("ow2MV3WwUDeb8PyuJLEFlFiqHhPhvuPTL9O2gRFLMGE"));
    }

    void tokensFromCustomCookieNames()
    {
        const QByteArray body = fixture("verify.response.custom-cookie-names.json");
        QList<QNetworkCookie> cookies{QNetworkCookie("FOO", "session.jwt.value"), QNetworkCookie("BAR", "refresh.jwt.value"),
                                      QNetworkCookie("DS", "wrong"), QNetworkCookie("DSR", "wrong")};
        const auto response = Responses::parseAuthentication(body, cookies,
                                                             Responses::TokensRequired::SessionAndRefresh);
        QVERIFY(response.ok());
        QCOMPARE(response->sessionJwt, QByteArray("session.jwt.value"));
        QCOMPARE(response->refreshJwt, QByteArray("refresh.jwt.value"));
        // Without the cookies the body alone has no tokens.
        QVERIFY(!Responses::parseAuthentication(body, {}, Responses::TokensRequired::SessionOnly).ok());
    }

    void userRecord()
    {
        const auto user = Responses::parseUser(fixture("me.response.json"));
        QVERIFY(user.ok());
        QCOMPARE(user->userId, QStringLiteral("userId"));
        QCOMPARE(user->status, QStringLiteral("enabled"));
        QCOMPARE(user->picture, QStringLiteral("picture"));
        QCOMPARE(User::fromJson(user->toJson()), user.value());
    }

    void keys()
    {
        const auto keys = Responses::parseKeys(fixture("jwks-v2.response.json"));
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keys->first().kid, QStringLiteral("testkey"));
        QCOMPARE(keys->first().kty, QStringLiteral("EC"));
        QCOMPARE(keys->first().alg, QStringLiteral("ES384"));
    }

    void garbled_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("truncated") << QByteArray("{\"sessionJwt\":\"abc\",\"refreshJw");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("wrong types") << QByteArray("{\"sessionJwt\":42,\"refreshJwt\":true,\"user\":\"x\",\"maskedEmail\":7,\"keys\":{}}");
        QTest::newRow("empty object") << QByteArray("{}");
    }
    void garbled()
    {
        QFETCH(QByteArray, body);
        const auto check = [](const Error &error) {
            QCOMPARE(error.kind(), Error::Kind::InvalidResponse);
            QVERIFY(!error.message().isEmpty());
        };
        const auto masked = Responses::parseMaskedAddress(body);
        QVERIFY(!masked.ok());
        check(masked.error());
        const auto auth = Responses::parseAuthentication(body, {}, Responses::TokensRequired::SessionOnly);
        QVERIFY(!auth.ok());
        check(auth.error());
        const auto user = Responses::parseUser(body);
        QVERIFY(!user.ok());
        check(user.error());
        const auto keys = Responses::parseKeys(body);
        QVERIFY(!keys.ok());
        check(keys.error());
    }

    void claimsAreReadWithoutVerifying()
    {
        // Claims::readUnverified() is for showing what a stored token says: it reads any
        // well-formed JWT, whatever its signature (this one has none worth the name).
        const auto part = [](const char *json) {
            return QByteArray(json).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray token = part(R"({"alg":"RS256","kid":"K1"})") + '.'
            + part(R"({"sub":"U1","iss":"P2abc","exp":1900000000,"iat":1899990000,"drn":"DSR"})") + '.'
            + part("not a signature");
        const auto claims = Claims::readUnverified(token);
        QVERIFY(claims.ok());
        QCOMPARE(claims->subject, QStringLiteral("U1"));
        QCOMPARE(claims->expiresAt, 1900000000);
        QCOMPARE(claims->drn, QStringLiteral("DSR"));
        QCOMPARE(claims->issuerProjectId(), QStringLiteral("P2abc"));

        for (const QByteArray &bad : {QByteArray(), QByteArray("not.a.jwt"), QByteArray("a.b"), QByteArray(token + ".d")}) {
            const auto refused = Claims::readUnverified(bad);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind(), Error::Kind::TokenInvalid);
        }
    }
};

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
