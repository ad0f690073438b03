// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "uihelpers.h"

#include "loginid.h"

#include <QAccessible>
#include <QCollator>
#include <QComboBox>
#include <QLabel>
#include <QLocale>

namespace Descope::Ui {

void showInlineError(QLabel *label, const QString &message)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setText(message);
    label->setVisible(true);
    QAccessibleEvent event(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void clearInlineError(QLabel *label)
{
    label->clear();
    label->setVisible(false);
}

void announce(QWidget *widget)
{
    QAccessibleEvent event(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

QString displayText(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            continue; // LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI
        shown += c.category() == QChar::Other_Control ? QChar(QChar::ReplacementCharacter) : c;
    }
    return shown;
}

void setDisplayText(QLabel *label, const QString &text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(displayText(text));
}

QString systemRegion()
{
    const QString region = LoginId::regionOfLocale(QLocale::system().name());
    return region.isEmpty() || region == QLatin1StringView("C") ? QStringLiteral("US") : region;
}

void fillCountries(QComboBox *combo, const QString &region)
{
    struct Country
    {
        QString name;
        QString region;
        int callingCode;
    };
    QList<Country> countries;
    for (const auto &[code, callingCode] : LoginId::phoneRegions()) {
        const QLocale locale(QLocale::AnyLanguage, QLocale::codeToTerritory(code));
        QString name = QLocale::territoryToString(locale.territory());
        if (locale.territory() == QLocale::AnyTerritory)
            name = code;
        countries.append({name, code, callingCode});
    }
    QCollator collator;
    std::sort(countries.begin(), countries.end(),
              [&collator](const Country &a, const Country &b) { return collator.compare(a.name, b.name) < 0; });
    combo->clear();
    for (const Country &country : std::as_const(countries))
        combo->addItem(QStringLiteral("%1 (+%2)").arg(country.name).arg(country.callingCode), country.region);
    const int index = combo->findData(region);
    combo->setCurrentIndex(index >= 0 ? index : combo->findData(QStringLiteral("US")));
}

void styleTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(label->text());
}

} // namespace Descope::Ui
