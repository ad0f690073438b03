// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "error.h"
#include "responses.h"

#include <QByteArray>
#include <QObject>

#include <optional>

namespace Descope {

class SessionSync;

/// What is kept of a session between launches: the refresh JWT always; the session JWT,
/// the login id and the user record only while the whole entry stays well under 2 KB
/// (the Windows credential store's limit is 2.5 KB).
struct DESCOPEQT6CORE_EXPORT StoredSession
{
    QByteArray refreshJwt;
    QByteArray sessionJwt;
    QString loginId;
    std::optional<User> user;

    static constexpr qsizetype MaxSerializedBytes = 1800;

    /// Compact JSON, dropping the user and then the session JWT if it would be too large.
    [[nodiscard]] QByteArray serialize() const;
    /// nullopt for anything that is not an entry we wrote.
    static std::optional<StoredSession> deserialize(const QByteArray &data);
    friend bool operator==(const StoredSession &, const StoredSession &) = default;
};

/// One load, save or clear. Same contract as Reply: finished() once, from the event loop;
/// deletes itself afterwards.
class DESCOPEQT6CORE_EXPORT StoreJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] bool isSuccess() const { return !m_error.isError(); }
    [[nodiscard]] const Error &error() const { return m_error; }
    /// Load: the stored session, or nullopt when there is none ("not found" is not an error).
    [[nodiscard]] const std::optional<StoredSession> &session() const { return m_session; }
    /// loadLastLoginId: the login id, empty when none is remembered.
    [[nodiscard]] const QString &value() const { return m_value; }

    /// For store implementations: completes the job through the event loop.
    void finishLater(const Error &error, std::optional<StoredSession> session = std::nullopt, const QString &value = {});

Q_SIGNALS:
    void finished();

private:
    Error m_error;
    std::optional<StoredSession> m_session;
    QString m_value;
    bool m_done = false;
};

/// Where SessionManager keeps the session between launches.
class DESCOPEQT6CORE_EXPORT TokenStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] virtual StoreJob *load() = 0;
    [[nodiscard]] virtual StoreJob *save(const StoredSession &session) = 0;
    [[nodiscard]] virtual StoreJob *clear() = 0;
    /// The login id used last, offered by the sign-in form next time. It is an email
    /// address or phone number, so it is kept like the session, not in plain settings;
    /// it survives sign-out.
    [[nodiscard]] virtual StoreJob *loadLastLoginId() = 0;
    [[nodiscard]] virtual StoreJob *saveLastLoginId(const QString &loginId) = 0;
    /// False for stores that forget everything when the process ends.
    [[nodiscard]] virtual bool isPersistent() const = 0;
    /// Coordinates the processes sharing this store's session (a lock, change
    /// announcements); the store owns it. nullptr for stores private to one process.
    [[nodiscard]] virtual SessionSync *sync() const { return nullptr; }
};

/// Keeps the session in memory only: tests, and the explicit --ephemeral mode.
class DESCOPEQT6CORE_EXPORT MemoryTokenStore final : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;
    [[nodiscard]] StoreJob *load() override;
    [[nodiscard]] StoreJob *save(const StoredSession &session) override;
    [[nodiscard]] StoreJob *clear() override;
    [[nodiscard]] StoreJob *loadLastLoginId() override;
    [[nodiscard]] StoreJob *saveLastLoginId(const QString &loginId) override;
    [[nodiscard]] bool isPersistent() const override { return false; }

    [[nodiscard]] const std::optional<StoredSession> &contents() const { return m_session; }
    /// Makes every later operation fail with error (a locked keychain, in tests); None restores.
    void setFailure(const Error &error) { m_failure = error; }

private:
    std::optional<StoredSession> m_session;
    QString m_lastLoginId;
    Error m_failure;
};

} // namespace Descope
