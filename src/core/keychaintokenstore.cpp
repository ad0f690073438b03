// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "keychaintokenstore.h"

#include "logging_p.h"
#include "sessionsync_p.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>

#include <qt6keychain/keychain.h>

#ifndef DESCOPE_APP_ID
#error "DESCOPE_APP_ID comes from the top-level CMakeLists.txt (see src/core/CMakeLists.txt)"
#endif

namespace Descope {

constinit const QLatin1StringView KeychainTokenStore::DesktopServiceName{DESCOPE_APP_ID};

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
JobType *makeJob(const QString &key, const QString &service)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

/// One qtkeychain read: done(error, found, data), "not found" being no error.
void readEntry(const QString &service, const QString &key, QObject *context,
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

void writeEntry(const QString &service, const QString &key, const QByteArray &data, QObject *context,
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
void removeEntry(const QString &service, const QString &key, QObject *context, std::function<void(const Error &)> done)
{
    auto *deleteJob = makeJob<QKeychain::DeletePasswordJob>(key, service);
    QObject::connect(deleteJob, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *job) {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? Error() : storageError(job->error(), job->errorString()));
    });
    deleteJob->start();
}

} // namespace

class KeychainTokenStorePrivate
{
public:
    KeychainTokenStorePrivate(KeychainTokenStore *q, const QString &projectId, const QString &serviceName,
                              const QString &keyNamespace);

    void afterProbe(std::function<void()> operation);
    void runProbe();
    void probeFinished(const Error &error);
    /// Records whether the keychain works, and why not.
    void settle(const Error &error);
    void armTimeout(StoreJob *job);
    /// The qtkeychain side of load/save/clear, once the probe has answered. `name` is the
    /// last part of the key ("session", "last-login-id").
    using ReadHandler = std::function<void(StoreJob *, const QByteArray &data)>;
    void settleFromRead(const Error &error);
    StoreJob *read(const QString &name, ReadHandler handler);
    StoreJob *write(const QString &name, const QByteArray &data);
    StoreJob *remove(const QString &name);
    /// After "not found" under the new name: looks under the legacy one and moves it.
    void migrate(const QString &name, StoreJob *job, const ReadHandler &handler);
    /// Whether entries may still sit under an older release's names.
    [[nodiscard]] bool hasLegacy() const { return !legacyPrefix.isEmpty(); }

    KeychainTokenStore *q;
    QString service;
    QString prefix; ///< namespace/projectId/
    QString legacyPrefix; ///< the same as an older release named it; empty when there is none
    QSet<QString> legacyLeft; ///< names whose legacy entry a failed move left behind
    KeychainTokenStore::Availability availability = KeychainTokenStore::Availability::Unknown;
    Error unavailableReason;
    QList<std::function<void()>> waiting;
    int timeoutMs = 10000;
    SessionSync *sync = nullptr;
};

KeychainTokenStorePrivate::KeychainTokenStorePrivate(KeychainTokenStore *q, const QString &projectId,
                                                     const QString &serviceName, const QString &keyNamespace)
    : q(q)
    , service(serviceName.isEmpty() ? KeychainTokenStore::defaultServiceName() : serviceName)
{
    const QString ns = keyNamespace.isEmpty() ? service : keyNamespace;
    prefix = ns + QLatin1Char('/') + projectId + QLatin1Char('/');
    if (service == KeychainTokenStore::DesktopServiceName) {
        legacyPrefix = (ns == KeychainTokenStore::DesktopServiceName ? QString(LegacyDefaultNamespace) : ns)
            + QLatin1Char('/') + projectId + QLatin1Char('/');
    }
    sync = new SessionSync(ns, projectId, q);
}

KeychainTokenStore::KeychainTokenStore(const QString &projectId, const QString &serviceName,
                                       const QString &keyNamespace, QObject *parent)
    : TokenStore(parent)
    , d(std::make_unique<KeychainTokenStorePrivate>(this, projectId, serviceName, keyNamespace))
{
}

KeychainTokenStore::~KeychainTokenStore() = default;

QString KeychainTokenStore::defaultServiceName()
{
    const QString domain = QCoreApplication::organizationDomain();
    const QString name = QCoreApplication::applicationName();
    return domain.isEmpty() ? name : domain + QLatin1Char('.') + name;
}

bool KeychainTokenStore::isPersistent() const
{
    return true;
}

SessionSync *KeychainTokenStore::sync() const
{
    return d->sync;
}

KeychainTokenStore::Availability KeychainTokenStore::availability() const
{
    return d->availability;
}

