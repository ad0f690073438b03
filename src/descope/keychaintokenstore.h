// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tokenstore.h"

#include <QList>

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
 * A timeout only finishes our job; the qtkeychain job is left to finish on its own, as
 * deleting a running one crashes some backends.
 */
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView ServiceName{"Descope Desktop"};
    static constexpr QLatin1StringView DefaultNamespace{"com.descope.desktop"};

    enum class Availability { Unknown, Probing, Available, Unavailable };
    Q_ENUM(Availability)

    explicit KeychainTokenStore(const QString &projectId, const QString &keyNamespace = DefaultNamespace,
                                QObject *parent = nullptr);

    [[nodiscard]] StoreJob *load() override;
    [[nodiscard]] StoreJob *save(const StoredSession &session) override;
    [[nodiscard]] StoreJob *clear() override;
    [[nodiscard]] StoreJob *loadLastLoginId() override;
    [[nodiscard]] StoreJob *saveLastLoginId(const QString &loginId) override;
    [[nodiscard]] bool isPersistent() const override { return true; }

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
    /// The qtkeychain side of load/save/clear, once the probe has answered.
    using ReadHandler = std::function<void(StoreJob *, const QByteArray &data)>;
    void settleFromRead(const Error &error);
    StoreJob *read(const QString &key, ReadHandler handler);
    StoreJob *write(const QString &key, const QByteArray &data);
    StoreJob *remove(const QString &key);

    QString m_prefix; ///< namespace/projectId/
    Availability m_availability = Availability::Unknown;
    Error m_unavailableReason;
    QList<std::function<void()>> m_waiting;
    int m_timeoutMs = 10000;
};

} // namespace Descope
