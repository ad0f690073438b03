// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "applanguage.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "sessionnotifier.h"
#include "singleinstance.h"

#include <DescopeQt6/Project>
#include <DescopeQt6/SessionManager>

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

    const bool ephemeral = parser.isSet(QStringLiteral("ephemeral"));
    ProjectOptions options;
    options.projectId = parser.value(QStringLiteral("project-id"));
    options.baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
    options.storage = ephemeral ? SessionStorage::Memory : SessionStorage::Keychain;
    // The app and descope-otp share sessions: both keep them under the application id.
    options.keychainService = QStringLiteral(DESCOPE_APP_ID);
    Project project(options);
    if (!project.isValid()) {
        const QString message = project.projectId().isEmpty()
            ? QApplication::translate("main", "No Descope project is set. Start the app with --project-id, or set DESCOPE_PROJECT_ID.")
            : project.errorString();
        std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Descope Desktop"), message);
        return 2;
    }

    // One window per stored session: a later launch brings the running one forward and
    // leaves (its --lang or --base-url are not applied). An --ephemeral window shares no
    // session, so it neither claims the place nor gives way: it is always a window of its own.
    std::unique_ptr<SingleInstance> instance;
    if (!ephemeral) {
        instance = std::make_unique<SingleInstance>(SingleInstance::serverName(project.projectId(), project.keychainNamespace()));
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

    FirstPaintProbe::installIfRequested();
    MainWindow window(project.client(), project.session(), project.tokenStore());
    window.show();
    if (instance) {
        QObject::connect(instance.get(), &SingleInstance::activationRequested, &window,
                         [&window](const QString &token) { raiseWindow(&window, token); });
    }
    // A session about to end, or ended, while the window is hidden or behind others.
    SessionNotifier notifier(project.session(), &window);
    // The keychain is first touched once the window is up (some backends are slow to wake).
    QTimer::singleShot(0, project.session(), &SessionManager::restore);
    return QApplication::exec();
}
