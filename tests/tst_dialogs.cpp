// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The re-authentication prompt and the account settings dialog, driven only by keys and
// clicks sent to the focused widget, against an in-process emulator (offscreen).
#include "accountsettingsdialog.h"
#include "appfixture.h"
#include "codeentrypage_p.h"
#include "codefield.h"
#include "deliverymethodpage_p.h"
#include "loginid.h"
#include "reauthdialog.h"
#include "applanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextLayout>
#include <QtMath>

using namespace Descope;
using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");
const QString AnnsPhone = QStringLiteral("+12015550123");

/// Everything the dialog shows in labels, in order (what a person reads).
QString shownText(QWidget *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    }
    // As read: a login id kept on one line has no-break spaces and hyphens.
    return texts.join(QLatin1Char('\n')).replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x2011), QLatin1Char('-'));
}

QList<QPushButton *> visibleButtons(QWidget *dialog)
{
    QList<QPushButton *> buttons;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isVisible())
            buttons << button;
    }
    return buttons;
}

/// How wide label's one line of text is as painted: with its mnemonic underlined, which
/// splits the text into runs and loses kerning across them, so it can be wider than the
/// label's sizeHint() (measured without the underline): "Neue &Telefonnummer" lost its "r".
int paintedWidth(const QLabel *label)
{
    QString text = label->text();
    const qsizetype mnemonicAt = text.indexOf(QLatin1Char('&'));
    if (mnemonicAt >= 0)
        text.remove(mnemonicAt, 1);
    QTextLayout layout(text, label->font());
    if (mnemonicAt >= 0 && mnemonicAt < text.size()) {
        QTextLayout::FormatRange underline;
        underline.start = int(mnemonicAt);
        underline.length = 1;
        underline.format.setFontUnderline(true);
        layout.setFormats({underline});
    }
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(100000);
    layout.endLayout();
    return qCeil(line.naturalTextWidth());
}

/// Visible labels and buttons of window that show less than their text.
QStringList cutTexts(QWidget *window)
{
    QStringList cut;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->textFormat() == Qt::RichText)
            continue;
        const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : paintedWidth(label);
        const int has = label->wordWrap() ? label->height() : label->contentsRect().width();
        if (has < needed)
            cut << QStringLiteral("%1 (%2 of %3 px)").arg(label->text()).arg(has).arg(needed);
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->width() < button->sizeHint().width())
            cut << QStringLiteral("%1 (%2 of %3 px)").arg(button->text()).arg(button->width()).arg(button->sizeHint().width());
    }
    return cut;
}

