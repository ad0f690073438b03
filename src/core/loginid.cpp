// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "loginid.h"

#include "validation_p.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <set>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

namespace Descope {

namespace {

Error refused(Error::InputProblem problem, const QString &detail)
{
    return Error::invalidInput(problem, detail);
}

bool isSignificant(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'+';
}

/// Where a cursor goes that was behind count digits (and "+"): behind the same digit,
/// whatever spaces came or went. With toEnd, behind the last one means at the end, after a
/// space the formatter added ("+49 ").
qsizetype indexAfterSignificant(const QString &text, qsizetype count, bool toEnd)
{
    qsizetype index = 0;
    while (count > 0 && index < text.size()) {
        if (isSignificant(text.at(index++)))
            --count;
    }
    const bool significantAfter = std::any_of(text.cbegin() + index, text.cend(), isSignificant);
    return significantAfter || !toEnd ? index : text.size();
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
        const bool ascii = std::all_of(domain.cbegin(), domain.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii || !domain.contains(QLatin1String("xn--"), Qt::CaseInsensitive))
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

QString LoginId::formatAsTyped(const QString &text, const QString &region, qsizetype *cursor)
{
    if (!looksLikePhone(text)) {
        if (cursor)
            *cursor = indexAfterSignificant(text, *cursor, false);
        return text;
    }
    using i18n::phonenumbers::AsYouTypeFormatter;
    using i18n::phonenumbers::PhoneNumberUtil;
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toUpper().toStdString();
    const std::unique_ptr<AsYouTypeFormatter> formatter(PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(regionCode));
    std::string formatted;
    std::string digits;
    for (const QChar c : text) {
        // looksLikePhone() allows a "+" only first.
        if ((c >= u'0' && c <= u'9') || c == u'+') {
            digits += char(c.unicode());
            formatter->InputDigit(c.unicode(), &formatted);
        }
    }
    QString result = QString::fromStdString(formatted);
    // A national number typed without its trunk prefix ("20 7946 0958" in GB, where people
    // also write "020…"): the national formatter leaves it alone, but written after the
    // country's code it is the international format's grouping, which is the national one
    // without the prefix.
    std::string trunkPrefix;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    util->GetNddPrefixForRegion(regionCode, true, &trunkPrefix);
    const int callingCode = util->GetCountryCodeForRegion(regionCode);
    if (formatted == digits && digits.size() > 1 && digits.front() != '+' && callingCode > 0
        && (trunkPrefix.empty() || digits.rfind(trunkPrefix, 0) != 0)) {
        formatter->Clear();
        const std::string international = '+' + std::to_string(callingCode) + digits;
        for (const char c : international)
            formatter->InputDigit(c, &formatted);
        const QString prefix = QLatin1Char('+') + QString::number(callingCode) + QLatin1Char(' ');
        const QString withCode = QString::fromStdString(formatted);
        if (withCode.startsWith(prefix))
            result = withCode.mid(prefix.size());
    }
    // The formatter must not change the number: with some long inputs it repeats a digit
    // ("903155691054018" in BR gave "9903155691054018 ", libphonenumber 8.12/8.13). Then the
    // text stays as typed.
    QString kept;
    for (const QChar c : result) {
        if (isSignificant(c))
            kept += c;
    }
    if (kept != QString::fromStdString(digits)) {
        if (cursor)
            *cursor = indexAfterSignificant(text, *cursor, false);
        return text;
    }
    if (cursor)
        *cursor = indexAfterSignificant(result, *cursor, true);
    return result;
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
        auto wire = Validation::emailForWire(trimmed);
        if (!wire)
            return wire.error();
        id.m_kind = Kind::Email;
        id.m_value = *wire;
        return id;
    }

    // Only what people type in phone numbers: digits, '+', spaces, dashes, dots, parentheses.
    static const QRegularExpression phoneCharacters(QStringLiteral(R"(\A\+?[0-9 ()./-]{4,}\z)"));
    if (!phoneCharacters.match(trimmed).hasMatch())
        return refused(Error::InputProblem::LoginId, QStringLiteral("neither an email address nor a phone number"));
    // E.164 allows 15 digits; an international prefix ("00", "011") and a trunk prefix
    // ("0") may come on top of them as typed, so only past that is it surely too long.
    // Shorter overlong numbers are told by libphonenumber below.
    constexpr int MaxTypedDigits = Validation::MaxPhoneDigits + 4;
    if (std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); }) > MaxTypedDigits)
        return refused(Error::InputProblem::PhoneTooLong, QStringLiteral("more digits than a phone number has"));
    if (!trimmed.startsWith(QLatin1Char('+')) && defaultRegion.isEmpty())
        return refused(Error::InputProblem::PhoneCountry, QStringLiteral("phone number without country code"));

    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = defaultRegion.isEmpty() ? std::string("ZZ") : defaultRegion.toUpper().toStdString();
    const auto parsed = util->Parse(trimmed.toStdString(), region, &number);
    if (parsed == PhoneNumberUtil::TOO_LONG_NSN)
        return refused(Error::InputProblem::PhoneTooLong, QStringLiteral("the national number is too long"));
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR)
        return refused(Error::InputProblem::Phone, QStringLiteral("invalid phone number"));
    if (!util->IsValidNumber(number)) {
        // Past E.164's 15 digits (country code included) it is too long for any country;
        // shorter, it may be too long for this country only: "not valid, check the country".
        std::string nationalNumber;
        util->GetNationalSignificantNumber(number, &nationalNumber);
        const auto digits = QString::number(number.country_code()).size() + qsizetype(nationalNumber.size());
        if (digits > Validation::MaxPhoneDigits)
            return refused(Error::InputProblem::PhoneTooLong, QStringLiteral("more than 15 digits"));
        return refused(Error::InputProblem::Phone, QStringLiteral("invalid phone number"));
    }
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
