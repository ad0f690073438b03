// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Two real descope-desktop processes: the second launch brings the first forward and
// leaves; a socket left by a killed first one is taken over; two launches at once end
// with one window. Each run has its own runtime directory and keychain namespace, no
// session bus (the keychain fails at once; nothing is read or written) and a server
// address nothing listens on (nothing is stored, so nothing is ever sent).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

const QString Binary = QStringLiteral(DESCOPE_DESKTOP_BINARY);
constexpr int Wait = 30000;

class Launch
{
public:
    Launch(const QProcessEnvironment &environment, const QStringList &arguments)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(Binary);
        m_process.setArguments(QStringList{QStringLiteral("--project-id"), QStringLiteral("P2TestSingleInstance"),
                                           QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9")}
                               + arguments);
        m_process.start();
        if (!m_process.waitForStarted(Wait))
            qWarning("could not start %s: %s", qPrintable(Binary), qPrintable(m_process.errorString()));
    }
    ~Launch()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(Wait);
        }
    }
    Q_DISABLE_COPY_MOVE(Launch)

    /// Everything printed on stderr so far (the logging categories write there).
    QString errors()
    {
        m_errors += QString::fromUtf8(m_process.readAllStandardError());
        return m_errors;
    }
    QString output()
    {
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_output;
    }
    bool printed(const QString &text) { return errors().contains(text); }
    [[nodiscard]] bool running() const { return m_process.state() == QProcess::Running; }
    bool waitForExit() { return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(Wait); }
    [[nodiscard]] int exitCode() const { return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1; }
    void killHard()
    {
        m_process.kill(); // SIGKILL: no destructor, the socket stays behind
        m_process.waitForFinished(Wait);
    }

private:
    QProcess m_process;
    QString m_errors;
    QString m_output;
};

