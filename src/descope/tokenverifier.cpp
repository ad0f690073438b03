// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "tokenverifier.h"

#include "client.h"
#include "logging.h"

#include <QDateTime>
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
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

Result<Claims> TokenVerifier::verifyCached(QByteArrayView token, const QString &expectedDrn) const
{
    VerifyOptions options;
    options.projectId = m_client->config().projectId();
    options.now = m_clock();
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

void TokenVerifier::onKeysFetched()
{
    KeysReply *reply = m_keysReply;
    m_keysReply.clear();
    std::optional<Error> fetchError;
    if (!reply->isSuccess()) {
        fetchError = reply->error();
    } else if (auto keys = Jwks::fromKeys(reply->keys())) {
        m_keys = keys.value();
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
