// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Runs with DBUS_SESSION_BUS_ADDRESS pointing nowhere (set by CMake): no Secret Service.
// The probe must say so with a typed error, quickly, and nothing may be written anywhere.
#include "emulatorfixture.h"
#include "keychaintokenstore.h"
#include "sessionmanager.h"
#include "tokenverifier.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Descope;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void probeFailsWithATypedError()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("keychain unavailable")));
        KeychainTokenStore store(QStringLiteral("P2Nowhere"), QString(KeychainTokenStore::DesktopServiceName), QStringLiteral("test.descope.unavailable"));
        store.setTimeout(5000);
        QSignalSpy changed(&store, &KeychainTokenStore::availabilityChanged);
        StoreJob *load = store.load();
        QSignalSpy spy(load, &StoreJob::finished);
        QVERIFY(spy.wait(10000));
        QCOMPARE(store.availability(), KeychainTokenStore::Availability::Unavailable);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<KeychainTokenStore::Availability>(), KeychainTokenStore::Availability::Unavailable);
        QCOMPARE(load->error().kind(), Error::Kind::Storage);
        QCOMPARE(load->error().storageProblem(), Error::StorageProblem::NoBackend);
        QVERIFY(!load->error().message().isEmpty());

        StoreJob *save = store.save({"a.b.c", {}, {}, std::nullopt});
        QSignalSpy saved(save, &StoreJob::finished);
        QVERIFY(saved.wait(10000));
        QCOMPARE(save->error().kind(), Error::Kind::Storage);
    }

    void sessionLivesInMemoryAndNothingIsWritten()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("keychain unavailable")));
        EmulatorFixture emulator;
        KeychainTokenStore store(emulator.server->options().projectId, QString(KeychainTokenStore::DesktopServiceName), QStringLiteral("test.descope.unavailable"));
        store.setTimeout(5000);
        TokenVerifier verifier(emulator.client.get());
        SessionManager manager(emulator.client.get(), &store, &verifier);
        QSignalSpy unavailable(&manager, &SessionManager::storageUnavailable);
        QSignalSpy signedIn(&manager, &SessionManager::signedIn);

        const AuthenticationResponse auth = emulator.signIn(QStringLiteral("ann@example.com"));
        QVERIFY(!auth.sessionJwt.isEmpty());
        QVERIFY(!manager.adopt(auth, QStringLiteral("ann@example.com")));
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(manager.isSignedIn());
        QVERIFY(!manager.isPersisted());

        // No plaintext fallback: no file under HOME holds the token.
        const QByteArray token = auth.refreshJwt;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
