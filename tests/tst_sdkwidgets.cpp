// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The widgets library as another app uses it: its own dialog around a SignInWidget, a
// CodeField on its own, the account settings opened on the form it wants, a banner. Only
// the public headers and the public API, and the person's keys to the focused widget.

#include "accountsettingsdialog.h"
#include "client.h"
#include "clock.h"
#include "config.h"
#include "codefield.h"
#include "emulatorfixture.h"
#include "keyboard.h"
#include "messagebanner.h"
#include "otpflow.h"
#include "project.h"
#include "reauthdialog.h"
#include "sessionmanager.h"
#include "signinwidget.h"
#include "stepupdialog.h"
#include "tokenstore.h"
#include "tokenverifier.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");
const QString AnnsPhone = QStringLiteral("+12015550123");
const QString AnnsNewEmail = QStringLiteral("ann.new@example.com");
/// Longer than SessionManager::DefaultStepUpWindow (10 minutes): a sign-in this old is not recent.
constexpr qint64 ElevenMinutes = 11 * 60;

/// What an app builds (the Project does this for it): client, store, verifier, session.
struct Sdk
{
    explicit Sdk(const Emulator::Options &options = {})
        : emulator(options)
        , clock(emulator.server->now() * 1000)
        , verifier(emulator.client.get())
        , session(emulator.client.get(), &store, &verifier, &clock)
    {
        verifier.setClock(&clock);
    }

    EmulatorFixture emulator;
    ManualClock clock;
    MemoryTokenStore store;
    TokenVerifier verifier;
    SessionManager session;
};

/// The app's own sign-in dialog: a SignInWidget and nothing else.
struct SignInDialog
{
    explicit SignInDialog(Sdk &sdk, TokenStore *store = nullptr)
        : signIn(new SignInWidget(sdk.emulator.client.get(), &sdk.session, store, &sdk.clock, &dialog))
    {
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(signIn);
        QObject::connect(signIn, &SignInWidget::signedIn, &dialog, &QDialog::accept);
        dialog.resize(480, 420);
    }
    bool show()
    {
        dialog.show();
        return QTest::qWaitForWindowActive(&dialog)
            && QTest::qWaitFor([] { return focusName() == QLatin1StringView("loginIdEdit"); }, 5000);
    }

    QDialog dialog;
    SignInWidget *signIn;
};

/// Ann signs in through the app's dialog by keyboard, with the code from the outbox.
bool signInByKeyboard(Sdk &sdk)
{
    SignInDialog dialog(sdk);
    if (!dialog.show())
        return false;
    type(Ann);
    press(Qt::Key_Return);
    if (!QTest::qWaitFor([] { return focusName() == QLatin1StringView("codeEdit"); }, 10000)
        || !QTest::qWaitFor([&sdk] { return !sdk.emulator.lastCode(Ann).isEmpty(); }, 10000))
        return false;
    type(sdk.emulator.lastCode(Ann));
    return QTest::qWaitFor([&sdk] { return sdk.session.isSignedIn(); }, 10000);
}

QString visibleError(QWidget *within)
{
    for (QLabel *label : within->findChildren<QLabel *>(QStringLiteral("errorLabel"))) {
        if (label->isVisible())
            return label->text();
    }
    return {};
}

/// WCAG's contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](float v) { return v <= 0.03928f ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

/// Time passes for the app and the emulator alike; a refresh it makes due is done before
/// the test goes on (a step-up racing a refresh is the session manager's business, not this
/// suite's).
void advance(Sdk &sdk, qint64 seconds)
{
    sdk.emulator.server->advanceClock(seconds);
    sdk.clock.advanceSeconds(seconds);
    QVERIFY(QTest::qWaitFor([&sdk] { return sdk.session.state() != SessionManager::State::Refreshing; }, 10000));
}

/// The last request the emulator journalled whose path starts with path (empty if none).
QJsonObject lastRequest(const Sdk &sdk, QLatin1StringView path)
{
    const QJsonArray journal = sdk.emulator.server->requestJournal();
    for (qsizetype i = journal.size() - 1; i >= 0; --i) {
        const QJsonObject entry = journal.at(i).toObject();
        if (entry.value(QLatin1StringView("path")).toString().startsWith(path))
            return entry;
    }
    return {};
}

/// The email address the emulator holds for the user signed in as loginId, asked through its
/// control API (GET /emulator/users), as a script would.
QString emailAtTheEmulator(const Sdk &sdk, const QString &loginId)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(sdk.emulator.baseUrl().resolved(QUrl(QStringLiteral("/emulator/users")))));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return QStringLiteral("(no answer)");
    reply->deleteLater();
    const QJsonArray users = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1StringView("users")).toArray();
    for (const QJsonValue &user : users) {
        const QJsonObject record = user.toObject();
        if (record.value(QLatin1StringView("loginIds")).toArray().contains(loginId))
            return record.value(QLatin1StringView("email")).toString();
    }
    return QStringLiteral("(no such user)");
}

/// The code went out and dialog says where (the field takes the code): what the person sees
/// before typing it. The emulator's outbox has it a moment before the reply arrives.
bool waitForCodeSent(QWidget *dialog)
{
    return QTest::qWaitFor([dialog] {
        auto *sent = dialog->findChild<QLabel *>(QStringLiteral("sentLabel"));
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
        return sent && field && sent->isVisible() && !sent->accessibleName().isEmpty() && !field->isReadOnly();
    }, 10000);
}

