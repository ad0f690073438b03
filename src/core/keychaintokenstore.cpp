// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "keychaintokenstore.h"

#include "logging_p.h"
#include "sessionsync_p.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#ifndef DESCOPE_APP_ID
#error "DESCOPE_APP_ID comes from the top-level CMakeLists.txt (see src/descope/CMakeLists.txt)"
#endif

namespace Descope {

constinit const QLatin1StringView KeychainTokenStore::ServiceName{DESCOPE_APP_ID};
constinit const QLatin1StringView KeychainTokenStore::DefaultNamespace{DESCOPE_APP_ID};

namespace {

// Where releases before the application id kept entries. Never change these: they name
// what is already in people's keychains.
constexpr QLatin1StringView LegacyServiceName{"Descope Desktop"};
constexpr QLatin1StringView LegacyDefaultNamespace{"com.descope.desktop"};
const QString SessionName = QStringLiteral("session");
const QString LastLoginIdName = QStringLiteral("last-login-id");

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
        // With no session bus at all it tries to start one: "dbus-launch" is missing, or
        // "Cannot autolaunch D-Bus without X11 $DISPLAY".
        if (message.contains(QLatin1StringView("org.freedesktop.secrets"))
            || message.contains(QLatin1StringView("ServiceUnknown"))
            || message.contains(QLatin1StringView("Could not connect"))
            || message.contains(QLatin1StringView("dbus-launch"))
            || message.contains(QLatin1StringView("autolaunch"), Qt::CaseInsensitive))
            return Error::storage(P::NoBackend, message);
        if (message.contains(QLatin1StringView("locked"), Qt::CaseInsensitive))
            return Error::storage(P::AccessDenied, message);
        return Error::storage(P::Failed, message);
    }
}

template<typename JobType>
JobType *makeJob(const QString &key, QLatin1StringView service = KeychainTokenStore::ServiceName)
{
    auto *job = new JobType(QString(service));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

/// One qtkeychain read: done(error, found, data), "not found" being no error.
void readEntry(QLatin1StringView service, const QString &key, QObject *context,
               std::function<void(const Error &, bool found, const QByteArray &)> done)
{
    auto *readJob = makeJob<QKeychain::ReadPasswordJob>(key, service);
    QObject::connect(readJob, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *job) {
        if (job->error() == QKeychain::EntryNotFound)
            return done(Error(), false, {});
        if (job->error() != QKeychain::NoError)
            return done(storageError(job->error(), job->errorString()), false, {});
        done(Error(), true, static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData());
    });
    readJob->start();
}

void writeEntry(QLatin1StringView service, const QString &key, const QByteArray &data, QObject *context,
                std::function<void(const Error &)> done)
{
    auto *writeJob = makeJob<QKeychain::WritePasswordJob>(key, service);
    writeJob->setBinaryData(data);
    QObject::connect(writeJob, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *job) {
        done(job->error() == QKeychain::NoError ? Error() : storageError(job->error(), job->errorString()));
    });
    writeJob->start();
}

/// Removing an entry that is not there succeeds.
void removeEntry(QLatin1StringView service, const QString &key, QObject *context, std::function<void(const Error &)> done)
{
    auto *deleteJob = makeJob<QKeychain::DeletePasswordJob>(key, service);
    QObject::connect(deleteJob, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *job) {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? Error() : storageError(job->error(), job->errorString()));
    });
    deleteJob->start();
}

} // namespace

KeychainTokenStore::KeychainTokenStore(const QString &projectId, const QString &keyNamespace, QObject *parent)
    : TokenStore(parent)
    , m_prefix(keyNamespace + QLatin1Char('/') + projectId + QLatin1Char('/'))
    , m_legacyPrefix((keyNamespace == DefaultNamespace ? QString(LegacyDefaultNamespace) : keyNamespace) + QLatin1Char('/')
                     + projectId + QLatin1Char('/'))
    , m_sync(new SessionSync(keyNamespace, projectId, this))
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
    const QByteArray value = QByteArray::number(QRandomGenerator::system()->generate64(), 36);

    // A guard object: whichever of "probe done" and "timeout" comes first wins.
    auto *probe = new QObject(this);
    const auto finish = [this, probe](const Error &error) {
        probe->deleteLater();
        probeFinished(error);
    };
    QTimer::singleShot(m_timeoutMs, probe, [finish] {
        finish(Error::storage(Error::StorageProblem::Timeout, QStringLiteral("keychain probe timed out")));
    });

    // Write, read back, delete a throwaway value.
    writeEntry(ServiceName, probeKey, value, probe, [probe, probeKey, value, finish](const Error &error) {
        if (error.isError())
            return finish(error);
        readEntry(ServiceName, probeKey, probe, [probe, probeKey, finish, value](const Error &readError, bool found,
                                                                               const QByteArray &data) {
            if (readError.isError())
                return finish(readError);
            if (!found || data != value)
                return finish(Error::storage(Error::StorageProblem::Failed, QStringLiteral("keychain returned other data")));
            removeEntry(ServiceName, probeKey, probe, finish);
        });
    });
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

StoreJob *KeychainTokenStore::read(const QString &name, ReadHandler handler)
{
    auto *job = new StoreJob(this);
    auto run = [this, name, handler = std::move(handler), job = QPointer<StoreJob>(job)] {
        if (!job)
            return;
        if (m_availability == Availability::Unavailable)
            return job->finishLater(m_unavailableReason);
        armTimeout(job);
        const auto done = [this, name, job, handler](const Error &error, bool found, const QByteArray &data) {
            settleFromRead(error);
            if (error.isError())
                return job->finishLater(error);
            if (found)
                return handler(job, data);
            migrate(name, job, handler);
        };
        readEntry(ServiceName, m_prefix + name, job, done);
    };
    // A read needs no probe: its own answer says whether the keychain works.
    if (m_availability == Availability::Unknown)
        run();
    else
        afterProbe(std::move(run));
    return job;
}

