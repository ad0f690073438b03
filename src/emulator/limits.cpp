// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "emulator.h"

#include "replies.h"

// Rate limits. By default the one Descope documents (docs.descope.com/rate-limiting): counted
// per client address, 100 requests per 60 seconds, then 429 for a 60-second backoff. Descope
// sends E130429 with Retry-After then (descope/python-sdk tests/test_auth.py; go-sdk
// descope/api/client.go reads Retry-After for E130429). The per-login-id limit of codes is
// the emulator's own choice, off unless asked for (--send-limit).

namespace Descope::Emulator {

namespace {

HttpResponse tooManyRequests(qint64 retryAfter)
{
    HttpResponse response = errorReply(429, Codes::RateLimitExceeded, QStringLiteral("Rate limit exceeded"),
                                       QStringLiteral("Too many requests; try again in %1 seconds").arg(retryAfter));
    response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    return response;
}

} // namespace

std::optional<Server::Response> Server::checkRateLimit(const QHostAddress &address)
{
    if (m_options.rateLimit <= 0)
        return std::nullopt;
    const qint64 current = now();
    AddressWindow &window = m_addressWindows[address.toString()];
    if (current < window.blockedUntil) // the clock may have been moved back: at most a backoff
        return tooManyRequests(qBound<qint64>(1, window.blockedUntil - current, m_options.rateBackoff));
    const qint64 length = m_options.rateWindow;
    window.times.removeIf([current, length](qint64 at) { return current - at >= length || at > current; });
    if (window.times.size() >= m_options.rateLimit) {
        window.times.clear();
        window.blockedUntil = current + m_options.rateBackoff;
        return tooManyRequests(qMax<qint64>(1, m_options.rateBackoff));
    }
    window.times << current;
    return std::nullopt;
}

std::optional<Server::Response> Server::checkSendLimit(const QString &loginId)
{
    if (m_options.sendLimit < 0)
        return std::nullopt;
    const qint64 current = now();
    QList<qint64> &times = m_sendTimes[loginId];
    times.removeIf([current](qint64 sent) { return current - sent >= 60; });
    if (times.size() >= m_options.sendLimit)
        return tooManyRequests(times.isEmpty() ? 60 : qMax<qint64>(1, 60 - (current - times.first())));
    times << current;
    return std::nullopt;
}

} // namespace Descope::Emulator
