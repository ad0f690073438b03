// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "job.h"
#include "responses.h"

#include <QList>

namespace Descope {

class ClientPrivate;
class ReplyPrivate;
template<typename T>
class TypedReplyPrivate;

/**
 * One Descope call: a Job whose result is Descope's answer.
 *
 * Client creates replies, starts them and is their parent. finished() follows the Job
 * contract (once, from the event loop; refused input too, with Error::Kind::InvalidInput
 * and no request sent). cancel() aborts the request in flight. Destroying the Client
 * destroys the replies it created that have not finished, without finished().
 *
 * A plain Reply is the answer of a call with no result (logout); TypedReply adds the
 * parsed result.
 */
class DESCOPEQT6CORE_EXPORT Reply : public Job
{
    Q_OBJECT
public:
    ~Reply() override;
    Q_DISABLE_COPY_MOVE(Reply)

    /// The HTTP status of the answer; 0 when none arrived (refused input, network
    /// failure, timeout, cancel).
    [[nodiscard]] int httpStatus() const;

protected:
    /// For TypedReply: dd is its private part.
    Reply(ReplyPrivate &dd, QObject *parent);
    void abortWork() override;
    /// For TypedReply: its result, a T owned by the reply (TypedReply::value() casts it).
    [[nodiscard]] const void *resultData() const;

private:
    friend class ClientPrivate;
    Q_DECLARE_PRIVATE(Reply)
};

/**
 * A Reply with a typed result, value(), parsed from Descope's answer by the Client.
 *
 * Client creates them for the types below (MaskedAddressReply, AuthenticationReply,
 * UserReply, KeysReply); the class is header-only, so any of them works with any compiler
 * settings an app uses.
 */
template<typename T>
class TypedReply final : public Reply
{
public:
    ~TypedReply() override = default;
    Q_DISABLE_COPY_MOVE(TypedReply)

    /// The parsed answer, valid once finished() was emitted with isSuccess(); a
    /// default-constructed T otherwise.
    [[nodiscard]] const T &value() const { return *static_cast<const T *>(resultData()); }

private:
    friend class ClientPrivate;
    TypedReply(TypedReplyPrivate<T> &dd, QObject *parent) : Reply(dd, parent) {}
};

/// Sign-up, sign-in, sign-up-or-in and updates: where the code went.
using MaskedAddressReply = TypedReply<MaskedAddress>;
/// Verify and refresh: the session's tokens and (after verify) the user.
using AuthenticationReply = TypedReply<AuthenticationResponse>;
/// Me: the signed-in user's record.
using UserReply = TypedReply<User>;
/// The project's public keys, as served.
using KeysReply = TypedReply<QList<JsonWebKey>>;
/// Logout and logout-all: success or an error, no result.
using EmptyReply = Reply;

} // namespace Descope
