// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "config.h"

#include <QTest>

using namespace Descope;

class TestConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectIdValidation_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("28 chars") << QStringLiteral("P2aAc4T2V93bddihGEx2Ryhc8e5Z") << true;
        QTest::newRow("32 chars regional") << QStringLiteral("Puse12aAc4T2V93bddihGEx2Ryhc8e5Z") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no leading P") << QStringLiteral("X2aAc4T2V93bddihGEx2Ryhc8e5Z") << false;
        QTest::newRow("space") << QStringLiteral("P2aAc4T2V93 bddihGEx2Ryhc8e5Z") << false;
        QTest::newRow("colon would split the header") << QStringLiteral("P2aAc4T2V93:bddihGEx2Ryhc8e5") << false;
        QTest::newRow("non-ASCII digit") << QStringLiteral("P2aAc4T2V93bddihGEx2Ryhc8e5\u0663") << false;
        QTest::newRow("too long") << (QLatin1Char('P') + QString(80, QLatin1Char('a'))) << false;
    }
    void projectIdValidation()
    {
        QFETCH(QString, projectId);
        QFETCH(bool, valid);
        QCOMPARE(Config::isValidProjectId(projectId), valid);
        QCOMPARE(Config::create(projectId).ok(), valid);
    }

    void defaultBaseUrl_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QUrl>("expected");
        QTest::newRow("28 chars: global") << QStringLiteral("P2aAc4T2V93bddihGEx2Ryhc8e5Z")
                                          << QUrl(QStringLiteral("https://api.descope.com"));
        QTest::newRow("32 chars: use1") << QStringLiteral("Puse12aAc4T2V93bddihGEx2Ryhc8e5Z")
                                        << QUrl(QStringLiteral("https://api.use1.descope.com"));
        QTest::newRow("38 chars: mobile rule, 4 chars") << QStringLiteral("Peuc1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
                                                        << QUrl(QStringLiteral("https://api.euc1.descope.com"));
    }
    void defaultBaseUrl()
    {
        QFETCH(QString, projectId);
        QFETCH(QUrl, expected);
        QCOMPARE(Config::defaultBaseUrl(projectId), expected);
        QCOMPARE(Config::create(projectId)->baseUrl(), expected);
    }

    void baseUrlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://auth.example.com") << true;
        QTest::newRow("https with path") << QStringLiteral("https://example.com/descope") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8787") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8787") << true;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8787") << true;
        QTest::newRow("http remote") << QStringLiteral("http://api.descope.com") << false;
        QTest::newRow("http private LAN") << QStringLiteral("http://192.168.1.10") << false;
        QTest::newRow("http localhost look-alike") << QStringLiteral("http://localhost.evil.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
        QTest::newRow("user info") << QStringLiteral("https://user:pw@example.com") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
    }
    void baseUrlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(Config::isAllowedBaseUrl(QUrl(url)), allowed);
        const auto config = Config::create(QStringLiteral("P2aAc4T2V93bddihGEx2Ryhc8e5Z"), QUrl(url));
        QCOMPARE(config.ok(), allowed);
        if (!allowed)
            QCOMPARE(config.error().kind(), Error::Kind::InvalidInput);
    }

    void trailingSlashIsDropped()
    {
        const auto config = Config::create(QStringLiteral("P2aAc4T2V93bddihGEx2Ryhc8e5Z"),
                                           QUrl(QStringLiteral("https://example.com/")));
        QCOMPARE(config->baseUrl(), QUrl(QStringLiteral("https://example.com")));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
