// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "codeentrypage_p.h"

#include "loginid.h"
#include "otpflow.h"
#include "sessionmanager.h"
#include "uihelpers_p.h"
#include "ui_codeentrypage.h"

#include <QApplication>
#include <QClipboard>
#include <QStyle>

#include <memory>

namespace Descope {

namespace {

/// Break opportunities in a long email address (after "@" and dots), so that the sentence
/// wraps instead of widening the window; the accessible name keeps the plain text.
QString wrappable(const QString &address)
{
    if (!address.contains(QLatin1Char('@')))
        return address;
    QString result;
    result.reserve(address.size() + 8);
    for (const QChar c : address) {
        result += c;
        if (c == QLatin1Char('@') || c == QLatin1Char('.'))
            result += QChar(0x200B); // zero width space
    }
    return result;
}

} // namespace

CodeEntryPage::CodeEntryPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::CodeEntryPage>())
{
    m_ui->setupUi(this);
    dropAltLetters(); // Alt+letter is a shortcut or nothing, never typing
    styleTitle(m_ui->titleLabel);
    m_ui->copyDetailsButton->hide();
    m_ui->resendLabel->hide();
    clearError();

    connect(m_ui->codeEdit, &CodeField::codeEdited, this, [this](const QString &digits) {
        if (!digits.isEmpty())
            clearError();
    });
    connect(m_ui->codeEdit, &CodeField::codeCompleted, this, &CodeEntryPage::submit);
    connect(m_ui->codeEdit, &QLineEdit::returnPressed, this, &CodeEntryPage::submit);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &CodeEntryPage::submit);
    connect(m_ui->resendButton, &QPushButton::clicked, this, &CodeEntryPage::resendRequested);
    connect(m_ui->anotherMethodButton, &QPushButton::clicked, this, &CodeEntryPage::anotherMethodRequested);
    connect(m_ui->changeLoginIdButton, &QPushButton::clicked, this, &CodeEntryPage::changeLoginIdRequested);
    connect(m_ui->copyDetailsButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
}

CodeEntryPage::~CodeEntryPage() = default;

void CodeEntryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Arriving on the page: the code field is where the person goes next, unless they are
    // already somewhere on it.
    if (!isAncestorOf(QApplication::focusWidget()))
        focusInput();
}

void CodeEntryPage::focusInput()
{
    if (m_ui->codeEdit->isVisible())
        m_ui->codeEdit->setFocus(Qt::OtherFocusReason);
}

void CodeEntryPage::submit()
{
    // In a dialog, Enter in the field reaches the default button too: one submission.
    if (m_busy)
        return;
    const QString digits = code();
    if (digits.isEmpty()) {
        // With the last code void, the way on is a new code, not that one.
        showInlineError(m_ui->errorLabel, m_voidCodeMessage.isEmpty() ? tr("Enter the code we sent you.") : m_voidCodeMessage,
                        m_ui->codeEdit);
        return;
    }
    Q_EMIT codeEntered(digits);
}

QString CodeEntryPage::code() const
{
    return m_ui->codeEdit->text();
}

void CodeEntryPage::follow(OtpFlow *flow)
{
    connect(this, &CodeEntryPage::codeEntered, flow, &OtpFlow::verify);
    connect(this, &CodeEntryPage::resendRequested, flow, [this, flow] {
        clearError(); // about the code before; the new one's outcome will be said
        flow->resend();
    });
    connect(flow, &OtpFlow::resendCountdownChanged, this, &CodeEntryPage::setResendSeconds);
    connect(flow, &OtpFlow::codeSent, this, [this, flow](const MaskedAddress &masked) {
        setDestination(flow->request().method, flow->destination(), masked.address);
    });
}

bool cancelRequestInFlight(OtpFlow *flow)
{
    if (flow->state() != OtpFlow::State::Sending && flow->state() != OtpFlow::State::Verifying)
        return false;
    flow->cancel();
    return true;
}

void followSession(OtpFlow *flow, SessionManager *session, QObject *context)
{
    const auto follow = [flow, session] {
        if (!flow->request().refreshJwt.isEmpty() && session->isSignedIn())
            flow->setRefreshJwt(session->refreshJwt());
    };
    QObject::connect(session, &SessionManager::refreshed, context, follow);
    QObject::connect(session, &SessionManager::signedIn, context, follow);
    // Only a send carries the token (a code's verify does not): remember which ran last.
    auto sending = std::make_shared<bool>(false);
    QObject::connect(flow, &OtpFlow::stateChanged, context, [sending](OtpFlow::State state) {
        if (state == OtpFlow::State::Sending)
            *sending = true;
        else if (state == OtpFlow::State::Verifying)
            *sending = false;
    });
    const auto report = [flow, session, sending](const Error &error) {
        if (*sending && !flow->request().refreshJwt.isEmpty() && refusesSession(error))
            session->reportRefusal(error);
    };
    QObject::connect(flow, &OtpFlow::failed, context, report);
    QObject::connect(flow, &OtpFlow::attemptFailed, context, report);
}

