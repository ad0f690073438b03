// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "job_p.h"
#include "jwt_p.h"
#include "reply.h"
#include "tokenverifier.h"

#include <QList>
#include <QPointer>

// Private to DescopeQt6Core: not installed, no compatibility promise. Tests reach the
// key cache through TokenVerifierPrivate::get().

namespace Descope {

class VerifyJobPrivate final : public JobPrivate
{
public:
    QByteArray token;
    QString expectedDrn;
    Claims claims;

    /// From the event loop only (a queued start or a key fetch's answer).
    void finish(const Result<Claims> &result);

    Q_DECLARE_PUBLIC(VerifyJob)
};

class DESCOPEQT6CORE_EXPORT TokenVerifierPrivate
{
public:
    explicit TokenVerifierPrivate(TokenVerifier *q, Client *client);

    static TokenVerifierPrivate *get(TokenVerifier *verifier) { return verifier->d.get(); }
    static const TokenVerifierPrivate *get(const TokenVerifier *verifier) { return verifier->d.get(); }

    void process(VerifyJob *job);
    void fetchKeys();
    void onKeysFetched();
    void saveCache(const QList<JsonWebKey> &keys) const;

    TokenVerifier *q;
    Client *client;
    Jwks keys; ///< the cache: what verifyCached() checks against
    QPointer<KeysReply> keysReply;
    QList<QPointer<VerifyJob>> waitingForKeys;
    Clock *clock;
    QString cacheFile;
};

} // namespace Descope
