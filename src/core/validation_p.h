// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "error.h"
#include "result.h"

#include <QString>

#include <optional>

/// Input checks shared by the request builders (and, later, the OTP flow), so that bad
/// input is refused locally with a clear error before anything reaches the network.
namespace Descope::Validation {

inline constexpr qsizetype MaxLoginIdLength = 256;
/// RFC 5321 §4.5.3.1.3: a path is at most 256 octets, "<" and ">" included.
inline constexpr qsizetype MaxEmailLength = 254;
/// RFC 5321 §4.5.3.1.1.
inline constexpr qsizetype MaxEmailLocalPartLength = 64;
/// RFC 1035 §2.3.4 (in ACE form, so "xn--" counts).
inline constexpr qsizetype MaxDomainLabelLength = 63;
/// RFC 1035's 255 octets on the wire, written out with dots.
inline constexpr qsizetype MaxDomainLength = 253;
/// ITU-T E.164: country code and national number together.
inline constexpr int MaxPhoneDigits = 15;
/// Descope's one-time codes are always this many digits.
inline constexpr qsizetype CodeLength = 6;

/// Non-empty, at most MaxLoginIdLength, no control characters, no leading/trailing space.
/// Too long is told as EmailTooLong or PhoneTooLong when the text has that shape.
[[nodiscard]] DESCOPEQT6CORE_EXPORT std::optional<Error> checkLoginId(const QString &loginId);
/// The wire form of an address as typed: the domain in ACE form ("jose@bücher.de" ->
/// "jose@xn--bcher-kva.de"), since Descope's SDKs accept only ASCII addresses. Refused with
/// EmailTooLong past RFC 5321's limits, EmailLocalPart for letters outside ASCII before the
/// @, Email for the rest (a domain label mixing scripts, such as Latin with a Cyrillic "а",
/// is refused too).
[[nodiscard]] DESCOPEQT6CORE_EXPORT Result<QString> emailForWire(const QString &typed);
/// A plain ASCII address (the wire form): one '@', a dotted domain, no spaces or control
/// characters, within RFC 5321's lengths.
[[nodiscard]] DESCOPEQT6CORE_EXPORT bool isValidEmail(const QString &email);
/// E.164: '+', a non-zero digit, 7 to 15 digits in all.
[[nodiscard]] DESCOPEQT6CORE_EXPORT bool isE164Phone(const QString &phone);
/// Exactly CodeLength ASCII digits: anything else would only use up one of the code's
/// few attempts at Descope.
[[nodiscard]] DESCOPEQT6CORE_EXPORT bool isValidCode(const QString &code);
/// A code as people type or paste it ("123 456", "123-456", " 123456"): spaces, tabs and
/// dashes removed. Check the result with isValidCode().
[[nodiscard]] DESCOPEQT6CORE_EXPORT QString normalizedCode(const QString &typed);

} // namespace Descope::Validation
