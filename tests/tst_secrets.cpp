// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Secrets hygiene: complete sign-in, refresh, update and sign-out flows with every logging
// category at debug level, and with HOME and the XDG directories pointing at a fresh
// folder. Nothing logged may hold a token, a code, an Authorization header or a full
// address; no file written may hold a token (the keychain's own database lives elsewhere).
#include "emulatorfixture.h"
#include "keychaintokenstore.h"
#include "otpflow.h"
#include "sessionmanager.h"
#include "tokenverifier.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Descope;

namespace {

QMutex logMutex;
QString capturedLog;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog += QString::fromLatin1(context.category ? context.category : "default") + QLatin1StringView(": ")
        + message + QLatin1Char('\n');
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QStringList m_secrets; ///< every token, code and full address the flows used

    void runFlow(OtpFlow &flow, const OtpFlow::Request &request, EmulatorFixture &emulator, SessionManager &session)
    {
        QSignalSpy verified(&flow, &OtpFlow::verified);
        QSignalSpy attemptFailed(&flow, &OtpFlow::attemptFailed);
        flow.start(request);
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), OtpFlow::State::AwaitingCode, 10000);
        const QString code = emulator.lastCode(flow.loginId());
        m_secrets << code;
        flow.verify(code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QVERIFY(attemptFailed.wait(10000));
        flow.verify(code);
        QVERIFY(verified.wait(10000));
        const AuthenticationResponse response = verified.first().first().value<AuthenticationResponse>();
        m_secrets << QString::fromLatin1(response.sessionJwt) << QString::fromLatin1(response.refreshJwt);
        QSignalSpy stateChanged(&session, &SessionManager::stateChanged);
        QSignalSpy signedIn(&session, &SessionManager::signedIn);
        QSignalSpy refreshed(&session, &SessionManager::refreshed);
        QVERIFY(!session.adopt(response, flow.loginId()));
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + refreshed.count() > 0, 10000); // saved and told
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<AuthenticationResponse>();
        // Before anything reads them: every file we could write goes under this folder.
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(variable, m_home.filePath(QString::fromLatin1(variable)).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qInstallMessageHandler(capture);
    }

    void flowsLeaveNoSecretInLogsOrFiles()
    {
        EmulatorFixture emulator;
        std::unique_ptr<TokenStore> store;
        if (qEnvironmentVariableIsEmpty("DESCOPE_KEYRING_SESSION")) {
            store = std::make_unique<MemoryTokenStore>();
        } else {
            const QString ns = QStringLiteral("test.descope.secrets.%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
            store = std::make_unique<KeychainTokenStore>(emulator.server->options().projectId,
                                                         QString(KeychainTokenStore::DesktopServiceName), ns);
        }
        TokenVerifier verifier(emulator.client.get());
        verifier.setCacheFile(TokenVerifier::defaultCacheFile(emulator.server->options().projectId));
        SessionManager session(emulator.client.get(), store.get(), &verifier);
        OtpFlow flow(emulator.client.get());

        const QString email = QStringLiteral("secret.person@example.com");
        const QString phone = QStringLiteral("+12015550147");
        const QString newEmail = QStringLiteral("another.secret@example.com");
        m_secrets << email << phone << newEmail;

        OtpFlow::Request signIn;
        signIn.mode = OtpFlow::Mode::SignUpOrIn;
        signIn.method = DeliveryMethod::Email;
        signIn.loginId = email;
        runFlow(flow, signIn, emulator, session);

        QSignalSpy refreshed(&session, &SessionManager::refreshed);
        session.refresh();
        QVERIFY(refreshed.wait(10000));
        m_secrets << QString::fromLatin1(session.sessionJwt());

        OtpFlow::Request updateEmail;
        updateEmail.mode = OtpFlow::Mode::UpdateEmail;
        updateEmail.method = DeliveryMethod::Email;
        updateEmail.loginId = email;
        updateEmail.newAddress = newEmail;
        updateEmail.refreshJwt = session.refreshJwt();
        updateEmail.updateOptions.addToLoginIDs = true;
        runFlow(flow, updateEmail, emulator, session);

        OtpFlow::Request updatePhone = updateEmail;
        updatePhone.mode = OtpFlow::Mode::UpdatePhone;
        updatePhone.method = DeliveryMethod::Sms;
        updatePhone.newAddress = phone;
        updatePhone.refreshJwt = session.refreshJwt();
        runFlow(flow, updatePhone, emulator, session);

        // The user record again: its request must really go out (and be answered) for its
        // logging to be checked below.
        QSignalSpy served(emulator.server.get(), &Emulator::Server::requestHandled);
        session.refreshUser();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(served.cbegin(), served.cend(), [](const QList<QVariant> &request) {
            return request.at(1).toString() == QLatin1StringView("/v1/auth/me") && request.at(2).toInt() == 200;
        }), 10000);

        // Failures log too: a refused refresh, a rate limit.
        auto *bad = emulator.client->refresh("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
        QVERIFY(waitFor(bad));

        QSignalSpy completed(&session, &SessionManager::signOutCompleted);
        session.signOut();
        QVERIFY(completed.wait(10000));

        qInstallMessageHandler(nullptr);
        QVERIFY(!capturedLog.isEmpty()); // debug logging really was on
        for (const QString &secret : std::as_const(m_secrets)) {
            const qsizetype at = capturedLog.indexOf(secret);
            if (at >= 0) {
                const qsizetype lineStart = capturedLog.lastIndexOf(QLatin1Char('\n'), at) + 1;
                qWarning() << "leaked in:" << capturedLog.mid(lineStart, at - lineStart).left(200);
            }
            QVERIFY2(at < 0, qPrintable(QStringLiteral("leaked: ") + secret.left(12)));
        }
        QVERIFY(!capturedLog.contains(QLatin1StringView("Authorization"), Qt::CaseInsensitive));
        QVERIFY(!capturedLog.contains(QLatin1StringView("Bearer")));
        QVERIFY(!capturedLog.contains(QLatin1StringView("eyJ"))); // no JWT, whole or in part

        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int filesSeen = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            ++filesSeen;
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!data.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(filesSeen > 0); // the JWKS cache at least
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
