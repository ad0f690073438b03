// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "accountwidget.h"
#include "codeentrypage.h"
#include "emulatorfixture.h"
#include "keyboard.h"
#include "mainwindow.h"
#include "sessionmanager.h"
#include "signinwidget.h"
#include "tokenverifier.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace Descope::Ui {

/// One app: emulator, clock, store, verifier, session manager and main window.
struct App
{
    explicit App(Emulator::Options options = {}, MemoryTokenStore *sharedStore = nullptr,
                 EmulatorFixture *sharedEmulator = nullptr)
        : ownEmulator(sharedEmulator ? nullptr : std::make_unique<EmulatorFixture>(options))
        , emulator(sharedEmulator ? sharedEmulator : ownEmulator.get())
        , clock(emulator->server->now() * 1000)
        , store(sharedStore ? sharedStore : &ownStore)
        , verifier(emulator->client.get())
        , session(emulator->client.get(), store, &verifier, &clock)
        , window(emulator->client.get(), &session, store, &clock)
    {
        verifier.setClock(&clock);
        window.show();
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *widget = window.findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    template<typename T>
    T *findIn(QWidget *parent, const char *name) const
    {
        T *widget = parent->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    bool restore()
    {
        QSignalSpy restored(&session, &SessionManager::restored);
        session.restore();
        return restored.wait(10000);
    }
    void advance(qint64 seconds)
    {
        emulator->server->advanceClock(seconds);
        clock.advanceSeconds(seconds);
    }

    /// Types a code into a code page the way a person does, one key at a time.
    void typeCode(CodeEntryPage *page, const QString &code)
    {
        QTest::keyClicks(findIn<QLineEdit>(page, "codeEdit"), code);
    }

    /// From the first page to the account page, by email.
    bool signInByEmail(const QString &loginId = QStringLiteral("ann@example.com"))
    {
        QLineEdit *edit = find<QLineEdit>("loginIdEdit");
        edit->clear();
        QTest::keyClicks(edit, loginId);
        QTest::mouseClick(find<QPushButton>("continueButton"), Qt::LeftButton);
        if (!waitForCodePage())
            return false;
        typeCode(window.signInWidget()->codePage(), emulator->lastCode(loginId));
        return waitForPage(window.accountWidget());
    }

    /// The keyboard way in: the first page restored and active, the login id typed into the
    /// focused field, Enter, and the code page waiting for the code.
    bool startByKeyboard(const QString &loginId)
    {
        if (!restore() || !QTest::qWaitForWindowActive(&window))
            return false;
        if (!QTest::qWaitFor([] { return focusName() == QLatin1StringView("loginIdEdit"); }, 5000))
            return false;
        type(loginId);
        press(Qt::Key_Return);
        return !QTest::currentTestFailed() && waitForCodePage();
    }

    bool waitForCodePage()
    {
        SignInWidget *signIn = window.signInWidget();
        return QTest::qWaitFor([signIn] { return signIn->codePage()->isVisible()
                                              && signIn->flow()->state() == OtpFlow::State::AwaitingCode; }, 10000);
    }
    /// The session ends on the server (logout everywhere); the next refresh finds out.
    bool revokeAndWaitForPrompt()
    {
        auto *revoke = emulator->client->logoutAll(session.refreshJwt());
        if (!waitFor(revoke))
            return false;
        session.refresh();
        return QTest::qWaitFor([this] { return window.reauthDialog() && window.reauthDialog()->isVisible(); }, 10000);
    }

    bool waitForPage(QWidget *page)
    {
        return QTest::qWaitFor([&] { return window.currentPage() == page; }, 10000);
    }

    std::unique_ptr<EmulatorFixture> ownEmulator;
    EmulatorFixture *emulator;
    ManualClock clock;
    MemoryTokenStore ownStore;
    MemoryTokenStore *store;
    TokenVerifier verifier;
    SessionManager session;
    MainWindow window;
};

} // namespace Descope::Ui
