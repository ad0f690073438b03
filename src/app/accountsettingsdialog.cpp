// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "accountsettingsdialog.h"

#include "codeentrypage.h"
#include "loginid.h"
#include "sessionmanager.h"
#include "uihelpers.h"
#include "ui_accountsettingsdialog.h"

namespace Descope::Ui {

AccountSettingsDialog::AccountSettingsDialog(Client *client, SessionManager *session, QWidget *parent, Clock *clock)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AccountSettingsDialog>())
    , m_session(session)
    , m_flow(new OtpFlow(client, clock, this))
    , m_codePage(new CodeEntryPage(this))
{
    m_ui->setupUi(this);
    m_ui->codePage->layout()->addWidget(m_codePage);
    m_codePage->setAnotherMethodVisible(false);
    // A new number is most likely from the country of the current one.
    const QString ownRegion = LoginId::regionOfNumber(session->user().phone);
    fillCountries(m_ui->countryCombo, ownRegion.isEmpty() ? systemRegion() : ownRegion);
    m_ui->methodCombo->addItem(tr("Text message (SMS)"), QVariant::fromValue(DeliveryMethod::Sms));
    m_ui->methodCombo->addItem(tr("Voice call"), QVariant::fromValue(DeliveryMethod::Voice));
    m_ui->methodCombo->addItem(tr("WhatsApp"), QVariant::fromValue(DeliveryMethod::WhatsApp));
    clearInlineError(m_ui->errorLabel);

    // The dialog is about the account it opened for: if that session ends or another
    // person signs in (here or in another program), it closes rather than change theirs.
    const QString userId = session->user().userId;
    connect(session, &SessionManager::signedOut, this, &QDialog::reject);
    connect(session, &SessionManager::signedIn, this, [this, userId](const User &signedIn) {
        if (signedIn.userId != userId)
            reject();
    });

    const User &user = session->user();
    setDisplayText(m_ui->currentEmailValue, user.email.isEmpty() ? tr("Not set") : user.email);
    setDisplayText(m_ui->currentPhoneValue, user.phone.isEmpty() ? tr("Not set") : user.phone);

    connect(m_ui->sendEmailButton, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_ui->sendPhoneButton, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_ui->newEmailEdit, &QLineEdit::returnPressed, m_ui->sendEmailButton, &QPushButton::click);
    connect(m_ui->newPhoneEdit, &QLineEdit::returnPressed, m_ui->sendPhoneButton, &QPushButton::click);
    connect(m_codePage, &CodeEntryPage::codeEntered, m_flow, &OtpFlow::verify);
    connect(m_codePage, &CodeEntryPage::resendRequested, m_flow, &OtpFlow::resend);
    connect(m_codePage, &CodeEntryPage::changeLoginIdRequested, this, &AccountSettingsDialog::showForms);

    connect(m_flow, &OtpFlow::stateChanged, this, [this](OtpFlow::State state) {
        setBusy(state == OtpFlow::State::Sending || state == OtpFlow::State::Verifying);
    });
    connect(m_flow, &OtpFlow::codeSent, this, [this](const MaskedAddress &masked) {
        m_codePage->setMaskedAddress(masked.address);
        if (m_ui->stack->currentWidget() != m_ui->codePage) {
            m_codePage->reset();
            m_ui->stack->setCurrentWidget(m_ui->codePage);
        }
    });
    connect(m_flow, &OtpFlow::resendCountdownChanged, m_codePage, &CodeEntryPage::setResendSeconds);
    const auto showError = [this](const Error &error) {
        if (m_ui->stack->currentWidget() == m_ui->codePage)
            m_codePage->showError(error);
        else
            showInlineError(m_ui->errorLabel, error.message());
    };
    connect(m_flow, &OtpFlow::inputRejected, this, showError);
    connect(m_flow, &OtpFlow::attemptFailed, this, showError);
    connect(m_flow, &OtpFlow::failed, this, [this, showError](const Error &error) {
        showError(error);
        m_session->reportRefusal(error); // Descope refusing the session's token ends it
    });
    connect(m_flow, &OtpFlow::verified, this, [this, showError](const AuthenticationResponse &response) {
        if (auto error = m_session->adopt(response, m_flow->loginId()))
            return showError(*error);
        setBusy(true); // the tokens are checked and saved before the change counts
        whenAdopted(m_session, this, [this, showError](const Error &error) {
            setBusy(false);
            if (error.isError())
                return showError(error);
            accept();
        });
    });
}

AccountSettingsDialog::~AccountSettingsDialog() = default;

void AccountSettingsDialog::send(bool email)
{
    clearInlineError(m_ui->errorLabel);
    OtpFlow::Request request;
    request.mode = email ? OtpFlow::Mode::UpdateEmail : OtpFlow::Mode::UpdatePhone;
    request.method = email ? DeliveryMethod::Email : m_ui->methodCombo->currentData().value<DeliveryMethod>();
    request.loginId = m_session->loginId();
    request.newAddress = email ? m_ui->newEmailEdit->text() : m_ui->newPhoneEdit->text();
    request.refreshJwt = m_session->refreshJwt();
    request.updateOptions.addToLoginIDs = (email ? m_ui->emailLoginCheck : m_ui->phoneLoginCheck)->isChecked();
    request.defaultRegion = m_ui->countryCombo->currentData().toString();
    m_flow->start(request);
}

void AccountSettingsDialog::showForms()
{
    m_flow->cancel();
    m_ui->stack->setCurrentWidget(m_ui->formsPage);
}

void AccountSettingsDialog::setBusy(bool busy)
{
    m_ui->formsPage->setEnabled(!busy);
    m_codePage->setBusy(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace Descope::Ui
