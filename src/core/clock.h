// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include <QObject>

namespace Descope {

/// Where the library reads the time. Tests use ManualClock to cover expiry, skew and
/// backoff without sleeping.
class DESCOPEQT6CORE_EXPORT Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Milliseconds since the epoch.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] qint64 nowSeconds() const { return nowMs() / 1000; }

Q_SIGNALS:
    /// Time moved in a way running timers do not know about (a test advanced it, the
    /// machine resumed): whoever waits on the clock should look again now.
    void jumped();
};

/// The wall clock.
class DESCOPEQT6CORE_EXPORT SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    [[nodiscard]] qint64 nowMs() const override;
    /// One shared instance for code that is given no clock.
    static SystemClock *instance();
};

/// A clock that moves only when told to.
class DESCOPEQT6CORE_EXPORT ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(qint64 nowMs = 1'800'000'000'000, QObject *parent = nullptr)
        : Clock(parent), m_nowMs(nowMs) {}
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 nowMs)
    {
        m_nowMs = nowMs;
        Q_EMIT jumped();
    }
    void advanceSeconds(qint64 seconds) { setNowMs(m_nowMs + seconds * 1000); }

private:
    qint64 m_nowMs;
};

} // namespace Descope
