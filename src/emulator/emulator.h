// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "deliverymethod.h"
#include "httpserver.h"
#include "jwt_p.h"
#include "state.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Descope::Emulator {

struct Options
{
    QString projectId = QStringLiteral("P2EmulatorLocalDevProject000");
    qint64 sessionTtl = 10 * 60;          ///< seconds
    qint64 refreshTtl = 30 * 24 * 3600;   ///< seconds
    qint64 codeTtl = 5 * 60;              ///< seconds
    int maxAttempts = 3;                  ///< wrong codes before the code is void
    /// Descope's documented limit (docs.descope.com/rate-limiting): this many requests per
    /// client address in rateWindow seconds, then 429 E130429 with Retry-After for
    /// rateBackoff seconds. 0: no limit.
    int rateLimit = 100;
    qint64 rateWindow = 60;               ///< seconds
    qint64 rateBackoff = 60;              ///< seconds
    /// The emulator's choice, not Descope's: codes per login id per minute, then 429 E130429
    /// with Retry-After. Negative (the default): no such limit; 0: no code is sent at all.
    int sendLimit = -1;
    bool rotateRefresh = false;
    int latencyMs = 0;
    QString dataFile;                     ///< empty: state lives in memory only
    int outboxLimit = 1000;               ///< codes kept for GET /emulator/outbox, oldest dropped first
    int journalLimit = 1000;              ///< requests kept for GET /emulator/requests, likewise
    int idleTimeoutMs = 30 * 1000;        ///< see HttpServer::setIdleTimeout()
    int maxConnections = 100;             ///< see HttpServer::setMaxConnections()
    /// Tokens as Set-Cookie DS=…; DSR=… with empty sessionJwt/refreshJwt in the body, as
    /// Descope does for a project that manages tokens in cookies.
    bool cookies = false;
    /// With cookies: the session and refresh cookies' names, as a Descope project may set
    /// them; a name given here is also sent in the body (sessionCookieName, cookieName).
    /// Empty: DS and DSR, and no name in the body.
    QString sessionCookieName;
    QString refreshCookieName;
};

/// A code the emulator "sent"; what GET /emulator/outbox lists.
struct OutboxMessage
{
    QString loginId;
    DeliveryMethod method = DeliveryMethod::Email;
    QString to;
    QString maskedTo;
    QString code;
    qint64 sentAt = 0;
};

/**
 * A local stand-in for Descope's authentication service: the OTP and session endpoints
 * with Descope's request and response shapes, status codes and error codes, RS256 tokens
 * and a JWKS, plus the /emulator/... endpoints for tests (outbox, request journal, clock, revoke,
 * faults, health). docs/emulator-fidelity.md gives the source of each behaviour.
 *
 * Its rooms, one file each: state.cpp (users, refresh tokens, the data file), descopeapi.cpp
 * (Descope's endpoints), controlapi.cpp (/emulator/...), faults.cpp (fault injection) and
 * emulator.cpp (the doorway: serve() sends each request to its room).
 *
 * With a data file it never loses data: a file it cannot use stops it from starting, and a
 * failed save is reported (saveFailed(), GET /emulator/health) rather than ignored.
 */
class Server : public HttpServer
{
    Q_OBJECT
public:
    explicit Server(const Options &options, QObject *parent = nullptr);
    ~Server() override;
    Q_DISABLE_COPY_MOVE(Server)

    /**
     * Loads --data (if any). False with a one-line reason when the file exists but cannot be
     * read or parsed, belongs to another project, holds no usable signing key or an entry that
     * saveState() could not have written, or cannot be written (read-only file, directory or
     * file system): the file is then left as it is, for a person to look at. A missing file
     * is a fresh start, saved at once (and refused likewise if that save fails).
     */
    bool loadState(QString *errorMessage);
    [[nodiscard]] const Options &options() const { return m_options; }
    /// The last Options::outboxLimit codes sent, oldest first.
    [[nodiscard]] QList<OutboxMessage> outbox() const { return m_outbox; }
    /// What GET /emulator/requests returns: method, path, credential kind and body of the
    /// last Options::journalLimit requests.
    [[nodiscard]] QJsonArray requestJournal() const;
    /// Why the last save failed; empty when it worked (or there is no data file).
    [[nodiscard]] QString saveError() const { return m_saveError; }

    /// How far the clock may be moved from real time, either way: a bound that keeps every
    /// sum of times and lifetimes far from overflowing.
    static constexpr qint64 MaxClockOffset = 100LL * 366 * 24 * 3600;
    /// Moves the emulator's clock (code and token expiry in tests); false, and no move, if
    /// it would end up more than MaxClockOffset from real time.
    bool advanceClock(qint64 seconds);
    /// Seconds since the epoch, on the emulator's clock.
    [[nodiscard]] qint64 now() const { return QDateTime::currentSecsSinceEpoch() + m_clockOffset; }

Q_SIGNALS:
    void codeSent(const Descope::Emulator::OutboxMessage &message);
    void requestHandled(const QString &method, const QString &path, int status);
    /// A save failed after the last one worked (not on every failure of a streak).
    void saveFailed(const QString &message);
    /// A save worked after saveFailed().
    void saveRecovered();

protected:
    void serve(const QHttpServerRequest &request, HttpResponder responder) override;

public:
    /**
     * A misbehaviour injected with POST /emulator/faults, applied to the next count requests
     * to path. The kinds (faultKinds() lists them, in this order):
     *  - status: answers status, with a Descope error body or, with html, a proxy's page;
     *  - rate-limit: 429, E130429, Retry-After: 7;
     *  - malformed-json: 200 with JSON cut short;
     *  - truncated: closes the connection in the middle of the body;
     *  - drop: closes the connection without answering;
     *  - delay: serves the request and answers delayMs later;
     *  - wrong-content-type: 200 with a captive portal's HTML page;
     *  - oversized: 200 with a JSON body of bytes bytes;
     *  - drip: serves the request and sends the answer one byte every delayMs, then closes;
     *  - empty-object: serves the request, and answers a success with 200 {} (an OTP start
     *    as the docs describe it: the code is sent, no mask comes back).
     * Control paths (/emulator/...) never misbehave, so a test can always clear its faults.
     */
    struct Fault
    {
        QString kind;
        int count = 1;
        int status = 503;   ///< status: the HTTP status (200–599)
        bool html = false;  ///< status: an HTML page (as a proxy sends) instead of a Descope error body
        int delayMs = 3000; ///< delay: the wait; drip: the wait per byte (POST /emulator/faults defaults it to 1000 for drip)
        qint64 bytes = 4 * 1024 * 1024; ///< oversized
    };
    [[nodiscard]] static QStringList faultKinds();

