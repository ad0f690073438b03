// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include "deliverymethod.h"

#include <QList>
#include <QWidget>

#include <memory>

class QKeyEvent;
class QShowEvent;

namespace Descope {

class Client;
class Clock;
class Project;
class SessionManager;
class SignInWidgetPrivate;
class TokenStore;

/**
 * The sign-in conversation with a one-time code, as a widget to put in your own window or
 * dialog: the person types an email address or phone number (or creates an account with a
 * name), picks how the code travels when there is a choice, and types the code. The session
 * is then adopted by the SessionManager (tokens verified and stored) and signedIn() fires.
 *
 * The widget shows one page at a time (see Page, currentPage(), pageChanged()), a busy bar
 * while a request runs, and errors inline on the page they concern.
 *
 * Keyboard: Enter runs the page's main action (on a focused button, that button); Escape
 * goes back one page, or cancels the request in flight, and on the first page emits
 * cancelled() and passes on to the parent (a QDialog closes). Focus starts on each page's
 * main control and moves only when the page changes. Going back keeps what was typed;
 * restart() leaves a fresh form.
 *
 * @code
 * auto *signIn = new Descope::SignInWidget(&project, this);
 * connect(signIn, &Descope::SignInWidget::signedIn, this, &MyWindow::showContent);
 * @endcode
 */
class DESCOPEQT6WIDGETS_EXPORT SignInWidget : public QWidget
{
    Q_OBJECT
public:
    /// The pages of the conversation, in order.
    enum class Page {
        LoginId,        ///< email address or phone number (and a name when creating an account)
        DeliveryMethod, ///< how the code travels (text message, call, WhatsApp, email)
        Code,           ///< the one-time code that was sent
    };
    Q_ENUM(Page)

    /**
     * A sign-in widget on the first page.
     * @param client sends the requests (not owned).
     * @param session adopts the session once the code is verified (not owned).
     * @param store remembers the last login id and offers it next time (not owned);
     *        nullptr: nothing is remembered.
     * @param parent the parent widget.
     * The objects must outlive the widget.
     */
    explicit SignInWidget(Client *client, SessionManager *session, TokenStore *store, QWidget *parent = nullptr);
    /// A sign-in widget on the first page, over the client, session and token store of
    /// project, which must be valid (Project::isValid()) and outlive the widget.
    explicit SignInWidget(Project *project, QWidget *parent = nullptr);
    /// As above, with the clock the resend countdown reads (tests pass a ManualClock);
    /// nullptr: the system clock.
    SignInWidget(Client *client, SessionManager *session, TokenStore *store, Clock *clock, QWidget *parent = nullptr);
    ~SignInWidget() override;
    Q_DISABLE_COPY_MOVE(SignInWidget)

    /// The page shown.
    [[nodiscard]] Page currentPage() const;

    /// Puts loginId (an email address or phone number, as people write it) in the login id
    /// field, replacing what was there; the page shown does not change.
    void setLoginId(const QString &loginId);
    /// What the login id field holds.
    [[nodiscard]] QString loginId() const;

    /**
     * The delivery methods offered, among those that fit the login id (email for an email
     * address; text message, voice call and WhatsApp for a phone number). By default all
     * four. Set it to what your Descope project has enabled. The first of methods that fits
     * is chosen in advance, unless the person used another one last time; with one method
     * left there is no choice to make and the code is sent at once. Without email the first
     * page asks for a phone number, without the phone methods for an email address, and a
     * login id with no method left is refused there, saying what to enter instead
     * (startReauthentication() offers every method that fits its login id then: it has no
     * other). An empty list restores the default.
     */
    void setDeliveryMethods(const QList<DeliveryMethod> &methods);
    /// The delivery methods offered (see setDeliveryMethods()).
    [[nodiscard]] QList<DeliveryMethod> deliveryMethods() const;

    /// Re-authentication: sign in as loginId only (no login id page, no way to change it,
    /// never "Create an account"), the session's same-person rule applying (see
    /// SessionManager::reauthenticate()). Shows where the code will go and sends nothing
    /// until the person asks for it ("Send code"). ReauthDialog wraps this in a dialog.
    void startReauthentication(const QString &loginId);
    /// Back to the first page, ready for a new sign-in: any request is cancelled, no name, no
    /// errors, not creating an account; the login id field keeps its text or, when empty,
    /// offers the last login id remembered by the store.
    void restart();

Q_SIGNALS:
    /// The code was verified and the session adopted: SessionManager is signed in with the
    /// new tokens, verified and stored. Fires once per sign-in.
    void signedIn();
    /// Escape on the first page, with no request running and nothing to go back to: the
    /// person wants to leave. The key also goes on to the parent widget.
    void cancelled();
    /// The page shown changed to page (also when restart() shows the first page again).
    void pageChanged(Descope::SignInWidget::Page page);

protected:
    /// Enter and Escape as described above.
    void keyPressEvent(QKeyEvent *event) override;
    /// Puts focus on the page's main control when shown.
    void showEvent(QShowEvent *event) override;

private:
    const std::unique_ptr<SignInWidgetPrivate> d;
    friend class SignInWidgetPrivate;
};

} // namespace Descope
