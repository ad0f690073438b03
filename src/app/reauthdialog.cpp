// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "reauthdialog.h"

#include "sessionmanager.h"
#include "signinwidget.h"
#include "uihelpers.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Descope::Ui {

ReauthDialog::ReauthDialog(Client *client, SessionManager *session, TokenStore *store, const Error &reason,
                           QWidget *parent, Clock *clock)
    : QDialog(parent)
    , m_signIn(new SignInWidget(client, session, store, this, clock))
{
    setWindowTitle(tr("Sign in again"));
    setWindowModality(Qt::WindowModal);
    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    const QString why = reason.kind() == Error::Kind::TokenInvalid ? tr("Your session has expired.")
        : reason.isError()                                         ? reason.message()
                                                                   : tr("Sign in again to keep your session.");
    setDisplayText(explanation, why + QLatin1Char(' ')
                       + tr("To continue, confirm it is you with a code sent to %1.").arg(session->lastLoginId()));
    explanation->setAccessibleName(explanation->text());

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *stayOut = buttons->addButton(tr("Stay signed out"), QDialogButtonBox::RejectRole);
    stayOut->setObjectName(QStringLiteral("stayOutButton"));
    stayOut->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_signIn, 1);
    layout->addWidget(buttons);
    resize(480, 360);

    if (auto error = session->reauthenticate(session->lastLoginId()))
        explanation->setText(error->message());
    connect(m_signIn, &SignInWidget::completed, this, &QDialog::accept);
    // "Stay signed out", Escape or closing the window: the same-person rule ends with the prompt.
    connect(this, &QDialog::rejected, session, &SessionManager::abandonReauthentication);
    m_signIn->startReauthentication(session->lastLoginId());
}

} // namespace Descope::Ui
