// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "signinwidget_p.h"

#include "codeentrypage_p.h"
#include "deliverymethodpage_p.h"
#include "loginidpage_p.h"
#include "project.h"
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

#include <algorithm>

namespace Descope {

namespace {
const QString LastMethodKey = QStringLiteral("signIn/lastMethod");
const QString LastRegionKey = QStringLiteral("signIn/lastRegion");
} // namespace

SignInWidgetPrivate::SignInWidgetPrivate(SignInWidget *q, Client *client, SessionManager *session, TokenStore *store,
                                         Clock *clock)
    : q(q)
    , client(client)
    , session(session)
    , store(store)
    , flow(new OtpFlow(client, clock, q))
    , stack(new QStackedWidget(q))
    , loginIdPage(new LoginIdPage(q))
    , methodPage(new DeliveryMethodPage(q))
    , codePage(new CodeEntryPage(q))
    , busyBar(new QProgressBar(q))
    , cancelButton(new QPushButton(SignInWidget::tr("Cancel"), q))
{
}

SignInWidget::SignInWidget(Client *client, SessionManager *session, TokenStore *store, QWidget *parent)
    : SignInWidget(client, session, store, nullptr, parent)
{
}

SignInWidget::SignInWidget(Project *project, QWidget *parent)
    : SignInWidget(project->client(), project->session(), project->tokenStore(), nullptr, parent)
{
}

SignInWidget::SignInWidget(Client *client, SessionManager *session, TokenStore *store, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<SignInWidgetPrivate>(this, client, session, store, clock))
{
    d->stack->addWidget(d->loginIdPage);
    d->stack->addWidget(d->methodPage);
    d->stack->addWidget(d->codePage);
    d->busyBar->setRange(0, 0); // indeterminate
    d->busyBar->setTextVisible(false);
    d->busyBar->setMaximumHeight(6);
    d->busyBar->setAccessibleName(tr("Working"));
    d->cancelButton->setAccessibleDescription(tr("Stop the request that is running (Escape)"));
    d->cancelButton->setAutoDefault(false);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(d->busyBar, 1);
    busyRow->addWidget(d->cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->stack, 1);
    layout->addLayout(busyRow);
    d->busyBar->hide();
    d->cancelButton->hide();

    d->loginIdPage->setRegion(QSettings().value(LastRegionKey, systemRegion()).toString());

    SignInWidgetPrivate *const p = d.get(); // for the lambdas
    connect(d->loginIdPage, &LoginIdPage::submitted, this, [p](OtpFlow::Mode mode) { p->onLoginIdSubmitted(mode); });
    connect(d->methodPage, &DeliveryMethodPage::sendRequested, this, [p](DeliveryMethod method) { p->send(method); });
    connect(d->methodPage, &DeliveryMethodPage::backRequested, this, [p] { p->goBackTo(p->loginIdPage); });
    d->codePage->follow(d->flow);
    connect(d->codePage, &CodeEntryPage::anotherMethodRequested, this, [p] { p->goBackTo(p->methodPage); });
    connect(d->codePage, &CodeEntryPage::changeLoginIdRequested, this, [p] { p->goBackTo(p->loginIdPage); });
    connect(d->cancelButton, &QPushButton::clicked, d->flow, &OtpFlow::cancel);

    connect(d->flow, &OtpFlow::stateChanged, this, [p](OtpFlow::State state) {
        p->setBusy(state == OtpFlow::State::Sending || state == OtpFlow::State::Verifying);
    });
    connect(d->flow, &OtpFlow::codeSent, this, [p] {
        // The page said where the code went (follow()); it shows now.
        if (p->stack->currentWidget() != p->codePage) {
            p->showPage(p->codePage); // shown first: reset() puts focus on the code field
            p->codePage->reset();
        }
        QSettings settings;
        settings.setValue(LastMethodKey, pathSegment(p->flow->request().method));
        settings.setValue(LastRegionKey, p->loginIdPage->region());
    });
    const auto showError = [p](const Error &error) { p->showErrorOnCurrentPage(error); };
    connect(d->flow, &OtpFlow::inputRejected, this, showError);
    connect(d->flow, &OtpFlow::attemptFailed, this, showError);
    connect(d->flow, &OtpFlow::failed, this, showError);
    connect(d->flow, &OtpFlow::verified, this, [p](const AuthenticationResponse &response) { p->onVerified(response); });

    restart();
}

SignInWidget::~SignInWidget()
{
    // The flow and the pages go while d is still there, so that their last signals (a
    // request cancelled, focus leaving) find it.
    delete d->flow;
    delete d->stack;
}

SignInWidget::Page SignInWidget::currentPage() const
{
    return d->pageOf(d->stack->currentWidget());
}

SignInWidget::Page SignInWidgetPrivate::pageOf(QWidget *page) const
{
    if (page == methodPage)
        return SignInWidget::Page::DeliveryMethod;
    if (page == codePage)
        return SignInWidget::Page::Code;
    return SignInWidget::Page::LoginId;
}

void SignInWidget::setLoginId(const QString &loginId)
{
    d->loginIdPage->setLoginId(loginId);
}

QString SignInWidget::loginId() const
{
    return d->loginIdPage->loginId();
}

void SignInWidget::setDeliveryMethods(const QList<DeliveryMethod> &methods)
{
    d->allowedMethods.clear();
    for (DeliveryMethod method : methods) {
        if (!d->allowedMethods.contains(method))
            d->allowedMethods.append(method);
    }
    // The first page asks only for what a code can be sent to.
    const bool email = d->allowedMethods.isEmpty() || d->allowedMethods.contains(DeliveryMethod::Email);
    const bool phone = d->allowedMethods.isEmpty()
        || std::any_of(d->allowedMethods.cbegin(), d->allowedMethods.cend(), [](DeliveryMethod method) { return isPhoneMethod(method); });
    d->loginIdPage->setAccepts(email && phone ? LoginIdPage::Accepts::EmailOrPhone
                               : email        ? LoginIdPage::Accepts::Email
                                              : LoginIdPage::Accepts::Phone);
}

QList<DeliveryMethod> SignInWidget::deliveryMethods() const
{
    if (!d->allowedMethods.isEmpty())
        return d->allowedMethods;
    return {DeliveryMethod::Email, DeliveryMethod::Sms, DeliveryMethod::Voice, DeliveryMethod::WhatsApp};
}

QList<DeliveryMethod> SignInWidgetPrivate::offeredMethods(const LoginId &id) const
{
    const QList<DeliveryMethod> fitting = id.methods();
    if (allowedMethods.isEmpty())
        return fitting;
    QList<DeliveryMethod> offered;
    for (DeliveryMethod method : allowedMethods) {
        if (fitting.contains(method))
            offered.append(method);
    }
    // Signing in again is for this login id only: when the app allows none of its methods,
    // it still gets the ones that fit rather than no way in.
    if (offered.isEmpty() && reauthenticating)
        return fitting;
    return offered;
}

void SignInWidget::restart()
{
    d->reauthenticating = false;
    d->flow->cancel();
    d->mode = OtpFlow::Mode::SignUpOrIn;
    d->loginId.reset();
    d->name.clear();
    d->codePage->setChangeLoginIdVisible(true);
    d->methodPage->setBackVisible(true);
    d->methodPage->clearError();
    d->loginIdPage->reset(); // the code page is reset when it shows next
    d->showPage(d->loginIdPage);
    if (d->loginIdPage->loginId().isEmpty() && d->store) {
        StoreJob *job = d->store->loadLastLoginId();
        connect(job, &StoreJob::finished, this, [this, job] {
            if (job->isSuccess() && d->loginIdPage->loginId().isEmpty())
                d->loginIdPage->setLoginId(LoginId::displayForm(job->value())); // as people write it
        });
    }
}

void SignInWidget::startReauthentication(const QString &loginId)
{
    d->reauthenticating = true;
    d->reauthAddress.clear();
    d->flow->cancel();
    d->mode = OtpFlow::Mode::SignIn;
    d->name.clear();
    d->codePage->setChangeLoginIdVisible(false);
    d->methodPage->setBackVisible(false);
    d->methodPage->clearError();
    d->loginIdPage->reset();
    d->loginIdPage->setLoginId(loginId);
    // No code yet: an SMS or a call nobody asked for costs money and alarms people. The page
    // names where the code will go and waits for "Send code".
    auto parsed = LoginId::parse(loginId, d->loginIdPage->region());
    if (parsed) {
        d->loginId = parsed.value();
        const auto methods = d->offeredMethods(*d->loginId);
        const auto preferred = deliveryMethodFromString(QSettings().value(LastMethodKey).toString());
        // Descope sends a sign-in code to the account's own address for the channel, which is
        // not the login id after a phone change made without "also sign in with it".
        const User &account = d->session->user();
        const QString accountAddress = d->loginId->isEmail() ? account.email : account.phone;
        d->reauthAddress = accountAddress; // the code page names it too (OtpFlow::destination())
        const QString shown = accountAddress.isEmpty() ? d->loginId->display() : LoginId::displayForm(accountAddress);
        d->methodPage->setChoices(shown, methods, preferred && methods.contains(*preferred) ? *preferred : methods.first());
    } else {
        d->loginId.reset();
        d->methodPage->setChoices(LoginId::displayForm(loginId), {}, DeliveryMethod::Email);
    }
    d->showPage(d->methodPage);
    if (!parsed)
        d->methodPage->showError(parsed.error());
}

void SignInWidgetPrivate::showPage(QWidget *page)
{
    stack->setCurrentWidget(page);
    // The person's place changed: focus goes to the new page's main control. Not while this
    // widget is hidden (focus would go to a hidden widget): showEvent() does it then.
    if (q->isVisible())
        focusPage(page);
    Q_EMIT q->pageChanged(pageOf(page));
}

void SignInWidgetPrivate::focusPage(QWidget *page)
{
    if (page == loginIdPage)
        loginIdPage->focusInput();
    else if (page == methodPage)
        methodPage->focusMainControl();
    else if (page == codePage)
        codePage->focusInput();
}

void SignInWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous() && !isAncestorOf(QApplication::focusWidget()))
        d->focusPage(d->stack->currentWidget());
}

