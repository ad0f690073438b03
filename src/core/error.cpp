// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "error.h"

#include <QMetaEnum>
#include <QRegularExpression>

namespace Descope {

Error Error::fromServer(int httpStatus, const QString &code, const QString &description,
                       const QString &serverMessage, int retryAfterSeconds,
                       const QByteArray &traceId)
{
    Kind kind = Kind::Http;
    if (httpStatus == 429 || code == ErrorCodes::RateLimitExceeded)
        kind = Kind::RateLimited;
    else if (!code.isEmpty())
        kind = Kind::Api;

    Error error(kind, QStringLiteral("HTTP %1").arg(httpStatus));
    error.m_httpStatus = httpStatus;
    error.m_code = code;
    error.m_description = description;
    error.m_serverMessage = serverMessage;
    error.m_retryAfterSeconds = retryAfterSeconds;
    error.m_traceId = traceId;
    return error;
}

bool Error::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Http:
    case Kind::Api:
        return m_httpStatus >= 500 || m_httpStatus == 408;
    default:
        return false;
    }
}

bool Error::isDescopeRefusal() const
{
    // Descope's codes are "E" and six digits; a gateway's own JSON ("ACCESS_DENIED") is not
    // Descope's word.
    static const QRegularExpression descopeCode(QStringLiteral("^E[0-9]{6}$"));
    if (m_kind != Kind::Api || !descopeCode.match(m_code).hasMatch())
        return false;
    return m_httpStatus == 400 || m_httpStatus == 401 || m_httpStatus == 403;
}

bool Error::endsSession() const
{
    // A refused one-time code is about the code, never about the session's token.
    return isDescopeRefusal() && !isWrongCode() && !voidsCode();
}

bool Error::isCodeExpired() const
{
    if (m_codeNoLongerUsable)
        return !isWrongCode() && !isTooManyAttempts();
    // Descope documents no distinct "expired" code: any E0611xx other than a wrong
    // code or too many attempts means the code can no longer be used.
    return m_code.startsWith(QLatin1StringView("E0611")) && !isWrongCode() && !isTooManyAttempts();
}

bool Error::worthReporting() const
{
    if (m_kind == Kind::None || m_kind == Kind::InvalidInput || m_kind == Kind::Cancelled)
        return false;
    if (isWrongCode() || voidsCode())
        return false;
    return m_code != ErrorCodes::UserAlreadyExists && m_code != ErrorCodes::UserNotFound;
}

QString Error::messageForCode(const QString &code)
{
    if (code == ErrorCodes::WrongOtpCode)
        return tr("That code is not right. Check it and try again.");
    if (code == ErrorCodes::TooManyOtpAttempts)
        return tr("Too many wrong codes. Ask for a new code to try again.");
    if (code == ErrorCodes::UserAlreadyExists)
        return tr("An account with this email or phone number already exists. Sign in instead.");
    if (code == ErrorCodes::UserNotFound)
        return tr("No account uses this email or phone number. Sign up instead.");
    if (code == ErrorCodes::TokenExpiredByLogout)
        return tr("You were signed out. Sign in again.");
    if (code == ErrorCodes::RateLimitExceeded)
        return tr("Too many requests. Wait a moment and try again.");
    if (code == ErrorCodes::BadRequest || code == ErrorCodes::MissingArguments
        || code == ErrorCodes::InvalidRequest || code == ErrorCodes::InvalidArguments)
        return tr("The request was not accepted. Check what you entered and try again.");
    if (code.startsWith(QLatin1StringView("E0611")))
        return tr("This code can no longer be used. Ask for a new code.");
    return {};
}

