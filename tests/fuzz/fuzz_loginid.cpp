// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// libFuzzer target: login id normalisation (libphonenumber included) and input checks.
#include "loginid.h"
#include "validation_p.h"

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
    // Formatting as typed keeps every digit (and "+"), and the cursor stays behind its digit.
    const auto significant = [](const QString &t) {
        QString kept;
        for (const QChar c : t) {
            if ((c >= u'0' && c <= u'9') || c == u'+')
                kept += c;
        }
        return kept;
    };
    for (const QString &region : {QString(), QStringLiteral("GB"), QStringLiteral("US"), QStringLiteral("BR")}) {
        const qsizetype before = significant(text).size() / 2;
        qsizetype cursor = before;
        const QString formatted = LoginId::formatAsTyped(text, region, &cursor);
        if (cursor < 0 || cursor > formatted.size() || significant(formatted.left(cursor)).size() != before
            || (LoginId::looksLikePhone(text) && significant(formatted) != significant(text)))
            __builtin_trap();
    }
    (void)LoginId::displayForm(text);
    (void)LoginId::looksLikePhone(text);
    (void)Validation::isValidEmail(text);
    (void)Validation::isE164Phone(text);
    (void)Validation::isValidCode(text);
    (void)Validation::checkLoginId(text);
    return 0;
}
