// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "loginidpage.h"

#include "loginid.h"
#include "phoneinput.h"
#include "uihelpers.h"
#include "ui_loginidpage.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Descope::Ui {

LoginIdPage::LoginIdPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::LoginIdPage>())
{
    m_ui->setupUi(this);
    styleTitle(m_ui->titleLabel);
    m_region = systemRegion();
    clearError();
    setSignUp(false);
    updateCountryRow();
    PhoneInput::attach(m_ui->loginIdEdit, [this] { return region(); }, m_ui->countryCombo); // numbers formatted as typed

    connect(m_ui->loginIdEdit, &QLineEdit::textChanged, this, [this] {
        clearError();
        updateCountryRow();
    });
    connect(m_ui->loginIdEdit, &QLineEdit::returnPressed, m_ui->continueButton, &QPushButton::click);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, m_ui->continueButton, &QPushButton::click);
    connect(m_ui->continueButton, &QPushButton::clicked, this, [this] {
        Q_EMIT submitted(m_signUp ? OtpFlow::Mode::SignUp : OtpFlow::Mode::SignUpOrIn);
    });
    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] {
        if (m_signUp)
            return setSignUp(false); // "Back": leave sign-up, keep what was typed
        Q_EMIT submitted(OtpFlow::Mode::SignIn);
    });
    connect(m_ui->signUpButton, &QPushButton::clicked, this, [this] { setSignUp(true); });
    connect(m_ui->copyDetailsButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
}

LoginIdPage::~LoginIdPage() = default;

void LoginIdPage::setSignUp(bool signUp)
{
    m_signUp = signUp;
    m_ui->nameLabel->setVisible(signUp);
    m_ui->nameEdit->setVisible(signUp);
    m_ui->signUpButton->setVisible(!signUp);
    m_ui->titleLabel->setText(signUp ? tr("Create an account") : tr("Sign in or create an account"));
    m_ui->titleLabel->setAccessibleName(m_ui->titleLabel->text());
    m_ui->continueButton->setText(signUp ? tr("Create account") : tr("Continue"));
    m_ui->signInButton->setText(signUp ? tr("Back") : tr("Sign in"));
    m_ui->signInButton->setAccessibleDescription(signUp ? tr("Go back without creating an account")
                                                        : tr("Sign in to an existing account only"));
    if (signUp)
        m_ui->nameEdit->setFocus();
}

void LoginIdPage::updateCountryRow()
{
    // The country matters only for phone numbers typed without "+<country code>".
    const QString text = m_ui->loginIdEdit->text().trimmed();
    const bool needed = LoginId::looksLikePhone(text) && !text.startsWith(QLatin1Char('+'));
    if (needed)
        ensureCountries();
    m_ui->countryRow->setVisible(needed);
}

void LoginIdPage::ensureCountries()
{
    // Filled on first need: the list comes from libphonenumber, whose start-up (parsing
    // metadata for every country) would otherwise be a fifth of the app's launch.
    if (m_ui->countryCombo->count() == 0)
        fillCountries(m_ui->countryCombo, m_region);
}

void LoginIdPage::setLoginId(const QString &loginId)
{
    m_ui->loginIdEdit->setText(loginId);
}

QString LoginIdPage::loginId() const
{
    return m_ui->loginIdEdit->text();
}

QString LoginIdPage::region() const
{
    return m_ui->countryCombo->count() ? m_ui->countryCombo->currentData().toString() : m_region;
}

void LoginIdPage::setRegion(const QString &region)
{
    m_region = region;
    const int index = m_ui->countryCombo->findData(region);
    if (index >= 0)
        m_ui->countryCombo->setCurrentIndex(index);
}

QString LoginIdPage::name() const
{
    return m_signUp ? m_ui->nameEdit->text().trimmed() : QString();
}

void LoginIdPage::showError(const QString &message)
{
    showInlineError(m_ui->errorLabel, message);
    m_ui->loginIdEdit->setFocus();
    m_ui->loginIdEdit->selectAll();
}

void LoginIdPage::showError(const Error &error)
{
    showError(error.message());
    m_details = error.technicalDetails();
    m_ui->copyDetailsButton->setVisible(error.kind() != Error::Kind::InvalidInput);
}

void LoginIdPage::clearError()
{
    clearInlineError(m_ui->errorLabel);
    m_ui->copyDetailsButton->hide();
}

void LoginIdPage::setBusy(bool busy)
{
    setEnabled(!busy);
}

void LoginIdPage::focusInput()
{
    m_ui->loginIdEdit->setFocus();
}

} // namespace Descope::Ui
