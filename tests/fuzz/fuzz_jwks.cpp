// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// libFuzzer target: JWKS parsing, including turning n/e into OpenSSL keys.
#include "jwt_p.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto keys = Descope::Jwks::fromJson(body))
        (void)keys->contains(QStringLiteral("kid"));
    return 0;
}
