// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "logging_p.h"

namespace Descope {

Q_LOGGING_CATEGORY(lcApi, "descope.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJwt, "descope.jwt", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "descope.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "descope.session", QtWarningMsg)

} // namespace Descope
