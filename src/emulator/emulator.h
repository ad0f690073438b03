// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "deliverymethod.h"
#include "httpserver.h"
#include "jwt.h"
#include "tokenissuer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

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
    int sendLimit = 5;                    ///< codes per login id per minute
    bool rotateRefresh = false;
    int latencyMs = 0;
    QString dataFile;                     ///< empty: state lives in memory only
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
 * and a JWKS, plus the /emulator/... endpoints for tests (outbox, request journal, clock, revoke).
 */
class Server : public HttpServer
{
    Q_OBJECT
public:
    explicit Server(const Options &options, QObject *parent = nullptr);
    ~Server() override;
    Q_DISABLE_COPY_MOVE(Server)

    /// Loads --data (if any); false with a message when the file is unusable.
    bool loadState(QString *errorMessage);
    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] QList<OutboxMessage> outbox() const { return m_outbox; }
    /// What GET /emulator/requests returns: method, path, credential kind and body per request.
    [[nodiscard]] QJsonArray requestJournal() const { return m_requestJournal; }
    /// Moves the emulator's clock forward (code and token expiry in tests).
    void advanceClock(qint64 seconds) { m_clockOffset += seconds; }
    /// Seconds since the epoch, on the emulator's clock.
    [[nodiscard]] qint64 now() const { return QDateTime::currentSecsSinceEpoch() + m_clockOffset; }

Q_SIGNALS:
    void codeSent(const Descope::Emulator::OutboxMessage &message);
    void requestHandled(const QString &method, const QString &path, int status);

protected:
    void serve(const QHttpServerRequest &request, HttpResponder responder) override;

public:
    /// A misbehaviour injected with POST /emulator/faults, applied to the next count
    /// requests to path.
    struct Fault
    {
        QString kind;       ///< status, rate-limit, malformed-json, truncated, drop, delay, wrong-content-type, oversized
        int count = 1;
        int status = 503;   ///< status: the HTTP status
        bool html = false;  ///< status: an HTML page (as a proxy sends) instead of a Descope error body
        int delayMs = 3000; ///< delay
        qint64 bytes = 4 * 1024 * 1024; ///< oversized
    };

    /// Applies fault to the next fault.count requests to path (POST /emulator/faults does this).
    void setFault(const QString &path, const Fault &fault) { m_faults.insert(path, fault); }
    void clearFaults() { m_faults.clear(); }

    using Response = HttpResponse;

    struct UserRecord
    {
        QString userId;
        QStringList loginIds;
        QString name;
        QString email;
        bool verifiedEmail = false;
        QString phone;
        bool verifiedPhone = false;
        qint64 createdTime = 0;
        bool everVerified = false;

        [[nodiscard]] QJsonObject toResponseJson() const;
        [[nodiscard]] QJsonObject toStoredJson() const;
        static UserRecord fromStoredJson(const QJsonObject &object);
    };

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
    };

    struct Caller
    {
        bool projectOk = false;
        QByteArray token;
    };

    Response route(const QHttpServerRequest &request);
    Response startOtp(Purpose purpose, DeliveryMethod method, const QJsonObject &body, const Caller &caller);
    Response startUpdate(Purpose purpose, DeliveryMethod method, const QJsonObject &body, const Caller &caller);
    Response verify(DeliveryMethod method, const QJsonObject &body);
    Response refresh(const Caller &caller);
    Response me(const Caller &caller);
    Response logout(const Caller &caller, bool everywhere);
    Response keys(const QString &projectId);
    Response emulatorEndpoint(const QHttpServerRequest &request, const QString &path);

    Response sendCode(const QString &loginId, DeliveryMethod method, const QString &to, PendingCode pending);
    Response issueSession(UserRecord &user, DeliveryMethod method, bool firstSeen, bool withRefreshToken = true);
    /// The user owning a valid, unrevoked refresh token, or an error response.
    std::variant<UserRecord *, Response> userForRefreshToken(const Caller &caller);

    UserRecord *findUserByLoginId(const QString &loginId);
    UserRecord *findUserById(const QString &userId);
    void revokeTokensOf(const QString &userId);
    void saveState();
    void journal(const QHttpServerRequest &request, const Caller &caller, const QString &path);
    /// Answers after --latency-ms (or a delay fault), or at once.
    void respondAfter(int milliseconds, HttpResponder responder, const Response &response);
    /// Applies a pending fault for this request; true when it has taken care of the reply.
    bool injectFault(const QHttpServerRequest &request, HttpResponder &responder);

    static Response json(const QJsonObject &object, int status = 200);
    static Response error(int status, QLatin1StringView code, const QString &description);
    static QString mask(const QString &address, bool isEmail);

    Options m_options;
    TokenIssuer m_issuer;
    Jwks m_publicKeys;
    QList<UserRecord> m_users;
    QHash<QString, PendingCode> m_pendingCodes;       ///< by login id
    QHash<QString, QList<qint64>> m_sendTimes;        ///< by login id, for the rate limit
    QHash<QString, QString> m_activeRefreshTokens;    ///< jti -> user id
    QHash<QString, DeliveryMethod> m_refreshMethods;  ///< jti -> how the session began (amr)
    QList<OutboxMessage> m_outbox;
    QJsonArray m_requestJournal;
    QHash<QString, Fault> m_faults; ///< by path
    qint64 m_clockOffset = 0;
};

} // namespace Descope::Emulator

Q_DECLARE_METATYPE(Descope::Emulator::OutboxMessage)
