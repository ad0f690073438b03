// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "reply.h"
#include "responses_p.h"

#include "logging_p.h"

#include <QNetworkReply>
#include <QTimer>

namespace Descope {

Reply::Reply(QObject *parent)
    : QObject(parent)
{
}

Reply::~Reply()
{
    if (m_networkReply) {
        // No callback may reach a half-destroyed job.
        m_networkReply->disconnect(this);
        m_networkReply->abort();
    }
}

void Reply::start(QNetworkReply *networkReply, qint64 maxResponseBytes, std::chrono::milliseconds deadline)
{
    m_networkReply = networkReply;
    m_maxResponseBytes = maxResponseBytes;
    networkReply->setParent(this);
    QTimer::singleShot(deadline, networkReply, [this, networkReply] {
        m_pastDeadline = true;
        networkReply->abort(); // finished() arrives through onNetworkFinished
    });
    connect(networkReply, &QNetworkReply::finished, this, &Reply::onNetworkFinished);
    connect(networkReply, &QNetworkReply::metaDataChanged, this, &Reply::onDataArriving);
    connect(networkReply, &QNetworkReply::readyRead, this, &Reply::onDataArriving);
}

void Reply::failLater(const Error &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void Reply::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_networkReply)
        m_networkReply->abort(); // finished() arrives through onNetworkFinished
    else
        failLater(Error(Error::Kind::Cancelled, QStringLiteral("cancelled")));
}

void Reply::onDataArriving()
{
    if (!m_networkReply || m_tooLarge)
        return;
    const qint64 announced = m_networkReply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_maxResponseBytes || m_networkReply->bytesAvailable() > m_maxResponseBytes) {
        m_tooLarge = true;
        m_networkReply->abort();
    }
}

Error Reply::transportError(QNetworkReply *networkReply) const
{
    const QString detail = networkReply->errorString();
    if (m_cancelled)
        return {Error::Kind::Cancelled, QStringLiteral("cancelled")};
    if (m_tooLarge)
        return Error::invalidResponse(QStringLiteral("reply larger than %1 bytes").arg(m_maxResponseBytes));
    if (m_pastDeadline)
        return {Error::Kind::Timeout, QStringLiteral("no complete answer before the request deadline")};
    switch (networkReply->error()) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        return {Error::Kind::Timeout, detail};
    case QNetworkReply::SslHandshakeFailedError:
        return {Error::Kind::Tls, detail};
    default:
        return {Error::Kind::Network, detail};
    }
}

void Reply::onNetworkFinished()
{
    QNetworkReply *networkReply = m_networkReply;
    if (!networkReply || m_finished)
        return;
    networkReply->deleteLater();
    m_networkReply.clear();

    m_httpStatus = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Connection-level failures (codes below 200) win over any status already received:
    // a reply cut off mid-body or stopped by the timeout is not an answer.
    const bool transportFailed = networkReply->error() != QNetworkReply::NoError
        && networkReply->error() < QNetworkReply::ContentAccessDenied;
    if (m_cancelled || m_tooLarge || m_pastDeadline || m_httpStatus == 0 || transportFailed) {
        finish(transportError(networkReply));
        return;
    }

    const QByteArray body = networkReply->readAll();
    // Descope answers in JSON; anything else (a captive portal's page, say) is not its answer.
    const QString contentType = networkReply->header(QNetworkRequest::ContentTypeHeader).toString();
    const bool isJson = contentType.isEmpty() || contentType.contains(QLatin1StringView("json"), Qt::CaseInsensitive);
    if (m_httpStatus < 200 || m_httpStatus >= 300) {
        QString code, description, serverMessage;
        // Only a JSON reply (or an untyped one) can be Descope's error: an HTML page that
        // happens to hold JSON-looking text is a proxy's.
        if (const auto object = isJson ? Responses::parseObject(body) : Result<QJsonObject>(Error())) {
            code = object->value(QLatin1StringView("errorCode")).toString();
            description = object->value(QLatin1StringView("errorDescription")).toString();
            serverMessage = object->value(QLatin1StringView("errorMessage")).toString();
        }
        bool hasRetryAfter = false;
        const int retryAfter = networkReply->rawHeader("Retry-After").trimmed().toInt(&hasRetryAfter);
        finish(Error::fromServer(m_httpStatus, code, description, serverMessage,
                                 hasRetryAfter && retryAfter >= 0 ? retryAfter : -1,
                                 networkReply->rawHeader("CF-Ray")));
        return;
    }

    if (!isJson) {
        finish(Error::invalidResponse(QStringLiteral("reply is %1, not JSON").arg(contentType)));
        return;
    }
    const auto cookies = networkReply->header(QNetworkRequest::SetCookieHeader)
                             .value<QList<QNetworkCookie>>();
    if (auto error = parse(body, cookies)) {
        qCWarning(lcApi) << "unusable reply from" << networkReply->url().path() << ':' << error->detail();
        finish(*error);
        return;
    }
    finish(Error());
}

void Reply::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.isError())
        qCDebug(lcApi) << "request failed:" << error.kind() << error.code() << error.detail();
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

std::optional<Error> Reply::parse(const QByteArray &, const QList<QNetworkCookie> &)
{
    return std::nullopt;
}

std::optional<Error> MaskedAddressReply::parse(const QByteArray &body, const QList<QNetworkCookie> &)
{
    auto result = Responses::parseMaskedAddress(body);
    if (!result)
        return result.error();
    m_value = std::move(result).value();
    return std::nullopt;
}

std::optional<Error> AuthenticationReply::parse(const QByteArray &body, const QList<QNetworkCookie> &cookies)
{
    auto result = Responses::parseAuthentication(body, cookies, m_required);
    if (!result)
        return result.error();
    m_value = std::move(result).value();
    return std::nullopt;
}

std::optional<Error> UserReply::parse(const QByteArray &body, const QList<QNetworkCookie> &)
{
    auto result = Responses::parseUser(body);
    if (!result)
        return result.error();
    m_value = std::move(result).value();
    return std::nullopt;
}

std::optional<Error> KeysReply::parse(const QByteArray &body, const QList<QNetworkCookie> &)
{
    auto result = Responses::parseKeys(body);
    if (!result)
        return result.error();
    m_value = std::move(result).value();
    return std::nullopt;
}

} // namespace Descope

namespace Descope {

std::optional<Error> EmptyReply::parse(const QByteArray &body, const QList<QNetworkCookie> &)
{
    if (body.trimmed().isEmpty())
        return std::nullopt;
    if (auto object = Responses::parseObject(body); !object)
        return object.error();
    return std::nullopt;
}

} // namespace Descope
