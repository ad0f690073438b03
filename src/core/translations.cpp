// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Descope {

namespace {

// Embedded by descope_add_translations() (cmake/DescopeTranslations.cmake): Core's always,
// the widgets' only when that library is loaded.
constexpr QLatin1StringView Directory(":/descopeqt6/i18n");
const char *const Catalogues[] = {"descopeqt6core", "descopeqt6widgets"};

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void installTranslator(std::unique_ptr<QTranslator> translator)
{
    QCoreApplication::installTranslator(translator.get());
    installed().push_back(std::move(translator));
}

} // namespace

bool Translations::install(const QLocale &locale)
{
    remove();
    bool translated = false;
    for (const char *name : Catalogues) {
        const QString catalogue = QLatin1StringView(name);
        const QString english = Directory + QLatin1Char('/') + catalogue + QStringLiteral("_en.qm");
        if (!QFile::exists(english))
            continue; // that library is not loaded
        // The English plural forms first: the application asks the last installed first.
        auto base = std::make_unique<QTranslator>();
        if (base->load(english))
            installTranslator(std::move(base));
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, catalogue, QStringLiteral("_"), Directory)
            && !translator->language().startsWith(QLatin1StringView("en"))) {
            installTranslator(std::move(translator));
            translated = true;
        }
    }
    return translated || locale.language() == QLocale::English;
}

void Translations::remove()
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
}

} // namespace Descope
