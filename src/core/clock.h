// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include <QObject>

#include <memory>

namespace Descope {

class ManualClockPrivate;

/// Where the library reads the time. Tests use ManualClock to cover expiry, skew and
/// backoff without sleeping.
class DESCOPEQT6CORE_EXPORT Clock : public QObject
{
    Q_OBJECT
public:
    /// A clock owned by parent (if any).
    explicit Clock(QObject *parent = nullptr);
    ~Clock() override;
    Q_DISABLE_COPY_MOVE(Clock)

    /// Milliseconds since the epoch.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    /// Seconds since the epoch (nowMs() / 1000).
    [[nodiscard]] qint64 nowSeconds() const { return nowMs() / 1000; }

Q_SIGNALS:
    /// Time moved in a way running timers do not know about (a test advanced it, the
    /// machine resumed): whoever waits on the clock should look again now.
    void jumped();
};

/// The wall clock (QDateTime::currentMSecsSinceEpoch()).
class DESCOPEQT6CORE_EXPORT SystemClock final : public Clock
{
    Q_OBJECT
public:
    /// A wall clock owned by parent (if any); most code shares instance() instead.
    explicit SystemClock(QObject *parent = nullptr);
    ~SystemClock() override;
    Q_DISABLE_COPY_MOVE(SystemClock)

    /// The wall clock's time in milliseconds since the epoch.
    [[nodiscard]] qint64 nowMs() const override;
    /// One shared instance for code that is given no clock; it lives until the program exits.
    static SystemClock *instance();
};

/// A clock that moves only when told to, for tests.
class DESCOPEQT6CORE_EXPORT ManualClock final : public Clock
{
    Q_OBJECT
public:
    /// A clock that reads nowMs (milliseconds since the epoch; by default a moment in 2027).
    explicit ManualClock(qint64 nowMs = 1'800'000'000'000, QObject *parent = nullptr);
    ~ManualClock() override;
    Q_DISABLE_COPY_MOVE(ManualClock)

    /// The time it was set to, in milliseconds since the epoch.
    [[nodiscard]] qint64 nowMs() const override;
    /// Sets the time and emits jumped().
    void setNowMs(qint64 nowMs);
    /// Moves the time by seconds (negative: back) and emits jumped().
    void advanceSeconds(qint64 seconds);

private:
    std::unique_ptr<ManualClockPrivate> d_ptr;
    Q_DECLARE_PRIVATE(ManualClock)
};

} // namespace Descope
