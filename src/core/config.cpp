// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "config.h"

#include <QHostAddress>

namespace Descope {

class ConfigData : public QSharedData
{
public:
    QString projectId;
    QUrl baseUrl;
    std::chrono::milliseconds transferTimeout{std::chrono::seconds(15)};
    std::chrono::milliseconds requestDeadline{std::chrono::seconds(30)};
    qint64 maxResponseBytes = 1024 * 1024;
};

Config::Config()
    : d(new ConfigData)
{
}

Config::Config(const Config &other) = default;
Config::Config(Config &&other) noexcept = default;
Config &Config::operator=(const Config &other) = default;
Config &Config::operator=(Config &&other) noexcept = default;
Config::~Config() = default;

QString Config::projectId() const
{
    return d->projectId;
}

QUrl Config::baseUrl() const
{
    return d->baseUrl;
}

std::chrono::milliseconds Config::transferTimeout() const
{
    return d->transferTimeout;
}

void Config::setTransferTimeout(std::chrono::milliseconds timeout)
{
    d->transferTimeout = timeout;
}

std::chrono::milliseconds Config::requestDeadline() const
{
    return d->requestDeadline;
}

void Config::setRequestDeadline(std::chrono::milliseconds deadline)
{
    d->requestDeadline = deadline;
}

qint64 Config::maxResponseBytes() const
{
    return d->maxResponseBytes;
}

void Config::setMaxResponseBytes(qint64 bytes)
{
    d->maxResponseBytes = bytes;
}

namespace {
constexpr qsizetype RegionalProjectIdLength = 32;
constexpr qsizetype MaxProjectIdLength = 64;
} // namespace

bool Config::isValidProjectId(const QString &projectId)
{
    if (projectId.size() < 4 || projectId.size() > MaxProjectIdLength
        || projectId.front() != QLatin1Char('P'))
        return false;
    return std::all_of(projectId.cbegin(), projectId.cend(), [](QChar c) {
        return c.unicode() < 128 && c.isLetterOrNumber();
    });
}

QUrl Config::defaultBaseUrl(const QString &projectId)
{
    if (projectId.size() >= RegionalProjectIdLength) {
        const QString region = projectId.mid(1, 4).toLower();
        return QUrl(QStringLiteral("https://api.%1.descope.com").arg(region));
    }
    return QUrl(QStringLiteral("https://api.descope.com"));
}

bool Config::isAllowedBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || url.hasQuery() || url.hasFragment())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("https"))
        return true;
    if (scheme != QLatin1StringView("http"))
        return false;
    const QString host = url.host().toLower();
    if (host == QLatin1StringView("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<Config> Config::create(const QString &projectId, const QUrl &baseUrl)
{
    if (!isValidProjectId(projectId))
        return Error::invalidInput(QStringLiteral("invalid project id"));
    QUrl url = baseUrl.isEmpty() ? defaultBaseUrl(projectId) : baseUrl.adjusted(QUrl::StripTrailingSlash);
    if (url.path() == QLatin1StringView("/"))
        url.setPath(QString()); // endpoint paths start with '/'
    if (!isAllowedBaseUrl(url))
        return Error::invalidInput(
            QStringLiteral("base URL must use https (plain http is allowed for loopback hosts only)"));
    Config config;
    config.d->projectId = projectId;
    config.d->baseUrl = url;
    return config;
}

} // namespace Descope
