// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulator.h"

#include "replies.h"

#include <QHttpServerRequest>

// Fault injection: POST /emulator/faults makes the next requests to a path misbehave, as a
// proxy, a dying link or an overloaded Descope would (docs/wire-protocol.md §3.1, §5.2).

namespace Descope::Emulator {

QStringList Server::faultKinds()
{
    return {QStringLiteral("status"), QStringLiteral("rate-limit"), QStringLiteral("malformed-json"),
            QStringLiteral("truncated"), QStringLiteral("drop"), QStringLiteral("delay"),
            QStringLiteral("wrong-content-type"), QStringLiteral("oversized"), QStringLiteral("drip"),
            QStringLiteral("empty-object")};
}

bool Server::setFault(const QString &path, const Fault &fault)
{
    if (isControlPath(path))
        return false;
    m_faults.insert(path, fault);
    return true;
}

bool Server::injectFault(const QHttpServerRequest &request, HttpResponder &responder)
{
    const QString path = request.url().path();
    auto it = m_faults.find(path);
    if (it == m_faults.end() || isControlPath(path))
        return false;
    const Fault fault = *it;
    if (--it->count <= 0)
        m_faults.erase(it);
    Q_EMIT requestHandled(methodName(request.method()), path, -1);

    if (fault.kind == QLatin1StringView("delay")) {
        // The request is served, but the answer comes late (past a client's timeout, say).
        respondAfter(fault.delayMs, std::move(responder), route(request));
        return true;
    }
    if (fault.kind == QLatin1StringView("drip")) {
        // A whole, ordinary answer, but slow enough that only a total deadline ends the wait.
        responder.drip(route(request), std::chrono::milliseconds(fault.delayMs));
        return true;
    }
    if (fault.kind == QLatin1StringView("empty-object")) {
        // Served (a code is sent), but a success answers {}: the docs describe an OTP start's
        // reply as an empty response object (docs.descope.com/api/otp/email/sign-in).
        Response response = route(request);
        if (response.status >= 200 && response.status < 300)
            response = jsonReply({});
        responder.respond(response);
        return true;
    }
    if (fault.kind == QLatin1StringView("drop")) {
        responder.dropConnection();
        return true;
    }
    if (fault.kind == QLatin1StringView("truncated")) {
        responder.sendRawAndClose("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
                                  "{\"sessionJwt\":\"eyJhbGciOi");
        return true;
    }
    Response response;
    if (fault.kind == QLatin1StringView("status")) {
        // The page a proxy or firewall sends with whatever status it chose (403, 502…).
        response = fault.html ? Response{fault.status,
                                         "<html><head><title>Error " + QByteArray::number(fault.status)
                                             + "</title></head><body><h1>The proxy refused the request</h1>"
                                               "<p>Contact your network administrator.</p></body></html>",
                                         "text/html", {}}
                              : errorReply(fault.status, Codes::InjectedFailure, QStringLiteral("Injected failure"));
    } else if (fault.kind == QLatin1StringView("rate-limit")) {
        response = errorReply(429, Codes::RateLimitExceeded, QStringLiteral("Rate limit exceeded"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")});
    } else if (fault.kind == QLatin1StringView("malformed-json")) {
        response.body = "{\"sessionJwt\": \"abc\", \"user\": {\"userId\": ";
    } else if (fault.kind == QLatin1StringView("wrong-content-type")) {
        response = {200, "<html><body>Welcome to the captive portal</body></html>", "text/html", {}};
    } else if (fault.kind == QLatin1StringView("oversized")) {
        response.body = "{\"padding\":\"" + QByteArray(fault.bytes, 'x') + "\"}";
    } else {
        return false;
    }
    responder.respond(response);
    return true;
}

} // namespace Descope::Emulator
