// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "systemevents_p.h"

#include <QNetworkInformation>

#ifdef DESCOPE_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace Descope {

SystemEvents *SystemEvents::instance()
{
    static SystemEvents events;
    return &events;
}

SystemEvents::SystemEvents()
{
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        Q_EMIT networkReachable();
                });
    }
#ifdef DESCOPE_HAVE_DBUS
    QDBusConnection::systemBus().connect(QStringLiteral("org.freedesktop.login1"),
                                         QStringLiteral("/org/freedesktop/login1"),
                                         QStringLiteral("org.freedesktop.login1.Manager"),
                                         QStringLiteral("PrepareForSleep"), this,
                                         SLOT(onPrepareForSleep(bool)));
#endif
}

void SystemEvents::onPrepareForSleep(bool goingToSleep)
{
    if (!goingToSleep)
        Q_EMIT resumed();
}

} // namespace Descope
