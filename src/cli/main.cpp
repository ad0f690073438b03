// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include <DescopeQt6/Translations>

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The library's log lines are for developers (enum names, technical detail); the CLI
    // says what matters in words of its own. QT_LOGGING_RULES still turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("descope.*.warning=false\ndescope.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("descope-otp"));
    QCoreApplication::setOrganizationName(QStringLiteral("Descope Desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESCOPE_VERSION));
    // The library's messages (errors) in the system's language; the CLI's own are English.
    Descope::Translations::install();
    Descope::Cli::Runner runner;
    runner.run(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
