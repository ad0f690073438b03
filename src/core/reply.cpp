// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "reply_p.h"
#include "responses_p.h"

#include "logging_p.h"

#include <QNetworkReply>
#include <QTimer>

namespace Descope {

ReplyPrivate::~ReplyPrivate() = default;

Reply::Reply(ReplyPrivate &dd, QObject *parent)
    : Job(dd, parent)
{
}

Reply::~Reply()
{
    Q_D(Reply);
    if (d->networkReply) {
        // No callback may reach a half-destroyed job.
        d->networkReply->disconnect(this);
        d->networkReply->abort();
    }
}

int Reply::httpStatus() const
{
    Q_D(const Reply);
    return d->httpStatus;
}

void Reply::abortWork()
{
    Q_D(Reply);
    if (d->networkReply)
        d->networkReply->abort(); // its finished() is dropped: the result is already Cancelled
}

void ReplyPrivate::start(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline)
{
    Q_Q(Reply);
    networkReply = reply;
    maxResponseBytes = maxBytes;
    reply->setParent(q);
    QTimer::singleShot(deadline, reply, [this, reply] {
        pastDeadline = true;
        reply->abort(); // finished() arrives through onNetworkFinished
    });
    QObject::connect(reply, &QNetworkReply::finished, q, [this] { onNetworkFinished(); });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this] { onDataArriving(); });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this] { onDataArriving(); });
}

void ReplyPrivate::onDataArriving()
{
    if (!networkReply || tooLarge)
        return;
    const qint64 announced = networkReply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > maxResponseBytes || networkReply->bytesAvailable() > maxResponseBytes) {
        tooLarge = true;
        networkReply->abort();
    }
}

Error ReplyPrivate::transportError(QNetworkReply *reply) const
{
    const QString detail = reply->errorString();
    if (tooLarge)
        return Error::invalidResponse(QStringLiteral("reply larger than %1 bytes").arg(maxResponseBytes));
    if (pastDeadline)
        return {Error::Kind::Timeout, QStringLiteral("no complete answer before the request deadline")};
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        return {Error::Kind::Timeout, detail};
    case QNetworkReply::SslHandshakeFailedError:
        return {Error::Kind::Tls, detail};
    default:
        return {Error::Kind::Network, detail};
    }
}

void ReplyPrivate::onNetworkFinished()
{
    Q_Q(Reply);
    QNetworkReply *reply = networkReply;
    if (!reply)
        return;
    reply->deleteLater();
    networkReply.clear();
    if (!isRunning())
        return; // cancelled: the result is already decided

    httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Connection-level failures (codes below 200) win over any status already received:
    // a reply cut off mid-body or stopped by the timeout is not an answer.
    const bool transportFailed = reply->error() != QNetworkReply::NoError
        && reply->error() < QNetworkReply::ContentAccessDenied;
    const auto finish = [q](const Error &error) {
        if (error.isError())
            qCDebug(lcApi) << "request failed:" << error.kind() << error.code() << error.detail();
        q->emitResult(error); // from the network reply's finished(): the event loop
    };
    if (tooLarge || pastDeadline || httpStatus == 0 || transportFailed) {
        finish(transportError(reply));
        return;
    }

    const QByteArray body = reply->readAll();
    // Descope answers in JSON; anything else (a captive portal's page, say) is not its answer.
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const bool isJson = contentType.isEmpty() || contentType.contains(QLatin1StringView("json"), Qt::CaseInsensitive);
    if (httpStatus < 200 || httpStatus >= 300) {
        QString code, description, serverMessage;
        // Only a JSON reply (or an untyped one) can be Descope's error: an HTML page that
        // happens to hold JSON-looking text is a proxy's.
        if (const auto object = isJson ? Responses::parseObject(body) : Result<QJsonObject>(Error())) {
            code = object->value(QLatin1StringView("errorCode")).toString();
            description = object->value(QLatin1StringView("errorDescription")).toString();
            serverMessage = object->value(QLatin1StringView("errorMessage")).toString();
        }
        bool hasRetryAfter = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&hasRetryAfter);
        finish(Error::fromServer(httpStatus, code, description, serverMessage,
                                 hasRetryAfter && retryAfter >= 0 ? retryAfter : -1, reply->rawHeader("CF-Ray")));
        return;
    }

    if (!isJson) {
        finish(Error::invalidResponse(QStringLiteral("reply is %1, not JSON").arg(contentType)));
        return;
    }
    const auto cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    if (auto error = parse(body, cookies)) {
        qCWarning(lcApi) << "unusable reply from" << reply->url().path() << ':' << error->detail();
        finish(*error);
        return;
    }
    finish(Error());
}

std::optional<Error> ReplyPrivate::parse(const QByteArray &body, const QList<QNetworkCookie> &)
{
    if (body.trimmed().isEmpty())
        return std::nullopt;
    if (auto object = Responses::parseObject(body); !object)
        return object.error();
    return std::nullopt;
}

const void *Reply::resultData() const
{
    Q_D(const Reply);
    return d->result();
}

} // namespace Descope
