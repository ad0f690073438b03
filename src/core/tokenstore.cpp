// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "tokenstore.h"

#include <QJsonDocument>
#include <QTimer>

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
    if (object.contains(QLatin1StringView("user")))
        session.user = User::fromJson(object.value(QLatin1StringView("user")).toObject());
    if (session.refreshJwt.isEmpty())
        return std::nullopt;
    return session;
}

void StoreJob::finishLater(const Error &error, std::optional<StoredSession> session, const QString &value)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_session = std::move(session);
    m_value = value;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished();
        deleteLater();
    });
}

StoreJob *MemoryTokenStore::load()
{
    auto *job = new StoreJob(this);
    job->finishLater(m_failure, m_failure.isError() ? std::nullopt : m_session);
    return job;
}

StoreJob *MemoryTokenStore::save(const StoredSession &session)
{
    auto *job = new StoreJob(this);
    if (!m_failure.isError())
        m_session = StoredSession::deserialize(session.serialize()); // what a real store would keep
    job->finishLater(m_failure);
    return job;
}

StoreJob *MemoryTokenStore::clear()
{
    auto *job = new StoreJob(this);
    if (!m_failure.isError())
        m_session.reset();
    job->finishLater(m_failure);
    return job;
}

} // namespace Descope

namespace Descope {

StoreJob *MemoryTokenStore::loadLastLoginId()
{
    auto *job = new StoreJob(this);
    job->finishLater(m_failure, std::nullopt, m_failure.isError() ? QString() : m_lastLoginId);
    return job;
}

StoreJob *MemoryTokenStore::saveLastLoginId(const QString &loginId)
{
    auto *job = new StoreJob(this);
    if (!m_failure.isError())
        m_lastLoginId = loginId;
    job->finishLater(m_failure);
    return job;
}

} // namespace Descope
