// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "error.h"
#include "responses.h"

#include <QNetworkCookie>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace Descope {

/**
 * The library's one async shape: a job for one Descope call.
 *
 * Client returns it already started. finished() is emitted exactly once, always from the
 * event loop (never from inside the call that created it, not even for refused input);
 * the results are valid from then on. The reply deletes itself after finished() unless
 * setAutoDelete(false). cancel() aborts a request in flight and finishes with Kind::Cancelled.
 */
class DESCOPEQT6CORE_EXPORT Reply : public QObject
{
    Q_OBJECT
public:
    explicit Reply(QObject *parent = nullptr);
    ~Reply() override;
    Q_DISABLE_COPY_MOVE(Reply)

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isSuccess() const { return m_finished && !m_error.isError(); }
    [[nodiscard]] const Error &error() const { return m_error; }
    /// HTTP status of the answer, 0 when none arrived.
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    /// Aborts the request; finished() follows with Kind::Cancelled. No effect once finished.
    void cancel();

Q_SIGNALS:
    void finished();

protected:
    /// Turns a 2xx body into the typed result; an error here makes the reply fail.
    virtual std::optional<Error> parse(const QByteArray &body, const QList<QNetworkCookie> &cookies);

private:
    friend class Client;
    void start(QNetworkReply *networkReply, qint64 maxResponseBytes, std::chrono::milliseconds deadline);
    void failLater(const Error &error);
    void onNetworkFinished();
    void onDataArriving();
    void finish(const Error &error);
    [[nodiscard]] Error transportError(QNetworkReply *networkReply) const;

    QPointer<QNetworkReply> m_networkReply;
    Error m_error;
    int m_httpStatus = 0;
    qint64 m_maxResponseBytes = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_pastDeadline = false;
};

/// Sign-up, sign-in, sign-up-or-in and updates: where the code went.
class DESCOPEQT6CORE_EXPORT MaskedAddressReply : public Reply
{
    Q_OBJECT
public:
    using Reply::Reply;
    [[nodiscard]] const MaskedAddress &maskedAddress() const { return m_value; }

protected:
    std::optional<Error> parse(const QByteArray &body, const QList<QNetworkCookie> &cookies) override;

private:
    MaskedAddress m_value;
};

/// Verify and refresh: the session.
class DESCOPEQT6CORE_EXPORT AuthenticationReply : public Reply
{
    Q_OBJECT
public:
    AuthenticationReply(Responses::TokensRequired required, QObject *parent)
        : Reply(parent), m_required(required) {}
    [[nodiscard]] const AuthenticationResponse &authentication() const { return m_value; }

protected:
    std::optional<Error> parse(const QByteArray &body, const QList<QNetworkCookie> &cookies) override;

private:
    Responses::TokensRequired m_required;
    AuthenticationResponse m_value;
};

/// me: the current user record.
class DESCOPEQT6CORE_EXPORT UserReply : public Reply
{
    Q_OBJECT
public:
    using Reply::Reply;
    [[nodiscard]] const User &user() const { return m_value; }

protected:
    std::optional<Error> parse(const QByteArray &body, const QList<QNetworkCookie> &cookies) override;

private:
    User m_value;
};

/// The project's public keys.
class DESCOPEQT6CORE_EXPORT KeysReply : public Reply
{
    Q_OBJECT
public:
    using Reply::Reply;
    [[nodiscard]] const QList<JsonWebKey> &keys() const { return m_value; }

protected:
    std::optional<Error> parse(const QByteArray &body, const QList<QNetworkCookie> &cookies) override;

private:
    QList<JsonWebKey> m_value;
};

/// Logout and logout-all: success or an error, nothing else (the body must still be JSON:
/// anything else did not come from Descope, so the outcome is unknown).
class DESCOPEQT6CORE_EXPORT EmptyReply : public Reply
{
    Q_OBJECT
public:
    using Reply::Reply;

protected:
    std::optional<Error> parse(const QByteArray &body, const QList<QNetworkCookie> &cookies) override;
};

} // namespace Descope
