// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "uihelpers_p.h"

#include "loginid.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QAccessible>
#include <QAccessibleWidget>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QAccessibleAnnouncementEvent>
#endif
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringBuilder>

#include <memory>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace Descope {

namespace {

/// Marks a QLabel whose appearance assistive technology should be told about: an inline error
/// or a status line. Its accessible interface (made by liveRegionFactory) names it by its text,
/// points at the field it concerns and, before Qt 6.8, has the notification role.
constexpr char LiveRegionProperty[] = "_descope_liveRegion";
/// The field an error label is about (a QWidget *), for the label's relations.
constexpr char ErrorFieldProperty[] = "_descope_errorField";
/// On a field: its own accessible description, kept while an error stands in for it.
constexpr char SavedDescriptionProperty[] = "_descope_savedDescription";

/// A label that tells: role Notification before Qt 6.8 (AT-SPI turns it into
/// ATSPI_ROLE_NOTIFICATION, and Orca speaks a notification when it becomes showing; Qt 6.4's
/// bridge drops QAccessible::Alert), StaticText from 6.8 on, where an announcement speaks it.
class LiveRegionAccessible : public QAccessibleWidget
{
public:
    explicit LiveRegionAccessible(QLabel *label)
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        : QAccessibleWidget(label, QAccessible::StaticText)
#else
        : QAccessibleWidget(label, QAccessible::Notification)
#endif
    {
    }

    QString text(QAccessible::Text t) const override
    {
        auto *label = static_cast<QLabel *>(widget());
        if (t == QAccessible::Name) {
            const QString name = label->accessibleName();
            return name.isEmpty() ? label->text() : name;
        }
        return QAccessibleWidget::text(t);
    }

    QList<std::pair<QAccessibleInterface *, QAccessible::Relation>> relations(QAccessible::Relation match) const override
    {
        auto result = QAccessibleWidget::relations(match);
        auto *field = widget()->property(ErrorFieldProperty).value<QWidget *>();
        // Each pair says how the other object stands to this one (as Qt's own buddy labels do:
        // "the label is the Label of the field"): the field is described by its error. Before
        // Qt 6.8 there is no such relation; "controlled by" is the nearest (the field also
        // carries the error as its accessible description, which every version has).
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        constexpr QAccessible::RelationFlag fieldRelation = QAccessible::Described;
#else
        constexpr QAccessible::RelationFlag fieldRelation = QAccessible::Controlled;
#endif
        if (field && (match & fieldRelation)) {
            if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(field))
                result.append({iface, fieldRelation});
        }
        return result;
    }
};

QAccessibleInterface *liveRegionFactory(const QString &, QObject *object)
{
    auto *label = qobject_cast<QLabel *>(object);
    if (label && label->property(LiveRegionProperty).toBool())
        return new LiveRegionAccessible(label);
    return nullptr;
}

/// Gives label the live-region interface. An interface Qt made for it before (a screen reader
/// or a test may have asked) is dropped, so the next query goes through the factory.
void makeLiveRegion(QLabel *label)
{
    static const bool installed = [] {
        QAccessible::installFactory(liveRegionFactory);
        return true;
    }();
    Q_UNUSED(installed);
    if (label->property(LiveRegionProperty).toBool())
        return;
    if (QAccessibleInterface *old = QAccessible::queryAccessibleInterface(label))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(old));
    label->setProperty(LiveRegionProperty, true);
}

AnnouncementObserver announcementObserver = nullptr;

