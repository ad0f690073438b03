// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "clock.h"
#include "jwt_p.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Descope {

class Client;
class KeysReply;

/// One token verification; same contract as Reply: finished() once, from the event loop.
class DESCOPEQT6CORE_EXPORT VerifyJob : public QObject
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
class DESCOPEQT6CORE_EXPORT TokenVerifier : public QObject
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
    void setClock(Clock *clock) { m_clock = clock; }

    /// Keeps the public keys in file across launches (they are not secret), so a stored
    /// session can be verified at start without a request. Loads what the file has now.
    void setCacheFile(const QString &path);
    /// <generic cache dir>/descope-desktop/jwks-<projectId>.json, shared by the app and the CLI.
    [[nodiscard]] static QString defaultCacheFile(const QString &projectId);

Q_SIGNALS:
    void keysFetched();

private:
    void process(VerifyJob *job);
    void fetchKeys();
    void onKeysFetched();
    void saveCache(const QList<JsonWebKey> &keys) const;

    Client *m_client;
    Jwks m_keys;
    QPointer<KeysReply> m_keysReply;
    QList<QPointer<VerifyJob>> m_waitingForKeys;
    Clock *m_clock;
    QString m_cacheFile;
};

} // namespace Descope
