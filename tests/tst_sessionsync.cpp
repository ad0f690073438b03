// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// SessionSync across real processes: this binary starts copies of itself (ChildFlag, handled
// in main() before QTest) that take the lock, hold it, die holding it, announce changes, or
// save and clear through a KeychainTokenStore. Every run gets its own XDG_RUNTIME_DIR, so
// nothing touches the developer's runtime folder. The keychain tests need a Secret Service
// (scripts/with-keyring.sh, as the test command runs them) and skip without one.
#include "keychaintokenstore.h"
#include "sessionsync_p.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Descope;
using namespace std::chrono_literals;

namespace {

constexpr char ChildFlag[] = "--sessionsync-child";

// ---- the child side --------------------------------------------------------------------

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// hold <ns> <project> <ms> [<timeout ms>]: takes the lock, says "locked" (or "timeout"),
/// holds it ms (forever when negative), says "unlocked" and exits.
int childHold(const QStringList &args)
{
    SessionSync sync(args.value(0), args.value(1));
    const int holdMs = args.value(2).toInt();
    if (args.size() > 3)
        sync.setLockTimeout(std::chrono::milliseconds(args.value(3).toInt()));
    int rc = 0;
    sync.lock([&sync, &rc, holdMs](bool acquired) {
        if (!acquired) {
            say("timeout");
            rc = 3;
            QCoreApplication::quit();
            return;
        }
        say("locked");
        if (holdMs < 0)
            return; // until killed
        QTimer::singleShot(holdMs, &sync, [&sync] {
            sync.unlock();
            say("unlocked");
            QCoreApplication::quit();
        });
    });
    QCoreApplication::exec();
    return rc;
}

/// save|clear|save-login-id <ns> <project>: one KeychainTokenStore operation; says
/// "done" or "failed".
int childStore(const QString &operation, const QStringList &args)
{
    KeychainTokenStore store(args.value(1), QString(KeychainTokenStore::DesktopServiceName), args.value(0));
    StoreJob *job = nullptr;
    if (operation == QLatin1StringView("save"))
        job = store.save(StoredSession{"eyJhbGciOiJSUzI1NiJ9.eyJ4IjoxfQ.c2ln", {}, QStringLiteral("a@example.com"), {}});
    else if (operation == QLatin1StringView("clear"))
        job = store.clear();
    else
        job = store.saveLastLoginId(QStringLiteral("a@example.com"));
    int rc = 1;
    QObject::connect(job, &StoreJob::finished, job, [job, &rc] {
        rc = job->isSuccess() ? 0 : 1;
        say(rc == 0 ? "done" : "failed");
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return rc;
}

int runChild(const QStringList &args)
{
    const QString mode = args.value(0);
    const QStringList rest = args.mid(1);
    if (mode == QLatin1StringView("hold"))
        return childHold(rest);
    if (mode == QLatin1StringView("announce")) {
        SessionSync(rest.value(0), rest.value(1)).announceChange();
        say("announced");
        return 0;
    }
    if (mode == QLatin1StringView("save") || mode == QLatin1StringView("clear") || mode == QLatin1StringView("save-login-id"))
        return childStore(mode, rest);
    std::fputs("unknown child mode\n", stderr);
    return 64;
}

// ---- the parent side -------------------------------------------------------------------

/// A copy of this binary running one child mode; killed if still running at the end.
class Child
{
public:
    explicit Child(const QStringList &args, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(), QStringList{QLatin1StringView(ChildFlag)} + args);
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(Child)

    /// Runs the event loop until the child prints `line`.
    [[nodiscard]] bool waitForLine(QByteArrayView line, int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [this, line] {
                while (m_process.canReadLine()) {
                    if (m_process.readLine().trimmed() == line)
                        return true;
                }
                return false;
            },
            timeoutMs);
    }
    [[nodiscard]] bool waitForExit(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    /// SIGKILL on Unix: no destructor, no unlock, the lock file stays behind.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    [[nodiscard]] int exitCode() const { return m_process.exitCode(); }
    [[nodiscard]] QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

private:
    QProcess m_process;
};

QString unique(const char *prefix)
{
    return QLatin1StringView(prefix) + QString::number(QRandomGenerator::global()->generate64(), 16);
}

constexpr QFile::Permissions GroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                            | QFile::WriteOther | QFile::ExeOther;

bool haveKeyring()
{
    return !qEnvironmentVariableIsEmpty("DESCOPE_KEYRING_SESSION");
}

} // namespace

class TestSessionSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_ns = unique("test.sessionsync.");
        m_project = unique("P2Sync");
    }

