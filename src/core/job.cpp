// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "job_p.h"

#include "logging_p.h"

namespace Descope {

JobPrivate::~JobPrivate() = default;

void JobPrivate::complete()
{
    Q_Q(Job);
    if (state == State::Finished)
        return;
    state = State::Finished;
    Q_EMIT q->finished();
    if (autoDelete)
        q->deleteLater();
}

Job::Job(JobPrivate &dd, QObject *parent)
    : QObject(parent)
    , d_ptr(&dd)
{
    d_ptr->q_ptr = this;
}

Job::~Job() = default;

bool Job::isFinished() const
{
    Q_D(const Job);
    return d->state == JobPrivate::State::Finished;
}

bool Job::isSuccess() const
{
    Q_D(const Job);
    return d->state == JobPrivate::State::Finished && !d->error.isError();
}

const Error &Job::error() const
{
    Q_D(const Job);
    static const Error none;
    return d->state == JobPrivate::State::Finished ? d->error : none;
}

bool Job::autoDelete() const
{
    Q_D(const Job);
    return d->autoDelete;
}

void Job::setAutoDelete(bool autoDelete)
{
    Q_D(Job);
    d->autoDelete = autoDelete;
}

void Job::cancel()
{
    Q_D(Job);
    if (d->state == JobPrivate::State::Finished)
        return;
    const bool running = d->state == JobPrivate::State::Running;
    // The result is Cancelled even when another was decided and finished() is still on
    // its way; it is set before the work stops, so whatever stopping it reports
    // synchronously (an aborted QNetworkReply emits finished at once) is dropped.
    d->error = Error(Error::Kind::Cancelled, QStringLiteral("cancelled"));
    if (!running)
        return;
    d->state = JobPrivate::State::Deciding;
    QMetaObject::invokeMethod(this, [d] { d->complete(); }, Qt::QueuedConnection);
    abortWork();
}

void Job::abortWork()
{
}

void Job::finishLater(const Error &error)
{
    Q_D(Job);
    if (d->state != JobPrivate::State::Running)
        return;
    d->state = JobPrivate::State::Deciding;
    d->error = error;
    QMetaObject::invokeMethod(this, [d] { d->complete(); }, Qt::QueuedConnection);
}

void Job::emitResult(const Error &error)
{
    Q_D(Job);
    if (d->state != JobPrivate::State::Running)
        return;
    d->state = JobPrivate::State::Deciding;
    d->error = error;
    d->complete();
}

} // namespace Descope
