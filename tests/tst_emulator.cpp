// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulatorfixture.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Descope;

namespace {

/// descope-emulator as a child process; url() is what it printed.
class EmulatorProcess
{
public:
    explicit EmulatorProcess(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(DESCOPE_EMULATOR_BINARY));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        m_process.start();
    }
    ~EmulatorProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    Q_DISABLE_COPY_MOVE(EmulatorProcess)

    QUrl waitForUrl()
    {
        static const QRegularExpression listening(QStringLiteral(R"(listening on (http://\S+))"));
        for (int i = 0; i < 100 && m_output.isEmpty(); ++i) {
            m_process.waitForReadyRead(100);
            m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        const auto match = listening.match(m_output);
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

    QString readOutput()
    {
        m_process.waitForReadyRead(500);
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_output;
    }

    QProcess m_process;
    QString m_output;
};

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsUrlAndCodesAndKeepsUsersAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("emulator.json"));
        const QString projectId = Emulator::Options().projectId;
        QByteArray refreshJwt;
        QString userId;
        {
            EmulatorProcess emulator({QStringLiteral("--data"), data});
            const QUrl url = emulator.waitForUrl();
            QVERIFY2(url.isValid() && url.port() > 0, qPrintable(emulator.m_output));
            Client client(Config::create(projectId, url).value());
            auto *start = client.signUpOrIn(DeliveryMethod::Email, QStringLiteral("ann@example.com"));
            QVERIFY(waitFor(start));
            QVERIFY(start->isSuccess());

            static const QRegularExpression codeLine(QStringLiteral(R"(sent email code to (\S+): (\d{6}))"));
            QRegularExpressionMatch match;
            QTRY_VERIFY((match = codeLine.match(emulator.readOutput())).hasMatch());
            QCOMPARE(match.captured(1), QStringLiteral("a***@example.com")); // masked, never the full address
            auto *verify = client.verify(DeliveryMethod::Email, QStringLiteral("ann@example.com"), match.captured(2));
            QVERIFY(waitFor(verify));
            QVERIFY(verify->isSuccess());
            refreshJwt = verify->authentication().refreshJwt;
            userId = verify->authentication().user.userId;
        }
        QFile file(data);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        EmulatorProcess restarted({QStringLiteral("--data"), data});
        const QUrl url = restarted.waitForUrl();
        QVERIFY(url.isValid());
        Client client(Config::create(projectId, url).value());
        auto *me = client.me(refreshJwt);
        QVERIFY(waitFor(me));
        QVERIFY2(me->isSuccess(), qPrintable(me->error().technicalDetails()));
        QCOMPARE(me->user().userId, userId);
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port not a number") << QStringList{QStringLiteral("--port"), QStringLiteral("eighty")};
        QTest::newRow("zero attempts") << QStringList{QStringLiteral("--max-attempts"), QStringLiteral("0")};
        QTest::newRow("bad project id") << QStringList{QStringLiteral("--project-id"), QStringLiteral("not-a-project")};
        QTest::newRow("host name") << QStringList{QStringLiteral("--host"), QStringLiteral("example.com")};
    }
    void refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QStringLiteral(DESCOPE_EMULATOR_BINARY), arguments);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }

    void outboxAndJournalEndpoints()
    {
        EmulatorFixture emulator;
        auto *start = emulator.client->signUpOrIn(DeliveryMethod::Sms, QStringLiteral("+15555550100"));
        QVERIFY(waitFor(start));

        QNetworkAccessManager nam;
        auto get = [&nam, &emulator](const char *path) {
            QNetworkReply *reply = nam.get(QNetworkRequest(emulator.baseUrl().resolved(QUrl(QString::fromLatin1(path)))));
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait();
            reply->deleteLater();
            return QJsonDocument::fromJson(reply->readAll()).object();
        };
        const QJsonArray messages = get("/emulator/outbox").value(QLatin1StringView("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        const QJsonObject message = messages.first().toObject();
        QCOMPARE(message.value(QLatin1StringView("method")).toString(), QStringLiteral("sms"));
        QCOMPARE(message.value(QLatin1StringView("to")).toString(), QStringLiteral("+15555550100"));
        QCOMPARE(message.value(QLatin1StringView("code")).toString(), emulator.lastCode(QStringLiteral("+15555550100")));
        QVERIFY(message.contains(QLatin1StringView("sentAt")));

        const QJsonArray requests = get("/emulator/requests").value(QLatin1StringView("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        const QJsonObject request = requests.first().toObject();
        QCOMPARE(request.value(QLatin1StringView("path")).toString(), QStringLiteral("/v1/auth/otp/signup-in/sms"));
        QCOMPARE(request.value(QLatin1StringView("authorization")).toString(), QStringLiteral("project"));

        QNetworkReply *clear = nam.deleteResource(QNetworkRequest(emulator.baseUrl().resolved(QUrl(QStringLiteral("/emulator/outbox")))));
        QSignalSpy cleared(clear, &QNetworkReply::finished);
        QVERIFY(cleared.wait());
        clear->deleteLater();
        QVERIFY(emulator.server->outbox().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
