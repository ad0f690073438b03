// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The main window as a whole: its layout with long names and addresses, its size and place
// across launches, Quit, the words it shows about the session, and its colours in a dark
// theme. Driven by key and mouse events against an in-process emulator (offscreen).
#include "accountwidget.h"
#include "appfixture.h"
#include "loginidpage_p.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "sessionmanager.h"
#include "signinwidget.h"
#include "applanguage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QStyle>
#include <QTimer>

#include <cmath>

using namespace Descope;
using namespace Descope;

namespace {

/// 84 characters, as reported in issue 11.
const QString LongEmail = QStringLiteral("annemarie.vanderberg-schmidt@research.department.example-university-hospital.co.uk");
/// 200 characters, in words, as a real (if unusual) name is.
QString longName()
{
    QString name;
    const QStringList words = {QStringLiteral("Maria"), QStringLiteral("Alexandra"), QStringLiteral("Konstantina"),
                               QStringLiteral("von"), QStringLiteral("Hohenzollern-Sigmaringen")};
    for (int i = 0; name.size() < 200; ++i)
        name += words.at(i % words.size()) + QLatin1Char(' ');
    return name.left(200).trimmed();
}

/// The account is created beforehand (by the API), with this name.
bool createUser(EmulatorFixture *emulator, const QString &email, const QString &name)
{
    SignUpUser user;
    user.name = name;
    auto *start = emulator->client->signUp(DeliveryMethod::Email, email, user);
    if (!waitFor(start) || !start->isSuccess())
        return false;
    auto *verify = emulator->client->verify(DeliveryMethod::Email, email, emulator->lastCode(email));
    return waitFor(verify) && verify->isSuccess();
}

/// WCAG's relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

/// The whole of widget is on screen inside its window: not cut, not hidden.
bool wholeOnScreen(QWidget *widget)
{
    if (!widget->isVisible() || widget->visibleRegion() != QRegion(widget->rect()))
        return false;
    const QRect global(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    return widget->window()->geometry().contains(global) && widget->screen()->availableGeometry().contains(global);
}

/// Closes whatever modal box a blocking exec() left open, so that a failing test ends.
void unblockModalsLater()
{
    QTimer::singleShot(5000, qApp, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
}

/// The notice above the sign-in page ("You were signed out.").
MessageBanner *noticeOf(const App &app)
{
    return app.window.findChild<MessageBanner *>(QStringLiteral("noticeBanner"));
}

QMessageBox *visibleBox(const char *name)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible() && box->objectName() == QLatin1StringView(name))
            return box;
    }
    return nullptr;
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in ~/.qttest, not the real ~/.config
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QApplication::setApplicationName(QStringLiteral("tst_window"));
        installTranslations(QStringLiteral("en"));
    }
    void init()
    {
        QSettings().clear();
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    // Issue 11, 4: an 84-character email widened the window to 755 px, a long name to
    // 3,115 px with Sign out off-screen, and that minimum width survived sign-out.
    void longNameAndAddressKeepTheWindowOnScreen_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::newRow("84-character email") << LongEmail << QString();
        QTest::newRow("200-character name") << QStringLiteral("maria@example.com") << longName();
        QTest::newRow("both") << LongEmail << longName();
    }
    void longNameAndAddressKeepTheWindowOnScreen()
    {
        QFETCH(QString, email);
        QFETCH(QString, name);
        App app;
        const int normalMinimum = app.window.minimumSizeHint().width();
        const QRect screen = app.window.screen()->availableGeometry();
        QVERIFY(normalMinimum <= screen.width());
        if (!name.isEmpty())
            QVERIFY(createUser(app.emulator, email, name));
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail(email));

        QVERIFY2(app.window.minimumSizeHint().width() <= screen.width(),
                 qPrintable(QString::number(app.window.minimumSizeHint().width())));
        // Not only on screen: the window needs no more room than before.
        QVERIFY2(app.window.minimumSizeHint().width() <= normalMinimum,
                 qPrintable(QStringLiteral("%1 > %2").arg(app.window.minimumSizeHint().width()).arg(normalMinimum)));
        QVERIFY2(app.window.width() <= screen.width(), qPrintable(QString::number(app.window.width())));
        QVERIFY(screen.contains(app.window.frameGeometry()));
        auto *signOut = app.find<QPushButton>("signOutButton");
        QVERIFY(wholeOnScreen(signOut));
        QVERIFY(wholeOnScreen(app.find<QPushButton>("signOutEverywhereButton")));
        QVERIFY(wholeOnScreen(app.find<QPushButton>("settingsButton")));

        // The whole text stays available: in the tooltip and to screen readers.
        auto *nameValue = app.find<QLabel>("nameValue");
        auto *emailValue = app.find<QLabel>("emailValue");
        const QString shownName = name.isEmpty() ? email : name;
        QCOMPARE(nameValue->accessibleName(), shownName);
        QVERIFY(emailValue->accessibleName().contains(email));
        if (name.isEmpty()) {
            QVERIFY(emailValue->toolTip().contains(email));
        } else {
            QCOMPARE(nameValue->toolTip(), name);
            QVERIFY(nameValue->width() < nameValue->fontMetrics().horizontalAdvance(name));
        }

        // Reachable by keyboard too: Tab gets there, Space presses it.
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        tabTo("signOutButton");
        QCOMPARE(QApplication::focusWidget(), signOut);
        QTest::keyClick(signOut, Qt::Key_Space);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
        QVERIFY2(app.window.minimumSizeHint().width() <= normalMinimum,
                 qPrintable(QStringLiteral("%1 > %2").arg(app.window.minimumSizeHint().width()).arg(normalMinimum)));
        QVERIFY(app.window.width() <= screen.width());
    }

    // Issue 11, 8: numbers were shown unformatted (+442079460958).
    void addressesAreShownAsPeopleReadThem()
    {
        AccountWidget account;
        User user;
        user.userId = QStringLiteral("U1");
        user.email = QStringLiteral("jose@xn--bcher-kva.de");
        user.verifiedEmail = true;
        user.phone = QStringLiteral("+442079460958");
        user.verifiedPhone = true;
        user.loginIds = {user.email, user.phone};
        account.setUser(user, user.email);
        QCOMPARE(account.findChild<QLabel *>(QStringLiteral("emailValue"))->text(), QStringLiteral("jose@bücher.de ✓ verified"));
        QCOMPARE(account.findChild<QLabel *>(QStringLiteral("phoneValue"))->text(), QStringLiteral("+44 20 7946 0958 ✓ verified"));
        QCOMPARE(account.findChild<QLabel *>(QStringLiteral("loginIdsValue"))->text(),
                 QStringLiteral("jose@bücher.de, +44 20 7946 0958"));
        QCOMPARE(account.findChild<QLabel *>(QStringLiteral("nameValue"))->text(), QStringLiteral("jose@bücher.de"));
    }

    // The pages sit in a card of a readable width, centred, with the app's icon on top.
    void pagesAreInACentredCard()
    {
        App app;
        app.window.resize(1000, 800);
        QVERIFY(app.restore());
        QWidget *card = app.window.findChild<QWidget *>(QStringLiteral("card"));
        QVERIFY(card);
        QTRY_VERIFY(card->isVisible());
        QVERIFY(card->width() < 600);
        const QPoint centre = card->mapTo(&app.window, card->rect().center());
        QVERIFY(qAbs(centre.x() - app.window.width() / 2) < 20);
        QVERIFY(qAbs(centre.y() - app.window.height() / 2) < 60);
        QVERIFY(card->isAncestorOf(app.window.signInWidget()));
    }

    void ctrlQQuits_data()
    {
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<bool>("dialogOpen");
        QTest::newRow("sign-in page") << false << false;
        QTest::newRow("account page") << true << false;
        QTest::newRow("account settings open") << true << true;
    }
    void ctrlQQuits()
    {
        QFETCH(bool, signedIn);
        QFETCH(bool, dialogOpen);
        App app;
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QVERIFY(app.restore());
        if (signedIn)
            QVERIFY(app.signInByEmail());
        unblockModalsLater();
        if (dialogOpen) {
            auto *settings = app.find<QPushButton>("settingsButton");
            settings->setFocus();
            QTest::keyClick(settings, Qt::Key_Space);
            QTRY_VERIFY(QApplication::activeModalWidget());
            QTRY_COMPARE(QApplication::activeWindow(), QApplication::activeModalWidget());
        }
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!app.window.isVisible());
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    // Size and place are remembered from one launch to the next.
    void geometryIsRemembered()
    {
        QRect placed;
        {
            App first;
            QVERIFY(QTest::qWaitForWindowActive(&first.window));
            first.window.setGeometry(QRect(QPoint(23, 31), QSize(700, 520)).intersected(first.window.screen()->availableGeometry()));
            placed = first.window.geometry();
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &first.window, Qt::Key_Q,
                            Qt::ControlModifier);
            QTRY_VERIFY(!first.window.isVisible());
        }
        App second;
        QVERIFY(QTest::qWaitForWindowExposed(&second.window));
        QCOMPARE(second.window.geometry(), placed);
    }

    // A place on a screen that is gone (a monitor unplugged) is not restored off-screen.
    void geometryIsRestoredOnAScreenThatExists()
    {
        {
            App first;
            QVERIFY(QTest::qWaitForWindowExposed(&first.window));
            first.window.move(first.window.screen()->geometry().topRight() + QPoint(3000, 2000));
            first.window.close();
        }
        App second;
        QVERIFY(QTest::qWaitForWindowExposed(&second.window));
        QVERIFY(second.window.screen()->availableGeometry().intersects(second.window.frameGeometry()));
        QVERIFY(second.window.screen()->availableGeometry().contains(second.window.geometry().center()));
    }

    // Issue 11, 5: under the offline banner the account page said "Active; refreshes at".
    void statusFollowsTheSession()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        auto *status = app.find<QLabel>("sessionValue");
        QVERIFY(status->text().startsWith(QLatin1StringView("Active; refreshes at")));

        Emulator::Server::Fault drop;
        drop.kind = QStringLiteral("drop");
        drop.count = 1000;
        app.emulator->server->setFault(QStringLiteral("/v1/auth/refresh"), drop);
        app.session.refresh();
        MessageBanner *banner = app.window.connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(!status->text().contains(QLatin1StringView("Active")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1StringView("retrying at")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1StringView("session ends at")), qPrintable(status->text()));
        QCOMPARE(status->accessibleName(), status->text());

        // The banner's way on is to try again (signing in needs the same service): no
        // sign-in form, no prompt.
        QPushButton *action = banner->actionButton();
        QVERIFY(action->isVisible());
        QCOMPARE(action->text().remove(QLatin1Char('&')), QStringLiteral("Try now"));
        QSignalSpy tried(&app.session, &SessionManager::refreshFailed);
        QTest::mouseClick(action, Qt::LeftButton);
        QTRY_VERIFY(!tried.isEmpty()); // tried again, and still away
        QCOMPARE(app.window.currentPage(), app.window.accountWidget());
        QVERIFY(!app.window.reauthDialog());
        QVERIFY(!QApplication::activeModalWidget());

        // The session token runs out while the service is away: it resumes later.
        app.advance(11 * 60);
        QTRY_VERIFY2(status->text().contains(QLatin1StringView("resumes")), qPrintable(status->text()));

        // The service is back.
        app.emulator->server->clearFaults();
        QTest::mouseClick(action, Qt::LeftButton);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY2(status->text().startsWith(QLatin1StringView("Active; refreshes at")), qPrintable(status->text()));
    }

    // Issue 11, "True words": the account page says when the session ended, and the
    // sign-in page says why it is back.
    void endedSessionIsSaidSo()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QVERIFY(app.revokeAndWaitForPrompt());
        QCOMPARE(app.find<QLabel>("sessionValue")->text(), QStringLiteral("Ended. Sign in again to continue."));
        QVERIFY(QTest::qWaitForWindowActive(app.window.reauthDialog()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
        MessageBanner *notice = noticeOf(app);
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Your session ended. Sign in again to continue."));
        // Gone once the next sign-in is under way.
        QVERIFY(app.signInByEmail());
        QVERIFY(!notice->isVisible());
    }

    void signOutIsConfirmed()
    {
        App app;
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        QTest::mouseClick(app.find<QPushButton>("signOutButton"), Qt::LeftButton);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
        QVERIFY(noticeOf(app));
        QVERIFY(noticeOf(app)->isVisible());
        QCOMPARE(noticeOf(app)->text(), QStringLiteral("You were signed out."));
    }

    // The confirmation's button says what it does, and afterwards the sign-in page says
    // it was done.
    void signOutEverywhereSaysWhatItDoes()
    {
        App app;
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QVERIFY(app.restore());
        QVERIFY(app.signInByEmail());
        unblockModalsLater();
        auto *everywhere = app.find<QPushButton>("signOutEverywhereButton");
        everywhere->setFocus();
        QTest::keyClick(everywhere, Qt::Key_Space);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleBox("signOutEverywhereBox")));
        QStringList buttons;
        for (QAbstractButton *button : box->buttons())
            buttons << button->text().remove(QLatin1Char('&'));
        QVERIFY2(buttons.contains(QStringLiteral("Sign out everywhere")), qPrintable(buttons.join(u'|')));
        QVERIFY(!buttons.contains(QStringLiteral("Yes")));
        QTRY_COMPARE(QApplication::activeWindow(), box);
        // Enter cancels (the action is destructive); the action goes by its letter.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
        QVERIFY(app.waitForPage(app.window.signInWidget()));
        QVERIFY(noticeOf(app));
        QTRY_COMPARE(noticeOf(app)->text(), QStringLiteral("You were signed out on all devices."));
        QVERIFY(noticeOf(app)->isVisible());
    }

    // Colours come from the palette: in a dark theme a banner is dark and its text light.
    void bannerReadsInLightAndDarkThemes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void bannerReadsInLightAndDarkThemes()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        App app;
        app.store->setFailure(Error::storage(Error::StorageProblem::NoBackend, QStringLiteral("no daemon")));
        QVERIFY(app.restore());
        MessageBanner *banner = app.window.storageBanner();
        QTRY_VERIFY(banner->isVisible());
        const QImage image = banner->grab().toImage();
        // A point of the banner's own background: in the margin right of its buttons.
        const QColor background = image.pixelColor(image.width() - 3 * image.devicePixelRatio(), image.height() / 2);
        auto *label = banner->findChild<QLabel *>();
        QVERIFY(label);
        const QColor text = label->palette().color(label->foregroundRole());
        const QColor window = app.window.palette().color(QPalette::Window);
        QVERIFY2(contrast(text, background) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), background.name()).arg(contrast(text, background))));
        // A tint of the window's own background, not a light patch in a dark window.
        QVERIFY2(qAbs(luminance(background) - luminance(window)) < 0.25,
                 qPrintable(QStringLiteral("%1 in %2").arg(background.name(), window.name())));
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
