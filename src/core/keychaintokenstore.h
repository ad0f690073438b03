// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "tokenstore.h"

#include <QString>

#include <memory>

namespace Descope {

class KeychainTokenStorePrivate;

/**
 * Keeps the session in the operating system's keychain (Secret Service, KWallet, macOS
 * Keychain, Windows Credential Manager) through qtkeychain.
 *
 * Entries live under a keychain service, your application's id, and are named
 * "<namespace>/<projectId>/session" (and ".../last-login-id"), so projects, builds (give
 * them their own namespace) and backends that ignore the service name never collide.
 * Processes that use the same service, namespace and project share the session: the
 * Descope Desktop app and descope-otp both use DesktopServiceName.
 *
 * Before the first write a probe (write, read back, delete a throwaway value, bounded by
 * the timeout) tells a working keychain from a missing, locked or refusing one; a first
 * read answers that question by itself, so a launch that only reads the stored session
 * makes one keychain call. When the keychain is unavailable every operation fails with
 * Error::Kind::Storage: nothing is ever written anywhere else, and qtkeychain's insecure
 * plaintext fallback stays off.
 *
 * With DesktopServiceName only: releases of the app before the application id used
 * service "Descope Desktop" and, by default, namespace "com.descope.desktop"; a read that
 * finds nothing under the current names looks there and moves what it finds (write the
 * new entry, then delete the old one), so an upgrade signs nobody out.
 *
 * A timeout only finishes our job; the qtkeychain job is left to finish on its own, as
 * deleting a running one crashes some backends.
 *
 * sync() coordinates the processes sharing the session: they share its lock, and a
 * successful save() or clear() of the session (not of the last login id) announces the
 * change to them, even when our job had already timed out.
 */
class DESCOPEQT6CORE_EXPORT KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
public:
    /// "com.descope.Desktop": the service (and default namespace) of the Descope Desktop
    /// app and descope-otp, which share their sessions. Other apps use their own id.
    static const QLatin1StringView DesktopServiceName;

    /// Whether the keychain can be used, as far as the store knows.
    enum class Availability {
        Unknown,     ///< nothing asked yet
        Probing,     ///< the probe is running
        Available,   ///< the keychain works
        Unavailable, ///< it does not: see unavailableReason()
    };
    Q_ENUM(Availability)

    /**
     * A store for projectId's session under the keychain service serviceName (empty: the
     * defaultServiceName()) and keyNamespace (empty: the service name). Nothing is read
     * or written before the first operation.
     */
    explicit KeychainTokenStore(const QString &projectId, const QString &serviceName = {},
                                const QString &keyNamespace = {}, QObject *parent = nullptr);
    ~KeychainTokenStore() override;
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)

    /// The application's reverse-domain id from QCoreApplication: "<organizationDomain>.
    /// <applicationName>" ("com.example.App"), or the application name alone when no
    /// organization domain is set.
    [[nodiscard]] static QString defaultServiceName();

    /**
     * The stored session. With DesktopServiceName, when there is none an entry an older
     * release wrote is moved here (written, then deleted there) and returned; if the move
     * fails the session is still returned and the old entry kept. loadLastLoginId() alike.
     * Keychain calls: 1 when the entry is found; 3 when there is none anywhere (old name,
     * then the new one again, in case another process moved it meanwhile); 4, once, to move.
     */
    [[nodiscard]] StoreJob *load() override;
    [[nodiscard]] StoreJob *save(const StoredSession &session) override;
    /// Removes the entry, and any an older release left.
    [[nodiscard]] StoreJob *clear() override;
    [[nodiscard]] StoreJob *loadLastLoginId() override;
    [[nodiscard]] StoreJob *saveLastLoginId(const QString &loginId) override;
    /// True: the session survives the process.
    [[nodiscard]] bool isPersistent() const override;
    /// The lock and change announcements shared with other processes using this session.
    [[nodiscard]] SessionSync *sync() const override;

    /// Whether the keychain works, once the first operation has found out.
    [[nodiscard]] Availability availability() const;
    /// Why the keychain is unavailable (valid when availability() is Unavailable).
    [[nodiscard]] const Error &unavailableReason() const;
    /// How long the probe and each operation may take (10 s by default) before they fail
    /// with Error::StorageProblem::Timeout.
    void setTimeout(int milliseconds);
    /// The keychain service entries are stored under.
    [[nodiscard]] QString serviceName() const;
    /// The session entry's key: "<namespace>/<projectId>/session".
    [[nodiscard]] QString key() const;

Q_SIGNALS:
    /// availability() changed: the probe (or a first read) found the keychain working or not.
    void availabilityChanged(Descope::KeychainTokenStore::Availability availability);

private:
    friend class KeychainTokenStorePrivate;
    std::unique_ptr<KeychainTokenStorePrivate> d;
};

} // namespace Descope
