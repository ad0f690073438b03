// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Cross-implementation: tokens signed by jose verify with our library, and tokens from
// our emulator validate with @descope/node-sdk's validateSession.
#include "emulatorfixture.h"
#include "jwt_p.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Descope;

class TestCrossCheck : public QObject
{
    Q_OBJECT

    /// Runs cross-check.cjs with the event loop running (the emulator may live here).
    QJsonObject node(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NODE_EXECUTABLE),
                      QStringList{QStringLiteral(CROSS_CHECK_SCRIPT), QStringLiteral(CORE_JS_MODULES)} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(60000))
            return {};
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void joseTokensVerifyWithOurLibrary()
    {
        const QString projectId = Emulator::Options().projectId;
        const QJsonObject signed_ = node({QStringLiteral("sign"), projectId});
        QVERIFY(!signed_.isEmpty());
        const auto keys = Jwks::fromJson(QJsonDocument(signed_.value(QLatin1StringView("jwks")).toObject()).toJson());
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 1);

        VerifyOptions options;
        options.projectId = projectId;
        options.now = QDateTime::currentSecsSinceEpoch();
        const auto token = [&](const char *name) { return signed_.value(QLatin1StringView(name)).toString().toLatin1(); };

        const auto valid = JwtVerifier::verify(token("valid"), keys.value(), options);
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().detail()));
        QCOMPARE(valid->subject, QStringLiteral("U-jose-user"));
        QCOMPARE(valid->roles, QStringList{QStringLiteral("admin")});
        QCOMPARE(JwtVerifier::verify(token("expired"), keys.value(), options).error().detail(),
                 QStringLiteral("token expired"));
        QCOMPARE(JwtVerifier::verify(token("otherKey"), keys.value(), options).error().detail(),
                 QStringLiteral("unknown signing key"));
    }

    void emulatorTokensValidateWithNodeSdk()
    {
        EmulatorFixture emulator;
        const QString loginId = QStringLiteral("ann@example.com");
        auto *start = emulator.client->signUpOrIn(DeliveryMethod::Email, loginId);
        QVERIFY(waitFor(start));
        auto *verify = emulator.client->verify(DeliveryMethod::Email, loginId, emulator.lastCode(loginId));
        QVERIFY(waitFor(verify));
        const AuthenticationResponse &auth = verify->value();

        const QStringList arguments{QStringLiteral("validate"), emulator.baseUrl().toString(),
                                    emulator.server->options().projectId};
        const QJsonObject session = node(arguments, auth.sessionJwt);
        QVERIFY2(session.value(QLatin1StringView("ok")).toBool(),
                 qPrintable(session.value(QLatin1StringView("error")).toString()));
        QCOMPARE(session.value(QLatin1StringView("sub")).toString(), auth.user.userId);
        QCOMPARE(session.value(QLatin1StringView("drn")).toString(), QStringLiteral("DS"));

        // The refresh token is a valid Descope JWT too.
        QVERIFY(node(arguments, auth.refreshJwt).value(QLatin1StringView("ok")).toBool());

        // And node-sdk refuses what we refuse.
        QByteArray tampered = auth.sessionJwt;
        tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
        QVERIFY(!node(arguments, tampered).value(QLatin1StringView("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCrossCheck)
#include "tst_crosscheck.moc"
