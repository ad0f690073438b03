// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "clock.h"
#include "emulatorfixture.h"
#include "loginid.h"
#include "otpflow.h"

#include <QTest>

using namespace Descope;

namespace {

/// A flow on a manual clock that starts where the emulator's wall clock is.
struct FlowFixture
{
    explicit FlowFixture(Emulator::Options options = {})
        : emulator(options)
        , clock(emulator.server->now() * 1000)
        , flow(emulator.client.get(), &clock)
    {
    }
    void advance(qint64 seconds)
    {
        emulator.server->advanceClock(seconds);
        clock.advanceSeconds(seconds);
    }
    qsizetype requests() const { return emulator.server->requestJournal().size(); }

    EmulatorFixture emulator;
    ManualClock clock;
    OtpFlow flow;
};

OtpFlow::Request request(OtpFlow::Mode mode, DeliveryMethod method, const QString &loginId)
{
    OtpFlow::Request r;
    r.mode = mode;
    r.method = method;
    r.loginId = loginId;
    r.defaultRegion = QStringLiteral("US");
    return r;
}

bool waitForState(OtpFlow &flow, OtpFlow::State state)
{
    QSignalSpy spy(&flow, &OtpFlow::stateChanged);
    for (int i = 0; i < 40 && flow.state() != state; ++i)
        spy.wait(500);
    return flow.state() == state;
}

QString wrongCodeFor(const QString &code)
{
    return code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

} // namespace

class TestOtpFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codeHelpers_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("123456") << QStringLiteral("123456") << true;
        QTest::newRow("spaced") << QStringLiteral(" 123 456\t") << QStringLiteral("123456") << true;
        QTest::newRow("dashed") << QStringLiteral("123-456") << QStringLiteral("123456") << true;
        QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("12345") << false;
        QTest::newRow("long") << QStringLiteral("1234567") << QStringLiteral("1234567") << false;
        QTest::newRow("letters") << QStringLiteral("12a456") << QStringLiteral("12a456") << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666")
                                             << QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666") << false;
    }

    void codeHelpers()
    {
        // The public code helpers that the CLI and the widgets use.
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        QFETCH(bool, valid);
        QCOMPARE(OtpFlow::normalizedCode(typed), normalized);
        QCOMPARE(OtpFlow::isValidCode(OtpFlow::normalizedCode(typed)), valid);
        QCOMPARE(OtpFlow::CodeLength, 6);
    }

    void loginIdNormalisation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("email") << QStringLiteral("  ann@example.com ") << QString() << QStringLiteral("ann@example.com");
        QTest::newRow("US national") << QStringLiteral("(201) 555-0123") << QStringLiteral("US") << QStringLiteral("+12015550123");
        // libphonenumber's own example number: valid in every metadata version (050-123… is not from 8.13 on).
        QTest::newRow("IL national") << QStringLiteral("050-234 5678") << QStringLiteral("IL") << QStringLiteral("+972502345678");
        QTest::newRow("international wins over region") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("US")
                                                        << QStringLiteral("+442079460958");
        QTest::newRow("dots") << QStringLiteral("+1.201.555.0123") << QString() << QStringLiteral("+12015550123");
    }
    void loginIdNormalisation()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, normalised);
        const auto id = LoginId::parse(typed, region);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail()));
        QCOMPARE(id->value(), normalised);
        QCOMPARE(LoginId::parse(id->value(), region)->value(), normalised); // typing it back gives the same
    }

    /// Whatever libphonenumber's metadata says of a number (it changes between versions), a
    /// login id we accept parses back to itself: the one we send is the one typed back later.
    void normalisationIsAFixedPoint_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        // Found by fuzz_loginid: with libphonenumber 8.12, formatting once gave +5214590123435,
        // which parses to +524590123435 (Mexico's old mobile "1"); 8.13 refuses the number.
        QTest::newRow("old Mexican mobile prefix") << QStringLiteral("+0052114590-123435") << QStringLiteral("DE");
        QTest::newRow("old Mexican mobile prefix, Mexico City") << QStringLiteral("+52 1 55 1234 5678") << QStringLiteral("MX");
        QTest::newRow("+00 as an international prefix") << QStringLiteral("+0044 20 7946 0958") << QStringLiteral("DE");
        QTest::newRow("national with trunk prefix") << QStringLiteral("030 901820") << QStringLiteral("DE");
    }
    void normalisationIsAFixedPoint()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        const auto id = LoginId::parse(typed, region);
        if (!id.ok()) {
            QCOMPARE(id.error().inputProblem(), Error::InputProblem::Phone);
            return;
        }
        const auto again = LoginId::parse(id->value(), region);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().detail()));
        QCOMPARE(again->value(), id->value());
    }

    void badInputNeverReachesTheNetwork_data()
    {
        QTest::addColumn<QString>("loginId");
        QTest::addColumn<DeliveryMethod>("method");
        QTest::addColumn<QString>("region");
        QTest::addColumn<Error::InputProblem>("problem");
        const auto email = DeliveryMethod::Email;
        const auto sms = DeliveryMethod::Sms;
        QTest::newRow("empty") << QString() << email << QString() << Error::InputProblem::LoginId;
        QTest::newRow("whitespace") << QStringLiteral("   ") << email << QString() << Error::InputProblem::LoginId;
        QTest::newRow("overlong") << (QString(300, QLatin1Char('a')) + QStringLiteral("@example.com")) << email << QString()
                                  << Error::InputProblem::EmailTooLong;
        QTest::newRow("control character") << QStringLiteral("ann\u0000@example.com") << email << QString()
                                           << Error::InputProblem::LoginId;
        QTest::newRow("bidi override") << QStringLiteral("ann\u202E@example.com") << email << QString()
                                       << Error::InputProblem::LoginId;
        QTest::newRow("no domain") << QStringLiteral("ann@") << email << QString() << Error::InputProblem::Email;
        QTest::newRow("two @") << QStringLiteral("ann@@example.com") << email << QString() << Error::InputProblem::Email;
        QTest::newRow("Cyrillic look-alike") << QStringLiteral("ann@ex\u0430mple.com") << email << QString()
                                             << Error::InputProblem::Email;
        QTest::newRow("words") << QStringLiteral("ann smith") << email << QString() << Error::InputProblem::LoginId;
        QTest::newRow("phone without country") << QStringLiteral("201 555 0123") << sms << QString()
                                               << Error::InputProblem::PhoneCountry;
        QTest::newRow("impossible phone") << QStringLiteral("+1 555") << sms << QString() << Error::InputProblem::Phone;
        QTest::newRow("letters in phone") << QStringLiteral("+1 201 555 01AB") << sms << QString() << Error::InputProblem::LoginId;
        QTest::newRow("SMS to an email") << QStringLiteral("ann@example.com") << sms << QString()
                                         << Error::InputProblem::MethodMismatch;
        QTest::newRow("email to a phone") << QStringLiteral("+12015550123") << email << QString()
                                          << Error::InputProblem::MethodMismatch;
    }
    void badInputNeverReachesTheNetwork()
    {
        QFETCH(QString, loginId);
        QFETCH(DeliveryMethod, method);
        QFETCH(QString, region);
        QFETCH(Error::InputProblem, problem);
        FlowFixture f;
        QSignalSpy rejected(&f.flow, &OtpFlow::inputRejected);
        auto r = request(OtpFlow::Mode::SignUpOrIn, method, loginId);
        r.defaultRegion = region;
        f.flow.start(r);
        QCOMPARE(rejected.count(), 1);
        const auto error = rejected.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::InvalidInput);
        QCOMPARE(error.inputProblem(), problem);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(f.flow.state(), OtpFlow::State::Idle);
        QTest::qWait(50);
        QCOMPARE(f.requests(), 0);
    }

    void everyModeAndMethod_data()
    {
        QTest::addColumn<OtpFlow::Mode>("mode");
        QTest::addColumn<DeliveryMethod>("method");
        for (auto mode : {OtpFlow::Mode::SignUp, OtpFlow::Mode::SignUpOrIn}) {
            for (auto method : {DeliveryMethod::Email, DeliveryMethod::Sms, DeliveryMethod::Voice, DeliveryMethod::WhatsApp}) {
                QTest::addRow("%s/%s", mode == OtpFlow::Mode::SignUp ? "sign-up" : "sign-up-or-in",
                              qPrintable(pathSegment(method)))
                    << mode << method;
            }
        }
    }
    void everyModeAndMethod()
    {
        QFETCH(OtpFlow::Mode, mode);
        QFETCH(DeliveryMethod, method);
        FlowFixture f;
        const QString loginId = method == DeliveryMethod::Email ? QStringLiteral("ann@example.com") : QStringLiteral("(201) 555-0123");
        QSignalSpy sent(&f.flow, &OtpFlow::codeSent);
        QSignalSpy attemptFailed(&f.flow, &OtpFlow::attemptFailed);
        QSignalSpy verified(&f.flow, &OtpFlow::verified);
        f.flow.start(request(mode, method, loginId));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(sent.count(), 1);
        QCOMPARE(f.flow.maskedAddress().isEmail, method == DeliveryMethod::Email);
        const QString code = f.emulator.lastCode(f.flow.loginId());

        f.flow.verify(wrongCodeFor(code));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QTRY_COMPARE(attemptFailed.count(), 1);
        QVERIFY(attemptFailed.first().first().value<Error>().isWrongCode());

        f.flow.verify(code);
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
        QCOMPARE(verified.count(), 1);
        QVERIFY(f.flow.result().user.loginIds.contains(f.flow.loginId()));

        // Signing in afterwards, as an existing user.
        OtpFlow again(f.emulator.client.get(), &f.clock);
        again.start(request(OtpFlow::Mode::SignIn, method, loginId));
        QVERIFY(waitForState(again, OtpFlow::State::AwaitingCode));
        again.verify(f.emulator.lastCode(again.loginId()));
        QVERIFY(waitForState(again, OtpFlow::State::Done));
        QVERIFY(!again.result().firstSeen);
    }

    void codeMustBeDigits()
    {
        FlowFixture f;
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        const qsizetype before = f.requests();
        QSignalSpy rejected(&f.flow, &OtpFlow::inputRejected);
        for (const QString &code : {QStringLiteral("12a456"), QStringLiteral(""), QStringLiteral("123 456"),
                                    QStringLiteral("１２３４５６"), QStringLiteral("1234567"), QStringLiteral("12345")}) {
            f.flow.verify(code);
        }
        QCOMPARE(rejected.count(), 6);
        QCOMPARE(rejected.first().first().value<Error>().inputProblem(), Error::InputProblem::Code);
        QCOMPARE(f.flow.state(), OtpFlow::State::AwaitingCode);
        QCOMPARE(f.requests(), before);
    }

    void resendCooldownGrows()
    {
        FlowFixture f;
        QSignalSpy countdown(&f.flow, &OtpFlow::resendCountdownChanged);
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.flow.resendRemainingSeconds(), 30);
        QVERIFY(!f.flow.canResend());
        QVERIFY(countdown.count() > 0);
        QCOMPARE(countdown.last().first().toInt(), 30);

        QSignalSpy rejected(&f.flow, &OtpFlow::inputRejected);
        f.flow.resend();
        QCOMPARE(rejected.count(), 1);

        f.advance(10);
        QCOMPARE(f.flow.resendRemainingSeconds(), 20);
        QCOMPARE(countdown.last().first().toInt(), 20);
        f.advance(20);
        QVERIFY(f.flow.canResend());
        QCOMPARE(countdown.last().first().toInt(), 0);
        const QString firstCode = f.emulator.lastCode(QStringLiteral("ann@example.com"));
        f.flow.resend();
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QTRY_COMPARE(f.emulator.server->outbox().size(), 2);
        QCOMPARE(f.flow.resendRemainingSeconds(), 60); // doubled
        Q_UNUSED(firstCode)

        f.flow.verify(f.emulator.lastCode(QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
    }

    void retryAfterExtendsTheCooldown()
    {
        Emulator::Options options;
        options.sendLimit = 1; // --send-limit: the emulator's choice, not a Descope limit (docs/emulator-fidelity.md)
        FlowFixture f(options);
        QSignalSpy attemptFailed(&f.flow, &OtpFlow::attemptFailed);
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.advance(30);
        f.flow.resend();
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QTRY_COMPARE(attemptFailed.count(), 1);
        const Error error = attemptFailed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds(), 30); // 60 s window, 30 s gone
        QCOMPARE(f.flow.resendRemainingSeconds(), 30);
        // The first code still works.
        f.flow.verify(f.emulator.lastCode(QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
    }

    /// Three wrong codes void the code (three: the emulator's choice, --max-attempts): the
    /// flow fails, but a new code can be asked for at once (the countdown drops to 0), a code
    /// typed meanwhile is refused with that reason (not "busy"), and the new code signs in.
    void tooManyAttemptsThenANewCode()
    {
        FlowFixture f;
        QSignalSpy failed(&f.flow, &OtpFlow::failed);
        QSignalSpy countdown(&f.flow, &OtpFlow::resendCountdownChanged);
        const QString phone = QStringLiteral("+12015550123");
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Sms, phone));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.flow.resendRemainingSeconds(), 30);
        const QString wrong = wrongCodeFor(f.emulator.lastCode(phone));
        for (int i = 0; i < 3; ++i) {
            f.flow.verify(wrong);
            QVERIFY(waitForState(f.flow, i < 2 ? OtpFlow::State::AwaitingCode : OtpFlow::State::Failed));
        }
        QCOMPARE(failed.count(), 1);
        QVERIFY(f.flow.error().isTooManyAttempts());
        QVERIFY(!f.flow.error().message().isEmpty());
        QVERIFY(f.flow.codeVoid());
        QCOMPARE(f.flow.resendRemainingSeconds(), 0);
        QCOMPARE(countdown.last().first().toInt(), 0);
        QVERIFY(f.flow.canResend());

        QSignalSpy rejected(&f.flow, &OtpFlow::inputRejected);
        const qsizetype before = f.requests();
        f.flow.verify(wrong);
        QCOMPARE(rejected.count(), 1);
        const Error why = rejected.first().first().value<Error>();
        QVERIFY(why.isTooManyAttempts());
        QVERIFY(why.inputProblem() != Error::InputProblem::Busy);
        QCOMPARE(f.requests(), before);

        f.flow.resend();
        QCOMPARE(f.flow.state(), OtpFlow::State::Sending);
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 2);
        QVERIFY(!f.flow.codeVoid());
        QVERIFY(f.flow.resendRemainingSeconds() > 0); // the next new code waits again
        f.flow.verify(f.emulator.lastCode(phone));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
        QCOMPARE(countdown.last().first().toInt(), 0); // the countdown ends with success too
    }

    /// An expired code, as the emulator answers it (400 E061104: the emulator's choice, no
    /// Descope source names a code for it; the flow does not depend on it).
    void expiredCodeThenANewCode()
    {
        FlowFixture f;
        QSignalSpy countdown(&f.flow, &OtpFlow::resendCountdownChanged);
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.advance(f.emulator.server->options().codeTtl + 1);
        f.flow.verify(f.emulator.lastCode(QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Failed));
        QVERIFY(f.flow.error().voidsCode());
        QVERIFY(!f.flow.error().endsSession());
        QVERIFY(f.flow.codeVoid());
        QVERIFY(f.flow.canResend());
        QCOMPARE(countdown.last().first().toInt(), 0);
        f.flow.resend();
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.flow.verify(f.emulator.lastCode(QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
    }

    /// Any E0611xx other than a wrong code counts as a void code, not only the emulator's.
    void anyVoidCodeErrorIsRecoverable()
    {
        const Error other = Error::fromServer(400, QStringLiteral("E061199"), {}, {}, -1, {});
        QVERIFY(other.isCodeExpired());
    }

    /// Whatever code Descope answers an expired code with, one we have never heard of
    /// included (E000503 here, through the emulator's faults), the code is void: a true
    /// message, a new code at once, nothing else lost, and never the session's end
    /// (docs/wire-protocol.md §5.3).
    void expiredCodeAnsweredWithAnUnknownCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
    }
    void expiredCodeAnsweredWithAnUnknownCode()
    {
        QFETCH(int, status);
        FlowFixture f;
        const QString ann = QStringLiteral("ann@example.com");
        QSignalSpy countdown(&f.flow, &OtpFlow::resendCountdownChanged);
        QSignalSpy attemptFailed(&f.flow, &OtpFlow::attemptFailed);
        QSignalSpy failed(&f.flow, &OtpFlow::failed);
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.advance(f.emulator.server->options().codeTtl + 1);
        Emulator::Server::Fault unknown;
        unknown.kind = QStringLiteral("status");
        unknown.status = status; // a Descope-shaped body with the emulator's E000503
        QVERIFY(f.emulator.server->setFault(QStringLiteral("/v1/auth/otp/verify/email"), unknown));
        const QString expired = f.emulator.lastCode(ann);
        f.flow.verify(expired);
        QVERIFY(waitForState(f.flow, OtpFlow::State::Failed));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(attemptFailed.count(), 0);
        const Error error = f.flow.error();
        QCOMPARE(error.code(), QStringLiteral("E000503"));
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(error.voidsCode());
        QVERIFY(!error.endsSession()); // about the code, never the session's token
        QVERIFY(!error.isWrongCode());
        QCOMPARE(error.message(), QStringLiteral("This code can no longer be used. Ask for a new code."));
        QVERIFY(f.flow.codeVoid());
        QVERIFY(f.flow.canResend());
        QCOMPARE(f.flow.resendRemainingSeconds(), 0);
        QCOMPARE(countdown.last().first().toInt(), 0);

        // Typed again: told why, with no request; then a new code at once, and it signs in.
        QSignalSpy rejected(&f.flow, &OtpFlow::inputRejected);
        const qsizetype before = f.requests();
        f.flow.verify(expired);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().first().value<Error>().voidsCode());
        QCOMPARE(f.requests(), before);
        f.flow.resend();
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 2);
        QCOMPARE(f.flow.destination(), ann);
        f.flow.verify(f.emulator.lastCode(ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
    }

    /// A verify that fails for a reason other than Descope refusing the code (a proxy's
    /// page, a 5xx, a rate limit) keeps the code: it may still work.
    void verifyTroubleKeepsTheCode_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("html");
        QTest::newRow("proxy page 400") << QStringLiteral("status") << 400 << true;
        QTest::newRow("proxy page 403") << QStringLiteral("status") << 403 << true;
        QTest::newRow("503 with a code") << QStringLiteral("status") << 503 << false;
        QTest::newRow("429") << QStringLiteral("rate-limit") << 429 << false;
    }
    void verifyTroubleKeepsTheCode()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(bool, html);
        FlowFixture f;
        const QString ann = QStringLiteral("ann@example.com");
        QSignalSpy attemptFailed(&f.flow, &OtpFlow::attemptFailed);
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        Emulator::Server::Fault fault;
        fault.kind = kind;
        fault.status = status;
        fault.html = html;
        QVERIFY(f.emulator.server->setFault(QStringLiteral("/v1/auth/otp/verify/email"), fault));
        f.flow.verify(f.emulator.lastCode(ann));
        QTRY_COMPARE(attemptFailed.count(), 1);
        QCOMPARE(f.flow.state(), OtpFlow::State::AwaitingCode);
        QVERIFY(!f.flow.codeVoid());
        QVERIFY(!attemptFailed.first().first().value<Error>().voidsCode());
        f.flow.verify(f.emulator.lastCode(ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
    }

    /// An OTP start answered 200 {} (Descope's docs describe an empty response object) or
    /// without a mask: the code went out, so the flow awaits it, names the address the
    /// person typed and verifies it (docs/wire-protocol.md §3.2).
    void startAnsweredWithAnEmptyObject_data()
    {
        QTest::addColumn<OtpFlow::Mode>("mode");
        QTest::addColumn<DeliveryMethod>("method");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("newAddress");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("destination");
        const QString ann = QStringLiteral("ann@example.com");
        QTest::newRow("sign-up-or-in, email") << OtpFlow::Mode::SignUpOrIn << DeliveryMethod::Email << ann << QString()
                                              << QStringLiteral("/v1/auth/otp/signup-in/email") << ann;
        QTest::newRow("sign-up, sms") << OtpFlow::Mode::SignUp << DeliveryMethod::Sms << QStringLiteral("(201) 555-0123")
                                      << QString() << QStringLiteral("/v1/auth/otp/signup/sms") << QStringLiteral("+12015550123");
        QTest::newRow("sign-in, whatsapp") << OtpFlow::Mode::SignIn << DeliveryMethod::WhatsApp << QStringLiteral("+12015550123")
                                           << QString() << QStringLiteral("/v1/auth/otp/signin/whatsapp")
                                           << QStringLiteral("+12015550123");
        QTest::newRow("update email") << OtpFlow::Mode::UpdateEmail << DeliveryMethod::Email << ann
                                      << QStringLiteral("ann.new@example.com") << QStringLiteral("/v1/auth/otp/update/email")
                                      << QStringLiteral("ann.new@example.com");
        QTest::newRow("update phone, voice") << OtpFlow::Mode::UpdatePhone << DeliveryMethod::Voice << ann
                                             << QStringLiteral("+1 201 555 0199") << QStringLiteral("/v1/auth/otp/update/phone/voice")
                                             << QStringLiteral("+12015550199");
    }
    void startAnsweredWithAnEmptyObject()
    {
        QFETCH(OtpFlow::Mode, mode);
        QFETCH(DeliveryMethod, method);
        QFETCH(QString, typed);
        QFETCH(QString, newAddress);
        QFETCH(QString, path);
        QFETCH(QString, destination);
        FlowFixture f;
        OtpFlow::Request r = request(mode, method, typed);
        const QString loginId = LoginId::parse(typed, QStringLiteral("US"))->value();
        if (mode != OtpFlow::Mode::SignUpOrIn && mode != OtpFlow::Mode::SignUp) {
            // An account first (sign-in), and a session (updates).
            const auto session = f.emulator.signIn(loginId, loginId.contains(QLatin1Char('@')) ? DeliveryMethod::Email
                                                                                             : DeliveryMethod::Sms);
            QVERIFY(!session.refreshJwt.isEmpty());
            r.refreshJwt = session.refreshJwt;
            r.newAddress = newAddress;
        }
        Emulator::Server::Fault empty;
        empty.kind = QStringLiteral("empty-object");
        QVERIFY(f.emulator.server->setFault(path, empty));
        const qsizetype sentBefore = f.emulator.server->outbox().size();
        QSignalSpy sent(&f.flow, &OtpFlow::codeSent);
        QSignalSpy failed(&f.flow, &OtpFlow::failed);
        f.flow.start(r);
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(f.emulator.server->outbox().size(), sentBefore + 1); // the code did go out
        QVERIFY(f.flow.maskedAddress().address.isEmpty());
        QCOMPARE(f.flow.maskedAddress().isEmail, method == DeliveryMethod::Email);
        QCOMPARE(f.flow.destination(), destination);
        QVERIFY(f.flow.resendRemainingSeconds() > 0); // as after any code sent
        f.flow.verify(f.emulator.lastCode(loginId));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
        QVERIFY(!f.flow.result().sessionJwt.isEmpty());
    }

    /// A new code refused with 429 + Retry-After after a void code: the countdown runs for
    /// Retry-After and reaches 0, then the new code is sent.
    void rateLimitedNewCodeCountsDownToZero()
    {
        Emulator::Options options;
        options.sendLimit = 1; // --send-limit: the emulator's choice, not a Descope limit (docs/emulator-fidelity.md)
        FlowFixture f(options);
        QSignalSpy countdown(&f.flow, &OtpFlow::resendCountdownChanged);
        const QString ann = QStringLiteral("ann@example.com");
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        const QString wrong = wrongCodeFor(f.emulator.lastCode(ann));
        for (int i = 0; i < 3; ++i) {
            f.flow.verify(wrong);
            QVERIFY(waitForState(f.flow, i < 2 ? OtpFlow::State::AwaitingCode : OtpFlow::State::Failed));
        }
        f.advance(20);
        QSignalSpy failed(&f.flow, &OtpFlow::failed);
        f.flow.resend();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(f.flow.state(), OtpFlow::State::Failed);
        QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::RateLimited);
        QCOMPARE(f.flow.resendRemainingSeconds(), 40);
        QCOMPARE(countdown.last().first().toInt(), 40);
        QVERIFY(!f.flow.canResend());
        QVERIFY(f.flow.codeVoid()); // still: a typed code is told to ask for a new one
        f.advance(40);
        QCOMPARE(countdown.last().first().toInt(), 0);
        QVERIFY(f.flow.canResend());
        f.flow.resend();
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.flow.verify(f.emulator.lastCode(ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
    }

    /// Cancelling the request for a new code leaves the way to one open.
    void cancelledNewCodeCanBeAskedAgain()
    {
        Emulator::Options options;
        options.latencyMs = 1500;
        FlowFixture f(options);
        const QString ann = QStringLiteral("ann@example.com");
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.advance(f.emulator.server->options().codeTtl + 1);
        f.flow.verify(f.emulator.lastCode(ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Failed));
        f.flow.resend();
        QCOMPARE(f.flow.state(), OtpFlow::State::Sending);
        f.flow.cancel();
        QVERIFY(waitForState(f.flow, OtpFlow::State::Failed));
        QVERIFY(f.flow.canResend());
        f.flow.resend();
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
    }

    /// However the conversation ends, the countdown ends at 0.
    void cancelEndsTheCountdown()
    {
        FlowFixture f;
        QSignalSpy countdown(&f.flow, &OtpFlow::resendCountdownChanged);
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(countdown.last().first().toInt(), 30);
        f.flow.cancel();
        QCOMPARE(f.flow.state(), OtpFlow::State::Idle);
        QCOMPARE(countdown.last().first().toInt(), 0);
    }

    void failedStartEndsTheFlow()
    {
        FlowFixture f;
        QSignalSpy failed(&f.flow, &OtpFlow::failed);
        f.flow.start(request(OtpFlow::Mode::SignIn, DeliveryMethod::Email, QStringLiteral("nobody@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Failed));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(f.flow.error().code(), QStringLiteral("E062108"));
    }

    void cancelReturnsToIdle()
    {
        Emulator::Options options;
        options.latencyMs = 2000;
        FlowFixture f(options);
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, QStringLiteral("ann@example.com")));
        QCOMPARE(f.flow.state(), OtpFlow::State::Sending);
        f.flow.cancel();
        QVERIFY(waitForState(f.flow, OtpFlow::State::Idle));
    }

    void updateEmailAndPhone()
    {
        FlowFixture f;
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.flow.verify(f.emulator.lastCode(QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
        QByteArray refresh = f.flow.result().refreshJwt;

        OtpFlow::Request phone = request(OtpFlow::Mode::UpdatePhone, DeliveryMethod::WhatsApp, QStringLiteral("ann@example.com"));
        phone.newAddress = QStringLiteral("(201) 555-0199");
        phone.refreshJwt = refresh;
        phone.updateOptions.addToLoginIDs = true;
        OtpFlow update(f.emulator.client.get(), &f.clock);
        update.start(phone);
        QVERIFY(waitForState(update, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().last().to, QStringLiteral("+12015550199"));
        update.verify(f.emulator.lastCode(QStringLiteral("ann@example.com")));
        QVERIFY(waitForState(update, OtpFlow::State::Done));
        QCOMPARE(update.result().user.phone, QStringLiteral("+12015550199"));
        QVERIFY(update.result().user.loginIds.contains(QStringLiteral("+12015550199")));

        // An update refuses what does not fit before sending anything.
        OtpFlow::Request bad = request(OtpFlow::Mode::UpdateEmail, DeliveryMethod::Email, QStringLiteral("ann@example.com"));
        bad.newAddress = QStringLiteral("+12015550100");
        bad.refreshJwt = update.result().refreshJwt;
        OtpFlow refused(f.emulator.client.get(), &f.clock);
        QSignalSpy rejected(&refused, &OtpFlow::inputRejected);
        refused.start(bad);
        QCOMPARE(rejected.count(), 1);
        bad.newAddress = QStringLiteral("new@example.com");
        bad.refreshJwt.clear();
        refused.start(bad);
        QCOMPARE(rejected.count(), 2);
        QCOMPARE(rejected.last().first().value<Error>().inputProblem(), Error::InputProblem::NotSignedIn);
    }

    /// A code to the same destination for the same purpose within the cooldown of the one
    /// sent is not sent again: a new start(), in another flow of the same Client or in the
    /// same flow after the person stepped back, takes up the earlier conversation (its mask,
    /// what is left of the countdown, its code), told from the event loop.
    void sameCodeWithinTheCooldownIsNotSentAgain()
    {
        FlowFixture f;
        const auto phone = [] { return request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Sms, QStringLiteral("(201) 555-0123")); };
        f.flow.start(phone());
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 1);
        const qsizetype before = f.requests();
        f.advance(6);

        OtpFlow again(f.emulator.client.get(), &f.clock);
        QSignalSpy sent(&again, &OtpFlow::codeSent);
        QSignalSpy countdown(&again, &OtpFlow::resendCountdownChanged);
        again.start(phone());
        QCOMPARE(again.state(), OtpFlow::State::Sending);
        QCOMPARE(sent.count(), 0); // not from inside start()
        QVERIFY(waitForState(again, OtpFlow::State::AwaitingCode));
        QCOMPARE(sent.count(), 1);
        QCOMPARE(again.maskedAddress().address, f.flow.maskedAddress().address);
        QCOMPARE(again.destination(), QStringLiteral("+12015550123"));
        QCOMPARE(again.resendRemainingSeconds(), 24);
        QCOMPARE(countdown.last().first().toInt(), 24);
        QVERIFY(!again.canResend());
        QCOMPARE(f.requests(), before);
        QCOMPARE(f.emulator.server->outbox().size(), 1);

        // The same flow started again (Escape, then Enter), and cancelled before it is told.
        f.flow.start(phone());
        f.flow.cancel();
        QCOMPARE(f.flow.state(), OtpFlow::State::Idle);
        f.flow.start(phone());
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.flow.resendRemainingSeconds(), 24);
        QCOMPARE(f.requests(), before);

        // resend() keeps the conversation's doubling: the second code waits 60 s, and a flow
        // resuming it now takes that wait and that code.
        f.advance(24);
        again.resend();
        QVERIFY(waitForState(again, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 2);
        QCOMPARE(again.resendRemainingSeconds(), 60);
        f.advance(10);
        OtpFlow third(f.emulator.client.get(), &f.clock);
        third.start(phone());
        QVERIFY(waitForState(third, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 2);
        QCOMPARE(third.resendRemainingSeconds(), 50);
        third.verify(f.emulator.lastCode(QStringLiteral("+12015550123")));
        QVERIFY(waitForState(third, OtpFlow::State::Done));

        // A verified code ends it: the next start sends a new one.
        OtpFlow fourth(f.emulator.client.get(), &f.clock);
        fourth.start(phone());
        QVERIFY(waitForState(fourth, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 3);
        QCOMPARE(fourth.resendRemainingSeconds(), 30);
    }

    /// A resend refused with Retry-After keeps the earlier code in use, and that wait: a new
    /// start in the meantime takes both up instead of asking again (--send-limit: the
    /// emulator's choice, not a Descope limit).
    void retryAfterCarriesOverToANewStart()
    {
        Emulator::Options options;
        options.sendLimit = 1;
        FlowFixture f(options);
        const QString ann = QStringLiteral("ann@example.com");
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.advance(30);
        QSignalSpy attemptFailed(&f.flow, &OtpFlow::attemptFailed);
        f.flow.resend();
        QTRY_COMPARE(attemptFailed.count(), 1);
        QCOMPARE(f.flow.resendRemainingSeconds(), 30);
        const qsizetype before = f.requests();
        OtpFlow again(f.emulator.client.get(), &f.clock);
        again.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, ann));
        QVERIFY(waitForState(again, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.requests(), before);
        QCOMPARE(again.resendRemainingSeconds(), 30);
        again.verify(f.emulator.lastCode(ann));
        QVERIFY(waitForState(again, OtpFlow::State::Done));
    }

    /// Once the cooldown of the code sent ran out, a new start sends a new code.
    void afterTheCooldownANewCode()
    {
        FlowFixture f;
        const QString ann = QStringLiteral("ann@example.com");
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, ann));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.advance(30);
        OtpFlow again(f.emulator.client.get(), &f.clock);
        again.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Email, ann));
        QVERIFY(waitForState(again, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 2);
        QCOMPARE(again.resendRemainingSeconds(), 30);
        again.verify(f.emulator.lastCode(ann));
        QVERIFY(waitForState(again, OtpFlow::State::Done));
    }

    /// Another mode or method is another purpose: its code is sent, and a sign-in code is
    /// never taken for a step-up.
    void differentPurposesNeverShare()
    {
        FlowFixture f;
        const QString phone = QStringLiteral("+12015550123");
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Sms, phone));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        f.flow.verify(f.emulator.lastCode(phone));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));
        const QByteArray refresh = f.flow.result().refreshJwt;

        OtpFlow signIn(f.emulator.client.get(), &f.clock);
        signIn.start(request(OtpFlow::Mode::SignIn, DeliveryMethod::Sms, phone));
        QVERIFY(waitForState(signIn, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 2);

        OtpFlow voice(f.emulator.client.get(), &f.clock);
        voice.start(request(OtpFlow::Mode::SignIn, DeliveryMethod::Voice, phone));
        QVERIFY(waitForState(voice, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 3);

        OtpFlow::Request stepUp = request(OtpFlow::Mode::StepUp, DeliveryMethod::Sms, phone);
        stepUp.refreshJwt = refresh;
        OtpFlow confirm(f.emulator.client.get(), &f.clock);
        confirm.start(stepUp);
        QVERIFY(waitForState(confirm, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 4);
        confirm.verify(f.emulator.lastCode(phone));
        QVERIFY(waitForState(confirm, OtpFlow::State::Done));
    }

    /// A void code ends the resumption: a new start sends a new code at once.
    void voidCodeThenANewStartSendsAtOnce()
    {
        FlowFixture f;
        const QString phone = QStringLiteral("+12015550123");
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Sms, phone));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        const QString wrong = wrongCodeFor(f.emulator.lastCode(phone));
        for (int i = 0; i < 3; ++i) { // three: the emulator's choice (--max-attempts)
            f.flow.verify(wrong);
            QVERIFY(waitForState(f.flow, i < 2 ? OtpFlow::State::AwaitingCode : OtpFlow::State::Failed));
        }
        QVERIFY(f.flow.codeVoid());
        OtpFlow again(f.emulator.client.get(), &f.clock);
        again.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Sms, phone));
        QVERIFY(waitForState(again, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().size(), 2);
        again.verify(f.emulator.lastCode(phone));
        QVERIFY(waitForState(again, OtpFlow::State::Done));
    }

    /// The code page names where the code went: the address typed only where Descope's mask
    /// agrees with it. After the phone changed (not as a login id), a sign-in with the old
    /// number reaches the new phone, and only the mask says so.
    void destinationIsWhereTheCodeWent()
    {
        FlowFixture f;
        const QString oldPhone = QStringLiteral("+12015550123");
        f.flow.start(request(OtpFlow::Mode::SignUpOrIn, DeliveryMethod::Sms, oldPhone));
        QVERIFY(waitForState(f.flow, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.flow.destination(), oldPhone);
        f.flow.verify(f.emulator.lastCode(oldPhone));
        QVERIFY(waitForState(f.flow, OtpFlow::State::Done));

        OtpFlow::Request phone = request(OtpFlow::Mode::UpdatePhone, DeliveryMethod::Sms, oldPhone);
        phone.newAddress = QStringLiteral("+12015550158");
        phone.refreshJwt = f.flow.result().refreshJwt;
        OtpFlow update(f.emulator.client.get(), &f.clock);
        update.start(phone);
        QVERIFY(waitForState(update, OtpFlow::State::AwaitingCode));
        QCOMPARE(update.destination(), QStringLiteral("+12015550158"));
        update.verify(f.emulator.lastCode(oldPhone));
        QVERIFY(waitForState(update, OtpFlow::State::Done));

        OtpFlow signIn(f.emulator.client.get(), &f.clock);
        signIn.start(request(OtpFlow::Mode::SignIn, DeliveryMethod::Sms, oldPhone));
        QVERIFY(waitForState(signIn, OtpFlow::State::AwaitingCode));
        QCOMPARE(f.emulator.server->outbox().last().to, QStringLiteral("+12015550158"));
        QCOMPARE(signIn.destination(), signIn.maskedAddress().address);
        QVERIFY(signIn.destination().endsWith(QStringLiteral("58")));

        QVERIFY(OtpFlow::maskFits(QStringLiteral("***23"), QStringLiteral("+12015550123")));
        QVERIFY(!OtpFlow::maskFits(QStringLiteral("***58"), QStringLiteral("+12015550123")));
        QVERIFY(OtpFlow::maskFits(QStringLiteral("a***@example.com"), QStringLiteral("ann@Example.com")));
        QVERIFY(!OtpFlow::maskFits(QStringLiteral("b***@example.com"), QStringLiteral("ann@example.com")));
        QVERIFY(!OtpFlow::maskFits(QStringLiteral("a***@example.org"), QStringLiteral("ann@example.com")));
        QVERIFY(OtpFlow::maskFits(QString(), QStringLiteral("ann@example.com")));
        QVERIFY(OtpFlow::maskFits(QStringLiteral("j***@xn--bcher-kva.de"), QStringLiteral("jose@bücher.de")));
    }
};

QTEST_GUILESS_MAIN(TestOtpFlow)
#include "tst_otpflow.moc"