void SignInWidgetPrivate::goBackTo(QWidget *page)
{
    if (busy)
        return;
    // What was said on the way no longer holds; what was typed stays.
    loginIdPage->clearError();
    methodPage->clearError();
    codePage->clearError();
    showPage(page);
}

bool SignInWidgetPrivate::goBack()
{
    QWidget *page = stack->currentWidget();
    if (page == codePage) {
        const bool choseMethod = reauthenticating || (loginId && offeredMethods(*loginId).size() > 1);
        goBackTo(choseMethod ? static_cast<QWidget *>(methodPage) : loginIdPage);
        return true;
    }
    if (page == methodPage && !reauthenticating) {
        goBackTo(loginIdPage);
        return true;
    }
    if (page == loginIdPage && loginIdPage->isSigningUp()) {
        loginIdPage->clearError();
        loginIdPage->leaveSignUp();
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
        if (pressFocusedButton(this, event) || d->busy)
            return;
        QWidget *page = d->stack->currentWidget();
        if (page == d->loginIdPage)
            d->loginIdPage->submit();
        else if (page == d->methodPage)
            d->methodPage->submit();
        // The code page submits from its field by itself.
        return;
    }
    case Qt::Key_Escape:
        if (d->busy) {
            event->accept();
            if (d->cancelButton->isVisible())
                d->flow->cancel();
            return;
        }
        if (d->goBack())
            return event->accept();
        Q_EMIT cancelled();
        return QWidget::keyPressEvent(event);
    default:
        return QWidget::keyPressEvent(event);
    }
}