/// With DESCOPE_SCREENSHOT_DIR set, saves what widget shows there (to look at by eye).
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DESCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT
private:
    /// From the first page to the account page by SMS, with the mouse as tst_app does.
    static bool signInByPhone(App &app, const QString &number)
    {
        QLineEdit *edit = app.find<QLineEdit>("loginIdEdit");
        edit->clear();
        QTest::keyClicks(edit, number);
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&app] { return app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible(); }, 10000))
            return false;
        app.find<QRadioButton>("smsRadio")->setChecked(true);
        QTest::mouseClick(app.find<QPushButton>("sendButton"), Qt::LeftButton);
        if (!app.waitForCodePage())
            return false;
        app.typeCode(app.window.signInWidget()->findChild<CodeEntryPage *>(), app.emulator->lastCode(number));
        return app.waitForPage(app.window.accountWidget());
    }

    /// Opens Account settings with the account page's button and waits for the dialog.
    static AccountSettingsDialog *openSettings(App &app)
    {
        QTest::mouseClick(app.find<QPushButton>("settingsButton"), Qt::LeftButton);
        AccountSettingsDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = app.window.findChild<AccountSettingsDialog *>();
                return dialog && dialog->isVisible() && dialog->isAncestorOf(QApplication::focusWidget());
            }, 10000))
            return nullptr;
        return dialog;
    }

    static QStackedWidget *stackOf(AccountSettingsDialog *dialog)
    {
        return dialog->findChild<QStackedWidget *>(QStringLiteral("stack"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QSettings().clear();
        installTranslations(QStringLiteral("en"));
    }

    void cleanup()
    {
        installTranslations(QStringLiteral("en"));
    }

    /// A session that ended while the person was away sends no code by itself: the prompt
    /// names the login id and waits for "Send code"; then the keyboard alone signs in.
    void reauthenticationSendsNothingUntilAsked()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        const qsizetype sent = app.emulator->server->outbox().size();
        QVERIFY(app.revokeAndWaitForPrompt());
        ReauthDialog *dialog = app.window.reauthDialog();
        QTest::qWait(300); // room for a request nobody asked for to arrive
        QCOMPARE(app.emulator->server->outbox().size(), sent);
        QCOMPARE(dialog->findChild<SignInWidget *>()->findChild<OtpFlow *>()->state(), OtpFlow::State::Idle);
        QVERIFY2(shownText(dialog).contains(Ann), qPrintable(shownText(dialog)));
        // One main action, and nothing that would create another account.
        int defaults = 0;
        for (QPushButton *button : visibleButtons(dialog)) {
            QVERIFY2(!button->text().contains(QLatin1StringView("Create"), Qt::CaseInsensitive), qPrintable(button->text()));
            defaults += button->isDefault() ? 1 : 0;
        }
        QCOMPARE(defaults, 1);
        saveShot(dialog, QStringLiteral("reauth-email"));

        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Return);
        QTRY_COMPARE(app.emulator->server->outbox().size(), sent + 1);
        QCOMPARE(app.emulator->server->outbox().last().loginId, Ann);
        QTRY_VERIFY(dialog->findChild<SignInWidget *>()->findChild<CodeEntryPage *>()->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        saveShot(dialog, QStringLiteral("reauth-email-code"));
        type(app.emulator->lastCode(Ann));
        QTRY_VERIFY(!app.window.reauthDialog());
        QVERIFY(app.session.isSignedIn());
        QCOMPARE(app.window.currentPage(), app.window.accountWidget());
    }

    /// Escape cancels the request in flight first; the next Escape means "Stay signed out".
    void reauthenticationEscapeCancelsThenLeaves()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QVERIFY(app.revokeAndWaitForPrompt());
        ReauthDialog *dialog = app.window.reauthDialog();
        Emulator::Server::Fault slow;
        slow.kind = QStringLiteral("delay");
        slow.delayMs = 5000;
        QVERIFY(app.emulator->server->setFault(QStringLiteral("/v1/auth/otp/signin/email"), slow));
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Return);
        QTRY_COMPARE(dialog->findChild<SignInWidget *>()->findChild<OtpFlow *>()->state(), OtpFlow::State::Sending);
        press(Qt::Key_Escape);
        QTRY_VERIFY(dialog->findChild<SignInWidget *>()->findChild<OtpFlow *>()->state() != OtpFlow::State::Sending);
        QVERIFY(app.window.reauthDialog());
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!app.window.reauthDialog());
        QVERIFY(app.waitForPage(app.window.signInWidget()));
    }

    void expiredSessionIsNamed_data()
    {
        QTest::addColumn<bool>("machineClockBehind");
        // The server finds the refresh token expired (the machine's clock runs behind):
        // The emulator answers 401 E011003 (its choice: Descope documents neither for this).
        QTest::newRow("refused by the server") << true;
        // The machine's own clock says the refresh token expired: no request at all.
        QTest::newRow("expired on this machine") << false;
    }

    void expiredSessionIsNamed()
    {
        QFETCH(bool, machineClockBehind);
        Emulator::Options options;
        App app(options);
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        if (machineClockBehind)
            QVERIFY(app.emulator->server->advanceClock(options.refreshTtl + 60));
        else
            app.advance(options.refreshTtl + 60);
        app.session.refresh();
        QTRY_VERIFY(app.window.reauthDialog() && app.window.reauthDialog()->isVisible());
        const QString text = shownText(app.window.reauthDialog());
        QVERIFY2(text.contains(QLatin1StringView("Your session ended. Sign in again to continue.")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1StringView("not accepted")), qPrintable(text));
    }

    /// Signed in with a phone number, then the account's phone changed (not as a login id):
    /// the prompt signs in the same login id, and names where the code goes: the account's
    /// phone, which is the new one (Descope sends there), before and after it is sent.
    void reauthenticationAfterPhoneChangeNamesTheLoginId()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(signInByPhone(app, AnnsPhone));
        AccountSettingsDialog *settings = openSettings(app);
        QVERIFY(settings);
        press(Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(settings->findChild<QLineEdit *>(QStringLiteral("newPhoneEdit"))->isVisible());
        QTest::keyClicks(settings->findChild<QLineEdit *>(QStringLiteral("newPhoneEdit")), QStringLiteral("+44 20 7946 0958"));
        QTest::keyClick(settings->findChild<QLineEdit *>(QStringLiteral("newPhoneEdit")), Qt::Key_Return);
        QTRY_VERIFY(settings->findChild<CodeEntryPage *>()->isVisible());
        QSignalSpy finished(settings, &QDialog::finished);
        app.typeCode(settings->findChild<CodeEntryPage *>(), app.emulator->lastCode(AnnsPhone));
        QTRY_VERIFY(app.session.user().phone == QStringLiteral("+442079460958"));
        QCOMPARE(app.session.loginId(), AnnsPhone);
        if (finished.isEmpty()) // a confirmation that the change was made may be showing
            press(Qt::Key_Return);
        QTRY_VERIFY(!app.window.findChild<AccountSettingsDialog *>());

        QVERIFY(app.revokeAndWaitForPrompt());
        ReauthDialog *dialog = app.window.reauthDialog();
        const QString before = shownText(dialog);
        saveShot(dialog, QStringLiteral("reauth-after-phone-change"));
        QVERIFY2(before.contains(LoginId::displayForm(AnnsPhone)), qPrintable(before));
        // ... and where the code will go: the account's phone now, not the login id.
        QVERIFY2(before.contains(QLatin1StringView("text a one-time code to +44 20 7946 0958")), qPrintable(before));
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Return);
        QTRY_VERIFY(dialog->findChild<SignInWidget *>()->findChild<CodeEntryPage *>()->isVisible());
        const Emulator::OutboxMessage message = app.emulator->server->outbox().last();
        QCOMPARE(message.loginId, AnnsPhone);
        QCOMPARE(message.to, QStringLiteral("+442079460958")); // Descope sends to the account's phone
        const QString after = shownText(dialog);
        saveShot(dialog, QStringLiteral("reauth-after-phone-change-code"));
        // The code page names the account's phone as the page before it did (the mask fits it).
        QVERIFY2(after.contains(QLatin1StringView("with a code to +44 20 7946 0958")), qPrintable(after));
        // Nothing on screen claims the code went to the old number.
        QVERIFY2(!after.contains(QLatin1StringView("code sent to")), qPrintable(after));
        type(message.code);
        QTRY_VERIFY(!app.window.reauthDialog());
        QVERIFY(app.session.isSignedIn());
    }

    /// Enter presses the focused button or runs the form's action; Escape goes back from
    /// the code page, cancels a request in flight, and closes the dialog from the forms.
    void accountSettingsKeyboard()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        AccountSettingsDialog *dialog = openSettings(app);
        QVERIFY(dialog);
        QStackedWidget *stack = stackOf(dialog);
        QCOMPARE(focusName(), QStringLiteral("newEmailEdit"));

        // Enter in the email form sends the code to the new address.
        type(QStringLiteral("ann.new@example.com"));
        press(Qt::Key_Return);
        QTRY_VERIFY(dialog->findChild<CodeEntryPage *>()->isVisible());
        QCOMPARE(app.emulator->server->outbox().last().to, QStringLiteral("ann.new@example.com"));
        saveShot(dialog, QStringLiteral("settings-code"));

        // Tab to "Change email or phone" and Enter: that button, not Verify.
        QVERIFY(tabTo("changeLoginIdButton"));
        press(Qt::Key_Return);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("formsPage"));
        QVERIFY(!dialog->findChild<CodeEntryPage *>()->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());

        // Enter in the phone form sends the phone code; Escape goes back to the forms.
        press(Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("newPhoneEdit"))->isVisible());
        QVERIFY(tabTo("newPhoneEdit"));
        type(QStringLiteral("+44 20 7946 0958"));
        press(Qt::Key_Return);
        QTRY_VERIFY(dialog->findChild<CodeEntryPage *>()->isVisible());
        QCOMPARE(app.emulator->server->outbox().last().to, QStringLiteral("+442079460958"));
        press(Qt::Key_Escape);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("formsPage"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<OtpFlow *>()->state(), OtpFlow::State::Idle);

        // Escape while a code is on its way cancels it, and the dialog stays.
        Emulator::Server::Fault slow;
        slow.kind = QStringLiteral("delay");
        slow.delayMs = 5000;
        QVERIFY(app.emulator->server->setFault(QStringLiteral("/v1/auth/otp/update/phone/sms"), slow));
        QVERIFY(tabTo("newPhoneEdit"));
        press(Qt::Key_Return);
        QTRY_COMPARE(dialog->findChild<OtpFlow *>()->state(), OtpFlow::State::Sending);
        press(Qt::Key_Escape);
        QTRY_COMPARE(dialog->findChild<OtpFlow *>()->state(), OtpFlow::State::Idle);
        QVERIFY(dialog->isVisible());
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("formsPage"));

        // Tab to a button and Enter presses it: the email tab's send button.
        press(Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("newEmailEdit"))->isVisible());
        QVERIFY(tabTo("sendEmailButton"));
        press(Qt::Key_Return);
        // The code page again, for the new address: the code sent to it a moment ago is
        // still good, taken up rather than sent again (OtpFlow's cooldown).
        QTRY_VERIFY(dialog->findChild<CodeEntryPage *>()->isVisible());
        QTRY_COMPARE(dialog->findChild<OtpFlow *>()->state(), OtpFlow::State::AwaitingCode);
        press(Qt::Key_Escape);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("formsPage"));

        // Escape on the forms closes the dialog.
        QSignalSpy rejected(dialog, &QDialog::rejected);
        press(Qt::Key_Escape);
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(app.session.isSignedIn());
    }

    /// After a change, the dialog says what changed before it closes.
    void accountSettingsConfirmsTheChange()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        AccountSettingsDialog *dialog = openSettings(app);
        QVERIFY(dialog);
        type(QStringLiteral("ann.new@example.com"));
        press(Qt::Key_Return);
        QTRY_VERIFY(dialog->findChild<CodeEntryPage *>()->isVisible());
        type(app.emulator->lastCode(Ann));
        QTRY_VERIFY2(shownText(dialog).contains(QLatin1StringView("Your email address is now ann.new@example.com")),
                     qPrintable(shownText(dialog)));
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        saveShot(dialog, QStringLiteral("settings-done"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!app.window.findChild<AccountSettingsDialog *>());
        QTRY_COMPARE(app.find<QLabel>("emailValue")->text(), QStringLiteral("ann.new@example.com ✓ verified"));
    }

    /// The current phone is shown as people write it, and a new number's country defaults
    /// to the current number's.
    void accountSettingsShowTheCurrentPhoneFormatted()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(signInByPhone(app, QStringLiteral("+442079460958")));
        AccountSettingsDialog *dialog = openSettings(app);
        QVERIFY(dialog);
        press(Qt::Key_P, Qt::AltModifier);
        QLabel *current = dialog->findChild<QLabel *>(QStringLiteral("currentPhoneValue"));
        QTRY_VERIFY(current->isVisible());
        QCOMPARE(current->text(), QStringLiteral("+44 20 7946 0958"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("countryCombo"))->currentData().toString(),
                 QStringLiteral("GB"));
    }

    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    /// Every page of both dialogs: one widget per Alt+letter.
    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        installTranslations(language);
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        AccountSettingsDialog *dialog = openSettings(app);
        QVERIFY(dialog);
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("tabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            QTRY_COMPARE(tabs->currentIndex(), tab);
            QVERIFY2(mnemonicClashes(dialog).isEmpty(), qPrintable(mnemonicClashes(dialog).join(QLatin1Char('\n'))));
            press(Qt::Key_Tab, Qt::ControlModifier);
        }
        QTRY_COMPARE(tabs->currentIndex(), 0);
        QVERIFY(tabTo("newEmailEdit"));
        type(QStringLiteral("ann.new@example.com"));
        press(Qt::Key_Return);
        QTRY_VERIFY(dialog->findChild<CodeEntryPage *>()->isVisible());
        QVERIFY2(mnemonicClashes(dialog).isEmpty(), qPrintable(mnemonicClashes(dialog).join(QLatin1Char('\n'))));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->findChild<CodeEntryPage *>()->isVisible());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!app.window.findChild<AccountSettingsDialog *>());

        QVERIFY(app.revokeAndWaitForPrompt());
        ReauthDialog *prompt = app.window.reauthDialog();
        QVERIFY2(mnemonicClashes(prompt).isEmpty(), qPrintable(mnemonicClashes(prompt).join(QLatin1Char('\n'))));
        QTRY_VERIFY(prompt->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Return);
        QTRY_VERIFY(prompt->findChild<SignInWidget *>()->findChild<CodeEntryPage *>()->isVisible());
        QVERIFY2(mnemonicClashes(prompt).isEmpty(), qPrintable(mnemonicClashes(prompt).join(QLatin1Char('\n'))));
    }

    /// German, phone tab: a code sent to a new phone, then an old (voided) one typed: the
    /// inline error "Dieser Code stimmt nicht…" took its room from the six code boxes, whose
    /// bottom half was cut.
    void germanCodeErrorKeepsTheCodeBoxesWhole()
    {
        installTranslations(QStringLiteral("de"));
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        AccountSettingsDialog *dialog = openSettings(app);
        QVERIFY(dialog);
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("tabs"));
        press(Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(tabs->currentIndex(), 1);
        QVERIFY(tabTo("newPhoneEdit"));
        type(QStringLiteral("+44 20 7946 0958"));
        press(Qt::Key_Return);
        auto *page = dialog->findChild<CodeEntryPage *>();
        QTRY_VERIFY(page->isVisible());
        // Not the code sent (as an old one that a new code voided).
        const QString sent = app.emulator->lastCode(QStringLiteral("+442079460958"));
        const QString voided = sent == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        auto *field = page->findChild<CodeField *>(QStringLiteral("codeEdit"));
        QTRY_COMPARE(focusName(), QStringLiteral("codeEdit"));
        const int fullHeight = field->minimumSizeHint().height();
        QCOMPARE(field->height(), fullHeight);
        type(voided);
        auto *error = page->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QTRY_VERIFY(error->isVisible());
        QTest::qWait(50); // the layout settles
        saveShot(dialog, QStringLiteral("settings-de-voided-code"));
        QVERIFY2(field->height() >= fullHeight, qPrintable(QStringLiteral("%1 of %2 px").arg(field->height()).arg(fullHeight)));
        QVERIFY2(field->height() >= field->sizeHint().height(), qPrintable(error->text()));
        QVERIFY2(cutTexts(dialog).isEmpty(), qPrintable(cutTexts(dialog).join(QLatin1Char('\n'))));
    }

    /// German words are long: every label and button shows all of its text, and the
    /// dialog's own buttons speak German too.
    void germanTextFits()
    {
        installTranslations(QStringLiteral("de"));
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        AccountSettingsDialog *dialog = openSettings(app);
        QVERIFY(dialog);
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("tabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            QTRY_COMPARE(tabs->currentIndex(), tab);
            saveShot(dialog, QStringLiteral("settings-de-%1").arg(tab));
            QTRY_VERIFY2(cutTexts(dialog).isEmpty(), qPrintable(cutTexts(dialog).join(QLatin1Char('\n'))));
            press(Qt::Key_Tab, Qt::ControlModifier);
        }
        for (QPushButton *button : visibleButtons(dialog)) {
            QVERIFY2(button->text() != QLatin1StringView("Close") && button->text() != QLatin1StringView("&Close"),
                     "an English button in the German dialog");
        }
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
