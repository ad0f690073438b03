// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "requests.h"
#include "requests_p.h"

#include <QJsonDocument>
#include <QTest>

using namespace Descope;

namespace {
const QByteArray Refresh = QByteArrayLiteral("header.payload.signature");
const QString ProjectId = QStringLiteral("P2aAc4T2V93bddihGEx2Ryhc8e5Z");

QByteArray compact(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).toJson(QJsonDocument::Compact);
}
} // namespace

class TestRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authorizationHeader()
    {
        QCOMPARE(authorizationHeaderValue(ProjectId, {}), "Bearer " + ProjectId.toLatin1());
        QCOMPARE(authorizationHeaderValue(ProjectId, Refresh), "Bearer " + ProjectId.toLatin1() + ':' + Refresh);
    }

    void endpoints_data()
    {
        QTest::addColumn<int>("built");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isGet");
        QTest::addColumn<bool>("withRefresh");
        QTest::addColumn<QByteArray>("body");

        const struct { DeliveryMethod method; const char *segment; } methods[] = {
            {DeliveryMethod::Email, "email"}, {DeliveryMethod::Sms, "sms"},
            {DeliveryMethod::Voice, "voice"}, {DeliveryMethod::WhatsApp, "whatsapp"}};
        int row = 0;
        for (const auto &[method, segment] : methods) {
            const QString s = QString::fromLatin1(segment);
            QTest::addRow("signup/%s", segment) << row++ << (QStringLiteral("/v1/auth/otp/signup/") + s) << false << false
                                                << compact("{\"loginId\":\"id-1\",\"user\":{\"name\":\"Ann Lee\"},\"loginOptions\":{}}");
            QTest::addRow("signin/%s", segment) << row++ << (QStringLiteral("/v1/auth/otp/signin/") + s) << false << false
                                                << compact("{\"loginId\":\"id-1\",\"loginOptions\":{}}");
            QTest::addRow("signup-in/%s", segment) << row++ << (QStringLiteral("/v1/auth/otp/signup-in/") + s) << false << false
                                                   << compact("{\"loginId\":\"id-1\",\"loginOptions\":{}}");
            QTest::addRow("verify/%s", segment) << row++ << (QStringLiteral("/v1/auth/otp/verify/") + s) << false << false
                                                << compact("{\"loginId\":\"id-1\",\"code\":\"123456\"}");
            QTest::addRow("signin stepup/%s", segment) << row++ << (QStringLiteral("/v1/auth/otp/signin/") + s) << false << true
                                                       << compact("{\"loginId\":\"id-1\",\"loginOptions\":{\"stepup\":true,\"customClaims\":{\"k1\":\"v1\"}}}");
            QTest::addRow("signup-in mfa/%s", segment) << row++ << (QStringLiteral("/v1/auth/otp/signup-in/") + s) << false << true
                                                       << compact("{\"loginId\":\"id-1\",\"loginOptions\":{\"mfa\":true}}");
        }
        QTest::newRow("update email") << row++ << QStringLiteral("/v1/auth/otp/update/email") << false << true
                                      << compact("{\"loginId\":\"id-1\",\"email\":\"new@example.com\",\"addToLoginIDs\":true,\"onMergeUseExisting\":false,\"templateOptions\":{\"cc\":\"dd\"}}");
        for (const char *segment : {"sms", "voice", "whatsapp"}) {
            QTest::addRow("update phone/%s", segment) << row++ << (QStringLiteral("/v1/auth/otp/update/phone/") + QString::fromLatin1(segment))
                                                      << false << true
                                                      << compact("{\"loginId\":\"id-1\",\"phone\":\"+972123456789\",\"addToLoginIDs\":true,\"onMergeUseExisting\":false}");
        }
        QTest::newRow("refresh") << row++ << QStringLiteral("/v1/auth/refresh") << false << true << compact("{}");
        QTest::newRow("me") << row++ << QStringLiteral("/v1/auth/me") << true << true << QByteArray();
        QTest::newRow("logout") << row++ << QStringLiteral("/v1/auth/logout") << false << true << compact("{}");
        QTest::newRow("logoutall") << row++ << QStringLiteral("/v1/auth/logoutall") << false << true << compact("{}");
        QTest::newRow("keys") << row++ << (QStringLiteral("/v2/keys/") + ProjectId) << true << false << QByteArray();
    }

    void endpoints()
    {
        QFETCH(int, built);
        QFETCH(QString, path);
        QFETCH(bool, isGet);
        QFETCH(bool, withRefresh);
        QFETCH(QByteArray, body);

        // Rebuild the same list in the same order as endpoints_data().
        QList<Result<ApiRequest>> all;
        SignUpUser user;
        user.name = QStringLiteral("Ann Lee");
        LoginOptions stepup;
        stepup.stepup = true;
        stepup.customClaims = {{QStringLiteral("k1"), QStringLiteral("v1")}};
        LoginOptions mfa;
        mfa.mfa = true;
        const QString id = QStringLiteral("id-1");
        for (auto method : {DeliveryMethod::Email, DeliveryMethod::Sms, DeliveryMethod::Voice, DeliveryMethod::WhatsApp}) {
            all << Requests::otpSignUp(method, id, user) << Requests::otpSignIn(method, id)
                << Requests::otpSignUpOrIn(method, id) << Requests::otpVerify(method, id, QStringLiteral("123456"))
                << Requests::otpSignIn(method, id, stepup, Refresh) << Requests::otpSignUpOrIn(method, id, mfa, Refresh);
        }
        UpdateOptions update;
        update.addToLoginIDs = true;
        update.templateOptions.insert(QStringLiteral("cc"), QStringLiteral("dd"));
        all << Requests::otpUpdateEmail(id, QStringLiteral("new@example.com"), Refresh, update);
        update.templateOptions.clear();
        for (auto method : {DeliveryMethod::Sms, DeliveryMethod::Voice, DeliveryMethod::WhatsApp})
            all << Requests::otpUpdatePhone(method, id, QStringLiteral("+972123456789"), Refresh, update);
        all << Requests::refresh(Refresh) << Requests::me(Refresh) << Requests::logout(Refresh)
            << Requests::logoutAll(Refresh) << Requests::keys(ProjectId);

        const auto &request = all.at(built);
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().detail()));
        QCOMPARE(request->path, path);
        QCOMPARE(request->verb, isGet ? ApiRequest::Verb::Get : ApiRequest::Verb::Post);
        QCOMPARE(request->auth, withRefresh ? AuthToken::Refresh : AuthToken::None);
        QCOMPARE(request->token, withRefresh ? Refresh : QByteArray());
        QCOMPARE(request->jsonBody(), body);
        QCOMPARE(request->body.has_value(), !isGet);
    }

    void refusedInput_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("empty login id") << 0;
        QTest::newRow("login id with spaces around") << 1;
        QTest::newRow("login id with a control character") << 2;
        QTest::newRow("overlong login id") << 3;
        QTest::newRow("letters in code") << 4;
        QTest::newRow("empty code") << 5;
        QTest::newRow("code with newline") << 6;
        QTest::newRow("stepup without refresh token") << 7;
        QTest::newRow("sign-up with stepup") << 8;
        QTest::newRow("update email: bad address") << 9;
        QTest::newRow("update email: no refresh token") << 10;
        QTest::newRow("update phone: not E.164") << 11;
        QTest::newRow("update phone: by email") << 12;
        QTest::newRow("refresh without token") << 13;
        QTest::newRow("sign-up with a bad user email") << 14;
        QTest::newRow("email with a Cyrillic look-alike") << 15;
        QTest::newRow("seven-digit code") << 16;
        QTest::newRow("five-digit code") << 17;
    }
    void refusedInput()
    {
        QFETCH(int, which);
        LoginOptions stepup;
        stepup.stepup = true;
        SignUpUser badEmail;
        badEmail.email = QStringLiteral("not-an-email");
        const QString id = QStringLiteral("a@example.com");
        const QList<Result<ApiRequest>> refused{
            Requests::otpSignIn(DeliveryMethod::Email, QString()),
            Requests::otpSignIn(DeliveryMethod::Email, QStringLiteral(" a@example.com ")),
            Requests::otpSignIn(DeliveryMethod::Email, QStringLiteral("a\u0007@example.com")),
            Requests::otpSignIn(DeliveryMethod::Email, QString(300, QLatin1Char('a'))),
            Requests::otpVerify(DeliveryMethod::Email, id, QStringLiteral("12ab56")),
            Requests::otpVerify(DeliveryMethod::Email, id, QString()),
            Requests::otpVerify(DeliveryMethod::Email, id, QStringLiteral("123456\n")),
            Requests::otpSignIn(DeliveryMethod::Email, id, stepup),
            Requests::otpSignUp(DeliveryMethod::Email, id, {}, stepup),
            Requests::otpUpdateEmail(id, QStringLiteral("new@"), Refresh),
            Requests::otpUpdateEmail(id, QStringLiteral("new@example.com"), {}),
            Requests::otpUpdatePhone(DeliveryMethod::Sms, id, QStringLiteral("0501234567"), Refresh),
            Requests::otpUpdatePhone(DeliveryMethod::Email, id, QStringLiteral("+972501234567"), Refresh),
            Requests::refresh({}),
            Requests::otpSignUp(DeliveryMethod::Email, id, badEmail),
            Requests::otpUpdateEmail(id, QStringLiteral("ann@ex\u0430mple.com"), Refresh),
            Requests::otpVerify(DeliveryMethod::Email, id, QStringLiteral("1234567")), // Descope's codes are six digits
            Requests::otpVerify(DeliveryMethod::Email, id, QStringLiteral("12345")),
        };
        QCOMPARE(refused.size(), 18);
        QVERIFY(!refused.at(which).ok());
        QCOMPARE(refused.at(which).error().kind(), Error::Kind::InvalidInput);
        QVERIFY(!refused.at(which).error().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
