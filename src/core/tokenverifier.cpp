// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "tokenverifier_p.h"

#include "client.h"
#include "clock.h"
#include "logging_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Descope {

void VerifyJobPrivate::finish(const Result<Claims> &result)
{
    Q_Q(VerifyJob);
    if (!isRunning())
        return;
    if (result)
        claims = result.value();
    q->emitResult(result ? Error() : result.error());
}

VerifyJob::VerifyJob(QObject *parent)
    : Job(*new VerifyJobPrivate, parent)
{
}

VerifyJob::~VerifyJob() = default;

const Claims &VerifyJob::claims() const
{
    Q_D(const VerifyJob);
    return d->claims;
}

TokenVerifierPrivate::TokenVerifierPrivate(TokenVerifier *q, Client *client)
    : q(q)
    , client(client)
    , clock(SystemClock::instance())
{
}

TokenVerifier::TokenVerifier(Client *client, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<TokenVerifierPrivate>(this, client))
{
}

TokenVerifier::~TokenVerifier() = default;

void TokenVerifier::setClock(Clock *clock)
{
    d->clock = clock;
}

QString TokenVerifier::defaultCacheFile(const QString &projectId)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QLatin1StringView("/descope-desktop/jwks-") + projectId + QLatin1StringView(".json");
}

void TokenVerifier::setCacheFile(const QString &path)
{
    d->cacheFile = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (auto keys = Jwks::fromJson(file.readAll()))
        d->keys = keys.value();
}

Result<Claims> TokenVerifier::verifyCached(QByteArrayView token, const QString &expectedDrn) const
{
    VerifyOptions options;
    options.projectId = d->client->config().projectId();
    options.now = d->clock->nowSeconds();
    options.expectedDrn = expectedDrn;
    return JwtVerifier::verify(token, d->keys, options);
}

VerifyJob *TokenVerifier::verify(const QByteArray &token, const QString &expectedDrn)
{
    auto *job = new VerifyJob(this);
    job->d_func()->token = token;
    job->d_func()->expectedDrn = expectedDrn;
    // Started from the event loop, so that even a malformed token finishes the job there.
    QMetaObject::invokeMethod(job, [this, job] { d->process(job); }, Qt::QueuedConnection);
    return job;
}

void TokenVerifierPrivate::process(VerifyJob *job)
{
    VerifyJobPrivate *jobData = job->d_func();
    if (!jobData->isRunning())
        return; // cancelled before it started
    const auto decoded = Jwt::decode(jobData->token);
    if (!decoded) {
        jobData->finish(decoded.error());
        return;
    }
    if (!keys.contains(decoded->keyId())) {
        qCDebug(lcJwt) << "unknown key id, fetching the project's keys";
        waitingForKeys << job;
        fetchKeys();
        return;
    }
    jobData->finish(q->verifyCached(jobData->token, jobData->expectedDrn));
}

void TokenVerifierPrivate::fetchKeys()
{
    if (keysReply)
        return;
    keysReply = client->keys();
    QObject::connect(keysReply, &Reply::finished, q, [this] { onKeysFetched(); });
}

void TokenVerifierPrivate::saveCache(const QList<JsonWebKey> &served) const
{
    if (cacheFile.isEmpty())
        return;
    QJsonArray array;
    for (const JsonWebKey &key : served) {
        array << QJsonObject{{QStringLiteral("kid"), key.kid}, {QStringLiteral("kty"), key.kty},
                             {QStringLiteral("alg"), key.alg}, {QStringLiteral("use"), key.use},
                             {QStringLiteral("n"), QString::fromLatin1(key.n)},
                             {QStringLiteral("e"), QString::fromLatin1(key.e)}};
    }
    QDir().mkpath(QFileInfo(cacheFile).absolutePath());
    QSaveFile file(cacheFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void TokenVerifierPrivate::onKeysFetched()
{
    KeysReply *reply = keysReply;
    keysReply.clear();
    // Jwks::fromKeys() cannot fail (it skips keys it cannot use), so the reply's error is
    // the only way the fetch fails.
    if (reply->isSuccess()) {
        keys = Jwks::fromKeys(reply->value());
        saveCache(reply->value());
        Q_EMIT q->keysFetched();
    }

    const auto waiting = std::exchange(waitingForKeys, {});
    for (const QPointer<VerifyJob> &job : waiting) {
        if (!job)
            continue;
        if (!reply->isSuccess())
            job->d_func()->finish(reply->error());
        else
            job->d_func()->finish(q->verifyCached(job->d_func()->token, job->d_func()->expectedDrn)); // unknown kid now refused
    }
}

} // namespace Descope
