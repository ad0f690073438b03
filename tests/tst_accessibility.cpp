// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Heard, not only seen: the app's accessibility tree, read in-process the way a screen
// reader's bridge reads it (QAccessible interfaces: name, description, relations, role),
// and the events the bridge is sent (an update handler records them). On every page and
// dialog an error's text is its accessible name, it is tied to its field, and it is
// announced when it appears; the resend countdown does not speak every second.
#include "accountsettingsdialog.h"
#include "appfixture.h"
#include "codeentrypage_p.h"
#include "deliverymethodpage_p.h"
#include "loginidpage_p.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "reauthdialog.h"
#include "signinwidget.h"
#include "applanguage.h"
#include "uihelpers_p.h"

#include <QAccessible>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QAccessibleAnnouncementEvent>
#endif
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Descope;
using namespace Descope;

namespace {

const QString Ann = QStringLiteral("ann@example.com");

/// One event the platform bridge would have been sent.
struct Sent
{
    QAccessible::Event type = QAccessible::InvalidEvent;
    QPointer<QObject> object;
    QAccessible::Role role = QAccessible::NoRole;
    QString message; ///< an announcement's text (Qt 6.8)
    bool assertive = false;
};

QList<Sent> &sent()
{
    static QList<Sent> events;
    return events;
}

void recordEvent(QAccessibleEvent *event)
{
    Sent record;
    record.type = event->type();
    record.object = event->object();
    if (event->type() != QAccessible::ObjectDestroyed) {
        if (QAccessibleInterface *iface = event->accessibleInterface()) {
            record.role = iface->role();
            if (!record.object)
                record.object = iface->object();
        }
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (event->type() == QAccessible::Announcement) {
        auto *announcement = static_cast<QAccessibleAnnouncementEvent *>(event);
        record.message = announcement->message();
        record.assertive = announcement->politeness() == QAccessible::AnnouncementPoliteness::Assertive;
    }
#endif
    sent().append(record);
}

/// One announcement the app asked for (uihelpers' observer: it sees them even while Qt drops
/// accessibility events because no screen reader is active, as under the offscreen platform).
struct Said
{
    QPointer<QWidget> widget;
    QString text;
    bool assertive = false;
};

QList<Said> &said()
{
    static QList<Said> announcements;
    return announcements;
}

void recordAnnouncement(QWidget *widget, const QString &text, bool assertive)
{
    said().append({widget, text, assertive});
}

void clearRecords()
{
    sent().clear();
    said().clear();
}

bool inside(const QObject *object, const QWidget *container)
{
    for (; object; object = object->parent()) {
        if (object == container)
            return true;
    }
    return false;
}

/// Whether text was announced as it appeared (assertive: an error), and, when a screen
/// reader is active (the update handler then sees what the platform bridge is sent): as an
/// announcement on Qt 6.8; before, the label shown as a notification (Qt 6.4's AT-SPI bridge
/// forwards that, and Orca speaks it; it drops alerts) or an alert.
bool announced(QLabel *label, const QString &text, bool assertive)
{
    bool asked = false;
    for (const Said &announcement : std::as_const(said()))
        asked = asked || (announcement.text == text && announcement.assertive == assertive);
    if (!asked || !QAccessible::isActive())
        return asked;
    for (const Sent &event : std::as_const(sent())) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        Q_UNUSED(label);
        if (event.type == QAccessible::Announcement && event.message == text && event.assertive == assertive)
            return true;
#else
        if (event.object == label
            && ((event.type == QAccessible::ObjectShow && event.role == QAccessible::Notification)
                || event.type == QAccessible::Alert))
            return true;
#endif
    }
    return false;
}

/// The accessible names of everything visible in page, as a screen reader would read them.
QStringList accessibleNames(QWidget *page)
{
    QStringList names;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (widget->isVisible())
            names.append(widget->objectName() + QLatin1Char('=') + QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name));
    }
    return names;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    /// The error label of form (the visible QLabel named errorLabel), once it shows.
    static QLabel *visibleError(QWidget *form)
    {
        for (QLabel *label : form->findChildren<QLabel *>(QStringLiteral("errorLabel"))) {
            if (label->isVisible() && !label->text().isEmpty())
                return label;
        }
        return nullptr;
    }

    /// An error as a screen reader meets it: named by its text, tied to field, announced.
    static void checkHeard(QLabel *error, QWidget *field)
    {
        const QString message = error->text();
        QVERIFY(!message.isEmpty());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(error);
        QVERIFY(iface);
        QVERIFY(!iface->state().invisible);
        QCOMPARE(iface->text(QAccessible::Name), message);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        // AT-SPI's notification role: Orca speaks it when it shows (no announcements before 6.8).
        QCOMPARE(iface->role(), QAccessible::Notification);
#endif
        QAccessibleInterface *fieldIface = QAccessible::queryAccessibleInterface(field);
        QVERIFY(fieldIface);
        bool related = fieldIface->text(QAccessible::Description).contains(message);
        const auto relations = iface->relations();
        for (const auto &[other, relation] : relations)
            related = related || other->object() == field;
        QVERIFY2(related, qPrintable(QStringLiteral("error \"%1\" is tied neither by description nor relation to %2")
                                         .arg(message, field->objectName())));
        QVERIFY2(announced(error, message, true), qPrintable(QStringLiteral("error \"%1\" was not announced").arg(message)));
    }

    /// Once cleared, the error is neither named nor kept in field's description.
    static void checkCleared(QLabel *error, QWidget *field, const QString &message)
    {
        QVERIFY(!error->isVisible());
        QAccessibleInterface *fieldIface = QAccessible::queryAccessibleInterface(field);
        QVERIFY(!fieldIface->text(QAccessible::Description).contains(message));
    }

    /// Every visible error in window is named by its text (the .ui files once named them all
    /// "Error").
    static void checkEveryVisibleError(QWidget *window)
    {
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty()
                || !label->objectName().contains(QLatin1StringView("rror")))
                continue;
            QCOMPARE(QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name), label->text());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QSettings().clear();
        installTranslations(QStringLiteral("en"));
        QAccessible::installUpdateHandler(recordEvent);
        setAnnouncementObserver(recordAnnouncement);
    }
    void cleanupTestCase()
    {
        QAccessible::installUpdateHandler(nullptr);
        setAnnouncementObserver(nullptr);
    }
    void init() { clearRecords(); }

    void badEmailOnTheLoginPage()
    {
        App app;
        QVERIFY(app.restore());
        LoginIdPage *page = app.window.signInWidget()->findChild<LoginIdPage *>();
        QLineEdit *edit = app.findIn<QLineEdit>(page, "loginIdEdit");
        const QString ownDescription = edit->accessibleDescription();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("ann@"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QLabel *error = nullptr;
        QTRY_VERIFY((error = visibleError(page)) != nullptr);
        const QString message = error->text();
        checkHeard(error, edit);
        checkEveryVisibleError(&app.window);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("x"));
        QTRY_VERIFY(!error->isVisible());
        checkCleared(error, edit, message);
        QCOMPARE(edit->accessibleDescription(), ownDescription); // its own description is back
    }

    void refusedSendOnTheDeliveryPage()
    {
        App app;
        QVERIFY(app.restore());
        SignInWidget *signIn = app.window.signInWidget();
        QLineEdit *edit = app.find<QLineEdit>("loginIdEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("+1 201 555 0123"));
        // Signing in only, with a number no account uses: the code is refused.
        QTest::mouseClick(app.find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        clearRecords();
        QTest::mouseClick(app.findIn<QPushButton>(signIn->findChild<DeliveryMethodPage *>(), "sendButton"), Qt::LeftButton);
        // The refusal shows where the person is (or on the first page, if the flow went back).
        QLabel *error = nullptr;
        QTRY_VERIFY((error = visibleError(signIn)) != nullptr);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(error);
        QCOMPARE(iface->text(QAccessible::Name), error->text());
        QVERIFY2(announced(error, error->text(), true), qPrintable(error->text()));
        if (signIn->findChild<LoginIdPage *>()->isVisible())
            checkHeard(error, edit);
        checkEveryVisibleError(&app.window);
    }

    /// A second code asked for too soon is refused: on the delivery page the error concerns the
    /// way chosen to send it, on the first page the email or phone number.
    void tooManyCodesOnTheDeliveryPage()
    {
        Emulator::Options options;
        options.sendLimit = 1; // --send-limit: the emulator's choice, not a Descope limit (docs/emulator-fidelity.md)
        App app(options);
        QVERIFY(app.restore());
        SignInWidget *signIn = app.window.signInWidget();
        QLineEdit *edit = app.find<QLineEdit>("loginIdEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("+1 201 555 0123"));
        QTest::mouseClick(app.find<QPushButton>("continueButton"), Qt::LeftButton);
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        QTest::mouseClick(app.findIn<QPushButton>(signIn->findChild<DeliveryMethodPage *>(), "sendButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        QTest::mouseClick(app.findIn<QPushButton>(signIn->findChild<CodeEntryPage *>(), "anotherMethodButton"), Qt::LeftButton);
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        auto *voice = signIn->findChild<DeliveryMethodPage *>()->findChild<QRadioButton *>(QStringLiteral("voiceRadio"));
        QVERIFY(voice->isVisible());
        QTRY_VERIFY(voice->isEnabled());
        voice->setFocus();
        QTest::keyClick(voice, Qt::Key_Space);
        QTRY_VERIFY(voice->isChecked());
        clearRecords();
        QTest::mouseClick(app.findIn<QPushButton>(signIn->findChild<DeliveryMethodPage *>(), "sendButton"), Qt::LeftButton);
        QLabel *error = nullptr;
        QTRY_VERIFY((error = visibleError(signIn)) != nullptr);
        // Wherever the flow shows it (today: back on the first page), it is heard and tied.
        if (signIn->findChild<DeliveryMethodPage *>()->isVisible())
            checkHeard(error, voice);
        else
            checkHeard(error, edit);
    }

    void wrongCodeOnTheCodePage()
    {
        App app;
        QVERIFY(app.restore());
        QLineEdit *edit = app.find<QLineEdit>("loginIdEdit");
        edit->setFocus();
        QTest::keyClicks(edit, Ann);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        CodeEntryPage *page = app.window.signInWidget()->findChild<CodeEntryPage *>();
        const QString code = app.emulator->lastCode(Ann);
        clearRecords();
        app.typeCode(page, code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QLabel *error = nullptr;
        QTRY_VERIFY((error = visibleError(page)) != nullptr);
        QLineEdit *codeEdit = app.findIn<QLineEdit>(page, "codeEdit");
        checkHeard(error, codeEdit);
        checkEveryVisibleError(&app.window);
        const QString message = error->text();
        app.typeCode(page, code);
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        checkCleared(error, codeEdit, message);
    }

    void refusedPhoneInAccountSettings()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QTest::mouseClick(app.find<QPushButton>("settingsButton"), Qt::LeftButton);
        AccountSettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = app.window.findChild<AccountSettingsDialog *>()) != nullptr && settings->isVisible());
        auto *tabs = app.findIn<QTabWidget>(settings, "tabs");
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QTRY_COMPARE(tabs->currentIndex(), 1);
        QLineEdit *phone = app.findIn<QLineEdit>(settings, "newPhoneEdit");
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("+1 555"));
        clearRecords();
        QTest::mouseClick(app.findIn<QPushButton>(settings, "sendPhoneButton"), Qt::LeftButton);
        QLabel *error = nullptr;
        QTRY_VERIFY((error = visibleError(settings)) != nullptr);
        checkHeard(error, phone);
        checkEveryVisibleError(settings);
        const QString message = error->text();
        phone->setFocus();
        QTest::keyClick(phone, Qt::Key_Backspace);
        QTRY_VERIFY(!error->isVisible());
        checkCleared(error, phone, message);
    }

    /// The confirmation after a change is a status message: named and announced politely.
    void confirmationInAccountSettings()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QTest::mouseClick(app.find<QPushButton>("settingsButton"), Qt::LeftButton);
        AccountSettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = app.window.findChild<AccountSettingsDialog *>()) != nullptr && settings->isVisible());
        QLineEdit *email = app.findIn<QLineEdit>(settings, "newEmailEdit");
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("ann.new@example.com"));
        QTest::keyClick(email, Qt::Key_Return);
        QTRY_VERIFY(settings->findChild<CodeEntryPage *>()->isVisible());
        clearRecords();
        app.typeCode(settings->findChild<CodeEntryPage *>(), app.emulator->lastCode(Ann));
        QLabel *done = app.findIn<QLabel>(settings, "doneLabel");
        QTRY_VERIFY(done->isVisible());
        const QString text = QAccessible::queryAccessibleInterface(done)->text(QAccessible::Name);
        QVERIFY(text.contains(QLatin1StringView("ann.new@example.com")));
        QVERIFY2(announced(done, text, false), qPrintable(text));
    }

    void wrongCodeInTheSignInAgainPrompt()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QVERIFY(app.revokeAndWaitForPrompt());
        ReauthDialog *dialog = app.window.reauthDialog();
        CodeEntryPage *page = dialog->findChild<SignInWidget *>()->findChild<CodeEntryPage *>();
        // The prompt waits to be asked before it sends a code.
        if (!page->isVisible()) {
            QPushButton *send = nullptr;
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->isVisible() && button->isEnabled() && button->isDefault())
                    send = button;
            }
            QVERIFY(send);
            QTest::mouseClick(send, Qt::LeftButton);
        }
        QTRY_VERIFY(page->isVisible());
        const QString code = app.emulator->lastCode(Ann);
        clearRecords();
        app.typeCode(page, code == QLatin1StringView("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QLabel *error = nullptr;
        QTRY_VERIFY((error = visibleError(page)) != nullptr);
        checkHeard(error, app.findIn<QLineEdit>(page, "codeEdit"));
        checkEveryVisibleError(dialog);
    }

    /// A status message (the banner when the keychain cannot be used) is announced politely.
    void statusBannerIsAnnounced()
    {
        App app;
        app.store->setFailure(Error::storage(Error::StorageProblem::NoBackend, QStringLiteral("no daemon")));
        QVERIFY(app.restore());
        MessageBanner *banner = app.window.storageBanner();
        QTRY_VERIFY(banner->isVisible());
        const QString text = Error::storage(Error::StorageProblem::NoBackend, {}).message();
        QLabel *shown = nullptr;
        for (QLabel *label : banner->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text() == text)
                shown = label;
        }
        QVERIFY(shown);
        QCOMPARE(QAccessible::queryAccessibleInterface(shown)->text(QAccessible::Name), text);
        QVERIFY2(announced(shown, text, false), qPrintable(text));
    }

    /// The resend countdown informs without noise: no name change or announcement every
    /// second, and one when a new code can be asked for.
    void countdownIsQuiet()
    {
        App app;
        QVERIFY(app.restore());
        QLineEdit *edit = app.find<QLineEdit>("loginIdEdit");
        edit->setFocus();
        QTest::keyClicks(edit, Ann);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(app.waitForCodePage());
        CodeEntryPage *page = app.window.signInWidget()->findChild<CodeEntryPage *>();
        QPushButton *resend = app.findIn<QPushButton>(page, "resendButton");
        QVERIFY(!resend->isEnabled());
        QTest::qWait(50);
        clearRecords();
        int secondsWithNewNames = 0;
        QStringList names = accessibleNames(page);
        for (int second = 0; second < 5; ++second) {
            app.advance(1);
            QTest::qWait(20);
            const QStringList now = accessibleNames(page);
            if (now != names)
                ++secondsWithNewNames;
            names = now;
        }
        QVERIFY(!resend->isEnabled());
        QVERIFY2(secondsWithNewNames <= 1,
                 qPrintable(QStringLiteral("accessible names changed in %1 of 5 seconds of countdown:\n").arg(secondsWithNewNames)
                            + names.join(QLatin1Char('\n'))));
        QVERIFY2(said().isEmpty(), qPrintable(said().value(0).text));
        app.advance(60);
        QTRY_VERIFY(resend->isEnabled());
        QTRY_VERIFY2(!said().isEmpty(), "the end of the wait was not announced");
        QVERIFY(inside(said().constLast().widget, page));
        QVERIFY(!said().constLast().assertive);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