QString Error::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
        switch (m_inputProblem) {
        case InputProblem::LoginId:
            return tr("Enter an email address or a phone number.");
        case InputProblem::Email:
            return tr("Enter a valid email address, like name@example.com.");
        case InputProblem::Phone:
            return tr("This phone number is not valid. Check the number and the country.");
        case InputProblem::PhoneCountry:
            return tr("Add the country code to the phone number, like +1 for the United States.");
        case InputProblem::PhoneTooLong:
            return tr("A phone number has at most 15 digits.");
        case InputProblem::EmailTooLong:
            return tr("That email address is too long.");
        case InputProblem::EmailLocalPartTooLong:
            return tr("The part before the @ can have at most 64 characters.");
        case InputProblem::EmailLocalPart:
            return tr("Letters with accents or from other alphabets can only come after the @.");
        case InputProblem::Code:
            return tr("The code is six digits. Check it and try again.");
        case InputProblem::MethodMismatch:
            return tr("Codes for an email address go by email; codes for a phone number go by SMS, voice call or WhatsApp.");
        case InputProblem::NotSignedIn:
            return tr("You need to be signed in to do this.");
        case InputProblem::DifferentUser:
            return tr("That is a different account. Sign in again with the account you were using.");
        case InputProblem::Busy:
            return tr("Please wait for the current step to finish.");
        case InputProblem::Other:
            break;
        }
        return tr("Some of what you entered is not valid.");
    case Kind::Network:
        return tr("Cannot reach the sign-in service. Check your internet connection.");
    case Kind::Timeout:
        return tr("The sign-in service took too long to answer. Try again.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Tls:
        return tr("A secure connection to the sign-in service could not be established.");
    case Kind::RateLimited:
        if (m_retryAfterSeconds > 0)
            return tr("Too many requests. Try again in %n second(s).", nullptr, m_retryAfterSeconds);
        return tr("Too many requests. Wait a moment and try again.");
    case Kind::Api: {
        if (isCodeExpired()) // whatever the code: expired, superseded or unknown (§5.3)
            return tr("This code can no longer be used. Ask for a new code.");
        const QString known = messageForCode(m_code);
        if (!known.isEmpty())
            return known;
        if (m_httpStatus >= 500)
            return tr("The sign-in service is having trouble. Try again later.");
        return tr("The sign-in service refused the request (%1).").arg(m_code);
    }
    case Kind::Http:
        if (m_httpStatus >= 500)
            return tr("The sign-in service is unavailable right now. Try again later.");
        // No Descope error body: a proxy, a portal or a firewall answered in its place.
        return tr("The sign-in service could not be reached: something else answered (HTTP %1). "
                  "Check your network or proxy.").arg(m_httpStatus);
    case Kind::InvalidResponse:
        return tr("The sign-in service sent an answer that could not be understood.");
    case Kind::Storage:
        switch (m_storageProblem) {
        case StorageProblem::NoBackend:
            return tr("No system keychain is available, so you will need to sign in again next time. "
                      "Install or start a keyring such as GNOME Keyring or KWallet to stay signed in.");
        case StorageProblem::AccessDenied:
            return tr("The system keychain is locked or refused access, so you will need to sign in again next time.");
        case StorageProblem::Timeout:
            return tr("The system keychain did not answer, so you will need to sign in again next time.");
        case StorageProblem::None:
        case StorageProblem::Failed:
            break;
        }
        return tr("Your sign-in could not be saved in the system keychain, so you will need to sign in again next time.");
    case Kind::TokenInvalid:
        return tr("The session could not be verified. Sign in again.");
    }
    return {};
}

QString Error::technicalDetails() const
{
    QStringList lines;
    lines << QStringLiteral("kind: %1")
                 .arg(QLatin1StringView(QMetaEnum::fromType<Kind>().valueToKey(int(m_kind))));
    if (m_httpStatus)
        lines << QStringLiteral("http status: %1").arg(m_httpStatus);
    if (!m_code.isEmpty())
        lines << QStringLiteral("error code: %1").arg(m_code);
    if (!m_description.isEmpty())
        lines << QStringLiteral("description: %1").arg(m_description);
    if (!m_serverMessage.isEmpty())
        lines << QStringLiteral("server message: %1").arg(m_serverMessage);
    if (m_retryAfterSeconds >= 0)
        lines << QStringLiteral("retry after: %1 s").arg(m_retryAfterSeconds);
    if (!m_traceId.isEmpty())
        lines << QStringLiteral("trace id: %1").arg(QString::fromLatin1(m_traceId));
    if (m_kind == Kind::InvalidInput)
        lines << QStringLiteral("input: %1")
                     .arg(QLatin1StringView(QMetaEnum::fromType<InputProblem>().valueToKey(int(m_inputProblem))));
    if (m_kind == Kind::Storage)
        lines << QStringLiteral("storage: %1")
                     .arg(QLatin1StringView(QMetaEnum::fromType<StorageProblem>().valueToKey(int(m_storageProblem))));
    if (!m_detail.isEmpty())
        lines << QStringLiteral("detail: %1").arg(m_detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Descope
