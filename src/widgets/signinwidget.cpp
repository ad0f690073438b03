// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "signinwidget.h"

#include "codeentrypage_p.h"
#include "deliverymethodpage_p.h"
#include "loginidpage_p.h"
#include "sessionmanager.h"
#include "tokenstore.h"
#include "uihelpers_p.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Descope {

namespace {
const QString LastMethodKey = QStringLiteral("signIn/lastMethod");
const QString LastRegionKey = QStringLiteral("signIn/lastRegion");
} // namespace

SignInWidget::SignInWidget(Client *client, SessionManager *session, TokenStore *store, QWidget *parent, Clock *clock)
    : QWidget(parent)
    , m_client(client)
    , m_session(session)
    , m_store(store)
    , m_flow(new OtpFlow(client, clock, this))
    , m_stack(new QStackedWidget(this))
    , m_loginIdPage(new LoginIdPage(this))
    , m_methodPage(new DeliveryMethodPage(this))
    , m_codePage(new CodeEntryPage(this))
    , m_busyBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    m_stack->addWidget(m_loginIdPage);
    m_stack->addWidget(m_methodPage);
    m_stack->addWidget(m_codePage);
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->setAccessibleName(tr("Working"));
    m_cancelButton->setAccessibleDescription(tr("Stop the request that is running (Escape)"));
    m_cancelButton->setAutoDefault(false);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyBar, 1);
    busyRow->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(busyRow);
    m_busyBar->hide();
    m_cancelButton->hide();

    m_loginIdPage->setRegion(QSettings().value(LastRegionKey, systemRegion()).toString());

    connect(m_loginIdPage, &LoginIdPage::submitted, this, &SignInWidget::onLoginIdSubmitted);
    connect(m_methodPage, &DeliveryMethodPage::sendRequested, this, &SignInWidget::send);
    connect(m_methodPage, &DeliveryMethodPage::backRequested, this, [this] { goBackTo(m_loginIdPage); });
    connect(m_codePage, &CodeEntryPage::codeEntered, m_flow, &OtpFlow::verify);
    connect(m_codePage, &CodeEntryPage::resendRequested, this, [this] {
        m_codePage->clearError();
        m_flow->resend();
    });
    connect(m_codePage, &CodeEntryPage::anotherMethodRequested, this, [this] { goBackTo(m_methodPage); });
    connect(m_codePage, &CodeEntryPage::changeLoginIdRequested, this, [this] { goBackTo(m_loginIdPage); });
    connect(m_cancelButton, &QPushButton::clicked, m_flow, &OtpFlow::cancel);

    connect(m_flow, &OtpFlow::stateChanged, this, [this](OtpFlow::State state) {
        setBusy(state == OtpFlow::State::Sending || state == OtpFlow::State::Verifying);
    });
    connect(m_flow, &OtpFlow::codeSent, this, [this](const MaskedAddress &masked) {
        m_codePage->setDestination(m_flow->request().method, m_flow->destination(), masked.address);
        if (m_stack->currentWidget() != m_codePage) {
            showPage(m_codePage); // shown first: reset() puts focus on the code field
            m_codePage->reset();
        }
        QSettings settings;
        settings.setValue(LastMethodKey, pathSegment(m_flow->request().method));
        settings.setValue(LastRegionKey, m_loginIdPage->region());
    });
    connect(m_flow, &OtpFlow::resendCountdownChanged, m_codePage, &CodeEntryPage::setResendSeconds);
    connect(m_flow, &OtpFlow::inputRejected, this, &SignInWidget::showErrorOnCurrentPage);
    connect(m_flow, &OtpFlow::attemptFailed, this, &SignInWidget::showErrorOnCurrentPage);
    connect(m_flow, &OtpFlow::failed, this, &SignInWidget::showErrorOnCurrentPage);
    connect(m_flow, &OtpFlow::verified, this, &SignInWidget::onVerified);

    restart();
}

SignInWidget::~SignInWidget() = default;

