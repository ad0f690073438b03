// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "signinwidget.h"

#include "codeentrypage.h"
#include "deliverymethodpage.h"
#include "loginidpage.h"
#include "sessionmanager.h"
#include "tokenstore.h"
#include "uihelpers.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Descope::Ui {

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
    m_cancelButton->setAccessibleDescription(tr("Stop the request that is running"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyBar, 1);
    busyRow->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(busyRow);
    setBusy(false);

    m_loginIdPage->setRegion(QSettings().value(LastRegionKey, systemRegion()).toString());

    connect(m_loginIdPage, &LoginIdPage::submitted, this, &SignInWidget::onLoginIdSubmitted);
    connect(m_methodPage, &DeliveryMethodPage::sendRequested, this, &SignInWidget::send);
    connect(m_methodPage, &DeliveryMethodPage::backRequested, this, [this] { showPage(m_loginIdPage); });
    connect(m_codePage, &CodeEntryPage::codeEntered, m_flow, &OtpFlow::verify);
    connect(m_codePage, &CodeEntryPage::resendRequested, this, [this] {
        m_codePage->clearError();
        m_flow->resend();
    });
    connect(m_codePage, &CodeEntryPage::anotherMethodRequested, this, [this] { showPage(m_methodPage); });
    connect(m_codePage, &CodeEntryPage::changeLoginIdRequested, this, [this] { showPage(m_loginIdPage); });
    connect(m_cancelButton, &QPushButton::clicked, m_flow, &OtpFlow::cancel);

    connect(m_flow, &OtpFlow::stateChanged, this, [this](OtpFlow::State state) {
        setBusy(state == OtpFlow::State::Sending || state == OtpFlow::State::Verifying);
    });
    connect(m_flow, &OtpFlow::codeSent, this, [this](const MaskedAddress &masked) {
        m_codePage->setDestination(m_flow->request().method, m_flow->destination(), masked.address);
        if (m_stack->currentWidget() != m_codePage) {
            m_codePage->reset();
            showPage(m_codePage);
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
    m_codePage->setChangeLoginIdVisible(true);
    m_methodPage->setBackVisible(true);
    m_loginIdPage->clearError();
    showPage(m_loginIdPage);
    if (m_loginIdPage->loginId().isEmpty()) {
        StoreJob *job = m_store->loadLastLoginId();
        connect(job, &StoreJob::finished, this, [this, job] {
            if (job->isSuccess() && m_loginIdPage->loginId().isEmpty())
                m_loginIdPage->setLoginId(job->value());
        });
    }
}

void SignInWidget::startReauthentication(const QString &loginId)
{
    m_reauthenticating = true;
    m_codePage->setChangeLoginIdVisible(false);
    m_methodPage->setBackVisible(false);
    m_loginIdPage->setLoginId(loginId);
    m_mode = OtpFlow::Mode::SignIn;
    onLoginIdSubmitted(OtpFlow::Mode::SignIn);
}

void SignInWidget::showPage(QWidget *page)
{
    m_stack->setCurrentWidget(page);
    if (page == m_loginIdPage)
        m_loginIdPage->focusInput();
    Q_EMIT pageChanged(page);
}

void SignInWidget::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_loginIdPage->setBusy(busy);
    m_methodPage->setBusy(busy);
    m_codePage->setBusy(busy);
    if (busy)
        m_cancelButton->setFocus();
}

void SignInWidget::onLoginIdSubmitted(OtpFlow::Mode mode)
{
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
    m_methodPage->setChoices(m_loginId->value(), methods, preferred.value_or(methods.first()));
    showPage(m_methodPage);
}

void SignInWidget::send(DeliveryMethod method)
{
    if (!m_loginId)
        return;
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
    } else if (page == m_methodPage || page == m_loginIdPage) {
        // A refused start: say it where the login id can be fixed.
        if (page == m_methodPage && error.kind() != Error::Kind::InvalidInput)
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
    setBusy(true); // the tokens are checked and saved before the sign-in counts
    whenAdopted(m_session, this, [this](const Error &error) {
        setBusy(false);
        if (error.isError())
            return m_codePage->showError(error);
        Q_EMIT completed();
    });
}

} // namespace Descope::Ui
