// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "project.h"

#include "client.h"
#include "config.h"
#include "keychaintokenstore.h"
#include "sessionmanager.h"
#include "tokenstore.h"
#include "tokenverifier.h"

namespace Descope {

class ProjectPrivate
{
public:
    QString projectId;
    QString errorString;
    QString keychainNamespace;
    // Declared in the order they depend on each other, so they are destroyed in reverse.
    std::unique_ptr<Client> client;
    std::unique_ptr<TokenStore> store;
    std::unique_ptr<TokenVerifier> verifier;
    std::unique_ptr<SessionManager> session;
};

namespace {

QString orEnvironment(const QString &value, const char *variable)
{
    return value.isEmpty() ? qEnvironmentVariable(variable) : value;
}

/// The step-up window from the options, else DESCOPE_STEPUP_WINDOW (whole seconds, 0 or
/// more), else the default; nullopt when the variable is set to anything else.
std::optional<std::chrono::seconds> stepUpWindow(const ProjectOptions &options)
{
    if (options.stepUpWindow)
        return qMax(*options.stepUpWindow, std::chrono::seconds(0));
    const QString value = qEnvironmentVariable("DESCOPE_STEPUP_WINDOW").trimmed();
    if (value.isEmpty())
        return SessionManager::DefaultStepUpWindow;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (!ok || seconds < 0 || value.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

} // namespace

Project::Project(const ProjectOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ProjectPrivate>())
{
    d->projectId = orEnvironment(options.projectId, "DESCOPE_PROJECT_ID");
    const QString baseUrl = options.baseUrl.isEmpty() ? qEnvironmentVariable("DESCOPE_BASE_URL")
                                                      : options.baseUrl.toString();
    if (d->projectId.isEmpty()) {
        d->errorString = tr("No Descope project is set. Give the project id, or set DESCOPE_PROJECT_ID.");
        return;
    }
    auto config = Config::create(d->projectId, QUrl(baseUrl, QUrl::StrictMode));
    if (!config) {
        d->errorString = Config::isValidProjectId(d->projectId)
            ? tr("The server address is not valid. Server addresses must use https.")
            : tr("“%1” is not a Descope project id.").arg(d->projectId);
        return;
    }

    const auto window = stepUpWindow(options);
    if (!window) {
        d->errorString = tr("DESCOPE_STEPUP_WINDOW must be a whole number of seconds, 0 or more, not “%1”.")
                             .arg(qEnvironmentVariable("DESCOPE_STEPUP_WINDOW"));
        return;
    }

    d->client = std::make_unique<Client>(config.value(), options.networkAccessManager);
    if (options.storage == SessionStorage::Memory) {
        d->store = std::make_unique<MemoryTokenStore>();
    } else {
        const QString service = options.keychainService.isEmpty() ? KeychainTokenStore::defaultServiceName()
                                                                    : options.keychainService;
        const QString keyNamespace = orEnvironment(options.keychainNamespace, "DESCOPE_KEYCHAIN_NAMESPACE");
        d->keychainNamespace = keyNamespace.isEmpty() ? service : keyNamespace;
        d->store = std::make_unique<KeychainTokenStore>(d->projectId, service, d->keychainNamespace);
    }
    d->verifier = std::make_unique<TokenVerifier>(d->client.get());
    d->verifier->setCacheFile(TokenVerifier::defaultCacheFile(d->projectId));
    d->session = std::make_unique<SessionManager>(d->client.get(), d->store.get(), d->verifier.get());
    d->session->setStepUpWindow(*window);
}

Project::~Project() = default;

bool Project::isValid() const
{
    return d->session != nullptr;
}

QString Project::errorString() const
{
    return d->errorString;
}

QString Project::projectId() const
{
    return d->projectId;
}

QString Project::keychainNamespace() const
{
    return d->keychainNamespace;
}

Client *Project::client() const
{
    return d->client.get();
}

TokenStore *Project::tokenStore() const
{
    return d->store.get();
}

TokenVerifier *Project::verifier() const
{
    return d->verifier.get();
}

SessionManager *Project::session() const
{
    return d->session.get();
}

} // namespace Descope
