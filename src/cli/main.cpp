// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include <DescopeQt6/Translations>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace {

/// descope-otp's own catalogue (descope_add_translations() embeds it under :/i18n) and Qt's
/// (QCommandLineParser's "Usage:", its errors), as descope-desktop loads its own: the English
/// one of plural forms under any other language, asked last. Installed after the SDK's, so
/// the CLI's texts come first.
void installCliTranslations(const QLocale &locale)
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *cli = new QTranslator(QCoreApplication::instance());
    const bool translated = cli->load(locale, QStringLiteral("descope-otp"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (!translated || !cli->language().startsWith(QLatin1StringView("en"))) {
        auto *english = new QTranslator(QCoreApplication::instance());
        if (english->load(QStringLiteral(":/i18n/descope-otp_en.qm")))
            QCoreApplication::installTranslator(english);
    }
    if (translated)
        QCoreApplication::installTranslator(cli);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The library's log lines are for developers (enum names, technical detail); the CLI
    // says what matters in words of its own. QT_LOGGING_RULES still turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("descope.*.warning=false\ndescope.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("descope-otp"));
    QCoreApplication::setOrganizationName(QStringLiteral("Descope Desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESCOPE_VERSION));
    // Messages for people (errors, prompts, status lines, --help) in the system's language,
    // as descope-desktop: LANGUAGE, else LC_ALL, LC_MESSAGES or LANG. The library's first,
    // then the CLI's own. What scripts read stays the same in every language: --json's keys
    // and values (but "message", words for people), exit codes, command and option names,
    // and the "descope-otp: " that starts an error line.
    const QLocale locale = QLocale::system();
    Descope::Translations::install(locale);
    installCliTranslations(locale);
    Descope::Cli::Runner runner;
    runner.run(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
