// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "deliverymethod.h"

namespace Descope {

QString pathSegment(DeliveryMethod method)
{
    switch (method) {
    case DeliveryMethod::Email:
        return QStringLiteral("email");
    case DeliveryMethod::Sms:
        return QStringLiteral("sms");
    case DeliveryMethod::Voice:
        return QStringLiteral("voice");
    case DeliveryMethod::WhatsApp:
        return QStringLiteral("whatsapp");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DeliveryMethod> deliveryMethodFromString(QStringView name)
{
    for (auto method : {DeliveryMethod::Email, DeliveryMethod::Sms, DeliveryMethod::Voice,
                        DeliveryMethod::WhatsApp}) {
        if (name.compare(pathSegment(method), Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}

} // namespace Descope
