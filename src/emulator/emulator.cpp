// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulator.h"

#include "replies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Descope::Emulator {

Server::Server(const Options &options, QObject *parent)
    : HttpServer(parent)
    , m_options(options)
    , m_state(options.projectId)
{
    qRegisterMetaType<OutboxMessage>();
    setIdleTimeout(std::chrono::milliseconds(options.idleTimeoutMs));
    setMaxConnections(options.maxConnections);
}

Server::~Server() = default;

bool Server::loadState(QString *errorMessage)
{
    if (!m_state.load(m_options.dataFile, errorMessage))
        return false;
    // The emulator checks refresh tokens with the library's own verifier.
    const QByteArray jwks = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{m_state.issuer().publicJwk()}}}).toJson();
    m_publicKeys = Jwks::fromJson(jwks).value();
    return true;
}

bool Server::saveState()
{
    QString error;
    if (m_state.save(&error)) {
        if (!m_saveError.isEmpty()) {
            m_saveError.clear();
            Q_EMIT saveRecovered();
        }
        return true;
    }
    const bool streakStarts = m_saveError.isEmpty();
    m_saveError = error;
    if (streakStarts)
        Q_EMIT saveFailed(m_saveError);
    return false;
}

bool Server::advanceClock(qint64 seconds)
{
    // Both terms are bounded before they are added: no overflow, whatever a test sends.
    if (seconds < -MaxClockOffset || seconds > MaxClockOffset)
        return false;
    const qint64 offset = m_clockOffset + seconds;
    if (offset < -MaxClockOffset || offset > MaxClockOffset)
        return false;
    m_clockOffset = offset;
    return true;
}

void Server::serve(const QHttpServerRequest &request, HttpResponder responder)
{
    const QString path = request.url().path();
    if (injectFault(request, responder))
        return;
    const Response response = route(request);
    Q_EMIT requestHandled(methodName(request.method()), path, response.status);
    respondAfter(isControlPath(path) ? 0 : m_options.latencyMs, std::move(responder), response);
}

void Server::respondAfter(int milliseconds, HttpResponder responder, const Response &response)
{
    if (milliseconds <= 0)
        return responder.respond(response);
    // Shared, as a timer's slot must be copyable; the responder knows when its connection is gone.
    auto kept = std::make_shared<HttpResponder>(std::move(responder));
    QTimer::singleShot(milliseconds, this, [kept, response] { kept->respond(response); });
}

} // namespace Descope::Emulator
