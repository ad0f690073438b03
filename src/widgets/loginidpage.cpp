// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "loginidpage_p.h"

#include "loginid.h"
#include "phoneinput_p.h"
#include "uihelpers_p.h"
#include "ui_loginidpage.h"

#include <QApplication>
#include <QClipboard>

namespace Descope {

LoginIdPage::LoginIdPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::LoginIdPage>())
{
    m_ui->setupUi(this);
    dropAltLetters(); // Alt+letter is a shortcut or nothing, never typing
    styleTitle(m_ui->titleLabel);
    styleAsLink(m_ui->signInButton);
    styleAsLink(m_ui->signUpButton);
    m_region = systemRegion();
    clearError();
    setSignUp(false);
    updateCountryRow();
    PhoneInput::attach(m_ui->loginIdEdit, [this] { return region(); }, m_ui->countryCombo); // numbers formatted as typed

    connect(m_ui->loginIdEdit, &QLineEdit::textChanged, this, [this] {
        clearError();
        updateCountryRow();
    });
    // Another country makes the number another one: what was said about it no longer holds.
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, &LoginIdPage::clearError);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &LoginIdPage::clearError);
    // Enter anywhere on the page is the SignInWidget's: one keyboard model for every page.
    connect(m_ui->continueButton, &QPushButton::clicked, this, &LoginIdPage::submit);
    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] {
        if (m_busy)
            return;
        if (m_signUp)
            return leaveSignUp(); // "Back": leave sign-up, keep what was typed
        Q_EMIT submitted(OtpFlow::Mode::SignIn);
    });
    connect(m_ui->signUpButton, &QPushButton::clicked, this, [this] {
        if (m_busy)
            return;
        setSignUp(true);
        m_ui->nameEdit->setFocus(); // the new field is where the person goes next
    });
    connect(m_ui->copyDetailsButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
}

LoginIdPage::~LoginIdPage() = default;

void LoginIdPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        styleAsLink(m_ui->signInButton); // the link colour of the new palette
        styleAsLink(m_ui->signUpButton);
    }
}

void LoginIdPage::setSignUp(bool signUp)
{
    m_signUp = signUp;
    m_ui->nameLabel->setVisible(signUp);
    m_ui->nameEdit->setVisible(signUp);
    m_ui->signUpButton->setVisible(!signUp);
    m_ui->titleLabel->setText(signUp ? tr("Create an account") : tr("Sign in or create an account"));
    m_ui->titleLabel->setAccessibleName(m_ui->titleLabel->text());
    m_ui->continueButton->setText(signUp ? tr("Create &account") : tr("&Continue"));
    m_ui->continueButton->setAccessibleDescription(signUp ? tr("Create the account and send a one-time code")
                                                          : tr("Sign in, or create an account if there is none yet"));
    m_ui->hintLabel->setText(signUp ? tr("Creates a new account in your name.")
                                    : tr("Signs you in, or creates your account if you have none yet."));
    m_ui->signInButton->setText(signUp ? tr("&Back") : tr("&Sign in to an existing account"));
    m_ui->signInButton->setAccessibleDescription(signUp ? tr("Go back without creating an account")
                                                        : tr("Sign in only; never creates an account"));
}

void LoginIdPage::setAccepts(Accepts accepts)
{
    if (accepts == m_accepts)
        return;
    m_accepts = accepts;
    switch (accepts) {
    case Accepts::EmailOrPhone:
        // The form's own words again (then what sign-up changed in them).
        m_ui->retranslateUi(this);
        setSignUp(m_signUp);
        break;
    case Accepts::Email:
        m_ui->introLabel->setText(tr("Enter your email address. We will send you a one-time code."));
        m_ui->loginIdLabel->setText(tr("&Email address"));
        m_ui->loginIdEdit->setPlaceholderText(tr("name@example.com"));
        m_ui->loginIdEdit->setAccessibleName(tr("Email address"));
        m_ui->loginIdEdit->setAccessibleDescription(tr("The email address to send your one-time code to"));
        break;
    case Accepts::Phone:
        m_ui->introLabel->setText(tr("Enter your phone number. We will send you a one-time code."));
        m_ui->loginIdLabel->setText(tr("&Phone number"));
        m_ui->loginIdEdit->setPlaceholderText(tr("+1 201 555 0123"));
        m_ui->loginIdEdit->setAccessibleName(tr("Phone number"));
        m_ui->loginIdEdit->setAccessibleDescription(tr("The phone number to send your one-time code to"));
        break;
    }
}

void LoginIdPage::leaveSignUp()
{
    if (!m_signUp)
        return;
    const bool hadFocus = m_ui->nameEdit->hasFocus() || m_ui->signInButton->hasFocus();
    setSignUp(false);
    if (hadFocus)
        m_ui->loginIdEdit->setFocus(); // the name field went away under the person
}

void LoginIdPage::reset()
{
    setSignUp(false);
    m_ui->nameEdit->clear();
    clearError();
}

void LoginIdPage::submit()
{
    if (!m_busy)
        Q_EMIT submitted(m_signUp ? OtpFlow::Mode::SignUp : OtpFlow::Mode::SignUpOrIn);
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
    showInlineError(m_ui->errorLabel, message, m_ui->loginIdEdit);
    m_ui->loginIdEdit->setFocus();
    m_ui->loginIdEdit->selectAll();
}

void LoginIdPage::showError(const Error &error)
{
    showError(error.message());
    m_details = error.technicalDetails();
    m_ui->copyDetailsButton->setVisible(error.worthReporting());
}

void LoginIdPage::clearError()
{
    clearInlineError(m_ui->errorLabel, m_ui->loginIdEdit);
    m_ui->copyDetailsButton->hide();
}

void LoginIdPage::setBusy(bool busy)
{
    m_busy = busy;
    // Disabling the focused control would move focus (to Cancel, or nowhere); it stays, and
    // the page asks for nothing meanwhile.
    const QWidget *focus = QApplication::focusWidget();
    for (QWidget *control : std::initializer_list<QWidget *>{m_ui->loginIdEdit, m_ui->countryCombo, m_ui->nameEdit,
                                                             m_ui->continueButton, m_ui->signInButton,
                                                             m_ui->signUpButton, m_ui->copyDetailsButton})
        control->setEnabled(!busy || (focus && (control == focus || control->isAncestorOf(focus))));
    m_ui->loginIdEdit->setReadOnly(busy);
    m_ui->nameEdit->setReadOnly(busy);
    if (QLineEdit *countryEdit = m_ui->countryCombo->lineEdit())
        countryEdit->setReadOnly(busy);
}

void LoginIdPage::focusInput()
{
    m_ui->loginIdEdit->setFocus();
}

} // namespace Descope
