// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "applanguage.h"

#include <DescopeQt6/Translations>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Descope {

QString installTranslations(const QString &language)
{
    static QTranslator *english = nullptr;
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **old : {&english, &app, &qt}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete *old;
            *old = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // The SDK's texts (its widgets and error messages) first, so the app's own come before them.
    Translations::install(locale);
    app = new QTranslator;
    const bool translated = app->load(locale, QStringLiteral("descope"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // The English catalogue (plural forms: "1 minute", "5 minutes" for "%n minute(s)") under
    // a language that has none or lacks one; installed first, so it is asked last.
    if (!translated || !app->language().startsWith(QLatin1StringView("en"))) {
        english = new QTranslator;
        if (english->load(QStringLiteral(":/i18n/descope_en.qm")))
            QCoreApplication::installTranslator(english);
    }
    if (translated)
        QCoreApplication::installTranslator(app);
    qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name();
}

} // namespace Descope
