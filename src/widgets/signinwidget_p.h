// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "signinwidget.h"

#include "loginid.h"
#include "otpflow.h"

#include <QPointer>

#include <optional>

class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Descope {

class CodeEntryPage;
class DeliveryMethodPage;
class LoginIdPage;

/// SignInWidget's state and the conversation's logic. Tests reach the pages with
/// findChild<LoginIdPage *>() and the like, as they are children of the widget.
class SignInWidgetPrivate
{
public:
    SignInWidgetPrivate(SignInWidget *q, Client *client, SessionManager *session, TokenStore *store, Clock *clock);

    void onLoginIdSubmitted(OtpFlow::Mode mode);
    void send(DeliveryMethod method);
    void showPage(QWidget *page);
    /// Puts focus on page's main control.
    void focusPage(QWidget *page);
    /// Escape: the page before the current one, without its errors; false if there is none.
    bool goBack();
    void goBackTo(QWidget *page);
    enum class Cancellable { Yes, No };
    /// Cancellable::Yes: a request Cancel (and Escape) can stop; otherwise only the busy bar shows.
    void setBusy(bool busy, Cancellable cancellable = Cancellable::Yes);
    void showErrorOnCurrentPage(const Error &error);
    void onVerified(const AuthenticationResponse &response);
    /// The methods of loginId this widget offers (setDeliveryMethods()), in that order.
    [[nodiscard]] QList<DeliveryMethod> offeredMethods(const LoginId &loginId) const;
    [[nodiscard]] SignInWidget::Page pageOf(QWidget *page) const;

    SignInWidget *const q;
    Client *client;
    SessionManager *session;
    QPointer<TokenStore> store;
    OtpFlow *flow;
    QStackedWidget *stack;
    LoginIdPage *loginIdPage;
    DeliveryMethodPage *methodPage;
    CodeEntryPage *codePage;
    QProgressBar *busyBar;
    QPushButton *cancelButton;
    QWidget *busyPage = nullptr; ///< the page set busy, to be released

    QList<DeliveryMethod> allowedMethods; ///< empty: all
    OtpFlow::Mode mode = OtpFlow::Mode::SignUpOrIn;
    std::optional<LoginId> loginId;
    QString name;
    bool reauthenticating = false;
    /// Re-authentication: where Descope sends the code (the account's address for the channel).
    QString reauthAddress;
    bool busy = false;
};

} // namespace Descope
