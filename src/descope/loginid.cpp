// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "loginid.h"

#include "validation.h"

#include <QRegularExpression>
#include <QUrl>

#include <set>

#include <phonenumbers/phonenumberutil.h>

namespace Descope {

namespace {

Error refused(Error::InputProblem problem, const QString &detail)
{
    return Error::invalidInput(problem, detail);
}

} // namespace

QString LoginId::regionOfLocale(const QString &localeName)
{
    const qsizetype separator = localeName.indexOf(QLatin1Char('_'));
    return separator < 0 ? QString() : localeName.mid(separator + 1, 2).toUpper();
}

QList<std::pair<QString, int>> LoginId::phoneRegions()
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    QList<std::pair<QString, int>> result;
    for (const std::string &region : regions)
        result.append({QString::fromStdString(region), util->GetCountryCodeForRegion(region)});
    return result;
}

QString LoginId::regionOfNumber(const QString &e164)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (e164.isEmpty() || util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

QString LoginId::mainRegion(int callingCode)
{
    std::string region;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(callingCode, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

bool LoginId::looksLikePhone(const QString &text)
{
    static const QRegularExpression phoneStart(QStringLiteral(R"(\A\s*[+(0-9][0-9 ()./-]*\z)"));
    return !text.trimmed().isEmpty() && phoneStart.match(text).hasMatch();
}

QString LoginId::displayForm(const QString &value)
{
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        const QString domain = value.mid(at + 1);
        if (!domain.contains(QLatin1String("xn--"), Qt::CaseInsensitive))
            return value;
        const QString unicode = QUrl::fromAce(domain.toLatin1());
        return unicode.isEmpty() ? value : value.left(at + 1) + unicode;
    }
    if (!value.trimmed().startsWith(QLatin1Char('+')) || !looksLikePhone(value))
        return value;
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(value.trimmed().toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return value;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return formatted.empty() ? value : QString::fromStdString(formatted);
}

QList<DeliveryMethod> LoginId::methods() const
{
    if (isEmail())
        return {DeliveryMethod::Email};
    return {DeliveryMethod::Sms, DeliveryMethod::Voice, DeliveryMethod::WhatsApp};
}

Result<LoginId> LoginId::parse(const QString &text, const QString &defaultRegion)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refused(Error::InputProblem::LoginId, QStringLiteral("empty login id"));
    if (auto error = Validation::checkLoginId(trimmed))
        return *error;

    LoginId id;
    if (trimmed.contains(QLatin1Char('@'))) {
        if (!Validation::isValidEmail(trimmed))
            return refused(Error::InputProblem::Email, QStringLiteral("invalid email address"));
        id.m_kind = Kind::Email;
        id.m_value = trimmed;
        return id;
    }

    // Only what people type in phone numbers: digits, '+', spaces, dashes, dots, parentheses.
    static const QRegularExpression phoneCharacters(QStringLiteral(R"(\A\+?[0-9 ()./-]{4,30}\z)"));
    if (!phoneCharacters.match(trimmed).hasMatch())
        return refused(Error::InputProblem::LoginId, QStringLiteral("neither an email address nor a phone number"));
    if (!trimmed.startsWith(QLatin1Char('+')) && defaultRegion.isEmpty())
        return refused(Error::InputProblem::PhoneCountry, QStringLiteral("phone number without country code"));

    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = defaultRegion.isEmpty() ? std::string("ZZ") : defaultRegion.toUpper().toStdString();
    if (util->Parse(trimmed.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsValidNumber(number))
        return refused(Error::InputProblem::Phone, QStringLiteral("invalid phone number"));
    // Formatting can change a number that parses again differently (Mexico's old mobile
    // "1", a "+00" read as an international prefix): normalise to a fixed point, so the
    // login id we send is the one the person gets when typing it back. Found by fuzz_loginid.
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    for (int round = 0; round < 3; ++round) {
        PhoneNumber again;
        std::string next;
        if (util->Parse(e164, "ZZ", &again) != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(again))
            return refused(Error::InputProblem::Phone, QStringLiteral("invalid phone number"));
        util->Format(again, PhoneNumberUtil::E164, &next);
        if (next == e164)
            break;
        e164 = next;
    }
    id.m_kind = Kind::Phone;
    id.m_value = QString::fromStdString(e164);
    return id;
}

} // namespace Descope
