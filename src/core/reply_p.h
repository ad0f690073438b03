// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "job_p.h"
#include "reply.h"
#include "result.h"

#include <QNetworkCookie>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

// Private to DescopeQt6Core: not installed, no compatibility promise.

class QNetworkReply;

namespace Descope {

class DESCOPEQT6CORE_EXPORT ReplyPrivate : public JobPrivate
{
public:
    ~ReplyPrivate() override;
    static ReplyPrivate *get(Reply *reply) { return reply->d_func(); }

    /// Refused before sending: finishes through the event loop.
    void failLater(const Error &error) { q_func()->finishLater(error); }

    /// Drives the reply with networkReply, which it adopts.
    void start(QNetworkReply *networkReply, qint64 maxResponseBytes, std::chrono::milliseconds deadline);
    void onNetworkFinished();
    void onDataArriving();
    [[nodiscard]] Error transportError(QNetworkReply *networkReply) const;
    /// Turns a 2xx JSON body into the result; an error makes the reply fail. A plain Reply
    /// accepts an empty body or a JSON object (anything else did not come from Descope, so
    /// the outcome is unknown).
    virtual std::optional<Error> parse(const QByteArray &body, const QList<QNetworkCookie> &cookies);
    /// The typed result (TypedReplyPrivate); nullptr for a plain Reply.
    [[nodiscard]] virtual const void *result() const { return nullptr; }

    QPointer<QNetworkReply> networkReply;
    int httpStatus = 0;
    qint64 maxResponseBytes = 0;
    bool tooLarge = false;
    bool pastDeadline = false;

    Q_DECLARE_PUBLIC(Reply)
};

template<typename T>
class TypedReplyPrivate final : public ReplyPrivate
{
public:
    using Parser = std::function<Result<T>(const QByteArray &body, const QList<QNetworkCookie> &cookies)>;
    explicit TypedReplyPrivate(Parser parser) : parser(std::move(parser)) {}

    std::optional<Error> parse(const QByteArray &body, const QList<QNetworkCookie> &cookies) override
    {
        auto result = parser(body, cookies);
        if (!result)
            return result.error();
        value = std::move(result).value();
        return std::nullopt;
    }
    [[nodiscard]] const void *result() const override { return &value; }

    Parser parser;
    T value{};
};

} // namespace Descope
