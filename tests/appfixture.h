// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "accountwidget.h"
#include "codeentrypage_p.h"
#include "emulatorfixture.h"
#include "keyboard.h"
#include "mainwindow.h"
#include "otpflow.h"
#include "sessionmanager.h"
#include "signinwidget.h"
#include "tokenstore.h"
#include "tokenverifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace Descope {

/// A dark theme as desktops ship them, for the tests that check colours come from the palette.
inline QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::WindowText, QColor(0xec, 0xec, 0xec));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x37));
    palette.setColor(QPalette::Text, QColor(0xec, 0xec, 0xec));
    palette.setColor(QPalette::Button, QColor(0x3b, 0x3b, 0x40));
    palette.setColor(QPalette::ButtonText, QColor(0xec, 0xec, 0xec));
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x34));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xc4, 0xf5));
    palette.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ToolTipText, QColor(0xec, 0xec, 0xec));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return palette;
}

/// Test mode for QStandardPaths, and so QSettings: a test window's geometry and settings go
/// to ~/.qttest, never to the person's ~/.config. First of App's members, so it is on before
/// the window reads or writes anything.
struct TestPaths
{
    TestPaths() { QStandardPaths::setTestModeEnabled(true); }
};

/// One app: emulator, clock, store, verifier, session manager and main window.
struct App
{
    explicit App(Emulator::Options options = {}, MemoryTokenStore *sharedStore = nullptr,
                 EmulatorFixture *sharedEmulator = nullptr)
        : testPaths()
        , ownEmulator(sharedEmulator ? nullptr : std::make_unique<EmulatorFixture>(options))
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
        typeCode(window.signInWidget()->findChild<CodeEntryPage *>(), emulator->lastCode(loginId));
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
        return QTest::qWaitFor([signIn] { return signIn->findChild<CodeEntryPage *>()->isVisible()
                                              && signIn->findChild<OtpFlow *>()->state() == OtpFlow::State::AwaitingCode; }, 10000);
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

    /// The last request the emulator journalled whose path starts with path (empty if none).
    [[nodiscard]] QJsonObject lastRequest(QLatin1StringView path) const
    {
        const QJsonArray journal = emulator->server->requestJournal();
        for (qsizetype i = journal.size() - 1; i >= 0; --i) {
            const QJsonObject entry = journal.at(i).toObject();
            if (entry.value(QLatin1StringView("path")).toString().startsWith(path))
                return entry;
        }
        return {};
    }

    TestPaths testPaths;
    std::unique_ptr<EmulatorFixture> ownEmulator;
    EmulatorFixture *emulator;
    ManualClock clock;
    MemoryTokenStore ownStore;
    MemoryTokenStore *store;
    TokenVerifier verifier;
    SessionManager session;
    MainWindow window;
};

} // namespace Descope
