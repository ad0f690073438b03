// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "tokenverifier.h"

#include "client.h"
#include "logging_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace Descope {

void VerifyJob::finish(const Result<Claims> &result)
{
    if (m_done)
        return;
    m_done = true;
    if (result)
        m_claims = result.value();
    else
        m_error = result.error();
    Q_EMIT finished();
    deleteLater();
}

TokenVerifier::TokenVerifier(Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(SystemClock::instance())
{
}

QString TokenVerifier::defaultCacheFile(const QString &projectId)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QLatin1StringView("/descope-desktop/jwks-") + projectId + QLatin1StringView(".json");
}

void TokenVerifier::setCacheFile(const QString &path)
{
    m_cacheFile = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (auto keys = Jwks::fromJson(file.readAll()))
        m_keys = keys.value();
}

Result<Claims> TokenVerifier::verifyCached(QByteArrayView token, const QString &expectedDrn) const
{
    VerifyOptions options;
    options.projectId = m_client->config().projectId();
    options.now = m_clock->nowSeconds();
    options.expectedDrn = expectedDrn;
    return JwtVerifier::verify(token, m_keys, options);
}

VerifyJob *TokenVerifier::verify(const QByteArray &token, const QString &expectedDrn)
{
    auto *job = new VerifyJob(this);
    job->m_token = token;
    job->m_expectedDrn = expectedDrn;
    QTimer::singleShot(0, job, [this, job] { process(job); });
    return job;
}

void TokenVerifier::process(VerifyJob *job)
{
    const auto decoded = Jwt::decode(job->m_token);
    if (!decoded) {
        job->finish(decoded.error());
        return;
    }
    if (!m_keys.contains(decoded->keyId())) {
        qCDebug(lcJwt) << "unknown key id, fetching the project's keys";
        m_waitingForKeys << job;
        fetchKeys();
        return;
    }
    job->finish(verifyCached(job->m_token, job->m_expectedDrn));
}

void TokenVerifier::fetchKeys()
{
    if (m_keysReply)
        return;
    m_keysReply = m_client->keys();
    connect(m_keysReply, &Reply::finished, this, &TokenVerifier::onKeysFetched);
}

void TokenVerifier::saveCache(const QList<JsonWebKey> &keys) const
{
    if (m_cacheFile.isEmpty())
        return;
    QJsonArray array;
    for (const JsonWebKey &key : keys) {
        array << QJsonObject{{QStringLiteral("kid"), key.kid}, {QStringLiteral("kty"), key.kty},
                             {QStringLiteral("alg"), key.alg}, {QStringLiteral("use"), key.use},
                             {QStringLiteral("n"), QString::fromLatin1(key.n)},
                             {QStringLiteral("e"), QString::fromLatin1(key.e)}};
    }
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    QSaveFile file(m_cacheFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void TokenVerifier::onKeysFetched()
{
    KeysReply *reply = m_keysReply;
    m_keysReply.clear();
    std::optional<Error> fetchError;
    if (!reply->isSuccess()) {
        fetchError = reply->error();
    } else if (auto keys = Jwks::fromKeys(reply->keys())) {
        m_keys = keys.value();
        saveCache(reply->keys());
        Q_EMIT keysFetched();
    } else {
        fetchError = keys.error();
    }

    const auto waiting = std::exchange(m_waitingForKeys, {});
    for (const QPointer<VerifyJob> &job : waiting) {
        if (!job)
            continue;
        if (fetchError)
            job->finish(*fetchError);
        else
            job->finish(verifyCached(job->m_token, job->m_expectedDrn)); // unknown kid now refused
    }
}

} // namespace Descope
