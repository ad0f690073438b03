// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The same scenario through @descope/core-js-sdk (drive-core-js.cjs) and through our
// Client, each against its own emulator; both emulators' request journals must match
// request for request: method, path, Authorization form and JSON body. Ours runs it twice:
// with the tokens in the body, and in named cookies (--cookies).
#include "emulatorfixture.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Descope;

namespace {

Emulator::Options scenarioOptions()
{
    Emulator::Options options;
    options.sendLimit = 100; // the scenario sends six codes to one login id
    return options;
}

/// Codes differ between the two runs; everything else must not.
QJsonArray normalised(QJsonArray journal)
{
    for (qsizetype i = 0; i < journal.size(); ++i) {
        QJsonObject entry = journal.at(i).toObject();
        QJsonObject body = entry.value(QLatin1StringView("body")).toObject();
        if (body.contains(QLatin1StringView("code"))) {
            body.insert(QLatin1StringView("code"), QStringLiteral("<code>"));
            entry.insert(QLatin1StringView("body"), body);
        }
        journal.replace(i, entry);
    }
    return journal;
}

QString describe(const QJsonValue &entry)
{
    return QString::fromUtf8(QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact));
}

/// Runs the scenario of drive-core-js.cjs through Client.
class Scenario
{
public:
    explicit Scenario(EmulatorFixture &emulator) : m_emulator(emulator) {}

    void run()
    {
        const QString a = QStringLiteral("conf-a@example.com");
        const QStringList phones{QStringLiteral("+15555550101"), QStringLiteral("+15555550102"),
                                 QStringLiteral("+15555550103"), QStringLiteral("+15555550104")};
        Client &client = *m_emulator.client;

        SignUpUser user;
        user.name = QStringLiteral("Conf A");
        expectOk(client.signUp(DeliveryMethod::Email, a, user));
        const QString code = m_emulator.lastCode(a);
        auto *wrong = client.verify(DeliveryMethod::Email, a,
                                    code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QVERIFY(waitFor(wrong));
        QVERIFY(wrong->error().isWrongCode());
        expectOk(client.verify(DeliveryMethod::Email, a, code));

        expectOk(client.signIn(DeliveryMethod::Email, a));
        const auto signedIn = verify(DeliveryMethod::Email, a);
        checkSessionClaims(signedIn, false);
        if (QTest::currentTestFailed())
            return;

        expectOk(client.signUpOrIn(DeliveryMethod::Sms, phones[0]));
        verify(DeliveryMethod::Sms, phones[0]);
        expectOk(client.signUpOrIn(DeliveryMethod::Voice, phones[1]));
        verify(DeliveryMethod::Voice, phones[1]);
        expectOk(client.signUpOrIn(DeliveryMethod::WhatsApp, phones[2]));
        const auto whatsapp = verify(DeliveryMethod::WhatsApp, phones[2]);
        SignUpUser phoneUser;
        phoneUser.name = QStringLiteral("Conf Phone");
        phoneUser.phone = phones[3];
        expectOk(client.signUp(DeliveryMethod::Sms, phones[3], phoneUser));
        verify(DeliveryMethod::Sms, phones[3]);

        LoginOptions stepup;
        stepup.stepup = true;
        expectOk(client.signIn(DeliveryMethod::Email, a, stepup, signedIn.refreshJwt));
        const auto steppedUp = verify(DeliveryMethod::Email, a);
        checkSessionClaims(steppedUp, true);
        if (QTest::currentTestFailed())
            return;

        UpdateOptions addToLoginIds;
        addToLoginIds.addToLoginIDs = true;
        expectOk(client.updateEmail(a, QStringLiteral("conf-a2@example.com"), steppedUp.refreshJwt, addToLoginIds));
        const auto updatedEmail = verify(DeliveryMethod::Email, a);
        expectOk(client.updatePhone(DeliveryMethod::Sms, a, QStringLiteral("+15555550199"), updatedEmail.refreshJwt));
        const auto updatedSms = verify(DeliveryMethod::Sms, a);
        expectOk(client.updatePhone(DeliveryMethod::Voice, a, QStringLiteral("+15555550198"), updatedSms.refreshJwt));
        const auto updatedVoice = verify(DeliveryMethod::Voice, a);
        expectOk(client.updatePhone(DeliveryMethod::WhatsApp, a, QStringLiteral("+15555550197"),
                                    updatedVoice.refreshJwt, addToLoginIds));
        const auto updated = verify(DeliveryMethod::WhatsApp, a);

        expectOk(client.me(updated.refreshJwt));
        expectOk(client.refresh(updated.refreshJwt));
        expectOk(client.logout(updated.refreshJwt));
        expectOk(client.logoutAll(whatsapp.refreshJwt));
    }

private:
    /// What drive-core-js.cjs checks on core-js's side: su: true in the session token after
    /// a stepup and none otherwise (never in the refresh token), and rexp an ISO-8601 string
    /// naming the refresh token's expiry; here through our own claims reader.
    static void checkSessionClaims(const AuthenticationResponse &response, bool stepup)
    {
        const auto session = Claims::readUnverified(response.sessionJwt);
        const auto refresh = Claims::readUnverified(response.refreshJwt);
        QVERIFY(session && refresh);
        QCOMPARE(session->stepUp, stepup);
        QCOMPARE(session->all.value(QLatin1StringView("su")),
                 stepup ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined));
        QVERIFY(!refresh->all.contains(QLatin1StringView("su")));
        const QJsonValue rexp = session->all.value(QLatin1StringView("rexp"));
        QVERIFY2(rexp.isString(), "rexp is not a string");
        static const QRegularExpression iso(
            QStringLiteral(R"(\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})\z)"));
        QVERIFY2(iso.match(rexp.toString()).hasMatch(), qPrintable(rexp.toString()));
        QCOMPARE(session->refreshExpiresAt, refresh->expiresAt);
    }

