// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "deliverymethodpage_p.h"

#include "uihelpers_p.h"
#include "ui_deliverymethodpage.h"

#include <QApplication>
#include <QClipboard>

namespace Descope {

namespace {

/// text with a line break allowed after "@" and "." and inside long runs, so that a long
/// address wraps in a word-wrapped label instead of widening the window.
QString breakable(const QString &text)
{
    constexpr QChar ZeroWidthSpace(0x200B);
    constexpr int LongestRun = 16;
    QString result;
    result.reserve(text.size() + text.size() / 4);
    int run = 0;
    for (const QChar c : text) {
        result += c;
        run = c.isSpace() ? 0 : run + 1;
        if (c == QLatin1Char('@') || c == QLatin1Char('.') || run >= LongestRun) {
            result += ZeroWidthSpace;
            run = 0;
        }
    }
    return result;
}

} // namespace

DeliveryMethodPage::DeliveryMethodPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::DeliveryMethodPage>())
{
    m_ui->setupUi(this);
    dropAltLetters(); // Alt+letter is a shortcut or nothing, never typing
    styleTitle(m_ui->titleLabel);
    styleAsLink(m_ui->backButton);
    m_ui->forLabel->setTextFormat(Qt::PlainText);
    clearError();
    connect(m_ui->sendButton, &QPushButton::clicked, this, &DeliveryMethodPage::submit);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            Q_EMIT backRequested();
    });
    connect(m_ui->copyDetailsButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
    for (QRadioButton *radio : {m_ui->emailRadio, m_ui->smsRadio, m_ui->voiceRadio, m_ui->whatsappRadio})
        connect(radio, &QRadioButton::toggled, this, &DeliveryMethodPage::updateWording);
}

DeliveryMethodPage::~DeliveryMethodPage() = default;

void DeliveryMethodPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleAsLink(m_ui->backButton); // the link colour of the new palette
}

void DeliveryMethodPage::setChoices(const QString &address, const QList<DeliveryMethod> &methods,
                                    DeliveryMethod preferred)
{
    m_address = address;
    const std::pair<DeliveryMethod, QRadioButton *> radios[] = {{DeliveryMethod::Email, m_ui->emailRadio},
                                                                {DeliveryMethod::Sms, m_ui->smsRadio},
                                                                {DeliveryMethod::Voice, m_ui->voiceRadio},
                                                                {DeliveryMethod::WhatsApp, m_ui->whatsappRadio}};
    QRadioButton *chosen = nullptr;
    for (const auto &[method, radio] : radios) {
        radio->setVisible(methods.contains(method));
        if (methods.contains(method) && (!chosen || method == preferred))
            chosen = radio;
    }
    if (chosen)
        chosen->setChecked(true);
    // One way only (an email address): nothing to choose, the page names where the code goes.
    const bool choice = methods.size() > 1;
    m_ui->methodGroup->setVisible(choice);
    m_ui->titleLabel->setText(choice ? tr("How should we send your code?") : tr("Get a one-time code"));
    m_ui->titleLabel->setAccessibleName(m_ui->titleLabel->text());
    clearError();
    updateWording();
}

void DeliveryMethodPage::updateWording()
{
    const QString address = displayText(m_address);
    QString text;
    switch (method()) {
    case DeliveryMethod::Email:
        text = tr("We will email a one-time code to %1.");
        break;
    case DeliveryMethod::Sms:
        text = tr("We will text a one-time code to %1.");
        break;
    case DeliveryMethod::Voice:
        text = tr("We will call %1 and read out a one-time code.");
        break;
    case DeliveryMethod::WhatsApp:
        text = tr("We will send a one-time code to %1 on WhatsApp.");
        break;
    }
    m_ui->forLabel->setText(text.arg(breakable(address)));
    m_ui->forLabel->setAccessibleName(text.arg(address));
    m_ui->sendButton->setText(method() == DeliveryMethod::Voice ? tr("Call &me") : tr("&Send code"));
}

DeliveryMethod DeliveryMethodPage::method() const
{
    if (m_ui->smsRadio->isChecked())
        return DeliveryMethod::Sms;
    if (m_ui->voiceRadio->isChecked())
        return DeliveryMethod::Voice;
    if (m_ui->whatsappRadio->isChecked())
        return DeliveryMethod::WhatsApp;
    return DeliveryMethod::Email;
}

void DeliveryMethodPage::submit()
{
    if (!m_busy)
        Q_EMIT sendRequested(method());
}

void DeliveryMethodPage::focusMainControl()
{
    for (QRadioButton *radio : {m_ui->emailRadio, m_ui->smsRadio, m_ui->voiceRadio, m_ui->whatsappRadio}) {
        if (radio->isChecked() && radio->isVisibleTo(this) && m_ui->methodGroup->isVisibleTo(this))
            return radio->setFocus();
    }
    m_ui->sendButton->setFocus();
}

void DeliveryMethodPage::setBusy(bool busy)
{
    m_busy = busy;
    // Disabling the focused control would move focus (to Cancel, or nowhere); it stays, and
    // submit() and Back do nothing meanwhile.
    const QWidget *focus = QApplication::focusWidget();
    for (QWidget *control : std::initializer_list<QWidget *>{m_ui->emailRadio, m_ui->smsRadio, m_ui->voiceRadio,
                                                             m_ui->whatsappRadio, m_ui->sendButton, m_ui->backButton,
                                                             m_ui->copyDetailsButton})
        control->setEnabled(!busy || control == focus);
}

void DeliveryMethodPage::setBackVisible(bool visible)
{
    m_ui->backButton->setVisible(visible);
}

bool DeliveryMethodPage::isBackVisible() const
{
    return m_ui->backButton->isVisibleTo(this);
}

void DeliveryMethodPage::showError(const Error &error)
{
    // The error concerns the way chosen to send the code: screen readers tie it to that choice.
    QWidget *chosen = nullptr;
    for (QRadioButton *radio : {m_ui->emailRadio, m_ui->smsRadio, m_ui->voiceRadio, m_ui->whatsappRadio}) {
        if (radio->isChecked())
            chosen = radio;
    }
    showInlineError(m_ui->errorLabel, error.message(), chosen);
    m_details = error.technicalDetails();
    m_ui->copyDetailsButton->setVisible(error.worthReporting());
}

void DeliveryMethodPage::clearError()
{
    clearInlineError(m_ui->errorLabel);
    m_ui->copyDetailsButton->hide();
}

} // namespace Descope
