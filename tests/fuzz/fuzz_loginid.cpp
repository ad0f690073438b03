// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// libFuzzer target: login id normalisation (libphonenumber included) and input checks.
#include "loginid.h"
#include "validation.h"

#include <cstdint>

using namespace Descope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &region : {QString(), QStringLiteral("US"), QStringLiteral("DE")}) {
        if (auto id = LoginId::parse(text, region)) {
            // What parse() accepts must be stable: parsing the normalised form gives it back.
            const auto again = LoginId::parse(id->value(), region);
            if (!again || again->value() != id->value())
                __builtin_trap();
        }
    }
    (void)LoginId::looksLikePhone(text);
    (void)Validation::isValidEmail(text);
    (void)Validation::isE164Phone(text);
    (void)Validation::isValidCode(text);
    (void)Validation::checkLoginId(text);
    return 0;
}
