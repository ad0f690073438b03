// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "result.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace Descope {

/**
 * Where and how the library talks to Descope: the project id, the API's base URL and the
 * limits every request obeys. A value type; build one with Config::create() and give it
 * to Client, which keeps a copy (later changes to this one do not reach it).
 */
class DESCOPEQT6CORE_EXPORT Config
{
public:
    /// Validates the project id and the base URL (HTTPS, or plain HTTP to a loopback host).
    /// An empty baseUrl selects Descope's default for the project (see defaultBaseUrl()).
    static Result<Config> create(const QString &projectId, const QUrl &baseUrl = {});

    /// "P" followed by letters and digits, as Descope issues them.
    [[nodiscard]] static bool isValidProjectId(const QString &projectId);
    /// `https://api.descope.com`, or `https://api.REGION.descope.com` for ids of 32 or more
    /// characters (REGION = the 4 characters after the leading P), as the mobile SDKs do.
    [[nodiscard]] static QUrl defaultBaseUrl(const QString &projectId);
    /// HTTPS anywhere; HTTP only to localhost / 127.0.0.0/8 / ::1.
    [[nodiscard]] static bool isAllowedBaseUrl(const QUrl &url);

    /// The Descope project id ("P…").
    [[nodiscard]] QString projectId() const { return m_projectId; }
    /// The API's base URL, without a trailing slash; endpoint paths are appended to it.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }

    /// Inactivity limit of every request (QNetworkRequest::setTransferTimeout()); 15 s by
    /// default. A request with no progress for this long fails with Error::Kind::Timeout.
    [[nodiscard]] std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    /// Sets transferTimeout().
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    /// The longest any one request may take from start to last byte, however the server
    /// trickles its answer (the transfer timeout alone restarts with every byte); 30 s by
    /// default. Past it the request fails with Error::Kind::Timeout.
    [[nodiscard]] std::chrono::milliseconds requestDeadline() const { return m_requestDeadline; }
    /// Sets requestDeadline().
    void setRequestDeadline(std::chrono::milliseconds deadline) { m_requestDeadline = deadline; }

    /// The largest answer accepted, in bytes (1 MiB by default): a larger one is aborted
    /// as soon as it announces or reaches that size, and fails with
    /// Error::Kind::InvalidResponse instead of being buffered.
    [[nodiscard]] qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    /// Sets maxResponseBytes().
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

private:
    Config() = default;

    QString m_projectId;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_transferTimeout{std::chrono::seconds(15)};
    std::chrono::milliseconds m_requestDeadline{std::chrono::seconds(30)};
    qint64 m_maxResponseBytes = 1024 * 1024;
};

} // namespace Descope
