// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Against a real Secret Service: scripts/with-keyring.sh (used by the test command and CI)
// starts gnome-keyring in a private D-Bus session. Elsewhere these tests skip.
#include "keychaintokenstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

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

// What releases before the application id wrote: this service, and "com.descope.desktop"
// as the default key namespace. Spelled out here, not taken from the store, on purpose.
const QString LegacyService = QStringLiteral("Descope Desktop");
const QString LegacyDefaultNamespace = QStringLiteral("com.descope.desktop");

/// The keychain itself, bypassing KeychainTokenStore: what an older release wrote, and
/// what is there afterwards.
struct Raw
{
    QKeychain::Error error = QKeychain::OtherError;
    QByteArray data;
    [[nodiscard]] bool found() const { return error == QKeychain::NoError; }
};

Raw finish(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QSignalSpy spy(job, &QKeychain::Job::finished);
    job->start();
    Raw result;
    if (spy.wait(15000)) {
        result.error = job->error();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.data = read->binaryData();
    }
    delete job;
    return result;
}

Raw rawRead(const QString &service, const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    return finish(job);
}

bool rawWrite(const QString &service, const QString &key, const QByteArray &data)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setBinaryData(data);
    return finish(job).error == QKeychain::NoError;
}

bool rawRemove(const QString &service, const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    const QKeychain::Error error = finish(job).error;
    return error == QKeychain::NoError || error == QKeychain::EntryNotFound;
}

/// The service of the Descope Desktop app and descope-otp: the only one with entries of
/// older releases to move.
const QString Desktop = QString(KeychainTokenStore::DesktopServiceName);

