// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "validation_p.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace Descope::Validation {

namespace {

Error refused(Error::InputProblem problem, const QString &detail)
{
    return Error::invalidInput(problem, detail);
}

bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

qsizetype digitCount(QStringView text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Only what people type in phone numbers: digits, '+', spaces, dashes, dots, parentheses.
bool hasPhoneShape(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral(R"(\A\+?[0-9 ()./-]+\z)"));
    return phone.match(text).hasMatch();
}

/// The length of a label's Punycode (RFC 3492 §6.3), without the "xn--": only to tell a
/// label too long once encoded from one Qt refuses for another reason.
qsizetype punycodeLength(const QList<uint> &codePoints)
{
    constexpr qint64 base = 36, tmin = 1, tmax = 26, skew = 38, damp = 700;
    const auto adapt = [](qint64 delta, qint64 points, bool first) {
        delta = first ? delta / damp : delta / 2;
        delta += delta / points;
        qint64 k = 0;
        while (delta > ((base - tmin) * tmax) / 2) {
            delta /= base - tmin;
            k += base;
        }
        return k + (base - tmin + 1) * delta / (delta + skew);
    };
    const qint64 basic = std::count_if(codePoints.cbegin(), codePoints.cend(), [](uint c) { return c < 0x80; });
    qsizetype length = basic > 0 ? basic + 1 : 0;
    qint64 n = 0x80, delta = 0, bias = 72, handled = basic;
    while (handled < codePoints.size()) {
        qint64 m = std::numeric_limits<qint64>::max();
        for (uint c : codePoints) {
            if (c >= n && c < m)
                m = c;
        }
        delta += (m - n) * (handled + 1);
        n = m;
        for (uint c : codePoints) {
            if (c < n)
                ++delta;
            if (c != n)
                continue;
            qint64 q = delta;
            for (qint64 k = base;; k += base) {
                const qint64 t = k <= bias ? tmin : (k >= bias + tmax ? tmax : k - bias);
                if (q < t)
                    break;
                ++length;
                q = (q - t) / (base - t);
            }
            ++length;
            bias = adapt(delta, handled + 1, handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return length;
}

/// UTS #39's "highly restrictive" level, per label: one script, or Latin with the scripts
/// written together in Japanese, Chinese or Korean. Refuses "exаmple" with a Cyrillic а.
bool isSingleScript(const QList<uint> &label)
{
    QList<QChar::Script> scripts;
    for (uint c : label) {
        const QChar::Script script = QChar::script(c);
        if (script != QChar::Script_Common && script != QChar::Script_Inherited && !scripts.contains(script))
            scripts.append(script);
    }
    if (scripts.size() <= 1)
        return true;
    const QList<QList<QChar::Script>> allowed{
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana},
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Bopomofo},
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hangul}};
    return std::any_of(allowed.cbegin(), allowed.cend(), [&scripts](const QList<QChar::Script> &set) {
        return std::all_of(scripts.cbegin(), scripts.cend(), [&set](QChar::Script s) { return set.contains(s); });
    });
}

/// Letters, combining marks, digits and hyphens, as IDNA 2008 allows (plus the middle dots
/// it allows in context); no symbols or punctuation (U+2665 "♥" is not a domain letter).
bool hasDomainCharacters(const QList<uint> &label)
{
    return std::all_of(label.cbegin(), label.cend(), [](uint c) {
        switch (QChar::category(c)) {
        case QChar::Letter_Lowercase:
        case QChar::Letter_Uppercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Number_DecimalDigit:
            return true;
        default:
            return c == u'-' || c == 0x00B7 || c == 0x30FB;
        }
    });
}

Error tooLong(const QString &detail)
{
    return refused(Error::InputProblem::EmailTooLong, detail);
}

/// The domain of an address in ACE form, or why not.
Result<QString> aceDomain(const QString &domain)
{
    if (isAscii(domain)) {
        const QStringList labels = domain.split(QLatin1Char('.'));
        if (std::any_of(labels.cbegin(), labels.cend(), [](const QString &l) { return l.size() > MaxDomainLabelLength; }))
            return tooLong(QStringLiteral("a domain label is longer than 63 characters"));
        return domain;
    }
    // UTS #46 maps these to "." too (Chinese and Japanese keyboards type them).
    static const QRegularExpression dots(QStringLiteral("[.\u3002\uFF0E\uFF61]"));
    const QStringList labels = domain.split(dots);
    bool labelTooLong = false;
    for (const QString &label : labels) {
        const QList<uint> codePoints = label.normalized(QString::NormalizationForm_C).toLower().toUcs4();
        if (codePoints.isEmpty() || !hasDomainCharacters(codePoints) || !isSingleScript(codePoints))
            return refused(Error::InputProblem::Email, QStringLiteral("a domain label is not a valid name"));
        const bool ascii = std::all_of(codePoints.cbegin(), codePoints.cend(), [](uint c) { return c < 0x80; });
        const qsizetype aceLength = ascii ? codePoints.size() : 4 + punycodeLength(codePoints);
        labelTooLong = labelTooLong || aceLength > MaxDomainLabelLength;
    }
    if (labelTooLong)
        return tooLong(QStringLiteral("a domain label is longer than 63 characters in ACE form"));
    // Non-transitional processing (IDNA 2008): "straße" stays "straße", as browsers do now.
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    if (ace.isEmpty())
        return refused(Error::InputProblem::Email, QStringLiteral("the domain has no ACE form"));
    return ace;
}

} // namespace

