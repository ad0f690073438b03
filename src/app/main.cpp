// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "client.h"
#include "firstpaintprobe.h"
#include "keychaintokenstore.h"
#include "mainwindow.h"
#include "sessionmanager.h"
#include "sessionnotifier.h"
#include "singleinstance.h"
#include "tokenverifier.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <memory>

using namespace Descope;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("descope-desktop"));
    QApplication::setOrganizationName(QStringLiteral("Descope Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(DESCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(DESCOPE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" DESCOPE_APP_ID ".svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sign in with Descope one-time codes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("project-id"), QStringLiteral("Descope project id (default: $DESCOPE_PROJECT_ID)."), QStringLiteral("id")},
        {QStringLiteral("base-url"), QStringLiteral("Descope API base URL (default: $DESCOPE_BASE_URL, else Descope's)."),
         QStringLiteral("url")},
        {QStringLiteral("lang"), QStringLiteral("Language, e.g. de or fr (default: the system's)."), QStringLiteral("code")},
        {QStringLiteral("ephemeral"), QStringLiteral("Keep the session in memory only; nothing is saved.")},
    });
    parser.process(app);

    installTranslations(parser.value(QStringLiteral("lang")));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Descope Desktop"));

    QString projectId = parser.value(QStringLiteral("project-id"));
    if (projectId.isEmpty())
        projectId = qEnvironmentVariable("DESCOPE_PROJECT_ID");
    QString baseUrl = parser.value(QStringLiteral("base-url"));
    if (baseUrl.isEmpty())
        baseUrl = qEnvironmentVariable("DESCOPE_BASE_URL");
    auto config = Config::create(projectId, QUrl(baseUrl, QUrl::StrictMode));
    if (!config) {
        const QString message = projectId.isEmpty()
            ? QApplication::translate("main", "No Descope project is set. Start the app with --project-id, or set DESCOPE_PROJECT_ID.")
            : QApplication::translate("main", "The project id or the server address is not valid. Server addresses must use https.");
        std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Descope Desktop"), message);
        return 2;
    }

    const bool ephemeral = parser.isSet(QStringLiteral("ephemeral"));
    const QString keyNamespace = qEnvironmentVariable("DESCOPE_KEYCHAIN_NAMESPACE", QString(KeychainTokenStore::DefaultNamespace));
    // One window per stored session: a later launch brings the running one forward and
    // leaves (its --lang or --base-url are not applied). An --ephemeral window shares no
    // session, so it neither claims the place nor gives way: it is always a window of its own.
    std::unique_ptr<SingleInstance> instance;
    if (!ephemeral) {
        instance = std::make_unique<SingleInstance>(SingleInstance::serverName(projectId, keyNamespace));
        switch (instance->claim()) {
        case SingleInstance::Role::Secondary:
            return 0;
        case SingleInstance::Role::Unresponsive: {
            const QString message = QApplication::translate("main", "Descope Desktop is already running but does not respond.");
            std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
            QMessageBox::critical(nullptr, QApplication::translate("main", "Descope Desktop"), message);
            return 1;
        }
        case SingleInstance::Role::Primary:
        case SingleInstance::Role::Standalone:
            break;
        }
    }

    Client client(config.value());
    std::unique_ptr<TokenStore> store;
    if (ephemeral)
        store = std::make_unique<MemoryTokenStore>();
    else
        store = std::make_unique<KeychainTokenStore>(projectId, keyNamespace);
    TokenVerifier verifier(&client);
    verifier.setCacheFile(TokenVerifier::defaultCacheFile(projectId));
    SessionManager session(&client, store.get(), &verifier);

    FirstPaintProbe::installIfRequested();
    MainWindow window(&client, &session, store.get());
    window.show();
    if (instance) {
        QObject::connect(instance.get(), &SingleInstance::activationRequested, &window,
                         [&window](const QString &token) { raiseWindow(&window, token); });
    }
    // A session about to end, or ended, while the window is hidden or behind others.
    SessionNotifier notifier(&session, &window);
    // The keychain is first touched once the window is up (some backends are slow to wake).
    QTimer::singleShot(0, &session, &SessionManager::restore);
    return QApplication::exec();
}