QString uniqueProject()
{
    return QStringLiteral("P2Legacy%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
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
        KeychainTokenStore store(QStringLiteral("P2Probe"), Desktop, uniqueNamespace());
        QCOMPARE(store.availability(), KeychainTokenStore::Availability::Unknown);
        QSignalSpy changed(&store, &KeychainTokenStore::availabilityChanged);
        std::optional<StoredSession> loaded;
        QVERIFY(!run(store.load(), &loaded));
        QCOMPARE(store.availability(), KeychainTokenStore::Availability::Available);
        QVERIFY(!loaded.has_value()); // "not found" is no session, not an error
        // An app showing whether sessions can be kept hears it once.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<KeychainTokenStore::Availability>(), KeychainTokenStore::Availability::Available);
        QVERIFY(!run(store.load(), &loaded));
        QCOMPARE(changed.count(), 1);
    }

    void saveLoadClear()
    {
        const QString ns = uniqueNamespace();
        KeychainTokenStore store(QStringLiteral("P2RoundTrip"), Desktop, ns);
        User user;
        user.userId = QStringLiteral("U1");
        user.email = QStringLiteral("ann@example.com");
        user.loginIds = {user.email};
        const StoredSession session{fakeJwt(300), fakeJwt(300), user.email, user};
        QVERIFY(!run(store.save(session)));

        // Another store object, as another process (the CLI after the app) would have.
        KeychainTokenStore other(QStringLiteral("P2RoundTrip"), Desktop, ns);
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
        KeychainTokenStore a(QStringLiteral("P2ProjectA"), Desktop, ns);
        KeychainTokenStore b(QStringLiteral("P2ProjectB"), Desktop, ns);
        KeychainTokenStore otherBuild(QStringLiteral("P2ProjectA"), Desktop, uniqueNamespace());
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
        KeychainTokenStore store(QStringLiteral("P2Large"), Desktop, uniqueNamespace());
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
        KeychainTokenStore store(QStringLiteral("P2Remember"), Desktop, uniqueNamespace());
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
        KeychainTokenStore store(QStringLiteral("P2Once"), Desktop, uniqueNamespace());
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

    // The application id names the entries, so the keychain's own UI (Seahorse) shows it.
    // Spelled out: changing the id moves every stored session again, and needs a migration.
    void entriesAreNamedByTheApplicationId()
    {
        QCOMPARE(Desktop, QStringLiteral("com.descope.Desktop"));
        KeychainTokenStore store(QStringLiteral("P2Named"), Desktop);
        QCOMPARE(store.serviceName(), Desktop);
        QCOMPARE(store.key(), QStringLiteral("com.descope.Desktop/P2Named/session")); // namespace = service
    }

    // An SDK user's app keeps its entries under its own id, not Descope Desktop's: by
    // default the application's, else the service and namespace it gives.
    void serviceAndNamespaceAreTheApplications()
    {
        QCoreApplication::setOrganizationDomain(QStringLiteral("com.example"));
        QCoreApplication::setApplicationName(QStringLiteral("Notes"));
        KeychainTokenStore byDefault(QStringLiteral("P2Sdk"));
        QCOMPARE(KeychainTokenStore::defaultServiceName(), QStringLiteral("com.example.Notes"));
        QCOMPARE(byDefault.serviceName(), QStringLiteral("com.example.Notes"));
        QCOMPARE(byDefault.key(), QStringLiteral("com.example.Notes/P2Sdk/session"));
        QCoreApplication::setOrganizationDomain({});
        QCOMPARE(KeychainTokenStore::defaultServiceName(), QStringLiteral("Notes"));

        const QString ns = uniqueNamespace();
        KeychainTokenStore store(QStringLiteral("P2Sdk"), QStringLiteral("org.example.Other"), ns);
        QCOMPARE(store.serviceName(), QStringLiteral("org.example.Other"));
        QCOMPARE(store.key(), ns + QStringLiteral("/P2Sdk/session"));
        const StoredSession session{fakeJwt(100), {}, QStringLiteral("ann@example.com"), std::nullopt};
        QVERIFY(!run(store.save(session)));
        QCOMPARE(rawRead(QStringLiteral("org.example.Other"), store.key()).data, session.serialize());
        QCOMPARE(rawRead(Desktop, store.key()).error, QKeychain::EntryNotFound);
        QVERIFY(!run(store.clear()));
        QCOMPARE(rawRead(QStringLiteral("org.example.Other"), store.key()).error, QKeychain::EntryNotFound);
    }

    // Entries of Descope Desktop's older releases are Descope Desktop's: another app's store
    // never reads them, even in the same namespace.
    void otherServicesDoNotMigrate()
    {
        const QString ns = uniqueNamespace();
        const QString key = ns + QStringLiteral("/P2NotMine/session");
        const StoredSession session{fakeJwt(100), {}, QStringLiteral("ann@example.com"), std::nullopt};
        QVERIFY(rawWrite(LegacyService, key, session.serialize()));
        KeychainTokenStore store(QStringLiteral("P2NotMine"), QStringLiteral("org.example.Other"), ns);
        std::optional<StoredSession> loaded;
        QVERIFY(!run(store.load(), &loaded));
        QVERIFY(!loaded.has_value());
        QCOMPARE(rawRead(LegacyService, key).data, session.serialize()); // left where it was
        QVERIFY(rawRemove(LegacyService, key));
    }

    // A session an older release stored (its service, its default namespace) is moved on
    // first load: returned, now under the new service and key, and gone from the old place.
    void legacySessionIsMigrated()
    {
        const QString project = uniqueProject();
        const QString legacyKey = LegacyDefaultNamespace + QLatin1Char('/') + project + QStringLiteral("/session");
        const StoredSession session{fakeJwt(200), fakeJwt(200), QStringLiteral("ann@example.com"), std::nullopt};
        QVERIFY(rawWrite(LegacyService, legacyKey, session.serialize()));

        KeychainTokenStore store(project, Desktop);
        std::optional<StoredSession> loaded;
        QVERIFY(!run(store.load(), &loaded));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded.value(), session);

        const Raw moved = rawRead(Desktop, store.key());
        QVERIFY(moved.found());
        QCOMPARE(moved.data, session.serialize());
        QCOMPARE(rawRead(LegacyService, legacyKey).error, QKeychain::EntryNotFound);

        // Another process (a new store object) finds it under the new name.
        KeychainTokenStore other(project, Desktop);
        QVERIFY(!run(other.load(), &loaded));
        QCOMPARE(loaded.value(), session);
        QVERIFY(!run(other.clear()));
    }

    void legacyLastLoginIdIsMigrated()
    {
        const QString project = uniqueProject();
        const QString legacyKey = LegacyDefaultNamespace + QLatin1Char('/') + project + QStringLiteral("/last-login-id");
        QVERIFY(rawWrite(LegacyService, legacyKey, QByteArrayLiteral("ann@example.com")));

        KeychainTokenStore store(project, Desktop);
        StoreJob *job = store.loadLastLoginId();
        QSignalSpy spy(job, &StoreJob::finished);
        QVERIFY(spy.wait(15000));
        QCOMPARE(job->value(), QStringLiteral("ann@example.com"));

        const QString newKey = Desktop + QLatin1Char('/') + project
                               + QStringLiteral("/last-login-id");
        const Raw moved = rawRead(Desktop, newKey);
        QVERIFY(moved.found());
        QCOMPARE(moved.data, QByteArrayLiteral("ann@example.com"));
        QCOMPARE(rawRead(LegacyService, legacyKey).error, QKeychain::EntryNotFound);
        QVERIFY(rawRemove(Desktop, newKey));
    }

    // A build or test namespace keeps its name; only the service changes.
    void legacySessionInACustomNamespaceIsMigrated()
    {
        const QString ns = uniqueNamespace();
        const QString key = ns + QStringLiteral("/P2Custom/session");
        const StoredSession session{fakeJwt(100), {}, QStringLiteral("bo@example.com"), std::nullopt};
        QVERIFY(rawWrite(LegacyService, key, session.serialize()));

        KeychainTokenStore store(QStringLiteral("P2Custom"), Desktop, ns);
        QCOMPARE(store.key(), key);
        std::optional<StoredSession> loaded;
        QVERIFY(!run(store.load(), &loaded));
        QCOMPARE(loaded.value(), session);
        QCOMPARE(rawRead(Desktop, key).data, session.serialize());
        QCOMPARE(rawRead(LegacyService, key).error, QKeychain::EntryNotFound);
        QVERIFY(!run(store.clear()));
    }

    void nothingToMigrateWritesNothing()
    {
        const QString ns = uniqueNamespace();
        KeychainTokenStore store(QStringLiteral("P2Nothing"), Desktop, ns);
        std::optional<StoredSession> loaded;
        QVERIFY(!run(store.load(), &loaded));
        QVERIFY(!loaded.has_value());
        StoreJob *job = store.loadLastLoginId();
        QSignalSpy spy(job, &StoreJob::finished);
        QVERIFY(spy.wait(15000));
        QVERIFY(job->isSuccess());
        QVERIFY(job->value().isEmpty());
        for (const QString &name : {QStringLiteral("session"), QStringLiteral("last-login-id"), QStringLiteral("probe")}) {
            const QString key = ns + QStringLiteral("/P2Nothing/") + name;
            QCOMPARE(rawRead(Desktop, key).error, QKeychain::EntryNotFound);
            QCOMPARE(rawRead(LegacyService, key).error, QKeychain::EntryNotFound);
        }
    }

    // An entry under the new name wins; an old one is not even looked at.
    void theNewEntryWins()
    {
        const QString ns = uniqueNamespace();
        const QString key = ns + QStringLiteral("/P2Both/session");
        const StoredSession current{fakeJwt(100), {}, QStringLiteral("new@example.com"), std::nullopt};
        const StoredSession old{fakeJwt(90), {}, QStringLiteral("old@example.com"), std::nullopt};
        QVERIFY(rawWrite(Desktop, key, current.serialize()));
        QVERIFY(rawWrite(LegacyService, key, old.serialize()));
        KeychainTokenStore store(QStringLiteral("P2Both"), Desktop, ns);
        std::optional<StoredSession> loaded;
        QVERIFY(!run(store.load(), &loaded));
        QCOMPARE(loaded.value(), current);
        QVERIFY(!run(store.clear()));
        QVERIFY(rawRemove(LegacyService, key));
    }

    // Sign-out removes the session wherever it is, so a later start cannot bring it back.
    void clearRemovesALegacyEntryToo()
    {
        const QString ns = uniqueNamespace();
        const QString key = ns + QStringLiteral("/P2ClearOld/session");
        QVERIFY(rawWrite(LegacyService, key, StoredSession{fakeJwt(60), {}, {}, std::nullopt}.serialize()));
        KeychainTokenStore store(QStringLiteral("P2ClearOld"), Desktop, ns);
        QVERIFY(!run(store.clear()));
        QCOMPARE(rawRead(LegacyService, key).error, QKeychain::EntryNotFound);
        std::optional<StoredSession> loaded;
        QVERIFY(!run(store.load(), &loaded));
        QVERIFY(!loaded.has_value());
    }

    // The app and descope-otp start together and both migrate: each gets the session, and
    // one entry is left, under the new name.
    void twoProcessesMigratingAtOnce()
    {
        const QString ns = uniqueNamespace();
        const QString key = ns + QStringLiteral("/P2Race/session");
        const StoredSession session{fakeJwt(150), {}, QStringLiteral("ann@example.com"), std::nullopt};
        QVERIFY(rawWrite(LegacyService, key, session.serialize()));
        KeychainTokenStore app(QStringLiteral("P2Race"), Desktop, ns);
        KeychainTokenStore cli(QStringLiteral("P2Race"), Desktop, ns);
        StoreJob *first = app.load();
        StoreJob *second = cli.load();
        QSignalSpy firstDone(first, &StoreJob::finished);
        QSignalSpy secondDone(second, &StoreJob::finished);
        std::optional<StoredSession> a, b;
        connect(first, &StoreJob::finished, this, [&a, first] { a = first->session(); });
        connect(second, &StoreJob::finished, this, [&b, second] { b = second->session(); });
        QTRY_COMPARE_WITH_TIMEOUT(firstDone.count() + secondDone.count(), 2, 15000);
        QCOMPARE(a, std::optional(session));
        QCOMPARE(b, std::optional(session));
        QCOMPARE(rawRead(Desktop, key).data, session.serialize());
        QCOMPARE(rawRead(LegacyService, key).error, QKeychain::EntryNotFound);
        QVERIFY(!run(app.clear()));
    }

    // The other process moves the entry between our read of the new name (absent) and our
    // read of the old one (now absent too): we still find the session, not "signed out".
    // qtkeychain runs a process's jobs one at a time, in order, so this is deterministic:
    // [our read of the new name, their write, their delete, our read of the old name...].
    void anotherProcessMigratesBetweenOurReads()
    {
        const QString ns = uniqueNamespace();
        const QString key = ns + QStringLiteral("/P2Between/session");
        const StoredSession session{fakeJwt(150), {}, QStringLiteral("ann@example.com"), std::nullopt};
        QVERIFY(rawWrite(LegacyService, key, session.serialize()));
        KeychainTokenStore store(QStringLiteral("P2Between"), Desktop, ns);
        StoreJob *load = store.load();

        auto *write = new QKeychain::WritePasswordJob(Desktop);
        write->setKey(key);
        write->setBinaryData(session.serialize());
        auto *remove = new QKeychain::DeletePasswordJob(LegacyService);
        remove->setKey(key);
        QSignalSpy removed(remove, &QKeychain::Job::finished);
        write->start(); // both delete themselves when done
        remove->start();

        std::optional<StoredSession> loaded;
        QVERIFY(!run(load, &loaded));
        QCOMPARE(loaded, std::optional(session));
        QCOMPARE(removed.count(), 1); // it did run between our reads
        QCOMPARE(rawRead(Desktop, key).data, session.serialize());
        QVERIFY(!run(store.clear()));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