void SignInWidget::restart()
{
    m_reauthenticating = false;
    m_flow->cancel();
    m_mode = OtpFlow::Mode::SignUpOrIn;
    m_loginId.reset();
    m_name.clear();
    m_codePage->setChangeLoginIdVisible(true);
    m_methodPage->setBackVisible(true);
    m_methodPage->clearError();
    m_loginIdPage->reset(); // the code page is reset when it shows next
    showPage(m_loginIdPage);
    if (m_loginIdPage->loginId().isEmpty()) {
        StoreJob *job = m_store->loadLastLoginId();
        connect(job, &StoreJob::finished, this, [this, job] {
            if (job->isSuccess() && m_loginIdPage->loginId().isEmpty())
                m_loginIdPage->setLoginId(LoginId::displayForm(job->value())); // as people write it
        });
    }
}

void SignInWidget::startReauthentication(const QString &loginId)
{
    m_reauthenticating = true;
    m_flow->cancel();
    m_mode = OtpFlow::Mode::SignIn;
    m_name.clear();
    m_codePage->setChangeLoginIdVisible(false);
    m_methodPage->setBackVisible(false);
    m_methodPage->clearError();
    m_loginIdPage->reset();
    m_loginIdPage->setLoginId(loginId);
    // No code yet: an SMS or a call nobody asked for costs money and alarms people. The page
    // names where the code will go and waits for "Send code".
    auto parsed = LoginId::parse(loginId, m_loginIdPage->region());
    if (parsed) {
        m_loginId = parsed.value();
        const auto methods = m_loginId->methods();
        const auto preferred = deliveryMethodFromString(QSettings().value(LastMethodKey).toString());
        // Descope sends a sign-in code to the account's own address for the channel, which is
        // not the login id after a phone change made without "also sign in with it".
        const User &account = m_session->user();
        const QString accountAddress = m_loginId->isEmail() ? account.email : account.phone;
        m_methodPage->setChoices(accountAddress.isEmpty() ? m_loginId->display() : LoginId::displayForm(accountAddress),
                                 methods, preferred.value_or(methods.first()));
    } else {
        m_loginId.reset();
        m_methodPage->setChoices(LoginId::displayForm(loginId), {}, DeliveryMethod::Email);
    }
    showPage(m_methodPage);
    if (!parsed)
        m_methodPage->showError(parsed.error());
}

void SignInWidget::showPage(QWidget *page)
{
    m_stack->setCurrentWidget(page);
    // The person's place changed: focus goes to the new page's main control. Not while this
    // widget is hidden (focus would go to a hidden widget): showEvent() does it then.
    if (isVisible())
        focusPage(page);
    Q_EMIT pageChanged(page);
}

void SignInWidget::focusPage(QWidget *page)
{
    if (page == m_loginIdPage)
        m_loginIdPage->focusInput();
    else if (page == m_methodPage)
        m_methodPage->focusMainControl();
    else if (page == m_codePage)
        m_codePage->focusInput();
}

void SignInWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous() && !isAncestorOf(QApplication::focusWidget()))
        focusPage(m_stack->currentWidget());
}

void SignInWidget::goBackTo(QWidget *page)
{
    if (m_busy)
        return;
    // What was said on the way no longer holds; what was typed stays.
    m_loginIdPage->clearError();
    m_methodPage->clearError();
    m_codePage->clearError();
    showPage(page);
}

bool SignInWidget::goBack()
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_codePage) {
        const bool choseMethod = m_reauthenticating || (m_loginId && m_loginId->methods().size() > 1);
        goBackTo(choseMethod ? static_cast<QWidget *>(m_methodPage) : m_loginIdPage);
        return true;
    }
    if (page == m_methodPage && !m_reauthenticating) {
        goBackTo(m_loginIdPage);
        return true;
    }
    if (page == m_loginIdPage && m_loginIdPage->isSigningUp()) {
        m_loginIdPage->clearError();
        m_loginIdPage->leaveSignUp();
        return true;
    }
    return false; // the first page: Escape is the window's (a dialog closes)
}