    template<typename R>
    void expectOk(R *reply)
    {
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().technicalDetails()));
    }

    AuthenticationResponse verify(DeliveryMethod method, const QString &loginId)
    {
        auto *reply = m_emulator.client->verify(method, loginId, m_emulator.lastCode(loginId));
        expectOk(reply);
        return reply->value();
    }

    EmulatorFixture &m_emulator;
};

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(CORE_JS_MODULES "/@descope/core-js-sdk/package.json")))
            QFAIL("@descope/core-js-sdk is not installed: run the conformance_npm_install test first (ctest -L conformance)");
    }

    void sameRequestsAsTheOfficialSdk()
    {
        EmulatorFixture official(scenarioOptions());
        QProcess node;
        node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy done(&node, &QProcess::finished);
        node.start(QStringLiteral(NODE_EXECUTABLE),
                   {QStringLiteral(CORE_JS_DRIVER), QStringLiteral(CORE_JS_MODULES),
                    official.baseUrl().toString(), official.server->options().projectId});
        // The emulator runs in this event loop, so wait with the loop running.
        QVERIFY(done.wait(120000));
        QCOMPARE(node.exitStatus(), QProcess::NormalExit);
        QCOMPARE(node.exitCode(), 0);

        EmulatorFixture ours(scenarioOptions());
        Scenario(ours).run();
        if (QTest::currentTestFailed())
            return;

        const QJsonArray expected = normalised(official.server->requestJournal());
        const QJsonArray actual = normalised(ours.server->requestJournal());
        QCOMPARE(expected.size(), 27); // every step of the scenario reached the emulator
        for (qsizetype i = 0; i < qMin(expected.size(), actual.size()); ++i)
            QCOMPARE(describe(actual.at(i)), describe(expected.at(i)));
        QCOMPARE(actual.size(), expected.size());

        // The same again with the tokens in named cookies (--cookies, issue 13): our Client
        // reads them from Set-Cookie and sends exactly what core-js sent.
        Emulator::Options cookieOptions = scenarioOptions();
        cookieOptions.cookies = true;
        cookieOptions.sessionCookieName = QStringLiteral("sessionToken");
        cookieOptions.refreshCookieName = QStringLiteral("refreshToken");
        EmulatorFixture inCookies(cookieOptions);
        Scenario(inCookies).run();
        if (QTest::currentTestFailed())
            return;
        const QJsonArray withCookies = normalised(inCookies.server->requestJournal());
        for (qsizetype i = 0; i < qMin(expected.size(), withCookies.size()); ++i)
            QCOMPARE(describe(withCookies.at(i)), describe(expected.at(i)));
        QCOMPARE(withCookies.size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
