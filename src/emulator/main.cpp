// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "config.h"
#include "emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>
#include <utility>

using namespace Descope;

namespace {

void print(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

/// Reads --name into out, if given. The upper bounds keep every sum of times and lifetimes
/// far from overflowing, and every count within an int.
template<typename T>
bool readNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 maximum, T &out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        print(stderr, QStringLiteral("descope-emulator: --%1 must be a number from %2 to %3").arg(name).arg(minimum).arg(maximum));
        return false;
    }
    out = T(value);
    return true;
}

/// A cookie name as RFC 6265 §4.1.1 allows one: a token of RFC 2616 §2.2 (visible ASCII
/// characters but the separators).
bool isCookieName(const QString &name)
{
    static const QLatin1StringView separators("()<>@,;:\\\"/[]?={}");
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || separators.contains(c))
            return false;
    }
    return true;
}

constexpr qint64 MaxSeconds = 100LL * 366 * 24 * 3600; // a century
constexpr qint64 MaxCount = 1000000;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("descope-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESCOPE_VERSION));

    Emulator::Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for Descope's authentication service. Codes are not sent anywhere:\n"
        "they are printed here and listed at GET /emulator/outbox."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one (default 8787)."),
         QStringLiteral("port"), QStringLiteral("8787")},
        {QStringLiteral("project-id"), QStringLiteral("Project id clients must use (default %1).").arg(options.projectId),
         QStringLiteral("id")},
        {QStringLiteral("data"), QStringLiteral("Keep users, tokens and the signing key in this file across restarts."),
         QStringLiteral("file")},
        {QStringLiteral("session-ttl"), QStringLiteral("Session token lifetime in seconds (default %1).").arg(options.sessionTtl),
         QStringLiteral("seconds")},
        {QStringLiteral("refresh-ttl"), QStringLiteral("Refresh token lifetime in seconds (default %1).").arg(options.refreshTtl),
         QStringLiteral("seconds")},
        {QStringLiteral("code-ttl"), QStringLiteral("Code lifetime in seconds (default %1).").arg(options.codeTtl),
         QStringLiteral("seconds")},
        {QStringLiteral("max-attempts"), QStringLiteral("Wrong codes allowed per code (default %1).").arg(options.maxAttempts),
         QStringLiteral("n")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Requests per client address per %1 seconds, then 429 (E130429, Retry-After) for %2 seconds: "
                        "Descope's documented limit (default %3; 0: no limit).")
             .arg(options.rateWindow).arg(options.rateBackoff).arg(options.rateLimit),
         QStringLiteral("n")},
        {QStringLiteral("send-limit"),
         QStringLiteral("Codes per login id per minute, then 429 (E130429, Retry-After). The emulator's choice, not a "
                        "Descope limit (default: none; 0 sends no code)."),
         QStringLiteral("n")},
        {QStringLiteral("rotate-refresh"), QStringLiteral("Issue a new refresh token on every refresh.")},
        {QStringLiteral("cookies"),
         QStringLiteral("Deliver tokens as Set-Cookie DS and DSR with empty sessionJwt and refreshJwt, as Descope "
                        "does for a project that manages tokens in cookies.")},
        {QStringLiteral("session-cookie-name"),
         QStringLiteral("With --cookies: the session cookie's name instead of DS, also sent as sessionCookieName, "
                        "as for a Descope project that names its cookies."),
         QStringLiteral("name")},
        {QStringLiteral("refresh-cookie-name"),
         QStringLiteral("With --cookies: the refresh cookie's name instead of DSR, also sent as cookieName."),
         QStringLiteral("name")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay every Descope reply by this many milliseconds."),
         QStringLiteral("ms")},
        {QStringLiteral("outbox-limit"),
         QStringLiteral("Codes kept at GET /emulator/outbox, oldest dropped first (default %1).").arg(options.outboxLimit),
         QStringLiteral("n")},
        {QStringLiteral("journal-limit"),
         QStringLiteral("Requests kept at GET /emulator/requests, oldest dropped first (default %1).").arg(options.journalLimit),
         QStringLiteral("n")},
        {QStringLiteral("idle-timeout"),
         QStringLiteral("Close a connection that sends no whole request for this many seconds (default %1).")
             .arg(options.idleTimeoutMs / 1000),
         QStringLiteral("seconds")},
        {QStringLiteral("max-connections"),
         QStringLiteral("Answer connections beyond this many open ones with 503 and close them (default %1).")
             .arg(options.maxConnections),
         QStringLiteral("n")},
    });
    parser.process(app);

    quint16 port = 8787;
    int idleSeconds = options.idleTimeoutMs / 1000;
    if (!readNumber(parser, QStringLiteral("port"), 0, 65535, port)
        || !readNumber(parser, QStringLiteral("session-ttl"), 1, MaxSeconds, options.sessionTtl)
        || !readNumber(parser, QStringLiteral("refresh-ttl"), 1, MaxSeconds, options.refreshTtl)
        || !readNumber(parser, QStringLiteral("code-ttl"), 1, MaxSeconds, options.codeTtl)
        || !readNumber(parser, QStringLiteral("max-attempts"), 1, MaxCount, options.maxAttempts)
        || !readNumber(parser, QStringLiteral("rate-limit"), 0, MaxCount, options.rateLimit)
        || !readNumber(parser, QStringLiteral("send-limit"), 0, MaxCount, options.sendLimit)
        || !readNumber(parser, QStringLiteral("latency-ms"), 0, 10 * 60 * 1000, options.latencyMs)
        || !readNumber(parser, QStringLiteral("outbox-limit"), 1, MaxCount, options.outboxLimit)
        || !readNumber(parser, QStringLiteral("journal-limit"), 1, MaxCount, options.journalLimit)
        || !readNumber(parser, QStringLiteral("idle-timeout"), 1, 24 * 3600, idleSeconds)
        || !readNumber(parser, QStringLiteral("max-connections"), 1, 10000, options.maxConnections))
        return 2;
    options.idleTimeoutMs = idleSeconds * 1000;
    options.rotateRefresh = parser.isSet(QStringLiteral("rotate-refresh"));
    options.cookies = parser.isSet(QStringLiteral("cookies"));
    for (const auto &[option, name] : {std::pair{QStringLiteral("session-cookie-name"), &options.sessionCookieName},
                                       std::pair{QStringLiteral("refresh-cookie-name"), &options.refreshCookieName}}) {
        if (!parser.isSet(option))
            continue;
        if (!options.cookies) {
            print(stderr, QStringLiteral("descope-emulator: --%1 needs --cookies").arg(option));
            return 2;
        }
        *name = parser.value(option);
        if (!isCookieName(*name)) {
            print(stderr, QStringLiteral("descope-emulator: --%1 must be a cookie name: ASCII letters, digits and "
                                         "!#$%&'*+-.^_`|~, nothing else").arg(option));
            return 2;
        }
    }
    if (options.cookies
        && (options.sessionCookieName.isEmpty() ? QStringLiteral("DS") : options.sessionCookieName)
            == (options.refreshCookieName.isEmpty() ? QStringLiteral("DSR") : options.refreshCookieName)) {
        print(stderr, QStringLiteral("descope-emulator: the session and refresh cookies need different names"));
        return 2;
    }
    options.dataFile = parser.value(QStringLiteral("data"));
    if (parser.isSet(QStringLiteral("project-id")))
        options.projectId = parser.value(QStringLiteral("project-id"));
    if (!Config::isValidProjectId(options.projectId)) {
        print(stderr, QStringLiteral("descope-emulator: a project id is P followed by letters and digits"));
        return 2;
    }
    const QHostAddress host(parser.value(QStringLiteral("host")));
    if (host.isNull()) {
        print(stderr, QStringLiteral("descope-emulator: --host must be an IP address"));
        return 2;
    }

    Emulator::Server server(options);
    QString loadError;
    if (!server.loadState(&loadError)) {
        // One line, and the file as it was: it may hold someone's only copy of their users.
        print(stderr, QStringLiteral("descope-emulator: cannot use %1: %2").arg(options.dataFile, loadError));
        return 1;
    }
    // Once per streak of failures, so a full disk does not flood the terminal.
    QObject::connect(&server, &Emulator::Server::saveFailed, &app, [](const QString &message) {
        print(stderr, QStringLiteral("descope-emulator: %1; changes are kept in memory only until a save works")
                          .arg(message));
    });
    QObject::connect(&server, &Emulator::Server::saveRecovered, &app, [&options] {
        print(stderr, QStringLiteral("descope-emulator: saved %1 again").arg(options.dataFile));
    });
    const quint16 listening = server.listen(host, port);
    if (!listening) {
        print(stderr, QStringLiteral("descope-emulator: cannot listen on %1:%2").arg(host.toString()).arg(port));
        return 1;
    }

    const QString hostText = host.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
        : host.toString();
    print(stdout, QStringLiteral("Descope emulator listening on http://%1:%2 (project %3)")
                      .arg(hostText).arg(listening).arg(options.projectId));
    // The emulator is a development tool: it shows the codes it "sends", and nothing else secret.
    QObject::connect(&server, &Emulator::Server::codeSent, &app, [](const Emulator::OutboxMessage &message) {
        print(stdout, QStringLiteral("sent %1 code to %2: %3")
                          .arg(pathSegment(message.method), message.maskedTo, message.code));
    });
    QObject::connect(&server, &Emulator::Server::requestHandled, &app,
                     [](const QString &method, const QString &path, int status) {
                         print(stderr, QStringLiteral("%1 %2 -> %3").arg(method, path).arg(status));
                     });
    return QCoreApplication::exec();
}
