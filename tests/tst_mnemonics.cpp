// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Every window's mnemonics (Alt+letter) are unique in every language: the test walks the
// pages and dialogs a person meets, in English, German and French, and in each window
// compares the letters of the visible, enabled buttons, check and radio boxes, labels with
// a buddy, group boxes and tabs. Also: English plurals come from the English catalogue.
#include "appfixture.h"
#include "codeentrypage_p.h"
#include "deliverymethodpage_p.h"
#include "error.h"
#include "loginidpage_p.h"
#include "mainwindow.h"
#include "reauthdialog.h"
#include "signinwidget.h"
#include "applanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Descope;
using namespace Descope;

class TestMnemonics : public QObject
{
    Q_OBJECT

    QString m_language;
    QStringList m_failures;

    /// Records the clashes of window at step (all steps run, so one run shows them all).
    void check(QWidget *window, const char *step)
    {
        QVERIFY(window->isVisible());
        for (const QString &line : mnemonicClashes(window))
            m_failures.append(QStringLiteral("[%1] %2: %3").arg(m_language, QLatin1StringView(step), line));
        QVERIFY(!mnemonics(window).isEmpty()); // the walk did reach a real form
    }

    static QMessageBox *visibleMessageBox()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
                return box;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QSettings().clear();
    }
    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void helperFindsMnemonics()
    {
        QCOMPARE(mnemonic(QStringLiteral("&Send")), QLatin1Char('s'));
        QCOMPARE(mnemonic(QStringLiteral("Copy &Details")), QLatin1Char('d'));
        QCOMPARE(mnemonic(QStringLiteral("Tom && &Jerry")), QLatin1Char('j'));
        QVERIFY(mnemonic(QStringLiteral("Tom && Jerry")).isNull());
        QWidget window;
        auto *a = new QPushButton(QStringLiteral("&Abmelden"), &window);
        auto *b = new QPushButton(QStringLiteral("Auf &allen Geräten abmelden"), &window);
        a->move(0, 0);
        b->move(0, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(mnemonicClashes(&window).size(), 1);
        b->hide();
        QVERIFY(mnemonicClashes(&window).isEmpty());
    }

    void uniqueInEveryWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void uniqueInEveryWindow()
    {
        QFETCH(QString, language);
        m_language = language;
        m_failures.clear();
        installTranslations(language);
        App app;
        QVERIFY(app.restore());
        QWidget *window = &app.window;
        SignInWidget *signIn = app.window.signInWidget();
        LoginIdPage *loginPage = signIn->findChild<LoginIdPage *>();
        QTRY_VERIFY(loginPage->isVisible());
        check(window, "sign in");

        QTest::mouseClick(app.findIn<QPushButton>(loginPage, "signUpButton"), Qt::LeftButton);
        QTRY_VERIFY(loginPage->isSigningUp());
        check(window, "create an account");
        QTest::mouseClick(app.findIn<QPushButton>(loginPage, "signInButton"), Qt::LeftButton); // back
        QTRY_VERIFY(!loginPage->isSigningUp());

        // The server's own trouble offers its details to copy (the person's mistakes do not).
        Emulator::Server::Fault broken;
        broken.kind = QStringLiteral("status");
        broken.status = 503;
        QVERIFY(app.emulator->server->setFault(QStringLiteral("/v1/auth/otp/signin/email"), broken));
        QLineEdit *loginId = app.findIn<QLineEdit>(loginPage, "loginIdEdit");
        loginId->setFocus();
        QTest::keyClicks(loginId, QStringLiteral("nobody@example.com"));
        QTest::mouseClick(app.findIn<QPushButton>(loginPage, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY(app.findIn<QPushButton>(loginPage, "copyDetailsButton")->isVisible());
        check(window, "sign in refused");
        app.emulator->server->clearFaults();
        loginId->setFocus();
        loginId->selectAll();
        QTest::keyClick(loginId, Qt::Key_Delete);

        const QString phone = QStringLiteral("+1 201 555 0123");
        QTest::keyClicks(loginId, phone);
        QTest::mouseClick(app.findIn<QPushButton>(loginPage, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY(signIn->findChild<DeliveryMethodPage *>()->isVisible());
        check(window, "delivery method");

        QTest::mouseClick(app.findIn<QPushButton>(signIn->findChild<DeliveryMethodPage *>(), "sendButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        check(window, "code");
        const QString code = app.emulator->lastCode(QStringLiteral("+12015550123"));
        QVERIFY(app.emulator->server->setFault(QStringLiteral("/v1/auth/otp/verify/sms"), broken));
        app.typeCode(signIn->findChild<CodeEntryPage *>(), code);
        QTRY_VERIFY(app.findIn<QPushButton>(signIn->findChild<CodeEntryPage *>(), "copyDetailsButton")->isVisible());
        check(window, "code refused");
        app.emulator->server->clearFaults();
        app.findIn<QLineEdit>(signIn->findChild<CodeEntryPage *>(), "codeEdit")->clear();

        app.typeCode(signIn->findChild<CodeEntryPage *>(), code);
        QVERIFY(app.waitForPage(app.window.accountWidget()));
        check(window, "account");

        // Account settings: both tabs' forms, and the code step.
        QTest::mouseClick(app.find<QPushButton>("settingsButton"), Qt::LeftButton);
        QDialog *settings = nullptr;
        QTRY_VERIFY((settings = qobject_cast<QDialog *>(QApplication::activeModalWidget())) != nullptr
                    || (settings = app.window.findChild<QDialog *>(QStringLiteral("AccountSettingsDialog"))) != nullptr);
        QTRY_VERIFY(settings->isVisible());
        check(settings, "account settings, email");
        auto *tabs = app.findIn<QTabWidget>(settings, "tabs");
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QTRY_COMPARE(tabs->currentIndex(), 1);
        check(settings, "account settings, phone");
        QLineEdit *newPhone = app.findIn<QLineEdit>(settings, "newPhoneEdit");
        newPhone->setFocus();
        QTest::keyClicks(newPhone, QStringLiteral("+44 20 7946 0958"));
        QTest::mouseClick(app.findIn<QPushButton>(settings, "sendPhoneButton"), Qt::LeftButton);
        QTRY_VERIFY(settings->findChild<CodeEntryPage *>() && settings->findChild<CodeEntryPage *>()->isVisible());
        check(settings, "account settings, code");
        QPointer<QDialog> open(settings);
        for (int i = 0; i < 3 && open && open->isVisible(); ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : open.data(), Qt::Key_Escape);
            QTest::qWait(50);
        }
        QTRY_VERIFY(!open || !open->isVisible());

        // The confirmation of signing out everywhere, a message box of its own.
        QTest::mouseClick(app.find<QPushButton>("signOutEverywhereButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleMessageBox()) != nullptr);
        check(box, "sign out of all devices");
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!visibleMessageBox());
        QCOMPARE(app.window.currentPage(), app.window.accountWidget());

        // The prompt to sign in again when the session ends.
        QVERIFY(app.revokeAndWaitForPrompt());
        check(app.window.reauthDialog(), "sign in again");

        if (!m_failures.isEmpty())
            QFAIL(qPrintable(QStringLiteral("mnemonics used twice in one window:\n") + m_failures.join(QLatin1Char('\n'))));
    }

    /// English has a catalogue of its own for plural forms: no "1 second(s)".
    void englishPlurals()
    {
        const auto waitMessage = [](int seconds) {
            return Error::fromServer(429, QStringLiteral("E130429"), {}, {}, seconds, {}).message();
        };
        installTranslations(QStringLiteral("en"));
        QCOMPARE(waitMessage(1), QStringLiteral("Too many requests. Try again in 1 second."));
        QCOMPARE(waitMessage(48), QStringLiteral("Too many requests. Try again in 48 seconds."));
        // A language without a catalogue of its own reads English, with English plurals.
        installTranslations(QStringLiteral("es"));
        QCOMPARE(waitMessage(2), QStringLiteral("Too many requests. Try again in 2 seconds."));
        installTranslations(QStringLiteral("de"));
        QCOMPARE(waitMessage(1), QStringLiteral("Zu viele Anfragen. Versuchen Sie es in 1 Sekunde erneut."));
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
