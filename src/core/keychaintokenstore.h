// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "tokenstore.h"

#include <QList>
#include <QSet>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Descope {

/**
 * Keeps the session in the operating system's keychain through qtkeychain: one small
 * entry per project under "<namespace>/<projectId>/session", so projects, builds (give
 * them their own namespace) and backends that ignore the service name never collide.
 * The app and descope-otp share the default namespace, and so share the session.
 *
 * Before the first write a probe (write, read back, delete a throwaway value, bounded by a
 * timeout) tells a working keychain from a missing, locked or refusing one; a first read
 * answers that question by itself (it succeeds, or fails with the reason), so a launch
 * that only reads the stored session makes one keychain call, not four.
 * When the probe fails every operation fails with a Storage error: nothing is ever
 * written anywhere else, and the insecure plaintext fallback stays off.
 *
 * Entries live in service ServiceName, the application id. Releases before it used
 * service "Descope Desktop" and, by default, namespace "com.descope.desktop"; a read that
 * finds nothing under the new name looks there, and moves what it finds (write the new
 * entry, then delete the old one), so an upgrade signs nobody out. See load().
 *
 * A timeout only finishes our job; the qtkeychain job is left to finish on its own, as
 * deleting a running one crashes some backends.
 *
 * sync() is a SessionSync for the same namespace and project: every process using this
 * session shares its lock, and a successful save() or clear() of the session (not of the
 * last login id) announces the change to them, even when our job had already timed out.
 */
class DESCOPEQT6CORE_EXPORT KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
public:
    /// The keychain service and the default key namespace: both the application id,
    /// DESCOPE_APP_ID in the top-level CMakeLists.txt (defined from it in the .cpp).
    static const QLatin1StringView ServiceName;
    static const QLatin1StringView DefaultNamespace;

    enum class Availability { Unknown, Probing, Available, Unavailable };
    Q_ENUM(Availability)

    explicit KeychainTokenStore(const QString &projectId, const QString &keyNamespace = DefaultNamespace,
                                QObject *parent = nullptr);

    /// The session under the new name. When there is none, an entry an older release
    /// wrote is moved here (written, then deleted there) and returned; if the move fails
    /// the session is still returned and the old entry kept. loadLastLoginId() alike.
    /// Keychain calls: 1 when the entry is found; 3 when there is none anywhere (old name,
    /// then the new one again, in case another process moved it meanwhile); 4, once, to move.
    [[nodiscard]] StoreJob *load() override;
    [[nodiscard]] StoreJob *save(const StoredSession &session) override;
    /// Removes the entry under the new name and any an older release left.
    [[nodiscard]] StoreJob *clear() override;
    [[nodiscard]] StoreJob *loadLastLoginId() override;
    [[nodiscard]] StoreJob *saveLastLoginId(const QString &loginId) override;
    [[nodiscard]] bool isPersistent() const override { return true; }
    [[nodiscard]] SessionSync *sync() const override { return m_sync; }

    [[nodiscard]] Availability availability() const { return m_availability; }
    /// Why the keychain is unavailable (valid when availability() is Unavailable).
    [[nodiscard]] const Error &unavailableReason() const { return m_unavailableReason; }
    /// How long the probe and each operation may take (10 s by default).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] QString key() const { return m_prefix + QLatin1StringView("session"); }

Q_SIGNALS:
    void availabilityChanged(Descope::KeychainTokenStore::Availability availability);

private:
    void afterProbe(std::function<void()> operation);
    void runProbe();
    void probeFinished(const Error &error);
    /// Records whether the keychain works, and why not.
    void settle(const Error &error);
    void armTimeout(StoreJob *job);
    /// The qtkeychain side of load/save/clear, once the probe has answered. `name` is the
    /// last part of the key ("session", "last-login-id").
    using ReadHandler = std::function<void(StoreJob *, const QByteArray &data)>;
    void settleFromRead(const Error &error);
    StoreJob *read(const QString &name, ReadHandler handler);
    StoreJob *write(const QString &name, const QByteArray &data);
    StoreJob *remove(const QString &name);
    /// After "not found" under the new name: looks under the legacy one and moves it.
    void migrate(const QString &name, StoreJob *job, const ReadHandler &handler);

    QString m_prefix; ///< namespace/projectId/
    QString m_legacyPrefix; ///< the same as an older release named it
    QSet<QString> m_legacyLeft; ///< names whose legacy entry a failed move left behind
    Availability m_availability = Availability::Unknown;
    Error m_unavailableReason;
    QList<std::function<void()>> m_waiting;
    int m_timeoutMs = 10000;
    SessionSync *m_sync = nullptr;
};

} // namespace Descope
