// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "clock.h"

#include <QDateTime>

namespace Descope {

/// ManualClock's data; a class of its own so that ManualClock can grow without breaking
/// binary compatibility.
class ManualClockPrivate
{
public:
    qint64 nowMs = 0;
};

Clock::Clock(QObject *parent)
    : QObject(parent)
{
}

Clock::~Clock() = default;

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
}

SystemClock::~SystemClock() = default;

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

ManualClock::ManualClock(qint64 nowMs, QObject *parent)
    : Clock(parent)
    , d_ptr(std::make_unique<ManualClockPrivate>())
{
    d_ptr->nowMs = nowMs;
}

ManualClock::~ManualClock() = default;

qint64 ManualClock::nowMs() const
{
    return d_ptr->nowMs;
}

void ManualClock::setNowMs(qint64 nowMs)
{
    d_ptr->nowMs = nowMs;
    Q_EMIT jumped();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    setNowMs(d_ptr->nowMs + seconds * 1000);
}

} // namespace Descope