/// The account settings, open on the email form with its field focused.
struct Settings
{
    explicit Settings(Sdk &sdk)
        : dialog(sdk.emulator.client.get(), &sdk.session, &sdk.clock)
    {
    }
    bool open()
    {
        dialog.open();
        return QTest::qWaitForWindowActive(&dialog)
            && QTest::qWaitFor([] { return focusName() == QLatin1StringView("newEmailEdit"); }, 5000);
    }
    /// The step-up dialog over it, once it shows with the keyboard focus in its code field.
    StepUpDialog *waitForStepUp()
    {
        StepUpDialog *stepUp = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            stepUp = dialog.findChild<StepUpDialog *>();
            return stepUp && stepUp->isVisible() && stepUp->isAncestorOf(QApplication::focusWidget())
                && focusName() == QLatin1StringView("codeEdit");
        }, 10000);
        return shown ? stepUp : nullptr;
    }
    /// The step-up closed: the settings are the active window again, as the window manager
    /// makes them (offscreen has none).
    bool backFromStepUp()
    {
        if (!QTest::qWaitFor([this] {
                const auto stepUps = dialog.findChildren<StepUpDialog *>();
                return std::none_of(stepUps.cbegin(), stepUps.cend(), [](StepUpDialog *stepUp) { return stepUp->isVisible(); });
            }, 10000))
            return false;
        dialog.activateWindow();
        return QTest::qWaitFor([this] { return dialog.isActiveWindow() && dialog.isAncestorOf(QApplication::focusWidget()); }, 5000);
    }
    /// The settings' own code page shows, with the keyboard focus in its field.
    bool waitForCodePage()
    {
        if (!backFromStepUp())
            return false;
        return QTest::qWaitFor([this] {
            return dialog.isAncestorOf(QApplication::focusWidget()) && focusName() == QLatin1StringView("codeEdit")
                && !dialog.findChild<StepUpDialog *>();
        }, 10000);
    }

    AccountSettingsDialog dialog;
};

} // namespace

class TestSdkWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of its own, not the person's
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QApplication::setApplicationName(QStringLiteral("tst_sdkwidgets"));
        QSettings().clear();
    }
    void init()
    {
        QSettings().clear(); // no remembered method or region from the case before
    }

    void signsInFromTheAppsOwnDialog()
    {
        Sdk sdk;
        SignInDialog app(sdk);
        QSignalSpy pages(app.signIn, &SignInWidget::pageChanged);
        QSignalSpy signedIn(app.signIn, &SignInWidget::signedIn);
        QVERIFY(app.show());
        QCOMPARE(app.signIn->currentPage(), SignInWidget::Page::LoginId);

        type(Ann);
        press(Qt::Key_Return);
        // An email address has one way for the code to travel: straight to the code.
        QTRY_COMPARE(app.signIn->currentPage(), SignInWidget::Page::Code);
        QCOMPARE(pages.last().first().value<SignInWidget::Page>(), SignInWidget::Page::Code);
        QTRY_VERIFY(!sdk.emulator.lastCode(Ann).isEmpty());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(sdk.emulator.lastCode(Ann));

        QTRY_COMPARE(signedIn.count(), 1);
        QVERIFY(sdk.session.isSignedIn());
        QCOMPARE(sdk.session.loginId(), Ann);
        QTRY_VERIFY(!app.dialog.isVisible());
        QCOMPARE(app.dialog.result(), int(QDialog::Accepted));
    }

    void aProjectIsAllItTakes()
    {
        // What docs/use-in-your-app.md shows: one Project, the widgets built from it.
        EmulatorFixture emulator;
        ProjectOptions options;
        options.projectId = Emulator::Options().projectId;
        options.baseUrl = emulator.baseUrl();
        options.storage = SessionStorage::Memory;
        Project project(options);
        QVERIFY2(project.isValid(), qPrintable(project.errorString()));
        QDialog dialog;
        auto *signIn = new SignInWidget(&project, &dialog);
        (new QVBoxLayout(&dialog))->addWidget(signIn);
        QObject::connect(signIn, &SignInWidget::signedIn, &dialog, &QDialog::accept);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        type(Ann);
        press(Qt::Key_Return);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QTRY_VERIFY(!emulator.lastCode(Ann).isEmpty());
        type(emulator.lastCode(Ann));
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(project.session()->isSignedIn());

        AccountSettingsDialog settings(&project);
        settings.open();
        QVERIFY(QTest::qWaitForWindowActive(&settings));
        QTRY_COMPARE(focusName(), QStringLiteral("newEmailEdit"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!settings.isVisible());
    }

    void escapeGoesBackThenCancels()
    {
        Sdk sdk;
        SignInDialog app(sdk);
        QSignalSpy cancelled(app.signIn, &SignInWidget::cancelled);
        QSignalSpy pages(app.signIn, &SignInWidget::pageChanged);
        QVERIFY(app.show());
        type(Ann);
        press(Qt::Key_Return);
        QTRY_COMPARE(app.signIn->currentPage(), SignInWidget::Page::Code);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));

        press(Qt::Key_Escape); // back to the login id, what was typed kept
        QCOMPARE(app.signIn->currentPage(), SignInWidget::Page::LoginId);
        QCOMPARE(pages.last().first().value<SignInWidget::Page>(), SignInWidget::Page::LoginId);
        QCOMPARE(app.signIn->loginId(), Ann);
        QCOMPARE(cancelled.count(), 0);
        QVERIFY(app.dialog.isVisible());

        QTRY_COMPARE(focusName(), QStringLiteral("loginIdEdit"));
        press(Qt::Key_Escape); // nothing to go back to: the person leaves
        QCOMPARE(cancelled.count(), 1);
        QTRY_VERIFY(!app.dialog.isVisible()); // and the key went on to the dialog
        QCOMPARE(app.dialog.result(), int(QDialog::Rejected));
        QVERIFY(!sdk.session.isSignedIn());
    }

    void theAppSetsTheLoginId()
    {
        Sdk sdk;
        SignInDialog app(sdk);
        app.signIn->setLoginId(Ann);
        QVERIFY(app.show());
        QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), Ann);
        QCOMPARE(app.signIn->loginId(), Ann);
        press(Qt::Key_Return); // nothing to type: Enter sends the code
        QTRY_COMPARE(app.signIn->currentPage(), SignInWidget::Page::Code);
    }

    void theStoreOffersTheLastLoginId()
    {
        Sdk sdk;
        {
            SignInDialog first(sdk, &sdk.store);
            QVERIFY(first.show());
            type(Ann);
            press(Qt::Key_Return);
            QTRY_COMPARE(first.signIn->currentPage(), SignInWidget::Page::Code);
        }
        SignInDialog next(sdk, &sdk.store);
        QVERIFY(next.show());
        QTRY_COMPARE(next.signIn->loginId(), Ann);
        // Without a store, nothing is remembered.
        SignInDialog forgetful(sdk);
        QVERIFY(forgetful.show());
        QCOMPARE(forgetful.signIn->loginId(), QString());
    }

    void onlyTheMethodsTheAppAllowsAreOffered()
    {
        Sdk sdk;
        SignInDialog app(sdk);
        QCOMPARE(app.signIn->deliveryMethods().size(), 4);
        app.signIn->setDeliveryMethods({DeliveryMethod::Voice, DeliveryMethod::Sms});
        QCOMPARE(app.signIn->deliveryMethods(), (QList<DeliveryMethod>{DeliveryMethod::Voice, DeliveryMethod::Sms}));
        QVERIFY(app.show());
        type(AnnsPhone);
        press(Qt::Key_Return);
        QTRY_COMPARE(app.signIn->currentPage(), SignInWidget::Page::DeliveryMethod);
        QStringList offered;
        for (QRadioButton *radio : app.dialog.findChildren<QRadioButton *>()) {
            if (radio->isVisible())
                offered << radio->objectName();
        }
        QCOMPARE(offered, (QStringList{QStringLiteral("smsRadio"), QStringLiteral("voiceRadio")}));
        // The first one the app allows is the one chosen.
        QCOMPARE(focusName(), QStringLiteral("voiceRadio"));
    }

    void oneMethodLeftIsNoChoice()
    {
        Sdk sdk;
        SignInDialog app(sdk);
        app.signIn->setDeliveryMethods({DeliveryMethod::Email, DeliveryMethod::Sms});
        QVERIFY(app.show());
        type(AnnsPhone);
        press(Qt::Key_Return);
        QTRY_COMPARE(app.signIn->currentPage(), SignInWidget::Page::Code);
        QLabel *sent = app.dialog.findChild<QLabel *>(QStringLiteral("sentLabel"));
        QVERIFY(sent->accessibleName().contains(QLatin1StringView("text message")));
    }

    void aLoginIdWithNoMethodAllowedIsRefused()
    {
        Sdk sdk;
        SignInDialog app(sdk);
        app.signIn->setDeliveryMethods({DeliveryMethod::Email});
        QVERIFY(app.show());
        // The field asks for what the app can send a code to.
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Email address"));
        QCOMPARE(app.dialog.findChild<QLabel *>(QStringLiteral("loginIdLabel"))->text(), QStringLiteral("&Email address"));
        type(AnnsPhone);
        press(Qt::Key_Return);
        QTRY_VERIFY(!visibleError(&app.dialog).isEmpty());
        QCOMPARE(visibleError(&app.dialog),
                 QStringLiteral("Codes cannot be sent to a phone number here. Enter your email address."));
        QCOMPARE(app.signIn->currentPage(), SignInWidget::Page::LoginId);
        QVERIFY(sdk.emulator.lastCode(AnnsPhone).isEmpty()); // nothing was sent
        // An empty list is every method again.
        app.signIn->setDeliveryMethods({});
        QCOMPARE(app.signIn->deliveryMethods().size(), 4);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Email or phone number"));
        press(Qt::Key_Return);
        QTRY_COMPARE(app.signIn->currentPage(), SignInWidget::Page::DeliveryMethod);
    }

    void phoneOnlyAsksForAPhoneNumber()
    {
        Sdk sdk;
        SignInDialog app(sdk);
        app.signIn->setDeliveryMethods({DeliveryMethod::Sms, DeliveryMethod::WhatsApp});
        QVERIFY(app.show());
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Phone number"));
        QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->placeholderText(), QStringLiteral("+1 201 555 0123"));
        type(Ann);
        press(Qt::Key_Return);
        QTRY_COMPARE(visibleError(&app.dialog),
                     QStringLiteral("Codes cannot be sent by email here. Enter your phone number."));
        QCOMPARE(app.signIn->currentPage(), SignInWidget::Page::LoginId);
    }

    void signingInAgainOffersWhatFitsTheLoginId()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        QVERIFY(!sdk.session.reauthenticate(Ann));
        SignInDialog again(sdk);
        again.signIn->setDeliveryMethods({DeliveryMethod::Sms}); // none fits an email address
        again.signIn->startReauthentication(Ann);
        QCOMPARE(again.signIn->currentPage(), SignInWidget::Page::DeliveryMethod);
        again.dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&again.dialog));
        QTRY_COMPARE(focusName(), QStringLiteral("sendButton")); // nothing to choose: email
        const QString before = sdk.emulator.lastCode(Ann);
        press(Qt::Key_Return);
        QTRY_COMPARE(again.signIn->currentPage(), SignInWidget::Page::Code);
        QTRY_VERIFY(sdk.emulator.lastCode(Ann) != before);
    }

    void aCodeFieldOnItsOwn()
    {
        QWidget window;
        auto *field = new CodeField(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(field);
        QSignalSpy edited(field, &CodeField::codeEdited);
        QSignalSpy completed(field, &CodeField::codeCompleted);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), field);

        type(QStringLiteral("12a3-4"));
        QCOMPARE(field->code(), QStringLiteral("1234"));
        QCOMPARE(edited.last().first().toString(), QStringLiteral("1234"));
        QCOMPARE(completed.count(), 0);
        type(QStringLiteral(" 56"));
        QCOMPARE(field->code(), QStringLiteral("123456"));
        QCOMPARE(completed.count(), 1);
        QCOMPARE(completed.first().first().toString(), QStringLiteral("123456"));
        type(QStringLiteral("7")); // a seventh digit is no part of a code
        QCOMPARE(field->code(), QStringLiteral("123456"));
        QCOMPARE(CodeField::codeLength(), 6);
        QVERIFY(field->minimumSizeHint().width() > 0);

        press(Qt::Key_Backspace);
        QCOMPARE(field->code(), QStringLiteral("12345"));
        QCOMPARE(edited.last().first().toString(), QStringLiteral("12345"));
    }

    void accountSettingsOpenOnTheFormTheAppAsksFor()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        AccountSettingsDialog dialog(sdk.emulator.client.get(), &sdk.session, &sdk.clock);
        QCOMPARE(dialog.currentForm(), AccountSettingsDialog::Form::Email);
        dialog.setCurrentForm(AccountSettingsDialog::Form::Phone);
        QCOMPARE(dialog.currentForm(), AccountSettingsDialog::Form::Phone);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE(focusName(), QStringLiteral("newPhoneEdit"));
        type(QStringLiteral("2015550199"));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("newPhoneEdit"))->text().contains(QLatin1StringView("555")));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Issue 13's sudo mode: an old sign-in confirms it's the person before the email changes.
    void anOldSignInConfirmsWithACodeBeforeTheEmailChanges()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        advance(sdk, ElevenMinutes);
        QVERIFY(sdk.session.needsStepUp());
        Settings settings(sdk);
        QVERIFY(settings.open());
        const qsizetype sent = sdk.emulator.server->outbox().size();
        type(AnnsNewEmail);
        press(Qt::Key_Return);

        // First a code to Ann's own address, through Descope's stepup, in a dialog of its own.
        QPointer<StepUpDialog> stepUp = settings.waitForStepUp();
        QVERIFY(stepUp);
        QVERIFY(waitForCodeSent(stepUp));
        QCOMPARE(sdk.emulator.server->outbox().size(), sent + 1);
        QCOMPARE(sdk.emulator.server->outbox().last().to, Ann);
        const QJsonObject signIn = lastRequest(sdk, QLatin1StringView("/v1/auth/otp/signin/email"));
        QCOMPARE(signIn.value(QLatin1StringView("body"))[QLatin1StringView("loginOptions")][QLatin1StringView("stepup")], QJsonValue(true));
        QCOMPARE(signIn.value(QLatin1StringView("authorization")), QJsonValue(QStringLiteral("project:refresh")));
        QVERIFY(stepUp->findChild<QLabel *>(QStringLiteral("sentLabel"))->accessibleName().contains(Ann));
        QCOMPARE(mnemonicClash(stepUp), QString());
        QVERIFY(lastRequest(sdk, QLatin1StringView("/v1/auth/otp/update")).isEmpty()); // not yet
        type(sdk.emulator.lastCode(Ann));

        // Confirmed: the change goes on by itself, with the stepped-up session.
        QVERIFY(settings.waitForCodePage());
        QTRY_VERIFY(!stepUp);
        QCOMPARE(sdk.emulator.server->outbox().last().to, AnnsNewEmail);
        const QJsonObject update = lastRequest(sdk, QLatin1StringView("/v1/auth/otp/update/email"));
        QCOMPARE(update.value(QLatin1StringView("stepUp")), QJsonValue(true));
        type(sdk.emulator.lastCode(Ann));
        QTRY_COMPARE(sdk.session.user().email, AnnsNewEmail);
        QCOMPARE(emailAtTheEmulator(sdk, Ann), AnnsNewEmail);
        QTRY_COMPARE(focusName(), QStringLiteral("closeButton")); // "Your email address is now …"
    }

    void aRecentSignInIsNotAskedAgain()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        advance(sdk, 9 * 60); // within the ten minutes
        Settings settings(sdk);
        QVERIFY(settings.open());
        type(AnnsNewEmail);
        press(Qt::Key_Return);
        QVERIFY(settings.waitForCodePage()); // straight to the code for the new address
        QCOMPARE(sdk.emulator.server->outbox().last().to, AnnsNewEmail);
        QVERIFY(lastRequest(sdk, QLatin1StringView("/v1/auth/otp/signin")).value(QLatin1StringView("body"))
                    [QLatin1StringView("loginOptions")][QLatin1StringView("stepup")].isUndefined());
        QCOMPARE(lastRequest(sdk, QLatin1StringView("/v1/auth/otp/update/email")).value(QLatin1StringView("stepUp")), QJsonValue(false));

        // Two minutes on, the same change asks first.
        press(Qt::Key_Escape); // back to the form, as typed
        QTRY_COMPARE(focusName(), QStringLiteral("newEmailEdit"));
        advance(sdk, 2 * 60);
        press(Qt::Key_Return);
        QVERIFY(settings.waitForStepUp());
    }

    // A first-time user's find: Escape on the email change's code page, then Enter, sent a
    // second code to the new address at once. Within the countdown it takes up the first.
    void escapeThenEnterOnTheEmailChangeSendsNoSecondCode()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        Settings settings(sdk);
        QVERIFY(settings.open());
        type(AnnsNewEmail);
        press(Qt::Key_Return);
        QVERIFY(settings.waitForCodePage());
        const qsizetype sent = sdk.emulator.server->outbox().size();
        QCOMPARE(sdk.emulator.server->outbox().last().to, AnnsNewEmail);
        advance(sdk, 6);
        press(Qt::Key_Escape); // back to the form, as typed
        QTRY_COMPARE(focusName(), QStringLiteral("newEmailEdit"));
        press(Qt::Key_Return);
        QVERIFY(settings.waitForCodePage());
        QCOMPARE(sdk.emulator.server->outbox().size(), sent);
        type(sdk.emulator.lastCode(Ann));
        QTRY_COMPARE(sdk.session.user().email, AnnsNewEmail);
        QCOMPARE(sdk.emulator.server->outbox().size(), sent);
    }

    // A first-time user's find: after an email change that kept the login id (the new address
    // not added to the login ids), Descope sends the step-up's code to the account's address,
    // and the dialog names it, although the mask (a***@example.com) fits the login id too.
    // It also says what the code is for (the change asked for, not "this change" for all).
    void theStepUpNamesTheAccountsAddressAfterAnEmailChange()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        const QString anna = QStringLiteral("anna@example.com");
        {
            Settings settings(sdk);
            QVERIFY(settings.open());
            type(anna);
            press(Qt::Key_Return);
            QVERIFY(settings.waitForCodePage()); // a recent sign-in: no step-up
            type(sdk.emulator.lastCode(Ann));
            QTRY_COMPARE(sdk.session.user().email, anna);
            QTRY_COMPARE(focusName(), QStringLiteral("closeButton"));
            press(Qt::Key_Return);
            QTRY_VERIFY(!settings.dialog.isVisible());
        }
        QCOMPARE(sdk.session.loginId(), Ann);
        advance(sdk, ElevenMinutes);

        Settings settings(sdk);
        QVERIFY(settings.open());
        type(QStringLiteral("amy@example.com"));
        press(Qt::Key_Return);
        QPointer<StepUpDialog> stepUp = settings.waitForStepUp();
        QVERIFY(stepUp);
        QVERIFY(waitForCodeSent(stepUp));
        QCOMPARE(sdk.emulator.server->outbox().last().to, anna); // where Descope sends it
        QVERIFY(OtpFlow::maskFits(sdk.emulator.server->outbox().last().maskedTo, Ann));
        const QString said = stepUp->findChild<QLabel *>(QStringLiteral("sentLabel"))->accessibleName();
        QVERIFY2(said.contains(anna) && !said.contains(Ann), qPrintable(said));
        const QString why = stepUp->findChild<QLabel *>(QStringLiteral("explanationLabel"))->accessibleName();
        QVERIFY2(why.startsWith(QLatin1StringView("Changing your email address needs a recent sign-in.")), qPrintable(why));
    }

    // The same for signing in again after that change: the code page names the account's
    // address, as the page before it did, not the login id the mask happens to fit.
    void signingInAgainNamesTheAccountsAddressAfterAnEmailChange()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        const QString anna = QStringLiteral("anna@example.com");
        {
            Settings settings(sdk);
            QVERIFY(settings.open());
            type(anna);
            press(Qt::Key_Return);
            QVERIFY(settings.waitForCodePage());
            type(sdk.emulator.lastCode(Ann));
            QTRY_COMPARE(sdk.session.user().email, anna);
            QTRY_COMPARE(focusName(), QStringLiteral("closeButton"));
            press(Qt::Key_Return);
            QTRY_VERIFY(!settings.dialog.isVisible());
        }
        ReauthDialog reauth(sdk.emulator.client.get(), &sdk.session, Error(), &sdk.clock);
        reauth.open();
        QVERIFY(QTest::qWaitForWindowActive(&reauth));
        QTRY_VERIFY(reauth.isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Return); // "Send code"
        QVERIFY(waitForCodeSent(&reauth));
        QCOMPARE(sdk.emulator.server->outbox().last().to, anna);
        const QString said = reauth.findChild<QLabel *>(QStringLiteral("sentLabel"))->accessibleName();
        QVERIFY2(said.contains(anna) && !said.contains(Ann), qPrintable(said));
    }

    void cancellingTheStepUpChangesNothingAndKeepsWhatWasTyped()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        sdk.session.setStepUpWindow(std::chrono::seconds(0)); // always ask
        Settings settings(sdk);
        QVERIFY(settings.open());
        type(AnnsNewEmail);
        QVERIFY(tabTo("emailLoginCheck"));
        press(Qt::Key_Space);
        const qsizetype sent = sdk.emulator.server->outbox().size();
        press(Qt::Key_Return);
        QPointer<StepUpDialog> stepUp = settings.waitForStepUp();
        QVERIFY(stepUp);
        QVERIFY(waitForCodeSent(stepUp)); // no request runs: Escape is for the dialog
        QCOMPARE(sdk.emulator.server->outbox().size(), sent + 1);

        press(Qt::Key_Escape);
        QTRY_VERIFY(!stepUp || !stepUp->isVisible());
        QVERIFY(settings.dialog.isVisible());
        QVERIFY(settings.backFromStepUp());
        QCOMPARE(settings.dialog.findChild<QLineEdit *>(QStringLiteral("newEmailEdit"))->text(), AnnsNewEmail);
        QVERIFY(settings.dialog.findChild<QCheckBox *>(QStringLiteral("emailLoginCheck"))->isChecked());
        QCOMPARE(visibleError(&settings.dialog),
                 QStringLiteral("Nothing was changed: the change needs the code that confirms it's you."));
        QCOMPARE(sdk.emulator.server->outbox().size(), sent + 1); // no code to the new address
        QVERIFY(lastRequest(sdk, QLatin1StringView("/v1/auth/otp/update")).isEmpty());
        QCOMPARE(sdk.session.user().email, Ann);
        QCOMPARE(emailAtTheEmulator(sdk, Ann), Ann);

        // Asked again, confirmed this time: the change goes on with what was typed. No second
        // text: the step-up takes up the code sent moments ago (its countdown goes on).
        advance(sdk, 15);
        press(Qt::Key_Return);
        stepUp = settings.waitForStepUp();
        QVERIFY(stepUp);
        QVERIFY(waitForCodeSent(stepUp));
        QCOMPARE(sdk.emulator.server->outbox().size(), sent + 1);
        QCOMPARE(stepUp->findChild<QLabel *>(QStringLiteral("resendLabel"))->text(),
                 QStringLiteral("You can ask for a new code in 0:15."));
        type(sdk.emulator.lastCode(Ann));
        QVERIFY(settings.waitForCodePage());
        QCOMPARE(sdk.emulator.server->outbox().last().to, AnnsNewEmail);
        QCOMPARE(lastRequest(sdk, QLatin1StringView("/v1/auth/otp/update/email")).value(QLatin1StringView("body"))
                     [QLatin1StringView("addToLoginIDs")], QJsonValue(true));
    }

    // A typo is said at once: no code to confirm a change that cannot be made.
    void aMistypedAddressIsRefusedBeforeAnyStepUp()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        sdk.session.setStepUpWindow(std::chrono::seconds(0));
        Settings settings(sdk);
        QVERIFY(settings.open());
        const qsizetype sent = sdk.emulator.server->outbox().size();
        type(QStringLiteral("ann.new@"));
        press(Qt::Key_Return);
        QTRY_COMPARE(visibleError(&settings.dialog), Error::invalidInput(Error::InputProblem::Email, {}).message());
        QVERIFY(!settings.dialog.findChild<StepUpDialog *>());
        QCOMPARE(sdk.emulator.server->outbox().size(), sent);
        QCOMPARE(focusName(), QStringLiteral("newEmailEdit"));
    }

    void aWrongStepUpCodeKeepsTheDialogOpen()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        sdk.session.setStepUpWindow(std::chrono::seconds(0));
        Settings settings(sdk);
        QVERIFY(settings.open());
        type(AnnsNewEmail);
        const qsizetype sent = sdk.emulator.server->outbox().size();
        press(Qt::Key_Return);
        QPointer<StepUpDialog> stepUp = settings.waitForStepUp();
        QVERIFY(stepUp);
        QVERIFY(waitForCodeSent(stepUp));
        QCOMPARE(sdk.emulator.server->outbox().size(), sent + 1);
        const QString code = sdk.emulator.lastCode(Ann);
        type(code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));

        QTRY_COMPARE(visibleError(stepUp), Error::messageForCode(QStringLiteral("E061102")));
        QVERIFY(stepUp->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit")); // emptied, for the next try
        QVERIFY(stepUp->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), QString());
        QVERIFY(lastRequest(sdk, QLatin1StringView("/v1/auth/otp/update")).isEmpty());
        type(code);
        QVERIFY(settings.waitForCodePage());
        QCOMPARE(sdk.emulator.server->outbox().last().to, AnnsNewEmail);
    }

    // The service out of reach when the code should go: said plainly, and "Send a new code"
    // tries again at once.
    void aStepUpThatCannotSendSaysSoAndTriesAgain()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        sdk.session.setStepUpWindow(std::chrono::seconds(0));
        Emulator::Server::Fault drop;
        drop.kind = QStringLiteral("drop");
        drop.count = 1000;
        sdk.emulator.server->setFault(QStringLiteral("/v1/auth/otp/signin/email"), drop);
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QList<bool> answers;
        QPointer<StepUpDialog> dialog = StepUpDialog::whenRecentlySignedIn(
            sdk.emulator.client.get(), &sdk.session, &sdk.clock, &window, &window, [&answers](bool confirmed) { answers << confirmed; });
        QVERIFY(dialog);
        QTRY_COMPARE(visibleError(dialog), Error(Error::Kind::Network, {}).message());
        QVERIFY(dialog->isVisible());
        QVERIFY(sdk.session.isSignedIn()); // not the session's fault
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("resendButton"))->isEnabled());

        sdk.emulator.server->clearFaults(); // back
        const qsizetype sent = sdk.emulator.server->outbox().size();
        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QVERIFY(waitForCodeSent(dialog));
        QCOMPARE(sdk.emulator.server->outbox().size(), sent + 1);
        QCOMPARE(visibleError(dialog), QString());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(sdk.emulator.lastCode(Ann));
        QTRY_COMPARE(answers, QList<bool>{true});
    }

    // Escape stops the request in flight first, and only then leaves.
    void escapeCancelsTheStepUpsRequestThenLeaves()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        sdk.session.setStepUpWindow(std::chrono::seconds(0));
        Emulator::Server::Fault slow;
        slow.kind = QStringLiteral("delay");
        slow.delayMs = 3000; // long enough for Escape to find it in flight
        sdk.emulator.server->setFault(QStringLiteral("/v1/auth/otp/signin/email"), slow);
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QList<bool> answers;
        QPointer<StepUpDialog> dialog = StepUpDialog::whenRecentlySignedIn(
            sdk.emulator.client.get(), &sdk.session, &sdk.clock, &window, &window, [&answers](bool confirmed) { answers << confirmed; });
        QVERIFY(dialog);
        auto *busy = dialog->findChild<QWidget *>(QStringLiteral("busyBar"));
        QTRY_VERIFY(busy->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        press(Qt::Key_Escape); // the request
        QTRY_VERIFY(!busy->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(answers.isEmpty());
        // "Send a new code" sends it again.
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("resendButton"))->isEnabled());
        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QVERIFY(waitForCodeSent(dialog));
        press(Qt::Key_Escape); // nothing in flight: leave
        QTRY_VERIFY(!dialog);
        QCOMPARE(answers, QList<bool>{false});
        QVERIFY(sdk.session.isSignedIn());
    }

    // Colours from the palette: in a dark theme the error under the code reads as well.
    void theStepUpErrorReadsInADarkTheme()
    {
        const QPalette before = QApplication::palette();
        QPalette dark = before;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::WindowText, QColor(0xec, 0xec, 0xec));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
        dark.setColor(QPalette::Text, QColor(0xec, 0xec, 0xec));
        dark.setColor(QPalette::Button, QColor(0x3b, 0x3b, 0x40));
        dark.setColor(QPalette::ButtonText, QColor(0xec, 0xec, 0xec));
        QApplication::setPalette(dark);
        const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        sdk.session.setStepUpWindow(std::chrono::seconds(0));
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QPointer<StepUpDialog> dialog = StepUpDialog::whenRecentlySignedIn(sdk.emulator.client.get(), &sdk.session, &sdk.clock,
                                                                           &window, &window, [](bool) {});
        QVERIFY(dialog);
        QVERIFY(waitForCodeSent(dialog));
        const QString code = sdk.emulator.lastCode(Ann);
        type(code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QTRY_VERIFY(!visibleError(dialog).isEmpty());
        QLabel *error = nullptr;
        for (QLabel *label : dialog->findChildren<QLabel *>(QStringLiteral("errorLabel"))) {
            if (label->isVisible())
                error = label;
        }
        QVERIFY(error);
        const QColor text = error->palette().color(error->foregroundRole());
        const QColor background = dialog->palette().color(QPalette::Window);
        QVERIFY2(contrast(text, background) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), background.name()).arg(contrast(text, background))));
    }

    // The convenience an app calls before its own sensitive action.
    void whenRecentlySignedInAsksOnlyWhenNeeded()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QList<bool> answers;
        const auto then = [&answers](bool confirmed) { answers << confirmed; };
        // Fresh: at once, no dialog.
        QCOMPARE(StepUpDialog::whenRecentlySignedIn(sdk.emulator.client.get(), &sdk.session, &sdk.clock, &window, &window, then),
                 nullptr);
        QCOMPARE(answers, QList<bool>{true});

        // Old: a dialog, and the answer once it is given; a code that has expired meanwhile
        // says so and offers a new one.
        advance(sdk, ElevenMinutes);
        const qsizetype sent = sdk.emulator.server->outbox().size();
        QPointer<StepUpDialog> dialog
            = StepUpDialog::whenRecentlySignedIn(sdk.emulator.client.get(), &sdk.session, &sdk.clock, &window, &window, then);
        QVERIFY(dialog);
        QCOMPARE(answers.size(), 1);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QVERIFY(waitForCodeSent(dialog));
        QCOMPARE(sdk.emulator.server->outbox().size(), sent + 1);
        const QString expired = sdk.emulator.lastCode(Ann);
        advance(sdk, sdk.emulator.server->options().codeTtl + 1);
        type(expired);
        QTRY_VERIFY(!visibleError(dialog).isEmpty());
        auto *resend = dialog->findChild<QPushButton *>(QStringLiteral("resendButton"));
        QVERIFY(resend->isEnabled()); // the way on, at once
        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QTRY_COMPARE(sdk.emulator.server->outbox().size(), sent + 2);
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("sentLabel"))->accessibleName().contains(QLatin1StringView("new code")));
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        type(sdk.emulator.lastCode(Ann));
        QTRY_COMPARE(answers, (QList<bool>{true, true}));
        QVERIFY(!sdk.session.needsStepUp());
        QVERIFY(sdk.session.sessionClaims().stepUp); // su

        // The session ending meanwhile closes it: no answer but "no".
        sdk.session.setStepUpWindow(std::chrono::seconds(0));
        dialog = StepUpDialog::whenRecentlySignedIn(sdk.emulator.client.get(), &sdk.session, &sdk.clock, &window, &window, then);
        QVERIFY(dialog);
        QVERIFY(waitForCodeSent(dialog));
        sdk.session.signOut();
        QTRY_VERIFY(!dialog);
        QCOMPARE(answers, (QList<bool>{true, true, false}));
    }

    // Descope refusing the session's token on "Send a new code", while the earlier code is
    // still usable (the flow goes on: attemptFailed, not failed): the session ends (the
    // re-authentication prompt follows), the dialog closes unconfirmed, and it does not
    // blame what was typed. (The 401 for a revoked token is the emulator's choice.)
    void aStepUpResendRefusedForTheSessionEndsIt()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        sdk.session.setStepUpWindow(std::chrono::seconds(0));
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QList<bool> answers;
        QPointer<StepUpDialog> dialog = StepUpDialog::whenRecentlySignedIn(
            sdk.emulator.client.get(), &sdk.session, &sdk.clock, &window, &window, [&answers](bool confirmed) { answers << confirmed; });
        QVERIFY(dialog);
        QVERIFY(waitForCodeSent(dialog));
        QSignalSpy reauth(&sdk.session, &SessionManager::reauthenticationRequired);
        // Signed out elsewhere: the session's token is dead at Descope.
        EmptyReply *logout = sdk.emulator.client->logout(sdk.session.refreshJwt());
        QSignalSpy loggedOut(logout, &Reply::finished);
        QVERIFY(loggedOut.wait(10000));
        QVERIFY(logout->isSuccess());
        advance(sdk, OtpFlow::InitialCooldownSeconds + 1);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("resendButton"))->isEnabled());
        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!sdk.session.isSignedIn());
        QCOMPARE(reauth.size(), 1);
        QTRY_VERIFY(!dialog);
        QCOMPARE(answers, QList<bool>{false});
    }

    // The same in the account settings: the update's "Send a new code" refused for the
    // session's token (the earlier code still usable) ends the session and closes them.
    void anUpdateResendRefusedForTheSessionEndsIt()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk)); // recent: no step-up
        Settings settings(sdk);
        QVERIFY(settings.open());
        type(AnnsNewEmail);
        press(Qt::Key_Return);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QTRY_COMPARE(sdk.emulator.server->outbox().last().to, AnnsNewEmail);
        EmptyReply *logout = sdk.emulator.client->logout(sdk.session.refreshJwt());
        QSignalSpy loggedOut(logout, &Reply::finished);
        QVERIFY(loggedOut.wait(10000));
        advance(sdk, OtpFlow::InitialCooldownSeconds + 1);
        QTRY_VERIFY(settings.dialog.findChild<QPushButton *>(QStringLiteral("resendButton"))->isEnabled());
        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!sdk.session.isSignedIn());
        QTRY_VERIFY(!settings.dialog.isVisible());
    }

    // The first code refused for the session's token: said as the session ending, not as
    // "check what you entered" (the emulator's 401 E011003 is its choice).
    void aStepUpRefusedForTheSessionSaysTheSessionEnded()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        sdk.session.setStepUpWindow(std::chrono::seconds(0));
        EmptyReply *logout = sdk.emulator.client->logout(sdk.session.refreshJwt());
        QSignalSpy loggedOut(logout, &Reply::finished);
        QVERIFY(loggedOut.wait(10000));
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        StepUpDialog dialog(sdk.emulator.client.get(), &sdk.session, &sdk.clock, &window);
        dialog.open();
        QTRY_VERIFY(!sdk.session.isSignedIn());
        QTRY_VERIFY(!dialog.isVisible()); // nothing left to confirm
        QStringList shown; // what it said before it closed
        for (QLabel *label : dialog.findChildren<QLabel *>(QStringLiteral("errorLabel"))) {
            if (!label->text().isEmpty())
                shown << label->text();
        }
        QCOMPARE(shown.size(), 1);
        QVERIFY2(!shown.first().contains(QLatin1StringView("not accepted")), qPrintable(shown.first()));
        QVERIFY2(shown.first().contains(QLatin1StringView("session ended")), qPrintable(shown.first()));
    }

    // A refresh rotating the session's token while the step-up waits for its code: "Send a
    // new code" goes with the live token, and a code is sent.
    void aStepUpResendGoesWithTheRotatedToken()
    {
        Emulator::Options options;
        options.rotateRefresh = true;
        Sdk sdk(options);
        QVERIFY(signInByKeyboard(sdk));
        sdk.session.setStepUpWindow(std::chrono::seconds(0));
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QList<bool> answers;
        QPointer<StepUpDialog> dialog = StepUpDialog::whenRecentlySignedIn(
            sdk.emulator.client.get(), &sdk.session, &sdk.clock, &window, &window, [&answers](bool confirmed) { answers << confirmed; });
        QVERIFY(dialog);
        QVERIFY(waitForCodeSent(dialog));
        const QByteArray before = sdk.session.refreshJwt();
        QSignalSpy refreshed(&sdk.session, &SessionManager::refreshed);
        sdk.session.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(sdk.session.refreshJwt() != before); // rotated: the old one is dead
        advance(sdk, OtpFlow::InitialCooldownSeconds + 1);
        const qsizetype sent = sdk.emulator.server->outbox().size();
        QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("resendButton"))->isEnabled());
        QVERIFY(tabTo("resendButton"));
        press(Qt::Key_Return);
        QTRY_COMPARE(sdk.emulator.server->outbox().size(), sent + 1);
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        QCOMPARE(visibleError(dialog), QString());
        QVERIFY(sdk.session.isSignedIn());
        type(sdk.emulator.lastCode(Ann));
        QTRY_COMPARE(answers, QList<bool>{true});
    }

    // Confirmed meanwhile elsewhere (another program's step-up, whose session this one
    // takes): the dialog goes on by itself, as confirmed.
    void aStepUpDoneElsewhereConfirmsTheDialog()
    {
        Sdk sdk;
        QVERIFY(signInByKeyboard(sdk));
        advance(sdk, ElevenMinutes);
        QVERIFY(sdk.session.needsStepUp());
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QList<bool> answers;
        QPointer<StepUpDialog> dialog = StepUpDialog::whenRecentlySignedIn(
            sdk.emulator.client.get(), &sdk.session, &sdk.clock, &window, &window, [&answers](bool confirmed) { answers << confirmed; });
        QVERIFY(dialog);
        QVERIFY(waitForCodeSent(dialog));
        // The other program: its own client, its own code, its verified session handed over.
        Client other(Config::create(Emulator::Options().projectId, sdk.emulator.baseUrl()).value());
        OtpFlow flow(&other, &sdk.clock);
        flow.start(OtpFlow::stepUpRequest(sdk.session));
        QTRY_COMPARE(flow.state(), OtpFlow::State::AwaitingCode);
        flow.verify(sdk.emulator.lastCode(Ann));
        QTRY_COMPARE(flow.state(), OtpFlow::State::Done);
        QVERIFY(!sdk.session.adopt(flow.result(), flow.loginId()));
        QTRY_COMPARE(answers, QList<bool>{true});
        QTRY_VERIFY(!dialog);
        QVERIFY(!sdk.session.needsStepUp());
    }

    void aBannerTheAppShows()
    {
        QWidget window;
        auto *banner = new MessageBanner(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(banner);
        layout->addStretch();
        window.resize(400, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!banner->isVisible());
        QSignalSpy action(banner, &MessageBanner::actionTriggered);
        QSignalSpy dismissed(banner, &MessageBanner::dismissed);

        banner->showMessage(MessageBanner::Kind::Warning, QStringLiteral("Offline."), QStringLiteral("&Retry"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QCOMPARE(banner->text(), QStringLiteral("Offline."));
        QVERIFY(banner->actionButton()->isVisible());
        QVERIFY(tabTo("actionButton"));
        press(Qt::Key_Space);
        QCOMPARE(action.count(), 1);
        QVERIFY(banner->isVisible()); // the action leaves the message to the app
        QVERIFY(tabTo("dismissButton"));
        press(Qt::Key_Space);
        QCOMPARE(dismissed.count(), 1);
        QVERIFY(!banner->isVisible());
        // Hidden by the app: no "dismissed".
        banner->showMessage(MessageBanner::Kind::Information, QStringLiteral("Hello."));
        QVERIFY(!banner->actionButton()->isVisible());
        banner->hide();
        QCOMPARE(dismissed.count(), 1);
    }
};

QTEST_MAIN(TestSdkWidgets)
#include "tst_sdkwidgets.moc"
