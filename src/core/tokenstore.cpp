// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "tokenstore.h"
#include "job_p.h"

#include <QJsonDocument>

namespace Descope {

namespace {
constexpr int FormatVersion = 1;
}

QByteArray StoredSession::serialize() const
{
    QJsonObject object{{QStringLiteral("v"), FormatVersion},
                       {QStringLiteral("refreshJwt"), QString::fromLatin1(refreshJwt)}};
    const auto encode = [&object] { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
    if (!loginId.isEmpty())
        object.insert(QLatin1StringView("loginId"), loginId);
    if (verifiedAt > 0)
        object.insert(QLatin1StringView("verifiedAt"), verifiedAt);
    if (!sessionJwt.isEmpty())
        object.insert(QLatin1StringView("sessionJwt"), QString::fromLatin1(sessionJwt));
    if (user) {
        object.insert(QLatin1StringView("user"), user->toJson());
        if (encode().size() > MaxSerializedBytes)
            object.insert(QLatin1StringView("user"), QJsonObject{{QStringLiteral("userId"), user->userId}});
    }
    if (encode().size() > MaxSerializedBytes)
        object.remove(QLatin1StringView("sessionJwt"));
    return encode();
}

std::optional<StoredSession> StoredSession::deserialize(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    if (object.value(QLatin1StringView("v")).toInt() != FormatVersion)
        return std::nullopt;
    StoredSession session;
    session.refreshJwt = object.value(QLatin1StringView("refreshJwt")).toString().toLatin1();
    session.sessionJwt = object.value(QLatin1StringView("sessionJwt")).toString().toLatin1();
    session.loginId = object.value(QLatin1StringView("loginId")).toString();
    // Entries written before it was kept have none: 0, unknown (a step-up is asked for).
    session.verifiedAt = qMax<qint64>(0, object.value(QLatin1StringView("verifiedAt")).toInteger());
    if (object.contains(QLatin1StringView("user")))
        session.user = User::fromJson(object.value(QLatin1StringView("user")).toObject());
    if (session.refreshJwt.isEmpty())
        return std::nullopt;
    return session;
}

class StoreJobPrivate final : public JobPrivate
{
public:
    std::optional<StoredSession> session;
    QString value;
};

StoreJob::StoreJob(QObject *parent)
    : Job(*new StoreJobPrivate, parent)
{
}

StoreJob::~StoreJob() = default;

const std::optional<StoredSession> &StoreJob::session() const
{
    Q_D(const StoreJob);
    return d->session;
}

const QString &StoreJob::value() const
{
    Q_D(const StoreJob);
    return d->value;
}

void StoreJob::finishLater(const Error &error, std::optional<StoredSession> session, const QString &value)
{
    Q_D(StoreJob);
    if (!d->isRunning())
        return;
    d->session = std::move(session);
    d->value = value;
    Job::finishLater(error);
}

class MemoryTokenStorePrivate
{
public:
    std::optional<StoredSession> session;
    QString lastLoginId;
    Error failure;
};

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : TokenStore(parent)
    , d(std::make_unique<MemoryTokenStorePrivate>())
{
}

MemoryTokenStore::~MemoryTokenStore() = default;

bool MemoryTokenStore::isPersistent() const
{
    return false;
}

const std::optional<StoredSession> &MemoryTokenStore::contents() const
{
    return d->session;
}

void MemoryTokenStore::setFailure(const Error &error)
{
    d->failure = error;
}

StoreJob *MemoryTokenStore::load()
{
    auto *job = new StoreJob(this);
    job->finishLater(d->failure, d->failure.isError() ? std::nullopt : d->session);
    return job;
}

StoreJob *MemoryTokenStore::save(const StoredSession &session)
{
    auto *job = new StoreJob(this);
    if (!d->failure.isError())
        d->session = StoredSession::deserialize(session.serialize()); // what a real store would keep
    job->finishLater(d->failure);
    return job;
}

StoreJob *MemoryTokenStore::clear()
{
    auto *job = new StoreJob(this);
    if (!d->failure.isError())
        d->session.reset();
    job->finishLater(d->failure);
    return job;
}

StoreJob *MemoryTokenStore::loadLastLoginId()
{
    auto *job = new StoreJob(this);
    job->finishLater(d->failure, std::nullopt, d->failure.isError() ? QString() : d->lastLoginId);
    return job;
}

StoreJob *MemoryTokenStore::saveLastLoginId(const QString &loginId)
{
    auto *job = new StoreJob(this);
    if (!d->failure.isError())
        d->lastLoginId = loginId;
    job->finishLater(d->failure);
    return job;
}

} // namespace Descope
