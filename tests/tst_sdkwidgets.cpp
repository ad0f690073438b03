// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The widgets library as another app uses it: its own dialog around a SignInWidget, a
// CodeField on its own, the account settings opened on the form it wants, a banner. Only
// the public headers and the public API, and the person's keys to the focused widget.

#include "accountsettingsdialog.h"
#include "clock.h"
#include "codefield.h"
#include "emulatorfixture.h"
#include "keyboard.h"
#include "messagebanner.h"
#include "project.h"
#include "sessionmanager.h"
#include "signinwidget.h"
#include "tokenstore.h"
#include "tokenverifier.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");
const QString AnnsPhone = QStringLiteral("+12015550123");

/// What an app builds (the Project does this for it): client, store, verifier, session.
struct Sdk
{
    Sdk()
        : clock(emulator.server->now() * 1000)
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
