// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "stepupdialog_p.h"

#include "codeentrypage_p.h"
#include "otpflow.h"
#include "project.h"
#include "sessionmanager.h"
#include "uihelpers_p.h"
#include "ui_stepupdialog.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QStyle>

#include <utility>

namespace Descope {

StepUpDialogPrivate::StepUpDialogPrivate(StepUpDialog *q, Client *client, SessionManager *session, Clock *clock)
    : q(q)
    , ui(std::make_unique<::Ui::StepUpDialog>())
    , session(session)
    , flow(new OtpFlow(client, clock, q))
{
}

StepUpDialogPrivate::~StepUpDialogPrivate() = default;

StepUpDialog::StepUpDialog(Client *client, SessionManager *session, QWidget *parent)
    : StepUpDialog(client, session, nullptr, parent)
{
}

StepUpDialog::StepUpDialog(Project *project, QWidget *parent)
    : StepUpDialog(project->client(), project->session(), nullptr, parent)
{
}

StepUpDialog::StepUpDialog(Client *client, SessionManager *session, Clock *clock, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<StepUpDialogPrivate>(this, client, session, clock))
{
    ::Ui::StepUpDialog *const ui = d->ui.get();
    ui->setupUi(this);
    dropAltLetters(); // Alt+letter is a shortcut or nothing, never typing
    setWindowTitle(tr("Confirm it's you"));
    setWindowModality(Qt::WindowModal);
    // The window's own actions (Quit) work here too, as in the window behind.
    if (parent)
        addActions(parent->window()->actions());

    // In line with the code page's text below it (the page has the layout margin).
    const int inset = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    ui->explanationLabel->setContentsMargins(inset, 0, inset, 0);
    d->setExplanation({});

    // The code goes to the signed-in login id: there is no other to choose or change to.
    ui->codePage->setAnotherMethodVisible(false);
    ui->codePage->setChangeLoginIdVisible(false);
    ui->codePage->follow(d->flow);

    ui->busyBar->setAccessibleName(tr("Working"));
    // The layout holds still while a request comes and goes.
    QSizePolicy keepRoom = ui->busyBar->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    ui->busyBar->setSizePolicy(keepRoom);
    ui->busyBar->hide();
    // Wide enough to read, as the other dialogs; the height follows the (wrapped) texts.
    resize(480, 0);

    // Our own word, not QDialogButtonBox::Cancel: Qt's own translations are not installed everywhere.
    d->cancelButton = ui->buttonBox->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    d->cancelButton->setObjectName(QStringLiteral("cancelButton"));
    d->cancelButton->setAccessibleDescription(tr("Leave without the change (Escape)"));
    d->cancelButton->setAutoDefault(false); // Enter is for the code
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Closed, the conversation ends: no code checked behind a closed dialog.
    connect(this, &QDialog::finished, d->flow, &OtpFlow::cancel);

    // About the person signed in when it opened: if that session ends or another person
    // signs in (here or in another program), there is nothing left to confirm.
    const QString userId = session->user().userId;
    connect(session, &SessionManager::signedOut, this, &QDialog::reject);
    connect(session, &SessionManager::signedIn, this, [this, userId](const User &signedIn) {
        if (signedIn.userId != userId)
            reject();
    });

    StepUpDialogPrivate *const p = d.get(); // for the lambdas
    connect(ui->codePage, &CodeEntryPage::resendRequested, this, [p] {
        // Escape cancelled the first code before it went: "Send a new code" sends it.
        if (p->flow->state() == OtpFlow::State::Idle)
            p->send();
    });
    // Where the code went is said after the dialog is laid out: room for it, in any language.
    connect(d->flow, &OtpFlow::codeSent, this, [p] { p->fitHeight(); });
    connect(d->flow, &OtpFlow::stateChanged, this, [p](OtpFlow::State state) {
        p->setBusy(state == OtpFlow::State::Sending || state == OtpFlow::State::Verifying);
    });
    const auto showError = [p](const Error &error) { p->showError(error); };
    connect(d->flow, &OtpFlow::inputRejected, this, showError);
    connect(d->flow, &OtpFlow::attemptFailed, this, showError);
    connect(d->flow, &OtpFlow::failed, this, showError);
    // Resends go with the session's current token; Descope refusing it ends the session.
    followSession(d->flow, session, this);
    // Confirmed meanwhile in another program (descope-otp --stepup), whose code voids the
    // one sent here: as confirmed here.
    const qint64 verifiedAtOpen = session->lastVerifiedAt();
    connect(session, &SessionManager::refreshed, this, [this, p, verifiedAtOpen] {
        if (!p->adopting && p->session->lastVerifiedAt() > verifiedAtOpen && !p->session->needsStepUp())
            accept();
    });
    connect(d->flow, &OtpFlow::verified, this, [p](const AuthenticationResponse &response) { p->onVerified(response); });
}

StepUpDialog::~StepUpDialog()
{
    // The flow goes while d is still there, so that its last signals find it.
    delete d->flow;
}

StepUpDialog *StepUpDialog::whenRecentlySignedIn(Client *client, SessionManager *session, Clock *clock, QWidget *parent,
                                                 QObject *context, const std::function<void(bool confirmed)> &then)
{
    if (!session->needsStepUp()) {
        then(true);
        return nullptr;
    }
    auto *dialog = new StepUpDialog(client, session, clock, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, context, [then](int result) { then(result == QDialog::Accepted); });
    dialog->open();
    return dialog;
}

StepUpDialog *StepUpDialog::whenRecentlySignedIn(Project *project, QWidget *parent, QObject *context,
                                                 const std::function<void(bool confirmed)> &then)
{
    return whenRecentlySignedIn(project->client(), project->session(), nullptr, parent, context, then);
}

void StepUpDialog::setReason(const QString &reason)
{
    d->setExplanation(reason);
    if (isVisible())
        d->fitHeight();
}

void StepUpDialogPrivate::setExplanation(const QString &reason)
{
    // Not "this change": signing out everywhere asks too, and SDK users ask for their own.
    const QString why = reason.isEmpty() ? StepUpDialog::tr("What you asked for needs a recent sign-in.") : reason;
    setDisplayText(ui->explanationLabel,
                   why + QLatin1Char(' ') + StepUpDialog::tr("To confirm it's you, enter the code we send you."));
    ui->explanationLabel->setAccessibleName(ui->explanationLabel->text());
}

void StepUpDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    d->fitHeight();
    // Opened because the person asked for the change: the code goes at once.
    if (!std::exchange(d->sent, true))
        d->send();
}

