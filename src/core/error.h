// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Descope {

/// Descope's own error codes that the library branches on or has a message for
/// (docs/wire-protocol.md §5.3). Other codes are shown as "refused the request (code)".
namespace ErrorCodes {
inline constexpr QLatin1StringView BadRequest{"E011001"};       ///< the request is malformed
inline constexpr QLatin1StringView MissingArguments{"E011002"}; ///< a required argument is missing
inline constexpr QLatin1StringView InvalidRequest{"E011003"};   ///< invalid request (also an invalid or expired refresh token)
inline constexpr QLatin1StringView InvalidArguments{"E011004"}; ///< an argument is not valid
inline constexpr QLatin1StringView WrongOtpCode{"E061102"};     ///< the one-time code is wrong; it may be typed again
inline constexpr QLatin1StringView TooManyOtpAttempts{"E061103"}; ///< too many wrong codes; the code is void
/// The code the emulator answers an expired one-time code with: its choice, named by no
/// Descope SDK (docs/wire-protocol.md §5.3). Nothing depends on it: OtpFlow treats any
/// refusal of a code other than WrongOtpCode as "this code can no longer be used"
/// (Error::voidsCode()), and it has no message of its own.
inline constexpr QLatin1StringView OtpCodeExpired{"E061104"};
inline constexpr QLatin1StringView UserAlreadyExists{"E062107"}; ///< sign-up with a login id that has an account
inline constexpr QLatin1StringView UserNotFound{"E062108"};      ///< sign-in with a login id that has no account
inline constexpr QLatin1StringView TokenExpiredByLogout{"E064001"}; ///< the refresh token was signed out
inline constexpr QLatin1StringView RateLimitExceeded{"E130429"}; ///< too many requests (Kind::RateLimited)
/// Every code above, for tests that check each has a message.
inline constexpr QLatin1StringView All[] = {
    BadRequest, MissingArguments, InvalidRequest, InvalidArguments, WrongOtpCode, TooManyOtpAttempts,
    OtpCodeExpired, UserAlreadyExists, UserNotFound, TokenExpiredByLogout, RateLimitExceeded};
} // namespace ErrorCodes

/**
 * The one error type of the library: what went wrong (kind), Descope's own
 * description where the server gave one, and a translated message for people.
 *
 * Nothing in an Error is secret: it never holds a token, a code or a full
 * address, so it can be logged and copied ("Copy details") as it is.
 */
