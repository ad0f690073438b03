// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "jwt.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Descope {

class Client;
class KeysReply;

/// One token verification; same contract as Reply: finished() once, from the event loop.
class VerifyJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] bool isSuccess() const { return m_done && !m_error.isError(); }
    [[nodiscard]] const Claims &claims() const { return m_claims; }
    [[nodiscard]] const Error &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    friend class TokenVerifier;
    void finish(const Result<Claims> &result);

    QByteArray m_token;
    QString m_expectedDrn;
    Claims m_claims;
    Error m_error;
    bool m_done = false;
};

/**
 * Verifies Descope JWTs against the project's JWKS. Keys are fetched on first need and
 * cached; a token signed with a key the cache does not know triggers one refetch (key
 * rotation), shared by every verification waiting at that moment, and is refused if the
 * kid is still unknown afterwards.
 */
class TokenVerifier : public QObject
{
    Q_OBJECT
public:
    explicit TokenVerifier(Client *client, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TokenVerifier)

    /// Verifies token (expectedDrn "DS", "DSR" or empty for either), fetching keys if needed.
    [[nodiscard]] VerifyJob *verify(const QByteArray &token, const QString &expectedDrn = {});
    /// Verifies with the keys already cached, without any request.
    [[nodiscard]] Result<Claims> verifyCached(QByteArrayView token, const QString &expectedDrn = {}) const;

    [[nodiscard]] const Jwks &keys() const { return m_keys; }
    void setKeys(const Jwks &keys) { m_keys = keys; }
    /// Seconds since the epoch; tests replace it to move time.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void keysFetched();

private:
    void process(VerifyJob *job);
    void fetchKeys();
    void onKeysFetched();

    Client *m_client;
    Jwks m_keys;
    QPointer<KeysReply> m_keysReply;
    QList<QPointer<VerifyJob>> m_waitingForKeys;
    std::function<qint64()> m_clock;
};

} // namespace Descope