void SignInWidgetPrivate::setBusy(bool isBusy, Cancellable cancellable)
{
    if (isBusy == busy)
        return;
    busy = isBusy;
    // Hiding Cancel while it has focus would send focus on along the chain: the person's place
    // is the page again.
    const bool cancelHadFocus = cancelButton->hasFocus();
    busyBar->setVisible(isBusy);
    cancelButton->setVisible(isBusy && cancellable == Cancellable::Yes);
    // Only the page the request started from holds still (and is released): a page that is
    // not shown must not take focus.
    if (isBusy)
        busyPage = stack->currentWidget();
    if (busyPage == loginIdPage)
        loginIdPage->setBusy(isBusy);
    else if (busyPage == methodPage)
        methodPage->setBusy(isBusy);
    else if (busyPage == codePage)
        codePage->setBusy(isBusy);
    if (!isBusy) {
        busyPage = nullptr;
        if (cancelHadFocus)
            focusPage(stack->currentWidget());
    }
}

void SignInWidgetPrivate::onLoginIdSubmitted(OtpFlow::Mode submittedMode)
{
    if (busy)
        return;
    loginIdPage->clearError();
    auto parsed = LoginId::parse(loginIdPage->loginId(), loginIdPage->region());
    if (!parsed) {
        loginIdPage->showError(parsed.error().message());
        return;
    }
    const auto methods = offeredMethods(parsed.value());
    if (methods.isEmpty()) {
        // The app's project sends no code to this kind of login id.
        loginIdPage->showError(parsed.value().isEmail()
                                   ? SignInWidget::tr("Codes cannot be sent by email here. Enter your phone number.")
                                   : SignInWidget::tr("Codes cannot be sent to a phone number here. Enter your email address."));
        return;
    }
    mode = reauthenticating ? OtpFlow::Mode::SignIn : submittedMode;
    name = loginIdPage->name();
    loginId = parsed.value();
    if (store)
        (void)store->saveLastLoginId(loginId->value());

    if (methods.size() == 1) { // an email address: nothing to choose
        send(methods.first());
        return;
    }
    const auto preferred = deliveryMethodFromString(QSettings().value(LastMethodKey).toString());
    methodPage->setChoices(loginId->display(), methods,
                           preferred && methods.contains(*preferred) ? *preferred : methods.first());
    showPage(methodPage);
}

