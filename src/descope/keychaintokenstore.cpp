// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "keychaintokenstore.h"

#include "logging.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Descope {

namespace {

Error storageError(QKeychain::Error error, const QString &message)
{
    using P = Error::StorageProblem;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return Error::storage(P::NoBackend, message);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::storage(P::AccessDenied, message);
    default:
        // libsecret reports a missing daemon or bus as OtherError; only the message tells.
        if (message.contains(QLatin1StringView("org.freedesktop.secrets"))
            || message.contains(QLatin1StringView("ServiceUnknown"))
            || message.contains(QLatin1StringView("Could not connect")))
            return Error::storage(P::NoBackend, message);
        if (message.contains(QLatin1StringView("locked"), Qt::CaseInsensitive))
            return Error::storage(P::AccessDenied, message);
        return Error::storage(P::Failed, message);
    }
}

template<typename JobType>
JobType *makeJob(const QString &key)
{
    auto *job = new JobType(QString(KeychainTokenStore::ServiceName));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(const QString &projectId, const QString &keyNamespace, QObject *parent)
    : TokenStore(parent)
    , m_prefix(keyNamespace + QLatin1Char('/') + projectId + QLatin1Char('/'))
{
}

void KeychainTokenStore::armTimeout(StoreJob *job)
{
    QTimer::singleShot(m_timeoutMs, job, [job] {
        job->finishLater(Error::storage(Error::StorageProblem::Timeout, QStringLiteral("keychain timed out")));
    });
}

void KeychainTokenStore::afterProbe(std::function<void()> operation)
{
    switch (m_availability) {
    case Availability::Available:
    case Availability::Unavailable:
        operation();
        return;
    case Availability::Unknown:
        m_waiting << std::move(operation);
        runProbe();
        return;
    case Availability::Probing:
        m_waiting << std::move(operation);
        return;
    }
}

void KeychainTokenStore::runProbe()
{
    m_availability = Availability::Probing;
    const QString probeKey = m_prefix + QLatin1StringView("probe");
    const QString value = QString::number(QRandomGenerator::system()->generate64(), 36);

    // A guard object: whichever of "probe done" and "timeout" comes first wins.
    auto *probe = new QObject(this);
    QTimer::singleShot(m_timeoutMs, probe, [this, probe] {
        probe->deleteLater();
        probeFinished(Error::storage(Error::StorageProblem::Timeout, QStringLiteral("keychain probe timed out")));
    });
    auto fail = [this, probe](QKeychain::Job *job) {
        probe->deleteLater();
        probeFinished(storageError(job->error(), job->errorString()));
    };

    auto *write = makeJob<QKeychain::WritePasswordJob>(probeKey);
    write->setTextData(value);
    connect(write, &QKeychain::Job::finished, probe, [this, probe, probeKey, value, fail](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError)
            return fail(job);
        auto *read = makeJob<QKeychain::ReadPasswordJob>(probeKey);
        connect(read, &QKeychain::Job::finished, probe, [this, probe, probeKey, value, fail](QKeychain::Job *readJob) {
            if (readJob->error() != QKeychain::NoError)
                return fail(readJob);
            if (static_cast<QKeychain::ReadPasswordJob *>(readJob)->textData() != value) {
                probe->deleteLater();
                return probeFinished(Error::storage(Error::StorageProblem::Failed,
                                                    QStringLiteral("keychain returned other data")));
            }
            auto *remove = makeJob<QKeychain::DeletePasswordJob>(probeKey);
            connect(remove, &QKeychain::Job::finished, probe, [this, probe, fail](QKeychain::Job *deleteJob) {
                if (deleteJob->error() != QKeychain::NoError)
                    return fail(deleteJob);
                probe->deleteLater();
                probeFinished(Error());
            });
            remove->start();
        });
        read->start();
    });
    write->start();
}

void KeychainTokenStore::settle(const Error &error)
{
    m_availability = error.isError() ? Availability::Unavailable : Availability::Available;
    m_unavailableReason = error;
    if (error.isError())
        qCWarning(lcStorage) << "keychain unavailable:" << error.storageProblem() << error.detail();
    Q_EMIT availabilityChanged(m_availability);
}