/// Makes label's text heard; wasVisible: whether it showed before (then Qt itself sends no
/// ObjectShow for it).
void announceLabel(QLabel *label, const QString &text, bool assertive, bool wasVisible)
{
    if (announcementObserver)
        announcementObserver(label, text, assertive);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    Q_UNUSED(wasVisible);
    QAccessibleAnnouncementEvent event(label, text);
    event.setPoliteness(assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                  : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    Q_UNUSED(text);
    // AT-SPI forwards ObjectShow as state-changed:showing, which Orca speaks for notifications.
    // QWidget::show() sends it when the label appears; a label already showing gets it here.
    if (wasVisible) {
        QAccessibleEvent shown(label, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&shown);
    }
    if (assertive) {
        // Other bridges (Windows, macOS) do forward alerts.
        QAccessibleEvent alert(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
#endif
}

} // namespace

void showInlineError(QLabel *label, const QString &message, QWidget *field)
{
    makeLiveRegion(label);
    label->setProperty(ErrorFieldProperty, QVariant::fromValue(field));
    QPalette palette = label->palette();
    // A red that reads on the window it is shown in: dark on a light window, light on a dark
    // one (the dark red was about 2:1 on a dark theme's grey; both are over 4.5:1 here).
    const bool darkWindow = palette.color(QPalette::Window).lightnessF() < 0.5;
    palette.setColor(QPalette::WindowText, darkWindow ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setText(message);
    label->setAccessibleName(message);
    const bool wasVisible = label->isVisible();
    if (field) {
        if (!field->property(SavedDescriptionProperty).isValid())
            field->setProperty(SavedDescriptionProperty, field->accessibleDescription());
        // Sends DescriptionChanged: Orca speaks a new description of the focused widget.
        field->setAccessibleDescription(message);
    }
    label->setVisible(true);
    announceLabel(label, message, true, wasVisible);
}

void showInlineError(QLabel *label, const QString &message)
{
    showInlineError(label, message, nullptr);
}

void clearInlineError(QLabel *label, QWidget *field)
{
    // The field the error was shown for, and the one named here (they may differ when a form
    // clears its error from every field it could concern).
    QWidget *shownFor = label->property(ErrorFieldProperty).value<QWidget *>();
    label->setProperty(ErrorFieldProperty, QVariant::fromValue<QWidget *>(nullptr));
    label->clear();
    label->setAccessibleName(QString());
    label->setVisible(false);
    for (QWidget *described : {shownFor, field}) {
        if (!described)
            continue;
        const QVariant saved = described->property(SavedDescriptionProperty);
        if (saved.isValid()) {
            described->setProperty(SavedDescriptionProperty, QVariant());
            described->setAccessibleDescription(saved.toString());
        }
    }
}

void clearInlineError(QLabel *label)
{
    clearInlineError(label, nullptr);
}

void announce(QWidget *widget, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        makeLiveRegion(label);
        if (label->isVisible()) {
            announceLabel(label, text, false, true);
            return;
        }
    }
    if (announcementObserver)
        announcementObserver(widget, text, false);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(widget, text);
    QAccessible::updateAccessibility(&event);
#else
    Q_UNUSED(text);
    QAccessibleEvent event(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
#endif
}

void setAnnouncementObserver(AnnouncementObserver observer)
{
    announcementObserver = observer;
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

namespace {

/// Extra data of each country row: the words a person may type to find it.
constexpr int SearchRole = Qt::UserRole + 1;
/// The calling code, as digits ("49"), for ranking exact code matches first; "+44" is
/// "44" and "44!" for the code's main country (GB, not GG), which comes first.
constexpr int CallingCodeRole = Qt::UserRole + 2;

/// Lower case without accents, so "osterr" finds "Österreich".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    }
    return result;
}

/// The name of region in the language of locale, from ICU's data (CLDR), or the region
/// code itself where ICU has no name: never another country's name.
QString icuCountryName(const QString &region, const icu::Locale &language)
{
    const icu::Locale regionLocale("", region.toLatin1().constData());
    icu::UnicodeString name;
    regionLocale.getDisplayCountry(language, name);
    const QString result = QString::fromUtf16(name.getBuffer(), name.length());
    return result.isEmpty() ? region : result;
}

/// The country rows a typed text matches: by any of their names (the UI language's,
/// English), region code or calling code; best matches (exact calling code, then names
/// starting with the text) first, otherwise in the list's order.
class CountryFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setQuery(const QString &query)
    {
        QString normalized = folded(query.trimmed());
        // "+49", "49" and "(+49)" all mean the calling code.
        if (normalized.startsWith(QLatin1Char('(')))
            normalized.remove(0, 1);
        if (normalized.endsWith(QLatin1Char(')')))
            normalized.chop(1);
        m_query = normalized;
        m_code = m_query.startsWith(QLatin1Char('+')) ? m_query.mid(1) : m_query;
        invalidate();
        sort(0);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return rank(sourceModel()->index(sourceRow, 0, sourceParent)) < NoMatch;
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int leftRank = rank(left);
        const int rightRank = rank(right);
        return leftRank != rightRank ? leftRank < rightRank : left.row() < right.row();
    }

private:
    static constexpr int NoMatch = 100;

    /// How well a row matches: 0 is best. Any part of the name in the UI's language
    /// matches; the other names, codes and calling codes only from the start of a word,
    /// so "land" finds "Deutschland" but not every "…Islands".
    int rank(const QModelIndex &index) const
    {
        if (m_query.isEmpty())
            return 0;
        const QString code = index.data(CallingCodeRole).toString();
        if (code == m_code + QLatin1Char('!'))
            return 0; // the main country of the calling code typed
        if (code == m_code)
            return 1;
        const QString search = index.data(SearchRole).toString();
        if (search.startsWith(m_query) || search.contains(QLatin1Char('\n') + m_query))
            return 2; // a name (or code) starts with it
        for (const QChar separator : {QLatin1Char(' '), QLatin1Char('-'), QLatin1Char('(')}) {
            if (search.contains(separator + m_query))
                return 3; // a word of a name does
        }
        if (search.section(QLatin1Char('\n'), 0, 0).contains(m_query))
            return 4;
        return NoMatch;
    }

    QString m_query;
    QString m_code;
};

/// Makes combo searchable as a person types: a popup of matching countries, Enter or Tab
/// takes the first (or the highlighted) one, leaving the field keeps a whole match or the
/// best one, and anything that matches nothing gives way to the country chosen before.
void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto *filter = new CountryFilter(combo);
    filter->setSourceModel(combo->model());
    auto *completer = new QCompleter(filter, combo);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(10);
    combo->setCompleter(completer);
    QLineEdit *edit = combo->lineEdit();
    // Runs before QLineEdit shows the popup for the same edit.
    QObject::connect(edit, &QLineEdit::textEdited, filter, &CountryFilter::setQuery);
    // Moving through the popup must not write into what the person typed: QLineEdit splices
    // the highlighted item's text after the cursor ("Germ" + "tschland (+49)"), a prefix
    // completion that makes no sense for matches anywhere in the names. It (re)connects
    // itself on every focus-in, so the typed text is put back after it instead.
    auto typed = std::make_shared<QString>();
    QObject::connect(edit, &QLineEdit::textEdited, edit, [typed](const QString &text) { *typed = text; });
    QObject::connect(completer, qOverload<const QString &>(&QCompleter::highlighted), edit, [edit, completer, typed] {
        if (completer->popup()->isVisible())
            edit->setText(*typed);
    }, Qt::QueuedConnection);
    // Once the popup shows the matches, the best one is highlighted: what Enter will take.
    QObject::connect(edit, &QLineEdit::textEdited, completer, [completer] {
        QAbstractItemView *popup = completer->popup();
        if (popup->isVisible() && !popup->currentIndex().isValid() && popup->model()->rowCount() > 0)
            popup->setCurrentIndex(popup->model()->index(0, 0));
    }, Qt::QueuedConnection);

    struct FirstMatchOnEnter : QObject
    {
        using QObject::QObject;
        QCompleter *m_completer = nullptr;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::KeyPress) {
                const int key = static_cast<QKeyEvent *>(event)->key();
                QAbstractItemView *popup = m_completer->popup();
                if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab)
                    && !popup->currentIndex().isValid() && popup->model()->rowCount() > 0)
                    popup->setCurrentIndex(popup->model()->index(0, 0));
            }
            return QObject::eventFilter(watched, event);
        }
    };
    auto *enter = new FirstMatchOnEnter(combo);
    enter->m_completer = completer;
    // Installed after QCompleter's own filter, so it runs first.
    completer->popup()->installEventFilter(enter);

    // Leaving the field (or Enter without the popup) keeps what the text names: a whole
    // item, else the best match of what was typed (the filter still holds it), else the
    // country chosen before. The filter is left alone here: the completer may be about to
    // take one of its rows.
    QObject::connect(edit, &QLineEdit::editingFinished, combo, [combo, filter] {
        const QString text = combo->lineEdit()->text();
        int row = combo->findText(text, Qt::MatchFixedString);
        if (row < 0 && !text.trimmed().isEmpty() && filter->rowCount() > 0)
            row = filter->mapToSource(filter->index(0, 0)).row();
        if (row >= 0 && row != combo->currentIndex())
            combo->setCurrentIndex(row);
        else
            combo->setEditText(combo->itemText(combo->currentIndex()));
    });
}

} // namespace