void StepUpDialogPrivate::send()
{
    ui->codePage->clearError();
    flow->start(OtpFlow::stepUpRequest(*session));
}

void StepUpDialogPrivate::setBusy(bool busy)
{
    ui->busyBar->setVisible(busy);
    ui->codePage->setBusy(busy);
    if (busy)
        q->setCursor(Qt::BusyCursor);
    else
        q->unsetCursor();
}

void StepUpDialogPrivate::showError(const Error &error)
{
    // The session's token refused: nothing typed is at fault (the sign-in prompt follows).
    ui->codePage->showError(error, refusesSession(error) ? sessionRefusedMessage() : QString());
    fitHeight();
}

void StepUpDialogPrivate::fitHeight()
{
    // A window does not grow by itself for wrapped text that needs another line (a long
    // address, a German sentence): as tall as the texts need at its width, never cut. The
    // page's new height for its width does not reach this layout by itself either (Qt passes
    // a change of a child's minimum size up, not of its height for width).
    ui->codePage->updateGeometry();
    q->layout()->activate();
    const int needed = q->layout()->totalHeightForWidth(q->width());
    if (needed > q->height())
        q->resize(q->width(), needed);
}

void StepUpDialogPrivate::onVerified(const AuthenticationResponse &response)
{
    if (auto error = session->adopt(response, flow->loginId()))
        return showError(*error);
    setBusy(true); // the stepped-up tokens are checked and saved before the change goes on
    adopting = true;
    whenAdopted(session, q, [this](const Error &error) {
        adopting = false;
        setBusy(false);
        if (error.isError())
            return showError(error);
        q->accept();
    });
}

void StepUpDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Cancel)) {
        event->accept();
        if (d->adopting)
            return; // confirmed already; its tokens are being saved
        if (cancelRequestInFlight(d->flow))
            return; // the request first; the next Escape leaves
        return reject();
    }
    if (pressFocusedButton(this, event))
        return;
    QDialog::keyPressEvent(event);
}

} // namespace Descope