    void filesLiveInAPrivateFolderWithSafeNames()
    {
        SessionSync sync(QStringLiteral("odd/../name\\space:*?"), QStringLiteral("P 1/2\n"));
        QCOMPARE(sync.directory(), qEnvironmentVariable("XDG_RUNTIME_DIR") + QLatin1StringView("/descope"));
        const QFileInfo folder(sync.directory());
        QVERIFY(folder.isDir());
#ifdef Q_OS_UNIX // Windows reports no such bits
        QCOMPARE(folder.permissions() & GroupOrOther, QFile::Permissions());
        QCOMPARE(QFileInfo(sync.markerFilePath()).permissions() & GroupOrOther, QFile::Permissions());
#endif
        QCOMPARE(QFileInfo(sync.lockFilePath()).absolutePath(), folder.absoluteFilePath());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}\\.lock$")).match(QFileInfo(sync.lockFilePath()).fileName()).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}\\.changed$")).match(QFileInfo(sync.markerFilePath()).fileName()).hasMatch());
        QVERIFY(QFileInfo::exists(sync.markerFilePath())); // made up front, so it can be watched

        // The same session, the same files; the separator cannot be forged.
        QCOMPARE(SessionSync(QStringLiteral("a"), QStringLiteral("b")).lockFilePath(),
                 SessionSync(QStringLiteral("a"), QStringLiteral("b")).lockFilePath());
        QVERIFY(SessionSync(QStringLiteral("a/b"), QStringLiteral("c")).lockFilePath()
                != SessionSync(QStringLiteral("a"), QStringLiteral("b/c")).lockFilePath());
    }

#ifdef Q_OS_UNIX
    void withoutRuntimeDirUsesAPrivateTempFolder()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        const QByteArray tmpdir = qgetenv("TMPDIR");
        const auto restore = qScopeGuard([&] {
            qputenv("XDG_RUNTIME_DIR", runtime);
            if (tmpdir.isNull())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", tmpdir);
        });
        qunsetenv("XDG_RUNTIME_DIR");
        qputenv("TMPDIR", QFile::encodeName(temp.path()));
        const QString expected = temp.path() + QLatin1StringView("/descope-") + QString::number(::getuid());

        {
            QTest::failOnWarning(QRegularExpression(QStringLiteral(".*XDG_RUNTIME_DIR.*")));
            SessionSync sync(m_ns, m_project);
            QCOMPARE(sync.directory(), expected);
            QCOMPARE(QFileInfo(expected).permissions() & GroupOrOther, QFile::Permissions());
        }

        // A folder others can enter is made private before use.
        QVERIFY(QFile::setPermissions(expected, QFile::Permissions(0x7777)));
        QCOMPARE(SessionSync(m_ns, m_project).directory(), expected);
        QCOMPARE(QFileInfo(expected).permissions() & GroupOrOther, QFile::Permissions());

        // Someone else's folder (or a symlink planted in /tmp) is not used: lock() says so at once.
        QVERIFY(QDir(expected).removeRecursively());
        QVERIFY(QFile::link(temp.path(), expected));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not using the session lock folder")));
        SessionSync refused(m_ns, m_project);
        QVERIFY(refused.directory().isEmpty());
        std::optional<bool> result;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot take the session lock")));
        refused.lock([&result](bool acquired) { result = acquired; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 1000);
        QCOMPARE(*result, false);
        refused.announceChange(); // nowhere to write: nothing happens
    }