void KeychainTokenStore::probeFinished(const Error &error)
{
    if (m_availability != Availability::Probing)
        return;
    settle(error);
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &operation : waiting)
        operation();
}

void KeychainTokenStore::settleFromRead(const Error &error)
{
    if (m_availability == Availability::Unknown)
        settle(error);
}

StoreJob *KeychainTokenStore::read(const QString &key, ReadHandler handler)
{
    auto *job = new StoreJob(this);
    auto run = [this, key, handler = std::move(handler), job = QPointer<StoreJob>(job)] {
        if (!job)
            return;
        if (m_availability == Availability::Unavailable)
            return job->finishLater(m_unavailableReason);
        armTimeout(job);
        auto *readJob = makeJob<QKeychain::ReadPasswordJob>(key);
        connect(readJob, &QKeychain::Job::finished, job, [this, job, handler](QKeychain::Job *done) {
            if (done->error() == QKeychain::EntryNotFound) {
                settleFromRead(Error());
                return handler(job, {});
            }
            if (done->error() != QKeychain::NoError) {
                const Error error = storageError(done->error(), done->errorString());
                settleFromRead(error);
                return job->finishLater(error);
            }
            settleFromRead(Error());
            handler(job, static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData());
        });
        readJob->start();
    };
    // A read needs no probe: its own answer says whether the keychain works.
    if (m_availability == Availability::Unknown)
        run();
    else
        afterProbe(std::move(run));
    return job;
}

StoreJob *KeychainTokenStore::write(const QString &key, const QByteArray &data)
{
    auto *job = new StoreJob(this);
    afterProbe([this, key, data, job = QPointer<StoreJob>(job)] {
        if (!job)
            return;
        if (m_availability == Availability::Unavailable)
            return job->finishLater(m_unavailableReason);
        armTimeout(job);
        auto *writeJob = makeJob<QKeychain::WritePasswordJob>(key);
        writeJob->setBinaryData(data);
        connect(writeJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *done) {
            job->finishLater(done->error() == QKeychain::NoError ? Error()
                                                                 : storageError(done->error(), done->errorString()));
        });
        writeJob->start();
    });
    return job;
}

StoreJob *KeychainTokenStore::remove(const QString &key)
{
    auto *job = new StoreJob(this);
    afterProbe([this, key, job = QPointer<StoreJob>(job)] {
        if (!job)
            return;
        if (m_availability == Availability::Unavailable)
            return job->finishLater(m_unavailableReason);
        armTimeout(job);
        auto *deleteJob = makeJob<QKeychain::DeletePasswordJob>(key);
        connect(deleteJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *done) {
            const bool gone = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
            job->finishLater(gone ? Error() : storageError(done->error(), done->errorString()));
        });
        deleteJob->start();
    });
    return job;
}

StoreJob *KeychainTokenStore::load()
{
    return read(key(), [](StoreJob *job, const QByteArray &data) {
        auto session = StoredSession::deserialize(data);
        if (!session && !data.isEmpty()) // an empty value is a deleted entry on some backends
            qCWarning(lcStorage) << "ignoring an unreadable keychain entry";
        job->finishLater(Error(), std::move(session));
    });
}

StoreJob *KeychainTokenStore::save(const StoredSession &session)
{
    return write(key(), session.serialize());
}

StoreJob *KeychainTokenStore::clear()
{
    return remove(key());
}

StoreJob *KeychainTokenStore::loadLastLoginId()
{
    return read(m_prefix + QLatin1StringView("last-login-id"), [](StoreJob *job, const QByteArray &data) {
        job->finishLater(Error(), std::nullopt, QString::fromUtf8(data));
    });
}

StoreJob *KeychainTokenStore::saveLastLoginId(const QString &loginId)
{
    return write(m_prefix + QLatin1StringView("last-login-id"), loginId.toUtf8());
}

} // namespace Descope
