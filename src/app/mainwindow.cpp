// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "accountsettingsdialog.h"
#include "accountwidget.h"
#include "messagebanner.h"
#include "messagebox.h"
#include "reauthdialog.h"
#include "sessionmanager.h"
#include "signinwidget.h"
#include "uihelpers.h"

#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Descope::Ui {

MainWindow::MainWindow(Client *client, SessionManager *session, TokenStore *store, Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_session(session)
    , m_store(store)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_restoringPage(new QWidget(this))
    , m_signIn(new SignInWidget(client, session, store, this, clock))
    , m_account(new AccountWidget(this))
    , m_storageBanner(new MessageBanner(this))
    , m_connectionBanner(new MessageBanner(this))
{
    setWindowTitle(tr("Descope Desktop"));
    m_storageBanner->setObjectName(QStringLiteral("storageBanner"));
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));

    auto *restoringLabel = new QLabel(tr("Signing you in…"), m_restoringPage);
    restoringLabel->setAlignment(Qt::AlignCenter);
    styleTitle(restoringLabel);
    auto *restoringBar = new QProgressBar(m_restoringPage);
    restoringBar->setRange(0, 0);
    restoringBar->setTextVisible(false);
    restoringBar->setAccessibleName(tr("Signing you in"));
    auto *restoringLayout = new QVBoxLayout(m_restoringPage);
    restoringLayout->addStretch();
    restoringLayout->addWidget(restoringLabel);
    restoringLayout->addWidget(restoringBar);
    restoringLayout->addStretch();

    m_stack->addWidget(m_restoringPage);
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(m_account);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_storageBanner);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    resize(560, 440);

    connect(session, &SessionManager::restored, this, [this](bool signedIn) {
        if (signedIn)
            showAccount();
        else if (!m_reauth)
            showSignIn();
    });
    connect(session, &SessionManager::signedIn, this, [this] {
        // Signed in again, here or in another program sharing the session: the expiry
        // prompt has nothing left to ask.
        if (m_reauth)
            m_reauth->accept();
        showAccount();
    });
    connect(session, &SessionManager::userChanged, this, &MainWindow::showAccount);
    connect(session, &SessionManager::refreshed, this, [this] {
        m_connectionBanner->hide();
        m_account->setNextRefresh(m_session->nextRefreshAtMs());
    });
    connect(session, &SessionManager::signedOut, this, [this](SessionManager::EndReason reason) {
        m_connectionBanner->hide();
        using Reason = SessionManager::EndReason;
        if (reason == Reason::SignedOutElsewhere) {
            // Another program signed out: dialogs about the old session would act on nothing.
            for (QDialog *dialog : findChildren<QDialog *>(Qt::FindDirectChildrenOnly))
                dialog->reject();
        }
        if (reason == Reason::SignedOutByUser || reason == Reason::SignedOutEverywhere || reason == Reason::SignedOutElsewhere)
            showSignIn();
    });
    connect(session, &SessionManager::reauthenticationRequired, this, &MainWindow::openReauthentication);
    connect(session, &SessionManager::storageUnavailable, this, [this](const Error &error) {
        m_storageBanner->showMessage(MessageBanner::Kind::Warning, error.message());
    });
    connect(session, &SessionManager::refreshFailed, this, [this](const Error &error, bool final) {
        if (!final)
            m_connectionBanner->showMessage(MessageBanner::Kind::Warning,
                                            tr("%1 Retrying in the background.").arg(error.message()));
    });
    connect(session, &SessionManager::sessionExpiring, this, [this](int secondsLeft) {
        const QString text = secondsLeft > 0
            ? tr("The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.", nullptr,
                 qMax(1, (secondsLeft + 59) / 60))
            : tr("The sign-in service cannot be reached. Your session will resume once it can.");
        m_connectionBanner->showMessage(MessageBanner::Kind::Warning, text, tr("Sign in again"));
    });
    connect(m_connectionBanner, &MessageBanner::actionTriggered, this, [this] { openReauthentication(Error()); });

    connect(m_account, &AccountWidget::settingsRequested, this, &MainWindow::openAccountSettings);
    connect(m_account, &AccountWidget::signOutRequested, session, &SessionManager::signOut);
    connect(m_account, &AccountWidget::signOutEverywhereRequested, this, &MainWindow::confirmSignOutEverywhere);

    m_stack->setCurrentWidget(m_restoringPage);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::showSignIn()
{
    m_signIn->restart();
    m_stack->setCurrentWidget(m_signIn);
}

void MainWindow::showAccount()
{
    m_account->setUser(m_session->user(), m_session->loginId());
    m_account->setNextRefresh(m_session->nextRefreshAtMs());
    m_stack->setCurrentWidget(m_account);
}

QDialog *MainWindow::openAccountSettings()
{
    auto *dialog = new AccountSettingsDialog(m_client, m_session, this, m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void MainWindow::openReauthentication(const Error &reason)
{
    if (m_reauth)
        return;
    m_reauth = new ReauthDialog(m_client, m_session, m_store, reason, this, m_clock);
    m_reauth->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reauth, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            showAccount();
        else if (!m_session->isSignedIn())
            showSignIn();
    });
    m_reauth->open();
}

void MainWindow::confirmSignOutEverywhere()
{
    const auto answer = MessageBox::question(
        this, tr("Sign out of all devices?"),
        tr("This ends every session of your account, on this computer and on every other device."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session->signOutEverywhere();
}

} // namespace Descope::Ui