#endif

    void lockAnswersFromTheEventLoopInOrder()
    {
        SessionSync sync(m_ns, m_project);
        QList<int> order;
        for (int i = 1; i <= 3; ++i) {
            sync.lock([&sync, &order, i](bool acquired) {
                QVERIFY(acquired);
                QVERIFY(sync.isLocked());
                order << i;
                QTimer::singleShot(20, &sync, [&sync] { sync.unlock(); });
            });
        }
        QVERIFY(order.isEmpty()); // never inside the call
        QVERIFY(!sync.isLocked());
        QTRY_COMPARE_WITH_TIMEOUT(order, (QList<int>{1, 2, 3}), 2000);
        QTRY_VERIFY(!sync.isLocked());
    }

    void aDestroyedCallerIsNeverCalled()
    {
        SessionSync sync(m_ns, m_project);
        bool firstHolds = false;
        sync.lock([&firstHolds](bool acquired) { firstHolds = acquired; });
        QTRY_VERIFY(firstHolds);

        auto *gone = new QObject;
        bool goneCalled = false;
        sync.lock(gone, [&goneCalled](bool) { goneCalled = true; });
        delete gone;
        bool thirdHolds = false;
        sync.lock([&thirdHolds](bool acquired) { thirdHolds = acquired; });
        sync.unlock();
        QTRY_VERIFY(thirdHolds);
        QVERIFY(!goneCalled);
        sync.unlock();

        // A holder destroyed without unlocking releases the lock.
        auto *holder = new QObject;
        bool held = false;
        sync.lock(holder, [&held](bool acquired) { held = acquired; });
        QTRY_VERIFY(held);
        QTest::ignoreMessage(QtWarningMsg, "released the session lock: its holder was destroyed without unlocking");
        delete holder;
        QVERIFY(!sync.isLocked());
        Child other({QStringLiteral("hold"), m_ns, m_project, QStringLiteral("0"), QStringLiteral("2000")});
        QVERIFY(other.waitForLine("locked"));
    }

    void anotherProcessHoldingMakesUsWaitWithoutFreezing()
    {
        Child holder({QStringLiteral("hold"), m_ns, m_project, QStringLiteral("800")});
        QVERIFY(holder.waitForLine("locked"));

        SessionSync sync(m_ns, m_project);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QElapsedTimer waited;
        waited.start();
        std::optional<bool> result;
        sync.lock([&result](bool acquired) { result = acquired; });

        QTest::qWait(300); // the child still holds it: no answer yet
        QVERIFY(!result.has_value());
        QVERIFY(!sync.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(*result, true);
        QVERIFY2(waited.elapsed() >= 500, qPrintable(QString::number(waited.elapsed())));
        QVERIFY2(ticks >= 20, qPrintable(QStringLiteral("the event loop stalled: %1 ticks").arg(ticks)));
        QVERIFY(holder.waitForExit());
        QCOMPARE(holder.exitCode(), 0);

        // And the other way round: while we hold it, another process cannot have it.
        Child refused({QStringLiteral("hold"), m_ns, m_project, QStringLiteral("0"), QStringLiteral("300")});
        QVERIFY(refused.waitForLine("timeout"));
        sync.unlock();
        Child next({QStringLiteral("hold"), m_ns, m_project, QStringLiteral("0"), QStringLiteral("3000")});
        QVERIFY(next.waitForLine("locked"));
    }

    void aHolderKilledWhileHoldingBlocksNobody()
    {
        Child holder({QStringLiteral("hold"), m_ns, m_project, QStringLiteral("-1")});
        QVERIFY(holder.waitForLine("locked"));
        SessionSync sync(m_ns, m_project);
        holder.kill();
        QCOMPARE(holder.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFileInfo::exists(sync.lockFilePath())); // left behind by the dead holder

        QElapsedTimer waited;
        waited.start();
        std::optional<bool> result;
        sync.lock([&result](bool acquired) { result = acquired; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 2000);
        QCOMPARE(*result, true);
        QVERIFY2(waited.elapsed() < 1000, qPrintable(QString::number(waited.elapsed())));
    }

    void givesUpAfterTheTimeout()
    {
        Child holder({QStringLiteral("hold"), m_ns, m_project, QStringLiteral("-1")});
        QVERIFY(holder.waitForLine("locked"));
        SessionSync sync(m_ns, m_project);
        QCOMPARE(sync.lockTimeout(), SessionSync::DefaultLockTimeout);
        sync.setLockTimeout(300ms);
        QElapsedTimer waited;
        waited.start();
        std::optional<bool> result;
        sync.lock([&result](bool acquired) { result = acquired; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 3000);
        QCOMPARE(*result, false);
        QVERIFY(!sync.isLocked());
        QVERIFY2(waited.elapsed() >= 290 && waited.elapsed() < 1500, qPrintable(QString::number(waited.elapsed())));

        // Waiters behind a holder in this process time out too, and in order.
        holder.kill();
        bool held = false;
        sync.lock([&held](bool acquired) { held = acquired; });
        QTRY_VERIFY(held);
        QList<int> timedOut;
        sync.lock([&timedOut](bool acquired) { timedOut << (acquired ? -1 : 1); });
        sync.lock([&timedOut](bool acquired) { timedOut << (acquired ? -2 : 2); });
        QTRY_COMPARE_WITH_TIMEOUT(timedOut, (QList<int>{1, 2}), 2000);
        QVERIFY(sync.isLocked());
    }

    void hearsOtherProcessesButNotItself()
    {
        SessionSync sync(m_ns, m_project);
        QSignalSpy changed(&sync, &SessionSync::changedElsewhere);
        sync.announceChange();
        QVERIFY(!changed.wait(400));

        Child announcer({QStringLiteral("announce"), m_ns, m_project});
        QVERIFY(announcer.waitForExit());
        QElapsedTimer heard;
        heard.start();
        QVERIFY(changed.wait(1000));
        QVERIFY2(heard.elapsed() < 1000, qPrintable(QString::number(heard.elapsed())));
        QCOMPARE(changed.size(), 1);

        // Our next announcement is ours again.
        sync.announceChange();
        QVERIFY(!changed.wait(400));
        QCOMPARE(changed.size(), 1);

        // A burst is one signal.
        {
            SessionSync other(m_ns, m_project); // another instance counts, even in this process
            for (int i = 0; i < 5; ++i)
                other.announceChange();
        }
        QVERIFY(changed.wait(1000));
        QVERIFY(!changed.wait(300));
        QCOMPARE(changed.size(), 2);
    }

    void aRemovedOrReplacedMarkerIsWatchedAgain()
    {
        SessionSync sync(m_ns, m_project);
        QSignalSpy changed(&sync, &SessionSync::changedElsewhere);

        QVERIFY(QFile::remove(sync.markerFilePath()));
        QTRY_VERIFY(QFileInfo::exists(sync.markerFilePath())); // made again
        QVERIFY(!changed.wait(300)); // a removal is no announcement
        Child announcer({QStringLiteral("announce"), m_ns, m_project});
        QVERIFY(announcer.waitForExit());
        QVERIFY(changed.wait(1000));

        QSaveFile replacement(sync.markerFilePath()); // a new file under the same name
        QVERIFY(replacement.open(QIODevice::WriteOnly));
        replacement.write("1 someone-else 1\n");
        QVERIFY(replacement.commit());
        QVERIFY(changed.wait(1000));

        Child again({QStringLiteral("announce"), m_ns, m_project});
        QVERIFY(again.waitForExit());
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 3);
    }

    void namespacesAndProjectsAreIndependent()
    {
        const QString otherNs = unique("test.sessionsync.other.");
        const QString otherProject = unique("P2Other");
        Child holder({QStringLiteral("hold"), m_ns, m_project, QStringLiteral("-1")});
        QVERIFY(holder.waitForLine("locked"));

        SessionSync same(m_ns, m_project);
        SessionSync otherNamespace(otherNs, m_project);
        SessionSync otherProjectSync(m_ns, otherProject);
        same.setLockTimeout(300ms);
        std::optional<bool> sameResult, nsResult, projectResult;
        same.lock([&sameResult](bool acquired) { sameResult = acquired; });
        otherNamespace.lock([&nsResult](bool acquired) { nsResult = acquired; });
        otherProjectSync.lock([&projectResult](bool acquired) { projectResult = acquired; });
        QTRY_VERIFY_WITH_TIMEOUT(nsResult.has_value() && projectResult.has_value(), 250);
        QVERIFY(*nsResult && *projectResult);
        QTRY_VERIFY_WITH_TIMEOUT(sameResult.has_value(), 2000);
        QCOMPARE(*sameResult, false);

        QSignalSpy sameChanged(&same, &SessionSync::changedElsewhere);
        QSignalSpy nsChanged(&otherNamespace, &SessionSync::changedElsewhere);
        QSignalSpy projectChanged(&otherProjectSync, &SessionSync::changedElsewhere);
        Child announcer({QStringLiteral("announce"), m_ns, m_project});
        QVERIFY(announcer.waitForExit());
        QVERIFY(sameChanged.wait(1000));
        QTest::qWait(200);
        QCOMPARE(nsChanged.size(), 0);
        QCOMPARE(projectChanged.size(), 0);
    }

    void memoryStoresHaveNoSync()
    {
        MemoryTokenStore store;
        QCOMPARE(store.sync(), nullptr);
        KeychainTokenStore keychain(m_project, QString(KeychainTokenStore::DesktopServiceName), m_ns);
        QVERIFY(keychain.sync());
        QCOMPARE(keychain.sync()->lockFilePath(), SessionSync(m_ns, m_project).lockFilePath());
    }

    void keychainSaveAndClearReachOtherProcesses()
    {
        if (!haveKeyring())
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh (the test command does)");
        KeychainTokenStore store(m_project, QString(KeychainTokenStore::DesktopServiceName), m_ns);
        QSignalSpy changed(store.sync(), &SessionSync::changedElsewhere);

        Child saver({QStringLiteral("save"), m_ns, m_project});
        QVERIFY(saver.waitForLine("done", 15000));
        QVERIFY(changed.wait(1000));

        Child clearer({QStringLiteral("clear"), m_ns, m_project});
        QVERIFY(clearer.waitForLine("done", 15000));
        QVERIFY(changed.wait(1000));

        // The last login id is not the session.
        Child loginId({QStringLiteral("save-login-id"), m_ns, m_project});
        QVERIFY(loginId.waitForLine("done", 15000));
        QVERIFY(!changed.wait(400));
        QCOMPARE(changed.size(), 2);
    }

    void keychainStoreDoesNotHearItself()
    {
        if (!haveKeyring())
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh (the test command does)");
        KeychainTokenStore writer(m_project, QString(KeychainTokenStore::DesktopServiceName), m_ns);
        KeychainTokenStore reader(m_project, QString(KeychainTokenStore::DesktopServiceName), m_ns); // another store for the same session
        QSignalSpy writerChanged(writer.sync(), &SessionSync::changedElsewhere);
        QSignalSpy readerChanged(reader.sync(), &SessionSync::changedElsewhere);

        StoreJob *job = writer.save(StoredSession{"eyJhbGciOiJSUzI1NiJ9.eyJ4IjoxfQ.c2ln", {}, {}, {}});
        QSignalSpy finished(job, &StoreJob::finished);
        QVERIFY(finished.wait(15000));
        QVERIFY(readerChanged.wait(1000));
        QVERIFY(!writerChanged.wait(300));

        job = writer.clear();
        QSignalSpy cleared(job, &StoreJob::finished);
        QVERIFY(cleared.wait(15000));
        QVERIFY(readerChanged.wait(1000));
        QCOMPARE(writerChanged.size(), 0);
    }

    void aFailedSaveAnnouncesNothing()
    {
        KeychainTokenStore store(m_project, QString(KeychainTokenStore::DesktopServiceName), m_ns);
        QSignalSpy changed(store.sync(), &SessionSync::changedElsewhere);
        QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
        noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/descope-test-bus"));
        Child saver({QStringLiteral("save"), m_ns, m_project}, noKeychain);
        QVERIFY(saver.waitForLine("failed", 15000));
        QVERIFY(!changed.wait(400));
    }

private:
    QString m_ns;
    QString m_project;
};

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], ChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QCoreApplication::arguments().mid(2));
    }
    // A runtime folder of our own (QTemporaryDir makes it 0700, as XDG wants); the
    // children inherit it.
    QTemporaryDir runtime;
    if (!runtime.isValid())
        return 1;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    QCoreApplication app(argc, argv);
    TestSessionSync test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionsync.moc"
