// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// descope-otp driven as a separate process against an in-process emulator, with the
// session in the real keychain (scripts/with-keyring.sh) under a namespace of its own.
#include "emulatorfixture.h"
#include "keychaintokenstore.h"
#include "otpflow.h"
#include "sessionmanager.h"
#include "tokenstore.h"
#include "tokenverifier.h"
#include "otpprocess.h"
#include "rawhttpserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <utility>

using namespace Descope;

namespace {

using Run = OtpProcess::Run;

/// Runs a qtkeychain job straight against the keychain; its error, and the data read.
QKeychain::Error finish(QKeychain::Job *job, QByteArray *data = nullptr)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QSignalSpy spy(job, &QKeychain::Job::finished);
    job->start();
    const QKeychain::Error error = spy.wait(15000) ? job->error() : QKeychain::OtherError;
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job); read && data)
        *data = read->binaryData();
    delete job;
    return error;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    EmulatorFixture *m_emulator = nullptr;
    QTemporaryDir m_home;
    QString m_namespace;
    QString m_everything; ///< all the CLI printed, debug logging included

    /// For the runs of one test: a null value removes the variable.
    QHash<QString, QString> m_environmentChanges;

    /// descope-otp for this test's emulator, keychain namespace and home, logging all.
    OtpProcess otp()
    {
        OtpProcess otp(m_emulator, m_namespace, m_home.path());
        otp.environmentChanges.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("descope.*=true"));
        // English, whatever the language of whoever runs the tests (a test may set LANGUAGE).
        otp.environmentChanges.insert(QStringLiteral("LANGUAGE"), QString());
        otp.environmentChanges.insert(m_environmentChanges);
        otp.transcript = &m_everything;
        return otp;
    }
    Run run(const QStringList &arguments, const std::function<void(QProcess &, const QString &)> &onStderr = {})
    {
        return otp().run(arguments, onStderr);
    }

    QString code(const QString &loginId) const { return m_emulator->lastCode(loginId); }

    bool signIn(const QString &loginId) { return otp().signIn(loginId); }

    /// The keychain entry descope-otp keeps the session in: its error (EntryNotFound when gone).
    QKeychain::Error readSessionEntry() const
    {
        auto *read = new QKeychain::ReadPasswordJob(QString(KeychainTokenStore::DesktopServiceName));
        read->setKey(m_namespace + QLatin1Char('/') + m_emulator->server->options().projectId + QStringLiteral("/session"));
        return finish(read);
    }

    /// The keychain entry called name (session, last-login-id) for this test's namespace
    /// and project: its error, and the data read.
    QKeychain::Error readEntry(const QString &name, QByteArray *data = nullptr) const
    {
        auto *read = new QKeychain::ReadPasswordJob(QString(KeychainTokenStore::DesktopServiceName));
        read->setKey(entryKey(name));
        return finish(read, data);
    }
    QKeychain::Error writeEntry(const QString &name, const QByteArray &data) const
    {
        auto *write = new QKeychain::WritePasswordJob(QString(KeychainTokenStore::DesktopServiceName));
        write->setKey(entryKey(name));
        write->setBinaryData(data);
        return finish(write);
    }
    void removeEntry(const QString &name) const
    {
        auto *remove = new QKeychain::DeletePasswordJob(QString(KeychainTokenStore::DesktopServiceName));
        remove->setKey(entryKey(name));
        (void)finish(remove);
    }
    QString entryKey(const QString &name) const
    {
        return m_namespace + QLatin1Char('/') + m_emulator->server->options().projectId + QLatin1Char('/') + name;
    }
    /// The login id descope-otp remembers for the app's sign-in form; empty when none.
    QString lastLoginId() const
    {
        QByteArray data;
        return readEntry(QStringLiteral("last-login-id"), &data) == QKeychain::NoError ? QString::fromUtf8(data) : QString();
    }

    /// POSTs to the emulator's control API, as an operator would.
    bool postToEmulator(const QString &path, const QJsonObject &body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_emulator->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool ok = finished.wait(10000) && reply->error() == QNetworkReply::NoError;
        delete reply;
        return ok;
    }

    /// GET or POST (when body is set) to the emulator with the project's credentials: the
    /// reply's body, empty on failure.
    QByteArray askEmulator(const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_emulator->baseUrl().resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + m_emulator->server->options().projectId.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = body.isEmpty() ? nam.get(request) : nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const QByteArray data = finished.wait(10000) && reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        delete reply;
        return data;
    }

    /// The codes the emulator sent, oldest first (GET /emulator/outbox).
    QJsonArray outbox()
    {
        return QJsonDocument::fromJson(askEmulator(QStringLiteral("/emulator/outbox"))).object()
            .value(QLatin1StringView("messages")).toArray();
    }

    /// How many code verifications reached the emulator.
    int verifyRequests() const
    {
        int count = 0;
        for (const QJsonValue &entry : m_emulator->server->requestJournal())
            count += entry.toObject().value(QLatin1StringView("path")).toString().contains(QLatin1StringView("/otp/verify"));
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DESCOPE_KEYRING_SESSION"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh (the test command does)");
        m_namespace = QStringLiteral("test.descope.cli.%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    }

    void init() { m_emulator = new EmulatorFixture(); }
    void cleanupTestCase()
    {
        // Sign-ins remember their login id, and sign-out leaves it: leave nothing behind.
        if (qEnvironmentVariableIsEmpty("DESCOPE_KEYRING_SESSION"))
            return;
        EmulatorFixture emulator; // for the project id in the entry's key
        m_emulator = &emulator;
        removeEntry(QStringLiteral("last-login-id"));
        m_emulator = nullptr;
    }
    void cleanup()
    {
        m_environmentChanges.clear();
        run({QStringLiteral("logout")});
        delete m_emulator;
    }

    void wholePath()
    {
        const QString ann = QStringLiteral("ann@example.com");
        Run r = run({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Not signed in."));

        // login: a wrong code first, then the right one, typed with a space.
        bool answeredWrong = false;
        r = run({QStringLiteral("login"), QStringLiteral("--method"), QStringLiteral("email"),
                 QStringLiteral("--login-id"), ann},
                [&](QProcess &process, const QString &chunk) {
                    if (!chunk.contains(QLatin1StringView("Enter the code")) && !chunk.contains(QLatin1StringView("not right")))
                        return;
                    QString c = code(ann);
                    if (!answeredWrong) {
                        answeredWrong = true;
                        c = c == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
                    } else {
                        c.insert(3, QLatin1Char(' '));
                    }
                    process.write(c.toLatin1() + '\n');
                });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1StringView("a***@example.com"))); // the mask's shape: the emulator's choice
        QVERIFY(r.err.contains(QLatin1StringView("That code is not right")));
        QVERIFY(r.out.contains(QLatin1StringView("Signed in as")));

        // A new process sees the session in the keychain, without a request.
        const qsizetype before = m_emulator->server->requestJournal().size();
        r = run({QStringLiteral("--json"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QLatin1StringView("signedIn")).toBool(), true);
        QCOMPARE(status.value(QLatin1StringView("loginId")).toString(), ann);
        QCOMPARE(m_emulator->server->requestJournal().size(), before);

        r = run({QStringLiteral("me")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(ann));
        r = run({QStringLiteral("refresh")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("validate")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1StringView("valid")));

        r = run({QStringLiteral("update-email"), QStringLiteral("--email"), QStringLiteral("ann2@example.com"),
                 QStringLiteral("--add-to-login-ids")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("a***@example.com"))); // the mask's shape: the emulator's choice
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                 ann, QStringLiteral("--code"), code(ann)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("--json"), QStringLiteral("me")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1StringView("user")).toObject()
                     .value(QLatin1StringView("email")).toString(),
                 QStringLiteral("ann2@example.com"));

        // No refresh token on disk: its payload would carry "drn":"DSR" (base64url "ZHJuIjoiRFNSI").
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY2(!data.contains("eyJ") || file.fileName().contains(QLatin1StringView("jwks")), qPrintable(file.fileName()));
        }

        r = run({QStringLiteral("logout")});
        QCOMPARE(r.exitCode, 0);
        // Nothing printed or logged holds a JWT (they all start "eyJhbGci") or a code.
        QVERIFY(!m_everything.contains(QLatin1StringView("eyJhbGci")));
        for (const auto &message : m_emulator->server->outbox()) {
            const QRegularExpression standalone(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(message.code));
            QVERIFY2(!m_everything.contains(standalone), qPrintable(message.code));
        }
        r = run({QStringLiteral("status")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("Not signed in."));
        r = run({QStringLiteral("me")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1StringView("descope-otp: You need to be signed in")));
    }

    void twoStepsForScripts()
    {
        const QString phone = QStringLiteral("+12015550123");
        Run r = run({QStringLiteral("--json"), QStringLiteral("start"), QStringLiteral("sign-up"), QStringLiteral("--method"),
                     QStringLiteral("sms"), QStringLiteral("--login-id"), QStringLiteral("(201) 555-0123"),
                     QStringLiteral("--region"), QStringLiteral("US"), QStringLiteral("--name"), QStringLiteral("Bo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject started = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(started.value(QLatin1StringView("loginId")).toString(), phone);
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("sms"), QStringLiteral("--login-id"), phone,
                 QStringLiteral("--code"), code(phone)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("Bo")));
    }

    // A code request answered 200 {} (Descope's docs describe an empty response object):
    // the code went out, and the line says where with the address as typed, not an empty
    // mask (docs/wire-protocol.md §3.2).
    void aStartWithoutMaskNamesTheAddressTyped()
    {
        const QString bo = QStringLiteral("bo@example.com");
        Emulator::Server::Fault empty;
        empty.kind = QStringLiteral("empty-object");
        QVERIFY(m_emulator->server->setFault(QStringLiteral("/v1/auth/otp/signup/email"), empty));
        Run r = run({QStringLiteral("start"), QStringLiteral("sign-up"), QStringLiteral("--method"), QStringLiteral("email"),
                     QStringLiteral("--login-id"), bo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1StringView("A code was sent by email to bo@example.com.")), qPrintable(r.out));
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"), bo,
                 QStringLiteral("--code"), code(bo)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Someone upgrades from a release that stored the session under service "Descope
    // Desktop": descope-otp still says they are signed in, and the entry has moved.
    void upgradeKeepsYouSignedIn()
    {
        const QString carl = QStringLiteral("carl@example.com");
        Run r = run({QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"),
                     QStringLiteral("email"), QStringLiteral("--login-id"), carl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                 carl, QStringLiteral("--code"), code(carl)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Move the entry to where an older release kept it (same namespace, old service).
        const QString key = m_namespace + QLatin1Char('/') + m_emulator->server->options().projectId
                            + QStringLiteral("/session");
        const QString service(KeychainTokenStore::DesktopServiceName);
        const QString legacyService = QStringLiteral("Descope Desktop");
        QVERIFY(service != legacyService);
        QByteArray entry;
        auto *read = new QKeychain::ReadPasswordJob(service);
        read->setKey(key);
        QCOMPARE(finish(read, &entry), QKeychain::NoError);
        auto *write = new QKeychain::WritePasswordJob(legacyService);
        write->setKey(key);
        write->setBinaryData(entry);
        QCOMPARE(finish(write), QKeychain::NoError);
        auto *remove = new QKeychain::DeletePasswordJob(service);
        remove->setKey(key);
        QCOMPARE(finish(remove), QKeychain::NoError);

        r = run({QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QLatin1StringView("signedIn")).toBool(), true);
        QCOMPARE(status.value(QLatin1StringView("loginId")).toString(), carl);

        QByteArray moved;
        read = new QKeychain::ReadPasswordJob(service);
        read->setKey(key);
        QCOMPARE(finish(read, &moved), QKeychain::NoError);
        QCOMPARE(moved, entry);
        read = new QKeychain::ReadPasswordJob(legacyService);
        read->setKey(key);
        QCOMPARE(finish(read), QKeychain::EntryNotFound);
    }

    // Issue 10: a session Descope ended must leave the keychain before descope-otp exits,
    // or every later command believes it and sends another doomed refresh.
    void revokedSessionLeavesTheKeychain()
    {
        const QString dee = QStringLiteral("dee@example.com");
        QVERIFY(signIn(dee));
        QCOMPARE(readSessionEntry(), QKeychain::NoError);
        QVERIFY(postToEmulator(QStringLiteral("/emulator/revoke"), {{QStringLiteral("loginId"), dee}}));

        Run r = run({QStringLiteral("refresh")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("You were signed out")), qPrintable(r.err));
        // Straight away, from the next process: the entry is gone, and status says so.
        QCOMPARE(readSessionEntry(), QKeychain::EntryNotFound);
        r = run({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Not signed in."));
    }

    // The one rule holds for every request made with the refresh token, not only refresh:
    // Descope refusing it to `me` or an update ends the session (the entry leaves the
    // keychain), and signing out of a session Descope already ended is simply done.
    void everyRefusalEndsTheSession_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("me") << QStringList{QStringLiteral("me")};
        QTest::newRow("update-email") << QStringList{QStringLiteral("update-email"), QStringLiteral("--email"),
                                                     QStringLiteral("new@example.com")};
    }
    void everyRefusalEndsTheSession()
    {
        QFETCH(QStringList, command);
        const QString ivy = QStringLiteral("ivy@example.com");
        QVERIFY(signIn(ivy));
        QVERIFY(postToEmulator(QStringLiteral("/emulator/revoke"), {{QStringLiteral("loginId"), ivy}}));
        Run r = run(command);
        QCOMPARE(r.exitCode, 1);
        // An update says the session is over and how to go on (Descope's word, not the input's fault).
        const QLatin1StringView said = command.first() == QLatin1StringView("me")
            ? QLatin1StringView("You were signed out")
            : QLatin1StringView("Your session has ended. Sign in again with descope-otp login.");
        QVERIFY2(r.err.contains(said), qPrintable(r.err));
        QCOMPARE(readSessionEntry(), QKeychain::EntryNotFound);
        QCOMPARE(run({QStringLiteral("status")}).out.trimmed(), QStringLiteral("Not signed in."));
    }

    // A refusal of what an update asks for (the address already belongs to another account,
    // 400 E062107) is not a refusal of the token: the session stays, here and in the keychain.
    void aRefusedAddressKeepsTheSession()
    {
        QVERIFY(signIn(QStringLiteral("other@example.com")));
        QVERIFY(run({QStringLiteral("logout")}).exitCode == 0);
        const QString ivy = QStringLiteral("ivy@example.com");
        QVERIFY(signIn(ivy));
        const Run r = run({QStringLiteral("update-email"), QStringLiteral("--email"), QStringLiteral("other@example.com"),
                           QStringLiteral("--add-to-login-ids")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("E062107")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1StringView("signed out"), Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(readSessionEntry(), QKeychain::NoError);
        QVERIFY(run({QStringLiteral("status")}).out.contains(ivy));
    }

    void signingOutOfAnEndedSessionIsDone()
    {
        const QString ivy = QStringLiteral("ivy@example.com");
        QVERIFY(signIn(ivy));
        // Ended at Descope, but the stored session token is still good, so nothing refreshes first.
        QVERIFY(postToEmulator(QStringLiteral("/emulator/revoke"), {{QStringLiteral("loginId"), ivy}}));
        const Run r = run({QStringLiteral("logout")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readSessionEntry(), QKeychain::EntryNotFound);
    }

    // A refresh that fails without Descope's refusal keeps the session, and the CLI says
    // so rather than repeat words that are not Descope's ("You were signed out").
    void aKeptSessionIsNotCalledSignedOut()
    {
        QVERIFY(signIn(QStringLiteral("kai@example.com")));
        RawHttpServer notDescope([](QTcpSocket *socket, const QByteArray &) {
            const QByteArray body = "{\"errorCode\":\"E064001\"}";
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        m_environmentChanges.insert(QStringLiteral("DESCOPE_BASE_URL"), notDescope.url().toString());
        // Only the refresh goes there: the stored session token is good, so "refresh" is the
        // one request.
        const Run r = run({QStringLiteral("refresh")});
        m_environmentChanges.clear();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("is kept")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1StringView("signed out"), Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1StringView("Sign in again")), qPrintable(r.err));
        QCOMPARE(readSessionEntry(), QKeychain::NoError);
    }

    // status reads the keychain and nothing else: no request even when the stored session
    // token is stale (a launch of any other command would refresh it, and could end it).
    void statusSendsNothing()
    {
        const QString ivy = QStringLiteral("ivy@example.com");
        QVERIFY(signIn(ivy));
        KeychainTokenStore store(m_emulator->server->options().projectId, QString(KeychainTokenStore::DesktopServiceName), m_namespace);
        StoreJob *load = store.load();
        QSignalSpy loaded(load, &StoreJob::finished);
        QVERIFY(loaded.wait(15000));
        StoredSession stale = load->session().value();
        stale.sessionJwt.clear();
        StoreJob *save = store.save(stale);
        QSignalSpy saved(save, &StoreJob::finished);
        QVERIFY(saved.wait(15000));
        QVERIFY(postToEmulator(QStringLiteral("/emulator/revoke"), {{QStringLiteral("loginId"), ivy}}));

        const qsizetype before = m_emulator->server->requestJournal().size();
        Run r = run({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1StringView("Signed in as")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1StringView("renewed on the next request")), qPrintable(r.out));
        QCOMPARE(m_emulator->server->requestJournal().size(), before);

        // The next command that needs the session finds out, and says why.
        r = run({QStringLiteral("me")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("You were signed out")), qPrintable(r.err));
    }

    // A verify reply whose session token does not verify (alg none, the emulator's own
    // claims): nothing is stored and descope-otp never says "Signed in as".
    void unverifiedTokensAreNotASignIn()
    {
        const QString lee = QStringLiteral("lee@example.com");
        const QByteArray jwks = askEmulator(QStringLiteral("/v2/keys/") + m_emulator->server->options().projectId);
        QVERIFY(!jwks.isEmpty());
        QVERIFY(!askEmulator(QStringLiteral("/v1/auth/otp/signup-in/email"), {{QStringLiteral("loginId"), lee}}).isEmpty());
        QJsonObject reply = QJsonDocument::fromJson(
            askEmulator(QStringLiteral("/v1/auth/otp/verify/email"), {{QStringLiteral("loginId"), lee}, {QStringLiteral("code"), code(lee)}}))
            .object();
        QVERIFY(reply.contains(QLatin1StringView("sessionJwt")));
        const QList<QByteArray> parts = reply.value(QLatin1StringView("sessionJwt")).toString().toLatin1().split('.');
        QCOMPARE(parts.size(), 3);
        const QByteArray none = QByteArray(R"({"alg":"none","typ":"JWT"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        reply.insert(QLatin1StringView("sessionJwt"), QString::fromLatin1(none + '.' + parts.at(1) + '.'));
        const QByteArray forged = QJsonDocument(reply).toJson(QJsonDocument::Compact);

        // Descope's stand-in: the forged reply for the verify, the real keys for the rest.
        RawHttpServer server([&](QTcpSocket *socket, const QByteArray &request) {
            const QByteArray body = request.startsWith("POST /v1/auth/otp/verify/") ? forged : jwks;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        m_environmentChanges.insert(QStringLiteral("DESCOPE_BASE_URL"), server.url().toString());
        const Run r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"),
                           QStringLiteral("--login-id"), lee, QStringLiteral("--code"), QStringLiteral("123456")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.out.contains(QLatin1StringView("Signed in as")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1StringView("could not be verified")), qPrintable(r.err));
        QCOMPARE(readSessionEntry(), QKeychain::EntryNotFound);
        m_environmentChanges.clear();
        QCOMPARE(run({QStringLiteral("status")}).out.trimmed(), QStringLiteral("Not signed in."));
    }

    void codesAreExactlySixDigits_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("seven digits") << QStringLiteral("1234567") << false;
        QTest::newRow("five digits") << QStringLiteral("12345") << false;
        QTest::newRow("letters") << QStringLiteral("12a456") << false;
        QTest::newRow("other digits") << QStringLiteral("１２３４５６") << false;
        QTest::newRow("a control character") << QStringLiteral("123\u0007456") << false;
        QTest::newRow("leading space") << QStringLiteral(" %1") << true;
        QTest::newRow("dash") << QStringLiteral("%1-%2") << true;
        QTest::newRow("spaces") << QStringLiteral("%1 %2 ") << true;
    }
    // Anything but six digits is refused locally, at `verify --code` and at the prompt:
    // sent to Descope it would only use up one of the code's attempts.
    void codesAreExactlySixDigits()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        const QString eve = QStringLiteral("eve@example.com");
        const auto form = [&typed](const QString &code) {
            if (!typed.contains(QLatin1Char('%')))
                return typed;
            return typed.contains(QLatin1StringView("%2")) ? typed.arg(code.left(3), code.mid(3)) : typed.arg(code);
        };

        // verify --code
        Run r = run({QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"),
                     QStringLiteral("email"), QStringLiteral("--login-id"), eve});
        QCOMPARE(r.exitCode, 0);
        int before = verifyRequests();
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                 eve, QStringLiteral("--code"), form(code(eve))});
        if (accepted) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(verifyRequests(), before + 1);
            QCOMPARE(run({QStringLiteral("logout")}).exitCode, 0);
        } else {
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1StringView("six digits")), qPrintable(r.err));
            QCOMPARE(verifyRequests(), before); // never sent
        }

        // The login prompt: a refused code is asked for again, then the right one is typed.
        before = verifyRequests();
        r = run({QStringLiteral("login"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"), eve},
                [&](QProcess &process, const QString &chunk) {
                    QString answer;
                    if (chunk.contains(QLatin1StringView("Enter the code")))
                        answer = accepted ? form(code(eve)) : typed;
                    else if (chunk.contains(QLatin1StringView("enter it again")))
                        answer = code(eve);
                    if (!answer.isEmpty())
                        process.write(answer.toUtf8() + '\n');
                });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.err.contains(QLatin1StringView("six digits")), !accepted);
        QCOMPARE(verifyRequests(), before + 1); // only the six digits went out
    }

    // A name (or any text from the server) holding terminal escapes is shown escaped:
    // it can neither recolour nor clear the terminal, nor forge a line.
    void escapesControlCharactersInNames()
    {
        const QString fay = QStringLiteral("fay@example.com");
        const QString name = QStringLiteral("Fay\x1b[2J\nSigned in as root\u202e");
        const QString escaped = QStringLiteral("Fay\\x1b[2J\\nSigned in as root\\u202e");
        SignUpUser user;
        user.name = name;
        MaskedAddressReply *sent = m_emulator->client->signUp(DeliveryMethod::Email, fay, user);
        QVERIFY(waitFor(sent));
        QVERIFY(sent->isSuccess());
        delete sent;

        const auto check = [&](const Run &r) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(escaped), qPrintable(r.out));
            QVERIFY(!r.out.contains(QLatin1Char('\x1b')) && !r.out.contains(QChar(0x202e)));
            QVERIFY(!r.out.contains(QLatin1StringView("\nSigned in as root")));
        };
        check(run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                   fay, QStringLiteral("--code"), code(fay)}));
        check(run({QStringLiteral("status")}));
        check(run({QStringLiteral("me")}));
        // JSON keeps the name as it is: QJsonDocument escapes it for the reader.
        const Run r = run({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY(!r.out.contains(QLatin1Char('\x1b')));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1StringView("user")).toObject()
                     .value(QLatin1StringView("name")).toString(),
                 name);
    }

    // An internationalised domain goes over the wire in ACE form and is shown as people write it.
    void internationalDomainsAreShownInUnicode()
    {
        const QString typed = QStringLiteral("jose@bücher.de");
        QCOMPARE(run({QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"),
                      QStringLiteral("email"), QStringLiteral("--login-id"), typed}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                      typed, QStringLiteral("--code"), code(QStringLiteral("jose@xn--bcher-kva.de"))}).exitCode, 0);
        for (const QString &command : {QStringLiteral("status"), QStringLiteral("me")}) {
            const Run r = run({command});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QLatin1StringView("email:")) && r.out.contains(typed), qPrintable(r.out));
            QVERIFY2(!r.out.contains(QLatin1StringView("xn--")), qPrintable(r.out));
        }
    }

    void refusedInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto signUp = [](const QStringList &more) {
            return QStringList{QStringLiteral("start"), QStringLiteral("sign-up"), QStringLiteral("--method"),
                               QStringLiteral("email"), QStringLiteral("--login-id"), QStringLiteral("gus@example.com")}
                   + more;
        };
        QTest::newRow("sign-up email detail") << signUp({QStringLiteral("--email"), QStringLiteral("not-an-email")})
                                              << QStringLiteral("valid email");
        QTest::newRow("sign-up phone detail") << signUp({QStringLiteral("--phone"), QStringLiteral("12")})
                                              << QStringLiteral("phone number");
        QTest::newRow("login id not an email") << QStringList{QStringLiteral("start"), QStringLiteral("sign-up"),
                                                              QStringLiteral("--method"), QStringLiteral("email"),
                                                              QStringLiteral("--login-id"), QStringLiteral("not-an-email")}
                                               << QStringLiteral("descope-otp: ");
        QTest::newRow("escape in name") << signUp({QStringLiteral("--name"), QStringLiteral("Gus\x1b[31m")})
                                        << QStringLiteral("--name contains control characters");
        QTest::newRow("newline in name") << signUp({QStringLiteral("--name"), QStringLiteral("Gus\nroot")})
                                         << QStringLiteral("--name contains control characters");
        QTest::newRow("overlong name") << signUp({QStringLiteral("--name"), QString(200, QLatin1Char('g'))})
                                       << QStringLiteral("--name is longer than");
        QTest::newRow("empty name") << signUp({QStringLiteral("--name"), QStringLiteral("  ")})
                                    << QStringLiteral("--name is empty");
        QTest::newRow("login --sign-up name") << QStringList{QStringLiteral("login"), QStringLiteral("--sign-up"),
                                                             QStringLiteral("--method"), QStringLiteral("email"),
                                                             QStringLiteral("--login-id"), QStringLiteral("gus@example.com"),
                                                             QStringLiteral("--name"), QStringLiteral("Gus\x07")}
                                              << QStringLiteral("--name contains control characters");
        QTest::newRow("seven-digit code") << QStringList{QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"),
                                                         QStringLiteral("--login-id"), QStringLiteral("gus@example.com"),
                                                         QStringLiteral("--code"), QStringLiteral("1234567")}
                                          << QStringLiteral("six digits");
    }
    // Whatever is refused before the network exits 2, and nothing reaches Descope.
    void refusedInputExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const qsizetype before = m_emulator->server->requestJournal().size();
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(m_emulator->server->requestJournal().size(), before);
    }

    void extraArgumentsAreAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("extra");
        QTest::newRow("status") << QStringList{QStringLiteral("status"), QStringLiteral("extra"), QStringLiteral("junk")}
                                << QStringLiteral("extra");
        QTest::newRow("logout") << QStringList{QStringLiteral("logout"), QStringLiteral("now")} << QStringLiteral("now");
        QTest::newRow("start") << QStringList{QStringLiteral("start"), QStringLiteral("sign-in"), QStringLiteral("again"),
                                              QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                                              QStringLiteral("hal@example.com")}
                               << QStringLiteral("again");
        QTest::newRow("shown escaped") << QStringList{QStringLiteral("me"), QStringLiteral("\x1b]0;owned\x07")}
                                       << QStringLiteral("\\x1b]0;owned\\x07");
    }
    void extraArgumentsAreAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, extra);
        const qsizetype before = m_emulator->server->requestJournal().size();
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("descope-otp: unexpected argument '%1'").arg(extra)), qPrintable(r.err));
        QCOMPARE(m_emulator->server->requestJournal().size(), before);
    }

    void optionsOfOtherCommandsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QStringList &arguments, const char *message) {
            QTest::newRow(name) << arguments << QString::fromLatin1(message);
        };
        // As the tester found them: each exited 0, the first one signing out.
        row("logout --code", {QStringLiteral("logout"), QStringLiteral("--code"), QStringLiteral("123456")},
            "logout does not take --code");
        row("refresh --name --code --sign-up",
            {QStringLiteral("refresh"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--code"),
             QStringLiteral("1"), QStringLiteral("--sign-up")},
            "refresh does not take --name");
        row("validate --method", {QStringLiteral("validate"), QStringLiteral("--method"), QStringLiteral("carrier-pigeon")},
            "validate does not take --method");
        row("status --phone --add-to-login-ids",
            {QStringLiteral("status"), QStringLiteral("--phone"), QStringLiteral("+12015550123"),
             QStringLiteral("--add-to-login-ids")},
            "status does not take --phone");
        // The same for the other commands, and in the other spellings.
        row("logout-all --login-id=", {QStringLiteral("logout-all"), QStringLiteral("--login-id=ann@example.com")},
            "logout-all does not take --login-id");
        row("me after a global", {QStringLiteral("--json"), QStringLiteral("me"), QStringLiteral("--email"), QStringLiteral("a@example.com")},
            "me does not take --email");
        row("update-email --code",
            {QStringLiteral("update-email"), QStringLiteral("--email"), QStringLiteral("new@example.com"),
             QStringLiteral("--code"), QStringLiteral("123456")},
            "update-email does not take --code");
        row("update-phone --sign-in",
            {QStringLiteral("update-phone"), QStringLiteral("--method"), QStringLiteral("sms"), QStringLiteral("--phone"),
             QStringLiteral("+12015550123"), QStringLiteral("--sign-in")},
            "update-phone does not take --sign-in");
        row("verify --on-merge-use-existing",
            {QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
             QStringLiteral("ann@example.com"), QStringLiteral("--code"), QStringLiteral("123456"),
             QStringLiteral("--on-merge-use-existing")},
            "verify does not take --on-merge-use-existing");
        row("start --code",
            {QStringLiteral("start"), QStringLiteral("sign-in"), QStringLiteral("--method"), QStringLiteral("email"),
             QStringLiteral("--login-id"), QStringLiteral("ann@example.com"), QStringLiteral("--code"), QStringLiteral("1")},
            "start does not take --code");
        row("login --email",
            {QStringLiteral("login"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
             QStringLiteral("ann@example.com"), QStringLiteral("--email"), QStringLiteral("b@example.com")},
            "login does not take --email");
    }
    // An option the command does not take is a usage error, not silently ignored: exit 2,
    // one line naming the option and the command, nothing sent and the session untouched.
    void optionsOfOtherCommandsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QVERIFY(signIn(QStringLiteral("opal@example.com")));
        QByteArray before;
        QCOMPARE(readEntry(QStringLiteral("session"), &before), QKeychain::NoError);
        const QString rememberedBefore = lastLoginId();
        const qsizetype requests = m_emulator->server->requestJournal().size();

        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.err + r.out));
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(QStringLiteral("descope-otp: ") + message)
                     || std::any_of(lines.cbegin(), lines.cend(), [&message](const QString &line) {
                            return line.startsWith(QStringLiteral("descope-otp: ") + message + QLatin1Char(' '));
                        }),
                 qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(m_emulator->server->requestJournal().size(), requests);
        QByteArray after;
        QCOMPARE(readEntry(QStringLiteral("session"), &after), QKeychain::NoError);
        QVERIFY(after == before); // compared, never printed: it holds the tokens
        QCOMPARE(lastLoginId(), rememberedBefore);
    }

    // The options each command takes are the ones its line in --help's Commands list
    // names, plus the global ones (those no command line names): every other option is
    // refused, every listed or global one is accepted.
    void commandsTakeTheOptionsHelpLists()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString text = help.out;
        const QString commandsText = text.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        const QString optionsText = text.section(QStringLiteral("Options:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        QVERIFY(!commandsText.isEmpty() && !optionsText.isEmpty());
        const QRegularExpression optionPattern(QStringLiteral("--([a-z][a-z0-9-]*)( <)?"));

        // Every option --help lists, and whether it takes a value.
        QHash<QString, bool> valued;
        for (const QString &line : optionsText.split(QLatin1Char('\n'))) {
            const auto match = QRegularExpression(QStringLiteral("^ +(?:-[a-z?], )?--([a-z][a-z0-9-]*)( <)?")).match(line);
            if (match.hasMatch())
                valued.insert(match.captured(1), !match.captured(2).isEmpty());
        }
        QVERIFY(valued.contains(QStringLiteral("code")) && valued.value(QStringLiteral("code")));

        // Each command's options, from its line in the Commands list.
        QList<std::pair<QStringList, QSet<QString>>> commands; // the words to run it, its options
        QSet<QString> commandOptions;
        for (const QString &line : commandsText.split(QLatin1Char('\n'))) {
            const auto command = QRegularExpression(QStringLiteral("^  ([a-z][a-z-]*)( ([a-z|-]+))?")).match(line);
            if (!command.hasMatch())
                continue;
            QStringList words{command.captured(1)};
            if (command.captured(3).contains(QLatin1Char('|')))
                words << command.captured(3).section(QLatin1Char('|'), 0, 0); // start's first mode
            QSet<QString> options;
            for (auto it = optionPattern.globalMatch(line); it.hasNext();)
                options.insert(it.next().captured(1));
            commandOptions.unite(options);
            commands.append({words, options});
        }
        QCOMPARE(commands.size(), 11);

        const qsizetype requests = m_emulator->server->requestJournal().size();
        for (const auto &[words, options] : std::as_const(commands)) {
            for (auto it = valued.cbegin(); it != valued.cend(); ++it) {
                const QString &option = it.key();
                const bool global = !commandOptions.contains(option);
                // In memory only, and with values refused before any request, so that an
                // accepted option leads to another usage error, "not signed in" or help.
                QStringList arguments = QStringList{QStringLiteral("--ephemeral")} + words;
                arguments << QStringLiteral("--") + option;
                if (it.value())
                    arguments << QStringLiteral("x");
                const Run r = run(arguments);
                const QString refusal = QStringLiteral("descope-otp: %1 does not take --%2").arg(words.first(), option);
                const bool refused = r.err.contains(refusal);
                QVERIFY2(refused == (!global && !options.contains(option)),
                         qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + r.err));
                if (refused)
                    QVERIFY2(r.exitCode == 2, qPrintable(r.err));
            }
        }
        QCOMPARE(m_emulator->server->requestJournal().size(), requests);
    }

    // A sign-in with descope-otp (login, or verify after start) becomes the login id the
    // app's sign-in form offers next, as a sign-in in the app does, and is in the keychain
    // when the process exits. An update's verify, and an --ephemeral sign-in, leave it.
    void signInsRememberTheLoginId()
    {
        removeEntry(QStringLiteral("last-login-id"));
        const QString pia = QStringLiteral("pia@example.com");
        Run r = run({QStringLiteral("login"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"), pia},
                    [&](QProcess &process, const QString &chunk) {
                        if (chunk.contains(QLatin1StringView("Enter the code")))
                            process.write(code(pia).toLatin1() + '\n');
                    });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lastLoginId(), pia);

        // start, then verify; the login id as typed is remembered normalised.
        const QString phone = QStringLiteral("+12015550144");
        r = run({QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"), QStringLiteral("sms"),
                 QStringLiteral("--login-id"), phone});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("sms"), QStringLiteral("--login-id"),
                 QStringLiteral("+1 201 555 0144"), QStringLiteral("--code"), code(phone)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lastLoginId(), phone);

        // An update's verify confirms an address of the user signed in: not a sign-in.
        const QString other = QStringLiteral("someone-else@example.com");
        QCOMPARE(writeEntry(QStringLiteral("last-login-id"), other.toUtf8()), QKeychain::NoError);
        r = run({QStringLiteral("update-email"), QStringLiteral("--email"), QStringLiteral("pia2@example.com")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                 phone, QStringLiteral("--code"), code(phone)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lastLoginId(), other);

        // --ephemeral keeps everything in memory.
        const QString quin = QStringLiteral("quin@example.com");
        r = run({QStringLiteral("--ephemeral"), QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"),
                 QStringLiteral("email"), QStringLiteral("--login-id"), quin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("--ephemeral"), QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"),
                 QStringLiteral("--login-id"), quin, QStringLiteral("--code"), code(quin)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lastLoginId(), other);
        removeEntry(QStringLiteral("last-login-id"));
    }

    // Step-up (issue 13): a change that needs a recent sign-in, with an old one
    // (DESCOPE_STEPUP_WINDOW=0: every sign-in is old), off a terminal and without
    // --stepup: refused in words naming --stepup, exit 3, and nothing sent at all.
    void stepUpIsRefusedWithoutStepup_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("update-email") << QStringList{QStringLiteral("update-email"), QStringLiteral("--email"),
                                                     QStringLiteral("jo.new@example.com")};
        QTest::newRow("update-phone") << QStringList{QStringLiteral("update-phone"), QStringLiteral("--method"),
                                                     QStringLiteral("sms"), QStringLiteral("--phone"),
                                                     QStringLiteral("+12015550199")};
        QTest::newRow("logout-all") << QStringList{QStringLiteral("logout-all")};
    }
    void stepUpIsRefusedWithoutStepup()
    {
        QFETCH(QStringList, command);
        const QString jo = QStringLiteral("jo@example.com");
        QVERIFY(signIn(jo));
        const qsizetype sent = outbox().size();
        const qsizetype requests = m_emulator->server->requestJournal().size();
        m_environmentChanges.insert(QStringLiteral("DESCOPE_STEPUP_WINDOW"), QStringLiteral("0"));
        Run r = run(command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1StringView("--stepup")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("needs a recent sign-in")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1StringView("Enter the code")), qPrintable(r.err));
        QCOMPARE(outbox().size(), sent);
        // Not a request of any kind: the stored session token was still good.
        QCOMPARE(m_emulator->server->requestJournal().size(), requests);
        QCOMPARE(readSessionEntry(), QKeychain::NoError); // logout-all did not sign out

        r = run(QStringList{QStringLiteral("--json")} + command);
        QCOMPARE(r.exitCode, 3);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1StringView("ok")), QJsonValue(false));
        QCOMPARE(json.value(QLatin1StringView("stepUpRequired")), QJsonValue(true));
        QCOMPARE(outbox().size(), sent);
    }

    // A first-time user's find: the refusal names where --stepup's code will really go and
    // how. After an email change that kept the login id, Descope sends it to the account's
    // address (the mask, j***@example.com, fits both); a session signed in by a voice call
    // is called again, which the words must say.
    void theStepUpRefusalNamesTheChannelAndTheAccountsAddress()
    {
        const QString jo = QStringLiteral("jo@example.com");
        const QString jody = QStringLiteral("jody@example.com");
        QVERIFY(signIn(jo));
        Run r = run({QStringLiteral("update-email"), QStringLiteral("--email"), jody}); // recent: no step-up
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                 jo, QStringLiteral("--code"), code(jo)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_environmentChanges.insert(QStringLiteral("DESCOPE_STEPUP_WINDOW"), QStringLiteral("0"));
        r = run({QStringLiteral("logout-all")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1StringView("a code sent to jody@example.com by email.")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(jo), qPrintable(r.err));
        // --stepup then sends it there.
        r = run({QStringLiteral("logout-all"), QStringLiteral("--stepup")}, [this, &jo](QProcess &process, const QString &chunk) {
            if (chunk.contains(QLatin1StringView("Enter the code")))
                process.write(code(jo).toLatin1() + '\n');
        });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_emulator->server->outbox().constLast().to, jody);

        const QString phone = QStringLiteral("+12015550123");
        r = run({QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"), QStringLiteral("voice"),
                 QStringLiteral("--login-id"), phone});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("voice"), QStringLiteral("--login-id"),
                 phone, QStringLiteral("--code"), code(phone)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("logout-all")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1StringView("a code sent to +12015550123 by voice call.")), qPrintable(r.err));
    }

    // With --stepup: a code to the signed-in login id first, read from standard input like
    // every code; then the update's code goes to the new address, sent with the stepped-up
    // session (the emulator's journal says so), and its verify makes the change.
    void stepUpThenUpdate()
    {
        const QString jo = QStringLiteral("jo@example.com");
        const QString newEmail = QStringLiteral("jo.new@example.com");
        QVERIFY(signIn(jo));
        m_environmentChanges.insert(QStringLiteral("DESCOPE_STEPUP_WINDOW"), QStringLiteral("0"));
        int prompts = 0;
        Run r = run({QStringLiteral("update-email"), QStringLiteral("--email"), newEmail, QStringLiteral("--stepup")},
                    [this, &jo, &prompts](QProcess &process, const QString &chunk) {
                        if (!chunk.contains(QLatin1StringView("Enter the code")))
                            return;
                        ++prompts;
                        process.write(code(jo).toLatin1() + '\n');
                    });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(prompts, 1);
        // Says why, where the step-up code went (Descope's mask), and that it was confirmed.
        QVERIFY2(r.err.contains(QLatin1StringView("needs a recent sign-in")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("A code was sent by email to j***@example.com")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("Confirmed")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1StringView("A code was sent")), qPrintable(r.out));

        // The step-up: a sign-in with loginOptions.stepup and the refresh token; then the
        // update, carrying the stepped-up session's refresh token.
        const QJsonArray journal = m_emulator->server->requestJournal();
        QJsonObject stepUp;
        QJsonObject update;
        for (const QJsonValue &value : journal) {
            const QJsonObject entry = value.toObject();
            const QString path = entry.value(QLatin1StringView("path")).toString();
            if (path == QLatin1StringView("/v1/auth/otp/signin/email"))
                stepUp = entry;
            else if (path == QLatin1StringView("/v1/auth/otp/update/email"))
                update = entry;
        }
        QCOMPARE(stepUp.value(QLatin1StringView("body")).toObject().value(QLatin1StringView("loginOptions"))
                     .toObject().value(QLatin1StringView("stepup")),
                 QJsonValue(true));
        QCOMPARE(stepUp.value(QLatin1StringView("authorization")).toString(), QStringLiteral("project:refresh"));
        QCOMPARE(update.value(QLatin1StringView("stepUp")), QJsonValue(true));

        // The update's own code, verified by the second step as before: the change lands.
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                 jo, QStringLiteral("--code"), code(jo)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray users = QJsonDocument::fromJson(askEmulator(QStringLiteral("/emulator/users"))).object()
                                     .value(QLatin1StringView("users")).toArray();
        bool changed = false;
        for (const QJsonValue &user : users)
            changed |= user.toObject().value(QLatin1StringView("email")).toString() == newEmail;
        QVERIFY(changed);
    }

    // Sign out everywhere after a step-up: logoutall goes with the stepped-up session.
    void stepUpThenSignOutEverywhere()
    {
        const QString jo = QStringLiteral("jo@example.com");
        QVERIFY(signIn(jo));
        m_environmentChanges.insert(QStringLiteral("DESCOPE_STEPUP_WINDOW"), QStringLiteral("0"));
        const Run r = run({QStringLiteral("logout-all"), QStringLiteral("--stepup")},
                          [this, &jo](QProcess &process, const QString &chunk) {
                              if (chunk.contains(QLatin1StringView("Enter the code")))
                                  process.write(code(jo).toLatin1() + '\n');
                          });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("Signed out on every device.")));
        QJsonObject logoutAll;
        for (const QJsonValue &value : m_emulator->server->requestJournal()) {
            if (value.toObject().value(QLatin1StringView("path")).toString() == QLatin1StringView("/v1/auth/logoutall"))
                logoutAll = value.toObject();
        }
        QCOMPARE(logoutAll.value(QLatin1StringView("stepUp")), QJsonValue(true));
        QCOMPARE(readSessionEntry(), QKeychain::EntryNotFound);
    }

    // While update-email --stepup waits for its code, another program signs a different
    // person in: descope-otp stops, says so, and neither adopts its step-up over the other
    // person's stored session nor sends the update.
    void anotherPersonSigningInStopsTheStepUp()
    {
        const QString jo = QStringLiteral("jo@example.com");
        const QString ann = QStringLiteral("ann@example.com");
        QVERIFY(signIn(jo));
        m_environmentChanges.insert(QStringLiteral("DESCOPE_STEPUP_WINDOW"), QStringLiteral("0"));
        bool annSignedIn = false;
        const Run r = run({QStringLiteral("update-email"), QStringLiteral("--email"), QStringLiteral("jo.new@example.com"),
                           QStringLiteral("--stepup")},
                          [&](QProcess &process, const QString &chunk) {
                              if (!chunk.contains(QLatin1StringView("Enter the code")))
                                  return;
                              const QString joCode = code(jo);
                              annSignedIn = signIn(ann); // another program, meanwhile
                              process.write(joCode.toLatin1() + '\n');
                          });
        QVERIFY(annSignedIn);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("Another person signed in meanwhile")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("Nothing was changed")), qPrintable(r.err));
        for (const QJsonValue &value : m_emulator->server->requestJournal())
            QVERIFY(!value.toObject().value(QLatin1StringView("path")).toString().startsWith(QLatin1StringView("/v1/auth/otp/update")));
        // Ann's session is the one stored, and it is live.
        QByteArray entry;
        QCOMPARE(readEntry(QStringLiteral("session"), &entry), QKeychain::NoError);
        const auto stored = StoredSession::deserialize(entry);
        QVERIFY(stored);
        QCOMPARE(stored->loginId, ann);
        const Run me = run({QStringLiteral("me")});
        QVERIFY2(me.exitCode == 0, qPrintable(me.err));
        QVERIFY2(me.out.contains(ann), qPrintable(me.out));
    }

    // The step-up refused for the session's token (signed out elsewhere; the emulator's 401
    // E011003 is its choice): the session is over, and descope-otp says so and how to go
    // on, instead of "check what you entered".
    void aStepUpRefusedForTheSessionSaysItEnded()
    {
        const QString jo = QStringLiteral("jo@example.com");
        QVERIFY(signIn(jo));
        QByteArray entry;
        QCOMPARE(readEntry(QStringLiteral("session"), &entry), QKeychain::NoError);
        const auto stored = StoredSession::deserialize(entry);
        QVERIFY(stored);
        EmptyReply *logout = m_emulator->client->logout(stored->refreshJwt);
        QSignalSpy loggedOut(logout, &Reply::finished);
        QVERIFY(loggedOut.wait(10000));
        QVERIFY(logout->isSuccess());
        m_environmentChanges.insert(QStringLiteral("DESCOPE_STEPUP_WINDOW"), QStringLiteral("0"));
        const Run r = run({QStringLiteral("update-email"), QStringLiteral("--email"), QStringLiteral("jo.new@example.com"),
                           QStringLiteral("--stepup")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("Your session has ended. Sign in again with descope-otp login.")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1StringView("not accepted")), qPrintable(r.err));
        QCOMPARE(readSessionEntry(), QKeychain::EntryNotFound);
    }

    // A fresh sign-in (the default window, 10 minutes) needs no step-up: no prompt, no
    // extra code, --stepup or not.
    void aFreshSignInIsNotAsked()
    {
        const QString jo = QStringLiteral("jo@example.com");
        QVERIFY(signIn(jo));
        const qsizetype sent = outbox().size();
        for (const bool flag : {false, true}) {
            QStringList arguments{QStringLiteral("update-email"), QStringLiteral("--email"), QStringLiteral("jo.new@example.com")};
            if (flag)
                arguments << QStringLiteral("--stepup");
            const Run r = run(arguments);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(!r.err.contains(QLatin1StringView("Enter the code")), qPrintable(r.err));
        }
        const QJsonArray messages = outbox();
        QCOMPARE(messages.size(), sent + 2);
        for (qsizetype i = sent; i < messages.size(); ++i) // both to the new address
            QCOMPARE(messages.at(i).toObject().value(QLatin1StringView("to")).toString(), QStringLiteral("jo.new@example.com"));
    }

    // At a terminal (a pseudo-terminal made by script(1)), without --stepup, the command
    // offers the step-up: "no" refuses (exit 3, nothing sent), "yes" asks for the code and
    // carries on.
    void aTerminalIsOfferedTheStepUp()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("needs script(1) (util-linux) for a pseudo-terminal");
        const QString jo = QStringLiteral("jo@example.com");
        QVERIFY(signIn(jo));
        m_environmentChanges.insert(QStringLiteral("DESCOPE_STEPUP_WINDOW"), QStringLiteral("0"));
        // question and codePrompt: the end of each prompt as printed in the language of the run.
        const auto atTerminal = [&](const QByteArray &answer, QLatin1StringView question = QLatin1StringView("[y/N]"),
                                    const QString &codePrompt = QStringLiteral("Enter the code:")) {
            QObject owner;
            auto *process = new QProcess(&owner);
            process->setProcessEnvironment(otp().environment());
            // script copies our standard input to the terminal and the terminal to its output.
            process->start(script, {QStringLiteral("-qefc"), QStringLiteral("'%1' logout-all").arg(QStringLiteral(DESCOPE_OTP_BINARY)),
                                    QStringLiteral("/dev/null")});
            QString seen;
            bool answered = false;
            bool coded = false;
            QObject::connect(process, &QProcess::readyReadStandardOutput, process, [&] {
                seen += QString::fromUtf8(process->readAllStandardOutput());
                if (!answered && seen.contains(question)) {
                    answered = true;
                    process->write(answer + '\n');
                }
                if (!coded && seen.contains(codePrompt)) {
                    coded = true;
                    process->write(code(jo).toLatin1() + '\n');
                }
            });
            const Run r = OtpProcess::wait(process);
            return std::pair<int, QString>{r.exitCode, seen + r.out};
        };
        const qsizetype sent = outbox().size();
        auto [exitCode, output] = atTerminal("n");
        QCOMPARE(exitCode, 3);
        QVERIFY2(output.contains(QLatin1StringView("Send a code to jo@example.com by email")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1StringView("Nothing was changed")), qPrintable(output));
        QCOMPARE(outbox().size(), sent);
        QCOMPARE(readSessionEntry(), QKeychain::NoError);

        std::tie(exitCode, output) = atTerminal("y");
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1StringView("Signed out on every device.")), qPrintable(output));
        QCOMPARE(outbox().size(), sent + 1);
        QCOMPARE(readSessionEntry(), QKeychain::EntryNotFound);

        // In German and French the question offers their letter ([j/N], [o/N]); the English
        // y and yes are taken too, and anything else is still a no.
        struct Answer
        {
            const char *language;
            QByteArray answer;
            int exitCode;
        };
        for (const Answer &a : {Answer{"de", "n", 3}, Answer{"de", "j", 0}, Answer{"de", "Ja", 0}, Answer{"de", "y", 0},
                                Answer{"fr", "o", 0}, Answer{"fr", "oui", 0}, Answer{"fr", "yes", 0}, Answer{"fr", "non", 3}}) {
            const bool german = qstrcmp(a.language, "de") == 0;
            m_environmentChanges.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(a.language));
            QVERIFY(signIn(jo));
            std::tie(exitCode, output) = atTerminal(a.answer, QLatin1StringView(german ? "[j/N]" : "[o/N]"),
                                                    german ? QStringLiteral("Geben Sie den Code ein:")
                                                           : QStringLiteral("Saisissez le code\u00a0:"));
            const QString said = QString::fromLatin1(a.language) + QLatin1Char(' ') + QString::fromLatin1(a.answer)
                + QStringLiteral(": ") + output;
            QVERIFY2(exitCode == a.exitCode, qPrintable(said));
            if (a.exitCode == 0) {
                QVERIFY2(output.contains(german ? QStringLiteral("Auf allen Geräten abgemeldet.")
                                                : QStringLiteral("Déconnecté sur tous les appareils.")),
                         qPrintable(said));
                QCOMPARE(readSessionEntry(), QKeychain::EntryNotFound);
            } else {
                QVERIFY2(output.contains(german ? QStringLiteral("Nichts wurde geändert")
                                                : QStringLiteral("Rien n’a été modifié")),
                         qPrintable(said));
                QCOMPARE(readSessionEntry(), QKeychain::NoError);
            }
        }
    }

    // The time of the last code verification travels with the stored session: descope-otp
    // and the app (a SessionManager here, on the same keychain entry) agree on it, with the
    // default window of 10 minutes. An old sign-in in one is old in the other; a step-up in
    // either makes the other's change go ahead without asking.
    void theAppAndTheCliShareTheRecentSignIn()
    {
        const QString jo = QStringLiteral("jo@example.com");
        QVERIFY(signIn(jo));
        // Make the stored sign-in an hour old (as if made by the app an hour ago).
        QByteArray entry;
        QCOMPARE(readEntry(QStringLiteral("session"), &entry), QKeychain::NoError);
        auto stored = StoredSession::deserialize(entry);
        QVERIFY(stored);
        QVERIFY(stored->verifiedAt > 0);
        stored->verifiedAt -= 3600;
        QCOMPARE(writeEntry(QStringLiteral("session"), stored->serialize()), QKeychain::NoError);
        const QStringList update{QStringLiteral("update-email"), QStringLiteral("--email"), QStringLiteral("jo.new@example.com")};
        QCOMPARE(run(update).exitCode, 3);
        // status tells it, from the keychain alone.
        Run r = run({QStringLiteral("--json"), QStringLiteral("status")});
        QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QLatin1StringView("verifiedAt")).toInteger(), stored->verifiedAt);
        QCOMPARE(status.value(QLatin1StringView("stepUpNeeded")), QJsonValue(true));
        QVERIFY(run({QStringLiteral("status")}).out.contains(QLatin1StringView("need --stepup")));

        // The app's side sees the same old sign-in.
        const QString projectId = m_emulator->server->options().projectId;
        KeychainTokenStore store(projectId, QString(KeychainTokenStore::DesktopServiceName), m_namespace);
        TokenVerifier verifier(m_emulator->client.get());
        SessionManager app(m_emulator->client.get(), &store, &verifier);
        QSignalSpy restored(&app, &SessionManager::restored);
        app.restore();
        QVERIFY(restored.wait(15000));
        QVERIFY(restored.first().first().toBool());
        QCOMPARE(app.lastVerifiedAt(), stored->verifiedAt);
        QVERIFY(app.needsStepUp());

        // descope-otp steps up: the app takes the new session and its time.
        r = run(update + QStringList{QStringLiteral("--stepup")}, [this, &jo](QProcess &process, const QString &chunk) {
            if (chunk.contains(QLatin1StringView("Enter the code")))
                process.write(code(jo).toLatin1() + '\n');
        });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(!app.needsStepUp(), 15000);
        QVERIFY(app.lastVerifiedAt() > stored->verifiedAt);
        status = QJsonDocument::fromJson(run({QStringLiteral("--json"), QStringLiteral("status")}).out.toUtf8()).object();
        QCOMPARE(status.value(QLatin1StringView("verifiedAt")).toInteger(), app.lastVerifiedAt());
        QCOMPARE(status.value(QLatin1StringView("stepUpNeeded")), QJsonValue(false));

        // Old again; now the app steps up, and descope-otp goes ahead without asking.
        QTRY_VERIFY_WITH_TIMEOUT(!app.hasPendingStoreWork(), 15000);
        QCOMPARE(readEntry(QStringLiteral("session"), &entry), QKeychain::NoError);
        stored = StoredSession::deserialize(entry);
        QVERIFY(stored);
        stored->verifiedAt -= 3600;
        QCOMPARE(writeEntry(QStringLiteral("session"), stored->serialize()), QKeychain::NoError);
        QCOMPARE(run(update).exitCode, 3);
        OtpFlow flow(m_emulator->client.get());
        QSignalSpy sent(&flow, &OtpFlow::codeSent);
        flow.start(OtpFlow::stepUpRequest(app));
        QVERIFY(sent.wait(10000));
        QSignalSpy verified(&flow, &OtpFlow::verified);
        flow.verify(code(jo));
        QVERIFY(verified.wait(10000));
        QSignalSpy refreshed(&app, &SessionManager::refreshed);
        QVERIFY(!app.adopt(flow.result(), flow.loginId()));
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!app.hasPendingStoreWork(), 15000);
        r = run(update);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1StringView("recent sign-in")), qPrintable(r.err));
    }

    // A step-up window that is not a number of seconds is named, not taken for a bad URL.
    void aBadStepUpWindowIsAUsageError()
    {
        m_environmentChanges.insert(QStringLiteral("DESCOPE_STEPUP_WINDOW"), QStringLiteral("soon"));
        const Run r = run({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("DESCOPE_STEPUP_WINDOW")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1StringView("https")), qPrintable(r.err));
    }

    // Standard input ends at the prompt (Ctrl-D, a script with nothing to pipe): said in
    // words, and exit 2 as documented in --help.
    void endOfInputAtThePrompt()
    {
        const QString ida = QStringLiteral("ida@example.com");
        const int before = verifyRequests();
        Run r = run({QStringLiteral("login"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"), ida},
                    [](QProcess &process, const QString &chunk) {
                        if (chunk.contains(QLatin1StringView("Enter the code")))
                            process.closeWriteChannel();
                    });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("descope-otp: no code entered: end of input")), qPrintable(r.err));
        QCOMPARE(verifyRequests(), before);

        // After a refused code, too; and a last line without a newline still counts.
        r = run({QStringLiteral("login"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"), ida},
                [](QProcess &process, const QString &chunk) {
                    if (!chunk.contains(QLatin1StringView("Enter the code")))
                        return;
                    process.write("12\n");
                    process.closeWriteChannel();
                });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("six digits")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("no code entered: end of input")), qPrintable(r.err));
        r = run({QStringLiteral("login"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"), ida},
                [this, &ida](QProcess &process, const QString &chunk) {
                    if (!chunk.contains(QLatin1StringView("Enter the code")))
                        return;
                    process.write(code(ida).toLatin1());
                    process.closeWriteChannel();
                });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1StringView("Signed in as")));
    }

    // Without a keychain: plain words (no enum names from the library's log), and no
    // "Signed in as" followed by a failure: the sign-in is reported as not kept.
    void noKeychainSpeaksPlainly()
    {
        m_environmentChanges.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                    QStringLiteral("unix:path=/nonexistent/descope-test-bus"));
        m_environmentChanges.insert(QStringLiteral("QT_LOGGING_RULES"), QString()); // as people run it
        const QString jo = QStringLiteral("jo@example.com");
        Run r = run({QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"),
                     QStringLiteral("email"), QStringLiteral("--login-id"), jo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"), QStringLiteral("--login-id"),
                 jo, QStringLiteral("--code"), code(jo)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.out.contains(QLatin1StringView("Signed in as")));
        QVERIFY2(r.err.contains(QLatin1StringView("No system keychain is available")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("the session could not be saved, so the next command will not be signed in")),
                 qPrintable(r.err));
        r.err += run({QStringLiteral("status")}).err;
        for (const char *internal : {"NoBackend", "StorageProblem", "Descope::", "Kind", "Storage["})
            QVERIFY2(!r.err.contains(QLatin1StringView(internal)), qPrintable(r.err));
    }

    // `me` lists what the record has: no "name:" line with nothing after it.
    void meOmitsMissingFields()
    {
        QVERIFY(signIn(QStringLiteral("kim@example.com")));
        const Run r = run({QStringLiteral("me")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(!line.section(QLatin1Char(':'), 1).trimmed().isEmpty(), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1StringView("name:")));
        QVERIFY(!r.out.contains(QLatin1StringView("phone:")));
        QVERIFY(r.out.contains(QLatin1StringView("email:     kim@example.com")));
    }

    // descope-otp speaks the person's language (LANGUAGE, as the app): its own messages and
    // the library's, a whole answer with no English in it. What scripts read does not
    // change: the exit code, the "descope-otp: " of an error line, and the --json answer
    // (its keys and values; only "message", the library's words for people, is translated,
    // as it was before the CLI had a catalogue of its own).
    void speaksThePersonsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("said");    ///< all in stderr
        QTest::addColumn<QStringList>("notSaid"); ///< none in stderr
        const QStringList badEmail{QStringLiteral("start"), QStringLiteral("sign-up"), QStringLiteral("--method"),
                                   QStringLiteral("email"), QStringLiteral("--login-id"), QStringLiteral("not-an-email")};
        const QStringList unknown{QStringLiteral("fly")};
        const QStringList stepUp{QStringLiteral("logout-all")};
        const QStringList english{QStringLiteral("Enter an email"), QStringLiteral("unknown command"), QStringLiteral("Try "),
                                  QStringLiteral("needs a recent sign-in"), QStringLiteral("Nothing was")};
        QTest::newRow("de: malformed email")
            << QStringLiteral("de") << badEmail << false << 2
            << QStringList{QStringLiteral("descope-otp: Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.")} << english;
        QTest::newRow("fr: malformed email")
            << QStringLiteral("fr") << badEmail << false << 2
            << QStringList{QStringLiteral("descope-otp: Saisissez une adresse e-mail ou un numéro de téléphone.")} << english;
        QTest::newRow("de: unknown command")
            << QStringLiteral("de") << unknown << false << 2
            << QStringList{QStringLiteral("descope-otp: unbekannter Befehl „fly“"),
                           QStringLiteral("Weitere Informationen mit „descope-otp --help“.")}
            << english;
        QTest::newRow("fr: unknown command")
            << QStringLiteral("fr") << unknown << false << 2
            << QStringList{QStringLiteral("descope-otp: commande inconnue «\u00a0fly\u00a0»"), // no-break spaces
                           QStringLiteral("Pour en savoir plus\u00a0: «\u00a0descope-otp --help\u00a0».")}
            << english;
        QTest::newRow("de: step-up refused")
            << QStringLiteral("de") << stepUp << true << 3
            << QStringList{QStringLiteral("descope-otp: logout-all erfordert eine kürzliche Anmeldung"), QStringLiteral("--stepup"),
                           QStringLiteral("Nichts wurde gesendet oder geändert.")}
            << english;
        QTest::newRow("fr: step-up refused")
            << QStringLiteral("fr") << stepUp << true << 3
            << QStringList{QStringLiteral("descope-otp: logout-all nécessite une connexion récente"), QStringLiteral("--stepup"),
                           QStringLiteral("Rien n’a été envoyé ni modifié.")}
            << english;
    }
    void speaksThePersonsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, arguments);
        QFETCH(bool, signedIn);
        QFETCH(int, exitCode);
        QFETCH(QStringList, said);
        QFETCH(QStringList, notSaid);
        if (signedIn)
            QVERIFY(signIn(QStringLiteral("lou@example.com")));
        m_environmentChanges.insert(QStringLiteral("DESCOPE_STEPUP_WINDOW"), QStringLiteral("0"));
        m_environmentChanges.insert(QStringLiteral("QT_LOGGING_RULES"), QString()); // as people run it

        m_environmentChanges.insert(QStringLiteral("LANGUAGE"), language);
        const Run spoken = run(arguments);
        QCOMPARE(spoken.exitCode, exitCode);
        for (const QString &words : said)
            QVERIFY2(spoken.err.contains(words), qPrintable(spoken.err));
        for (const QString &words : notSaid)
            QVERIFY2(!spoken.err.contains(words), qPrintable(spoken.err));
        const Run spokenJson = run(QStringList{QStringLiteral("--json")} + arguments);

        m_environmentChanges.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const Run english = run(arguments);
        QCOMPARE(english.exitCode, exitCode);
        QVERIFY2(std::any_of(notSaid.cbegin(), notSaid.cend(), [&english](const QString &words) { return english.err.contains(words); }),
                 qPrintable(english.err));
        const Run englishJson = run(QStringList{QStringLiteral("--json")} + arguments);

        // The machine's answer: the same exit code and the same JSON but for the message.
        QCOMPARE(spokenJson.exitCode, englishJson.exitCode);
        const auto withoutMessage = [](const QString &out) {
            QJsonParseError error;
            QJsonObject object = QJsonDocument::fromJson(out.toUtf8(), &error).object();
            QJsonObject problem = object.value(QLatin1StringView("error")).toObject();
            problem.remove(QLatin1StringView("message"));
            problem.remove(QLatin1StringView("traceId"));
            if (!problem.isEmpty())
                object.insert(QLatin1StringView("error"), problem);
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        if (!englishJson.out.isEmpty()) {
            QVERIFY2(englishJson.out.startsWith(QLatin1Char('{')), qPrintable(englishJson.out));
            QCOMPARE(withoutMessage(spokenJson.out), withoutMessage(englishJson.out));
        } else {
            QCOMPARE(spokenJson.out, englishJson.out); // a usage error: no JSON in any language
        }
    }

    // status and me: their labels in the person's language, the values lined up after the
    // longest label (in English exactly as before: scripts that read these lines keep working).
    void statusAndMeLineUp()
    {
        const QString lou = QStringLiteral("lou@example.com");
        QVERIFY(signIn(lou));
        Run r = run({QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Signed in as lou@example.com\n  login id:        lou@example.com\n"
                                                 "  user id:         ")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1StringView("\n  refresh until:   ")), qPrintable(r.out));
        r = run({QStringLiteral("me")});
        QVERIFY2(r.out.contains(QLatin1StringView("\nemail:     lou@example.com (verified)\n")), qPrintable(r.out));

        const auto valueColumns = [](const QStringList &lines, const QString &separator) {
            QSet<qsizetype> columns;
            for (const QString &line : lines) {
                const qsizetype colon = line.indexOf(separator);
                qsizetype value = colon + separator.size();
                while (value < line.size() && line.at(value) == QLatin1Char(' '))
                    ++value;
                columns.insert(value);
            }
            return columns;
        };
        for (const char *language : {"de", "fr"}) {
            const bool german = qstrcmp(language, "de") == 0;
            const QString colon = german ? QStringLiteral(":") : QStringLiteral("\u00a0:");
            m_environmentChanges.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(language));
            r = run({QStringLiteral("status")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
            QCOMPARE(lines.takeFirst(), german ? QStringLiteral("Angemeldet als lou@example.com")
                                               : QStringLiteral("Connecté en tant que lou@example.com"));
            QVERIFY2(lines.first().startsWith(german ? QStringLiteral("  Anmelde-ID:") : QStringLiteral("  identifiant de connexion\u00a0:")),
                     qPrintable(r.out));
            QVERIFY2(valueColumns(lines, colon).size() == 1, qPrintable(r.out));
            r = run({QStringLiteral("me")});
            lines = r.out.trimmed().split(QLatin1Char('\n'));
            QVERIFY2(r.out.contains(german ? QStringLiteral("E-Mail:") : QStringLiteral("e-mail\u00a0:")), qPrintable(r.out));
            QVERIFY2(r.out.contains(german ? QStringLiteral("lou@example.com (bestätigt)") : QStringLiteral("lou@example.com (vérifié)")),
                     qPrintable(r.out));
            QVERIFY2(valueColumns(lines, colon).size() == 1, qPrintable(r.out));
        }
    }

    void errorsAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("no command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("unknown method") << QStringList{QStringLiteral("login"), QStringLiteral("--method"), QStringLiteral("fax"),
                                                       QStringLiteral("--login-id"), QStringLiteral("a@example.com")}
                                        << 2 << QStringLiteral("unknown method");
        QTest::newRow("bad email") << QStringList{QStringLiteral("start"), QStringLiteral("sign-in"), QStringLiteral("--method"),
                                                  QStringLiteral("email"), QStringLiteral("--login-id"), QStringLiteral("ann@")}
                                   << 2 << QStringLiteral("valid email");
        QTest::newRow("phone without country") << QStringList{QStringLiteral("start"), QStringLiteral("sign-in"), QStringLiteral("--method"),
                                                              QStringLiteral("sms"), QStringLiteral("--login-id"), QStringLiteral("5550123"),
                                                              QStringLiteral("--region"), QString()}
                                               << 2 << QStringLiteral("country code");
        QTest::newRow("letters in code") << QStringList{QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"),
                                                        QStringLiteral("--login-id"), QStringLiteral("a@example.com"),
                                                        QStringLiteral("--code"), QStringLiteral("12ab56")}
                                         << 2 << QStringLiteral("six digits");
        const auto start = [](const QString &loginId, const char *method = "email") {
            return QStringList{QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"),
                               QString::fromLatin1(method), QStringLiteral("--login-id"), loginId,
                               QStringLiteral("--region"), QString()};
        };
        QTest::newRow("empty login id") << start(QString()) << 2 << QStringLiteral("--login-id is required");
        QTest::newRow("whitespace login id") << start(QStringLiteral("   ")) << 2 << QStringLiteral("email address or a phone number");
        QTest::newRow("overlong login id") << start(QString(300, QLatin1Char('a')) + QStringLiteral("@example.com")) << 2
                                           << QStringLiteral("That email address is too long.");
        QTest::newRow("control character") << start(QStringLiteral("ann\u0007@example.com")) << 2
                                           << QStringLiteral("email address or a phone number");
        QTest::newRow("look-alike letters") << start(QStringLiteral("ann@ex\u0430mple.com")) << 2 << QStringLiteral("valid email");
        QTest::newRow("letters in a phone number") << start(QStringLiteral("+1 201 555 01AB"), "sms") << 2
                                                   << QStringLiteral("email address or a phone number");
        QTest::newRow("SMS to an email") << start(QStringLiteral("ann@example.com"), "sms") << 2 << QStringLiteral("SMS");
        QTest::newRow("user not found") << QStringList{QStringLiteral("start"), QStringLiteral("sign-in"), QStringLiteral("--method"),
                                                       QStringLiteral("email"), QStringLiteral("--login-id"), QStringLiteral("nobody@example.com")}
                                        << 1 << QStringLiteral("[E062108]");
        QTest::newRow("remote http refused") << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://api.example.com"),
                                                            QStringLiteral("status")}
                                             << 2 << QStringLiteral("https");
    }
    void errorsAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // One clear line for people (debug logging is on in these runs, so look for it).
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                            [&message](const QString &line) { return line.startsWith(QLatin1StringView("descope-otp: ")) && line.contains(message); }));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
