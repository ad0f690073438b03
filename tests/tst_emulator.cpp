// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulatorfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <limits>

#include <signal.h>

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

    /// Everything it wrote to stderr so far (it writes before it answers).
    QString readErrors()
    {
        m_errors += QString::fromUtf8(m_process.readAllStandardError());
        return m_errors;
    }

    QProcess m_process;
    QString m_output;
    QString m_errors;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArrayList setCookies; ///< each Set-Cookie header
    QByteArray retryAfter;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    /// The value of the cookie named name, or empty.
    [[nodiscard]] QByteArray cookie(QByteArrayView name) const
    {
        for (const QByteArray &cookie : setCookies) {
            if (cookie.startsWith(QByteArray(name.toByteArray() + '=')))
                return cookie.mid(name.size() + 1, cookie.indexOf(';') - name.size() - 1);
        }
        return {};
    }
};

/// One request with a fresh QNetworkAccessManager, answered in this event loop.
HttpResult call(const QUrl &base, QByteArrayView verb, const char *path, const QByteArray &body = {},
                const QByteArray &authorization = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(QString::fromLatin1(path))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb.toByteArray(), body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    reply->deleteLater();
    // Qt joins repeated Set-Cookie headers with line breaks.
    const QByteArray cookies = reply->rawHeader("Set-Cookie");
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            cookies.isEmpty() ? QByteArrayList() : cookies.split('\n'), reply->rawHeader("Retry-After")};
}