const QString Listening = QStringLiteral("first instance: listening for later launches");
const QString AskedToComeForward = QStringLiteral("another launch asked this instance to come forward");
const QString BroughtForward = QStringLiteral("window brought forward; minimised: false visible: true");
const QString GaveWay = QStringLiteral("another instance is running; asked it to come forward");

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_runtime = std::make_unique<QTemporaryDir>();
        QVERIFY(m_runtime->isValid());
        QFile::setPermissions(m_runtime->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime->path());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_runtime->filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_runtime->filePath(QStringLiteral("cache")));
        m_environment.insert(QStringLiteral("DESCOPE_KEYCHAIN_NAMESPACE"),
                             QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/descope-test-bus"));
        m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("descope.app.instance.debug=true"));
        m_environment.remove(QStringLiteral("XDG_ACTIVATION_TOKEN"));
        m_environment.remove(QStringLiteral("DESKTOP_STARTUP_ID"));
    }

    void secondLaunchBringsTheFirstForward()
    {
        Launch first(m_environment, {});
        QTRY_VERIFY_WITH_TIMEOUT(first.printed(Listening), Wait);

        Launch second(m_environment, {});
        QVERIFY(second.waitForExit());
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.errors().contains(GaveWay), qPrintable(second.errors()));
        QVERIFY2(!second.errors().contains(Listening), qPrintable(second.errors()));

        QTRY_VERIFY2_WITH_TIMEOUT(first.printed(AskedToComeForward), qPrintable(first.errors()), Wait);
        QTRY_VERIFY2_WITH_TIMEOUT(first.printed(BroughtForward), qPrintable(first.errors()), Wait);
        QVERIFY(first.running());

        // And again: the first keeps listening.
        Launch third(m_environment, {});
        QVERIFY(third.waitForExit());
        QCOMPARE(third.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(first.errors().count(AskedToComeForward), 2, Wait);
    }

    void helpAndVersionWorkInASecondLaunch()
    {
        Launch first(m_environment, {});
        QTRY_VERIFY_WITH_TIMEOUT(first.printed(Listening), Wait);

        Launch version(m_environment, {QStringLiteral("--version")});
        QVERIFY(version.waitForExit());
        QCOMPARE(version.exitCode(), 0);
        QVERIFY2(version.output().contains(QStringLiteral("descope-desktop")), qPrintable(version.output()));
        Launch help(m_environment, {QStringLiteral("--help")});
        QVERIFY(help.waitForExit());
        QCOMPARE(help.exitCode(), 0);
        QVERIFY2(help.output().contains(QStringLiteral("--project-id")), qPrintable(help.output()));

        // Neither asked the first one for anything.
        Launch second(m_environment, {});
        QVERIFY(second.waitForExit());
        QTRY_VERIFY_WITH_TIMEOUT(first.printed(AskedToComeForward), Wait);
        QCOMPARE(first.errors().count(AskedToComeForward), 1);
    }

    void aKilledFirstInstanceIsReplaced()
    {
        auto first = std::make_unique<Launch>(m_environment, QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(first->printed(Listening), Wait);
        first->killHard();
        first.reset();
        // Its socket is still there.
        const QStringList sockets = QDir(m_runtime->path()).entryList({QStringLiteral("com.descope.Desktop-*")}, QDir::System);
        QVERIFY2(std::any_of(sockets.cbegin(), sockets.cend(), [](const QString &name) { return !name.endsWith(QLatin1StringView(".lock")); }),
                 qPrintable(sockets.join(QLatin1Char(' '))));

        Launch next(m_environment, {});
        QTRY_VERIFY2_WITH_TIMEOUT(next.printed(Listening), qPrintable(next.errors()), Wait);
        QVERIFY(next.printed(QStringLiteral("removing a stale instance socket")));

        Launch after(m_environment, {});
        QVERIFY(after.waitForExit());
        QCOMPARE(after.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(next.printed(AskedToComeForward), Wait);
    }

    void twoLaunchesAtOnceLeaveOneWindow()
    {
        for (int round = 0; round < 3; ++round) {
            Launch a(m_environment, {});
            Launch b(m_environment, {});
            // One of them gives way and exits 0; the other listens and is asked to come forward.
            QTRY_VERIFY_WITH_TIMEOUT(!a.running() || !b.running(), Wait);
            Launch &gone = a.running() ? b : a;
            Launch &kept = a.running() ? a : b;
            QVERIFY(gone.waitForExit());
            QCOMPARE(gone.exitCode(), 0);
            QVERIFY2(gone.errors().contains(GaveWay), qPrintable(gone.errors()));
            QTRY_VERIFY2_WITH_TIMEOUT(kept.printed(AskedToComeForward), qPrintable(kept.errors()), Wait);
            QVERIFY(kept.running());
            QVERIFY(kept.printed(Listening));
        }
    }

    void anEphemeralWindowIsItsOwn()
    {
        Launch first(m_environment, {});
        QTRY_VERIFY_WITH_TIMEOUT(first.printed(Listening), Wait);

        // It shows its own sign-in page (the probe prints on its first paint, then quits).
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("DESCOPE_BENCH_FIRST_PAINT"), QStringLiteral("LoginIdPage"));
        Launch ephemeral(environment, {QStringLiteral("--ephemeral")});
        QVERIFY(ephemeral.waitForExit());
        QCOMPARE(ephemeral.exitCode(), 0);
        QVERIFY2(ephemeral.output().startsWith(QStringLiteral("first-paint ")), qPrintable(ephemeral.output()));
        QVERIFY2(!ephemeral.errors().contains(GaveWay), qPrintable(ephemeral.errors()));

        // The first one was not disturbed and still answers.
        QVERIFY(!first.printed(AskedToComeForward));
        Launch second(m_environment, {});
        QVERIFY(second.waitForExit());
        QTRY_VERIFY_WITH_TIMEOUT(first.printed(AskedToComeForward), Wait);
    }

private:
    std::unique_ptr<QTemporaryDir> m_runtime;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