class DESCOPEQT6CORE_EXPORT Error
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Descope::Error)
public:
    /// What went wrong, broadly; message() and the predicates below say more.
    enum class Kind {
        None,            ///< no error
        InvalidInput,    ///< refused locally before any request (bad email, phone, code, project id…)
        Network,         ///< host unreachable, connection refused or reset, DNS failure
        Timeout,         ///< no progress within the transfer timeout
        Cancelled,       ///< cancelled by the caller
        Tls,             ///< TLS handshake or certificate failure
        Http,            ///< an HTTP error status without a Descope error body (proxy, 5xx page…)
        RateLimited,     ///< HTTP 429 / E130429; retryAfterSeconds says when to try again
        Api,             ///< Descope answered with an error code (errorCode/description/message)
        InvalidResponse, ///< the reply could not be understood (not JSON, missing fields, too large)
        Storage,         ///< the keychain could not be used
        TokenInvalid,    ///< a JWT failed decoding or verification
    };
    Q_ENUM(Kind)

    /// What was wrong with refused input, for a specific message.
    enum class InputProblem {
        Other,           ///< anything not listed below
        LoginId,         ///< empty, too long, control characters, neither email nor phone
        Email,           ///< not a valid email address
        Phone,           ///< not a valid phone number
        PhoneCountry,    ///< a phone number without country code and no default region
        PhoneTooLong,    ///< more digits than E.164's 15
        EmailTooLong,    ///< over RFC 5321's limits: 254 in all, 63 in a domain label
        EmailLocalPartTooLong, ///< more than RFC 5321's 64 characters before the @
        EmailLocalPart,  ///< letters outside ASCII before the @ (only the domain may be internationalised)
        Code,            ///< not six digits
        MethodMismatch,  ///< e.g. SMS for an email address
        NotSignedIn,     ///< the call needs a session (refresh token)
        DifferentUser,   ///< re-authentication as someone else
        Busy,            ///< another step of the same conversation is still running
    };
    Q_ENUM(InputProblem)

    /// Why the keychain could not be used.
    enum class StorageProblem {
        None,         ///< not a storage error
        NoBackend,    ///< no Secret Service / keychain daemon
        AccessDenied, ///< locked, or the person refused access
        Timeout,      ///< the keychain did not answer in time
        Failed,       ///< anything else
    };
    Q_ENUM(StorageProblem)

    /// No error (Kind::None).
    Error() = default;
    /// An error of kind; detail is English for logs, never a secret.
    Error(Kind kind, QString detail) : m_kind(kind), m_detail(std::move(detail)) {}

    /// Input refused locally (InputProblem::Other).
    static Error invalidInput(const QString &detail) { return invalidInput(InputProblem::Other, detail); }
    /// Input refused locally, for the reason problem.
    static Error invalidInput(InputProblem problem, const QString &detail)
    {
        Error error(Kind::InvalidInput, detail);
        error.m_inputProblem = problem;
        return error;
    }
    /// The keychain could not be used, for the reason problem.
    static Error storage(StorageProblem problem, const QString &detail)
    {
        Error error(Kind::Storage, detail);
        error.m_storageProblem = problem;
        return error;
    }
    /// An answer that could not be understood.
    static Error invalidResponse(const QString &detail) { return {Kind::InvalidResponse, detail}; }
    /// A JWT that failed decoding or verification.
    static Error tokenInvalid(const QString &detail) { return {Kind::TokenInvalid, detail}; }
    /// An error answer from Descope (or anything shaped like one): Kind::RateLimited for
    /// 429 or E130429, Kind::Api with a code, Kind::Http without one.
    static Error fromServer(int httpStatus, const QString &code, const QString &description,
                            const QString &serverMessage, int retryAfterSeconds,
                            const QByteArray &traceId);

    /// What went wrong; Kind::None for no error.
    [[nodiscard]] Kind kind() const { return m_kind; }
    /// True for any kind but None.
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    /// The HTTP status of the answer, 0 when there was none.
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    /// Descope's errorCode, e.g. "E061102"; empty when the server gave none.
    [[nodiscard]] QString code() const { return m_code; }
    /// Descope's errorDescription (English, not for people); may be empty.
    [[nodiscard]] QString description() const { return m_description; }
    /// Descope's errorMessage (English, not for people); may be empty.
    [[nodiscard]] QString serverMessage() const { return m_serverMessage; }
    /// Seconds to wait before retrying, from Retry-After; -1 when not given.
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfterSeconds; }
    /// Cloudflare's CF-Ray id of the failed request, for support.
    [[nodiscard]] QByteArray traceId() const { return m_traceId; }
    /// For Kind::InvalidInput: what was wrong (Other otherwise).
    [[nodiscard]] InputProblem inputProblem() const { return m_inputProblem; }
    /// For Kind::Storage: why the keychain failed (None otherwise).
    [[nodiscard]] StorageProblem storageProblem() const { return m_storageProblem; }
    /// Technical detail in English for logs; never a secret.
    [[nodiscard]] QString detail() const { return m_detail; }

    /**
     * True when the same request, sent again later unchanged, may succeed: Network,
     * Timeout, RateLimited, and Api/Http with status 408 or 5xx. For deciding how to show
     * a failed request: "try again" rather than "fix what you entered".
     *
     * Not the session's rule: SessionManager keeps a session and retries its refresh on
     * every error except endsSession(), transient or not (a 404, a proxy's page or a
     * reply that did not verify is not Descope's word on the token either). The two
     * answer different questions, and never both say yes: an error that isTransient()
     * never endsSession().
     */
    [[nodiscard]] bool isTransient() const;
    /**
     * The one rule for ending a session on a failed refresh, used by SessionManager (so by
     * the app, the CLI and every program on the library): true only when Descope itself
     * refused the refresh token, that is its JSON error body (a JSON content type) with an
     * errorCode shaped like Descope's ("E" and six digits) on HTTP 400, 401 or 403 (rate
     * limits excepted). Any such code counts, known or not: Descope
     * answers a refresh it may honour later with 5xx or 429, so a 4xx with its own code is
     * its word on this token, and repeating the same request could only be refused again.
     * Everything else keeps the session and is retried: HTML or other non-JSON bodies
     * (whatever they contain), JSON without such an errorCode (a gateway's), redirects, 404, 408, 5xx, 429, timeouts, TLS and network
     * trouble (a proxy, a captive portal or a WAF is not Descope), and tokens in a reply
     * that fail verification. The refresh token's own exp ending the session is checked
     * on the local clock before any request.
     */
    [[nodiscard]] bool endsSession() const;
    /**
     * Descope itself refused the request: its JSON error body (Kind::Api) with an errorCode
     * shaped like Descope's ("E" and six digits) on HTTP 400, 401 or 403. Not a rate limit
     * (429), a 5xx, nor a gateway's or proxy's answer. Which request it was decides what the
     * refusal means: endsSession() for a refresh, voidsCode() for a code's verification.
     */
    [[nodiscard]] bool isDescopeRefusal() const;
    /// Descope said the one-time code is wrong; the same code may not be typed again, another may.
    [[nodiscard]] bool isWrongCode() const { return m_code == ErrorCodes::WrongOtpCode; }
    /// Too many wrong codes: the code sent is void (see voidsCode()).
    [[nodiscard]] bool isTooManyAttempts() const { return m_code == ErrorCodes::TooManyOtpAttempts; }
    /**
     * A code that can no longer be used (expired, superseded, unknown); the person should ask
     * for a new one. True for any E0611xx but WrongOtpCode and TooManyOtpAttempts, and for
     * an error made by codeNoLongerUsable(): Descope names no code for an expired one-time
     * code (docs/wire-protocol.md §5.3).
     */
    [[nodiscard]] bool isCodeExpired() const;
    /// The code sent can no longer be used, for either reason: only a new code helps. About
    /// the code, never about a session's token: such an error never endsSession().
    [[nodiscard]] bool voidsCode() const { return isTooManyAttempts() || isCodeExpired(); }
    /**
     * This refusal of a code's verification, as "this code can no longer be used": the same
     * status, code and trace id (for support), and isCodeExpired(), voidsCode() and its
     * message say so. OtpFlow uses it for every refusal of a code by Descope
     * (isDescopeRefusal()) other than a wrong code, whatever its code: the code's lifetime is
     * a project setting the app does not know, and Descope names no code for an expired
     * one, so a code it does not take any more is void, and a new one is the way on.
     */
    [[nodiscard]] Error codeNoLongerUsable() const
    {
        Error error = *this;
        error.m_codeNoLongerUsable = true;
        return error;
    }
    /**
     * Whether the error is worth reporting to support ("Copy details"): trouble on the
     * server, the network or unknown. Not the person's own mistakes, which the message
     * already explains: input refused locally, a wrong or void code, an account that
     * already exists or that does not exist.
     */
    [[nodiscard]] bool worthReporting() const;

    /// A translated sentence for people, specific to the kind and Descope's code.
    [[nodiscard]] QString message() const;
    /// Everything support needs, one item per line, untranslated: kind, status, code, trace id.
    [[nodiscard]] QString technicalDetails() const;

    /// Translated message for a known Descope error code (ErrorCodes), or an empty string.
    static QString messageForCode(const QString &code);

private:
    Kind m_kind = Kind::None;
    InputProblem m_inputProblem = InputProblem::Other;
    StorageProblem m_storageProblem = StorageProblem::None;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = -1;
    bool m_codeNoLongerUsable = false; ///< codeNoLongerUsable()
    QString m_code;
    QString m_description;
    QString m_serverMessage;
    QByteArray m_traceId;
    QString m_detail;
};

} // namespace Descope

Q_DECLARE_METATYPE(Descope::Error)
