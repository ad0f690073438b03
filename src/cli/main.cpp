// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("descope-otp"));
    QCoreApplication::setOrganizationName(QStringLiteral("Descope Desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESCOPE_VERSION));
    Descope::Cli::Runner runner;
    runner.run(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