std::optional<Error> checkLoginId(const QString &loginId)
{
    if (loginId.isEmpty())
        return refused(Error::InputProblem::LoginId, QStringLiteral("login id is empty"));
    if (loginId.size() > MaxLoginIdLength) {
        // Said by what it looks like: "That email address is too long" beats "not valid".
        if (loginId.contains(QLatin1Char('@')))
            return refused(Error::InputProblem::EmailTooLong, QStringLiteral("login id is too long"));
        if (hasPhoneShape(loginId) && digitCount(loginId) > MaxPhoneDigits)
            return refused(Error::InputProblem::PhoneTooLong, QStringLiteral("login id is too long"));
        return refused(Error::InputProblem::LoginId, QStringLiteral("login id is too long"));
    }
    if (loginId.trimmed() != loginId)
        return refused(Error::InputProblem::LoginId, QStringLiteral("login id has leading or trailing spaces"));
    for (const QChar c : loginId) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return refused(Error::InputProblem::LoginId, QStringLiteral("login id contains control characters"));
    }
    return std::nullopt;
}

Result<QString> emailForWire(const QString &typed)
{
    const qsizetype at = typed.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != typed.lastIndexOf(QLatin1Char('@')) || at == typed.size() - 1)
        return refused(Error::InputProblem::Email, QStringLiteral("invalid email address"));
    const QString local = typed.left(at);
    // The whole first: a 300-character address is too long, whatever its parts.
    if (typed.size() > MaxEmailLength)
        return tooLong(QStringLiteral("longer than 254 characters"));
    if (local.size() > MaxEmailLocalPartLength)
        return refused(Error::InputProblem::EmailLocalPartTooLong, QStringLiteral("more than 64 characters before the @"));
    // RFC 6531 allows UTF-8 before the @ (SMTPUTF8), but Descope's own SDKs check addresses
    // with an ASCII-only pattern (core-js-sdk validations: RFC 5322 atext), many mail servers
    // do not offer SMTPUTF8, and unlike a domain a local part has no ASCII form to send
    // instead. So it is refused here, with its own reason, rather than by the server.
    if (!isAscii(local))
        return refused(Error::InputProblem::EmailLocalPart, QStringLiteral("letters outside ASCII before the @"));
    const auto domain = aceDomain(typed.mid(at + 1));
    if (!domain)
        return domain.error();
    if (domain->size() > MaxDomainLength || local.size() + 1 + domain->size() > MaxEmailLength)
        return tooLong(QStringLiteral("longer than 254 characters in ACE form"));
    const QString email = local + QLatin1Char('@') + *domain;
    if (!isValidEmail(email))
        return refused(Error::InputProblem::Email, QStringLiteral("invalid email address"));
    return email;
}

bool isValidEmail(const QString &email)
{
    // Deliberately ASCII (the wire form): internationalised domains go in ACE form
    // (emailForWire), and look-alike letters from other scripts cannot slip in as such.
    static const QRegularExpression pattern(QStringLiteral(
        R"(\A[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\z)"));
    return email.size() <= MaxEmailLength && pattern.match(email).hasMatch();
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
