// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The real forms, typed into and clicked, against an in-process emulator (offscreen).
#include "accountsettingsdialog.h"
#include "accountwidget.h"
#include "appfixture.h"
#include "codeentrypage_p.h"
#include "deliverymethodpage_p.h"
#include "emulatorfixture.h"
#include "loginidpage_p.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "messagebox.h"
#include "reauthdialog.h"
#include "sessionmanager.h"
#include "signinwidget.h"
#include "stepupdialog.h"
#include "tokenverifier_p.h"
#include "applanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace Descope;
using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");

/// The step-up dialog open over window with its code sent (the field takes the code), or nullptr.
StepUpDialog *waitForStepUp(QWidget *window)
{
    StepUpDialog *stepUp = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        stepUp = window->findChild<StepUpDialog *>();
        if (!stepUp || !stepUp->isVisible())
            return false;
        auto *sent = stepUp->findChild<QLabel *>(QStringLiteral("sentLabel"));
        auto *field = stepUp->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
        return !sent->accessibleName().isEmpty() && !field->isReadOnly();
    }, 10000);
    return shown ? stepUp : nullptr;
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("DESCOPE_SCREENSHOT_DIR", QStringLiteral(DESCOPE_SCREENSHOT_DIR));
    QDir().mkpath(dir);
    return dir;
}

/// The size of the README's screenshots.
constexpr QSize ScreenshotSize(640, 560);

/// For a screenshot: the app's icon (main() sets it) and, when dark, a dark palette; both
/// undone afterwards.
class ScreenshotTheme
{
public:
    explicit ScreenshotTheme(bool dark)
        : m_palette(QApplication::palette())
    {
        QApplication::setWindowIcon(QIcon(QStringLiteral(DESCOPE_TEST_DATA_DIR "/../../resources/icons/com.descope.Desktop.svg")));
        if (!dark)
            return;
        QApplication::setPalette(darkPalette());
    }
    ~ScreenshotTheme()
    {
        QApplication::setPalette(m_palette);
        QApplication::setWindowIcon(QIcon());
    }
    Q_DISABLE_COPY_MOVE(ScreenshotTheme)

private:
    QPalette m_palette;
};

} // namespace

class TestApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Names and addresses come from the server (or from whoever signed up): shown as plain
    // text, with control characters visible and bidirectional overrides dropped, so a name
    // can neither be rich text nor reverse what follows it.
    void serverTextIsShownSafely()
    {
        AccountWidget account;
        User user;
        user.userId = QStringLiteral("U1");
        user.name = QStringLiteral("<b>Bold</b>\x1b[31m \u202Eevil");
        user.email = QStringLiteral("ann@example.com");
        account.setUser(user, user.email);
        auto *name = account.findChild<QLabel *>(QStringLiteral("nameValue"));
        QVERIFY(name);
        QCOMPARE(name->textFormat(), Qt::PlainText);
        QCOMPARE(name->text(), QStringLiteral("<b>Bold</b>\uFFFD[31m evil"));
    }

    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QStandardPaths::setTestModeEnabled(true); // not the person's ~/.config
        QSettings().clear();
        installTranslations(QStringLiteral("en"));
    }

    void settingsStayOutOfThePersonsHome()
    {
        // The window keeps its geometry and the last page in QSettings: in a test, never
        // where the person's own descope-desktop keeps them.
        App app;
        const QString home = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
        QVERIFY2(!QSettings().fileName().startsWith(home + QStringLiteral("/.config/")), qPrintable(QSettings().fileName()));
        QVERIFY2(QSettings().fileName().contains(QStringLiteral("/.qttest/")), qPrintable(QSettings().fileName()));
    }

    void signUpOrInByEmail()
    {
        App app;
        QVERIFY(app.restore());
        QCOMPARE(app.window.currentPage(), app.window.signInWidget());
        QVERIFY(app.signInByEmail());
        QCOMPARE(app.find<QLabel>("emailValue")->text(), QStringLiteral("%1 ✓ verified").arg(Ann));
        QVERIFY(app.find<QLabel>("sessionValue")->text().contains(QLatin1StringView("refreshes at")));
        QVERIFY(app.store->contents().has_value());
    }

    void signUpOrInBySms()
    {
        App app;
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), QStringLiteral("(201) 555-0123"));
        QComboBox *country = app.find<QComboBox>("countryCombo");
        QVERIFY(country->isVisible()); // a national number: the country matters
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
        QVERIFY(!app.find<QRadioButton>("emailRadio")->isVisible());
        QVERIFY(app.find<QRadioButton>("smsRadio")->isVisible());
        QVERIFY(app.find<QRadioButton>("voiceRadio")->isVisible());
        QVERIFY(app.find<QRadioButton>("whatsappRadio")->isVisible());
        app.find<QRadioButton>("smsRadio")->setChecked(true);
        QTest::mouseClick(app.find<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        QCOMPARE(app.emulator->server->outbox().last().to, QStringLiteral("+12015550123"));
        QCOMPARE(app.emulator->server->outbox().last().method, DeliveryMethod::Sms);
        QVERIFY(app.window.signInWidget()->findChild<CodeEntryPage *>()->findChild<QLabel *>(QStringLiteral("sentLabel"))->text().contains(QLatin1StringView("+1 201-555-0123")));
        app.typeCode(app.window.signInWidget()->findChild<CodeEntryPage *>(), app.emulator->lastCode(QStringLiteral("+12015550123")));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        QVERIFY(app.find<QLabel>("phoneValue")->text().startsWith(QLatin1StringView("+1 201-555-0123")));
    }

    // The remembered login id is offered at the next launch as people write it, not in E.164.
    void theRememberedNumberIsShownFormatted()
    {
        MemoryTokenStore store;
        QSignalSpy saved(store.saveLastLoginId(QStringLiteral("+12015550123")), &StoreJob::finished);
        QVERIFY(saved.count() == 1 || saved.wait());
        App app({}, &store);
        QVERIFY(app.restore());
        QTRY_COMPARE(app.find<QLineEdit>("loginIdEdit")->text(), QStringLiteral("+1 201-555-0123"));
    }

    // Another method refused for now (429, too many codes): said on the delivery page, where
    // Send can be pressed again, not on the first page (found by a first-time user).
    void aRateLimitedSendStaysOnTheDeliveryPage()
    {
        Emulator::Options options;
        options.sendLimit = 1; // --send-limit: the emulator's choice, not a Descope limit (docs/emulator-fidelity.md)
        App app(options);
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), QStringLiteral("+12015550123"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
        // Another method (the same one again takes up the code still on its way, OtpFlow's
        // cooldown, and sends nothing).
        QTRY_VERIFY(qobject_cast<QRadioButton *>(QApplication::focusWidget()));
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTRY_VERIFY(QApplication::focusWidget() != before);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QLabel *error = app.findIn<QLabel>(app.window.signInWidget()->findChild<DeliveryMethodPage *>(), "errorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1StringView("Too many requests")), qPrintable(error->text()));
        QVERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
    }

    void invalidInputIsExplainedInline()
    {
        App app;
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), QStringLiteral("ann@"));
        QTest::keyClick(app.find<QLineEdit>("loginIdEdit"), Qt::Key_Return);
        QLabel *error = app.findIn<QLabel>(app.window.signInWidget()->findChild<LoginIdPage *>(), "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), Error::invalidInput(Error::InputProblem::Email, {}).message());
        QTest::qWait(50);
        QVERIFY(app.emulator->server->requestJournal().isEmpty());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), QStringLiteral("x"));
        QVERIFY(!error->isVisible()); // typing clears it
    }

    void refusedSignInOffersDetails()
    {
        App app;
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), QStringLiteral("nobody@example.com"));
        QTest::mouseClick(app.find<QPushButton>("signInButton"), Qt::LeftButton);
        QWidget *page = app.window.signInWidget()->findChild<LoginIdPage *>();
        QLabel *error = app.findIn<QLabel>(page, "errorLabel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), Error::messageForCode(QStringLiteral("E062108")));
        QPushButton *details = app.findIn<QPushButton>(page, "copyDetailsButton");
        QVERIFY(!details->isVisible()); // no account uses it: the person's mistake, nothing to report
        // The server's own trouble is worth reporting.
        Emulator::Server::Fault broken;
        broken.kind = QStringLiteral("status");
        broken.status = 503;
        QVERIFY(app.emulator->server->setFault(QStringLiteral("/v1/auth/otp/signin/email"), broken));
        QTest::mouseClick(app.find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY(details->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1StringView("503")));
    }

    void badLoginIdsAreRefusedInline_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<Error::InputProblem>("problem");
        QTest::newRow("empty") << QString() << QStringLiteral("US") << Error::InputProblem::LoginId;
        QTest::newRow("whitespace") << QStringLiteral("    ") << QStringLiteral("US") << Error::InputProblem::LoginId;
        QTest::newRow("overlong") << (QString(300, QLatin1Char('a')) + QStringLiteral("@example.com")) << QStringLiteral("US")
                                  << Error::InputProblem::EmailTooLong;
        QTest::newRow("control character") << QStringLiteral("ann\u0007@example.com") << QStringLiteral("US")
                                           << Error::InputProblem::LoginId;
        QTest::newRow("look-alike letters") << QStringLiteral("ann@ex\u0430mple.com") << QStringLiteral("US")
                                            << Error::InputProblem::Email;
        QTest::newRow("impossible phone number") << QStringLiteral("+1 555") << QStringLiteral("US") << Error::InputProblem::Phone;
        QTest::newRow("national number, wrong country") << QStringLiteral("050 123 4567") << QStringLiteral("US")
                                                        << Error::InputProblem::Phone;
    }
    void badLoginIdsAreRefusedInline()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(Error::InputProblem, problem);
        App app;
        QVERIFY(app.restore());
        app.window.signInWidget()->findChild<LoginIdPage *>()->setRegion(region);
        app.find<QLineEdit>("loginIdEdit")->setText(typed);
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        QLabel *error = app.findIn<QLabel>(app.window.signInWidget()->findChild<LoginIdPage *>(), "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), Error::invalidInput(problem, {}).message());
        QTest::qWait(50);
        QVERIFY(app.emulator->server->requestJournal().isEmpty());
    }

    void lettersInTheCodeFieldAreDropped()
    {
        App app;
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), Ann);
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        QLineEdit *codeEdit = app.findIn<QLineEdit>(app.window.signInWidget()->findChild<CodeEntryPage *>(), "codeEdit");
        QTest::keyClicks(codeEdit, QStringLiteral("ab1"));
        QGuiApplication::clipboard()->setText(QStringLiteral("2\u0663c")); // an Arabic-Indic three
        QTest::keyClick(codeEdit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(codeEdit->text(), QStringLiteral("12")); // only ASCII digits stay
        QTest::keyClick(codeEdit, Qt::Key_Return); // two digits: sent, refused locally, no request
        QLabel *error = app.findIn<QLabel>(app.window.signInWidget()->findChild<CodeEntryPage *>(), "errorLabel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), Error::invalidInput(Error::InputProblem::Code, {}).message());
    }

    void wrongCodeThenRightCode()
    {
        App app;
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), Ann);
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        CodeEntryPage *page = app.window.signInWidget()->findChild<CodeEntryPage *>();
        const QString code = app.emulator->lastCode(Ann);
        app.typeCode(page, code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QLabel *error = app.findIn<QLabel>(page, "errorLabel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), Error::messageForCode(QStringLiteral("E061102")));
        QLineEdit *codeEdit = app.findIn<QLineEdit>(page, "codeEdit");
        QVERIFY(codeEdit->text().isEmpty());
        QTRY_VERIFY(codeEdit->hasFocus());
        QVERIFY(!app.findIn<QPushButton>(page, "copyDetailsButton")->isVisible()); // a mistake, not a fault
        app.typeCode(page, code);
        QVERIFY(app.waitForPage(app.window.accountWidget()));
    }

    void pasteCodeWithSpaces()
    {
        App app;
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), Ann);
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        QString code = app.emulator->lastCode(Ann);
        QGuiApplication::clipboard()->setText(QStringLiteral("Your code: ") + code.left(3) + QLatin1Char(' ') + code.mid(3));
        QLineEdit *codeEdit = app.findIn<QLineEdit>(app.window.signInWidget()->findChild<CodeEntryPage *>(), "codeEdit");
        codeEdit->setFocus();
        QTest::keyClick(codeEdit, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(app.waitForPage(app.window.accountWidget())); // the whole code submitted by itself
    }

    void resendCountdown()
    {
        App app;
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), Ann);
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        QPushButton *resend = app.findIn<QPushButton>(app.window.signInWidget()->findChild<CodeEntryPage *>(), "resendButton");
        QLabel *wait = app.findIn<QLabel>(app.window.signInWidget()->findChild<CodeEntryPage *>(), "resendLabel");
        QVERIFY(!resend->isEnabled());
        QCOMPARE(wait->text(), QStringLiteral("You can ask for a new code in 0:30."));
        app.advance(12);
        QCOMPARE(wait->text(), QStringLiteral("You can ask for a new code in 0:18."));
        app.advance(18);
        QVERIFY(resend->isEnabled());
        QCOMPARE(wait->text(), QStringLiteral("You can ask for a new code now."));
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_COMPARE(app.emulator->server->outbox().size(), 2);
        QTRY_COMPARE(wait->text(), QStringLiteral("You can ask for a new code in 1:00."));
        app.typeCode(app.window.signInWidget()->findChild<CodeEntryPage *>(), app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
    }

    void cancelInFlight()
    {
        Emulator::Options options;
        options.latencyMs = 3000;
        App app(options);
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), Ann);
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        QPushButton *cancel = nullptr;
        for (QPushButton *button : app.window.signInWidget()->findChildren<QPushButton *>()) {
            if (button->text() == QLatin1StringView("Cancel"))
                cancel = button;
        }
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisible());
        QVERIFY(app.find<QLineEdit>("loginIdEdit")->isReadOnly()); // held still, focus kept
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!app.find<QLineEdit>("loginIdEdit")->isReadOnly());
        QVERIFY(!cancel->isVisible());
        QCOMPARE(app.find<QLineEdit>("loginIdEdit")->text(), Ann); // nothing typed is lost
    }

    void updateEmailFromSettings()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QDialog *dialog = app.window.openAccountSettings();
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(app.findIn<QLineEdit>(dialog, "newEmailEdit"), QStringLiteral("ann.new@example.com"));
        app.findIn<QCheckBox>(dialog, "emailLoginCheck")->setChecked(true);
        QTest::mouseClick(app.findIn<QPushButton>(dialog, "sendEmailButton"), Qt::LeftButton);
        auto *settings = static_cast<AccountSettingsDialog *>(dialog);
        QTRY_VERIFY(settings->findChild<CodeEntryPage *>()->isVisible());
        QCOMPARE(app.emulator->server->outbox().last().to, QStringLiteral("ann.new@example.com"));
        QSignalSpy accepted(dialog, &QDialog::accepted);
        app.typeCode(settings->findChild<CodeEntryPage *>(), app.emulator->lastCode(Ann));
        QTRY_VERIFY(app.findIn<QPushButton>(dialog, "closeButton")->hasFocus()); // after "Your email address is now …"
        QTest::mouseClick(app.findIn<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);
        QTRY_COMPARE(app.find<QLabel>("emailValue")->text(), QStringLiteral("ann.new@example.com ✓ verified"));
        QVERIFY(app.find<QLabel>("loginIdsValue")->text().contains(QLatin1StringView("ann.new@example.com")));
    }

    void updatePhoneFromSettings()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        auto *settings = static_cast<AccountSettingsDialog *>(app.window.openAccountSettings());
        app.findIn<QTabWidget>(settings, "tabs")->setCurrentIndex(1);
        QTest::keyClicks(app.findIn<QLineEdit>(settings, "newPhoneEdit"), QStringLiteral("+44 20 7946 0958"));
        QComboBox *method = app.findIn<QComboBox>(settings, "methodCombo");
        method->setCurrentIndex(method->findData(QVariant::fromValue(DeliveryMethod::WhatsApp)));
        QTest::mouseClick(app.findIn<QPushButton>(settings, "sendPhoneButton"), Qt::LeftButton);
        QTRY_VERIFY(settings->findChild<CodeEntryPage *>()->isVisible());
        QCOMPARE(app.emulator->server->outbox().last().method, DeliveryMethod::WhatsApp);
        QSignalSpy accepted(settings, &QDialog::accepted);
        app.typeCode(settings->findChild<CodeEntryPage *>(), app.emulator->lastCode(Ann));
        QTRY_VERIFY(app.findIn<QPushButton>(settings, "closeButton")->hasFocus()); // after "Your phone number is now …"
        QTest::mouseClick(app.findIn<QPushButton>(settings, "closeButton"), Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);
        QTRY_COMPARE(app.find<QLabel>("phoneValue")->text(), QStringLiteral("+44 20 7946 0958 ✓ verified"));
    }

    void signOut()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QTest::mouseClick(app.find<QPushButton>("signOutButton"), Qt::LeftButton);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
        QTRY_VERIFY(!app.store->contents().has_value());
        QCOMPARE(app.find<QLineEdit>("loginIdEdit")->text(), Ann); // offered again
    }

    void signOutEverywhereIsConfirmed()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(app.find<QPushButton>("signOutEverywhereButton"), Qt::LeftButton);
        QCOMPARE(app.window.currentPage(), app.window.accountWidget());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(app.find<QPushButton>("signOutEverywhereButton"), Qt::LeftButton);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
    }

    // Issue 13's sudo mode, by keyboard: after an old sign-in, signing out everywhere asks
    // for a fresh code first; cancelled, nothing happens and a note says so.
    void signOutEverywhereAfterAnOldSignInAsksForACodeFirst()
    {
        App app;
        QVERIFY(app.startByKeyboard(Ann));
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        app.advance(11 * 60); // past the ten minutes
        QTRY_COMPARE(app.session.state(), SessionManager::State::SignedIn); // the refresh it made due is done
        QVERIFY(app.session.needsStepUp());

        MessageBox::setNextAnswer(QMessageBox::Yes); // "Sign out of all devices?"
        QVERIFY(tabTo("signOutEverywhereButton"));
        press(Qt::Key_Space);
        QPointer<StepUpDialog> stepUp = waitForStepUp(&app.window);
        QVERIFY(stepUp);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QVERIFY(stepUp->isAncestorOf(QApplication::focusWidget()));
        // Not "this change": it says what it is for.
        QVERIFY(stepUp->findChild<QLabel *>(QStringLiteral("explanationLabel"))
                    ->text().startsWith(QLatin1StringView("Signing out on every device needs a recent sign-in.")));
        QCOMPARE(app.emulator->server->outbox().last().to, Ann);
        QCOMPARE(app.lastRequest(QLatin1StringView("/v1/auth/otp/signin/email"))
                     .value(QLatin1StringView("body"))[QLatin1StringView("loginOptions")][QLatin1StringView("stepup")],
                 QJsonValue(true));
        QVERIFY(app.session.isSignedIn());
        QCOMPARE(app.window.currentPage(), app.window.accountWidget());

        press(Qt::Key_Escape); // not now
        QTRY_VERIFY(!stepUp || !stepUp->isVisible());
        QVERIFY(app.session.isSignedIn());
        QVERIFY(app.lastRequest(QLatin1StringView("/v1/auth/logoutall")).isEmpty());
        QVERIFY(app.window.noticeBanner()->isVisible());
        QCOMPARE(app.window.noticeBanner()->text(),
                 QStringLiteral("Nothing was changed: you are still signed in on your other devices."));

        app.window.activateWindow(); // as the window manager does when the dialog closes (offscreen has none)
        QTRY_COMPARE(focusName(), QStringLiteral("signOutEverywhereButton"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        press(Qt::Key_Space);
        stepUp = waitForStepUp(&app.window);
        QVERIFY(stepUp);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(app.emulator->lastCode(Ann));
        QVERIFY(app.waitForPage(app.window.signInWidget()));
        QTRY_COMPARE(app.window.noticeBanner()->text(), QStringLiteral("You were signed out on all devices."));
        QCOMPARE(app.lastRequest(QLatin1StringView("/v1/auth/logoutall")).value(QLatin1StringView("stepUp")), QJsonValue(true));
    }

    void launchWithStoredSession()
    {
        MemoryTokenStore store;
        EmulatorFixture emulator;
        Jwks cachedKeys;
        {
            App first({}, &store, &emulator);
            QVERIFY(first.restore());
            QVERIFY(first.signInByEmail());
            QTRY_VERIFY(!TokenVerifierPrivate::get(&first.verifier)->keys.isEmpty());
            cachedKeys = TokenVerifierPrivate::get(&first.verifier)->keys; // what the JWKS cache file holds at the next launch
        }
        App second({}, &store, &emulator);
        TokenVerifierPrivate::get(&second.verifier)->keys = cachedKeys;
        QList<QWidget *> shown;
        auto *stack = qobject_cast<QStackedWidget *>(second.window.currentPage()->parentWidget());
        QVERIFY(stack);
        connect(stack, &QStackedWidget::currentChanged, this, [&] { shown << stack->currentWidget(); });
        QCOMPARE(second.window.currentPage(), second.window.restoringPage());
        const qsizetype requests = emulator.server->requestJournal().size();
        QVERIFY(second.restore());
        QVERIFY(second.waitForPage(second.window.accountWidget()));
        QVERIFY(!shown.contains(second.window.signInWidget())); // no flash of the sign-in form
        QCOMPARE(emulator.server->requestJournal().size(), requests); // and no request
        QCOMPARE(second.find<QLabel>("emailValue")->text(), QStringLiteral("%1 ✓ verified").arg(Ann));
    }

    void reauthenticationAfterRevocation()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QVERIFY(app.revokeAndWaitForPrompt());
        QCOMPARE(app.window.currentPage(), app.window.accountWidget()); // the window behind keeps its state
        ReauthDialog *dialog = app.window.reauthDialog();
        CodeEntryPage *page = dialog->findChild<SignInWidget *>()->findChild<CodeEntryPage *>();
        QTRY_VERIFY(dialog->findChild<SignInWidget *>()->findChild<DeliveryMethodPage *>()->isVisible()); // nothing sent until asked
        QTest::mouseClick(app.findIn<QPushButton>(dialog, "sendButton"), Qt::LeftButton);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!app.findIn<QPushButton>(page, "changeLoginIdButton")->isVisible());
        app.typeCode(page, app.emulator->lastCode(Ann));
        QTRY_VERIFY(!app.window.reauthDialog());
        QCOMPARE(app.window.currentPage(), app.window.accountWidget());
        QVERIFY(app.session.isSignedIn());
    }

    void stayingSignedOutAfterRevocation()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QVERIFY(app.revokeAndWaitForPrompt());
        QTest::mouseClick(app.findIn<QPushButton>(app.window.reauthDialog(), "stayOutButton"), Qt::LeftButton);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
    }

    /// Found by hand: after Escape ("Stay signed out") the prompt's "same person" rule
    /// outlived it, and anyone else who then signed in was signed out again at once.
    void someoneElseSignsInAfterStayingSignedOut()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QVERIFY(app.revokeAndWaitForPrompt());
        ReauthDialog *dialog = app.window.reauthDialog();
        QTRY_VERIFY(dialog->findChild<SignInWidget *>()->findChild<DeliveryMethodPage *>()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
        const QString other = QStringLiteral("gina@example.com");
        QVERIFY(app.signInByEmail(other));
        QCOMPARE(app.find<QLabel>("emailValue")->text(), QStringLiteral("%1 ✓ verified").arg(other));
        QVERIFY(app.session.isSignedIn());
    }

    void keychainUnavailableBanner()
    {
        App app;
        app.store->setFailure(Error::storage(Error::StorageProblem::NoBackend, QStringLiteral("no daemon")));
        QVERIFY(app.restore());
        MessageBanner *banner = app.window.storageBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), Error::storage(Error::StorageProblem::NoBackend, {}).message());
        QVERIFY(app.signInByEmail()); // signing in still works, in memory
    }

    void offlineBanner()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        app.emulator->server.reset(); // the service goes away
        app.session.refresh();
        MessageBanner *banner = app.window.connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1StringView("minute")));
        QVERIFY(banner->actionButton()->isVisible());
        QCOMPARE(app.window.currentPage(), app.window.accountWidget());
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        // Every Descope error code we know and every local error kind, in English and translated.
        QList<Error> errors;
        for (QLatin1StringView code : ErrorCodes::All)
            errors << Error::fromServer(400, code, {}, {}, -1, {});
        for (int kind = int(Error::Kind::InvalidInput); kind <= int(Error::Kind::TokenInvalid); ++kind) {
            if (Error::Kind(kind) != Error::Kind::Api)
                errors << Error(Error::Kind(kind), {});
        }
        for (int problem = 0; problem <= int(Error::InputProblem::Busy); ++problem)
            errors << Error::invalidInput(Error::InputProblem(problem), {});
        for (int problem = 1; problem <= int(Error::StorageProblem::Failed); ++problem)
            errors << Error::storage(Error::StorageProblem(problem), {});
        errors << Error::fromServer(429, QStringLiteral("E130429"), {}, {}, 30, {});

        installTranslations(QStringLiteral("en"));
        QStringList english;
        for (const Error &error : std::as_const(errors)) {
            QVERIFY2(!error.message().isEmpty(), qPrintable(error.technicalDetails()));
            english << error.message();
        }
        installTranslations(language);
        for (qsizetype i = 0; i < errors.size(); ++i)
            QVERIFY2(errors.at(i).message() != english.at(i), qPrintable(english.at(i)));
        installTranslations(QStringLiteral("en"));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        for (const char *language : {"en", "de", "fr"}) {
            QTest::addRow("%s", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s dark", language) << QString::fromLatin1(language) << true;
        }
    }
    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        installTranslations(language);
        const ScreenshotTheme theme(dark);
        const QString dir = screenshotDir();
        const QString suffix = language + (dark ? QStringLiteral("-dark") : QString());
        const auto save = [&](QWidget *widget, const char *name) {
            QVERIFY(widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, QLatin1StringView(name), suffix)));
        };
        App app;
        app.window.resize(ScreenshotSize);
        save(&app.window, "restoring");
        QVERIFY(app.restore());
        QTest::keyClicks(app.find<QLineEdit>("loginIdEdit"), QStringLiteral("+12015550123")); // formatted as typed
        save(&app.window, "sign-in");
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
        save(&app.window, "delivery-method");
        QTest::mouseClick(app.find<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        app.typeCode(app.window.signInWidget()->findChild<CodeEntryPage *>(), QStringLiteral("1"));
        save(&app.window, "code");
        app.findIn<QLineEdit>(app.window.signInWidget()->findChild<CodeEntryPage *>(), "codeEdit")->clear();
        app.typeCode(app.window.signInWidget()->findChild<CodeEntryPage *>(), app.emulator->lastCode(QStringLiteral("+12015550123")));
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        save(&app.window, "account");
        QDialog *settings = app.window.openAccountSettings();
        QTRY_VERIFY(settings->isVisible());
        QTRY_VERIFY(settings->width() >= settings->minimumSizeHint().width()); // laid out, as shown
        save(settings, "account-settings");
        settings->close();
        // Signing out everywhere after an old sign-in: "Confirm it's you" first.
        app.session.setStepUpWindow(std::chrono::seconds(0));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(app.find<QPushButton>("signOutEverywhereButton"), Qt::LeftButton);
        StepUpDialog *stepUp = waitForStepUp(&app.window);
        QVERIFY(stepUp);
        QTRY_VERIFY(stepUp->width() >= stepUp->minimumSizeHint().width()); // laid out, as shown
        // Tall enough for its wrapped texts, where the code went most of all (a resize reaches
        // the window through the event loop).
        for (QLabel *label : stepUp->findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        }
        QCOMPARE(mnemonicClash(stepUp), QString());
        save(stepUp, "step-up");
        QTest::keyClick(stepUp, Qt::Key_Escape);
        QTRY_VERIFY(!stepUp->isVisible());
        app.session.setStepUpWindow(SessionManager::DefaultStepUpWindow);
        save(&app.window, "step-up-cancelled");
        app.window.noticeBanner()->hide();
        app.window.storageBanner()->showMessage(MessageBanner::Kind::Warning,
                                                Error::storage(Error::StorageProblem::NoBackend, {}).message());
        save(&app.window, "keychain-banner");
        app.window.storageBanner()->hide();
        // The sign-in service goes away: the banner and the status line say so.
        Emulator::Server::Fault drop;
        drop.kind = QStringLiteral("drop");
        drop.count = 1000;
        app.emulator->server->setFault(QStringLiteral("/v1/auth/refresh"), drop);
        app.session.refresh();
        QTRY_VERIFY(app.window.connectionBanner()->isVisible());
        save(&app.window, "offline");
        app.emulator->server->clearFaults();
        QVERIFY(app.revokeAndWaitForPrompt());
        QTRY_VERIFY(app.window.reauthDialog()->isVisible());
        save(app.window.reauthDialog(), "reauthenticate");
        QTest::keyClick(app.window.reauthDialog(), Qt::Key_Escape);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
        save(&app.window, "session-ended");
        installTranslations(QStringLiteral("en"));
    }

    // A 200-character name and an 84-character address: elided, the window as it was.
    void screenshotLongName_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void screenshotLongName()
    {
        QFETCH(bool, dark);
        installTranslations(QStringLiteral("en"));
        const ScreenshotTheme theme(dark);
        App app;
        app.window.resize(ScreenshotSize);
        const QString email = QStringLiteral("annemarie.vanderberg-schmidt@research.department.example-university-hospital.co.uk");
        QString name;
        for (int i = 0; name.size() < 200; ++i)
            name += QStringList{QStringLiteral("Maria"), QStringLiteral("Alexandra"), QStringLiteral("von"),
                                QStringLiteral("Hohenzollern-Sigmaringen")}.at(i % 4) + QLatin1Char(' ');
        SignUpUser user;
        user.name = name.left(200).trimmed();
        auto *start = app.emulator->client->signUp(DeliveryMethod::Email, email, user);
        QVERIFY(waitFor(start));
        auto *verify = app.emulator->client->verify(DeliveryMethod::Email, email, app.emulator->lastCode(email));
        QVERIFY(waitFor(verify));
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail(email));
        QVERIFY(app.window.width() <= ScreenshotSize.width());
        QVERIFY(app.window.grab().save(QStringLiteral("%1/account-long-name-en%2.png")
                                           .arg(screenshotDir(), dark ? QStringLiteral("-dark") : QString())));
    }
};

QTEST_MAIN(TestApp)
#include "tst_app.moc"
