// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "jwt_p.h"
#include "tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>

using namespace Descope;
using Descope::Emulator::TokenIssuer;

namespace {

const QString ProjectId = QStringLiteral("P2aAc4T2V93bddihGEx2Ryhc8e5Z");
constexpr qint64 Now = 1'800'000'000;

QByteArray segment(const QJsonObject &object)
{
    return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject claims(qint64 exp = Now + 600)
{
    return {{QStringLiteral("sub"), QStringLiteral("U123")},
            {QStringLiteral("iss"), ProjectId},
            {QStringLiteral("iat"), Now - 10},
            {QStringLiteral("exp"), exp},
            {QStringLiteral("drn"), QStringLiteral("DS")},
            {QStringLiteral("amr"), QJsonArray{QStringLiteral("email")}},
            {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("read")}},
            {QStringLiteral("tenants"), QJsonObject{{QStringLiteral("t1"), QJsonObject()}}}};
}

QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value)
{
    object.insert(QLatin1StringView(key), value);
    return object;
}

Jwks jwksOf(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &key : keys)
        array << key;
    return Jwks::fromJson(QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson()).value();
}

QByteArray flipLastChar(QByteArray token)
{
    token[token.size() - 2] = token[token.size() - 2] == 'A' ? 'B' : 'A';
    return token;
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT
private:
    TokenIssuer m_issuer = TokenIssuer::generate();
    TokenIssuer m_stranger = TokenIssuer::generate();
    Jwks m_keys;

    Result<Claims> check(const QByteArray &token, const QString &drn = {})
    {
        VerifyOptions options;
        options.projectId = ProjectId;
        options.now = Now;
        options.expectedDrn = drn;
        return JwtVerifier::verify(token, m_keys, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_issuer.isValid());
        m_keys = jwksOf({m_issuer.publicJwk()});
        QCOMPARE(m_keys.size(), 1);
    }

    void validTokenExposesClaims()
    {
        const auto result = check(m_issuer.sign(claims()), QStringLiteral("DS"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
        QCOMPARE(result->subject, QStringLiteral("U123"));
        QCOMPARE(result->expiresAt, Now + 600);
        QCOMPARE(result->issuedAt, Now - 10);
        QCOMPARE(result->drn, QStringLiteral("DS"));
        QCOMPARE(result->amr, QStringList{QStringLiteral("email")});
        QCOMPARE(result->roles, QStringList{QStringLiteral("admin")});
        QCOMPARE(result->permissions, QStringList{QStringLiteral("read")});
        QVERIFY(result->tenants.contains(QLatin1StringView("t1")));
    }

    // A token Descope issued a minute "from now" on this machine's clock (which runs behind)
    // is Descope's: iat says when, not whether, it is valid (RFC 7519 §4.1.6). Refusing it
    // failed every sign-in on a machine whose clock was 10 s behind.
    void issuedLaterByTheServersClockIsAccepted()
    {
        const auto result = check(m_issuer.sign(with(claims(), "iat", Now + 60)), QStringLiteral("DS"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    }

    void accepted_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::newRow("expired within the 5 s leeway") << claims(Now - 4);
        QTest::newRow("iss as a URL ending in the project id")
            << with(claims(), "iss", QString(QStringLiteral("https://api.descope.com/") + ProjectId));
        QTest::newRow("nbf within leeway") << with(claims(), "nbf", Now + 4);
        QTest::newRow("dsub wins over sub") << with(claims(), "dsub", QStringLiteral("U123"));
    }
    void accepted()
    {
        QFETCH(QJsonObject, payload);
        const auto result = check(m_issuer.sign(payload));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("drn");
        QTest::addColumn<QString>("reason");

        const QByteArray good = m_issuer.sign(claims());
        const QList<QByteArray> parts = good.split('.');
        const QJsonObject rsHeader{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                   {QStringLiteral("kid"), m_issuer.keyId()},
                                   {QStringLiteral("typ"), QStringLiteral("JWT")}};

        QTest::newRow("expired") << m_issuer.sign(claims(Now - 6)) << QString() << QStringLiteral("token expired");
        QTest::newRow("nbf in the future") << m_issuer.sign(with(claims(), "nbf", Now + 60)) << QString()
                                           << QStringLiteral("token not valid yet");
        QTest::newRow("iss of another project") << m_issuer.sign(with(claims(), "iss", QStringLiteral("P2other")))
                                                << QString() << QStringLiteral("token issued for another project");
        QTest::newRow("iss URL of another project")
            << m_issuer.sign(with(claims(), "iss", QStringLiteral("https://api.descope.com/P2other"))) << QString()
            << QStringLiteral("token issued for another project");
        QTest::newRow("wrong kid") << m_stranger.sign(claims()) << QString() << QStringLiteral("unknown signing key");
        const TokenIssuer impostor = TokenIssuer::fromPem(m_stranger.privateKeyPem(), m_issuer.keyId());
        QTest::newRow("known kid, other key") << impostor.sign(claims()) << QString() << QStringLiteral("bad signature");
        const QByteArray alteredPayload = segment(with(claims(), "sub", QStringLiteral("U999")));
        QTest::newRow("payload altered") << (parts[0] + '.' + alteredPayload + '.' + parts[2]) << QString()
                                         << QStringLiteral("bad signature");
        QTest::newRow("signature altered") << flipLastChar(good) << QString() << QStringLiteral("bad signature");
        QTest::newRow("alg none") << (segment({{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("kid"), m_issuer.keyId()}})
                                      + '.' + parts[1] + '.')
                                  << QString() << QStringLiteral("algorithm none is not accepted");

        // HS256 "signed" with the RSA public key as the HMAC secret: the classic confusion attack.
        const QJsonObject hsHeader = with(rsHeader, "alg", QStringLiteral("HS256"));
        const QByteArray hsInput = segment(hsHeader) + '.' + parts[1];
        const QByteArray secret = m_issuer.publicJwk().value(QLatin1StringView("n")).toString().toLatin1();
        unsigned char mac[EVP_MAX_MD_SIZE];
        size_t macLength = 0;
        EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(), size_t(secret.size()),
                  reinterpret_cast<const unsigned char *>(hsInput.constData()), size_t(hsInput.size()), mac,
                  sizeof mac, &macLength);
        QTest::newRow("HS256 with the public key as secret")
            << (hsInput + '.' + Base64Url::encode(QByteArray(reinterpret_cast<const char *>(mac), qsizetype(macLength))))
            << QString() << QStringLiteral("algorithm HS256 is not accepted");
        QTest::newRow("two segments") << (parts[0] + '.' + parts[1]) << QString()
                                      << QStringLiteral("a JWT has exactly three segments");
        QTest::newRow("four segments") << (good + ".extra") << QString()
                                       << QStringLiteral("a JWT has exactly three segments");
        QTest::newRow("bad base64") << (parts[0] + ".!!!." + parts[2]) << QString()
                                    << QStringLiteral("payload is not base64url JSON");
        QTest::newRow("1 MB token") << (parts[0] + '.' + QByteArray(1024 * 1024, 'A') + '.' + parts[2]) << QString()
                                    << QStringLiteral("token too large");
        QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("empty token");
        QTest::newRow("session token used as refresh token") << good << QStringLiteral("DSR")
                                                             << QStringLiteral("wrong token type");
        QJsonObject noSub = claims();
        noSub.remove(QLatin1StringView("sub"));
        QTest::newRow("no sub") << m_issuer.sign(noSub) << QString() << QStringLiteral("missing sub, iss or exp");
    }
    void refused()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, drn);
        QFETCH(QString, reason);
        const auto result = check(token, drn);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::TokenInvalid);
        QCOMPARE(result.error().detail(), reason);
    }

    void keySetKeepsOnlyStrongRsaSigningKeys()
    {
        QJsonObject ec{{QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("kid"), QStringLiteral("ec")},
                       {QStringLiteral("alg"), QStringLiteral("ES384")}};
        QJsonObject hs = with(m_issuer.publicJwk(), "alg", QStringLiteral("HS256"));
        hs.insert(QLatin1StringView("kid"), QStringLiteral("hs"));
        QJsonObject encryption = with(m_issuer.publicJwk(), "use", QStringLiteral("enc"));
        encryption.insert(QLatin1StringView("kid"), QStringLiteral("enc"));
        // A 512-bit modulus: too short to trust.
        QJsonObject shortKey = m_issuer.publicJwk();
        shortKey.insert(QLatin1StringView("kid"), QStringLiteral("short"));
        shortKey.insert(QLatin1StringView("n"), QString::fromLatin1(Base64Url::encode(QByteArray(64, '\xC3'))));

        const Jwks keys = jwksOf({ec, hs, encryption, shortKey, m_issuer.publicJwk()});
        QCOMPARE(keys.size(), 1);
        QVERIFY(keys.contains(m_issuer.keyId()));
    }

    void issuerProjectId()
    {
        Claims c;
        c.issuer = ProjectId;
        QCOMPARE(c.issuerProjectId(), ProjectId);
        c.issuer = QStringLiteral("https://api.descope.com/") + ProjectId;
        QCOMPARE(c.issuerProjectId(), ProjectId);
        c.issuer = QStringLiteral("https://api.descope.com/v1/apps/") + ProjectId + QLatin1Char('/');
        QCOMPARE(c.issuerProjectId(), ProjectId);
    }

    void base64Url()
    {
        QCOMPARE(Base64Url::encode("\xfb\xff"), QByteArray("-_8"));
        QCOMPARE(Base64Url::decode("-_8").value(), QByteArray("\xfb\xff"));
        QVERIFY(!Base64Url::decode("+/8=").has_value() || Base64Url::decode("+/8=").value() != QByteArray("\xfb\xff"));
        QVERIFY(!Base64Url::decode("a b").has_value());
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