const Error &KeychainTokenStore::unavailableReason() const
{
    return d->unavailableReason;
}

void KeychainTokenStore::setTimeout(int milliseconds)
{
    d->timeoutMs = milliseconds;
}

QString KeychainTokenStore::serviceName() const
{
    return d->service;
}

QString KeychainTokenStore::key() const
{
    return d->prefix + SessionName;
}

void KeychainTokenStorePrivate::armTimeout(StoreJob *job)
{
    QTimer::singleShot(timeoutMs, job, [job] {
        job->finishLater(Error::storage(Error::StorageProblem::Timeout, QStringLiteral("keychain timed out")));
    });
}

void KeychainTokenStorePrivate::afterProbe(std::function<void()> operation)
{
    switch (availability) {
    case KeychainTokenStore::Availability::Available:
    case KeychainTokenStore::Availability::Unavailable:
        operation();
        return;
    case KeychainTokenStore::Availability::Unknown:
        waiting << std::move(operation);
        runProbe();
        return;
    case KeychainTokenStore::Availability::Probing:
        waiting << std::move(operation);
        return;
    }
}

void KeychainTokenStorePrivate::runProbe()
{
    availability = KeychainTokenStore::Availability::Probing;
    const QString probeKey = prefix + QLatin1StringView("probe");
    const QByteArray value = QByteArray::number(QRandomGenerator::system()->generate64(), 36);

    // A guard object: whichever of "probe done" and "timeout" comes first wins.
    auto *probe = new QObject(q);
    const auto finish = [this, probe](const Error &error) {
        probe->deleteLater();
        probeFinished(error);
    };
    QTimer::singleShot(timeoutMs, probe, [finish] {
        finish(Error::storage(Error::StorageProblem::Timeout, QStringLiteral("keychain probe timed out")));
    });

    // Write, read back, delete a throwaway value.
    writeEntry(service, probeKey, value, probe, [this, probe, probeKey, value, finish](const Error &error) {
        if (error.isError())
            return finish(error);
        readEntry(service, probeKey, probe, [this, probe, probeKey, finish, value](const Error &readError, bool found,
                                                                                   const QByteArray &data) {
            if (readError.isError())
                return finish(readError);
            if (!found || data != value)
                return finish(Error::storage(Error::StorageProblem::Failed, QStringLiteral("keychain returned other data")));
            removeEntry(service, probeKey, probe, finish);
        });
    });
}

void KeychainTokenStorePrivate::settle(const Error &error)
{
    const auto settled = error.isError() ? KeychainTokenStore::Availability::Unavailable : KeychainTokenStore::Availability::Available;
    unavailableReason = error;
    if (error.isError())
        qCWarning(lcStorage) << "keychain unavailable:" << error.storageProblem() << error.detail();
    if (settled == availability)
        return;
    availability = settled;
    Q_EMIT q->availabilityChanged(availability);
}

void KeychainTokenStorePrivate::probeFinished(const Error &error)
{
    if (availability != KeychainTokenStore::Availability::Probing)
        return;
    settle(error);
    const auto operations = std::exchange(waiting, {});
    for (const auto &operation : operations)
        operation();
}

void KeychainTokenStorePrivate::settleFromRead(const Error &error)
{
    if (availability == KeychainTokenStore::Availability::Unknown)
        settle(error);
}

