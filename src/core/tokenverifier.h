// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "claims.h"
#include "clock.h"
#include "job.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <memory>

namespace Descope {

class Client;
class TokenVerifier;
class TokenVerifierPrivate;
class VerifyJobPrivate;

/// One token verification by TokenVerifier: a Job whose result is claims().
class DESCOPEQT6CORE_EXPORT VerifyJob : public Job
{
    Q_OBJECT
public:
    ~VerifyJob() override;
    Q_DISABLE_COPY_MOVE(VerifyJob)

    /// The verified token's claims, valid once finished() was emitted with isSuccess().
    [[nodiscard]] const Claims &claims() const;

private:
    friend class TokenVerifier;
    friend class TokenVerifierPrivate;
    explicit VerifyJob(QObject *parent);
    Q_DECLARE_PRIVATE(VerifyJob)
};

/**
 * Verifies Descope JWTs (RS256) against the project's public keys (JWKS).
 *
 * Keys are fetched through the Client on first need and cached (in memory, and in a file
 * when setCacheFile() is used). A token signed with a key the cache does not know
 * triggers one refetch (key rotation), shared by every verification waiting at that
 * moment, and is refused with Error::Kind::TokenInvalid if the key is still unknown.
 */
class DESCOPEQT6CORE_EXPORT TokenVerifier : public QObject
{
    Q_OBJECT
public:
    /// Fetches keys through client (not owned; it must outlive the verifier).
    explicit TokenVerifier(Client *client, QObject *parent = nullptr);
    ~TokenVerifier() override;
    Q_DISABLE_COPY_MOVE(TokenVerifier)

    /**
     * Verifies token: signature, expiry (with a few seconds' leeway), issuer (this
     * project) and, when expectedDrn is "DS" (session) or "DSR" (refresh), its kind; an
     * empty expectedDrn accepts either. Fetches the keys when needed. The job is the
     * verifier's child; a failure is Error::Kind::TokenInvalid, or the key fetch's error.
     */
    [[nodiscard]] VerifyJob *verify(const QByteArray &token, const QString &expectedDrn = {});
    /// Verifies token as verify() does, at once, with the keys already cached and without
    /// any request: an unknown key is refused.
    [[nodiscard]] Result<Claims> verifyCached(QByteArrayView token, const QString &expectedDrn = {}) const;

    /// Uses clock (not owned) for "now" instead of the system clock; for tests.
    void setClock(Clock *clock);

    /// Keeps the public keys in the file at path across launches (they are not secret),
    /// so a stored session can be verified at start without a request. Loads what the
    /// file holds now; each successful fetch rewrites it.
    void setCacheFile(const QString &path);
    /// `<generic cache dir>/descope-desktop/jwks-<projectId>.json`, shared by the app and the CLI.
    [[nodiscard]] static QString defaultCacheFile(const QString &projectId);

Q_SIGNALS:
    /// The project's keys were fetched and replace the cached ones.
    void keysFetched();

private:
    friend class TokenVerifierPrivate;
    std::unique_ptr<TokenVerifierPrivate> d;
};

} // namespace Descope
