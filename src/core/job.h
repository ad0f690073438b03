// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include "error.h"

#include <QObject>

#include <memory>

namespace Descope {

class JobPrivate;

/**
 * The library's one asynchronous shape, shared by client replies (Reply), token store
 * operations (StoreJob) and token verifications (VerifyJob), as KJob and QKeychain::Job are.
 *
 * A job is returned already started. finished() is emitted exactly once, and always from
 * the event loop: never from inside the call that created the job, not even when the
 * input was refused at once. Connect to it right after the call returns. The result
 * (error() and what the subclass adds) is valid from then on.
 *
 * After finished() the job deletes itself (deleteLater()) unless setAutoDelete(false) was
 * called; then the caller deletes it. Deleting a job that has not finished stops its work
 * and it emits nothing.
 */
class DESCOPEQT6CORE_EXPORT Job : public QObject
{
    Q_OBJECT
public:
    ~Job() override;
    Q_DISABLE_COPY_MOVE(Job)

    /// True once finished() has been emitted.
    [[nodiscard]] bool isFinished() const;
    /// True once finished() has been emitted without an error.
    [[nodiscard]] bool isSuccess() const;
    /// Why the job failed; Error::Kind::None while running and after success.
    [[nodiscard]] const Error &error() const;

    /// Whether the job deletes itself after finished() (true by default).
    [[nodiscard]] bool autoDelete() const;
    /// Set to false to keep the job after finished(); the caller then deletes it.
    void setAutoDelete(bool autoDelete);

public Q_SLOTS:
    /**
     * Stops the job: finished() follows from the event loop with Error::Kind::Cancelled
     * (also when another result was already decided but not yet announced), and any
     * result that arrives later is dropped. No effect once finished() was emitted.
     */
    void cancel();

Q_SIGNALS:
    /// Emitted exactly once, from the event loop, when the job is done: check isSuccess()
    /// or error(). The job is deleted afterwards unless autoDelete() is false.
    void finished();

protected:
    /// For subclasses: dd is the subclass's private part, derived from JobPrivate.
    Job(JobPrivate &dd, QObject *parent);

    /**
     * Decides the result now and emits finished() on the next pass of the event loop.
     * The first result decided wins (only cancel() can still replace it).
     */
    void finishLater(const Error &error);
    /**
     * Decides the result and emits finished() at once. Only for code already running
     * from the event loop (a network or keychain callback), never from the call that
     * created the job: use finishLater() there. No effect once the result is decided.
     */
    void emitResult(const Error &error);
    /// Called by cancel() after the result (Cancelled) is decided: stop the work here.
    /// The default does nothing.
    virtual void abortWork();

    /// The private part; subclasses reach their own through Q_D.
    std::unique_ptr<JobPrivate> d_ptr;

private:
    Q_DECLARE_PRIVATE(Job)
};

} // namespace Descope