void SignInWidgetPrivate::send(DeliveryMethod method)
{
    if (busy || !loginId)
        return;
    methodPage->clearError();
    OtpFlow::Request request;
    request.mode = mode;
    request.method = method;
    request.loginId = loginId->value();
    request.user.name = name;
    request.defaultRegion = loginIdPage->region();
    if (reauthenticating)
        request.expectedDestination = reauthAddress;
    codePage->setAnotherMethodVisible(offeredMethods(*loginId).size() > 1);
    flow->start(request);
}

void SignInWidgetPrivate::showErrorOnCurrentPage(const Error &error)
{
    QWidget *page = stack->currentWidget();
    if (page == codePage) {
        codePage->showError(error);
    } else if (page == methodPage
               && (reauthenticating || error.kind() == Error::Kind::InvalidInput || error.isTransient())) {
        // Re-authentication has no other page to say it on, and what passes (too many codes
        // for now, the network) is tried again with the same Send.
        methodPage->showError(error);
    } else if (page == methodPage || page == loginIdPage) {
        // A refused start: say it where the login id can be fixed.
        if (page == methodPage)
            showPage(loginIdPage);
        loginIdPage->showError(error);
    }
}

void SignInWidgetPrivate::onVerified(const AuthenticationResponse &response)
{
    if (auto error = session->adopt(response, flow->loginId())) {
        codePage->showError(*error);
        return;
    }
    setBusy(true, Cancellable::No); // the tokens are checked and saved before the sign-in counts
    whenAdopted(session, q, [this](const Error &error) {
        setBusy(false);
        if (error.isError())
            return codePage->showError(error);
        Q_EMIT q->signedIn();
    });
}

} // namespace Descope
