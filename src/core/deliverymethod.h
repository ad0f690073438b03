// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace Descope {

Q_NAMESPACE_EXPORT(DESCOPEQT6CORE_EXPORT)

/// How a one-time code reaches the person.
enum class DeliveryMethod {
    Email,    ///< by email, to an email address
    Sms,      ///< by text message, to a phone number
    Voice,    ///< read out in a phone call
    WhatsApp, ///< by WhatsApp message, to a phone number
};
Q_ENUM_NS(DeliveryMethod)

/// The path segment Descope uses: "email", "sms", "voice", "whatsapp".
[[nodiscard]] DESCOPEQT6CORE_EXPORT QString pathSegment(DeliveryMethod method);
/// The method named by its path segment (pathSegment()), in any case; nullopt for other names.
[[nodiscard]] DESCOPEQT6CORE_EXPORT std::optional<DeliveryMethod> deliveryMethodFromString(QStringView name);
/// SMS, voice and WhatsApp deliver to a phone number.
[[nodiscard]] DESCOPEQT6CORE_EXPORT inline bool isPhoneMethod(DeliveryMethod method) { return method != DeliveryMethod::Email; }

} // namespace Descope
