// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "accountwidget.h"
#include "singleinstance.h"

#include <DescopeQt6/AccountSettingsDialog>
#include <DescopeQt6/Clock>
#include <DescopeQt6/MessageBanner>
#include <DescopeQt6/MessageBox>
#include <DescopeQt6/ReauthDialog>
#include <DescopeQt6/SessionManager>
#include <DescopeQt6/SignInWidget>
#include <DescopeQt6/StepUpDialog>
#include <DescopeQt6/uihelpers.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace Descope {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
/// The card's width for reading: about 60 characters of body text.
constexpr int ReadableWidth = 440;
/// Space kept around the card, inside the window.
constexpr int CardMargin = 16;

/**
 * The card holding the pages: a fixed readable width, wider only when a page cannot fit
 * in it (a long translation), and never wider than the screen, whatever a page asks for
 * (a page that asks for more is laid out in what there is). Painted as a rounded panel
 * in the window's colour, on a slightly darker backdrop.
 */
class Card : public QWidget
{
public:
    explicit Card(QWidget *parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    }

    [[nodiscard]] QSize sizeHint() const override
    {
        return {boundedWidth(), QWidget::sizeHint().height()};
    }
    [[nodiscard]] QSize minimumSizeHint() const override
    {
        return {boundedWidth(), QWidget::minimumSizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor border = palette().color(QPalette::WindowText);
        border.setAlphaF(0.15f);
        painter.setPen(QPen(border, 1));
        // The window's own colour: the pages' controls are drawn for it (in a dark theme
        // an input's or a radio button's base colour would vanish on Base).
        painter.setBrush(palette().color(QPalette::Window));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    }

private:
    [[nodiscard]] int boundedWidth() const
    {
        const int wanted = qMax(ReadableWidth, QWidget::minimumSizeHint().width());
        const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
        if (!where)
            return wanted;
        return qMin(wanted, where->availableGeometry().width() - 2 * CardMargin - 16);
    }
};

/// Behind the card: the window's colour, a shade darker, so the card stands out in light
/// and dark themes alike.
class Backdrop : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        const QColor window = palette().color(QPalette::Window);
        const QColor shadow = palette().color(QPalette::Shadow);
        const auto blend = [](float a, float b) { return a + (b - a) * 0.08f; };
        QPainter(this).fillRect(rect(), QColor::fromRgbF(blend(window.redF(), shadow.redF()),
                                                          blend(window.greenF(), shadow.greenF()),
                                                          blend(window.blueF(), shadow.blueF())));
    }
};

QKeySequence quitFallback()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Q);
}

} // namespace

