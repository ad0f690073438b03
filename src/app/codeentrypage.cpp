// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "codeentrypage.h"

#include "uihelpers.h"
#include "validation.h"
#include "ui_codeentrypage.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Descope::Ui {

CodeEntryPage::CodeEntryPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::CodeEntryPage>())
{
    m_ui->setupUi(this);
    styleTitle(m_ui->titleLabel);
    QFont font = m_ui->codeEdit->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    font.setStyleHint(QFont::Monospace);
    m_ui->codeEdit->setFont(font);
    m_ui->codeEdit->setAlignment(Qt::AlignCenter);
    m_ui->copyDetailsButton->hide();
    clearError();

    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, &CodeEntryPage::onEdited);
    connect(m_ui->codeEdit, &QLineEdit::returnPressed, this, &CodeEntryPage::submit);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &CodeEntryPage::submit);
    connect(m_ui->resendButton, &QPushButton::clicked, this, &CodeEntryPage::resendRequested);
    connect(m_ui->anotherMethodButton, &QPushButton::clicked, this, &CodeEntryPage::anotherMethodRequested);
    connect(m_ui->changeLoginIdButton, &QPushButton::clicked, this, &CodeEntryPage::changeLoginIdRequested);
    connect(m_ui->copyDetailsButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
}

CodeEntryPage::~CodeEntryPage() = default;

void CodeEntryPage::onEdited(const QString &text)
{
    // Keep digits only, wherever they came from (typing, "123 456" or "Code: 123-456" pasted).
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    digits.truncate(Validation::CodeLength);
    if (digits != text) {
        const int cursor = m_ui->codeEdit->cursorPosition();
        m_ui->codeEdit->setText(digits);
        m_ui->codeEdit->setCursorPosition(qMin<int>(cursor, int(digits.size())));
    }
    if (!digits.isEmpty())
        clearError();
    if (digits.size() == Validation::CodeLength)
        submit();
}

void CodeEntryPage::submit()
{
    const QString digits = code();
    if (digits.isEmpty()) {
        showInlineError(m_ui->errorLabel, tr("Enter the code we sent you."));
        return;
    }
    Q_EMIT codeEntered(digits);
}

QString CodeEntryPage::code() const
{
    return m_ui->codeEdit->text();
}

void CodeEntryPage::setMaskedAddress(const QString &maskedAddress)
{
    setDisplayText(m_ui->sentLabel, tr("We sent a code to %1. It may take a minute to arrive.").arg(maskedAddress));
    announce(m_ui->sentLabel);
}

void CodeEntryPage::setResendSeconds(int seconds)
{
    const bool changedState = (seconds == 0) != (m_resendSeconds == 0);
    m_resendSeconds = seconds;
    m_ui->resendButton->setEnabled(seconds == 0);
    m_ui->resendButton->setText(seconds == 0 ? tr("Resend code")
                                             : tr("Resend code in %1:%2")
                                                   .arg(seconds / 60)
                                                   .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_ui->resendButton->setAccessibleName(m_ui->resendButton->text());
    // Announce the start and end of the wait, and every 10 s in between, not every second.
    if (changedState || seconds % 10 == 0)
        announce(m_ui->resendButton);
}

void CodeEntryPage::showError(const Error &error)
{
    showInlineError(m_ui->errorLabel, error.message());
    m_details = error.technicalDetails();
    m_ui->copyDetailsButton->setVisible(error.kind() != Error::Kind::InvalidInput);
    m_ui->codeEdit->clear();
    m_ui->codeEdit->setFocus();
}

void CodeEntryPage::clearError()
{
    clearInlineError(m_ui->errorLabel);
    m_ui->copyDetailsButton->hide();
}

void CodeEntryPage::setBusy(bool busy)
{
    m_ui->codeEdit->setReadOnly(busy);
    m_ui->verifyButton->setEnabled(!busy);
    m_ui->anotherMethodButton->setEnabled(!busy);
    m_ui->changeLoginIdButton->setEnabled(!busy);
    m_ui->resendButton->setEnabled(!busy && m_resendSeconds == 0);
    if (!busy)
        m_ui->codeEdit->setFocus();
}

void CodeEntryPage::reset()
{
    m_ui->codeEdit->clear();
    clearError();
    m_ui->codeEdit->setFocus();
}

void CodeEntryPage::setAnotherMethodVisible(bool visible)
{
    m_ui->anotherMethodButton->setVisible(visible);
}

void CodeEntryPage::setChangeLoginIdVisible(bool visible)
{
    m_ui->changeLoginIdButton->setVisible(visible);
}

} // namespace Descope::Ui
