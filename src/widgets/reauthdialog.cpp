// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "reauthdialog_p.h"

#include "codeentrypage_p.h"
#include "otpflow.h"
#include "project.h"
#include "loginid.h"
#include "sessionmanager.h"
#include "signinwidget.h"
#include "uihelpers_p.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Descope {

namespace {

/// A login id kept on one line when the text wraps ("+1 201-555-0123" is one thing).
QString unbroken(QString loginId)
{
    loginId.replace(QLatin1Char(' '), QChar(0x00A0));  // no-break space
    loginId.replace(QLatin1Char('-'), QChar(0x2011));  // non-breaking hyphen
    return loginId;
}

} // namespace

QString ReauthDialog::explanation(const Error &reason)
{
    // Whatever ended it (a refresh token expired on this machine's clock, Descope refusing
    // it as expired, revoked or signed out elsewhere), the person's news is the same; the
    // server's own wording for a refused token ("The request was not accepted. Check what
    // you entered…") would blame them for something they never typed.
    if (reason.isError())
        return tr("Your session ended. Sign in again to continue.");
    // Opened by the person (the offline banner's "Sign in again") while still signed in.
    return tr("Sign in again to keep your session.");
}

ReauthDialog::ReauthDialog(Client *client, SessionManager *session, const Error &reason, QWidget *parent)
    : ReauthDialog(client, session, reason, nullptr, parent)
{
}

ReauthDialog::ReauthDialog(Project *project, const Error &reason, QWidget *parent)
    : ReauthDialog(project->client(), project->session(), reason, nullptr, parent)
{
}

ReauthDialog::ReauthDialog(Client *client, SessionManager *session, const Error &reason, Clock *clock, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<ReauthDialogPrivate>())
{
    // No store: the login id is the session's, not one to remember.
    d->signIn = new SignInWidget(client, session, nullptr, clock, this);
    setWindowTitle(tr("Sign in again"));
    setWindowModality(Qt::WindowModal);

    // The login id of the session that ended: the only one this prompt signs in. (loginId()
    // and lastLoginId() are the same here: an update keeps the login id it was made with,
    // so a phone number changed without "also sign in with it" is not this login id, and a
    // code asked for here goes wherever Descope sends it for this login id.)
    const QString loginId = session->lastLoginId();
    auto *explanationLabel = new QLabel(this);
    explanationLabel->setObjectName(QStringLiteral("explanationLabel"));
    explanationLabel->setWordWrap(true);
    // In line with the text of the sign-in pages below it (each page has the layout margin).
    const int inset = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    explanationLabel->setContentsMargins(inset, 0, inset, 0);
    QString text = explanation(reason);
    if (!loginId.isEmpty())
        text += QLatin1Char(' ') + tr("To continue as %1, ask for a code and enter it.").arg(unbroken(LoginId::displayForm(loginId)));
    setDisplayText(explanationLabel, text);
    explanationLabel->setAccessibleName(explanationLabel->text());

    auto *buttons = new QDialogButtonBox(this);
    d->stayOut = buttons->addButton(tr("Stay signed &out"), QDialogButtonBox::RejectRole);
    d->stayOut->setObjectName(QStringLiteral("stayOutButton"));
    d->stayOut->setAutoDefault(false); // Enter is for the sign-in's own main action
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanationLabel);
    layout->addWidget(d->signIn, 1);
    layout->addWidget(buttons);
    resize(480, 360);

    // The same-person rule: adopt() refuses anyone but the user who was signed in. No request.
    if (auto error = session->reauthenticate(loginId))
        setDisplayText(explanationLabel, error->message());
    connect(d->signIn, &SignInWidget::signedIn, this, &QDialog::accept);
    // "Stay signed out", Escape or closing the window: the same-person rule ends with the prompt.
    connect(this, &QDialog::rejected, session, &SessionManager::abandonReauthentication);
    // Shows what will happen and waits for the person to ask for a code.
    d->signIn->startReauthentication(loginId);
}

ReauthDialog::~ReauthDialog() = default;

void ReauthDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Cancel)) {
        event->accept();
        if (cancelRequestInFlight(d->signIn->findChild<OtpFlow *>()))
            return; // the request first; the next Escape leaves
        return reject();
    }
    if (pressFocusedButton(this, event))
        return;
    QDialog::keyPressEvent(event);
}

} // namespace Descope
