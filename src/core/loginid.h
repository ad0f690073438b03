// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "deliverymethod.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Descope {

/// A login id as a person types it, checked and normalised: an email address, or a phone
/// number in E.164 form (parsed with libphonenumber, so "050-123 4567" in region IL
/// becomes "+972501234567").
class DESCOPEQT6CORE_EXPORT LoginId
{
public:
    /// What the login id is.
    enum class Kind {
        Email, ///< an email address (wire form: the domain in ACE)
        Phone, ///< a phone number in E.164 form
    };

    /// Checks and normalises text, or an Error (Kind::InvalidInput, with the InputProblem
    /// that says what is wrong). defaultRegion: ISO 3166 code used for numbers typed
    /// without "+<country>"; empty means such numbers are refused.
    static Result<LoginId> parse(const QString &text, const QString &defaultRegion = {});
    /// The region of a locale name such as "de_DE" ("DE"), for the default region.
    [[nodiscard]] static QString regionOfLocale(const QString &localeName);
    /// The region of a number in E.164 form ("+4930…" -> "DE"), or empty when unknown.
    [[nodiscard]] static QString regionOfNumber(const QString &e164);
    /// The main region of a calling code (44 -> "GB", not "GG"; 1 -> "US").
    [[nodiscard]] static QString mainRegion(int callingCode);
    /// Every region libphonenumber knows, with its calling code ("DE" -> 49), sorted by code.
    [[nodiscard]] static QList<std::pair<QString, int>> phoneRegions();
    /// True when text looks like the start of a phone number (digits, +, spaces, dashes…).
    [[nodiscard]] static bool looksLikePhone(const QString &text);
    /**
     * A login id as people should read it: a phone number (E.164, or as stored with a
     * "+") in libphonenumber's international format ("+442079460958" -> "+44 20 7946 0958"),
     * an email address with its domain in Unicode ("jose@xn--bcher-kva.de" ->
     * "jose@bücher.de"), anything else (a masked "***23", text that is neither) unchanged.
     */
    [[nodiscard]] static QString displayForm(const QString &value);
    /**
     * A phone number as it is being typed, formatted by libphonenumber's AsYouTypeFormatter
     * for region (a "+" first makes the number's own country count): "2079460958" in GB
     * gives "20 7946 0958". Only digits and a leading "+" are kept; text that is not a phone
     * number comes back unchanged. cursor, when given, is the number of digits (and "+")
     * before the cursor on entry, and the cursor's index in the result on return.
     */
    [[nodiscard]] static QString formatAsTyped(const QString &text, const QString &region, qsizetype *cursor = nullptr);

    /// Email or phone.
    [[nodiscard]] Kind kind() const { return m_kind; }
    /// True for an email address.
    [[nodiscard]] bool isEmail() const { return m_kind == Kind::Email; }
    /// The normalised login id as sent to Descope: an ASCII email address, or E.164.
    [[nodiscard]] const QString &value() const { return m_value; }
    /// displayForm(value()).
    [[nodiscard]] QString display() const { return displayForm(m_value); }
    /// Email for an email address; SMS, voice and WhatsApp for a phone number.
    [[nodiscard]] bool fits(DeliveryMethod method) const { return isEmail() != isPhoneMethod(method); }
    /// The delivery methods that fit, in the order to offer them.
    [[nodiscard]] QList<DeliveryMethod> methods() const;

private:
    Kind m_kind = Kind::Email;
    QString m_value;
};

} // namespace Descope
