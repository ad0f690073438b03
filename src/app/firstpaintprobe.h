// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QEvent>

#include <cstdio>
#include <ctime>

namespace Descope {

/// For the start-up benchmarks only: when DESCOPE_BENCH_FIRST_PAINT names a widget's
/// objectName, the first time that widget paints the program prints
/// "first-paint <CLOCK_MONOTONIC ns>" and quits. Header-only, so bench/'s minimal Qt
/// program measures itself exactly the same way without linking anything of ours.
class FirstPaintProbe : public QObject
{
public:
    static void installIfRequested()
    {
        const QByteArray target = qgetenv("DESCOPE_BENCH_FIRST_PAINT");
        if (!target.isEmpty())
            QCoreApplication::instance()->installEventFilter(new FirstPaintProbe(target));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && watched->objectName().toLatin1() == m_target) {
            m_done = true;
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf("first-paint %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }

private:
    explicit FirstPaintProbe(QByteArray target) : QObject(QCoreApplication::instance()), m_target(std::move(target)) {}
    QByteArray m_target;
    bool m_done = false;
};

} // namespace Descope