/// A JSON body for call().
QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Every claim of a token, not verified (the emulator's own, read back), or nothing.
QJsonObject claimsOf(QByteArrayView token)
{
    const auto jwt = Jwt::decode(token);
    return jwt ? jwt->claims().all : QJsonObject();
}


/// The last code the emulator at url sent for loginId, read from its outbox.
QString lastCode(const QUrl &url, const QString &loginId)
{
    const QByteArray path = "/emulator/outbox?loginId=" + QUrl::toPercentEncoding(loginId);
    const QJsonArray messages = call(url, "GET", path.constData()).json().value(QLatin1StringView("messages")).toArray();
    return messages.isEmpty() ? QString() : messages.last().toObject().value(QLatin1StringView("code")).toString();
}

/// Sends a code with body to path and verifies it at verifyPath, over plain HTTP with the
/// project's Authorization (plus refreshJwt, if any); the verify's answer.
HttpResult signInOverHttp(const QUrl &url, const char *path, const char *verifyPath, const QJsonObject &body,
                          const QByteArray &refreshJwt = {})
{
    const QByteArray project = "Bearer " + Emulator::Options().projectId.toLatin1();
    const HttpResult start = call(url, "POST", path, jsonBody(body), refreshJwt.isEmpty() ? project : project + ':' + refreshJwt);
    if (start.status != 200)
        return start;
    const QString loginId = body.value(QLatin1StringView("loginId")).toString();
    return call(url, "POST", verifyPath,
                jsonBody({{QStringLiteral("loginId"), loginId}, {QStringLiteral("code"), lastCode(url, loginId)}}),
                project);
}

/// Signs loginId up (or in) at the emulator at url, reading the code from its outbox; the
/// refresh token, or empty when that failed.
QByteArray signInForToken(const QUrl &url, const QString &loginId)
{
    Client client(Config::create(Emulator::Options().projectId, url).value());
    auto *start = client.signUpOrIn(DeliveryMethod::Email, loginId);
    if (!waitFor(start) || !start->isSuccess())
        return {};
    const QString code = lastCode(url, loginId);
    if (code.isEmpty())
        return {};
    auto *verify = client.verify(DeliveryMethod::Email, loginId, code);
    return waitFor(verify) && verify->isSuccess() ? verify->value().refreshJwt : QByteArray();
}

bool signIn(const QUrl &url, const QString &loginId)
{
    return !signInForToken(url, loginId).isEmpty();
}

/// A copy of the state in a data file the emulator wrote, with key set to value (or removed,
/// for an undefined value).
QByteArray edited(const QByteArray &good, QLatin1StringView key, const QJsonValue &value)
{
    QJsonObject state = QJsonDocument::fromJson(good).object();
    if (value.isUndefined())
        state.remove(key);
    else
        state.insert(key, value);
    return QJsonDocument(state).toJson();
}

/// A fresh data file, as the emulator writes it (no users yet).
QByteArray freshDataFile()
{
    QTemporaryDir dir;
    Emulator::Options options;
    options.dataFile = dir.filePath(QStringLiteral("good.json"));
    Emulator::Server server(options);
    QString error;
    if (!server.loadState(&error))
        return {};
    QFile file(options.dataFile);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonValue fromJson(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().first();
}

/// A bare TCP connection to an emulator in this process: what a browser, a proxy or an
/// attacker can do that QNetworkAccessManager will not (stay silent, send half a request).
class RawConnection
{
public:
    explicit RawConnection(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] {
            received += m_socket.readAll();
            ++reads;
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    void close() { m_socket.abort(); }
    [[nodiscard]] bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    /// Runs the event loop until the server has closed the connection.
    bool waitClosedByServer(int milliseconds)
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                               milliseconds);
    }
    bool waitForBytes(QByteArrayView what, int milliseconds)
    {
        return QTest::qWaitFor([this, what] { return received.contains(what); }, milliseconds);
    }

    QByteArray received;
    int reads = 0;

private:
    QTcpSocket m_socket;
};

const QByteArray EcKeyPem = "-----BEGIN PRIVATE KEY-----\n"
                            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgOqEbQFsevfHsitAo\n"
                            "tzzej4u3xMFErsU0ZEMbMBMRug+hRANCAAR6NwBr+vv4EaMQyTPh0KfDiRLc5hbH\n"
                            "yE5NiE59Dm0cuQROO8S20ijIbCqr0LUu3qGZlmoBGgw4R89hxK4JGkQt\n"
                            "-----END PRIVATE KEY-----\n";

/// The emulator's clock offset from real time, in seconds (give or take the second ticking).
qint64 clockOffset(const Emulator::Server &server)
{
    return server.now() - QDateTime::currentSecsSinceEpoch();
}

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The emulator's choices (docs/emulator-fidelity.md): printing codes, the data file, the mask shape.
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
            refreshJwt = verify->value().refreshJwt;
            userId = verify->value().user.userId;
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
        QCOMPARE(me->value().userId, userId);
    }

    // The emulator's own command line: its limits and refusals are its choice.
    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port not a number") << QStringList{QStringLiteral("--port"), QStringLiteral("eighty")};
        QTest::newRow("zero attempts") << QStringList{QStringLiteral("--max-attempts"), QStringLiteral("0")};
        QTest::newRow("bad project id") << QStringList{QStringLiteral("--project-id"), QStringLiteral("not-a-project")};
        QTest::newRow("host name") << QStringList{QStringLiteral("--host"), QStringLiteral("example.com")};
        // Beyond these, sums of times overflow or ints truncate.
        QTest::newRow("session ttl past qint64")
            << QStringList{QStringLiteral("--session-ttl"), QStringLiteral("9223372036854775807")};
        QTest::newRow("latency past int") << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("4294967296")};
        QTest::newRow("empty outbox") << QStringList{QStringLiteral("--outbox-limit"), QStringLiteral("0")};
        QTest::newRow("empty journal") << QStringList{QStringLiteral("--journal-limit"), QStringLiteral("0")};
        QTest::newRow("no idle time") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("0")};
        QTest::newRow("no connections") << QStringList{QStringLiteral("--max-connections"), QStringLiteral("0")};
        // Cookie names: only with --cookies, RFC 6265 tokens, and two different ones.
        QTest::newRow("cookie name without --cookies")
            << QStringList{QStringLiteral("--session-cookie-name"), QStringLiteral("FOO")};
        QTest::newRow("cookie name with a space")
            << QStringList{QStringLiteral("--cookies"), QStringLiteral("--refresh-cookie-name"), QStringLiteral("MY COOKIE")};
        QTest::newRow("cookie name with =")
            << QStringList{QStringLiteral("--cookies"), QStringLiteral("--session-cookie-name"), QStringLiteral("A=B")};
        QTest::newRow("cookie name with ;")
            << QStringList{QStringLiteral("--cookies"), QStringLiteral("--session-cookie-name"), QStringLiteral("A;")};
        QTest::newRow("cookie name beyond ASCII")
            << QStringList{QStringLiteral("--cookies"), QStringLiteral("--session-cookie-name"), QStringLiteral("Kéks")};
        QTest::newRow("empty cookie name")
            << QStringList{QStringLiteral("--cookies"), QStringLiteral("--session-cookie-name"), QString()};
        QTest::newRow("one name for both cookies")
            << QStringList{QStringLiteral("--cookies"), QStringLiteral("--session-cookie-name"), QStringLiteral("DSR")};
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

    // --data: a file that is there but unusable stops the emulator, untouched. (The data file is
    // entirely the emulator's choice.)
    void refusesUnusableDataFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("reason");

        const QByteArray good = freshDataFile();
        QVERIFY(good.contains("signingKey"));
        const auto edited = [&good](QLatin1StringView key, const QJsonValue &value) {
            return ::edited(good, key, value);
        };

        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("not valid JSON");
        QTest::newRow("garbage") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("a JSON list") << QByteArray("[1, 2]") << QStringLiteral("not an emulator data file");
        QTest::newRow("another project")
            << edited(QLatin1StringView("projectId"), QStringLiteral("P2SomeoneElsesProject0000")) << QStringLiteral("P2SomeoneElsesProject0000");
        QTest::newRow("no key") << edited(QLatin1StringView("signingKey"), QJsonValue::Undefined) << QStringLiteral("signing key");
        QTest::newRow("garbled key") << edited(QLatin1StringView("signingKey"), QStringLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n"))
                                     << QStringLiteral("signing key");
        QTest::newRow("EC key") << edited(QLatin1StringView("signingKey"), QString::fromLatin1(EcKeyPem))
                                << QStringLiteral("signing key");
        QTest::newRow("no key id") << edited(QLatin1StringView("keyId"), QJsonValue::Undefined) << QStringLiteral("key id");
        QTest::newRow("users not a list") << edited(QLatin1StringView("users"), QStringLiteral("ann")) << QStringLiteral("users");
        QTest::newRow("unreadable") << good << QStringLiteral("cannot read");

        // Every entry is checked the way the emulator writes it: a user the save could not have
        // written is damage (or a hand edit gone wrong), and starting would save over it.
        const QLatin1StringView users("users");
        const QLatin1StringView tokens("refreshTokens");
        const auto withUsers = [&good](const char *json) { return ::edited(good, QLatin1StringView("users"), fromJson(json)); };
        const char *ann = R"({"userId":"U1","loginIds":["ann@example.com"]})";
        const auto withTokens = [&good, ann](const char *json) {
            return ::edited(::edited(good, QLatin1StringView("users"), fromJson(QByteArray(QByteArray("[") + ann + "]").constData())),
                            QLatin1StringView("refreshTokens"), fromJson(json));
        };
        QTest::newRow("refreshTokens not an object") << edited(tokens, QJsonArray{1}) << QStringLiteral("refreshTokens");
        QTest::newRow("user not an object") << edited(users, QJsonArray{QStringLiteral("ann")}) << QStringLiteral("users[0] is not an object");
        QTest::newRow("user without userId") << withUsers(R"([{"bogus":1}])") << QStringLiteral("users[0] has no userId");
        QTest::newRow("userId a number") << withUsers(R"([{"userId":7,"loginIds":["ann@example.com"]}])")
                                         << QStringLiteral("users[0] has no userId");
        QTest::newRow("userId empty") << withUsers(R"([{"userId":"","loginIds":["ann@example.com"]}])")
                                      << QStringLiteral("users[0] has no userId");
        QTest::newRow("no loginIds") << withUsers(R"([{"userId":"U1"}])") << QStringLiteral("users[0] (\"U1\"): loginIds");
        QTest::newRow("no login id") << withUsers(R"([{"userId":"U1","loginIds":[]}])") << QStringLiteral("loginIds");
        QTest::newRow("login id a number") << withUsers(R"([{"userId":"U1","loginIds":[1]}])") << QStringLiteral("loginIds");
        QTest::newRow("login id empty") << withUsers(R"([{"userId":"U1","loginIds":[""]}])") << QStringLiteral("loginIds");
        QTest::newRow("name a number") << withUsers(R"([{"userId":"U1","loginIds":["a@example.com"],"name":5}])")
                                       << QStringLiteral("users[0] (\"U1\"): name is not a string");
        QTest::newRow("email null") << withUsers(R"([{"userId":"U1","loginIds":["a@example.com"],"email":null}])")
                                    << QStringLiteral("email is not a string");
        QTest::newRow("verifiedPhone a string") << withUsers(R"([{"userId":"U1","loginIds":["a@example.com"],"verifiedPhone":"yes"}])")
                                                << QStringLiteral("verifiedPhone is not true or false");
        QTest::newRow("createdTime a date") << withUsers(R"([{"userId":"U1","loginIds":["a@example.com"],"createdTime":"today"}])")
                                            << QStringLiteral("createdTime is not a whole number");
        QTest::newRow("createdTime a fraction") << withUsers(R"([{"userId":"U1","loginIds":["a@example.com"],"createdTime":1.5}])")
                                                << QStringLiteral("createdTime is not a whole number");
        QTest::newRow("two users, one userId")
            << withUsers(R"([{"userId":"U1","loginIds":["a@example.com"]},{"userId":"U1","loginIds":["b@example.com"]}])")
            << QStringLiteral("users[1] has the userId of users[0]");
        QTest::newRow("two users, one login id")
            << withUsers(R"([{"userId":"U1","loginIds":["a@example.com"]},{"userId":"U2","loginIds":["a@example.com"]}])")
            << QStringLiteral("users[1] (\"U2\"): login id \"a@example.com\" is also users[0]'s");
        QTest::newRow("token a string") << withTokens(R"({"a":"b"})") << QStringLiteral("refreshTokens[\"a\"] is not an object");
        QTest::newRow("token without userId") << withTokens(R"({"R1":{"method":"email"}})")
                                              << QStringLiteral("refreshTokens[\"R1\"] has no userId");
        QTest::newRow("token of nobody") << withTokens(R"({"R1":{"userId":"U9","method":"email"}})")
                                         << QStringLiteral("refreshTokens[\"R1\"]: its user \"U9\" is not in users");
        QTest::newRow("token without method") << withTokens(R"({"R1":{"userId":"U1"}})")
                                              << QStringLiteral("refreshTokens[\"R1\"]: method");
        QTest::newRow("token by fax") << withTokens(R"({"R1":{"userId":"U1","method":"fax"}})")
                                      << QStringLiteral("refreshTokens[\"R1\"]: method \"fax\" is not email, sms, voice or whatsapp");
        QTest::newRow("token amr from another factor") << withTokens(R"({"R1":{"userId":"U1","method":"email","amr":["sms","email"]}})")
                                                      << QStringLiteral("refreshTokens[\"R1\"]: amr is not a list");
        QTest::newRow("token amr by fax") << withTokens(R"({"R1":{"userId":"U1","method":"email","amr":["email","fax"]}})")
                                          << QStringLiteral("refreshTokens[\"R1\"]: amr is not a list");
        QTest::newRow("token id empty") << withTokens(R"({"":{"userId":"U1","method":"email"}})")
                                        << QStringLiteral("refreshTokens has an empty token id");
        // What the file says is quoted, so the message stays one line.
        QTest::newRow("token id with a newline") << withTokens(R"({"R\nX":7})")
                                                 << QStringLiteral("refreshTokens[\"R\\nX\"] is not an object");
    }
    void refusesUnusableDataFile()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("emulator.json"));
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        if (QByteArrayView(QTest::currentDataTag()) == "unreadable") {
            QVERIFY(file.setPermissions(QFileDevice::Permissions()));
            if (file.open(QIODevice::ReadOnly))
                QSKIP("Running as root: every file is readable");
        }
        const QDateTime modified = QFileInfo(data).lastModified();

        QProcess process;
        process.start(QStringLiteral(DESCOPE_EMULATOR_BINARY), {QStringLiteral("--port"), QStringLiteral("0"),
                                                                QStringLiteral("--data"), data});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(errors.count(QLatin1Char('\n')), 1); // one line
        QVERIFY2(errors.startsWith(QStringLiteral("descope-emulator: cannot use %1: ").arg(data)), qPrintable(errors));
        QVERIFY2(errors.contains(reason), qPrintable(errors));
        QVERIFY(!process.readAllStandardOutput().contains("listening"));

        // Byte for byte as it was, and nothing new beside it.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), contents);
        QCOMPARE(QFileInfo(data).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("emulator.json")});
    }

    // --data that is there and readable but cannot be written: refused at start, like a new
    // file in the same place, not at the first save with /emulator/health saying ok till then.
    // (The emulator's choice, as all of the data file.)
    void refusesUnwritableDataFile_data()
    {
        QTest::addColumn<QString>("readOnly"); // what is read-only: file, directory or file system
        QTest::addColumn<bool>("exists");
        QTest::newRow("read-only file") << QStringLiteral("file") << true;
        QTest::newRow("read-only directory") << QStringLiteral("directory") << true;
        QTest::newRow("read-only file system") << QStringLiteral("file system") << true;
        QTest::newRow("new file, read-only file system") << QStringLiteral("file system") << false;
    }
    void refusesUnwritableDataFile()
    {
        QFETCH(QString, readOnly);
        QFETCH(bool, exists);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("state"));
        QVERIFY(QDir().mkdir(folder));
        const QString data = folder + QStringLiteral("/emulator.json");
        const QByteArray good = freshDataFile();
        QVERIFY(!good.isEmpty());
        QFile file(data);
        if (exists) {
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(good);
            file.close();
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        const QDateTime modified = QFileInfo(data).lastModified();
        const auto restorePermissions = [&] {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            if (exists)
                file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        };
        const auto restoreOnFailure = qScopeGuard(restorePermissions); // so QTemporaryDir can clean up

        QProcess process;
        const QStringList emulatorArguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data};
        if (readOnly == QLatin1StringView("file system")) {
            // A read-only bind mount in a mount namespace of its own: read-only even for root,
            // and nothing is mounted outside this one process.
            const QString script = QStringLiteral(R"(dir=$1; shift; mount --bind -o ro "$dir" "$dir" && exec "$@")");
            const QStringList inNamespace{QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                          QStringLiteral("sh"), folder};
            QProcess probe;
            probe.start(QStringLiteral("unshare"), inNamespace + QStringList{QStringLiteral("true")});
            if (!probe.waitForFinished(5000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
                QSKIP("Cannot make a read-only bind mount here (unshare -rm: no user namespaces?)");
            process.start(QStringLiteral("unshare"),
                          inNamespace + QStringList{QStringLiteral(DESCOPE_EMULATOR_BINARY)} + emulatorArguments);
        } else {
            QFile target(readOnly == QLatin1StringView("file") ? data : folder);
            QVERIFY(target.setPermissions(readOnly == QLatin1StringView("file")
                                              ? QFileDevice::ReadOwner
                                              : QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            QFile probe(data);
            QTemporaryFile probeInFolder(folder + QStringLiteral("/probe.XXXXXX"));
            if (readOnly == QLatin1StringView("file") ? probe.open(QIODevice::ReadWrite) : probeInFolder.open())
                QSKIP("Running as root: permission bits do not stop root (the file-system row still runs)");
            process.start(QStringLiteral(DESCOPE_EMULATOR_BINARY), emulatorArguments);
        }
        QVERIFY2(process.waitForFinished(5000), "it started");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(errors.count(QLatin1Char('\n')), 1); // one line
        QVERIFY2(errors.startsWith(QStringLiteral("descope-emulator: cannot use %1: cannot write it: ").arg(data)),
                 qPrintable(errors));
        QVERIFY(!process.readAllStandardOutput().contains("listening"));

        restorePermissions();
        if (exists) {
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), good);
            QCOMPARE(QFileInfo(data).lastModified(), modified);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 exists ? QStringList{QStringLiteral("emulator.json")} : QStringList());
    }

    // A file the emulator wrote always loads again, whatever its users typed: names with
    // quotes, control characters and any script, several login ids, merged and revoked sessions.
    // (The data file and the merge's outcome: the emulator's choice.)
    void loadsEveryFileItWrites()
    {
        QTemporaryDir dir;
        Emulator::Options options;
        options.dataFile = dir.filePath(QStringLiteral("emulator.json"));
        options.rotateRefresh = true;
        const QByteArray project = "Bearer " + options.projectId.toLatin1();
        QHash<QString, QByteArray> tokens;
        QJsonArray usersBefore;
        {
            EmulatorFixture emulator(options);
            const QUrl url = emulator.baseUrl();
            // Verifies the code last sent for loginId by method; the refresh token.
            const auto verify = [&](const char *method, const QString &loginId) {
                const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("loginId"), loginId},
                                                                  {QStringLiteral("code"), emulator.lastCode(loginId)}})
                                            .toJson(QJsonDocument::Compact);
                const QByteArray path = "/v1/auth/otp/verify/" + QByteArray(method);
                return call(url, "POST", path.constData(), body, project).json().value(QLatin1StringView("refreshJwt"))
                    .toString().toLatin1();
            };
            const auto post = [&](const char *path, const QJsonObject &body, const QByteArray &token = {}) {
                return call(url, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            token.isEmpty() ? project : project + ':' + token).status;
            };
            const QString annName = QStringLiteral("Ann \"Quotes\" O'Neil\\ \n\t\x1b[31m Ünïcødé 名前 🙂");
            QCOMPARE(post("/v1/auth/otp/signup/email",
                          {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")},
                           {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), annName},
                                                                {QStringLiteral("givenName"), QStringLiteral("Ann")},
                                                                {QStringLiteral("familyName"), QStringLiteral("O'Neil")},
                                                                {QStringLiteral("phone"), QStringLiteral("+15555550100")}}}}),
                     200);
            tokens[QStringLiteral("ann")] = verify("email", QStringLiteral("ann@example.com"));
            QCOMPARE(post("/v1/auth/otp/signup-in/sms", {{QStringLiteral("loginId"), QStringLiteral("+15555550199")}}), 200);
            tokens[QStringLiteral("sms")] = verify("sms", QStringLiteral("+15555550199"));
            // Ann adds a phone as a login id, and signs in once more (two live tokens).
            QCOMPARE(post("/v1/auth/otp/update/phone/sms",
                          {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")},
                           {QStringLiteral("phone"), QStringLiteral("+15555550123")},
                           {QStringLiteral("addToLoginIDs"), true}},
                          tokens.value(QStringLiteral("ann"))),
                     200);
            QVERIFY(!verify("sms", QStringLiteral("ann@example.com")).isEmpty());
            tokens[QStringLiteral("ann2")] = signInForToken(url, QStringLiteral("ann@example.com"));
            // Cy signs up, then merges into Ann by taking her email as a login id.
            tokens[QStringLiteral("cy")] = signInForToken(url, QStringLiteral("cy@example.com"));
            QCOMPARE(post("/v1/auth/otp/update/email",
                          {{QStringLiteral("loginId"), QStringLiteral("cy@example.com")},
                           {QStringLiteral("email"), QStringLiteral("ann@example.com")},
                           {QStringLiteral("addToLoginIDs"), true},
                           {QStringLiteral("onMergeUseExisting"), true}},
                          tokens.value(QStringLiteral("cy"))),
                     200);
            tokens[QStringLiteral("merged")] = verify("email", QStringLiteral("cy@example.com"));
            // A rotated token, and one signed out.
            tokens[QStringLiteral("sms")] = call(url, "POST", "/v1/auth/refresh", {}, project + ':' + tokens.value(QStringLiteral("sms")))
                                                .json().value(QLatin1StringView("refreshJwt")).toString().toLatin1();
            QCOMPARE(call(url, "POST", "/v1/auth/logout", {}, project + ':' + tokens.value(QStringLiteral("ann2"))).status, 200);
            for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
                QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
            QVERIFY(emulator.server->saveError().isEmpty());
            usersBefore = call(url, "GET", "/emulator/users").json().value(QLatin1StringView("users")).toArray();
            QCOMPARE(usersBefore.size(), 2);
        }

        QFile file(options.dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        Emulator::Server server(options);
        QString error;
        QVERIFY2(server.loadState(&error), qPrintable(error));
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(call(url, "GET", "/emulator/users").json().value(QLatin1StringView("users")).toArray(), usersBefore);
        QVERIFY(usersBefore.first().toObject().value(QLatin1StringView("name")).toString().contains(QStringLiteral("名前")));
        QCOMPARE(usersBefore.first().toObject().value(QLatin1StringView("familyName")).toString(), QStringLiteral("O'Neil"));
        const QStringList live{QStringLiteral("ann"), QStringLiteral("sms"), QStringLiteral("merged")};
        for (const QString &who : live)
            QCOMPARE(call(url, "GET", "/v1/auth/me", {}, project + ':' + tokens.value(who)).status, 200);
        for (const char *gone : {"ann2", "cy"})
            QCOMPARE(call(url, "GET", "/v1/auth/me", {}, project + ':' + tokens.value(QString::fromLatin1(gone))).status, 401);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), saved); // loading wrote nothing

        // And the program starts on it.
        EmulatorProcess restarted({QStringLiteral("--data"), options.dataFile});
        QVERIFY2(restarted.waitForUrl().isValid(), qPrintable(restarted.readErrors()));
    }

    // Every change is saved before its answer goes out, so a signal right after loses nothing:
    // the file on disk is the whole state (nothing waits in memory for a later save).
    // (The data file: the emulator's choice.)
    void keepsChangesWhenKilled_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void keepsChangesWhenKilled()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("emulator.json"));
        const QByteArray project = "Bearer " + Emulator::Options().projectId.toLatin1();
        QByteArray annToken;
        {
            EmulatorProcess emulator({QStringLiteral("--data"), data});
            const QUrl url = emulator.waitForUrl();
            QVERIFY2(url.isValid(), qPrintable(emulator.m_output));
            annToken = signInForToken(url, QStringLiteral("ann@example.com"));
            QVERIFY(!annToken.isEmpty());
            QCOMPARE(call(url, "POST", "/emulator/revoke", R"({"loginId":"ann@example.com"})").status, 200);
            QVERIFY(signIn(url, QStringLiteral("bob@example.com")));
            QCOMPARE(::kill(pid_t(emulator.m_process.processId()), signal), 0); // at once, after the last answer
            QVERIFY(emulator.m_process.waitForFinished(5000));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("emulator.json")}); // no half-written temporary file

        EmulatorProcess restarted({QStringLiteral("--data"), data});
        const QUrl url = restarted.waitForUrl();
        QVERIFY2(url.isValid(), qPrintable(restarted.readErrors()));
        const QByteArray users = call(url, "GET", "/emulator/users").body;
        QVERIFY(users.contains("ann@example.com"));
        QVERIFY(users.contains("bob@example.com")); // the last change before the signal
        QCOMPARE(call(url, "GET", "/v1/auth/me", {}, project + ':' + annToken).status, 401); // the revocation too
    }

    // The data file: the emulator's choice.
    void savesThroughSymbolicLink()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
        const QString target = dir.filePath(QStringLiteral("real/emulator.json"));
        const QString link = dir.filePath(QStringLiteral("emulator.json"));
        QVERIFY(QFile::link(QStringLiteral("real/emulator.json"), link)); // relative, and dangling until the first save
        Emulator::Options options;
        options.dataFile = link;
        {
            EmulatorFixture emulator(options);
            QVERIFY(signIn(emulator.baseUrl(), QStringLiteral("ann@example.com")));
            QVERIFY(emulator.server->saveError().isEmpty());
        }
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), QFileInfo(target).absoluteFilePath());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("ann@example.com"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("emulator.json")}); // no stray temporary file beside the link

        EmulatorFixture restarted(options);
        QCOMPARE(restarted.server->outbox().size(), 0);
        QVERIFY(call(restarted.baseUrl(), "GET", "/emulator/users").body.contains("ann@example.com"));
    }

    // The data file and /emulator/health: the emulator's choice.
    void reportsFailedSaves()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("state"));
        QVERIFY(QDir().mkdir(folder));
        const QString data = folder + QStringLiteral("/emulator.json");
        EmulatorProcess emulator({QStringLiteral("--data"), data});
        const QUrl url = emulator.waitForUrl();
        QVERIFY2(url.isValid(), qPrintable(emulator.m_output));
        QVERIFY(signIn(url, QStringLiteral("ann@example.com")));
        QCOMPARE(call(url, "GET", "/emulator/health").status, 200);

        // The folder goes (a cleaned-up temporary directory, an unmounted disk): saves fail.
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(signIn(url, QStringLiteral("bob@example.com")));
        QVERIFY(signIn(url, QStringLiteral("cy@example.com")));
        const HttpResult health = call(url, "GET", "/emulator/health");
        QCOMPARE(health.status, 503);
        QCOMPARE(health.json().value(QLatin1StringView("ok")), QJsonValue(false));
        const QString saveError = health.json().value(QLatin1StringView("saveError")).toString();
        QVERIFY2(saveError.contains(data), qPrintable(saveError));
        QVERIFY(!saveError.contains(QLatin1StringView("PRIVATE KEY")));
        QTRY_COMPARE(emulator.readErrors().count(QStringLiteral("cannot save")), 1); // once per streak

        // It comes back: the next save writes everything kept in memory meanwhile.
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(signIn(url, QStringLiteral("dee@example.com")));
        QCOMPARE(call(url, "GET", "/emulator/health").json().value(QLatin1StringView("ok")), QJsonValue(true));
        QTRY_VERIFY(emulator.readErrors().contains(QStringLiteral("saved %1 again").arg(data)));
        QFile file(data);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        for (const char *who : {"ann@", "bob@", "cy@", "dee@"})
            QVERIFY2(saved.contains(who), who);
        QCOMPARE(emulator.readErrors().count(QStringLiteral("cannot save")), 1);
    }

    // The control API (/emulator/outbox, /emulator/requests): the emulator's own.
    void outboxAndJournalAreRings()
    {
        Emulator::Options options;
        options.outboxLimit = 3;
        options.journalLimit = 2;
        EmulatorFixture emulator(options);
        for (int i = 0; i < 5; ++i) {
            auto *start = emulator.client->signUpOrIn(DeliveryMethod::Email, QStringLiteral("user%1@example.com").arg(i));
            QVERIFY(waitFor(start));
            QVERIFY(start->isSuccess());
        }
        const QList<Emulator::OutboxMessage> outbox = emulator.server->outbox();
        QCOMPARE(outbox.size(), 3);
        QCOMPARE(outbox.first().loginId, QStringLiteral("user2@example.com")); // the oldest went first
        QCOMPARE(outbox.last().loginId, QStringLiteral("user4@example.com"));
        const QJsonArray messages = call(emulator.baseUrl(), "GET", "/emulator/outbox").json().value(QLatin1StringView("messages")).toArray();
        QCOMPARE(messages.size(), 3);

        const QJsonArray requests = call(emulator.baseUrl(), "GET", "/emulator/requests").json().value(QLatin1StringView("requests")).toArray();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.last().toObject().value(QLatin1StringView("body")).toObject().value(QLatin1StringView("loginId")).toString(),
                 QStringLiteral("user4@example.com"));
    }

    // --idle-timeout, and 401 E011003 without Authorization: the emulator's choices.
    void closesIdleConnections()
    {
        Emulator::Options options;
        options.idleTimeoutMs = 300;
        EmulatorFixture emulator(options);
        Emulator::Server::Fault slow;
        slow.kind = QStringLiteral("delay");
        slow.delayMs = 900; // longer than the idle timeout: a request being answered is not idle
        emulator.server->setFault(QStringLiteral("/v1/auth/slow"), slow);

        RawConnection silent(emulator.port);
        RawConnection halfRequest(emulator.port);
        halfRequest.send("GET /emulator/health HTTP/1.1\r\nHost: loc");
        RawConnection trickle(emulator.port);
        RawConnection served(emulator.port);
        served.send("GET /emulator/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        RawConnection waiting(emulator.port);
        waiting.send("GET /v1/auth/slow HTTP/1.1\r\nHost: localhost\r\n\r\n");

        QElapsedTimer elapsed;
        elapsed.start();
        // A byte every 100 ms does not keep a connection open: only a whole request does.
        const QByteArray slowloris = "GET /emulator/health HTTP/1.1\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaa";
        for (int i = 0; i < slowloris.size() && trickle.isOpen(); ++i) {
            trickle.send(slowloris.mid(i, 1));
            QTest::qWait(100);
        }
        QVERIFY(!trickle.isOpen());
        QVERIFY(silent.waitClosedByServer(5000));
        QVERIFY(halfRequest.waitClosedByServer(5000));
        QVERIFY(served.waitClosedByServer(5000));
        QVERIFY(served.received.startsWith("HTTP/1.1 200"));
        QVERIFY(elapsed.elapsed() < 5000);

        QVERIFY(waiting.waitClosedByServer(5000)); // answered late, then idle, then closed
        QVERIFY2(waiting.received.startsWith("HTTP/1.1 401"), waiting.received.constData());
        QTRY_COMPARE(emulator.server->connectionCount(), 0);
    }

    // --max-connections and its 503: the emulator's choice.
    void capsConnections()
    {
        Emulator::Options options;
        options.maxConnections = 2;
        EmulatorFixture emulator(options);
        RawConnection first(emulator.port);
        RawConnection second(emulator.port);
        QTRY_COMPARE(emulator.server->connectionCount(), 2);

        RawConnection third(emulator.port);
        QVERIFY(third.waitClosedByServer(5000));
        QVERIFY2(third.received.startsWith("HTTP/1.1 503"), third.received.constData());
        QCOMPARE(emulator.server->connectionCount(), 2);

        first.close();
        QTRY_COMPARE(emulator.server->connectionCount(), 1);
        RawConnection fourth(emulator.port);
        fourth.send("GET /emulator/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QVERIFY(fourth.waitForBytes("\"ok\":true", 5000));
        QVERIFY(fourth.received.startsWith("HTTP/1.1 200"));
    }

    void honoursConnectionClose()
    {
        EmulatorFixture emulator;
        RawConnection keptAlive(emulator.port);
        keptAlive.send("GET /emulator/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QVERIFY(keptAlive.waitForBytes("\"ok\":true", 5000));
        RawConnection closing(emulator.port);
        closing.send("GET /emulator/health HTTP/1.1\r\nHost: localhost\r\nConnection: Keep-Alive, close\r\n\r\n");
        QVERIFY(closing.waitClosedByServer(5000));
        QVERIFY(closing.received.startsWith("HTTP/1.1 200"));
        QVERIFY(closing.received.toLower().contains("\r\nconnection: close\r\n"));
        QVERIFY(closing.received.endsWith("}"));
        QVERIFY(keptAlive.isOpen()); // the other connection was not asked to close
    }

    // The control API (/emulator/clock) and its bound: the emulator's own.
    void clockMovesAreBounded_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("moved");
        const qint64 century = Emulator::Server::MaxClockOffset;
        QTest::newRow("a minute") << QByteArray(R"({"advanceSeconds":60})") << 200 << qint64(60);
        QTest::newRow("back a minute") << QByteArray(R"({"advanceSeconds":-60})") << 200 << qint64(-60);
        QTest::newRow("the limit") << QByteArray(R"({"advanceSeconds":)" + QByteArray::number(century) + "}") << 200 << century;
        QTest::newRow("past the limit")
            << QByteArray(R"({"advanceSeconds":)" + QByteArray::number(century + 1) + "}") << 400 << qint64(0);
        // Would overflow now() (it adds real time) if taken: UBSan would stop the run.
        QTest::newRow("near qint64 max") << QByteArray(R"({"advanceSeconds":9223372036854774784})") << 400 << qint64(0);
        QTest::newRow("qint64 min") << QByteArray(R"({"advanceSeconds":-9223372036854775808})") << 400 << qint64(0);
        QTest::newRow("past qint64") << QByteArray(R"({"advanceSeconds":1e300})") << 400 << qint64(0);
        QTest::newRow("fraction") << QByteArray(R"({"advanceSeconds":1.5})") << 400 << qint64(0);
        QTest::newRow("text") << QByteArray(R"({"advanceSeconds":"60"})") << 400 << qint64(0);
        QTest::newRow("missing") << QByteArray("{}") << 400 << qint64(0);
    }
    void clockMovesAreBounded()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(qint64, moved);
        EmulatorFixture emulator;
        QCOMPARE(call(emulator.baseUrl(), "POST", "/emulator/clock", body).status, status);
        QVERIFY(qAbs(clockOffset(*emulator.server) - moved) <= 2);
        // Small steps cannot add up past the limit either.
        if (moved == Emulator::Server::MaxClockOffset) {
            QCOMPARE(call(emulator.baseUrl(), "POST", "/emulator/clock", R"({"advanceSeconds":1})").status, 400);
            QVERIFY(!emulator.server->advanceClock(1));
            QVERIFY(!emulator.server->advanceClock(std::numeric_limits<qint64>::max()));
            QVERIFY(emulator.server->advanceClock(-Emulator::Server::MaxClockOffset));
            QVERIFY(qAbs(clockOffset(*emulator.server)) <= 2);
        }
    }

    // Faults and the control API: the emulator's own.
    void controlPathsNeverMisbehave()
    {
        EmulatorFixture emulator;
        Emulator::Server::Fault drop;
        drop.kind = QStringLiteral("drop");
        drop.count = 100;
        QVERIFY(!emulator.server->setFault(QStringLiteral("/emulator/faults"), drop));
        const HttpResult refused = call(emulator.baseUrl(), "POST", "/emulator/faults",
                                        R"({"path":"/emulator/faults","kind":"drop","count":100})");
        QCOMPARE(refused.status, 400);
        QCOMPARE(call(emulator.baseUrl(), "POST", "/emulator/faults", R"({"path":"/emulator/outbox","kind":"status"})").status,
                 400);
        // So a test can always take its faults back.
        QCOMPARE(call(emulator.baseUrl(), "DELETE", "/emulator/faults").status, 200);
        QCOMPARE(call(emulator.baseUrl(), "DELETE", "/emulator/faults").status, 200);
        QCOMPARE(call(emulator.baseUrl(), "GET", "/emulator/outbox").status, 200);
    }

    // Faults (/emulator/faults): the emulator's own.
    void faultEndpointTakesEveryKindAndChecksNumbers()
    {
        EmulatorFixture emulator;
        const QUrl url = emulator.baseUrl();
        for (const QString &kind : Emulator::Server::faultKinds()) {
            const QByteArray body = "{\"path\":\"/v1/auth/refresh\",\"kind\":\"" + kind.toUtf8() + "\"}";
            QVERIFY2(call(url, "POST", "/emulator/faults", body).status == 200, qPrintable(kind));
        }
        // Plain literals here: moc (6.4) loses its way in a raw string that ends in a quote.
        const QByteArray refusedParameters[] = {"\"status\":42", "\"status\":204", "\"bytes\":-1", "\"bytes\":1e15",
                                                "\"delayMs\":-5", "\"count\":0"};
        for (const QByteArray &parameter : refusedParameters) {
            const QByteArray body = "{\"path\":\"/v1/auth/refresh\",\"kind\":\"status\"," + parameter + '}';
            QVERIFY2(call(url, "POST", "/emulator/faults", body).status == 400, body.constData());
        }
    }

    // empty-object: the code goes out, the answer is 200 {} (as the docs describe an OTP
    // start's reply); an error stays an error. (The fault itself is the emulator's own.)
    void emptyObjectFaultSendsTheCode()
    {
        EmulatorFixture emulator;
        const QUrl url = emulator.baseUrl();
        QCOMPARE(call(url, "POST", "/emulator/faults",
                      R"({"path":"/v1/auth/otp/signup-in/email","kind":"empty-object","count":2})").status,
                 200);
        const QByteArray project = "Bearer " + Emulator::Options().projectId.toLatin1();
        const HttpResult sent = call(url, "POST", "/v1/auth/otp/signup-in/email", R"({"loginId":"ann@example.com"})", project);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json(), QJsonObject());
        QVERIFY(!emulator.lastCode(QStringLiteral("ann@example.com")).isEmpty());
        QCOMPARE(call(url, "POST", "/v1/auth/otp/signup-in/email", R"({"loginId":""})", project).status, 400);
    }

    // Faults, and 401 for a refresh without Authorization: the emulator's choices.
    void proxyPageKeepsItsStatus()
    {
        EmulatorFixture emulator;
        QCOMPARE(call(emulator.baseUrl(), "POST", "/emulator/faults",
                      R"({"path":"/v1/auth/refresh","kind":"status","status":403,"html":true})").status,
                 200);
        const HttpResult page = call(emulator.baseUrl(), "POST", "/v1/auth/refresh");
        QCOMPARE(page.status, 403);
        QCOMPARE(page.contentType, QByteArray("text/html"));
        QVERIFY(page.body.startsWith("<html>"));
        QCOMPARE(call(emulator.baseUrl(), "POST", "/v1/auth/refresh").status, 401); // the fault was used up
    }

    // Faults, and 401 E011003 without Authorization: the emulator's choices.
    void dripsTheAnswerByteByByte()
    {
        EmulatorFixture emulator;
        QCOMPARE(call(emulator.baseUrl(), "POST", "/emulator/faults",
                      R"({"path":"/v1/auth/me","kind":"drip","delayMs":10})").status,
                 200);
        RawConnection connection(emulator.port);
        QElapsedTimer elapsed;
        elapsed.start();
        connection.send("GET /v1/auth/me HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTest::qWait(100);
        // A trickle, not the answer (Qt 6.8 and later send the head at once, then the body).
        QVERIFY2(!connection.received.contains("E011003"), connection.received.constData());
        QVERIFY(connection.waitClosedByServer(30000));

        // Whole and ordinary once it is all there: the error a missing Authorization gets.
        const QByteArray &answer = connection.received;
        QVERIFY2(answer.startsWith("HTTP/1.1 401 "), answer.constData());
        const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
        QVERIFY(headerEnd > 0);
        QByteArray body = answer.mid(headerEnd + 4);
        if (answer.left(headerEnd).toLower().contains("transfer-encoding: chunked")) {
            // Qt 6.8 and later: through Qt's chunked API, a chunk a byte.
            QByteArray joined;
            for (qsizetype at = 0;;) {
                const qsizetype lineEnd = body.indexOf("\r\n", at);
                QVERIFY(lineEnd > 0);
                bool ok = false;
                const qsizetype size = body.mid(at, lineEnd - at).toLongLong(&ok, 16);
                QVERIFY(ok);
                if (size == 0)
                    break;
                QVERIFY(size == 1);
                joined += body.mid(lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            body = joined;
        } else {
            QVERIFY(answer.contains(QByteArray("Content-Length: " + QByteArray::number(body.size()) + "\r\n")));
        }
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1StringView("errorCode")).toString(),
                 QStringLiteral("E011003"));
        QVERIFY(elapsed.elapsed() >= body.size() * 10 * 8 / 10);
        QVERIFY(connection.reads > 10);
    }

    // Fidelity (issue 13): what Descope's own tokens and replies carry, end to end over HTTP.

    // rexp: the refresh token's expiry as an ISO-8601 string, in every session token; a refresh
    // without rotation keeps the refresh token, so its rexp stays. Written with Z (UTC): the
    // emulator's choice.
    void sessionTokensCarryRexp()
    {
        EmulatorFixture emulator;
        const HttpResult verified = signInOverHttp(emulator.baseUrl(), "/v1/auth/otp/signup-in/email",
                                                   "/v1/auth/otp/verify/email",
                                                   {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")}});
        QCOMPARE(verified.status, 200);
        const QByteArray refreshJwt = verified.json().value(QLatin1StringView("refreshJwt")).toString().toLatin1();
        const qint64 refreshExpiry = claimsOf(refreshJwt).value(QLatin1StringView("exp")).toInteger();
        QVERIFY(refreshExpiry > 0);
        const QString expected = QDateTime::fromSecsSinceEpoch(refreshExpiry).toUTC().toString(Qt::ISODate);
        QVERIFY(expected.endsWith(QLatin1Char('Z')));
        const QJsonObject session = claimsOf(verified.json().value(QLatin1StringView("sessionJwt")).toString().toLatin1());
        QCOMPARE(session.value(QLatin1StringView("rexp")).toString(), expected);
        QVERIFY(!claimsOf(refreshJwt).contains(QLatin1StringView("rexp"))); // session tokens only

        QVERIFY(emulator.server->advanceClock(60));
        const QByteArray project = "Bearer " + Emulator::Options().projectId.toLatin1();
        const HttpResult refreshed = call(emulator.baseUrl(), "POST", "/v1/auth/refresh", "{}", project + ':' + refreshJwt);
        QCOMPARE(refreshed.status, 200);
        const QJsonObject later = claimsOf(refreshed.json().value(QLatin1StringView("sessionJwt")).toString().toLatin1());
        QCOMPARE(later.value(QLatin1StringView("rexp")).toString(), expected);
    }

    // A sign-in with loginOptions.stepup and the refresh token: its session token has su: true.
    // A plain sign-in's has no su; neither has a refresh of the stepped-up session (the
    // emulator's choice: no source says what Descope does there). 401 without the refresh
    // token: the status is the emulator's choice.
    void stepupSessionCarriesSu()
    {
        EmulatorFixture emulator;
        const QUrl url = emulator.baseUrl();
        const QJsonObject ann{{QStringLiteral("loginId"), QStringLiteral("ann@example.com")}};
        const HttpResult plain = signInOverHttp(url, "/v1/auth/otp/signup-in/email", "/v1/auth/otp/verify/email", ann);
        QCOMPARE(plain.status, 200);
        QVERIFY(!claimsOf(plain.json().value(QLatin1StringView("sessionJwt")).toString().toLatin1())
                     .contains(QLatin1StringView("su")));
        const QByteArray refreshJwt = plain.json().value(QLatin1StringView("refreshJwt")).toString().toLatin1();

        QJsonObject stepup = ann;
        stepup.insert(QLatin1StringView("loginOptions"), QJsonObject{{QStringLiteral("stepup"), true}});
        // Without the refresh token it is refused (go-sdk LoginOptions.IsJWTRequired).
        QCOMPARE(signInOverHttp(url, "/v1/auth/otp/signin/email", "/v1/auth/otp/verify/email", stepup).status, 401);
        const HttpResult stepped = signInOverHttp(url, "/v1/auth/otp/signin/email", "/v1/auth/otp/verify/email",
                                                  stepup, refreshJwt);
        QCOMPARE(stepped.status, 200);
        const QJsonObject claims = claimsOf(stepped.json().value(QLatin1StringView("sessionJwt")).toString().toLatin1());
        QCOMPARE(claims.value(QLatin1StringView("su")), QJsonValue(true));
        const QByteArray steppedRefresh = stepped.json().value(QLatin1StringView("refreshJwt")).toString().toLatin1();
        QVERIFY(!claimsOf(steppedRefresh).contains(QLatin1StringView("su"))); // the session token only

        const QByteArray project = "Bearer " + Emulator::Options().projectId.toLatin1();
        const HttpResult refreshed = call(url, "POST", "/v1/auth/refresh", "{}", project + ':' + steppedRefresh);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(!claimsOf(refreshed.json().value(QLatin1StringView("sessionJwt")).toString().toLatin1())
                     .contains(QLatin1StringView("su")));
    }

    // After MFA (loginOptions.mfa with the refresh token) amr lists every factor, in both tokens
    // and after a refresh.
    void mfaAccumulatesAmr()
    {
        EmulatorFixture emulator;
        const QUrl url = emulator.baseUrl();
        const HttpResult first = signInOverHttp(
            url, "/v1/auth/otp/signup/email", "/v1/auth/otp/verify/email",
            {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")},
             {QStringLiteral("user"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("+15555550100")}}}});
        QCOMPARE(first.status, 200);
        QCOMPARE(claimsOf(first.json().value(QLatin1StringView("sessionJwt")).toString().toLatin1())
                     .value(QLatin1StringView("amr")).toArray(),
                 QJsonArray{QStringLiteral("email")});
        const QByteArray refreshJwt = first.json().value(QLatin1StringView("refreshJwt")).toString().toLatin1();

        const HttpResult second = signInOverHttp(
            url, "/v1/auth/otp/signin/sms", "/v1/auth/otp/verify/sms",
            {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")},
             {QStringLiteral("loginOptions"), QJsonObject{{QStringLiteral("mfa"), true}}}},
            refreshJwt);
        QCOMPARE(second.status, 200);
        const QJsonArray both{QStringLiteral("email"), QStringLiteral("sms")};
        QCOMPARE(claimsOf(second.json().value(QLatin1StringView("sessionJwt")).toString().toLatin1())
                     .value(QLatin1StringView("amr")).toArray(), both);
        const QByteArray mfaRefresh = second.json().value(QLatin1StringView("refreshJwt")).toString().toLatin1();
        QCOMPARE(claimsOf(mfaRefresh).value(QLatin1StringView("amr")).toArray(), both);
        const QByteArray project = "Bearer " + Emulator::Options().projectId.toLatin1();
        const HttpResult refreshed = call(url, "POST", "/v1/auth/refresh", "{}", project + ':' + mfaRefresh);
        QCOMPARE(claimsOf(refreshed.json().value(QLatin1StringView("sessionJwt")).toString().toLatin1())
                     .value(QLatin1StringView("amr")).toArray(), both);
        // A sign-in without mfa starts again from one factor.
        const HttpResult plain = signInOverHttp(url, "/v1/auth/otp/signin/sms", "/v1/auth/otp/verify/sms",
                                                {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")}});
        QCOMPARE(claimsOf(plain.json().value(QLatin1StringView("sessionJwt")).toString().toLatin1())
                     .value(QLatin1StringView("amr")).toArray(), QJsonArray{QStringLiteral("sms")});
    }

    // Every error body is {errorCode, errorDescription, errorMessage}, as Descope's are. (Which
    // status each of these gets is the emulator's choice; only >= 400 is asserted.)
    void everyErrorCarriesErrorMessage()
    {
        EmulatorFixture emulator;
        const QUrl url = emulator.baseUrl();
        const QByteArray project = "Bearer " + Emulator::Options().projectId.toLatin1();
        QCOMPARE(call(url, "POST", "/emulator/faults", R"({"path":"/v1/auth/me","kind":"rate-limit"})").status, 200);
        QCOMPARE(call(url, "POST", "/emulator/faults", R"({"path":"/v1/auth/logout","kind":"status","status":502})").status, 200);
        const QList<HttpResult> errors{
            call(url, "POST", "/v1/auth/otp/verify/email", R"({"loginId":"nobody@example.com","code":"123456"})", project),
            call(url, "POST", "/v1/auth/otp/signin/email", R"({"loginId":"nobody@example.com"})", project),
            call(url, "POST", "/v1/auth/refresh", "{}"),
            call(url, "POST", "/v1/auth/refresh", "{}", project + ":not-a-token"),
            call(url, "POST", "/v1/auth/otp/signin/fax", R"({"loginId":"ann@example.com"})", project),
            call(url, "POST", "/v1/auth/nowhere", "{}", project),
            call(url, "POST", "/v1/auth/refresh", "[1]", project),
            call(url, "GET", "/v1/auth/me", {}, project),
            call(url, "POST", "/v1/auth/logout", "{}", project),
            call(url, "POST", "/emulator/clock", "{}"),
        };
        for (const HttpResult &error : errors) {
            QVERIFY2(error.status >= 400, error.body.constData());
            const QJsonObject body = error.json();
            for (const char *key : {"errorCode", "errorDescription", "errorMessage"})
                QVERIFY2(!body.value(QLatin1StringView(key)).toString().isEmpty(), error.body.constData());
        }
    }

    // Sign-up keeps every name part of user, and me returns them.
    void signUpKeepsNameParts()
    {
        EmulatorFixture emulator;
        const QJsonObject user{{QStringLiteral("name"), QStringLiteral("Ann B. Smith")},
                               {QStringLiteral("givenName"), QStringLiteral("Ann")},
                               {QStringLiteral("middleName"), QStringLiteral("Beatrix")},
                               {QStringLiteral("familyName"), QStringLiteral("Smith")}};
        const HttpResult verified = signInOverHttp(emulator.baseUrl(), "/v1/auth/otp/signup/email", "/v1/auth/otp/verify/email",
                                                   {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")},
                                                    {QStringLiteral("user"), user}});
        QCOMPARE(verified.status, 200);
        const QByteArray project = "Bearer " + Emulator::Options().projectId.toLatin1();
        const QByteArray refreshJwt = verified.json().value(QLatin1StringView("refreshJwt")).toString().toLatin1();
        const QJsonObject me = call(emulator.baseUrl(), "GET", "/v1/auth/me", {}, project + ':' + refreshJwt).json();
        for (const QJsonObject &record : {verified.json().value(QLatin1StringView("user")).toObject(), me}) {
            for (auto it = user.begin(); it != user.end(); ++it)
                QCOMPARE(record.value(it.key()), it.value());
        }
    }

    // --cookies: tokens as Set-Cookie DS and DSR with empty body fields, and the client signs
    // in, refreshes and signs out against it; refresh and logout take the refresh token from
    // the Authorization header as ever. The cookie attributes on DS: the emulator's choice.
    void deliversTokensInCookies()
    {
        Emulator::Options options;
        options.cookies = true;
        EmulatorFixture emulator(options);
        const QUrl url = emulator.baseUrl();
        const HttpResult verified = signInOverHttp(url, "/v1/auth/otp/signup-in/email", "/v1/auth/otp/verify/email",
                                                   {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")}});
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.json().value(QLatin1StringView("sessionJwt")).toString(), QString());
        QCOMPARE(verified.json().value(QLatin1StringView("refreshJwt")).toString(), QString());
        QCOMPARE(verified.setCookies.size(), 2);
        for (const QByteArray &cookie : verified.setCookies) {
            QVERIFY2(cookie.contains("; Path=/; Expires=") && cookie.contains("; Max-Age=")
                         && cookie.endsWith("; HttpOnly; Secure; SameSite=None"),
                     cookie.left(cookie.indexOf('=')).constData());
        }
        QCOMPARE(claimsOf(verified.cookie("DS")).value(QLatin1StringView("drn")).toString(), QStringLiteral("DS"));
        QCOMPARE(claimsOf(verified.cookie("DSR")).value(QLatin1StringView("drn")).toString(), QStringLiteral("DSR"));
        // A refresh without rotation sets the session cookie only.
        const QByteArray project = "Bearer " + options.projectId.toLatin1();
        const HttpResult refreshed = call(url, "POST", "/v1/auth/refresh", "{}", project + ':' + verified.cookie("DSR"));
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(refreshed.setCookies.size(), 1);
        QVERIFY(!refreshed.cookie("DS").isEmpty());

        // End to end through the client.
        auto *start = emulator.client->signUpOrIn(DeliveryMethod::Email, QStringLiteral("bob@example.com"));
        QVERIFY(waitFor(start));
        QVERIFY(start->isSuccess());
        auto *verify = emulator.client->verify(DeliveryMethod::Email, QStringLiteral("bob@example.com"),
                                               emulator.lastCode(QStringLiteral("bob@example.com")));
        QVERIFY(waitFor(verify));
        QVERIFY2(verify->isSuccess(), qPrintable(verify->error().technicalDetails()));
        const QByteArray bobRefresh = verify->value().refreshJwt;
        QCOMPARE(claimsOf(bobRefresh).value(QLatin1StringView("drn")).toString(), QStringLiteral("DSR"));
        QVERIFY(!verify->value().sessionJwt.isEmpty());
        auto *refresh = emulator.client->refresh(bobRefresh);
        QVERIFY(waitFor(refresh));
        QVERIFY2(refresh->isSuccess(), qPrintable(refresh->error().technicalDetails()));
        QCOMPARE(claimsOf(refresh->value().sessionJwt).value(QLatin1StringView("drn")).toString(), QStringLiteral("DS"));
        auto *logout = emulator.client->logout(bobRefresh);
        QVERIFY(waitFor(logout));
        QVERIFY(logout->isSuccess());
        QCOMPARE(call(url, "GET", "/v1/auth/me", {}, project + ':' + bobRefresh).status, 401);
    }

    // A project that names its cookies (--session-cookie-name, --refresh-cookie-name): the
    // tokens come in cookies of those names, and the body names them (sessionCookieName,
    // cookieName) as in tests/data/verify.response.custom-cookie-names.json. Naming them in the
    // body only when set: the emulator's choice.
    void namesCookiesAsTheProjectDoes()
    {
        EmulatorProcess emulator({QStringLiteral("--cookies"), QStringLiteral("--session-cookie-name"),
                                  QStringLiteral("FOO"), QStringLiteral("--refresh-cookie-name"), QStringLiteral("BAR")});
        const QUrl url = emulator.waitForUrl();
        QVERIFY2(url.isValid(), qPrintable(emulator.readErrors()));
        const HttpResult verified = signInOverHttp(url, "/v1/auth/otp/signup-in/email", "/v1/auth/otp/verify/email",
                                                   {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")}});
        QCOMPARE(verified.status, 200);
        const QJsonObject body = verified.json();
        QCOMPARE(body.value(QLatin1StringView("sessionJwt")).toString(), QString());
        QCOMPARE(body.value(QLatin1StringView("refreshJwt")).toString(), QString());
        QCOMPARE(body.value(QLatin1StringView("sessionCookieName")).toString(), QStringLiteral("FOO"));
        QCOMPARE(body.value(QLatin1StringView("cookieName")).toString(), QStringLiteral("BAR"));
        QCOMPARE(verified.setCookies.size(), 2);
        QVERIFY(verified.cookie("DS").isEmpty());
        QVERIFY(verified.cookie("DSR").isEmpty());
        QCOMPARE(claimsOf(verified.cookie("FOO")).value(QLatin1StringView("drn")).toString(), QStringLiteral("DS"));
        QCOMPARE(claimsOf(verified.cookie("BAR")).value(QLatin1StringView("drn")).toString(), QStringLiteral("DSR"));

        const QByteArray project = "Bearer " + Emulator::Options().projectId.toLatin1();
        const HttpResult refreshed = call(url, "POST", "/v1/auth/refresh", "{}", project + ':' + verified.cookie("BAR"));
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(refreshed.setCookies.size(), 1); // no rotation: the session cookie only
        QVERIFY(!refreshed.cookie("FOO").isEmpty());
        QCOMPARE(refreshed.json().value(QLatin1StringView("sessionCookieName")).toString(), QStringLiteral("FOO"));

        // Without names the body names none, as in tests/data/verify.response.cookie-mode.http.
        Emulator::Options options;
        options.cookies = true;
        EmulatorFixture plain(options);
        const HttpResult unnamed = signInOverHttp(plain.baseUrl(), "/v1/auth/otp/signup-in/email",
                                                  "/v1/auth/otp/verify/email",
                                                  {{QStringLiteral("loginId"), QStringLiteral("ann@example.com")}});
        QCOMPARE(unnamed.status, 200);
        QVERIFY(!unnamed.json().contains(QLatin1StringView("sessionCookieName")));
        QVERIFY(!unnamed.json().contains(QLatin1StringView("cookieName")));
    }

    // Descope's documented rate limit (docs.descope.com/rate-limiting): 100 requests per client
    // address in 60 s, then 429 E130429 with Retry-After for a 60 s backoff. The emulator's
    // choices: /v2/keys counts like any path, /emulator/ paths are not counted, and the
    // window follows the emulator's clock.
    void limitsRequestsPerAddressAsDescopeDocuments()
    {
        EmulatorFixture emulator;
        const QUrl url = emulator.baseUrl();
        const QByteArray keys = "/v2/keys/" + Emulator::Options().projectId.toLatin1();
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(call(url, "GET", keys.constData()).status, 200);
            QCOMPARE(call(url, "GET", "/emulator/health").status, 200);
        }
        const HttpResult limited = call(url, "GET", keys.constData());
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().value(QLatin1StringView("errorCode")).toString(), QStringLiteral("E130429"));
        QCOMPARE(limited.retryAfter, QByteArray("60"));
        QVERIFY(emulator.server->advanceClock(59));
        const HttpResult stillLimited = call(url, "GET", keys.constData());
        QCOMPARE(stillLimited.status, 429);
        QCOMPARE(stillLimited.retryAfter, QByteArray("1"));
        QVERIFY(emulator.server->advanceClock(1));
        QCOMPARE(call(url, "GET", keys.constData()).status, 200);

        Emulator::Options unlimited;
        unlimited.rateLimit = 0;
        EmulatorFixture other(unlimited);
        for (int i = 0; i < 150; ++i)
            QCOMPARE(call(other.baseUrl(), "GET", keys.constData()).status, 200);
    }

    // A limit of codes per login id is the emulator's choice (--send-limit), off by default.
    void sendLimitIsTheEmulatorsChoice()
    {
        EmulatorFixture unlimited;
        for (int i = 0; i < 8; ++i) {
            auto *start = unlimited.client->signUpOrIn(DeliveryMethod::Email, QStringLiteral("ann@example.com"));
            QVERIFY(waitFor(start));
            QVERIFY2(start->isSuccess(), qPrintable(start->error().technicalDetails()));
        }
        Emulator::Options options;
        options.sendLimit = 2; // the emulator's choice, asked for
        EmulatorFixture limited(options);
        for (int i = 0; i < 3; ++i) {
            auto *start = limited.client->signUpOrIn(DeliveryMethod::Email, QStringLiteral("ann@example.com"));
            QVERIFY(waitFor(start));
            QCOMPARE(start->isSuccess(), i < 2);
        }
    }

    // The control API (/emulator/outbox, /emulator/requests): the emulator's own.
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
