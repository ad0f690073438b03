// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Against a real Secret Service: scripts/with-keyring.sh (used by the test command and CI)
// starts gnome-keyring in a private D-Bus session. Elsewhere these tests skip.
#include "keychaintokenstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Descope;

namespace {

std::optional<Error> run(StoreJob *job, std::optional<StoredSession> *loaded = nullptr)
{
    QSignalSpy spy(job, &StoreJob::finished);
    if (!spy.wait(15000))
        return Error::storage(Error::StorageProblem::Timeout, QStringLiteral("test waited too long"));
    if (loaded)
        *loaded = job->session();
    if (!job->isSuccess())
        return job->error();
    return std::nullopt;
}

QString uniqueNamespace()
{
    return QStringLiteral("test.descope.desktop.%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
}

QByteArray fakeJwt(qsizetype payloadBytes)
{
    return "eyJhbGciOiJSUzI1NiJ9." + QByteArray(payloadBytes, 'x') + ".c2lnbmF0dXJl";
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DESCOPE_KEYRING_SESSION"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh (the test command does)");
    }

    void probeFindsTheKeychain()
    {
        KeychainTokenStore store(QStringLiteral("P2Probe"), uniqueNamespace());
        QCOMPARE(store.availability(), KeychainTokenStore::Availability::Unknown);
        std::optional<StoredSession> loaded;
        QVERIFY(!run(store.load(), &loaded));
        QCOMPARE(store.availability(), KeychainTokenStore::Availability::Available);
        QVERIFY(!loaded.has_value()); // "not found" is no session, not an error
    }

    void saveLoadClear()
    {
        const QString ns = uniqueNamespace();
        KeychainTokenStore store(QStringLiteral("P2RoundTrip"), ns);
        User user;
        user.userId = QStringLiteral("U1");
        user.email = QStringLiteral("ann@example.com");
        user.loginIds = {user.email};
        const StoredSession session{fakeJwt(300), fakeJwt(300), user.email, user};
        QVERIFY(!run(store.save(session)));

        // Another store object, as another process (the CLI after the app) would have.
        KeychainTokenStore other(QStringLiteral("P2RoundTrip"), ns);
        std::optional<StoredSession> loaded;
        QVERIFY(!run(other.load(), &loaded));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded.value(), session);

        QVERIFY(!run(other.clear()));
        QVERIFY(!run(store.load(), &loaded));
        QVERIFY(!loaded.has_value());
        QVERIFY(!run(store.clear())); // clearing nothing is fine
    }

    void projectsAndNamespacesDoNotCollide()
    {
        const QString ns = uniqueNamespace();
        KeychainTokenStore a(QStringLiteral("P2ProjectA"), ns);
        KeychainTokenStore b(QStringLiteral("P2ProjectB"), ns);
        KeychainTokenStore otherBuild(QStringLiteral("P2ProjectA"), uniqueNamespace());
        QVERIFY(!run(a.save({fakeJwt(100), {}, QStringLiteral("a@example.com"), std::nullopt})));
        QVERIFY(!run(b.save({fakeJwt(120), {}, QStringLiteral("b@example.com"), std::nullopt})));
        std::optional<StoredSession> loaded;
        QVERIFY(!run(a.load(), &loaded));
        QCOMPARE(loaded->loginId, QStringLiteral("a@example.com"));
        QVERIFY(!run(b.load(), &loaded));
        QCOMPARE(loaded->loginId, QStringLiteral("b@example.com"));
        QVERIFY(!run(otherBuild.load(), &loaded));
        QVERIFY(!loaded.has_value());
        QVERIFY(!run(a.clear()));
        QVERIFY(!run(b.clear()));
    }

    void largeTokensKeepTheEntrySmall()
    {
        KeychainTokenStore store(QStringLiteral("P2Large"), uniqueNamespace());
        User user;
        user.userId = QStringLiteral("U1");
        user.name = QString(400, QLatin1Char('n'));
        // A 4 KB refresh token (many custom claims and tenants) still saves and loads.
        const StoredSession session{fakeJwt(4096), fakeJwt(1500), QStringLiteral("ann@example.com"), user};
        QVERIFY(session.serialize().size() > StoredSession::MaxSerializedBytes);
        QVERIFY(!session.serialize().contains(session.sessionJwt)); // dropped first, never the refresh token
        QVERIFY(!run(store.save(session)));
        std::optional<StoredSession> loaded;
        QVERIFY(!run(store.load(), &loaded));
        QCOMPARE(loaded->refreshJwt, session.refreshJwt);
        QCOMPARE(loaded->loginId, session.loginId);
        QVERIFY(loaded->sessionJwt.isEmpty());
        QCOMPARE(loaded->user->userId, QStringLiteral("U1"));
        QVERIFY(!run(store.clear()));
    }

    void lastLoginIdOutlivesTheSession()
    {
        KeychainTokenStore store(QStringLiteral("P2Remember"), uniqueNamespace());
        QVERIFY(!run(store.save({fakeJwt(80), {}, QStringLiteral("ann@example.com"), std::nullopt})));
        QVERIFY(!run(store.saveLastLoginId(QStringLiteral("ann@example.com"))));
        QVERIFY(!run(store.clear()));
        StoreJob *job = store.loadLastLoginId();
        QSignalSpy spy(job, &StoreJob::finished);
        QVERIFY(spy.wait(15000));
        QCOMPARE(job->value(), QStringLiteral("ann@example.com"));
    }

    void everyJobFinishesOnce()
    {
        KeychainTokenStore store(QStringLiteral("P2Once"), uniqueNamespace());
        QList<StoreJob *> jobs{store.load(), store.save({fakeJwt(50), {}, {}, std::nullopt}), store.load(), store.clear()};
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (StoreJob *job : jobs)
            spies << std::make_shared<QSignalSpy>(job, &StoreJob::finished);
        for (const auto &spy : spies)
            QTRY_COMPARE_WITH_TIMEOUT(spy->count(), 1, 15000);
        QTest::qWait(100);
        for (const auto &spy : spies)
            QCOMPARE(spy->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
