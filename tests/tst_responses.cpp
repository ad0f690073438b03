// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "claims.h"
#include "responses.h"
#include "responses_p.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

    /// The code went out: an OTP start answered with an empty object (as Descope's docs
    /// describe the reply) or without a usable mask is a success, with no address
    /// (docs/wire-protocol.md §3.2). The flow then names the address the person typed.
    void startWithoutMaskIsASuccess_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isEmail");
        QTest::addColumn<int>("attempts");
        QTest::newRow("empty object") << QByteArray("{}") << QString() << false << 0;
        QTest::newRow("no mask") << QByteArray(R"({"verificationAttempts":2})") << QString() << false << 2;
        QTest::newRow("empty maskedEmail") << QByteArray(R"({"maskedEmail":""})") << QString() << true << 0;
        QTest::newRow("empty maskedPhone") << QByteArray(R"({"maskedPhone":""})") << QString() << false << 0;
        QTest::newRow("null maskedEmail") << QByteArray(R"({"maskedEmail":null})") << QString() << true << 0;
        QTest::newRow("mask of another type") << QByteArray(R"({"maskedEmail":7})") << QString() << true << 0;
        QTest::newRow("empty email, phone given") << QByteArray(R"({"maskedEmail":"","maskedPhone":"***44"})")
                                                  << QStringLiteral("***44") << false << 0;
        QTest::newRow("other fields") << QByteArray(R"({"ok":true,"traceId":"x"})") << QString() << false << 0;
    }
    void startWithoutMaskIsASuccess()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, address);
        QFETCH(bool, isEmail);
        QFETCH(int, attempts);
        const auto masked = Responses::parseMaskedAddress(body);
        QVERIFY2(masked.ok(), qPrintable(masked.ok() ? QString() : masked.error().detail()));
        QCOMPARE(masked->address, address);
        QCOMPARE(masked->isEmail, isEmail);
        QCOMPARE(masked->verificationAttempts, attempts);
    }

    /// A 2xx that is not a JSON object never passes for a sent code: a proxy's or a portal's
    /// page must not (docs/wire-protocol.md §3.1).
    void startReplyMustBeAJsonObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Welcome to the captive portal</body></html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("string") << QByteArray(R"("sent")");
        QTest::newRow("number") << QByteArray("200");
        QTest::newRow("truncated") << QByteArray("{\"maskedEmail\":\"a**");
    }
    void startReplyMustBeAJsonObject()
    {
        QFETCH(QByteArray, body);
        const auto masked = Responses::parseMaskedAddress(body);
        QVERIFY(!masked.ok());
        QCOMPARE(masked.error().kind(), Error::Kind::InvalidResponse);
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
        QTest::addColumn<bool>("isObject"); // an OTP start's reply: any JSON object is a sent code (§3.2)
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false;
        QTest::newRow("truncated") << QByteArray("{\"sessionJwt\":\"abc\",\"refreshJw") << false;
        QTest::newRow("array") << QByteArray("[1,2,3]") << false;
        QTest::newRow("wrong types") << QByteArray("{\"sessionJwt\":42,\"refreshJwt\":true,\"user\":\"x\",\"maskedEmail\":7,\"keys\":{}}") << true;
        QTest::newRow("empty object") << QByteArray("{}") << true;
    }
    void garbled()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, isObject);
        const auto check = [](const Error &error) {
            QCOMPARE(error.kind(), Error::Kind::InvalidResponse);
            QVERIFY(!error.message().isEmpty());
        };
        const auto masked = Responses::parseMaskedAddress(body);
        QCOMPARE(masked.ok(), isObject);
        if (!isObject)
            check(masked.error());
        else
            QVERIFY(masked->address.isEmpty());
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

    /// "rexp", the refresh token's expiry that Descope writes into session tokens as an
    /// ISO-8601 string (docs/wire-protocol.md §4.2): "Z", offsets and fractions of a second
    /// are read; anything else is ignored (0), never an error.
    void refreshExpiryFromRexp_data()
    {
        QTest::addColumn<QJsonValue>("rexp");
        QTest::addColumn<qint64>("expected");
        const qint64 at = 1798322400; // 2026-12-26T22:00:00Z
        QTest::newRow("Z (the emulator's form)") << QJsonValue(QStringLiteral("2026-12-26T22:00:00Z")) << at;
        QTest::newRow("lower-case t and z") << QJsonValue(QStringLiteral("2026-12-26t22:00:00z")) << at;
        QTest::newRow("+00:00") << QJsonValue(QStringLiteral("2026-12-26T22:00:00+00:00")) << at;
        QTest::newRow("+02:00") << QJsonValue(QStringLiteral("2026-12-27T00:00:00+02:00")) << at;
        QTest::newRow("-05:30") << QJsonValue(QStringLiteral("2026-12-26T16:30:00-05:30")) << at;
        QTest::newRow("+0200") << QJsonValue(QStringLiteral("2026-12-27T00:00:00+0200")) << at;
        QTest::newRow("milliseconds") << QJsonValue(QStringLiteral("2026-12-26T22:00:00.123Z")) << at;
        QTest::newRow("nanoseconds (Go's RFC 3339)") << QJsonValue(QStringLiteral("2026-12-26T22:00:00.999999999Z")) << at;
        QTest::newRow("fraction and offset") << QJsonValue(QStringLiteral("2026-12-27T00:00:00.5+02:00")) << at;
        QTest::newRow("space for T") << QJsonValue(QStringLiteral("2026-12-26 22:00:00Z")) << at;
        QTest::newRow("no zone") << QJsonValue(QStringLiteral("2026-12-26T22:00:00")) << qint64(0);
        QTest::newRow("date only") << QJsonValue(QStringLiteral("2026-12-26")) << qint64(0);
        QTest::newRow("no such day") << QJsonValue(QStringLiteral("2026-02-30T22:00:00Z")) << qint64(0);
        QTest::newRow("hour 24") << QJsonValue(QStringLiteral("2026-12-26T24:00:00Z")) << qint64(0);
        QTest::newRow("offset past 23:59") << QJsonValue(QStringLiteral("2026-12-26T22:00:00+25:00")) << qint64(0);
        QTest::newRow("words") << QJsonValue(QStringLiteral("in thirty days")) << qint64(0);
        QTest::newRow("empty") << QJsonValue(QString()) << qint64(0);
        QTest::newRow("trailing text") << QJsonValue(QStringLiteral("2026-12-26T22:00:00Z and more")) << qint64(0);
        QTest::newRow("a number") << QJsonValue(1798322400) << qint64(0);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(0);
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << qint64(0);
    }
    void refreshExpiryFromRexp()
    {
        QFETCH(QJsonValue, rexp);
        QFETCH(qint64, expected);
        QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("U1")}, {QStringLiteral("iss"), QStringLiteral("P2abc")},
                            {QStringLiteral("exp"), 1798236600}, {QStringLiteral("iat"), 1798236000},
                            {QStringLiteral("drn"), QStringLiteral("DS")}};
        if (!rexp.isUndefined())
            payload.insert(QStringLiteral("rexp"), rexp);
        const auto part = [](const QByteArray &json) {
            return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray token = part(R"({"alg":"RS256","kid":"K1"})") + '.'
            + part(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + part("signature");
        const auto claims = Claims::readUnverified(token);
        QVERIFY(claims.ok()); // a bad rexp never makes the token unreadable
        QCOMPARE(claims->refreshExpiresAt, expected);
        QCOMPARE(claims->expiresAt, 1798236600);
    }
};

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