// Two processes (the app and descope-otp) may migrate at once. Both write the same data
// under the new name, and both delete the old entry (the second delete finds nothing,
// which is fine): one entry is left. A process whose old-name read comes after the other
// has moved the entry reads the new name once more, so it does not answer "signed out".
// The job finishes only after the old entry is gone, and a process saves (a refreshed
// session, say) only after its load has finished; the other process read the old entry
// before that delete, so its write of the older copy would have to lag behind by a whole
// refresh to overwrite the newer one. A keychain has no compare-and-swap to rule it out.
void KeychainTokenStore::migrate(const QString &name, StoreJob *job, const ReadHandler &handler)
{
    readEntry(LegacyServiceName, m_legacyPrefix + name, job, [this, name, job, handler](const Error &error, bool found,
                                                                                       const QByteArray &data) {
        if (error.isError())
            return job->finishLater(error); // the old entry stays for the next start
        if (!found || data.isEmpty()) {
            readEntry(ServiceName, m_prefix + name, job, [job, handler](const Error &again, bool, const QByteArray &moved) {
                if (again.isError())
                    return job->finishLater(again);
                handler(job, moved);
            });
            return;
        }
        // From here the store, not the job, carries on: a timed-out job must not leave
        // the entry in two places.
        const QPointer<StoreJob> guard(job);
        writeEntry(ServiceName, m_prefix + name, data, this, [this, name, guard, handler, data](const Error &writeError) {
            if (writeError.isError()) {
                qCWarning(lcStorage) << "could not move the keychain entry" << name << "to its new name; keeping the old one:"
                                     << writeError.storageProblem() << writeError.detail();
                m_legacyLeft.insert(name);
                if (guard)
                    handler(guard, data);
                return;
            }
            const auto removed = [this, name, guard, handler, data](const Error &removeError) {
                if (removeError.isError()) {
                    qCWarning(lcStorage) << "moved the keychain entry" << name << "but could not remove the old one:"
                                         << removeError.storageProblem() << removeError.detail();
                    m_legacyLeft.insert(name);
                } else {
                    qCInfo(lcStorage) << "moved the keychain entry" << name << "to its new name";
                }
                if (guard)
                    handler(guard, data);
            };
            removeEntry(LegacyServiceName, m_legacyPrefix + name, this, removed);
        });
    });
}

StoreJob *KeychainTokenStore::write(const QString &name, const QByteArray &data)
{
    auto *job = new StoreJob(this);
    afterProbe([this, name, data, job = QPointer<StoreJob>(job)] {
        if (!job)
            return;
        if (m_availability == Availability::Unavailable)
            return job->finishLater(m_unavailableReason);
        armTimeout(job);
        // The store is the context: a write that lands after our job timed out is still announced.
        writeEntry(ServiceName, m_prefix + name, data, this, [this, name, job](const Error &error) {
            if (!error.isError() && name == SessionName)
                m_sync->announceChange();
            if (!job)
                return;
            if (error.isError() || !m_legacyLeft.contains(name))
                return job->finishLater(error);
            // An earlier move could not finish; now the new entry is written, drop the old one.
            removeEntry(LegacyServiceName, m_legacyPrefix + name, job, [this, name, job](const Error &removeError) {
                if (!removeError.isError())
                    m_legacyLeft.remove(name);
                job->finishLater(Error());
            });
        });
    });
    return job;
}

StoreJob *KeychainTokenStore::remove(const QString &name)
{
    auto *job = new StoreJob(this);
    afterProbe([this, name, job = QPointer<StoreJob>(job)] {
        if (!job)
            return;
        if (m_availability == Availability::Unavailable)
            return job->finishLater(m_unavailableReason);
        armTimeout(job);
        removeEntry(ServiceName, m_prefix + name, this, [this, name, job](const Error &error) {
            // Announced once the entry under the new name is gone, whatever the old name's fate.
            if (!error.isError() && name == SessionName)
                m_sync->announceChange();
            if (!job)
                return;
            if (error.isError())
                return job->finishLater(error);
            removeEntry(LegacyServiceName, m_legacyPrefix + name, job, [this, name, job](const Error &legacyError) {
                if (!legacyError.isError())
                    m_legacyLeft.remove(name);
                job->finishLater(legacyError);
            });
        });
    });
    return job;
}

StoreJob *KeychainTokenStore::load()
{
    return read(SessionName, [](StoreJob *job, const QByteArray &data) {
        auto session = StoredSession::deserialize(data);
        if (!session && !data.isEmpty()) // an empty value is a deleted entry on some backends
            qCWarning(lcStorage) << "ignoring an unreadable keychain entry";
        job->finishLater(Error(), std::move(session));
    });
}

StoreJob *KeychainTokenStore::save(const StoredSession &session)
{
    return write(SessionName, session.serialize());
}

StoreJob *KeychainTokenStore::clear()
{
    return remove(SessionName);
}

StoreJob *KeychainTokenStore::loadLastLoginId()
{
    return read(LastLoginIdName, [](StoreJob *job, const QByteArray &data) {
        job->finishLater(Error(), std::nullopt, QString::fromUtf8(data));
    });
}

StoreJob *KeychainTokenStore::saveLastLoginId(const QString &loginId)
{
    return write(LastLoginIdName, loginId.toUtf8());
}

} // namespace Descope