void fillCountries(QComboBox *combo, const QString &region)
{
    struct Country
    {
        QString name;
        QString region;
        int callingCode;
        QString search;
    };
    // The UI's language: QLocale's default, which installTranslations() sets (from --lang,
    // or the system's).
    const QLocale language;
    const icu::Locale icuLanguage(language.name().toLatin1().constData());
    const icu::Locale english("en");
    QList<Country> countries;
    for (const auto &[code, callingCode] : LoginId::phoneRegions()) {
        const QString name = icuCountryName(code, icuLanguage);
        const QString digits = QString::number(callingCode);
        // Names on lines of their own, so "a name starts with" is a match after a newline.
        const QString search = folded(name % QLatin1Char('\n') % icuCountryName(code, english) % QLatin1Char('\n')
                                      % code % QLatin1Char('\n') % QLatin1Char('+') % digits % QLatin1Char('\n') % digits);
        countries.append({name, code, callingCode, search});
    }
    QCollator collator(language);
    std::sort(countries.begin(), countries.end(),
              [&collator](const Country &a, const Country &b) { return collator.compare(a.name, b.name) < 0; });
    combo->clear();
    for (const Country &country : std::as_const(countries)) {
        combo->addItem(QStringLiteral("%1 (+%2)").arg(country.name).arg(country.callingCode), country.region);
        const int row = combo->count() - 1;
        combo->setItemData(row, country.search, SearchRole);
        const bool main = LoginId::mainRegion(country.callingCode) == country.region;
        const QString code = QString::number(country.callingCode) + (main ? QStringLiteral("!") : QString());
        combo->setItemData(row, code, CallingCodeRole);
    }
    if (!combo->isEditable())
        makeSearchable(combo);
    const int index = combo->findData(region);
    combo->setCurrentIndex(index >= 0 ? index : combo->findData(QStringLiteral("US")));
}

