// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The code step, driven as a person does: keys to the focused widget, clicks. After too many
// wrong codes or an expired code a new code can be asked for at once; the resend countdown
// always reaches zero, quietly; the sentence names the channel and the address as typed; the
// field shows six slots, stays one accessible field and takes pasted codes.
#include "accountsettingsdialog.h"
#include "appfixture.h"
#include "codeentrypage_p.h"
#include "codefield.h"
#include "deliverymethodpage_p.h"
#include "mainwindow.h"
#include "signinwidget.h"
#include "applanguage.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

using namespace Descope;
using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");

QString wrongCodeFor(const QString &code)
{
    return code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

QString withoutBreaks(QString text)
{
    return text.remove(QChar(0x200B));
}

} // namespace

class TestCodeStep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        installTranslations(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
    }

    /// Three wrong codes (three: the emulator's choice, --max-attempts), then a new code by
    /// keyboard, then the sign-in: the page used to freeze its countdown, keep "resend"
    /// disabled and answer typing with "please wait".
    void recoveryAfterThreeWrongCodes()
    {
        App app;
        QVERIFY(app.startByKeyboard(Ann));
        CodeEntryPage *page = app.window.signInWidget()->findChild<CodeEntryPage *>();
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QLabel *error = app.findIn<QLabel>(page, "errorLabel");
        QPushButton *resend = app.findIn<QPushButton>(page, "resendButton");
        QVERIFY(!resend->isEnabled()); // a code just went out

        const QString wrong = wrongCodeFor(app.emulator->lastCode(Ann));
        for (int i = 0; i < 3; ++i) {
            type(wrong); // six digits: submitted by themselves
            QTRY_VERIFY(error->isVisible() && !error->text().isEmpty());
            QTRY_VERIFY(app.window.signInWidget()->findChild<OtpFlow *>()->state() != OtpFlow::State::Verifying);
            QTRY_COMPARE(focusName(), QStringLiteral("codeEdit")); // ready for the next try
            if (i < 2)
                QCOMPARE(error->text(), Error::messageForCode(QStringLiteral("E061102")));
        }
        QCOMPARE(error->text(), Error::messageForCode(QStringLiteral("E061103")));
        // A new code can be asked for at once, and the page says so.
        QTRY_VERIFY(resend->isEnabled());
        QCOMPARE(app.findIn<QLabel>(page, "resendLabel")->text(), QStringLiteral("You can ask for a new code now."));

        // Typing another code is told to ask for a new one, not to wait.
        type(wrong);
        QTRY_COMPARE(error->text(), Error::messageForCode(QStringLiteral("E061103")));
        QVERIFY(error->text() != Error::invalidInput(Error::InputProblem::Busy, {}).message());
        QCOMPARE(app.emulator->server->outbox().size(), 1);
        // So is Enter in the empty field (not "Enter the code we sent you").
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(QStringLiteral("1"));
        QVERIFY(!error->isVisible());
        press(Qt::Key_Backspace);
        press(Qt::Key_Return);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), Error::messageForCode(QStringLiteral("E061103")));

        // The button is the next stop after the field; Enter on it sends a new code.
        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QTRY_COMPARE(app.emulator->server->outbox().size(), 2);
        QVERIFY(app.waitForCodePage());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QVERIFY(!error->isVisible());
        QCOMPARE(withoutBreaks(app.findIn<QLabel>(page, "sentLabel")->text()),
                 QStringLiteral("We emailed a new code to ann@example.com."));
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
    }

    /// An expired code: typing it says so, a new code comes at once, and it signs in.
    void expiredCodeRecovery()
    {
        App app;
        QVERIFY(app.startByKeyboard(Ann));
        CodeEntryPage *page = app.window.signInWidget()->findChild<CodeEntryPage *>();
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        app.advance(app.emulator->server->options().codeTtl + 1);
        const QString expired = app.emulator->lastCode(Ann);
        type(expired);
        QLabel *error = app.findIn<QLabel>(page, "errorLabel");
        // The emulator answers 400 E061104 (its choice: no Descope source names the code);
        // the message is the one for any code that can no longer be used.
        const QString noLongerUsable = QStringLiteral("This code can no longer be used. Ask for a new code.");
        QTRY_COMPARE(error->text(), noLongerUsable);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        // Typed again before asking for a new one: told why, not "please wait".
        type(expired);
        QTRY_COMPARE(error->text(), noLongerUsable);
        QCOMPARE(app.emulator->server->outbox().size(), 1);

        QPushButton *resend = app.findIn<QPushButton>(page, "resendButton");
        QVERIFY(resend->isEnabled());
        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Space);
        QTRY_COMPARE(app.emulator->server->outbox().size(), 2);
        QVERIFY(app.waitForCodePage());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
    }

    /// An expired code refused with a code the app has never heard of (E000503 through the
    /// emulator's faults): the same as any code that can no longer be used, a new code at
    /// once by keyboard, and the sign-in goes on.
    void expiredCodeRefusedWithAnUnknownCode()
    {
        App app;
        QVERIFY(app.startByKeyboard(Ann));
        CodeEntryPage *page = app.window.signInWidget()->findChild<CodeEntryPage *>();
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        app.advance(app.emulator->server->options().codeTtl + 1);
        Emulator::Server::Fault unknown;
        unknown.kind = QStringLiteral("status");
        unknown.status = 400;
        QVERIFY(app.emulator->server->setFault(QStringLiteral("/v1/auth/otp/verify/email"), unknown));
        type(app.emulator->lastCode(Ann));
        QLabel *error = app.findIn<QLabel>(page, "errorLabel");
        QTRY_COMPARE(error->text(), QStringLiteral("This code can no longer be used. Ask for a new code."));
        QPushButton *resend = app.findIn<QPushButton>(page, "resendButton");
        QTRY_VERIFY(resend->isEnabled());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QTRY_COMPARE(app.emulator->server->outbox().size(), 2);
        QVERIFY(app.waitForCodePage());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
    }

    /// A code request answered 200 {} (Descope's docs describe an empty response object):
    /// the code went out, the code page comes and names the address as the person typed it,
    /// and the code signs in. By keyboard only.
    void emptyStartReplyNamesTheTypedAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("email") << Ann << QStringLiteral("We emailed a code to ann@example.com. It may take a minute to arrive.");
        QTest::newRow("phone") << QStringLiteral("+44 20 7946 0958")
                               << QStringLiteral("We sent a text message with a code to +44 20 7946 0958. It may take a minute to arrive.");
    }
    void emptyStartReplyNamesTheTypedAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sentence);
        App app;
        Emulator::Server::Fault empty;
        empty.kind = QStringLiteral("empty-object");
        for (const char *path : {"signup-in", "signin", "signup"}) {
            for (const char *method : {"email", "sms"})
                app.emulator->server->setFault(QStringLiteral("/v1/auth/otp/%1/%2").arg(QLatin1StringView(path), QLatin1StringView(method)), empty);
        }
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(typed);
        press(Qt::Key_Return);
        if (!typed.contains(QLatin1Char('@'))) { // a number: the method page, its default (SMS)
            QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
            press(Qt::Key_Return);
        }
        QVERIFY(app.waitForCodePage());
        QCOMPARE(app.emulator->server->outbox().size(), 1);
        CodeEntryPage *page = app.window.signInWidget()->findChild<CodeEntryPage *>();
        QVERIFY(app.window.signInWidget()->findChild<OtpFlow *>()->maskedAddress().address.isEmpty());
        QLabel *sent = app.findIn<QLabel>(page, "sentLabel");
        QCOMPARE(withoutBreaks(sent->text()), sentence);
        QCOMPARE(sent->accessibleName(), sentence);
        QVERIFY(!app.findIn<QLabel>(page, "errorLabel")->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(app.emulator->server->outbox().last().code);
        QVERIFY(app.waitForPage(app.window.accountWidget()));
    }

    /// The wait before another code is shown beside a button whose name never changes,
    /// reaches zero, says so and enables the button.
    void countdownReachesZeroQuietly()
    {
        App app;
        QVERIFY(app.startByKeyboard(Ann));
        CodeEntryPage *page = app.window.signInWidget()->findChild<CodeEntryPage *>();
        QPushButton *resend = app.findIn<QPushButton>(page, "resendButton");
        QLabel *wait = app.findIn<QLabel>(page, "resendLabel");
        const QString buttonText = resend->text();
        QCOMPARE(buttonText, QStringLiteral("Send a ne&w code"));
        QVERIFY(!resend->isEnabled());
        QCOMPARE(wait->text(), QStringLiteral("You can ask for a new code in 0:30."));

        const QString buttonName = QAccessible::queryAccessibleInterface(resend)->text(QAccessible::Name);
        const QString waitName = QAccessible::queryAccessibleInterface(wait)->text(QAccessible::Name);
        QCOMPARE(waitName, QStringLiteral("You can ask for a new code in less than a minute."));
        for (int i = 0; i < 29; ++i) {
            app.advance(1);
            // What a screen reader says of the button and of the wait does not change each
            // second.
            QCOMPARE(resend->text(), buttonText);
            QCOMPARE(QAccessible::queryAccessibleInterface(resend)->text(QAccessible::Name), buttonName);
            QCOMPARE(QAccessible::queryAccessibleInterface(wait)->text(QAccessible::Name), waitName);
            QVERIFY(!resend->isEnabled());
        }
        QCOMPARE(wait->text(), QStringLiteral("You can ask for a new code in 0:01."));
        app.advance(1);
        QVERIFY(resend->isEnabled());
        QCOMPARE(resend->text(), buttonText);
        QCOMPARE(wait->text(), QStringLiteral("You can ask for a new code now."));
        QCOMPARE(QAccessible::queryAccessibleInterface(wait)->text(QAccessible::Name), wait->text());

        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QTRY_COMPARE(app.emulator->server->outbox().size(), 2);
        QTRY_COMPARE(wait->text(), QStringLiteral("You can ask for a new code in 1:00.")); // doubled
        QCOMPARE(resend->text(), buttonText);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
    }

    /// The same in account settings, where a refused update ends the session: three wrong
    /// codes for a new email address are not Descope refusing the session, and a new code
    /// finishes the change.
    void recoveryInAccountSettingsKeepsTheSession()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QVERIFY(app.signInByEmail());
        QDialog *dialog = app.window.openAccountSettings();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QLineEdit *newEmail = app.findIn<QLineEdit>(dialog, "newEmailEdit");
        QTest::mouseClick(newEmail, Qt::LeftButton);
        QTRY_COMPARE(focusName(), QStringLiteral("newEmailEdit"));
        const QString newAddress = QStringLiteral("ann.new@example.com");
        type(newAddress);
        press(Qt::Key_Return);
        QTRY_COMPARE(app.emulator->server->outbox().size(), 2);
        auto *settings = static_cast<AccountSettingsDialog *>(dialog);
        CodeEntryPage *page = settings->findChild<CodeEntryPage *>();
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QCOMPARE(withoutBreaks(app.findIn<QLabel>(page, "sentLabel")->text()),
                 QStringLiteral("We emailed a code to ann.new@example.com. It may take a minute to arrive."));

        QLabel *error = app.findIn<QLabel>(page, "errorLabel");
        const QString wrong = wrongCodeFor(app.emulator->lastCode(Ann));
        for (int i = 0; i < 3; ++i) {
            type(wrong);
            QTRY_VERIFY2(error->isVisible() && !error->text().isEmpty(),
                         qPrintable(QStringLiteral("try %1, signed in %2").arg(i).arg(app.session.isSignedIn())));
            QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        }
        QTRY_COMPARE(error->text(), Error::messageForCode(QStringLiteral("E061103")));
        QTest::qWait(100);
        QVERIFY(app.session.isSignedIn());
        QVERIFY(dialog->isVisible());

        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QTRY_COMPARE(app.emulator->server->outbox().size(), 3);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(app.emulator->lastCode(Ann));
        QTRY_COMPARE_WITH_TIMEOUT(app.session.user().email, newAddress, 10000);
    }

    void channelWording_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("radio");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("email") << Ann << QString() << QStringLiteral("We emailed a code to ann@example.com. It may take a minute to arrive.");
        QTest::newRow("sms") << QStringLiteral("+493012345678") << QStringLiteral("smsRadio")
                             << QStringLiteral("We sent a text message with a code to +49 30 12345678. It may take a minute to arrive.");
        QTest::newRow("voice") << QStringLiteral("+49 30 1234 5678") << QStringLiteral("voiceRadio")
                               << QStringLiteral("We are calling +49 30 12345678 to read you a code.");
        QTest::newRow("whatsapp") << QStringLiteral("+442079460958") << QStringLiteral("whatsappRadio")
                                  << QStringLiteral("We sent you a WhatsApp message with a code at +44 20 7946 0958.");
    }
    /// The sentence names the channel and the address as typed, formatted; never the
    /// server's mask when the whole address is known.
    void channelWording()
    {
        QFETCH(QString, typed);
        QFETCH(QString, radio);
        QFETCH(QString, sentence);
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(typed);
        press(Qt::Key_Return);
        if (!radio.isEmpty()) {
            QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
            // On the option's own circle and words (a click in the row's empty space misses it).
            QRadioButton *option = app.find<QRadioButton>(radio.toLatin1().constData());
            QTest::mouseClick(option, Qt::LeftButton, {}, QPoint(8, option->height() / 2));
            QVERIFY(option->isChecked());
            QTest::mouseClick(app.find<QPushButton>("sendButton"), Qt::LeftButton);
        }
        QVERIFY(app.waitForCodePage());
        QLabel *sent = app.findIn<QLabel>(app.window.signInWidget()->findChild<CodeEntryPage *>(), "sentLabel");
        QCOMPARE(app.emulator->server->outbox().size(), 1);
        QCOMPARE(withoutBreaks(sent->text()), sentence);
        QCOMPARE(sent->accessibleName(), sentence);
        QVERIFY(!sent->text().contains(QLatin1Char('*')));
    }

    /// One field, named and described for screen readers, six slots wide; "Code: 123-456"
    /// pasted into it signs in by itself.
    void pasteIntoTheOneField()
    {
        App app;
        QVERIFY(app.startByKeyboard(Ann));
        CodeEntryPage *page = app.window.signInWidget()->findChild<CodeEntryPage *>();
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));

        auto *field = qobject_cast<CodeField *>(QApplication::focusWidget());
        QVERIFY(field);
        QCOMPARE(page->findChildren<QLineEdit *>().size(), 1);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(field);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::EditableText);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("One-time code"));
        QVERIFY(accessible->text(QAccessible::Description).contains(QLatin1StringView("6 digits")));
        // Six slots side by side: wider than tall, and wide enough for six digits.
        QVERIFY(field->width() > 6 * field->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 2);

        const QString code = app.emulator->lastCode(Ann);
        QGuiApplication::clipboard()->setText(QStringLiteral("Code: ") + code.left(3) + QLatin1Char('-') + code.mid(3));
        press(Qt::Key_V, Qt::ControlModifier);
        QVERIFY(app.waitForPage(app.window.accountWidget()));
    }
};

QTEST_MAIN(TestCodeStep)
#include "tst_codestep.moc"
