// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The country list of phone numbers: every region libphonenumber knows, once, named in the
// UI's language, found by typing a name or a calling code, defaulting to the system's region.
// Runs with the system locale de_DE (set in main() before Qt reads it).
#include "accountsettingsdialog.h"
#include "accountwidget.h"
#include "appfixture.h"
#include "codeentrypage_p.h"
#include "deliverymethodpage_p.h"
#include "emulatorfixture.h"
#include "loginid.h"
#include "loginidpage_p.h"
#include "mainwindow.h"
#include "sessionmanager.h"
#include "signinwidget.h"
#include "tokenverifier.h"
#include "applanguage.h"
#include "uihelpers_p.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QHash>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSet>
#include <QTabWidget>
#include <QTest>

using namespace Descope;
using namespace Descope;

namespace {

/// "Deutschland" of "Deutschland (+49)".
QString nameOf(const QString &itemText)
{
    return itemText.left(itemText.lastIndexOf(QLatin1StringView(" (+")));
}

QString screenshotDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestCountries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("descope-desktop-tests"));
        QSettings().clear();
        QCOMPARE(QLocale::system().name(), QStringLiteral("de_DE"));
        QCOMPARE(systemRegion(), QStringLiteral("DE"));
    }

    void cleanup()
    {
        installTranslations(QStringLiteral("en"));
    }

    void everyRegionOnceWithItsOwnName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("germany");
        QTest::addColumn<QString>("france");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Germany (+49)") << QStringLiteral("France (+33)");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Deutschland (+49)") << QStringLiteral("Frankreich (+33)");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Allemagne (+49)") << QStringLiteral("France (+33)");
    }
    void everyRegionOnceWithItsOwnName()
    {
        QFETCH(QString, language);
        QFETCH(QString, germany);
        QFETCH(QString, france);
        installTranslations(language);
        QComboBox combo;
        fillCountries(&combo, QStringLiteral("DE"));

        const auto regions = LoginId::phoneRegions();
        QHash<QString, int> callingCodes;
        for (const auto &[region, code] : regions)
            callingCodes.insert(region, code);
        QCOMPARE(combo.count(), regions.size());
        QSet<QString> seenRegions;
        QHash<QString, QString> regionOfName;
        for (int row = 0; row < combo.count(); ++row) {
            const QString region = combo.itemData(row).toString();
            const QString text = combo.itemText(row);
            QVERIFY2(callingCodes.contains(region), qPrintable(text));
            QVERIFY2(!seenRegions.contains(region), qPrintable(region + QStringLiteral(" twice")));
            seenRegions.insert(region);
            QVERIFY2(text.endsWith(QStringLiteral(" (+%1)").arg(callingCodes.value(region))), qPrintable(text));
            const QString name = nameOf(text);
            QVERIFY2(!name.trimmed().isEmpty(), qPrintable(text + QLatin1Char(' ') + region));
            QVERIFY2(!regionOfName.contains(name),
                     qPrintable(QStringLiteral("%1 names %2 and %3").arg(name, regionOfName.value(name), region)));
            regionOfName.insert(name, region);
        }
        QCOMPARE(seenRegions.size(), regions.size());

        // The right names, with the right codes, never the UI's own country for another one.
        QCOMPARE(combo.itemData(combo.findText(germany)).toString(), QStringLiteral("DE"));
        QCOMPARE(combo.itemData(combo.findText(france)).toString(), QStringLiteral("FR"));
        const QString ownRegion = LoginId::regionOfLocale(QLocale(language).name());
        for (int row = 0; row < combo.count(); ++row) {
            if (nameOf(combo.itemText(row)) == nameOf(germany))
                QCOMPARE(combo.itemData(row).toString(), QStringLiteral("DE"));
            if (nameOf(combo.itemText(row)) == QLocale::territoryToString(QLocale(language).territory()))
                QCOMPARE(combo.itemData(row).toString(), ownRegion);
        }
        QCOMPARE(combo.findText(QStringLiteral("Germany (+599)")), -1);
        QCOMPARE(combo.findText(QStringLiteral("United States (+690)")), -1);
        QCOMPARE(combo.currentData().toString(), QStringLiteral("DE"));

        // In the language's order.
        QCollator collator{QLocale(language)};
        for (int row = 1; row < combo.count(); ++row)
            QVERIFY2(collator.compare(combo.itemText(row - 1), combo.itemText(row)) <= 0,
                     qPrintable(combo.itemText(row - 1) + QStringLiteral(" > ") + combo.itemText(row)));
    }

    // Keyboard first: Tab from the number into the country, type, Enter or Tab.
    void typingFindsTheCountry_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("endKey");
        QTest::addColumn<QString>("region");
        QTest::newRow("de Germ Enter") << QStringLiteral("de") << QStringLiteral("Germ") << int(Qt::Key_Return) << QStringLiteral("DE");
        QTest::newRow("de Deut Enter") << QStringLiteral("de") << QStringLiteral("Deut") << int(Qt::Key_Return) << QStringLiteral("DE");
        QTest::newRow("de +49 Enter") << QStringLiteral("de") << QStringLiteral("+49") << int(Qt::Key_Return) << QStringLiteral("DE");
        QTest::newRow("de 49 Enter") << QStringLiteral("de") << QStringLiteral("49") << int(Qt::Key_Return) << QStringLiteral("DE");
        QTest::newRow("de Germ Tab") << QStringLiteral("de") << QStringLiteral("Germ") << int(Qt::Key_Tab) << QStringLiteral("DE");
        QTest::newRow("de Frank Enter") << QStringLiteral("de") << QStringLiteral("Frank") << int(Qt::Key_Return) << QStringLiteral("FR");
        QTest::newRow("de osterr Enter") << QStringLiteral("de") << QStringLiteral("osterr") << int(Qt::Key_Return) << QStringLiteral("AT");
        QTest::newRow("en Germ Enter") << QStringLiteral("en") << QStringLiteral("Germ") << int(Qt::Key_Return) << QStringLiteral("DE");
        QTest::newRow("en 44 Enter") << QStringLiteral("en") << QStringLiteral("44") << int(Qt::Key_Return) << QStringLiteral("GB");
        QTest::newRow("fr Allem Enter") << QStringLiteral("fr") << QStringLiteral("Allem") << int(Qt::Key_Return) << QStringLiteral("DE");
        QTest::newRow("fr +1 Enter") << QStringLiteral("fr") << QStringLiteral("+1") << int(Qt::Key_Return) << QStringLiteral("US");
        QTest::newRow("de nonsense Enter") << QStringLiteral("de") << QStringLiteral("xqz") << int(Qt::Key_Return) << QStringLiteral("US");
    }
    void typingFindsTheCountry()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(int, endKey);
        QFETCH(QString, region);
        installTranslations(language);
        LoginIdPage page;
        page.setRegion(QStringLiteral("US"));
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.focusInput();
        type(QStringLiteral("030 12345678"));
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("countryCombo"));
        QVERIFY(combo && combo->isVisible());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("US"));
        press(Qt::Key_Tab);
        QVERIFY(combo->hasFocus());
        type(typed);
        press(Qt::Key(endKey));
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(page.region(), region);
        QCOMPARE(combo->currentText(), combo->itemText(combo->currentIndex()));
        // Leaving the field keeps the choice.
        press(Qt::Key_Tab);
        QVERIFY(!combo->hasFocus());
        QCOMPARE(page.region(), region);
        QCOMPARE(combo->currentText(), combo->itemText(combo->currentIndex()));
    }

    // Arrow keys move through the matches without changing what was typed; Enter takes
    // the highlighted one.
    void arrowKeysChooseAnotherMatch()
    {
        installTranslations(QStringLiteral("de"));
        LoginIdPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.focusInput();
        type(QStringLiteral("030 12345678"));
        press(Qt::Key_Tab);
        type(QStringLiteral("land"));
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("countryCombo"));
        QVERIFY(combo->completer()); // searchable by typing
        QAbstractItemView *popup = combo->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTRY_COMPARE(popup->currentIndex().row(), 0); // the best match, what Enter takes
        QVERIFY(popup->model()->rowCount() > 3);
        const QString second = popup->model()->index(1, 0).data().toString();
        press(Qt::Key_Down);
        QCOMPARE(popup->currentIndex().row(), 1);
        QTRY_COMPARE(combo->lineEdit()->text(), QStringLiteral("land"));
        QVERIFY(popup->grab().save(screenshotDir() + QStringLiteral("/countries-de-popup-land.png")));
        press(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(combo->currentText(), second);
        QCOMPARE(page.region(), combo->itemData(combo->findText(second)).toString());
    }

    // System region DE, UI in German: a Berlin number typed without +49, the country typed
    // as "Germ", Enter, on to the code page.
    void germanPhoneFlow()
    {
        installTranslations({}); // the system's language: de
        QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
        App app;
        QVERIFY(app.restore());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        auto *edit = app.findIn<QLineEdit>(&app.window, "loginIdEdit");
        edit->setFocus();
        type(QStringLiteral("030 12345678"));
        auto *combo = app.findIn<QComboBox>(&app.window, "countryCombo");
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("DE"));
        QCOMPARE(combo->currentText(), QStringLiteral("Deutschland (+49)"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Germ"));
        press(Qt::Key_Return);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("DE"));
        QTest::mouseClick(app.findIn<QPushButton>(&app.window, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
        app.findIn<QRadioButton>(&app.window, "smsRadio")->setChecked(true);
        QTest::mouseClick(app.findIn<QPushButton>(&app.window, "sendButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        QCOMPARE(app.emulator->server->outbox().last().to, QStringLiteral("+493012345678"));
    }

    // Account settings: a new number is first taken to be from the country of the account's
    // own phone number, else the system's.
    void settingsDefaultToTheAccountsCountry()
    {
        App app;
        QVERIFY(app.restore());
        auto *edit = app.findIn<QLineEdit>(&app.window, "loginIdEdit");
        QTest::keyClicks(edit, QStringLiteral("+44 20 7946 0958"));
        QTest::mouseClick(app.findIn<QPushButton>(&app.window, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY(app.window.signInWidget()->findChild<DeliveryMethodPage *>()->isVisible());
        app.findIn<QRadioButton>(&app.window, "smsRadio")->setChecked(true);
        QTest::mouseClick(app.findIn<QPushButton>(&app.window, "sendButton"), Qt::LeftButton);
        QVERIFY(app.waitForCodePage());
        const QString code = app.emulator->lastCode(QStringLiteral("+442079460958"));
        QTest::keyClicks(app.findIn<QLineEdit>(app.window.signInWidget()->findChild<CodeEntryPage *>(), "codeEdit"), code);
        QTRY_VERIFY(app.window.currentPage() == app.window.accountWidget());
        QCOMPARE(app.session.user().phone, QStringLiteral("+442079460958"));
        QDialog *settings = app.window.openAccountSettings();
        QCOMPARE(app.findIn<QComboBox>(settings, "countryCombo")->currentData().toString(), QStringLiteral("GB"));
        settings->close();
        QCOMPARE(LoginId::regionOfNumber(QStringLiteral("+493012345678")), QStringLiteral("DE"));
        QCOMPARE(LoginId::regionOfNumber(QStringLiteral("+12015550123")), QStringLiteral("US"));
        QCOMPARE(LoginId::regionOfNumber(QString()), QString());
    }

    // For looking at: the German popup after typing "Deu", and the page under it.
    void screenshotGermanPopup()
    {
        installTranslations(QStringLiteral("de"));
        LoginIdPage page;
        page.resize(480, 360);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.focusInput();
        type(QStringLiteral("030 12345678"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Deu"));
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("countryCombo"));
        QVERIFY(combo->completer()); // searchable by typing
        QAbstractItemView *popup = combo->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->model()->rowCount() >= 1);
        QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Deutschland (+49)"));
        QVERIFY(page.grab().save(screenshotDir() + QStringLiteral("/countries-de-page.png")));
        QVERIFY(popup->grab().save(screenshotDir() + QStringLiteral("/countries-de-popup.png")));
        press(Qt::Key_Escape);
        // The whole list, opened with the keyboard.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(combo->view()->isVisible());
        QVERIFY(combo->view()->window()->grab().save(screenshotDir() + QStringLiteral("/countries-de-list.png")));
        press(Qt::Key_Escape);
    }
};

int main(int argc, char *argv[])
{
    // The system locale, as a German desktop session sets it (read by QLocale::system()).
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LC_CTYPE", "C.UTF-8");
    QApplication app(argc, argv);
    TestCountries test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_countries.moc"