StoreJob *KeychainTokenStorePrivate::read(const QString &name, ReadHandler handler)
{
    auto *job = new StoreJob(q);
    auto run = [this, name, handler = std::move(handler), job = QPointer<StoreJob>(job)] {
        if (!job)
            return;
        if (availability == KeychainTokenStore::Availability::Unavailable)
            return job->finishLater(unavailableReason);
        armTimeout(job);
        const auto done = [this, name, job, handler](const Error &error, bool found, const QByteArray &data) {
            settleFromRead(error);
            if (error.isError())
                return job->finishLater(error);
            if (found)
                return handler(job, data);
            migrate(name, job, handler);
        };
        readEntry(service, prefix + name, job, done);
    };
    // A read needs no probe: its own answer says whether the keychain works.
    if (availability == KeychainTokenStore::Availability::Unknown)
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
void KeychainTokenStorePrivate::migrate(const QString &name, StoreJob *job, const ReadHandler &handler)
{
    if (!hasLegacy())
        return handler(job, {}); // nothing anywhere
    readEntry(QString(LegacyServiceName), legacyPrefix + name, job, [this, name, job, handler](const Error &error, bool found,
                                                                                       const QByteArray &data) {
        if (error.isError())
            return job->finishLater(error); // the old entry stays for the next start
        if (!found || data.isEmpty()) {
            readEntry(service, prefix + name, job, [job, handler](const Error &again, bool, const QByteArray &moved) {
                if (again.isError())
                    return job->finishLater(again);
                handler(job, moved);
            });
            return;
        }
        // From here the store, not the job, carries on: a timed-out job must not leave
        // the entry in two places.
        const QPointer<StoreJob> guard(job);
        writeEntry(service, prefix + name, data, q, [this, name, guard, handler, data](const Error &writeError) {
            if (writeError.isError()) {
                qCWarning(lcStorage) << "could not move the keychain entry" << name << "to its new name; keeping the old one:"
                                     << writeError.storageProblem() << writeError.detail();
                legacyLeft.insert(name);
                if (guard)
                    handler(guard, data);
                return;
            }
            const auto removed = [this, name, guard, handler, data](const Error &removeError) {
                if (removeError.isError()) {
                    qCWarning(lcStorage) << "moved the keychain entry" << name << "but could not remove the old one:"
                                         << removeError.storageProblem() << removeError.detail();
                    legacyLeft.insert(name);
                } else {
                    qCInfo(lcStorage) << "moved the keychain entry" << name << "to its new name";
                }
                if (guard)
                    handler(guard, data);
            };
            removeEntry(QString(LegacyServiceName), legacyPrefix + name, q, removed);
        });
    });
}

StoreJob *KeychainTokenStorePrivate::write(const QString &name, const QByteArray &data)
{
    auto *job = new StoreJob(q);
    afterProbe([this, name, data, job = QPointer<StoreJob>(job)] {
        if (!job)
            return;
        if (availability == KeychainTokenStore::Availability::Unavailable)
            return job->finishLater(unavailableReason);
        armTimeout(job);
        // The store is the context: a write that lands after our job timed out is still announced.
        writeEntry(service, prefix + name, data, q, [this, name, job](const Error &error) {
            if (!error.isError() && name == SessionName)
                sync->announceChange();
            if (!job)
                return;
            if (error.isError() || !legacyLeft.contains(name))
                return job->finishLater(error);
            // An earlier move could not finish; now the new entry is written, drop the old one.
            removeEntry(QString(LegacyServiceName), legacyPrefix + name, job, [this, name, job](const Error &removeError) {
                if (!removeError.isError())
                    legacyLeft.remove(name);
                job->finishLater(Error());
            });
        });
    });
    return job;
}

StoreJob *KeychainTokenStorePrivate::remove(const QString &name)
{
    auto *job = new StoreJob(q);
    afterProbe([this, name, job = QPointer<StoreJob>(job)] {
        if (!job)
            return;
        if (availability == KeychainTokenStore::Availability::Unavailable)
            return job->finishLater(unavailableReason);
        armTimeout(job);
        removeEntry(service, prefix + name, q, [this, name, job](const Error &error) {
            // Announced once the entry under the new name is gone, whatever the old name's fate.
            if (!error.isError() && name == SessionName)
                sync->announceChange();
            if (!job)
                return;
            if (error.isError() || !hasLegacy())
                return job->finishLater(error);
            removeEntry(QString(LegacyServiceName), legacyPrefix + name, job, [this, name, job](const Error &legacyError) {
                if (!legacyError.isError())
                    legacyLeft.remove(name);
                job->finishLater(legacyError);
            });
        });
    });
    return job;
}

StoreJob *KeychainTokenStore::load()
{
    return d->read(SessionName, [](StoreJob *job, const QByteArray &data) {
        auto session = StoredSession::deserialize(data);
        if (!session && !data.isEmpty()) // an empty value is a deleted entry on some backends
            qCWarning(lcStorage) << "ignoring an unreadable keychain entry";
        job->finishLater(Error(), std::move(session));
    });
}

StoreJob *KeychainTokenStore::save(const StoredSession &session)
{
    return d->write(SessionName, session.serialize());
}

StoreJob *KeychainTokenStore::clear()
{
    return d->remove(SessionName);
}

StoreJob *KeychainTokenStore::loadLastLoginId()
{
    return d->read(LastLoginIdName, [](StoreJob *job, const QByteArray &data) {
        job->finishLater(Error(), std::nullopt, QString::fromUtf8(data));
    });
}

StoreJob *KeychainTokenStore::saveLastLoginId(const QString &loginId)
{
    return d->write(LastLoginIdName, loginId.toUtf8());
}

} // namespace Descope
