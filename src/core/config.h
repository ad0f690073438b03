// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "result.h"

#include <QSharedDataPointer>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Descope {

class ConfigData;

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

    /// Copies share their data until one is changed.
    Config(const Config &other);
    /// Moves other's data here.
    Config(Config &&other) noexcept;
    /// Copies other's data.
    Config &operator=(const Config &other);
    /// Moves other's data here.
    Config &operator=(Config &&other) noexcept;
    ~Config();

    /// "P" followed by letters and digits, as Descope issues them.
    [[nodiscard]] static bool isValidProjectId(const QString &projectId);
    /// `https://api.descope.com`, or `https://api.REGION.descope.com` for ids of 32 or more
    /// characters (REGION = the 4 characters after the leading P), as the mobile SDKs do.
    [[nodiscard]] static QUrl defaultBaseUrl(const QString &projectId);
    /// HTTPS anywhere; HTTP only to localhost / 127.0.0.0/8 / ::1.
    [[nodiscard]] static bool isAllowedBaseUrl(const QUrl &url);

    /// The Descope project id ("P…").
    [[nodiscard]] QString projectId() const;
    /// The API's base URL, without a trailing slash; endpoint paths are appended to it.
    [[nodiscard]] QUrl baseUrl() const;

    /// Inactivity limit of every request (QNetworkRequest::setTransferTimeout()); 15 s by
    /// default. A request with no progress for this long fails with Error::Kind::Timeout.
    [[nodiscard]] std::chrono::milliseconds transferTimeout() const;
    /// Sets transferTimeout().
    void setTransferTimeout(std::chrono::milliseconds timeout);

    /// The longest any one request may take from start to last byte, however the server
    /// trickles its answer (the transfer timeout alone restarts with every byte); 30 s by
    /// default. Past it the request fails with Error::Kind::Timeout.
    [[nodiscard]] std::chrono::milliseconds requestDeadline() const;
    /// Sets requestDeadline().
    void setRequestDeadline(std::chrono::milliseconds deadline);

    /// The largest answer accepted, in bytes (1 MiB by default): a larger one is aborted
    /// as soon as it announces or reaches that size, and fails with
    /// Error::Kind::InvalidResponse instead of being buffered.
    [[nodiscard]] qint64 maxResponseBytes() const;
    /// Sets maxResponseBytes().
    void setMaxResponseBytes(qint64 bytes);

private:
    Config();

    QSharedDataPointer<ConfigData> d;
};

} // namespace Descope
