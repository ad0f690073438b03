// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"

#include <QString>

#include <optional>

/// Input checks shared by the request builders (and, later, the OTP flow), so that bad
/// input is refused locally with a clear error before anything reaches the network.
namespace Descope::Validation {

inline constexpr qsizetype MaxLoginIdLength = 256;
/// Descope's one-time codes are always this many digits.
inline constexpr qsizetype CodeLength = 6;

/// Non-empty, at most MaxLoginIdLength, no control characters, no leading/trailing space.
[[nodiscard]] std::optional<Error> checkLoginId(const QString &loginId);
/// A plain address: one '@', a dotted domain, no spaces or control characters.
[[nodiscard]] bool isValidEmail(const QString &email);
/// E.164: '+', a non-zero digit, 7 to 15 digits in all.
[[nodiscard]] bool isE164Phone(const QString &phone);
/// Exactly CodeLength ASCII digits: anything else would only use up one of the code's
/// few attempts at Descope.
[[nodiscard]] bool isValidCode(const QString &code);
/// A code as people type or paste it ("123 456", "123-456", " 123456"): spaces, tabs and
/// dashes removed. Check the result with isValidCode().
[[nodiscard]] QString normalizedCode(const QString &typed);

} // namespace Descope::Validation