void SignInWidget::keyPressEvent(QKeyEvent *event)
{
    // Keys the focused control did not take come here, from every page.
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // Taken here in any case: in a dialog, Enter must not also press its default button.
        event->accept();
        if (pressFocusedButton(this, event) || m_busy)
            return;
        QWidget *page = m_stack->currentWidget();
        if (page == m_loginIdPage)
            m_loginIdPage->submit();
        else if (page == m_methodPage)
            m_methodPage->submit();
        // The code page submits from its field by itself.
        return;
    }
    case Qt::Key_Escape:
        if (m_busy) {
            event->accept();
            if (m_cancelButton->isVisible())
                m_flow->cancel();
            return;
        }
        if (goBack())
            return event->accept();
        return QWidget::keyPressEvent(event);
    default:
        return QWidget::keyPressEvent(event);
    }
}

void SignInWidget::setBusy(bool busy, bool cancellable)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    // Hiding Cancel while it has focus would send focus on along the chain: the person's place
    // is the page again.
    const bool cancelHadFocus = m_cancelButton->hasFocus();
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy && cancellable);
    // Only the page the request started from holds still (and is released): a page that is
    // not shown must not take focus.
    if (busy)
        m_busyPage = m_stack->currentWidget();
    if (m_busyPage == m_loginIdPage)
        m_loginIdPage->setBusy(busy);
    else if (m_busyPage == m_methodPage)
        m_methodPage->setBusy(busy);
    else if (m_busyPage == m_codePage)
        m_codePage->setBusy(busy);
    if (!busy) {
        m_busyPage = nullptr;
        if (cancelHadFocus)
            focusPage(m_stack->currentWidget());
    }
}

void SignInWidget::onLoginIdSubmitted(OtpFlow::Mode mode)
{
    if (m_busy)
        return;
    m_loginIdPage->clearError();
    auto parsed = LoginId::parse(m_loginIdPage->loginId(), m_loginIdPage->region());
    if (!parsed) {
        m_loginIdPage->showError(parsed.error().message());
        return;
    }
    m_mode = m_reauthenticating ? OtpFlow::Mode::SignIn : mode;
    m_name = m_loginIdPage->name();
    m_loginId = parsed.value();
    (void)m_store->saveLastLoginId(m_loginId->value());

    const auto methods = m_loginId->methods();
    if (methods.size() == 1) { // an email address: nothing to choose
        send(methods.first());
        return;
    }
    const auto preferred = deliveryMethodFromString(QSettings().value(LastMethodKey).toString());
    m_methodPage->setChoices(m_loginId->display(), methods, preferred.value_or(methods.first()));
    showPage(m_methodPage);
}

void SignInWidget::send(DeliveryMethod method)
{
    if (m_busy || !m_loginId)
        return;
    m_methodPage->clearError();
    OtpFlow::Request request;
    request.mode = m_mode;
    request.method = method;
    request.loginId = m_loginId->value();
    request.user.name = m_name;
    request.defaultRegion = m_loginIdPage->region();
    m_codePage->setAnotherMethodVisible(m_loginId->methods().size() > 1);
    m_flow->start(request);
}

void SignInWidget::showErrorOnCurrentPage(const Error &error)
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_codePage) {
        m_codePage->showError(error);
    } else if (page == m_methodPage
               && (m_reauthenticating || error.kind() == Error::Kind::InvalidInput || error.isTransient())) {
        // Re-authentication has no other page to say it on, and what passes (too many codes
        // for now, the network) is tried again with the same Send.
        m_methodPage->showError(error);
    } else if (page == m_methodPage || page == m_loginIdPage) {
        // A refused start: say it where the login id can be fixed.
        if (page == m_methodPage)
            showPage(m_loginIdPage);
        m_loginIdPage->showError(error);
    }
}

void SignInWidget::onVerified(const AuthenticationResponse &response)
{
    if (auto error = m_session->adopt(response, m_flow->loginId())) {
        m_codePage->showError(*error);
        return;
    }
    setBusy(true, false); // the tokens are checked and saved before the sign-in counts
    whenAdopted(m_session, this, [this](const Error &error) {
        setBusy(false);
        if (error.isError())
            return m_codePage->showError(error);
        Q_EMIT completed();
    });
}

} // namespace Descope
