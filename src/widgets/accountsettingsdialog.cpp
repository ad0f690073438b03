// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "accountsettingsdialog_p.h"

#include "codeentrypage_p.h"
#include "loginid.h"
#include "phoneinput_p.h"
#include "project.h"
#include "sessionmanager.h"
#include "stepupdialog.h"
#include "uihelpers_p.h"
#include "ui_accountsettingsdialog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTextLayout>
#include <QtMath>

namespace Descope {

namespace {

/// Makes label wide enough for its text as painted. A mnemonic is drawn underlined, which
/// splits the text into runs that lose their kerning, so the painted text can be a pixel or
/// two wider than QLabel::sizeHint() measures, and its last letter was cut ("Neue
/// Telefonnummer" in German).
void fitMnemonicLabel(QLabel *label)
{
    QString text = label->text();
    const qsizetype mnemonicAt = text.indexOf(QLatin1Char('&'));
    if (mnemonicAt < 0 || mnemonicAt + 1 >= text.size())
        return;
    text.remove(mnemonicAt, 1);
    QTextLayout layout(text, label->font());
    QTextLayout::FormatRange underline;
    underline.start = int(mnemonicAt);
    underline.length = 1;
    underline.format.setFontUnderline(true);
    layout.setFormats({underline});
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(100000);
    layout.endLayout();
    const QMargins margins = label->contentsMargins();
    const int painted = qCeil(line.naturalTextWidth()) + margins.left() + margins.right() + 2 * label->margin();
    label->setMinimumWidth(qMax(label->sizeHint().width(), painted));
}

/// Grows window (never shrinks it) to the height its layout needs at its width, after every
/// layout change. Qt sets a window's minimum height without the word-wrapped labels'
/// height for width, so an inline error appearing under the code squeezed the page into
/// the old height instead, and the code boxes lost their bottom half.
class GrowToFit : public QObject
{
public:
    explicit GrowToFit(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::LayoutRequest && !m_pending) {
            m_pending = true;
            // Once the layout has taken the change in (QWidget::event activates it).
            QMetaObject::invokeMethod(this, [this] {
                m_pending = false;
                fit();
            }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        if (!m_window->isVisible() || m_window->isMaximized() || m_window->isFullScreen())
            return;
        const int forWidth = m_window->hasHeightForWidth() ? m_window->heightForWidth(m_window->width()) : -1;
        const int needed = qMax(forWidth, m_window->minimumSizeHint().height());
        if (m_window->height() < needed)
            m_window->resize(m_window->width(), needed);
    }

    QWidget *const m_window;
    bool m_pending = false;
};

} // namespace

AccountSettingsDialogPrivate::AccountSettingsDialogPrivate(AccountSettingsDialog *q, Client *client,
                                                           SessionManager *session, Clock *clock)
    : q(q)
    , ui(std::make_unique<::Ui::AccountSettingsDialog>())
    , client(client)
    , session(session)
    , clock(clock)
    , flow(new OtpFlow(client, clock, q))
    , codePage(new CodeEntryPage(q))
{
}

AccountSettingsDialogPrivate::~AccountSettingsDialogPrivate() = default;

AccountSettingsDialog::AccountSettingsDialog(Client *client, SessionManager *session, QWidget *parent)
    : AccountSettingsDialog(client, session, nullptr, parent)
{
}

AccountSettingsDialog::AccountSettingsDialog(Project *project, QWidget *parent)
    : AccountSettingsDialog(project->client(), project->session(), nullptr, parent)
{
}

AccountSettingsDialog::AccountSettingsDialog(Client *client, SessionManager *session, Clock *clock, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<AccountSettingsDialogPrivate>(this, client, session, clock))
{
    ::Ui::AccountSettingsDialog *const ui = d->ui.get();
    ui->setupUi(this);
    dropAltLetters(); // Alt+letter is a shortcut or nothing, never typing
    // Our own words, not QDialogButtonBox::Close: that one takes its text from Qt's own
    // translations, which are not installed everywhere (German showed "Close").
    d->closeButton = ui->buttonBox->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    d->closeButton->setObjectName(QStringLiteral("closeButton"));
    d->closeButton->setAutoDefault(false); // Enter in a form sends its code, never closes
    styleTitle(ui->doneTitleLabel);
    for (QLabel *label : {ui->newEmailLabel, ui->newPhoneLabel, ui->countryLabel, ui->methodLabel})
        fitMnemonicLabel(label);
    ui->newEmailEdit->setFocus(Qt::OtherFocusReason); // the main control of the first form
    new GrowToFit(this); // an inline error adds lines: the dialog grows rather than cut them
    ui->codePage->layout()->addWidget(d->codePage);
    d->codePage->setAnotherMethodVisible(false);
    // A new number is most likely from the country of the current one.
    const QString ownRegion = LoginId::regionOfNumber(session->user().phone);
    fillCountries(ui->countryCombo, ownRegion.isEmpty() ? systemRegion() : ownRegion);
    PhoneInput::attach(ui->newPhoneEdit, [ui] { return ui->countryCombo->currentData().toString(); }, ui->countryCombo);
    ui->methodCombo->addItem(tr("Text message (SMS)"), QVariant::fromValue(DeliveryMethod::Sms));
    ui->methodCombo->addItem(tr("Voice call"), QVariant::fromValue(DeliveryMethod::Voice));
    ui->methodCombo->addItem(tr("WhatsApp"), QVariant::fromValue(DeliveryMethod::WhatsApp));
    clearInlineError(ui->errorLabel);

    // The dialog is about the account it opened for: if that session ends or another
    // person signs in (here or in another program), it closes rather than change theirs.
    const QString userId = session->user().userId;
    connect(session, &SessionManager::signedOut, this, &QDialog::reject);
    connect(session, &SessionManager::signedIn, this, [this, userId](const User &signedIn) {
        if (signedIn.userId != userId)
            reject();
    });

    const User &user = session->user();
    setDisplayText(ui->currentEmailValue, user.email.isEmpty() ? tr("Not set") : LoginId::displayForm(user.email));
    setDisplayText(ui->currentPhoneValue, user.phone.isEmpty() ? tr("Not set") : LoginId::displayForm(user.phone));

    // An error belongs to what was sent: another tab or new typing makes it stale.
    const auto clearError = [ui] {
        clearInlineError(ui->errorLabel, ui->newEmailEdit);
        clearInlineError(ui->errorLabel, ui->newPhoneEdit);
    };
    connect(ui->tabs, &QTabWidget::currentChanged, this, clearError);
    connect(ui->newEmailEdit, &QLineEdit::textEdited, this, clearError);
    connect(ui->newPhoneEdit, &QLineEdit::textEdited, this, clearError);
    AccountSettingsDialogPrivate *const p = d.get(); // for the lambdas
    connect(ui->sendEmailButton, &QPushButton::clicked, this, [p] { p->send(Form::Email); });
    connect(ui->sendPhoneButton, &QPushButton::clicked, this, [p] { p->send(Form::Phone); });
    d->codePage->follow(d->flow);
    connect(d->codePage, &CodeEntryPage::changeLoginIdRequested, this, [p] { p->showForms(); });

    connect(d->flow, &OtpFlow::stateChanged, this, [p](OtpFlow::State state) {
        p->setBusy(state == OtpFlow::State::Sending || state == OtpFlow::State::Verifying);
    });
    connect(d->flow, &OtpFlow::codeSent, this, [p] {
        // The page said where the code went (follow()); it shows now.
        if (p->ui->stack->currentWidget() != p->ui->codePage) {
            p->codePage->reset();
            p->ui->stack->setCurrentWidget(p->ui->codePage);
        }
    });
    const auto showError = [p](const Error &error) { p->showError(error); };
    connect(d->flow, &OtpFlow::inputRejected, this, showError);
    connect(d->flow, &OtpFlow::attemptFailed, this, showError);
    connect(d->flow, &OtpFlow::failed, this, showError);
    // Resends go with the session's current token; Descope refusing it ends the session.
    followSession(d->flow, session, this);
    connect(d->flow, &OtpFlow::verified, this, [p](const AuthenticationResponse &response) { p->onVerified(response); });
}

AccountSettingsDialog::~AccountSettingsDialog()
{
    // The flow and the code page go while d is still there, so that their last signals
    // (a request cancelled, focus leaving) find it.
    delete d->flow;
    delete d->codePage;
}

void AccountSettingsDialogPrivate::showError(const Error &error)
{
    // The session's token refused: nothing typed is at fault (the sign-in prompt follows).
    const QString message = refusesSession(error) ? sessionRefusedMessage() : error.message();
    if (ui->stack->currentWidget() == ui->codePage)
        codePage->showError(error, message);
    else
        showFormError(message);
}

void AccountSettingsDialogPrivate::showFormError(const QString &message)
{
    showInlineError(ui->errorLabel, message,
                    ui->tabs->currentWidget() == ui->emailTab ? ui->newEmailEdit : ui->newPhoneEdit);
}

void AccountSettingsDialogPrivate::onVerified(const AuthenticationResponse &response)
{
    if (auto error = session->adopt(response, flow->loginId()))
        return showError(*error);
    setBusy(true); // the tokens are checked and saved before the change counts
    adopting = true;
    whenAdopted(session, q, [this](const Error &error) {
        adopting = false;
        setBusy(false);
        if (error.isError())
            return showError(error);
        showDone();
    });
}

AccountSettingsDialog::Form AccountSettingsDialog::currentForm() const
{
    return d->ui->tabs->currentWidget() == d->ui->phoneTab ? Form::Phone : Form::Email;
}

void AccountSettingsDialog::setCurrentForm(Form form)
{
    if (d->ui->stack->currentWidget() == d->ui->donePage)
        return; // the change is made: what is left is to close
    d->ui->tabs->setCurrentWidget(form == Form::Phone ? d->ui->phoneTab : d->ui->emailTab);
    d->showForms();
}

OtpFlow::Request AccountSettingsDialogPrivate::request(AccountSettingsDialog::Form form) const
{
    const bool email = form == AccountSettingsDialog::Form::Email;
    OtpFlow::Request request;
    request.mode = email ? OtpFlow::Mode::UpdateEmail : OtpFlow::Mode::UpdatePhone;
    request.method = email ? DeliveryMethod::Email : ui->methodCombo->currentData().value<DeliveryMethod>();
    request.loginId = session->loginId();
    request.newAddress = email ? ui->newEmailEdit->text() : ui->newPhoneEdit->text();
    request.updateOptions.addToLoginIDs = (email ? ui->emailLoginCheck : ui->phoneLoginCheck)->isChecked();
    request.defaultRegion = ui->countryCombo->currentData().toString();
    return request;
}

std::optional<Error> AccountSettingsDialogPrivate::checkNewAddress(const OtpFlow::Request &request)
{
    using Problem = Error::InputProblem;
    const bool wantEmail = request.mode == OtpFlow::Mode::UpdateEmail;
    const auto parsed = LoginId::parse(request.newAddress, request.defaultRegion);
    if (!parsed) {
        return parsed.error().inputProblem() == Problem::LoginId
            ? Error::invalidInput(wantEmail ? Problem::Email : Problem::Phone, parsed.error().detail())
            : parsed.error();
    }
    if (parsed->isEmail() != wantEmail || !parsed->fits(request.method))
        return Error::invalidInput(wantEmail ? Problem::Email : Problem::MethodMismatch,
                                   QStringLiteral("the new address does not fit the update"));
    return std::nullopt;
}

void AccountSettingsDialogPrivate::send(AccountSettingsDialog::Form form)
{
    if (busy || stepUp)
        return; // one request at a time; Escape cancels it
    clearInlineError(ui->errorLabel, ui->newEmailEdit);
    clearInlineError(ui->errorLabel, ui->newPhoneEdit);
    // A typo is said at once, not after a code to confirm it's you.
    if (auto error = checkNewAddress(request(form)))
        return showError(*error);
    // A sensitive change: a sign-in that is not recent is confirmed with a fresh code first
    // (issue 13's sudo mode). Confirmed, the change goes on by itself, with what the form
    // holds then (as typed: the form waits behind the step-up) and the stepped-up session.
    stepUp = StepUpDialog::whenRecentlySignedIn(client, session, clock, q, q, [this, form](bool confirmed) {
        if (!confirmed) {
            // Left signed in (a session that ended closes this dialog too): nothing happened.
            if (session->isSignedIn())
                showFormError(AccountSettingsDialog::tr("Nothing was changed: the change needs the code that confirms it's you."));
            return;
        }
        OtpFlow::Request update = request(form);
        update.refreshJwt = session->refreshJwt();
        flow->start(update);
    });
    if (stepUp)
        stepUp->setReason(form == AccountSettingsDialog::Form::Email
                              ? AccountSettingsDialog::tr("Changing your email address needs a recent sign-in.")
                              : AccountSettingsDialog::tr("Changing your phone number needs a recent sign-in."));
}

void AccountSettingsDialogPrivate::showForms()
{
    flow->cancel();
    ui->stack->setCurrentWidget(ui->formsPage);
    (q->currentForm() == AccountSettingsDialog::Form::Email ? ui->newEmailEdit : ui->newPhoneEdit)->setFocus(Qt::OtherFocusReason);
}

void AccountSettingsDialogPrivate::showDone()
{
    const OtpFlow::Request &request = flow->request();
    const bool email = request.mode == OtpFlow::Mode::UpdateEmail;
    const User &user = session->user();
    const QString address = LoginId::displayForm(email ? user.email : user.phone);
    QString text = email ? AccountSettingsDialog::tr("Your email address is now %1.").arg(address)
                         : AccountSettingsDialog::tr("Your phone number is now %1.").arg(address);
    if (request.updateOptions.addToLoginIDs)
        text += QLatin1Char(' ') + AccountSettingsDialog::tr("You can also sign in with it.");
    ui->doneTitleLabel->setText(email ? AccountSettingsDialog::tr("Email address changed")
                                      : AccountSettingsDialog::tr("Phone number changed"));
    setDisplayText(ui->doneLabel, text);
    ui->doneLabel->setAccessibleName(text);
    ui->stack->setCurrentWidget(ui->donePage);
    // The one thing left to do: Enter or Escape closes, and a screen reader hears why.
    closeButton->setDefault(true);
    closeButton->setFocus(Qt::OtherFocusReason);
    announce(ui->doneLabel, text);
}

void AccountSettingsDialog::reject()
{
    if (d->ui->stack->currentWidget() == d->ui->donePage)
        return accept();
    QDialog::reject();
}

void AccountSettingsDialog::keyPressEvent(QKeyEvent *event)
{
    QWidget *page = d->ui->stack->currentWidget();
    if (event->matches(QKeySequence::Cancel)) {
        event->accept();
        if (d->adopting)
            return; // the change is made already; its tokens are being saved
        if (cancelRequestInFlight(d->flow))
            return;
        if (page == d->ui->codePage)
            return d->showForms();
        return reject();
    }
    if (pressFocusedButton(this, event))
        return;
    if (isEnterKey(event) && page == d->ui->formsPage) {
        event->accept();
        if (!d->busy)
            d->send(currentForm());
        return;
    }
    QDialog::keyPressEvent(event);
}

void AccountSettingsDialogPrivate::setBusy(bool isBusy)
{
    busy = isBusy;
    // Read-only rather than disabled: the keyboard focus stays where the person left it
    // (a disabled widget loses it, and Enter would then land on Close).
    ui->newEmailEdit->setReadOnly(isBusy);
    ui->newPhoneEdit->setReadOnly(isBusy);
    for (QPushButton *button : {ui->sendEmailButton, ui->sendPhoneButton})
        button->setEnabled(!isBusy || button->hasFocus());
    codePage->setBusy(isBusy);
    if (isBusy)
        q->setCursor(Qt::BusyCursor);
    else
        q->unsetCursor();
}

} // namespace Descope
