// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "deliverymethodpage.h"

#include "uihelpers.h"
#include "ui_deliverymethodpage.h"

namespace Descope::Ui {

DeliveryMethodPage::DeliveryMethodPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::DeliveryMethodPage>())
{
    m_ui->setupUi(this);
    styleTitle(m_ui->titleLabel);
    connect(m_ui->sendButton, &QPushButton::clicked, this, [this] { Q_EMIT sendRequested(method()); });
    connect(m_ui->backButton, &QPushButton::clicked, this, &DeliveryMethodPage::backRequested);
}

DeliveryMethodPage::~DeliveryMethodPage() = default;

void DeliveryMethodPage::setChoices(const QString &address, const QList<DeliveryMethod> &methods,
                                    DeliveryMethod preferred)
{
    m_ui->forLabel->setText(tr("We will send a one-time code to %1.").arg(address));
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
    if (chosen) {
        chosen->setChecked(true);
        chosen->setFocus();
    }
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

void DeliveryMethodPage::setBusy(bool busy)
{
    setEnabled(!busy);
}

void DeliveryMethodPage::setBackVisible(bool visible)
{
    m_ui->backButton->setVisible(visible);
}

} // namespace Descope::Ui
