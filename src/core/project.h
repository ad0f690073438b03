// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6core_export.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Descope {

class Client;
class SessionManager;
class TokenStore;
class TokenVerifier;
class ProjectPrivate;

/// Where a Project keeps the session between launches.
enum class SessionStorage {
    Keychain, ///< the system keychain (Secret Service, KWallet…): the session survives restarts
    Memory,   ///< nowhere: the session ends with the process (a kiosk, a test, `--ephemeral`)
};

/// What Project builds from. Every field has a default; most apps set none, or only
/// keychainService.
struct DESCOPEQT6CORE_EXPORT ProjectOptions
{
    /// The Descope project id ("P…"). Empty: the DESCOPE_PROJECT_ID environment variable.
    QString projectId;
    /// The API's base URL. Empty: the DESCOPE_BASE_URL environment variable, else Descope's
    /// own for the project (Config::defaultBaseUrl()). HTTPS, or HTTP to a loopback host
    /// (descope-emulator).
    QUrl baseUrl;
    /// Where the session is kept.
    SessionStorage storage = SessionStorage::Keychain;
    /// The keychain service the session is stored under: your application's id, so that
    /// your sessions are yours. Empty: QCoreApplication's organization domain and
    /// application name ("com.example.App"), or the application name alone.
    QString keychainService;
    /// Separates sessions within the service (tests use their own). Empty: the
    /// DESCOPE_KEYCHAIN_NAMESPACE environment variable, else the keychain service.
    QString keychainNamespace;
    /// The network access manager requests go through (not owned). nullptr: a private one.
    QNetworkAccessManager *networkAccessManager = nullptr;
    /// How recent a code verification must be before a sensitive change goes ahead without
    /// a step-up (SessionManager::setStepUpWindow()); 0 s asks every time. Unset: the
    /// DESCOPE_STEPUP_WINDOW environment variable (whole seconds, 0 or more; any other
    /// value makes the Project not valid), else SessionManager::DefaultStepUpWindow.
    std::optional<std::chrono::seconds> stepUpWindow;
};

/**
 * The composition root: everything an app needs to sign people in to one Descope project,
 * built and wired in one step.
 *
 * From ProjectOptions and the environment it makes the Config, the Client, the TokenStore
 * (the keychain, or memory), the TokenVerifier (with the project's keys cached on disk) and
 * the SessionManager over them, and owns them all. Apps construct one Project at start-up,
 * check isValid(), hand session() and client() to their sign-in widget, and call
 * `session()->restore()` once their window is up.
 *
 * @code
 * Descope::ProjectOptions options;
 * options.keychainService = QStringLiteral("com.example.App");
 * Descope::Project project(options);
 * if (!project.isValid())
 *     return fail(project.errorString());
 * Descope::SignInWidget signIn(&project);
 * project.session()->restore();
 * @endcode
 */
class DESCOPEQT6CORE_EXPORT Project : public QObject
{
    Q_OBJECT
public:
    /// Builds everything from options (see ProjectOptions for the defaults). When the
    /// project id or the base URL is missing or not valid (or DESCOPE_STEPUP_WINDOW is not
    /// a number of seconds), isValid() is false and the getters below return nullptr.
    explicit Project(const ProjectOptions &options = {}, QObject *parent = nullptr);
    ~Project() override;
    Q_DISABLE_COPY_MOVE(Project)

    /// True when the configuration was valid and the objects below exist.
    [[nodiscard]] bool isValid() const;
    /// Why isValid() is false, translated, for people ("No Descope project is set…");
    /// empty when valid.
    [[nodiscard]] QString errorString() const;

    /// The project id in use (from the options or the environment), even when not valid.
    [[nodiscard]] QString projectId() const;
    /// The keychain namespace sessions are kept under (see ProjectOptions), empty with
    /// SessionStorage::Memory. Processes that share it share the session.
    [[nodiscard]] QString keychainNamespace() const;
    /// The Descope API client. nullptr when not valid.
    [[nodiscard]] Client *client() const;
    /// Where the session is kept. nullptr when not valid.
    [[nodiscard]] TokenStore *tokenStore() const;
    /// Checks Descope's tokens against the project's keys. nullptr when not valid.
    [[nodiscard]] TokenVerifier *verifier() const;
    /// The session: restore, refresh, sign-out and their signals. nullptr when not valid.
    [[nodiscard]] SessionManager *session() const;

private:
    std::unique_ptr<ProjectPrivate> d;
};

} // namespace Descope