    /// Applies fault to the next fault.count requests to path (POST /emulator/faults does
    /// this); false, and nothing applied, for a control path.
    bool setFault(const QString &path, const Fault &fault);
    void clearFaults() { m_faults.clear(); }

    using Response = HttpResponse;
    using UserRecord = Emulator::UserRecord;

private:
    enum class Purpose { SignUp, SignIn, SignUpOrIn, UpdateEmail, UpdatePhone };

    struct PendingCode
    {
        QString code;
        DeliveryMethod method = DeliveryMethod::Email;
        Purpose purpose = Purpose::SignIn;
        qint64 expiresAt = 0;
        int attempts = 0;
        QJsonObject signUpUser;  ///< sign-up: the user's details
        QString userId;          ///< update: whose address changes
        QString newAddress;      ///< update: the new email or phone
        bool addToLoginIds = false;
        bool onMergeUseExisting = false;
        bool stepup = false;     ///< sign-in with loginOptions.stepup: the session gets su
        QStringList priorAmr;    ///< with loginOptions.mfa (or an update's mfa): factors proven before
    };

    /// Who a valid, unrevoked refresh token belongs to, and what its record says.
    struct RefreshSession
    {
        UserRecord *user = nullptr;
        QString jti;
        qint64 expiresAt = 0;
        QStringList amr;
    };

    /// What a new session is issued with.
    struct Grant
    {
        QStringList amr;           ///< never empty
        bool firstSeen = false;
        bool stepup = false;       ///< su: true in the session token
        /// A refresh without rotation: the refresh token's expiry (rexp), and none is issued.
        qint64 keptRefreshExpiresAt = 0;
    };

    struct Caller
    {
        bool projectOk = false;
        QByteArray token;
    };

    // Descope's endpoints (descopeapi.cpp)
    Response route(const QHttpServerRequest &request);
    Response startOtp(Purpose purpose, DeliveryMethod method, const QJsonObject &body, const Caller &caller);
    Response startUpdate(Purpose purpose, DeliveryMethod method, const QJsonObject &body, const Caller &caller);
    Response verify(DeliveryMethod method, const QJsonObject &body);
    Response refresh(const Caller &caller);
    Response me(const Caller &caller);
    Response logout(const Caller &caller, bool everywhere);
    Response keys(const QString &projectId);
    Response sendCode(const QString &loginId, DeliveryMethod method, const QString &to, PendingCode pending);
    Response issueSession(UserRecord &user, const Grant &grant);
    /// The session of a valid, unrevoked refresh token, or an error response.
    std::variant<RefreshSession, Response> userForRefreshToken(const Caller &caller);

    // Rate limits (limits.cpp)
    /// Descope's per-address limit: a 429 when address is over it, else nullopt (and counted).
    std::optional<Response> checkRateLimit(const QHostAddress &address);
    /// The emulator's per-login-id limit of codes (Options::sendLimit), likewise.
    std::optional<Response> checkSendLimit(const QString &loginId);

    // The control API (controlapi.cpp)
    Response emulatorEndpoint(const QHttpServerRequest &request, const QString &path);
    void journal(const QHttpServerRequest &request, const Caller &caller, const QString &path);

    // Fault injection (faults.cpp)
    /// Applies a pending fault for this request; true when it has taken care of the reply.
    bool injectFault(const QHttpServerRequest &request, HttpResponder &responder);

    // The doorway (emulator.cpp)
    /// Writes the data file, if any; false when it failed (reported, see saveFailed()).
    bool saveState();
    /// Answers after --latency-ms (or a delay fault), or at once.
    void respondAfter(int milliseconds, HttpResponder responder, const Response &response);

    Options m_options;
    State m_state;
    Jwks m_publicKeys;
    QHash<QString, PendingCode> m_pendingCodes;       ///< by login id
    QHash<QString, QList<qint64>> m_sendTimes;        ///< by login id, for Options::sendLimit
    struct AddressWindow
    {
        QList<qint64> times;   ///< requests in the current window
        qint64 blockedUntil = 0;
    };
    QHash<QString, AddressWindow> m_addressWindows;   ///< by client address, for Options::rateLimit
    QList<OutboxMessage> m_outbox;
    QList<QJsonObject> m_requestJournal;
    QHash<QString, Fault> m_faults; ///< by path
    qint64 m_clockOffset = 0;
    QString m_saveError;
};

} // namespace Descope::Emulator

Q_DECLARE_METATYPE(Descope::Emulator::OutboxMessage)
