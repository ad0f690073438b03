// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "clock.h"
#include "emulatorfixture.h"
#include "loginid.h"
#include "otpflow.h"
#include "validation_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Descope;
using namespace Qt::StringLiterals;

namespace {
QString repeated(const char *text, int times)
{
    return QString::fromUtf8(text).repeated(times);
}
} // namespace

/// Login ids as people type them and as they are shown: display forms, internationalised
/// email domains, and input that is too long.
class TestLoginId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displayForm_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("UK number") << u"+442079460958"_s << u"+44 20 7946 0958"_s;
        QTest::newRow("German number") << u"+493012345678"_s << u"+49 30 12345678"_s;
        QTest::newRow("US number") << u"+12015550123"_s << u"+1 201-555-0123"_s;
        QTest::newRow("already formatted") << u"+44 20 7946 0958"_s << u"+44 20 7946 0958"_s;
        QTest::newRow("ACE domain") << u"jose@xn--bcher-kva.de"_s << u"jose@bücher.de"_s;
        QTest::newRow("ACE domain under .com") << u"ann@xn--mnchen-3ya.com"_s << u"ann@münchen.com"_s;
        QTest::newRow("ASCII email") << u"ann@example.com"_s << u"ann@example.com"_s;
        QTest::newRow("ACE and Unicode mixed") << u"ann@xn--bcher-kva.bücher.de"_s << u"ann@xn--bcher-kva.bücher.de"_s;
        QTest::newRow("server's mask") << u"***23"_s << u"***23"_s;
        QTest::newRow("masked email") << u"a***@example.com"_s << u"a***@example.com"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("not a login id") << u"hello"_s << u"hello"_s;
        QTest::newRow("national number kept") << u"020 7946 0958"_s << u"020 7946 0958"_s;
    }
    void displayForm()
    {
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(LoginId::displayForm(value), shown);
    }

    void formatAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("GB national") << u"2079460958"_s << u"GB"_s << u"20 7946 0958"_s;
        QTest::newRow("GB with trunk prefix") << u"02079460958"_s << u"GB"_s << u"020 7946 0958"_s;
        QTest::newRow("international") << u"+442079460958"_s << u"DE"_s << u"+44 20 7946 0958"_s;
        QTest::newRow("spaces typed in the wrong places") << u"+4 42 0794 60958"_s << QString() << u"+44 20 7946 0958"_s;
        QTest::newRow("US") << u"2015550123"_s << u"US"_s << u"(201) 555-0123"_s;
        QTest::newRow("partial") << u"+4420"_s << QString() << u"+44 20"_s;
        QTest::newRow("email untouched") << u"0301234@example.com"_s << u"DE"_s << u"0301234@example.com"_s;
        QTest::newRow("words untouched") << u"ann"_s << u"DE"_s << u"ann"_s;
        QTest::newRow("empty") << QString() << u"DE"_s << QString();
        // libphonenumber's formatter repeats a digit here ("9903155691054018 "): left as typed.
        QTest::newRow("formatter would change the digits") << u"903155691054018"_s << u"BR"_s << u"903155691054018"_s;
    }
    void formatAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, formatted);
        QCOMPARE(LoginId::formatAsTyped(typed, region), formatted);
    }

    void formatAsTypedKeepsTheCursor()
    {
        qsizetype cursor = 4; // after "2079"
        QCOMPARE(LoginId::formatAsTyped(u"2079460958"_s, u"GB"_s, &cursor), u"20 7946 0958"_s);
        QCOMPARE(cursor, 5); // "20 79|46 0958"
        cursor = 0;
        (void)LoginId::formatAsTyped(u"2079460958"_s, u"GB"_s, &cursor);
        QCOMPARE(cursor, 0);
        cursor = 10;
        (void)LoginId::formatAsTyped(u"2079460958"_s, u"GB"_s, &cursor);
        QCOMPARE(cursor, 12);
        // Text that is no number is not formatted; the cursor is still counted in digits.
        cursor = 1;
        QCOMPARE(LoginId::formatAsTyped(u"-40"_s, u"GB"_s, &cursor), u"-40"_s);
        QCOMPARE(cursor, 2);
    }

    /// Internationalised domains are accepted, sent in ACE form (what Descope's own SDKs
    /// accept) and shown in Unicode.
    void internationalisedEmail_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("shown");
        QTest::newRow("German umlaut") << u"jose@bücher.de"_s << u"jose@xn--bcher-kva.de"_s << u"jose@bücher.de"_s;
        QTest::newRow("capitals in the domain") << u"Jose@Bücher.DE"_s << u"Jose@xn--bcher-kva.de"_s
                                                << u"Jose@bücher.de"_s;
        QTest::newRow("sharp s (IDNA 2008)") << u"ann@straße.de"_s << u"ann@xn--strae-oqa.de"_s << u"ann@straße.de"_s;
        QTest::newRow("Cyrillic domain and TLD") << u"user@пример.рф"_s << u"user@xn--e1afmkfd.xn--p1ai"_s
                                                 << u"user@пример.рф"_s;
        QTest::newRow("Japanese") << u"info@例え.jp"_s << u"info@xn--r8jz45g.jp"_s << u"info@例え.jp"_s;
        QTest::newRow("typed in ACE") << u"jose@xn--bcher-kva.de"_s << u"jose@xn--bcher-kva.de"_s
                                      << u"jose@bücher.de"_s;
        QTest::newRow("ASCII unchanged") << u"Ann@Example.com"_s << u"Ann@Example.com"_s << u"Ann@Example.com"_s;
    }
    void internationalisedEmail()
    {
        QFETCH(QString, typed);
        QFETCH(QString, wire);
        QFETCH(QString, shown);
        const auto id = LoginId::parse(typed);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail()));
        QVERIFY(id->isEmail());
        QCOMPARE(id->value(), wire);
        QCOMPARE(id->display(), shown);
        QVERIFY(Validation::isValidEmail(id->value()));
        QCOMPARE(LoginId::parse(id->value())->value(), wire); // typing it back gives the same
    }

    void refusedEmail_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Error::InputProblem>("problem");
        // Descope's SDKs check addresses with an ASCII-only pattern (RFC 5322 atext): an
        // SMTPUTF8 local part (RFC 6531) is refused there, so it is refused here, with a reason.
        QTest::newRow("umlaut before the @") << u"jürgen@example.com"_s << Error::InputProblem::EmailLocalPart;
        QTest::newRow("Chinese before the @") << u"用户@例子.广告"_s << Error::InputProblem::EmailLocalPart;
        // Look-alikes: one label mixing Latin and Cyrillic letters (UTS #39, highly restrictive).
        QTest::newRow("Cyrillic a in a Latin domain") << u"ann@ex\u0430mple.com"_s << Error::InputProblem::Email;
        QTest::newRow("Greek o in a Latin domain") << u"ann@g\u03BFogle.com"_s << Error::InputProblem::Email;
        QTest::newRow("no domain") << u"ann@"_s << Error::InputProblem::Email;
        QTest::newRow("two @") << u"ann@bücher@example.de"_s << Error::InputProblem::Email;
        QTest::newRow("symbol in the domain") << u"ann@b\u2665cher.de"_s << Error::InputProblem::Email;
        QTest::newRow("one label") << u"ann@bücher"_s << Error::InputProblem::Email;
    }
    void refusedEmail()
    {
        QFETCH(QString, typed);
        QFETCH(Error::InputProblem, problem);
        const auto id = LoginId::parse(typed);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(id.error().inputProblem(), problem);
    }

    /// Too long is told as such, with the standard's limit: E.164's 15 digits, RFC 5321's
    /// 254 characters in an address, 64 before the @, 63 in a domain label (RFC 1035).
    void tooLong_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<Error::InputProblem>("problem");
        QTest::addColumn<QString>("message");
        const QString phone = u"A phone number has at most 15 digits."_s;
        const QString email = u"That email address is too long."_s;
        QTest::newRow("40 digits with +") << (u"+"_s + repeated("1234567890", 4)) << QString()
                                          << Error::InputProblem::PhoneTooLong << phone;
        QTest::newRow("40 digits, national") << (u"0"_s + repeated("2079460958", 4).left(39)) << u"GB"_s
                                             << Error::InputProblem::PhoneTooLong << phone;
        QTest::newRow("17 digits") << u"+44 20 7946 0958 12345"_s << u"GB"_s << Error::InputProblem::PhoneTooLong << phone;
        QTest::newRow("20 digits, national") << u"020 7946 0958 1234 5678 9"_s << u"GB"_s
                                             << Error::InputProblem::PhoneTooLong << phone;
        QTest::newRow("300 digits with spaces") << repeated("12 ", 100).trimmed() << u"GB"_s
                                                << Error::InputProblem::PhoneTooLong << phone;
        QTest::newRow("300-character email") << (repeated("a", 288) + u"@example.com"_s) << QString()
                                             << Error::InputProblem::EmailTooLong << email;
        QTest::newRow("65 before the @") << (repeated("a", 65) + u"@example.com"_s) << QString()
                                         << Error::InputProblem::EmailLocalPartTooLong
                                         << u"The part before the @ can have at most 64 characters."_s;
        QTest::newRow("64-letter label") << (u"ann@"_s + repeated("a", 64) + u".com"_s) << QString()
                                         << Error::InputProblem::EmailTooLong << email;
        QTest::newRow("label too long once in ACE") << (u"ann@"_s + repeated("ü", 60) + u".de"_s) << QString()
                                                    << Error::InputProblem::EmailTooLong << email;
        QTest::newRow("255 characters") << (repeated("a", 60) + u"@"_s + repeated("b", 60) + u"."_s + repeated("c", 60)
                                            + u"."_s + repeated("d", 60) + u"."_s + repeated("e", 7) + u".org"_s)
                                        << QString() << Error::InputProblem::EmailTooLong << email;
    }
    void tooLong()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(Error::InputProblem, problem);
        QFETCH(QString, message);
        const auto id = LoginId::parse(typed, region);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().inputProblem(), problem);
        QCOMPARE(id.error().message(), message);
    }

    /// Not too long for E.164, only for the country: not told "at most 15 digits".
    void tooLongForTheCountryOnly()
    {
        const auto id = LoginId::parse(u"+1 201 555 0123 45"_s);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().inputProblem(), Error::InputProblem::Phone);
    }

    /// Right at the limits, accepted.
    void longestAccepted_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::newRow("64 before the @") << (repeated("a", 64) + u"@example.com"_s) << QString();
        QTest::newRow("63-letter label") << (u"ann@"_s + repeated("a", 63) + u".com"_s) << QString();
        QTest::newRow("254 characters") << (repeated("a", 60) + u"@"_s + repeated("b", 60) + u"."_s + repeated("c", 60)
                                            + u"."_s + repeated("d", 60) + u"."_s + repeated("e", 6) + u".org"_s)
                                        << QString();
        QTest::newRow("15 digits") << u"+86 138 0013 8000"_s << QString(); // 13 digits, China mobile
        QTest::newRow("with international prefix") << u"0044 20 7946 0958"_s << u"DE"_s;
    }
    void longestAccepted()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        const auto id = LoginId::parse(typed, region);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail()));
    }

    /// A refused login id too long for anything: neither shape, the general message.
    void tooLongForAnything()
    {
        const auto id = LoginId::parse(repeated("word ", 80));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().inputProblem(), Error::InputProblem::LoginId);
    }

    /// What reaches Descope is the ACE form, and the code goes to that address.
    void aceOnTheWire()
    {
        EmulatorFixture emulator;
        ManualClock clock(emulator.server->now() * 1000);
        OtpFlow flow(emulator.client.get(), &clock);
        QSignalSpy sent(&flow, &OtpFlow::codeSent);
        QSignalSpy rejected(&flow, &OtpFlow::inputRejected);
        OtpFlow::Request request;
        request.mode = OtpFlow::Mode::SignUpOrIn;
        request.method = DeliveryMethod::Email;
        request.loginId = u"jose@bücher.de"_s;
        flow.start(request);
        QVERIFY(QTest::qWaitFor([&] { return !sent.isEmpty() || !rejected.isEmpty(); }, 20000));
        QCOMPARE(rejected.count(), 0);
        const QJsonArray journal = emulator.server->requestJournal();
        QCOMPARE(journal.size(), 1);
        const QJsonObject entry = journal.first().toObject();
        QCOMPARE(entry.value(u"path").toString(), u"/v1/auth/otp/signup-in/email"_s);
        QCOMPARE(entry.value(u"body").toObject().value(u"loginId").toString(), u"jose@xn--bcher-kva.de"_s);
        QVERIFY(!emulator.lastCode(u"jose@xn--bcher-kva.de"_s).isEmpty());
    }

    /// Each input problem has its own translated sentence, none the catch-all.
    void everyInputProblemHasAMessage()
    {
        const QMetaEnum problems = QMetaEnum::fromType<Error::InputProblem>();
        const QString generic = Error::invalidInput(Error::InputProblem::Other, {}).message();
        for (int i = 0; i < problems.keyCount(); ++i) {
            const auto problem = Error::InputProblem(problems.value(i));
            const QString message = Error::invalidInput(problem, {}).message();
            QVERIFY2(!message.isEmpty(), problems.key(i));
            if (problem != Error::InputProblem::Other)
                QVERIFY2(message != generic, problems.key(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestLoginId)
#include "tst_loginid.moc"
