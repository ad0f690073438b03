// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// descope-otp driven as a separate process against an in-process emulator, with the
// session in the real keychain (scripts/with-keyring.sh) under a namespace of its own.
#include "emulatorfixture.h"
#include "keychaintokenstore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Descope;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

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

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESCOPE_PROJECT_ID"), m_emulator->server->options().projectId);
        env.insert(QStringLiteral("DESCOPE_BASE_URL"), m_emulator->baseUrl().toString());
        env.insert(QStringLiteral("DESCOPE_KEYCHAIN_NAMESPACE"), m_namespace);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("descope.*=true"));
        return env;
    }

    /// Runs descope-otp with the event loop running (the emulator lives in this process).
    /// onStderr may answer prompts by writing to the process.
    Run run(const QStringList &arguments, const std::function<void(QProcess &, const QString &)> &onStderr = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        Run result;
        connect(&process, &QProcess::readyReadStandardError, this, [&] {
            const QString chunk = QString::fromUtf8(process.readAllStandardError());
            result.err += chunk;
            if (onStderr)
                onStderr(process, chunk);
        });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DESCOPE_OTP_BINARY), arguments);
        if (!finished.wait(30000)) {
            process.kill();
            process.waitForFinished();
        }
        result.err += QString::fromUtf8(process.readAllStandardError());
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        m_everything += result.out + result.err;
        return result;
    }

    QString code(const QString &loginId) const { return m_emulator->lastCode(loginId); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DESCOPE_KEYRING_SESSION"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh (the test command does)");
        m_namespace = QStringLiteral("test.descope.cli.%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    }

    void init() { m_emulator = new EmulatorFixture(); }
    void cleanup()
    {
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
        QVERIFY(r.err.contains(QLatin1StringView("a***@example.com")));
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
        QVERIFY(r.out.contains(QLatin1StringView("a***@example.com")));
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
        const QString service(KeychainTokenStore::ServiceName);
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
                                         << 2 << QStringLiteral("digits only");
        const auto start = [](const QString &loginId, const char *method = "email") {
            return QStringList{QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"),
                               QString::fromLatin1(method), QStringLiteral("--login-id"), loginId,
                               QStringLiteral("--region"), QString()};
        };
        QTest::newRow("empty login id") << start(QString()) << 2 << QStringLiteral("--login-id is required");
        QTest::newRow("whitespace login id") << start(QStringLiteral("   ")) << 2 << QStringLiteral("email address or a phone number");
        QTest::newRow("overlong login id") << start(QString(300, QLatin1Char('a')) + QStringLiteral("@example.com")) << 2
                                           << QStringLiteral("email address or a phone number");
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
