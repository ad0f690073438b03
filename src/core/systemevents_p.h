// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include <QObject>

namespace Descope {

/// What the machine tells us that matters to a session: it woke up, or the network came
/// back. Sources: logind's PrepareForSleep on the system bus, and QNetworkInformation,
/// each where available; without them the signals simply never come.
class DESCOPEQT6CORE_EXPORT SystemEvents : public QObject
{
    Q_OBJECT
public:
    static SystemEvents *instance();

Q_SIGNALS:
    void resumed();
    void networkReachable();

private Q_SLOTS:
    void onPrepareForSleep(bool goingToSleep);

private:
    SystemEvents();
};

} // namespace Descope
