// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "error.h"
#include "job.h"
#include "responses.h"

#include <QByteArray>
#include <QObject>

#include <memory>
#include <optional>

namespace Descope {

class SessionSync;

/// What is kept of a session between launches: the refresh JWT always; the session JWT,
/// the login id and the user record only while the whole entry stays well under 2 KB
/// (the Windows credential store's limit is 2.5 KB).
struct DESCOPEQT6CORE_EXPORT StoredSession
{
    QByteArray refreshJwt;   ///< the refresh JWT: what restores the session
    QByteArray sessionJwt;   ///< the last session JWT, if it fitted
    QString loginId;         ///< the login id the person signed in with
    std::optional<User> user; ///< the user record, if it fitted (else only its userId)
    /// When the person last proved themselves with a code (sign-in, update, step-up), unix
    /// seconds; 0 when unknown (entries written before it was kept). Always kept, whatever
    /// the size; it travels with the session, so every process sharing the store sees the
    /// same one (SessionManager::lastVerifiedAt()).
    qint64 verifiedAt = 0;

    /// The size serialize() keeps the entry under.
    static constexpr qsizetype MaxSerializedBytes = 1800;

    /// Compact JSON, dropping the user and then the session JWT if it would be too large
    /// (never the refresh JWT, the login id or verifiedAt).
    [[nodiscard]] QByteArray serialize() const;
    /// nullopt for anything that is not an entry we wrote.
    static std::optional<StoredSession> deserialize(const QByteArray &data);
    /// Field by field.
    friend bool operator==(const StoredSession &a, const StoredSession &b)
    {
        return a.refreshJwt == b.refreshJwt && a.sessionJwt == b.sessionJwt && a.loginId == b.loginId && a.user == b.user
            && a.verifiedAt == b.verifiedAt;
    }
    /// Not field by field equal.
    friend bool operator!=(const StoredSession &a, const StoredSession &b) { return !(a == b); }
};

class StoreJobPrivate;

/**
 * One load, save or clear of a TokenStore: a Job (finished() once, from the event loop;
 * deleted afterwards unless autoDelete() is false). Besides error(), a load gives
 * session() and loadLastLoginId() gives value().
 */
class DESCOPEQT6CORE_EXPORT StoreJob : public Job
{
    Q_OBJECT
public:
    /// For TokenStore implementations: a running job, completed later with finishLater().
    explicit StoreJob(QObject *parent = nullptr);
    ~StoreJob() override;
    Q_DISABLE_COPY_MOVE(StoreJob)

    /// load(): the stored session, or nullopt when there is none ("not found" is not an error).
    [[nodiscard]] const std::optional<StoredSession> &session() const;
    /// loadLastLoginId(): the login id, empty when none is remembered.
    [[nodiscard]] const QString &value() const;

    /**
     * For TokenStore implementations: decides the result (error, and for loads session
     * or value) and emits finished() on the next pass of the event loop, so it may be
     * called from the call that created the job. Only the first call counts.
     */
    void finishLater(const Error &error, std::optional<StoredSession> session = std::nullopt, const QString &value = {});

private:
    Q_DECLARE_PRIVATE(StoreJob)
};

/**
 * Where SessionManager keeps the session between launches: an interface, implemented by
 * KeychainTokenStore (the system keychain) and MemoryTokenStore (nowhere).
 *
 * Every operation returns a started StoreJob that the store owns as its parent and that
 * follows the Job contract. Implementations finish their jobs with
 * StoreJob::finishLater() (never by emitting finished() themselves).
 */
class DESCOPEQT6CORE_EXPORT TokenStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Reads the stored session: StoreJob::session(), nullopt when there is none.
    [[nodiscard]] virtual StoreJob *load() = 0;
    /// Replaces the stored session with session.
    [[nodiscard]] virtual StoreJob *save(const StoredSession &session) = 0;
    /// Removes the stored session (not the last login id); succeeds when there is none.
    [[nodiscard]] virtual StoreJob *clear() = 0;
    /// The login id used last (StoreJob::value()), offered by the sign-in form next time.
    /// It is an email address or phone number, so it is kept like the session, not in
    /// plain settings; it survives sign-out.
    [[nodiscard]] virtual StoreJob *loadLastLoginId() = 0;
    /// Remembers loginId for loadLastLoginId().
    [[nodiscard]] virtual StoreJob *saveLastLoginId(const QString &loginId) = 0;
    /// False for stores that forget everything when the process ends.
    [[nodiscard]] virtual bool isPersistent() const = 0;
    /// Coordinates the processes sharing this store's session (a lock, change
    /// announcements); the store owns it. nullptr (the default) for stores private to
    /// one process.
    [[nodiscard]] virtual SessionSync *sync() const { return nullptr; }
};

class MemoryTokenStorePrivate;

/// Keeps the session in memory only: tests, and the explicit --ephemeral mode. Its jobs
/// finish on the next pass of the event loop.
class DESCOPEQT6CORE_EXPORT MemoryTokenStore final : public TokenStore
{
    Q_OBJECT
public:
    /// An empty store.
    explicit MemoryTokenStore(QObject *parent = nullptr);
    ~MemoryTokenStore() override;
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)

    [[nodiscard]] StoreJob *load() override;
    [[nodiscard]] StoreJob *save(const StoredSession &session) override;
    [[nodiscard]] StoreJob *clear() override;
    [[nodiscard]] StoreJob *loadLastLoginId() override;
    [[nodiscard]] StoreJob *saveLastLoginId(const QString &loginId) override;
    /// False: the session ends with the process.
    [[nodiscard]] bool isPersistent() const override;

    /// The session as a real store would have kept it (saved, then read back), nullopt
    /// when none was saved or it was cleared.
    [[nodiscard]] const std::optional<StoredSession> &contents() const;
    /// Makes every later operation fail with error (a locked keychain, in tests); an
    /// Error of Kind::None restores normal operation.
    void setFailure(const Error &error);

private:
    std::unique_ptr<MemoryTokenStorePrivate> d;
};

} // namespace Descope
