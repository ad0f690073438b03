// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulator.h"

#include "replies.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <limits>
#include <optional>

// The control API, /emulator/...: what tests and scripts use to look inside the emulator
// (outbox, request journal, users, health) and to steer it (clock, revoke, faults). Not
// Descope's: nothing here has a source but the emulator's needs.

namespace Descope::Emulator {

namespace {

const QLatin1StringView SessionDrn("DS");
const QLatin1StringView RefreshDrn("DSR");

} // namespace

QJsonArray Server::requestJournal() const
{
    QJsonArray entries;
    for (const QJsonObject &entry : m_requestJournal)
        entries.append(entry);
    return entries;
}

void Server::journal(const QHttpServerRequest &request, const Caller &caller, const QString &path)
{
    // The journal classifies the credential instead of keeping it: no token is ever stored.
    QString authorization = QStringLiteral("missing");
    std::optional<bool> stepUp; ///< set when the token is a live refresh token of ours
    if (!request.value("Authorization").isEmpty()) {
        if (!caller.projectOk) {
            authorization = QStringLiteral("other-project");
        } else if (caller.token.isEmpty()) {
            authorization = QStringLiteral("project");
        } else {
            const auto jwt = Jwt::decode(caller.token);
            const QString drn = jwt ? jwt->claims().drn : QString();
            authorization = drn == RefreshDrn ? QStringLiteral("project:refresh")
                : drn == SessionDrn           ? QStringLiteral("project:session")
                                              : QStringLiteral("project:other");
            // Whether it came from a step-up: tests prove with it that a change was made
            // with the stepped-up session. Read before the request is served (a logout
            // revokes the record).
            if (drn == RefreshDrn) {
                const auto *record = m_state.refreshToken(jwt->claims().all.value(QLatin1StringView("jti")).toString());
                if (record)
                    stepUp = record->stepup;
            }
        }
    }
    const QJsonDocument body = QJsonDocument::fromJson(request.body());
    QJsonObject entry{{QStringLiteral("method"), methodName(request.method())},
                      {QStringLiteral("path"), path},
                      {QStringLiteral("authorization"), authorization},
                      {QStringLiteral("body"), request.body().isEmpty() ? QJsonValue() : QJsonValue(body.object())}};
    if (stepUp)
        entry.insert(QLatin1StringView("stepUp"), *stepUp);
    m_requestJournal.append(entry);
    // A ring: an emulator left running for days must not grow without bound.
    while (m_requestJournal.size() > qMax(1, m_options.journalLimit))
        m_requestJournal.removeFirst();
}

Server::Response Server::emulatorEndpoint(const QHttpServerRequest &request, const QString &path)
{
    const auto method = request.method();
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (path == QLatin1StringView("/emulator/outbox")) {
        if (method == QHttpServerRequest::Method::Delete) {
            m_outbox.clear();
            return jsonReply({});
        }
        // ?loginId=… narrows the list to one person (scripts and benchmarks poll this).
        const QString only = QUrlQuery(request.url()).queryItemValue(QStringLiteral("loginId"), QUrl::FullyDecoded);
        QJsonArray messages;
        for (const OutboxMessage &message : std::as_const(m_outbox)) {
            if (!only.isEmpty() && message.loginId != only)
                continue;
            messages << QJsonObject{{QStringLiteral("loginId"), message.loginId},
                                    {QStringLiteral("method"), pathSegment(message.method)},
                                    {QStringLiteral("to"), message.to},
                                    {QStringLiteral("code"), message.code},
                                    {QStringLiteral("sentAt"), message.sentAt}};
        }
        return jsonReply({{QStringLiteral("messages"), messages}});
    }
    if (path == QLatin1StringView("/emulator/requests")) {
        if (method == QHttpServerRequest::Method::Delete) {
            m_requestJournal.clear();
            return jsonReply({});
        }
        return jsonReply({{QStringLiteral("requests"), requestJournal()}});
    }
    if (path == QLatin1StringView("/emulator/health")) {
        // 503 when unhealthy, so `curl --fail` and scripts need not parse the body.
        QJsonObject health{{QStringLiteral("ok"), m_saveError.isEmpty()},
                           {QStringLiteral("connections"), connectionCount()}};
        if (!m_saveError.isEmpty())
            health.insert(QLatin1StringView("saveError"), m_saveError);
        return jsonReply(health, m_saveError.isEmpty() ? 200 : 503);
    }
    if (path == QLatin1StringView("/emulator/faults")) {
        if (method == QHttpServerRequest::Method::Delete) {
            clearFaults();
            return jsonReply({});
        }
        static const QStringList kinds = faultKinds();
        Fault fault;
        fault.kind = stringField(body, QLatin1StringView("kind"));
        const QString faultPath = stringField(body, QLatin1StringView("path"));
        if (!kinds.contains(fault.kind) || !faultPath.startsWith(QLatin1Char('/')))
            return errorReply(400, Codes::InvalidRequest,
                         QStringLiteral("path and kind (%1) are required").arg(kinds.join(QStringLiteral(", "))));
        if (isControlPath(faultPath))
            return errorReply(400, Codes::InvalidRequest, QStringLiteral("/emulator/ paths cannot misbehave"));
        // Bounded, so a typo cannot make the emulator allocate gigabytes or wait for weeks.
        const auto number = [&body](QLatin1StringView key, qint64 fallback, qint64 minimum, qint64 maximum)
            -> std::optional<qint64> {
            const QJsonValue value = body.value(key);
            if (value.isUndefined())
                return fallback;
            const qint64 given = value.toInteger(minimum - 1);
            if (given < minimum || given > maximum)
                return std::nullopt;
            return given;
        };
        const auto count = number(QLatin1StringView("count"), 1, 1, 1000000);
        const auto status = number(QLatin1StringView("status"), 503, 200, 599);
        const auto delay = number(QLatin1StringView("delayMs"), fault.kind == QLatin1StringView("drip") ? 1000 : 3000,
                                  0, 10 * 60 * 1000);
        const auto bytes = number(QLatin1StringView("bytes"), 4 * 1024 * 1024, 0, 256 * 1024 * 1024);
        if (!count || !status || !delay || !bytes || *status == 204 || *status == 304)
            return errorReply(400, Codes::InvalidRequest,
                         QStringLiteral("count is 1 to 1000000, status 200 to 599 (not 204 or 304), delayMs 0 to "
                                        "600000, bytes 0 to 268435456"));
        fault.count = int(*count);
        fault.status = int(*status);
        fault.html = body.value(QLatin1StringView("html")).toBool();
        fault.delayMs = int(*delay);
        fault.bytes = *bytes;
        setFault(faultPath, fault);
        return jsonReply({});
    }
    if (path == QLatin1StringView("/emulator/users")) {
        QJsonArray users;
        for (const UserRecord &user : m_state.users())
            users << user.toResponseJson();
        return jsonReply({{QStringLiteral("users"), users}});
    }
    if (path == QLatin1StringView("/emulator/clock") && method == QHttpServerRequest::Method::Get)
        return jsonReply({{QStringLiteral("now"), now()}});
    if (path == QLatin1StringView("/emulator/clock") && method == QHttpServerRequest::Method::Post) {
        // Whole seconds only: toInteger() refuses fractions and numbers beyond qint64.
        const QJsonValue advance = body.value(QLatin1StringView("advanceSeconds"));
        const qint64 seconds = advance.toInteger(std::numeric_limits<qint64>::min());
        if (seconds == std::numeric_limits<qint64>::min() || !advanceClock(seconds))
            return errorReply(400, Codes::InvalidRequest,
                         QStringLiteral("advanceSeconds is a whole number of seconds that keeps the clock within "
                                        "%1 seconds of real time").arg(MaxClockOffset));
        return jsonReply({{QStringLiteral("now"), now()}});
    }
    if (path == QLatin1StringView("/emulator/revoke") && method == QHttpServerRequest::Method::Post) {
        const UserRecord *user = m_state.findUserByLoginId(stringField(body, QLatin1StringView("loginId")));
        if (!user)
            return errorReply(404, Codes::UserNotFound, QStringLiteral("User not found"));
        m_state.revokeRefreshTokensOf(user->userId);
        saveState();
        return jsonReply({});
    }
    return errorReply(404, Codes::BadRequest, QStringLiteral("Not found"));
}

} // namespace Descope::Emulator