bool refusesSession(const Error &error)
{
    return error.endsSession() && !error.voidsCode() && (error.httpStatus() == 401 || error.httpStatus() == 403);
}

QString sessionRefusedMessage()
{
    return CodeEntryPage::tr("Your session ended. Sign in again to continue.");
}

void CodeEntryPage::setDestination(DeliveryMethod method, const QString &address, const QString &maskedAddress)
{
    const QString shown = address.isEmpty() ? displayText(maskedAddress) : displayText(LoginId::displayForm(address));
    const QString key = QString::number(int(method)) + QLatin1Char('/') + shown;
    const bool again = isVisible() && key == m_destinationKey;
    m_destinationKey = key;
    m_voidCodeMessage.clear(); // a code was sent
    QString sentence;
    switch (method) {
    case DeliveryMethod::Email:
        sentence = again ? tr("We emailed a new code to %1.") : tr("We emailed a code to %1. It may take a minute to arrive.");
        break;
    case DeliveryMethod::Sms:
        sentence = again ? tr("We sent a text message with a new code to %1.")
                         : tr("We sent a text message with a code to %1. It may take a minute to arrive.");
        break;
    case DeliveryMethod::Voice:
        sentence = again ? tr("We are calling %1 again to read you a new code.")
                         : tr("We are calling %1 to read you a code.");
        break;
    case DeliveryMethod::WhatsApp:
        sentence = again ? tr("We sent you a WhatsApp message with a new code at %1.")
                         : tr("We sent you a WhatsApp message with a code at %1.");
        break;
    }
    const QString plain = sentence.arg(shown);
    m_ui->sentLabel->setTextFormat(Qt::PlainText);
    m_ui->sentLabel->setText(sentence.arg(wrappable(shown)));
    m_ui->sentLabel->setAccessibleName(plain);
    m_ui->sentLabel->setToolTip(shown);
    if (isVisible())
        announce(m_ui->sentLabel, plain);
}

void CodeEntryPage::setResendSeconds(int seconds)
{
    const bool reachedZero = seconds == 0 && m_resendSeconds > 0;
    m_resendSeconds = seconds;
    m_ui->resendButton->setEnabled(!m_busy && seconds == 0);
    if (seconds > 0) {
        // Quiet: a label beside the button, not the button's name, changes every second.
        m_ui->resendLabel->setText(tr("You can ask for a new code in %1:%2.")
                                       .arg(seconds / 60)
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0')));
        // What a screen reader reads of it changes at most once a minute (a label with an
        // accessible name of its own sends no name change when its text changes).
        const QString coarse = seconds > 60
            ? tr("You can ask for a new code in %n minute(s).", nullptr, (seconds + 59) / 60)
            : tr("You can ask for a new code in less than a minute.");
        if (m_ui->resendLabel->accessibleName() != coarse)
            m_ui->resendLabel->setAccessibleName(coarse);
        m_ui->resendLabel->show();
    } else if (reachedZero) {
        const QString now = tr("You can ask for a new code now.");
        m_ui->resendLabel->setText(now);
        m_ui->resendLabel->setAccessibleName(now);
        m_ui->resendLabel->show();
        if (isVisible())
            announce(m_ui->resendLabel, now); // once, when the wait is over
    }
}

void CodeEntryPage::showError(const Error &error, const QString &message)
{
    showInlineError(m_ui->errorLabel, message.isEmpty() ? error.message() : message, m_ui->codeEdit);
    if (error.voidsCode())
        m_voidCodeMessage = error.message();
    m_details = error.technicalDetails();
    m_ui->copyDetailsButton->setVisible(error.worthReporting());
    m_ui->codeEdit->clear();
    focusInput();
}

void CodeEntryPage::clearError()
{
    clearInlineError(m_ui->errorLabel, m_ui->codeEdit);
    // Hiding the focused button would pass focus on as if by Tab, and a line edit focused
    // by Tab selects its text: the next digit typed would replace the ones before it.
    if (m_ui->copyDetailsButton->hasFocus())
        focusInput();
    m_ui->copyDetailsButton->hide();
}

void CodeEntryPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->codeEdit->setReadOnly(busy);
    m_ui->codeEdit->update();
    m_ui->verifyButton->setEnabled(!busy);
    m_ui->anotherMethodButton->setEnabled(!busy);
    m_ui->changeLoginIdButton->setEnabled(!busy);
    m_ui->resendButton->setEnabled(!busy && m_resendSeconds == 0);
    if (!busy)
        focusInput();
}

void CodeEntryPage::reset()
{
    m_voidCodeMessage.clear();
    m_ui->codeEdit->clear();
    clearError();
    focusInput();
}

void CodeEntryPage::setAnotherMethodVisible(bool visible)
{
    m_ui->anotherMethodButton->setVisible(visible);
}

void CodeEntryPage::setChangeLoginIdVisible(bool visible)
{
    m_ui->changeLoginIdButton->setVisible(visible);
}

} // namespace Descope
