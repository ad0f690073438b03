// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// raiseWindow(): what a second launch and the notification's action do. A minimised window
// comes back, active, with its open prompt on top and as it was.
//
// The window manager's part (openbox leaves a window iconified when it is asked to restore
// it while a modal dialog is open, and Qt then takes it as restored) exists only on a real
// display: overIconifiedWindow runs with QT_QPA_PLATFORM=xcb under an X server with a
// window manager (Xvfb + openbox) and is skipped on the offscreen platform.
#include "singleinstance.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWindow>

using namespace Descope;

namespace {

constexpr int Wait = 10000;

struct Prompt
{
    explicit Prompt(QWidget *parent)
        : dialog(parent)
    {
        dialog.setWindowTitle(QStringLiteral("Prompt"));
        auto *layout = new QVBoxLayout(&dialog);
        edit = new QLineEdit(&dialog);
        layout->addWidget(new QLineEdit(&dialog));
        layout->addWidget(edit);
        dialog.resize(300, 120);
    }
    QDialog dialog;
    QLineEdit *edit = nullptr;
};

bool exposed(QWidget *widget)
{
    return widget->windowHandle() && widget->windowHandle()->isExposed();
}

} // namespace

class TestRaiseWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aMinimisedWindowComesBackWithItsPrompt()
    {
        QWidget window;
        window.resize(500, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());

        Prompt prompt(&window);
        QSignalSpy finished(&prompt.dialog, &QDialog::finished);
        prompt.dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt.dialog));
        prompt.edit->setFocus();
        QTest::keyClicks(prompt.edit, QStringLiteral("12"));

        raiseWindow(&window);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isMinimized() && window.isVisible() && exposed(&window), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(prompt.dialog.isVisible() && exposed(&prompt.dialog), Wait);
        QCOMPARE(QApplication::activeModalWidget(), &prompt.dialog);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), &prompt.dialog, Wait);
        // The same prompt, as it was: not answered, the typing kept, the focus where it was.
        QCOMPARE(finished.count(), 0);
        QCOMPARE(prompt.edit->text(), QStringLiteral("12"));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), prompt.edit, Wait);
    }

    void overIconifiedWindow_data()
    {
        QTest::addColumn<bool>("promptStaysOpen");
        QTest::newRow("prompt open") << true;
        QTest::newRow("prompt answered") << false;
    }

    void overIconifiedWindow()
    {
        if (QGuiApplication::platformName() != QLatin1StringView("xcb"))
            QSKIP("needs an X11 window manager: run with QT_QPA_PLATFORM=xcb under Xvfb and openbox");
        QFETCH(bool, promptStaysOpen);
        QWidget window;
        window.resize(500, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showMinimized();
        // The window manager iconifies it: unmapped, no longer exposed.
        QTRY_VERIFY_WITH_TIMEOUT(!exposed(&window), Wait);

        Prompt prompt(&window);
        prompt.dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt.dialog));
        // What the first request to restore did: Qt takes the window as restored, the
        // window manager (openbox) hands the request to the prompt and keeps it iconified.
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        QTest::qWait(300); // let the window manager do what it does (nothing, in openbox)
        if (!promptStaysOpen) {
            prompt.dialog.accept();
            QTRY_VERIFY(!prompt.dialog.isVisible());
        }

        raiseWindow(&window);
        QTRY_VERIFY_WITH_TIMEOUT(exposed(&window), Wait);
        QVERIFY(!window.isMinimized());
        if (promptStaysOpen) {
            QTRY_VERIFY_WITH_TIMEOUT(exposed(&prompt.dialog), Wait);
            QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), &prompt.dialog, Wait);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), &window, Wait);
        }
    }
};

QTEST_MAIN(TestRaiseWindow)
#include "tst_raisewindow.moc"
