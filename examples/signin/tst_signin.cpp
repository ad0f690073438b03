// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The example's sign-in, by keyboard, against descope-emulator (started by the ctest fixture
// descope_add_emulator_fixture, which also sets DESCOPE_PROJECT_ID and DESCOPE_BASE_URL).
#include "notesapp.h"

#include <DescopeQt6/Project>
#include <DescopeQt6/SessionManager>

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    // The last code the emulator "sent" to loginId.
    QString codeSentTo(const QString &loginId)
    {
        QUrl url(qEnvironmentVariable("DESCOPE_BASE_URL") + QStringLiteral("/emulator/outbox"));
        url.setQuery(QUrlQuery{{QStringLiteral("loginId"), loginId}});
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(5000))
            return {};
        const QJsonArray messages = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("messages")).toArray();
        return messages.isEmpty() ? QString() : messages.last().toObject().value(QStringLiteral("code")).toString();
    }

private Q_SLOTS:
    void notesAreShownOnlyOnceSignedIn()
    {
        Descope::ProjectOptions options;
        options.storage = Descope::SessionStorage::Memory; // nothing is left in a keychain
        Descope::Project project(options);
        QVERIFY2(project.isValid(), qPrintable(project.errorString()));
        NotesWindow window(&project);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy restored(project.session(), &Descope::SessionManager::restored);
        project.session()->restore();
        QVERIFY(restored.wait());
        QVERIFY(!window.showsNotes());

        // As a person would: the login id, Enter, then the code from the "email".
        const QString loginId = QStringLiteral("ada@example.com");
        QTRY_VERIFY(QApplication::focusWidget() != nullptr);
        QTest::keyClicks(QApplication::focusWidget(), loginId);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QString code;
        QTRY_VERIFY_WITH_TIMEOUT(!(code = codeSentTo(loginId)).isEmpty(), 10000);
        QTRY_VERIFY(QApplication::focusWidget() != nullptr);
        QTest::keyClicks(QApplication::focusWidget(), code);
        QTRY_VERIFY_WITH_TIMEOUT(window.showsNotes(), 10000);
        QCOMPARE(project.session()->state(), Descope::SessionManager::State::SignedIn);

        QSignalSpy signedOut(project.session(), &Descope::SessionManager::signedOut);
        project.session()->signOut();
        QTRY_COMPARE(signedOut.count(), 1); // at once: the session is forgotten before Descope answers
        QVERIFY(!window.showsNotes());
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
