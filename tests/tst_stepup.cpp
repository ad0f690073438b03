// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Step-up ("sudo mode", issue 13): when the person last proved themselves with a code
// (StoredSession::verifiedAt, SessionManager::lastVerifiedAt), whether a sensitive change
// needs a fresh code first (needsStepUp), and the step-up itself on the wire against the
// emulator (OtpFlow::Mode::StepUp: loginOptions.stepup with the refresh JWT, su in the new
// session token, the change then sent with the stepped-up session).
#include "claims.h"
#include "clock.h"
#include "emulatorfixture.h"
#include "keychaintokenstore.h"
#include "otpflow.h"
#include "project.h"
#include "sessionmanager.h"
#include "tokenstore.h"
#include "tokenverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Descope;
using namespace std::chrono_literals;

namespace {

const QString Ann = QStringLiteral("ann@example.com");

/// An emulator, a manual clock in step with it, a memory store, a verifier and a manager.
struct Fixture
{
    explicit Fixture(Emulator::Options options = {})
        : emulator(options)
        , clock(emulator.server->now() * 1000)
        , verifier(emulator.client.get())
    {
        verifier.setClock(&clock);
        manager = makeManager(&store);
    }

    std::unique_ptr<SessionManager> makeManager(TokenStore *on)
    {
        return std::make_unique<SessionManager>(emulator.client.get(), on, &verifier, &clock);
    }

    /// Signs loginId in by method and hands the session to the manager; true once saved.
    bool adopt(const QString &loginId = Ann, DeliveryMethod method = DeliveryMethod::Email)
    {
        QSignalSpy signedIn(manager.get(), &SessionManager::signedIn);
        if (manager->adopt(emulator.signIn(loginId, method), loginId))
            return false;
        return signedIn.count() || signedIn.wait(10000);
    }

    void advance(qint64 seconds)
    {
        emulator.server->advanceClock(seconds);
        clock.advanceSeconds(seconds);
    }

    /// The journal entries for path, oldest first.
    QList<QJsonObject> requestsTo(const QString &path) const
    {
        QList<QJsonObject> entries;
        for (const QJsonValue &entry : emulator.server->requestJournal()) {
            if (entry.toObject().value(QLatin1StringView("path")).toString() == path)
                entries << entry.toObject();
        }
        return entries;
    }

    EmulatorFixture emulator;
    ManualClock clock;
    TokenVerifier verifier;
    MemoryTokenStore store;
    std::unique_ptr<SessionManager> manager;
};

/// Runs flow's code step: the last code sent to loginId, verified.
bool verifyWithLastCode(Fixture &f, OtpFlow &flow, const QString &loginId)
{
    QSignalSpy verified(&flow, &OtpFlow::verified);
    flow.verify(f.emulator.lastCode(loginId));
    return verified.wait(10000);
}

/// Starts flow with request and waits for the code to be sent.
bool startAndWaitForCode(OtpFlow &flow, const OtpFlow::Request &request)
{
    QSignalSpy sent(&flow, &OtpFlow::codeSent);
    QSignalSpy failed(&flow, &OtpFlow::failed);
    flow.start(request);
    (void)QTest::qWaitFor([&] { return !sent.isEmpty() || !failed.isEmpty(); }, 10000);
    if (!failed.isEmpty())
        qWarning("the code was not sent: %s", qPrintable(failed.first().first().value<Error>().technicalDetails()));
    return !sent.isEmpty();
}

} // namespace

class TestStepUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- StoredSession::verifiedAt ----------------------------------------------------

    void verifiedAtIsStored()
    {
        StoredSession session;
        session.refreshJwt = "a.b.c";
        session.loginId = Ann;
        session.verifiedAt = 1'800'000'000;
        const QJsonObject json = QJsonDocument::fromJson(session.serialize()).object();
        QCOMPARE(json.value(QLatin1StringView("verifiedAt")).toInteger(), 1'800'000'000);
        const auto back = StoredSession::deserialize(session.serialize());
        QVERIFY(back);
        QCOMPARE(back->verifiedAt, 1'800'000'000);
        QCOMPARE(*back, session);

        StoredSession other = session;
        other.verifiedAt = 1'800'000'001;
        QVERIFY(other != session); // part of ==: a newer verification is a change to store
    }

    // The size trimming drops the user and the session JWT, never when the person was verified.
    void verifiedAtSurvivesTrimming()
    {
        StoredSession session;
        session.refreshJwt = "a.b.c";
        session.sessionJwt = QByteArray(StoredSession::MaxSerializedBytes, 'x');
        User user;
        user.userId = QStringLiteral("U1");
        user.name = QString(500, QLatin1Char('n'));
        session.user = user;
        session.verifiedAt = 1'800'000'000;
        const QByteArray data = session.serialize();
        QVERIFY(data.size() <= StoredSession::MaxSerializedBytes);
        const auto back = StoredSession::deserialize(data);
        QVERIFY(back);
        QVERIFY(back->sessionJwt.isEmpty());
        QCOMPARE(back->verifiedAt, 1'800'000'000);
    }

    // Entries written before verifiedAt was kept: unknown (0), which needs a step-up.
    void oldEntriesHaveNoVerification()
    {
        const auto old = StoredSession::deserialize(R"({"v":1,"refreshJwt":"a.b.c","loginId":"ann@example.com"})");
        QVERIFY(old);
        QCOMPARE(old->verifiedAt, 0);
        StoredSession unknown;
        unknown.refreshJwt = "a.b.c";
        QVERIFY(!QJsonDocument::fromJson(unknown.serialize()).object().contains(QLatin1StringView("verifiedAt")));
        const auto negative = StoredSession::deserialize(R"({"v":1,"refreshJwt":"a.b.c","verifiedAt":-5})");
        QVERIFY(negative);
        QCOMPARE(negative->verifiedAt, 0);
    }

    // --- SessionManager ---------------------------------------------------------------

    void adoptSetsLastVerifiedAt()
    {
        Fixture f;
        QCOMPARE(f.manager->lastVerifiedAt(), 0);
        QVERIFY(!f.manager->needsStepUp()); // signed out: nothing to step up
        f.advance(5);
        QVERIFY(f.adopt());
        QCOMPARE(f.manager->lastVerifiedAt(), f.clock.nowSeconds());
        QTRY_VERIFY(f.store.contents().has_value());
        QCOMPARE(f.store.contents()->verifiedAt, f.clock.nowSeconds());
    }

    void needsStepUpFollowsTheWindow()
    {
        Fixture f;
        QCOMPARE(f.manager->stepUpWindow(), SessionManager::DefaultStepUpWindow);
        QCOMPARE(SessionManager::DefaultStepUpWindow, std::chrono::seconds(600));
        QVERIFY(f.adopt());
        QVERIFY(!f.manager->needsStepUp()); // fresh
        f.advance(599);
        QVERIFY(!f.manager->needsStepUp());
        f.advance(1);
        QVERIFY(f.manager->needsStepUp()); // old: exactly the window ago
        f.manager->setStepUpWindow(3600s);
        QVERIFY(!f.manager->needsStepUp());
        f.manager->setStepUpWindow(0s);
        QVERIFY(f.manager->needsStepUp());
        f.manager->setStepUpWindow(-5s);
        QCOMPARE(f.manager->stepUpWindow(), 0s);
    }

    // Window 0: every sensitive change asks, even right after a sign-in.
    void windowZeroAlwaysAsks()
    {
        Fixture f;
        f.manager->setStepUpWindow(0s);
        QVERIFY(f.adopt());
        QVERIFY(f.manager->needsStepUp());
    }

    // A session stored without verifiedAt (an older version's) needs a step-up at once.
    void unknownVerificationNeedsStepUp()
    {
        Fixture f;
        QVERIFY(f.adopt());
        QTRY_VERIFY(f.store.contents().has_value());
        StoredSession old = *f.store.contents();
        old.verifiedAt = 0;
        MemoryTokenStore oldStore;
        StoreJob *save = oldStore.save(old);
        QSignalSpy saved(save, &StoreJob::finished);
        QVERIFY(saved.wait(5000));
        auto restored = f.makeManager(&oldStore);
        QSignalSpy done(restored.get(), &SessionManager::restored);
        restored->restore();
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(restored->lastVerifiedAt(), 0);
        QVERIFY(restored->needsStepUp());
    }

    // restore() reads when the person was verified, and a refresh keeps it.
    void restoreReadsItAndRefreshKeepsIt()
    {
        Fixture f;
        QVERIFY(f.adopt());
        const qint64 verifiedAt = f.manager->lastVerifiedAt();
        QTRY_VERIFY(f.store.contents().has_value());
        f.advance(120);
        auto restored = f.makeManager(&f.store);
        QSignalSpy done(restored.get(), &SessionManager::restored);
        restored->restore();
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(restored->lastVerifiedAt(), verifiedAt);

        QSignalSpy refreshed(restored.get(), &SessionManager::refreshed);
        restored->refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(restored->lastVerifiedAt(), verifiedAt);
        QTRY_COMPARE(f.store.contents()->verifiedAt, verifiedAt);
        QVERIFY(restored->sessionJwt() != f.manager->sessionJwt());
    }

    void signOutForgetsIt()
    {
        Fixture f;
        QVERIFY(f.adopt());
        f.manager->signOut();
        QCOMPARE(f.manager->lastVerifiedAt(), 0);
        QVERIFY(!f.manager->needsStepUp());
    }

    // --- Project ----------------------------------------------------------------------

    void projectSetsTheWindow()
    {
        ProjectOptions options;
        options.projectId = QStringLiteral("P2aBcDeFgHiJkLmNoPqRsTuVwXyZ");
        options.storage = SessionStorage::Memory;
        qunsetenv("DESCOPE_STEPUP_WINDOW");
        {
            Project project(options);
            QVERIFY2(project.isValid(), qPrintable(project.errorString()));
            QCOMPARE(project.session()->stepUpWindow(), SessionManager::DefaultStepUpWindow);
        }
        qputenv("DESCOPE_STEPUP_WINDOW", "0");
        {
            Project project(options);
            QVERIFY(project.isValid());
            QCOMPARE(project.session()->stepUpWindow(), 0s);
        }
        qputenv("DESCOPE_STEPUP_WINDOW", "90");
        options.stepUpWindow = 30s; // the options win over the environment
        {
            Project project(options);
            QCOMPARE(project.session()->stepUpWindow(), 30s);
        }
        options.stepUpWindow.reset();
        for (const char *bad : {"ten", "-1", "1.5", "+5"}) {
            qputenv("DESCOPE_STEPUP_WINDOW", bad);
            Project project(options);
            QVERIFY2(!project.isValid(), bad);
            QVERIFY(project.session() == nullptr);
            QVERIFY2(project.errorString().contains(QLatin1StringView("DESCOPE_STEPUP_WINDOW")), qPrintable(project.errorString()));
        }
        qunsetenv("DESCOPE_STEPUP_WINDOW");
    }

    // --- OtpFlow::Mode::StepUp on the wire ----------------------------------------------

    void stepUpRequestNamesTheSignedInPerson()
    {
        Fixture f;
        OtpFlow::Request request = OtpFlow::stepUpRequest(*f.manager);
        QCOMPARE(request.mode, OtpFlow::Mode::StepUp);
        QVERIFY(request.refreshJwt.isEmpty());
        QVERIFY(f.adopt());
        request = OtpFlow::stepUpRequest(*f.manager);
        QCOMPARE(request.loginId, Ann);
        QCOMPARE(request.refreshJwt, f.manager->refreshJwt());
        QCOMPARE(request.method, DeliveryMethod::Email);

        // A phone signed in by WhatsApp steps up by WhatsApp (its amr); no amr: SMS.
        Fixture phone;
        const QString number = QStringLiteral("+12015550123");
        QVERIFY(phone.adopt(number, DeliveryMethod::WhatsApp));
        QCOMPARE(phone.manager->sessionClaims().amr, QStringList{QStringLiteral("whatsapp")});
        QCOMPARE(OtpFlow::stepUpRequest(*phone.manager).method, DeliveryMethod::WhatsApp);
    }

    // A first-time user's find: after an email change that did not add the new address to
    // the login ids, Descope sends a sign-in (and so a step-up) code to the account's email,
    // not to the login id. The mask (a***@example.com) fits both, so it alone cannot tell:
    // the request names the account's address, and destination() says it.
    void stepUpNamesTheAccountsAddressAfterAnEmailChange()
    {
        Fixture f;
        QVERIFY(f.adopt());
        const QString newEmail = QStringLiteral("anna@example.com"); // a***@example.com too
        OtpFlow update(f.emulator.client.get(), &f.clock);
        OtpFlow::Request change;
        change.mode = OtpFlow::Mode::UpdateEmail;
        change.loginId = f.manager->loginId();
        change.newAddress = newEmail;
        change.refreshJwt = f.manager->refreshJwt();
        QVERIFY(startAndWaitForCode(update, change));
        QVERIFY(verifyWithLastCode(f, update, Ann));
        QSignalSpy refreshed(f.manager.get(), &SessionManager::refreshed);
        QVERIFY(!f.manager->adopt(update.result(), update.loginId()));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(f.manager->loginId(), Ann);
        QCOMPARE(f.manager->user().email, newEmail);
        f.advance(601);

        const OtpFlow::Request request = OtpFlow::stepUpRequest(*f.manager);
        QCOMPARE(request.loginId, Ann);
        QCOMPARE(request.expectedDestination, newEmail);
        OtpFlow flow(f.emulator.client.get(), &f.clock);
        QVERIFY(startAndWaitForCode(flow, request));
        QCOMPARE(f.emulator.server->outbox().constLast().to, newEmail); // where it really went
        QVERIFY(OtpFlow::maskFits(flow.maskedAddress().address, Ann));   // the mask fits both
        QCOMPARE(flow.destination(), newEmail);

        // A mask that does not fit the expected address still wins over it.
        OtpFlow::Request stale = request;
        stale.expectedDestination = QStringLiteral("zed@elsewhere.example");
        OtpFlow again(f.emulator.client.get(), &f.clock);
        QVERIFY(startAndWaitForCode(again, stale));
        QCOMPARE(again.destination(), again.maskedAddress().address);

    }

    void stepUpWithoutASessionIsRefusedLocally()
    {
        Fixture f;
        OtpFlow flow(f.emulator.client.get(), &f.clock);
        QSignalSpy rejected(&flow, &OtpFlow::inputRejected);
        OtpFlow::Request request;
        request.mode = OtpFlow::Mode::StepUp;
        request.loginId = Ann;
        flow.start(request);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().first().value<Error>().inputProblem(), Error::InputProblem::NotSignedIn);
        QCOMPARE(flow.state(), OtpFlow::State::Idle);
        QVERIFY(f.emulator.server->requestJournal().isEmpty());
    }

    // The whole sudo-mode sequence: an old sign-in, a step-up (sign-in with
    // loginOptions.stepup and Bearer P:<refresh>), a session token with su adopted as the
    // same person's, and the update then sent with that session.
    void stepUpThenChange()
    {
        Fixture f;
        QVERIFY(f.adopt());
        const QString userId = f.manager->user().userId;
        QVERIFY(!f.manager->sessionClaims().stepUp);
        f.advance(601);
        QVERIFY(f.manager->needsStepUp());

        OtpFlow flow(f.emulator.client.get(), &f.clock);
        const OtpFlow::Request request = OtpFlow::stepUpRequest(*f.manager);
        QVERIFY(startAndWaitForCode(flow, request));
        QCOMPARE(flow.destination(), Ann);
        const QList<QJsonObject> signIns = f.requestsTo(QStringLiteral("/v1/auth/otp/signin/email"));
        QCOMPARE(signIns.size(), 1);
        const QJsonObject body = signIns.first().value(QLatin1StringView("body")).toObject();
        QCOMPARE(body.value(QLatin1StringView("loginId")).toString(), Ann);
        QCOMPARE(body.value(QLatin1StringView("loginOptions")).toObject().value(QLatin1StringView("stepup")), QJsonValue(true));
        QCOMPARE(signIns.first().value(QLatin1StringView("authorization")).toString(), QStringLiteral("project:refresh"));
        QCOMPARE(signIns.first().value(QLatin1StringView("stepUp")), QJsonValue(false)); // the old session's token

        QVERIFY(verifyWithLastCode(f, flow, Ann));
        const auto claims = Claims::readUnverified(flow.result().sessionJwt);
        QVERIFY(claims);
        QVERIFY(claims->stepUp);
        QCOMPARE(claims->all.value(QLatin1StringView("su")), QJsonValue(true));

        QSignalSpy refreshed(f.manager.get(), &SessionManager::refreshed);
        QSignalSpy signedIn(f.manager.get(), &SessionManager::signedIn);
        QVERIFY(!f.manager->adopt(flow.result(), flow.loginId()));
        QVERIFY(refreshed.wait(10000)); // the same person: a renewal, not a new sign-in
        QCOMPARE(signedIn.count(), 0);
        QCOMPARE(f.manager->user().userId, userId);
        QVERIFY(f.manager->sessionClaims().stepUp);
        QCOMPARE(f.manager->lastVerifiedAt(), f.clock.nowSeconds());
        QVERIFY(!f.manager->needsStepUp());

        // The change, with the stepped-up session's refresh token.
        OtpFlow update(f.emulator.client.get(), &f.clock);
        OtpFlow::Request change;
        change.mode = OtpFlow::Mode::UpdateEmail;
        change.loginId = f.manager->loginId();
        change.newAddress = QStringLiteral("ann.new@example.com");
        change.refreshJwt = f.manager->refreshJwt();
        QVERIFY(startAndWaitForCode(update, change));
        const QList<QJsonObject> updates = f.requestsTo(QStringLiteral("/v1/auth/otp/update/email"));
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().value(QLatin1StringView("stepUp")), QJsonValue(true));
        // No token in the journal, only what it was.
        QVERIFY(!QJsonDocument(updates.first()).toJson().contains(f.manager->refreshJwt()));
    }

    // Without a step-up, the journal says the update went with an ordinary session
    // (Descope itself does not refuse it: the check is the app's).
    void theJournalTellsAnOrdinaryUpdate()
    {
        Fixture f;
        QVERIFY(f.adopt());
        OtpFlow update(f.emulator.client.get(), &f.clock);
        OtpFlow::Request change;
        change.mode = OtpFlow::Mode::UpdateEmail;
        change.loginId = Ann;
        change.newAddress = QStringLiteral("ann.new@example.com");
        change.refreshJwt = f.manager->refreshJwt();
        QVERIFY(startAndWaitForCode(update, change));
        const QList<QJsonObject> updates = f.requestsTo(QStringLiteral("/v1/auth/otp/update/email"));
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().value(QLatin1StringView("stepUp")), QJsonValue(false));
        // Requests without a refresh token of ours say nothing about it.
        const QList<QJsonObject> starts = f.requestsTo(QStringLiteral("/v1/auth/otp/signup-in/email"));
        QVERIFY(!starts.isEmpty());
        QVERIFY(!starts.first().contains(QLatin1StringView("stepUp")));
    }

    // The emulator's data file keeps which refresh tokens came from a step-up: a restarted
    // emulator still journals the stepped-up session as one.
    void theEmulatorKeepsStepUpAcrossRestarts()
    {
        QTemporaryDir dir;
        Emulator::Options options;
        options.dataFile = dir.filePath(QStringLiteral("emulator.json"));
        QByteArray steppedUp;
        {
            Fixture f(options);
            QVERIFY(f.adopt());
            OtpFlow flow(f.emulator.client.get(), &f.clock);
            QVERIFY(startAndWaitForCode(flow, OtpFlow::stepUpRequest(*f.manager)));
            QVERIFY(verifyWithLastCode(f, flow, Ann));
            steppedUp = flow.result().refreshJwt;
        }
        QFile file(options.dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject tokens = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("refreshTokens")).toObject();
        int stepUps = 0;
        for (const QJsonValue &token : tokens)
            stepUps += token.toObject().value(QLatin1StringView("stepup")).toBool();
        QCOMPARE(stepUps, 1);
        file.close();

        EmulatorFixture restarted(options);
        auto *me = restarted.client->me(steppedUp);
        QVERIFY(waitFor(me));
        QVERIFY(me->isSuccess());
        const QJsonArray journal = restarted.server->requestJournal();
        QCOMPARE(journal.last().toObject().value(QLatin1StringView("stepUp")), QJsonValue(true));
    }

    // A data file whose stepup is not true or false is one save() could not have written:
    // the emulator does not start on it (the emulator's choice, as all of the data file).
    void theEmulatorRefusesADamagedStepUp()
    {
        QTemporaryDir dir;
        Emulator::Options options;
        options.dataFile = dir.filePath(QStringLiteral("emulator.json"));
        {
            Fixture f(options);
            QVERIFY(f.adopt());
        }
        QFile file(options.dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject tokens = state.value(QLatin1StringView("refreshTokens")).toObject();
        QCOMPARE(tokens.size(), 1);
        QJsonObject token = tokens.begin()->toObject();
        token.insert(QLatin1StringView("stepup"), QStringLiteral("yes"));
        tokens.insert(tokens.begin().key(), token);
        state.insert(QLatin1StringView("refreshTokens"), tokens);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(state).toJson());
        file.close();

        Emulator::Server server(options);
        QString error;
        QVERIFY(!server.loadState(&error));
        QVERIFY2(error.contains(QLatin1StringView("stepup")), qPrintable(error));
    }

    // --- Across processes -------------------------------------------------------------

    // A sign-in in one program counts in every other sharing the stored session: the
    // keychain entry carries verifiedAt, and a change announced through SessionSync brings it.
    void verificationTravelsWithTheSharedSession()
    {
        if (qEnvironmentVariableIsEmpty("DESCOPE_KEYRING_SESSION"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh (the full test run does)");
        const QString keyNamespace = QStringLiteral("test.descope.stepup.%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        Fixture f;
        const QString projectId = f.emulator.server->options().projectId;
        const QString service(KeychainTokenStore::DesktopServiceName);
        KeychainTokenStore appStore(projectId, service, keyNamespace);
        KeychainTokenStore cliStore(projectId, service, keyNamespace);
        auto app = f.makeManager(&appStore);
        auto cli = f.makeManager(&cliStore);
        app->setStepUpWindow(600s);
        cli->setStepUpWindow(600s);

        // The app signs in; the other program restores and sees a fresh sign-in.
        QSignalSpy appIn(app.get(), &SessionManager::signedIn);
        QVERIFY(!app->adopt(f.emulator.signIn(Ann), Ann));
        QVERIFY(appIn.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!app->hasPendingStoreWork(), 10000);
        const qint64 first = app->lastVerifiedAt();
        QSignalSpy cliRestored(cli.get(), &SessionManager::restored);
        cli->restore();
        QVERIFY(cliRestored.wait(15000));
        QVERIFY(cliRestored.first().first().toBool());
        QCOMPARE(cli->lastVerifiedAt(), first);
        QVERIFY(!cli->needsStepUp());

        // Later the other program steps up; the app takes that session, and its time.
        f.advance(700);
        QVERIFY(app->needsStepUp());
        QVERIFY(cli->needsStepUp());
        OtpFlow flow(f.emulator.client.get(), &f.clock);
        QVERIFY(startAndWaitForCode(flow, OtpFlow::stepUpRequest(*cli)));
        QVERIFY(verifyWithLastCode(f, flow, Ann));
        QVERIFY(!cli->adopt(flow.result(), flow.loginId()));
        QTRY_VERIFY_WITH_TIMEOUT(cli->lastVerifiedAt() == f.clock.nowSeconds() && !cli->hasPendingStoreWork(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app->lastVerifiedAt(), f.clock.nowSeconds(), 15000);
        QVERIFY(!app->needsStepUp());
        QCOMPARE(app->refreshJwt(), cli->refreshJwt());

        QSignalSpy out(app.get(), &SessionManager::signOutCompleted);
        app->signOut();
        QVERIFY(out.wait(15000));
    }
};

QTEST_GUILESS_MAIN(TestStepUp)
#include "tst_stepup.moc"