/// A quieter action: a flat button in the palette's link colour (which follows dark themes).
namespace {

/// Shows the focus on a link-styled button: underlined, and drawn as a button (not flat), whose
/// panel the style draws with its focus indication.
class LinkFocus : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
            auto *button = static_cast<QPushButton *>(watched);
            const bool focused = event->type() == QEvent::FocusIn;
            QFont font = button->font();
            font.setUnderline(focused);
            button->setFont(font);
            button->setFlat(!focused);
        }
        return false;
    }
};

/// See dropAltLetters().
class AltLetterFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
            // Fusion draws a default button as it draws a focused one: Tab to Continue
            // changed nothing. A focused push button is underlined, in every style.
            if (auto *button = qobject_cast<QPushButton *>(watched)) {
                QFont font = button->font();
                font.setUnderline(event->type() == QEvent::FocusIn);
                button->setFont(font);
            }
            return false;
        }
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::AltModifier || key->text().isEmpty()
            || !key->text().at(0).isPrint())
            return false;
        if (qobject_cast<QLineEdit *>(watched))
            return true;
        if (auto *combo = qobject_cast<QComboBox *>(watched); combo && combo->isEditable())
            return true;
        return false;
    }
};

} // namespace

void dropAltLetters()
{
    static QPointer<AltLetterFilter> filter;
    if (filter || !qApp)
        return;
    filter = new AltLetterFilter(qApp);
    qApp->installEventFilter(filter);
}

void styleAsLink(QPushButton *button)
{
    if (!button->property("_descope_link").toBool()) {
        button->setProperty("_descope_link", true);
        button->installEventFilter(new LinkFocus(button));
    }
    button->setFlat(!button->hasFocus());
    button->setCursor(Qt::PointingHandCursor);
    QPalette palette = button->palette();
    const QColor link = button->parentWidget()->palette().color(QPalette::Link);
    for (const auto role : {QPalette::ButtonText, QPalette::WindowText})
        palette.setColor(role, link);
    button->setPalette(palette);
}

bool isEnterKey(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

bool pressFocusedButton(QWidget *within, QKeyEvent *event)
{
    auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
    if (!isEnterKey(event) || !button || !button->isVisible() || !within->isAncestorOf(button))
        return false;
    event->accept();
    if (button->isEnabled())
        button->click();
    return true;
}

void styleTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(label->text());
}

} // namespace Descope
