// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Small JSON helpers shared by the request builders, response parsers and JWT claims.
namespace Descope::Json {

/// The strings of a JSON array; other items and non-arrays give nothing.
inline QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list << item.toString();
    }
    return list;
}

/// Descope's SDKs leave empty fields out of request bodies; so do we.
inline void insertIfSet(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace Descope::Json
