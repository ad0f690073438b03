// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// A first-time user, keyboard first, in English, German and French: Alt+letter is a
// shortcut or nothing (never a letter typed into the field), every control can be reached
// by its own letter and one action has one letter on every page, Tab shows where the focus
// is, the confirmation of signing out everywhere cancels on Enter in the person's language,
// and "Copy details" is offered only for errors worth reporting.
#include "accountsettingsdialog.h"
#include "appfixture.h"
#include "codeentrypage_p.h"
#include "deliverymethodpage_p.h"
#include "error.h"
#include "keyboard.h"
#include "loginidpage_p.h"
#include "mainwindow.h"
#include "reauthdialog.h"
#include "signinwidget.h"
#include "applanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Descope;
using namespace Descope;

namespace {

/// Alt and the letter of c, as a German or French keyboard sends it.
void pressAlt(QChar c)
{
    QVERIFY2(keyTarget(), "nothing has the keyboard focus");
    const QChar lower = c.toLower();
    QTest::sendKeyEvent(QTest::Click, keyTarget(), Qt::Key(lower.toUpper().unicode()), QString(lower), Qt::AltModifier);
}

QMessageBox *visibleMessageBox()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
            return box;
    }
    return nullptr;
}

QDialog *settingsDialog(const App &app)
{
    auto *dialog = app.window.findChild<AccountSettingsDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

/// Once a dialog of window has closed, the window is active again, as a window manager
/// makes it (offscreen has none: nothing is active) and the focus is where Qt put it.
bool windowActiveAgain(QWidget *window)
{
    if (!QApplication::activeWindow())
        window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QSettings().clear();
    }
    void cleanup() { installTranslations(QStringLiteral("en")); }

    /// The first page: Alt+Z (no shortcut) typed "z" after the address.
    void altLetterDoesNotTypeOnFirstPage_data() { addLanguages(); }
    void altLetterDoesNotTypeOnFirstPage()
    {
        QFETCH(QString, language);
        installTranslations(language);
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(QStringLiteral("jose@bücher.de"));
        pressAlt(QLatin1Char('z'));
        pressAlt(QLatin1Char('q'));
        QCOMPARE(app.find<QLineEdit>("loginIdEdit")->text(), QStringLiteral("jose@bücher.de"));
    }

    /// AltGr+Q types "@" on a German keyboard: on X11 it comes without Alt, or with the
    /// group switch; it still types.
    void altGrStillTypes()
    {
        installTranslations(QStringLiteral("de"));
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(QStringLiteral("jose"));
        QTest::sendKeyEvent(QTest::Click, keyTarget(), Qt::Key_At, QStringLiteral("@"), Qt::GroupSwitchModifier);
        type(QStringLiteral("x"));
        QTest::sendKeyEvent(QTest::Click, keyTarget(), Qt::Key_At, QStringLiteral("@"), Qt::NoModifier);
        QCOMPARE(app.find<QLineEdit>("loginIdEdit")->text(), QStringLiteral("jose@x@"));
    }

    /// Account settings, German: Alt+A typed "a" into the new email (and a code went there).
    /// Now every control there has a letter of its own: Alt+that letter reaches it.
    void accountSettingsByKeyboard_data() { addLanguages(); }
    void accountSettingsByKeyboard()
    {
        QFETCH(QString, language);
        installTranslations(language);
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QTest::mouseClick(app.find<QPushButton>("settingsButton"), Qt::LeftButton);
        QDialog *settings = nullptr;
        QTRY_VERIFY((settings = settingsDialog(app)) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(settings));
        auto *newEmail = app.findIn<QLineEdit>(settings, "newEmailEdit");
        QTRY_COMPARE(focusName(), QStringLiteral("newEmailEdit"));
        type(QStringLiteral("jose@bücher.de"));
        // Letters that are no shortcut here in any of the languages (A now is one).
        for (const char letter : {'z', 'q', 'x', 'j'})
            pressAlt(QLatin1Char(letter));
        QCOMPARE(newEmail->text(), QStringLiteral("jose@bücher.de"));

        // Each control without a letter before has one; pressing it reaches the control.
        auto *check = app.findIn<QCheckBox>(settings, "emailLoginCheck");
        const QChar checkLetter = mnemonic(check->text());
        QVERIFY2(!checkLetter.isNull(), qPrintable(check->text()));
        const bool wasChecked = check->isChecked();
        pressAlt(checkLetter);
        QTRY_COMPARE(check->isChecked(), !wasChecked);
        QCOMPARE(newEmail->text(), QStringLiteral("jose@bücher.de"));
        for (const char *name : {"sendEmailButton", "sendPhoneButton", "closeButton"}) {
            auto *button = app.findIn<QPushButton>(settings, name);
            QVERIFY2(!mnemonic(button->text()).isNull(), qPrintable(button->text()));
        }
        auto *phoneCheck = app.findIn<QCheckBox>(settings, "phoneLoginCheck");
        QVERIFY2(!mnemonic(phoneCheck->text()).isNull(), qPrintable(phoneCheck->text()));

        // Close, by its letter.
        const QPointer<QDialog> open(settings);
        pressAlt(mnemonic(app.findIn<QPushButton>(settings, "closeButton")->text()));
        QTRY_VERIFY(!open || !open->isVisible());
        QCOMPARE(app.window.currentPage(), app.window.accountWidget());
    }

    /// "Change email or phone" has one letter on the delivery page and the code page.
    void oneLetterForOneAction_data() { addLanguages(); }
    void oneLetterForOneAction()
    {
        QFETCH(QString, language);
        installTranslations(language);
        App app;
        QVERIFY(app.restore());
        SignInWidget *signIn = app.window.signInWidget();
        const QChar onMethodPage = mnemonic(app.findIn<QPushButton>(signIn->findChild<DeliveryMethodPage *>(), "backButton")->text());
        const QChar onCodePage = mnemonic(app.findIn<QPushButton>(signIn->findChild<CodeEntryPage *>(), "changeLoginIdButton")->text());
        QVERIFY(!onMethodPage.isNull());
        QCOMPARE(onCodePage, onMethodPage);

        // And that letter takes the code page back to the first page; so does Copy details
        // have a letter there.
        QVERIFY(app.startByKeyboard(QStringLiteral("ann@example.com")));
        QVERIFY(!mnemonic(app.findIn<QPushButton>(signIn->findChild<CodeEntryPage *>(), "copyDetailsButton")->text()).isNull());
        pressAlt(onCodePage);
        QTRY_VERIFY(signIn->findChild<LoginIdPage *>()->isVisible());
    }

    /// Tab to a link-styled button shows it: underlined and framed, not flat.
    void linkButtonsShowFocus()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        for (const char *name : {"signInButton", "signUpButton"}) {
            auto *button = app.find<QPushButton>(name);
            QVERIFY(button->isFlat());
            QVERIFY(!button->font().underline());
            const QImage before = button->grab().toImage();
            QVERIFY(tabTo(name));
            QVERIFY2(button->font().underline(), name);
            QVERIFY2(!button->isFlat(), name);
            QVERIFY(button->grab().toImage() != before);
        }
        press(Qt::Key_Tab);
        QVERIFY(focusName() != QLatin1StringView("signUpButton"));
        QVERIFY(app.find<QPushButton>("signUpButton")->isFlat());
        QVERIFY(!app.find<QPushButton>("signUpButton")->font().underline());

        // Continue, the default button, looks different with the focus.
        auto *next = app.find<QPushButton>("continueButton");
        const QImage unfocused = next->grab().toImage();
        QVERIFY(tabTo("continueButton"));
        QVERIFY(next->grab().toImage() != unfocused);
    }

    /// "Sign out of all devices?": Cancel in the person's language, and the default (Enter
    /// cancels); the action is taken by its own letter.
    void signOutEverywhereCancelsOnEnter_data() { addLanguages(); }
    void signOutEverywhereCancelsOnEnter()
    {
        QFETCH(QString, language);
        installTranslations(language);
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QTest::mouseClick(app.find<QPushButton>("signOutEverywhereButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleMessageBox()) != nullptr);
        auto *cancel = box->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel);
        const QString expected = language == QLatin1StringView("de")   ? QStringLiteral("Abbrechen")
                                 : language == QLatin1StringView("fr") ? QStringLiteral("Annuler")
                                                                       : QStringLiteral("Cancel");
        QCOMPARE(cancel->text().remove(QLatin1Char('&')), expected);
        QTRY_VERIFY(QApplication::focusWidget() && box->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Return);
        QTRY_VERIFY(!visibleMessageBox());
        QVERIFY(app.session.isSignedIn());
        QCOMPARE(app.window.currentPage(), app.window.accountWidget());

        // The action, by its letter.
        QTest::mouseClick(app.find<QPushButton>("signOutEverywhereButton"), Qt::LeftButton);
        QTRY_VERIFY((box = visibleMessageBox()) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && box->isAncestorOf(QApplication::focusWidget()));
        const QChar letter = mnemonic(box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->text());
        QVERIFY(!letter.isNull());
        pressAlt(letter);
        QTRY_VERIFY(!app.session.isSignedIn());
    }

    /// "Sign out of all devices?" in German: Cancel has the focus; Shift+Tab to the action
    /// and Enter pressed it (Space did), not Cancel: Enter closed the box and nothing happened.
    void signOutEverywhereByEnterOnTheAction_data() { addLanguages(); }
    void signOutEverywhereByEnterOnTheAction()
    {
        QFETCH(QString, language);
        installTranslations(language);
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QTest::mouseClick(app.find<QPushButton>("signOutEverywhereButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleMessageBox()) != nullptr);
        QTRY_COMPARE(focusName(), QStringLiteral("cancelButton"));
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(focusName(), QStringLiteral("confirmButton"));
        press(Qt::Key_Return);
        // Signed in just now: no step-up, the sign-out goes on.
        QTRY_VERIFY(!app.session.isSignedIn());
    }

    /// The account page, German, keyboard only: Enter presses the focused button (it did
    /// nothing there), and a dialog opened from a button gives the focus back to that
    /// button when it closes (it landed on "Sign out": the next Space signed out).
    void accountPageEnterPressesTheFocusedButton()
    {
        installTranslations(QStringLiteral("de"));
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));

        QVERIFY(tabTo("settingsButton"));
        press(Qt::Key_Return);
        QDialog *settings = nullptr;
        QTRY_VERIFY((settings = settingsDialog(app)) != nullptr);
        QTRY_VERIFY(settings->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!settingsDialog(app));
        QVERIFY(windowActiveAgain(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("settingsButton"));

        QVERIFY(tabTo("signOutEverywhereButton"));
        press(Qt::Key_Return);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleMessageBox()) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && box->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Return); // Cancel, the default
        QTRY_VERIFY(!visibleMessageBox());
        QVERIFY(app.session.isSignedIn());
        QVERIFY(windowActiveAgain(&app.window));
        QTRY_COMPARE(focusName(), QStringLiteral("signOutEverywhereButton"));

        QVERIFY(tabTo("signOutButton"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!app.session.isSignedIn());
    }

    /// Opened by Space (as before any fix), closed by Escape: the focus goes back to the
    /// opener, never to "Sign out".
    void focusReturnsToTheOpener()
    {
        installTranslations(QStringLiteral("de"));
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        for (int round = 0; round < 2; ++round) {
            QVERIFY(tabTo("settingsButton"));
            press(Qt::Key_Space);
            QDialog *settings = nullptr;
            QTRY_VERIFY((settings = settingsDialog(app)) != nullptr);
            QTRY_VERIFY(settings->isAncestorOf(QApplication::focusWidget()));
            press(Qt::Key_Escape);
            QTRY_VERIFY(!settingsDialog(app));
            QVERIFY(windowActiveAgain(&app.window));
            QTRY_COMPARE(focusName(), QStringLiteral("settingsButton"));

            QVERIFY(tabTo("signOutEverywhereButton"));
            press(Qt::Key_Space);
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = visibleMessageBox()) != nullptr);
            QTRY_VERIFY(QApplication::focusWidget() && box->isAncestorOf(QApplication::focusWidget()));
            press(Qt::Key_Escape);
            QTRY_VERIFY(!visibleMessageBox());
            QVERIFY(windowActiveAgain(&app.window));
            QTRY_COMPARE(focusName(), QStringLiteral("signOutEverywhereButton"));
        }
        QVERIFY(app.session.isSignedIn());
    }

    /// The prompt to sign in again: "Stay signed out" has a letter, and it answers.
    void staySignedOutByLetter_data() { addLanguages(); }
    void staySignedOutByLetter()
    {
        QFETCH(QString, language);
        installTranslations(language);
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QVERIFY(app.revokeAndWaitForPrompt());
        QDialog *prompt = app.window.reauthDialog();
        QVERIFY(QTest::qWaitForWindowActive(prompt));
        auto *stayOut = app.findIn<QPushButton>(prompt, "stayOutButton");
        const QChar letter = mnemonic(stayOut->text());
        QVERIFY2(!letter.isNull(), qPrintable(stayOut->text()));
        const QPointer<QDialog> open(prompt);
        QTRY_VERIFY(QApplication::focusWidget() && prompt->isAncestorOf(QApplication::focusWidget()));
        pressAlt(letter);
        QTRY_VERIFY(!open || !open->isVisible());
    }

    /// The one rule for "Copy details".
    void worthReporting()
    {
        QVERIFY(!Error().worthReporting());
        QVERIFY(!Error::invalidInput(Error::InputProblem::Email, QStringLiteral("x")).worthReporting());
        const auto api = [](int status, const char *code) {
            return Error::fromServer(status, QLatin1StringView(code), {}, {}, -1, {});
        };
        QVERIFY(!api(401, "E061102").worthReporting()); // wrong code
        QVERIFY(!api(401, "E061103").worthReporting()); // too many attempts
        QVERIFY(!api(401, "E061104").worthReporting()); // expired
        QVERIFY(!api(409, "E062107").worthReporting()); // already exists
        QVERIFY(!api(400, "E062108").worthReporting()); // no such user
        QVERIFY(api(500, "E011003").worthReporting());
        QVERIFY(api(503, "").worthReporting());
        QVERIFY(Error(Error::Kind::Network, QStringLiteral("refused")).worthReporting());
        QVERIFY(Error::invalidResponse(QStringLiteral("not JSON")).worthReporting());
    }

    /// The person's own mistakes offer no details to copy; the server's trouble does.
    void copyDetailsOnlyWorthReporting()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        LoginIdPage *loginPage = app.window.signInWidget()->findChild<LoginIdPage *>();
        auto *copyOnLogin = app.findIn<QPushButton>(loginPage, "copyDetailsButton");
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(QStringLiteral("nobody@example.com"));
        QVERIFY(tabTo("signInButton"));
        press(Qt::Key_Return); // sign in only: no account uses this address
        auto *error = app.findIn<QLabel>(loginPage, "errorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!copyOnLogin->isVisible());

        // The server fails: worth reporting.
        Emulator::Server::Fault broken;
        broken.kind = QStringLiteral("status");
        broken.status = 503;
        QVERIFY(app.emulator->server->setFault(QStringLiteral("/v1/auth/otp/signin/email"), broken));
        QVERIFY(tabTo("signInButton"));
        press(Qt::Key_Return);
        QTRY_VERIFY(copyOnLogin->isVisible());

        // A wrong code: the person's own mistake.
        app.emulator->server->clearFaults();
        QLineEdit *loginId = app.find<QLineEdit>("loginIdEdit");
        QVERIFY(tabTo("loginIdEdit"));
        loginId->selectAll();
        press(Qt::Key_Delete);
        type(QStringLiteral("ann@example.com"));
        press(Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        CodeEntryPage *codePage = app.window.signInWidget()->findChild<CodeEntryPage *>();
        const QString code = app.emulator->lastCode(QStringLiteral("ann@example.com"));
        type(code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QTRY_VERIFY(app.findIn<QLabel>(codePage, "errorLabel")->isVisible());
        QVERIFY(!app.findIn<QPushButton>(codePage, "copyDetailsButton")->isVisible());
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