MainWindow::MainWindow(Client *client, SessionManager *session, TokenStore *store, Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_session(session)
    , m_store(store)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_restoringPage(new QWidget(this))
    , m_signIn(new SignInWidget(client, session, store, clock, this))
    , m_account(new AccountWidget(this))
    , m_icon(new QLabel(this))
    , m_storageBanner(new MessageBanner(this))
    , m_connectionBanner(new MessageBanner(this))
    , m_noticeBanner(new MessageBanner(this))
    , m_quitAction(new QAction(tr("Quit"), this))
{
    setWindowTitle(tr("Descope Desktop"));
    m_storageBanner->setObjectName(QStringLiteral("storageBanner"));
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_noticeBanner->setObjectName(QStringLiteral("noticeBanner"));

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

    // The app's icon (set by main() for the whole application), else the one in the resources.
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull() && QFile::exists(QStringLiteral(":/icons/com.descope.Desktop.svg")))
        icon = QIcon(QStringLiteral(":/icons/com.descope.Desktop.svg"));
    m_icon->setObjectName(QStringLiteral("appIcon"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setPixmap(icon.pixmap(QSize(56, 56), devicePixelRatio()));
    m_icon->setVisible(!icon.isNull());
    m_icon->setAccessibleName(tr("Descope Desktop"));

    auto *card = new Card(this);
    card->setObjectName(QStringLiteral("card"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(12);
    m_icon->setParent(card);
    cardLayout->addWidget(m_icon);
    // Banners line up with the pages' text (the pages keep the default layout margins).
    auto *banners = new QVBoxLayout;
    const int inset = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    banners->setContentsMargins(inset, 0, inset, 0);
    for (MessageBanner *banner : {m_storageBanner, m_connectionBanner, m_noticeBanner}) {
        banner->setParent(card);
        banner->hide();
        banners->addWidget(banner);
    }
    cardLayout->addLayout(banners);
    cardLayout->addWidget(m_stack, 1);

    auto *central = new Backdrop(this);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(CardMargin, CardMargin, CardMargin, CardMargin);
    column->addStretch(1);
    column->addLayout(row);
    column->addStretch(1);
    setCentralWidget(central);
    resize(640, 600);
    if (const QByteArray geometry = QSettings().value(GeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry); // moved onto a screen that exists when the saved one is gone

    // Quit from every page, and (see shareQuit()) from the dialogs over them.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys << quitFallback(); // Windows has no standard one; Ctrl+Q is what people try
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(quitKeys);
    m_quitAction->setShortcutContext(Qt::WindowShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);
    addAction(m_quitAction);

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
        m_offline = false;
        m_connectionBanner->hide();
        updateStatus();
    });
    connect(session, &SessionManager::signedOut, this, [this](SessionManager::EndReason reason) {
        m_offline = false;
        m_connectionBanner->hide();
        using Reason = SessionManager::EndReason;
        switch (reason) {
        case Reason::SignedOutElsewhere:
            // Another program signed out: dialogs about the old session would act on nothing.
            for (QDialog *dialog : findChildren<QDialog *>(Qt::FindDirectChildrenOnly))
                dialog->reject();
            m_pendingNotice = Notice::SignedOutElsewhere;
            showSignIn();
            break;
        case Reason::SignedOutByUser:
            m_pendingNotice = Notice::SignedOut;
            showSignIn();
            break;
        case Reason::SignedOutEverywhere:
            m_pendingNotice = Notice::SigningOutEverywhere;
            showSignIn();
            break;
        case Reason::RefreshTokenExpired:
        case Reason::Revoked:
        case Reason::StoredSessionUnusable:
            // The prompt (if any) asks first; the sign-in page says it afterwards.
            m_ended = true;
            m_pendingNotice = Notice::SessionEnded;
            updateStatus();
            if (!m_reauth && currentPage() == m_signIn)
                showNotice(std::exchange(m_pendingNotice, Notice::None));
            break;
        case Reason::None:
            break;
        }
    });
    connect(session, &SessionManager::signOutCompleted, this, [this](const Error &serverError) {
        if (m_noticeBanner->isVisible() && m_shownNotice == Notice::SigningOutEverywhere) {
            if (serverError.isError())
                m_noticeBanner->showMessage(MessageBanner::Kind::Warning,
                                            tr("You were signed out on this computer, but the sign-in service could not be "
                                               "reached to end your sessions on other devices."));
            else
                m_noticeBanner->showMessage(MessageBanner::Kind::Positive, tr("You were signed out on all devices."));
        }
    });
    connect(session, &SessionManager::reauthenticationRequired, this, &MainWindow::openReauthentication);
    connect(session, &SessionManager::storageUnavailable, this, [this](const Error &error) {
        m_storageBanner->showMessage(MessageBanner::Kind::Warning, error.message());
    });
    connect(session, &SessionManager::refreshFailed, this, [this](const Error &error, SessionManager::RefreshFailure outcome) {
        if (outcome == SessionManager::RefreshFailure::SessionEnded)
            return;
        m_offline = true;
        m_connectionBanner->showMessage(MessageBanner::Kind::Warning,
                                        tr("%1 Retrying in the background.").arg(error.message()), tr("&Try now"));
        updateStatus();
    });
    connect(session, &SessionManager::sessionExpiring, this, [this](int secondsLeft) {
        const QString text = secondsLeft > 0
            ? tr("The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.", nullptr,
                 qMax(1, (secondsLeft + 59) / 60))
            : tr("The sign-in service cannot be reached. Your session will resume once it can.");
        // Signing in again needs the same service: the way on is to try it again.
        m_connectionBanner->showMessage(MessageBanner::Kind::Warning, text, tr("&Try now"));
        m_offline = true;
        updateStatus();
    });
    connect(m_connectionBanner, &MessageBanner::actionTriggered, session, &SessionManager::refresh);
    connect(m_signIn, &SignInWidget::pageChanged, this, [this](SignInWidget::Page page) {
        // The notice is about the last session: gone once the next sign-in is under way.
        if (page != SignInWidget::Page::LoginId)
            m_noticeBanner->hide();
    });

    connect(m_account, &AccountWidget::settingsRequested, this, &MainWindow::openAccountSettings);
    connect(m_account, &AccountWidget::signOutRequested, session, [session] { session->signOut(); });
    connect(m_account, &AccountWidget::signOutEverywhereRequested, this, &MainWindow::confirmSignOutEverywhere);

    m_stack->setCurrentWidget(m_restoringPage);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

qint64 MainWindow::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::quit()
{
    // The dialogs first (their own answers are not given: Cancel), then the window, whose
    // closing ends the application; quit() for whatever else is open.
    for (QDialog *dialog : findChildren<QDialog *>(Qt::FindDirectChildrenOnly)) {
        if (dialog->isVisible())
            dialog->reject();
    }
    close();
    QCoreApplication::quit();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (pressFocusedButton(this, event))
        return;
    QMainWindow::keyPressEvent(event);
}

void MainWindow::returnFocusWhenClosed(QDialog *dialog)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        focus = m_stack->currentWidget()->focusWidget();
    if (!focus)
        return;
    const QPointer<QWidget> opener(focus);
    connect(dialog, &QDialog::finished, this, [this, opener] {
        // The page may have changed meanwhile (signed out): then the new page's focus stays.
        if (opener && opener->isVisible() && opener->isEnabled() && isAncestorOf(opener))
            opener->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::shareQuit(QWidget *dialog)
{
    dialog->addAction(m_quitAction);
}

void MainWindow::showSignIn()
{
    m_ended = false;
    m_offline = false;
    m_signIn->restart();
    m_stack->setCurrentWidget(m_signIn);
    showNotice(std::exchange(m_pendingNotice, Notice::None));
}

void MainWindow::showNotice(Notice notice)
{
    QString text;
    MessageBanner::Kind kind = MessageBanner::Kind::Information;
    switch (notice) {
    case Notice::None:
        m_shownNotice = notice;
        m_noticeBanner->hide();
        return;
    case Notice::SignedOut:
        text = tr("You were signed out.");
        break;
    case Notice::SigningOutEverywhere:
        text = tr("Signing you out on all devices…");
        break;
    case Notice::SessionEnded:
        text = tr("Your session ended. Sign in again to continue.");
        kind = MessageBanner::Kind::Warning;
        break;
    case Notice::SignedOutElsewhere:
        text = tr("You were signed out by another program on this computer.");
        break;
    case Notice::NothingChanged:
        text = tr("Nothing was changed: you are still signed in on your other devices.");
        break;
    }
    m_shownNotice = notice;
    m_noticeBanner->showMessage(kind, text);
}

void MainWindow::showAccount()
{
    m_ended = false;
    m_pendingNotice = Notice::None;
    m_noticeBanner->hide();
    m_account->setUser(m_session->user(), m_session->loginId());
    updateStatus();
    m_stack->setCurrentWidget(m_account);
}

void MainWindow::updateStatus()
{
    if (m_ended)
        m_account->setEnded();
    else if (m_offline)
        m_account->setOffline(m_session->nextRefreshAtMs(), m_session->sessionClaims().expiresAt * 1000, nowMs());
    else
        m_account->setNextRefresh(m_session->nextRefreshAtMs());
}

QDialog *MainWindow::openAccountSettings()
{
    auto *dialog = new AccountSettingsDialog(m_client, m_session, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    shareQuit(dialog);
    returnFocusWhenClosed(dialog);
    dialog->open();
    return dialog;
}

void MainWindow::openReauthentication(const Error &reason)
{
    if (m_reauth)
        return;
    m_reauth = new ReauthDialog(m_client, m_session, reason, m_clock, this);
    m_reauth->setAttribute(Qt::WA_DeleteOnClose);
    shareQuit(m_reauth);
    connect(m_reauth, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            showAccount();
        else if (!m_session->isSignedIn())
            showSignIn();
        // A window manager may show the prompt over the minimised window (openbox does):
        // once it is answered the window comes back, rather than nothing on the screen.
        // Later, so that a window closing (quit() answers the prompt first) stays closed.
        QTimer::singleShot(0, this, [this] {
            if (isVisible() && (isMinimized() || (windowHandle() && !windowHandle()->isExposed())))
                raiseWindow(this);
        });
    });
    m_reauth->open();
    // Opened while the person is away or the window minimised: the taskbar marks it (the
    // session notifier tells them as well).
    if (isMinimized() || !isActiveWindow())
        QApplication::alert(this);
}

void MainWindow::confirmSignOutEverywhere()
{
    QMessageBox *box = MessageBox::confirm(
        this, tr("Sign out of all devices?"),
        tr("This ends every session of your account, on this computer and on every other device."),
        tr("Sign out &everywhere"), [this] { signOutEverywhere(); });
    if (box) {
        box->setObjectName(QStringLiteral("signOutEverywhereBox"));
        returnFocusWhenClosed(box);
    }
}

void MainWindow::signOutEverywhere()
{
    // Sensitive: a sign-in that is not recent is confirmed with a fresh code first (asked
    // after "Sign out of all devices?", so no code goes out for a change the person drops).
    StepUpDialog *stepUp = StepUpDialog::whenRecentlySignedIn(m_client, m_session, m_clock, this, this, [this](bool confirmed) {
        if (confirmed)
            m_session->signOut(SessionManager::SignOutScope::AllDevices);
        else if (m_session->isSignedIn()) // a session that ended has its own notice
            showNotice(Notice::NothingChanged);
    });
    if (stepUp) // not a change of the account: say what it is for
        stepUp->setReason(tr("Signing out on every device needs a recent sign-in."));
}

} // namespace Descope
