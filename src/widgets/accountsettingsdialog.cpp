// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "accountsettingsdialog.h"

#include "codeentrypage_p.h"
#include "loginid.h"
#include "phoneinput_p.h"
#include "sessionmanager.h"
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

} // namespace

AccountSettingsDialog::AccountSettingsDialog(Client *client, SessionManager *session, QWidget *parent, Clock *clock)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AccountSettingsDialog>())
    , m_session(session)
    , m_flow(new OtpFlow(client, clock, this))
    , m_codePage(new CodeEntryPage(this))
{
    m_ui->setupUi(this);
    dropAltLetters(); // Alt+letter is a shortcut or nothing, never typing
    // Our own words, not QDialogButtonBox::Close: that one takes its text from Qt's own
    // translations, which are not installed everywhere (German showed "Close").
    m_closeButton = m_ui->buttonBox->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false); // Enter in a form sends its code, never closes
    styleTitle(m_ui->doneTitleLabel);
    for (QLabel *label : {m_ui->newEmailLabel, m_ui->newPhoneLabel, m_ui->countryLabel, m_ui->methodLabel})
        fitMnemonicLabel(label);
    m_ui->newEmailEdit->setFocus(Qt::OtherFocusReason); // the main control of the first form
    m_ui->codePage->layout()->addWidget(m_codePage);
    m_codePage->setAnotherMethodVisible(false);
    // A new number is most likely from the country of the current one.
    const QString ownRegion = LoginId::regionOfNumber(session->user().phone);
    fillCountries(m_ui->countryCombo, ownRegion.isEmpty() ? systemRegion() : ownRegion);
    PhoneInput::attach(m_ui->newPhoneEdit, [this] { return m_ui->countryCombo->currentData().toString(); }, m_ui->countryCombo);
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
    setDisplayText(m_ui->currentEmailValue, user.email.isEmpty() ? tr("Not set") : LoginId::displayForm(user.email));
    setDisplayText(m_ui->currentPhoneValue, user.phone.isEmpty() ? tr("Not set") : LoginId::displayForm(user.phone));

    // An error belongs to what was sent: another tab or new typing makes it stale.
    const auto clearError = [this] {
        clearInlineError(m_ui->errorLabel, m_ui->newEmailEdit);
        clearInlineError(m_ui->errorLabel, m_ui->newPhoneEdit);
    };
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, clearError);
    connect(m_ui->newEmailEdit, &QLineEdit::textEdited, this, clearError);
    connect(m_ui->newPhoneEdit, &QLineEdit::textEdited, this, clearError);
    connect(m_ui->sendEmailButton, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_ui->sendPhoneButton, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_codePage, &CodeEntryPage::codeEntered, m_flow, &OtpFlow::verify);
    connect(m_codePage, &CodeEntryPage::resendRequested, m_flow, &OtpFlow::resend);
    connect(m_codePage, &CodeEntryPage::changeLoginIdRequested, this, &AccountSettingsDialog::showForms);

    connect(m_flow, &OtpFlow::stateChanged, this, [this](OtpFlow::State state) {
        setBusy(state == OtpFlow::State::Sending || state == OtpFlow::State::Verifying);
    });
    connect(m_flow, &OtpFlow::codeSent, this, [this](const MaskedAddress &masked) {
        m_codePage->setDestination(m_flow->request().method, m_flow->destination(), masked.address);
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
            showInlineError(m_ui->errorLabel, error.message(), isEmailTab() ? m_ui->newEmailEdit : m_ui->newPhoneEdit);
    };
    connect(m_flow, &OtpFlow::inputRejected, this, showError);
    connect(m_flow, &OtpFlow::attemptFailed, this, showError);
    connect(m_flow, &OtpFlow::failed, this, [this, showError](const Error &error) {
        showError(error);
        if (!error.voidsCode())
            m_session->reportRefusal(error); // Descope refusing the session's token ends it
    });
    connect(m_flow, &OtpFlow::verified, this, [this, showError](const AuthenticationResponse &response) {
        if (auto error = m_session->adopt(response, m_flow->loginId()))
            return showError(*error);
        setBusy(true); // the tokens are checked and saved before the change counts
        m_adopting = true;
        whenAdopted(m_session, this, [this, showError](const Error &error) {
            m_adopting = false;
            setBusy(false);
            if (error.isError())
                return showError(error);
            showDone();
        });
    });
}

AccountSettingsDialog::~AccountSettingsDialog() = default;

void AccountSettingsDialog::send(bool email)
{
    if (m_busy)
        return; // one request at a time; Escape cancels it
    clearInlineError(m_ui->errorLabel, m_ui->newEmailEdit);
    clearInlineError(m_ui->errorLabel, m_ui->newPhoneEdit);
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
    (isEmailTab() ? m_ui->newEmailEdit : m_ui->newPhoneEdit)->setFocus(Qt::OtherFocusReason);
}

void AccountSettingsDialog::showDone()
{
    const OtpFlow::Request &request = m_flow->request();
    const bool email = request.mode == OtpFlow::Mode::UpdateEmail;
    const User &user = m_session->user();
    const QString address = LoginId::displayForm(email ? user.email : user.phone);
    QString text = email ? tr("Your email address is now %1.").arg(address)
                         : tr("Your phone number is now %1.").arg(address);
    if (request.updateOptions.addToLoginIDs)
        text += QLatin1Char(' ') + tr("You can also sign in with it.");
    m_ui->doneTitleLabel->setText(email ? tr("Email address changed") : tr("Phone number changed"));
    setDisplayText(m_ui->doneLabel, text);
    m_ui->doneLabel->setAccessibleName(text);
    m_ui->stack->setCurrentWidget(m_ui->donePage);
    // The one thing left to do: Enter or Escape closes, and a screen reader hears why.
    m_closeButton->setDefault(true);
    m_closeButton->setFocus(Qt::OtherFocusReason);
    announce(m_ui->doneLabel, text);
}

void AccountSettingsDialog::reject()
{
    if (m_ui->stack->currentWidget() == m_ui->donePage)
        return accept();
    QDialog::reject();
}

bool AccountSettingsDialog::isEmailTab() const
{
    return m_ui->tabs->currentWidget() == m_ui->emailTab;
}

void AccountSettingsDialog::keyPressEvent(QKeyEvent *event)
{
    QWidget *page = m_ui->stack->currentWidget();
    const bool requestRunning = m_flow->state() == OtpFlow::State::Sending || m_flow->state() == OtpFlow::State::Verifying;
    if (event->matches(QKeySequence::Cancel)) {
        event->accept();
        if (m_adopting)
            return; // the change is made already; its tokens are being saved
        if (requestRunning)
            return m_flow->cancel();
        if (page == m_ui->codePage)
            return showForms();
        return reject();
    }
    if (pressFocusedButton(this, event))
        return;
    if (isEnterKey(event) && page == m_ui->formsPage) {
        event->accept();
        if (!m_busy)
            send(isEmailTab());
        return;
    }
    QDialog::keyPressEvent(event);
}

void AccountSettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    // Read-only rather than disabled: the keyboard focus stays where the person left it
    // (a disabled widget loses it, and Enter would then land on Close).
    m_ui->newEmailEdit->setReadOnly(busy);
    m_ui->newPhoneEdit->setReadOnly(busy);
    for (QPushButton *button : {m_ui->sendEmailButton, m_ui->sendPhoneButton})
        button->setEnabled(!busy || button->hasFocus());
    m_codePage->setBusy(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace Descope
