// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "loginid.h"

#include <QTest>

using namespace Descope;

/// Login ids as people type them and as they are shown: display forms, internationalised
/// email domains, and input that is too long.
class TestLoginId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displayForm_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("UK number") << u"+442079460958"_qs << u"+44 20 7946 0958"_qs;
        QTest::newRow("German number") << u"+493012345678"_qs << u"+49 30 12345678"_qs;
        QTest::newRow("US number") << u"+12015550123"_qs << u"+1 201-555-0123"_qs;
        QTest::newRow("already formatted") << u"+44 20 7946 0958"_qs << u"+44 20 7946 0958"_qs;
        QTest::newRow("ACE domain") << u"jose@xn--bcher-kva.de"_qs << u"jose@bücher.de"_qs;
        QTest::newRow("ACE domain under .com") << u"ann@xn--mnchen-3ya.com"_qs << u"ann@münchen.com"_qs;
        QTest::newRow("ASCII email") << u"ann@example.com"_qs << u"ann@example.com"_qs;
        QTest::newRow("server's mask") << u"***23"_qs << u"***23"_qs;
        QTest::newRow("masked email") << u"a***@example.com"_qs << u"a***@example.com"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("not a login id") << u"hello"_qs << u"hello"_qs;
        QTest::newRow("national number kept") << u"020 7946 0958"_qs << u"020 7946 0958"_qs;
    }
    void displayForm()
    {
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(LoginId::displayForm(value), shown);
    }
};

QTEST_GUILESS_MAIN(TestLoginId)
#include "tst_loginid.moc"
