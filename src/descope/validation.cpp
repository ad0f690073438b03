// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "validation.h"

#include <QRegularExpression>

#include <algorithm>

namespace Descope::Validation {

std::optional<Error> checkLoginId(const QString &loginId)
{
    if (loginId.isEmpty())
        return Error::invalidInput(Error::InputProblem::LoginId, QStringLiteral("login id is empty"));
    if (loginId.size() > MaxLoginIdLength)
        return Error::invalidInput(Error::InputProblem::LoginId, QStringLiteral("login id is too long"));
    if (loginId.trimmed() != loginId)
        return Error::invalidInput(Error::InputProblem::LoginId, QStringLiteral("login id has leading or trailing spaces"));
    for (const QChar c : loginId) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error::invalidInput(Error::InputProblem::LoginId, QStringLiteral("login id contains control characters"));
    }
    return std::nullopt;
}

bool isValidEmail(const QString &email)
{
    // Deliberately ASCII: look-alike letters from other scripts in an address are refused.
    static const QRegularExpression pattern(QStringLiteral(
        R"(\A[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\z)"));
    return email.size() <= MaxLoginIdLength && pattern.match(email).hasMatch();
}

bool isE164Phone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\A\+[1-9][0-9]{6,14}\z)"));
    return pattern.match(phone).hasMatch();
}

bool isValidCode(const QString &code)
{
    if (code.size() != CodeLength)
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString normalizedCode(const QString &typed)
{
    QString code = typed;
    code.removeIf([](QChar c) { return c == u' ' || c == u'\t' || c == u'-'; });
    return code;
}

} // namespace Descope::Validation
