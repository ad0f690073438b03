// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The sign-in conversation by keyboard alone: Enter runs the page's main action (a focused
// button: that button), Escape goes back or cancels the request in flight, focus starts on
// each page's main control and moves only when the person's place does. Keys go to whatever
// has the focus (QApplication::focusWidget()), as they do for a person; nothing is clicked
// by calling a slot. Also: a clean form after sign-out and Back, one primary action with
// unique mnemonics in en/de/fr, re-authentication that sends nothing on its own, and long
// text that does not widen the window.
// Runs with the system locale de_DE (set in main() before Qt reads it), for the German
// phone flow; the other cases choose their language with installTranslations().
#include "appfixture.h"
#include "codeentrypage_p.h"
#include "deliverymethodpage_p.h"
#include "loginidpage_p.h"
#include "mainwindow.h"
#include "reauthdialog.h"
#include "signinwidget.h"
#include "applanguage.h"
#include "uihelpers_p.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QTest>

using namespace Descope;
using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");

/// Every widget that takes focus, while it has it, is shown (focus never on hidden widgets);
/// also counts the moves.
struct FocusWatch
{
    FocusWatch()
    {
        QObject::connect(qApp, &QApplication::focusChanged, &context, [this](QWidget *, QWidget *now) {
            ++moves;
            if (now && !now->isVisible())
                hidden << now->objectName() + QLatin1Char('(') + QLatin1StringView(now->metaObject()->className())
                        + QLatin1Char(')');
            if (now)
                path << now->objectName();
        });
    }
    QObject context;
    int moves = 0;
    QStringList hidden;
    QStringList path;
};

} // namespace

class TestSignInKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QCOMPARE(systemRegion(), QStringLiteral("DE"));
    }

    void init()
    {
        QSettings().clear();
        installTranslations(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        installTranslations(QStringLiteral("en"));
    }

    // Sign up or in by email and by phone, keys only, in three languages; on the way, every
    // page has one default button and mnemonics of its own.
    void keyboardOnlyWalk_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("loginId");
        QTest::addColumn<bool>("signUp");
        for (const char *language : {"en", "de", "fr"}) {
            const QString lang = QLatin1StringView(language);
            QTest::addRow("%s email", language) << lang << Ann << Ann << false;
            QTest::addRow("%s phone", language) << lang << QStringLiteral("+1 201 555 0123") << QStringLiteral("+12015550123")
                                               << false;
            QTest::addRow("%s email, create account", language) << lang << Ann << Ann << true;
        }
    }
    void keyboardOnlyWalk()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QString, loginId);
        QFETCH(bool, signUp);
        installTranslations(language);
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        SignInWidget *signIn = app.window.signInWidget();

        // The first page: focus on the login id, one default button, mnemonics unique (also
        // with the name field of "Create an account" showing).
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        QCOMPARE(mnemonicClash(signIn), QString());
        int defaults = 0;
        for (QPushButton *button : signIn->findChild<LoginIdPage *>()->findChildren<QPushButton *>())
            defaults += button->isVisible() && button->isDefault();
        QCOMPARE(defaults, 1);
        type(typed);
        const bool phone = loginId.startsWith(QLatin1Char('+'));
        if (signUp) {
            QVERIFY(tabTo("signUpButton"));
            press(Qt::Key_Return);
            QTRY_COMPARE(focusName(), QStringLiteral("nameEdit")); // the new field
            QCOMPARE(mnemonicClash(signIn), QString());
            type(QStringLiteral("Ann Example"));
        }
        press(Qt::Key_Return);

        if (phone) {
            // The delivery page: focus on the chosen method, Enter sends by it.
            QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
            auto *sms = app.findIn<QRadioButton>(signIn, "smsRadio");
            QTRY_COMPARE(QApplication::focusWidget(), sms);
            QVERIFY(sms->isChecked());
            QCOMPARE(mnemonicClash(signIn), QString());
            press(Qt::Key_Down); // a voice call then: the words follow
            QVERIFY(app.findIn<QRadioButton>(signIn, "voiceRadio")->isChecked());
            auto *forLabel = app.findIn<QLabel>(signIn->findChild<DeliveryMethodPage *>(), "forLabel");
            const QString callText = forLabel->text();
            QCOMPARE(mnemonicClash(signIn), QString());
            press(Qt::Key_Up);
            QVERIFY(sms->isChecked());
            QVERIFY(forLabel->text() != callText);
            press(Qt::Key_Return);
        }

        QVERIFY(app.waitForCodePage());
        QCOMPARE(app.emulator->server->outbox().size(), 1);
        QCOMPARE(app.emulator->server->outbox().last().method, phone ? DeliveryMethod::Sms : DeliveryMethod::Email);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(app.emulator->lastCode(loginId));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        if (signUp)
            QCOMPARE(app.session.user().name, QStringLiteral("Ann Example"));
    }

    // Enter on a focused button presses that button, not the page's default.
    void enterPressesTheFocusedButton()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(QStringLiteral("nobody@example.com"));
        QVERIFY(tabTo("signInButton"));
        press(Qt::Key_Return); // sign in only: there is no such account
        QLabel *error = app.findIn<QLabel>(app.window.signInWidget()->findChild<LoginIdPage *>(), "errorLabel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), Error::messageForCode(QStringLiteral("E062108")));
        QVERIFY(app.emulator->server->outbox().isEmpty());
        QCOMPARE(app.window.currentPage(), app.window.signInWidget());
    }

    // System region DE, UI in German: "030 12345678", Enter, Enter, the code.
    void germanPhoneFlow()
    {
        installTranslations({}); // the system's language: de
        QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(QStringLiteral("030 12345678"));
        QCOMPARE(app.window.signInWidget()->findChild<LoginIdPage *>()->region(), QStringLiteral("DE"));
        press(Qt::Key_Return);
        QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
        press(Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        QCOMPARE(app.emulator->server->outbox().last().to, QStringLiteral("+493012345678"));
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(app.emulator->lastCode(QStringLiteral("+493012345678")));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        QCOMPARE(app.session.user().phone, QStringLiteral("+493012345678"));
    }

    // Enter on the country (its list closed) goes on, as in the number field; with the list
    // open, Enter takes the country and stays.
    void enterOnTheCountry()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(QStringLiteral("030 12345678"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("countryCombo"));
        type(QStringLiteral("Germ"));
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_Return); // takes Germany from the list
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QVERIFY(app.window.signInWidget()->findChild<LoginIdPage *>()->isVisible());
        QCOMPARE(app.window.signInWidget()->findChild<LoginIdPage *>()->region(), QStringLiteral("DE"));
        QCOMPARE(focusName(), QStringLiteral("countryCombo"));
        press(Qt::Key_Return); // and now goes on
        QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
        QVERIFY(app.emulator->server->outbox().isEmpty()); // a phone number: the method first
    }

    // Escape goes back one page, keeping what was typed; the page's main control has focus.
    void escapeGoesBack()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        SignInWidget *signIn = app.window.signInWidget();
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(QStringLiteral("+1 201 555 0123"));
        press(Qt::Key_Return);
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        press(Qt::Key_Escape);
        QTRY_VERIFY(signIn->findChild<LoginIdPage *>()->isVisible());
        QCOMPARE(focusName(), QStringLiteral("loginIdEdit"));
        QVERIFY(signIn->findChild<LoginIdPage *>()->loginId().contains(QLatin1StringView("555")));
        press(Qt::Key_Return);
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        press(Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        press(Qt::Key_Escape); // the code page: back to the choice of method
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        QCOMPARE(focusName(), QStringLiteral("smsRadio"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(signIn->findChild<LoginIdPage *>()->isVisible());
        QCOMPARE(focusName(), QStringLiteral("loginIdEdit"));
        press(Qt::Key_Escape); // the first page: nothing more to go back to
        QVERIFY(signIn->findChild<LoginIdPage *>()->isVisible());

        // "Create an account" is left by Escape too.
        QVERIFY(tabTo("signUpButton"));
        press(Qt::Key_Return);
        QTRY_COMPARE(focusName(), QStringLiteral("nameEdit"));
        press(Qt::Key_Escape);
        QVERIFY(!app.findIn<QLineEdit>(signIn, "nameEdit")->isVisible());
        QCOMPARE(focusName(), QStringLiteral("loginIdEdit"));
    }

    // Escape on the code page and Enter again (6 s later) send no second code: the code page
    // comes back with what is left of the countdown, and the first code signs in.
    void escapeThenEnterSendsNoSecondCode()
    {
        App app;
        QVERIFY(app.startByKeyboard(Ann));
        SignInWidget *signIn = app.window.signInWidget();
        auto *codePage = signIn->findChild<CodeEntryPage *>();
        QCOMPARE(app.emulator->server->outbox().size(), 1);
        const QString code = app.emulator->lastCode(Ann);
        app.advance(6);
        press(Qt::Key_Escape);
        QTRY_VERIFY(signIn->findChild<LoginIdPage *>()->isVisible());
        QCOMPARE(signIn->findChild<LoginIdPage *>()->loginId(), Ann);
        press(Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QCOMPARE(app.emulator->server->outbox().size(), 1);
        QCOMPARE(app.findIn<QLabel>(codePage, "resendLabel")->text(), QStringLiteral("You can ask for a new code in 0:24."));
        QVERIFY(!app.findIn<QPushButton>(codePage, "resendButton")->isEnabled());
        type(code);
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        QCOMPARE(app.emulator->server->outbox().size(), 1);
    }

    // While a request runs, focus stays where the person is (not on Cancel), Escape cancels,
    // and nothing typed is lost.
    void escapeCancelsTheRequestWithoutMovingFocus()
    {
        Emulator::Options options;
        options.latencyMs = 3000;
        App app(options);
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        SignInWidget *signIn = app.window.signInWidget();
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(Ann);
        FocusWatch watch;
        press(Qt::Key_Return);
        QTRY_COMPARE(signIn->findChild<OtpFlow *>()->state(), OtpFlow::State::Sending);
        QPushButton *cancel = nullptr;
        for (QPushButton *button : signIn->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->text() == QLatin1StringView("Cancel"))
                cancel = button;
        }
        QVERIFY(cancel); // shown, for the mouse and for Tab
        QCOMPARE(focusName(), QStringLiteral("loginIdEdit"));
        QVERIFY(!app.findIn<QPushButton>(signIn, "signUpButton")->isEnabled());
        type(QStringLiteral("x")); // nothing typed while it runs
        QCOMPARE(signIn->findChild<LoginIdPage *>()->loginId(), Ann);
        press(Qt::Key_Escape);
        QTRY_COMPARE(signIn->findChild<OtpFlow *>()->state(), OtpFlow::State::Idle);
        QVERIFY(!cancel->isVisible());
        QVERIFY(signIn->findChild<LoginIdPage *>()->isVisible());
        QTest::qWait(3500); // the server answers: nobody listens any more
        QVERIFY(signIn->findChild<LoginIdPage *>()->isVisible());
        QCOMPARE(signIn->findChild<LoginIdPage *>()->loginId(), Ann);
        QCOMPARE(focusName(), QStringLiteral("loginIdEdit"));
        QCOMPARE(watch.moves, 0);
        QVERIFY(app.findIn<QPushButton>(signIn, "signUpButton")->isEnabled());
    }

    // Focus goes only where the person goes, never to a hidden widget: through a sign-in by
    // email and the sign-out after it.
    void focusNeverOnHiddenWidgets()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        FocusWatch watch;
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(Ann);
        press(Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QCOMPARE(watch.path, QStringList{QStringLiteral("codeEdit")}); // not to Cancel and back
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        watch.path.clear();
        QTest::mouseClick(app.find<QPushButton>("signOutButton"), Qt::LeftButton);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        QVERIFY2(watch.hidden.isEmpty(), qPrintable(watch.hidden.join(QStringLiteral(", "))));
        QVERIFY2(!watch.path.contains(QStringLiteral("codeEdit")), qPrintable(watch.path.join(QStringLiteral(", "))));
    }

    // After sign-up and sign-out the next person finds a fresh form: not "Create an account",
    // no name, no error; the last login id is offered again.
    void cleanStateAfterSignUpAndSignOut()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        SignInWidget *signIn = app.window.signInWidget();
        auto *title = app.findIn<QLabel>(signIn->findChild<LoginIdPage *>(), "titleLabel");
        const QString signInTitle = title->text();
        QTest::mouseClick(app.find<QPushButton>("signUpButton"), Qt::LeftButton);
        QTRY_COMPARE(focusName(), QStringLiteral("nameEdit"));
        type(QStringLiteral("Ann Example"));
        QTest::mouseClick(app.find<QLineEdit>("loginIdEdit"), Qt::LeftButton);
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(Ann);
        press(Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        QCOMPARE(app.session.user().name, QStringLiteral("Ann Example"));

        QTest::mouseClick(app.find<QPushButton>("signOutButton"), Qt::LeftButton);
        QVERIFY(app.waitForPage(signIn));
        QVERIFY(signIn->findChild<LoginIdPage *>()->isVisible());
        QCOMPARE(title->text(), signInTitle);
        auto *nameEdit = app.findIn<QLineEdit>(signIn, "nameEdit");
        QVERIFY(!nameEdit->isVisible());
        QVERIFY(nameEdit->text().isEmpty());
        QVERIFY(app.findIn<QPushButton>(signIn, "signUpButton")->isVisible());
        QVERIFY(!app.findIn<QLabel>(signIn->findChild<LoginIdPage *>(), "errorLabel")->isVisible());
        QCOMPARE(signIn->findChild<LoginIdPage *>()->loginId(), Ann); // the remembered login id aside
        QTest::mouseClick(app.find<QPushButton>("signUpButton"), Qt::LeftButton);
        QTRY_COMPARE(focusName(), QStringLiteral("nameEdit"));
        QVERIFY(nameEdit->text().isEmpty()); // not even when it shows again
    }

    // An error is about what was typed: gone once the country changes or the person goes back.
    void errorsClearOnCountryChangeAndBack()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        SignInWidget *signIn = app.window.signInWidget();
        QLabel *error = app.findIn<QLabel>(signIn->findChild<LoginIdPage *>(), "errorLabel");
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(QStringLiteral("123")); // no number anywhere
        press(Qt::Key_Return);
        QTRY_VERIFY(error->isVisible());
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("countryCombo"));
        press(Qt::Key_Down); // the next country
        QVERIFY(signIn->findChild<LoginIdPage *>()->region() != QLatin1StringView("DE"));
        QVERIFY(!error->isVisible());

        // A refused sign-in by phone is told on the first page; going on and back drops it.
        QVERIFY(tabTo("loginIdEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("+1 201 555 0199"));
        QVERIFY(tabTo("signInButton"));
        press(Qt::Key_Return);
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        press(Qt::Key_Return); // no such account
        QTRY_VERIFY(error->isVisible());
        QVERIFY(signIn->findChild<LoginIdPage *>()->isVisible());
        QVERIFY(tabTo("signInButton"));
        press(Qt::Key_Return);
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        press(Qt::Key_Escape);
        QTRY_VERIFY(signIn->findChild<LoginIdPage *>()->isVisible());
        QVERIFY(!error->isVisible());
    }

    // Re-authentication names the login id and sends nothing until "Send code" (Enter); it
    // never offers "Create an account" or another login id.
    void reauthenticationSendsNothingUntilAsked()
    {
        App app;
        QVERIFY(app.startByKeyboard(Ann));
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        const qsizetype sent = app.emulator->server->outbox().size();

        QVERIFY(app.revokeAndWaitForPrompt());
        ReauthDialog *dialog = app.window.reauthDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        SignInWidget *signIn = dialog->findChild<SignInWidget *>();
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        QCOMPARE(signIn->findChild<OtpFlow *>()->state(), OtpFlow::State::Idle);
        QCOMPARE(app.emulator->server->outbox().size(), sent);
        QVERIFY(app.findIn<QLabel>(signIn->findChild<DeliveryMethodPage *>(), "forLabel")->accessibleName().contains(Ann));
        for (QPushButton *button : signIn->findChildren<QPushButton *>()) {
            if (!button->isVisible())
                continue;
            QVERIFY2(button->objectName() != QLatin1StringView("signUpButton")
                         && button->objectName() != QLatin1StringView("backButton")
                         && button->objectName() != QLatin1StringView("changeLoginIdButton"),
                     qPrintable(button->objectName()));
        }
        QVERIFY(!signIn->findChild<LoginIdPage *>()->isVisible());
        QCOMPARE(QApplication::focusWidget(), app.findIn<QPushButton>(signIn, "sendButton"));
        press(Qt::Key_Return); // "Send code"
        QTRY_VERIFY(signIn->findChild<CodeEntryPage *>()->isVisible());
        QTRY_COMPARE(app.emulator->server->outbox().size(), sent + 1);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(app.emulator->lastCode(Ann));
        QTRY_VERIFY(!app.window.reauthDialog());
        QVERIFY(app.session.isSignedIn());
    }

    // An 84-character address and a very long name fit: the pages wrap, the window stays.
    void longTextDoesNotWidenTheWindow()
    {
        const QString longEmail = QStringLiteral("a.very.long.local.part.for.testin@the.sub.domain.of.a.rather-long.example-domain.com");
        QCOMPARE(longEmail.size(), 84);
        App app;
        app.window.resize(520, 600);
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(app.window.width(), 520); // under a window manager, once it has placed it
        const int width = app.window.width();
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        type(longEmail);
        QVERIFY(tabTo("signUpButton"));
        press(Qt::Key_Return);
        QTRY_COMPARE(focusName(), QStringLiteral("nameEdit"));
        type(QString(120, QLatin1Char('W')));
        QTest::qWait(100); // room for a resize to arrive from the window system
        QCOMPARE(app.window.width(), width);
        QVERIFY(app.window.minimumSizeHint().width() < 520);
        press(Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        type(app.emulator->lastCode(longEmail));
        QVERIFY(app.waitForPage(app.window.accountWidget()));

        // Re-authentication shows the address in a sentence: it wraps.
        QVERIFY(app.revokeAndWaitForPrompt());
        ReauthDialog *dialog = app.window.reauthDialog();
        SignInWidget *signIn = dialog->findChild<SignInWidget *>();
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        auto *forLabel = app.findIn<QLabel>(signIn->findChild<DeliveryMethodPage *>(), "forLabel");
        QVERIFY(forLabel->accessibleName().contains(longEmail));
        QVERIFY2(signIn->minimumSizeHint().width() < 420, qPrintable(QString::number(signIn->minimumSizeHint().width())));
        QVERIFY(dialog->width() <= dialog->screen()->availableGeometry().width());
        QVERIFY(forLabel->height() > forLabel->fontMetrics().height() * 3 / 2); // more than one line
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/signin-reauth-long-email.png")));
    }

    // For looking at: the pages of the conversation, in each language, into screenshots/.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        installTranslations(language);
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        const auto save = [&](QWidget *widget, const char *name) {
            QVERIFY(widget->grab().save(QStringLiteral("%1/signin-%2-%3.png").arg(dir, QLatin1StringView(name), language)));
        };
        App app;
        app.window.resize(560, 480);
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(QStringLiteral("030 12345678"));
        save(&app.window, "first-page");
        QVERIFY(tabTo("signUpButton"));
        press(Qt::Key_Return);
        type(QStringLiteral("Ann Example"));
        save(&app.window, "create-account");
        press(Qt::Key_Escape);
        press(Qt::Key_Return);
        QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
        save(&app.window, "method");
        press(Qt::Key_Down);
        save(&app.window, "method-voice");
    }
};

int main(int argc, char *argv[])
{
    // The system locale, as a German desktop session sets it (read by QLocale::system()).
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LC_CTYPE", "C.UTF-8");
    QApplication app(argc, argv);
    TestSignInKeyboard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signinkeyboard.moc"
