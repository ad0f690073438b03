// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include "otpflow.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LoginIdPage;
}

namespace Descope {

/// The first sign-in page: an email address or phone number (with its country), and for
/// sign-up a name. One main action, "Continue" (sign in, or create the account if there is
/// none), and two quieter ones: sign in only, or create an account (which asks for a name
/// first). Emits submitted() with the mode the person chose; the controller checks the input
/// and calls showError().
class DESCOPEQT6WIDGETS_EXPORT LoginIdPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoginIdPage(QWidget *parent = nullptr);
    ~LoginIdPage() override;

    /// What the login id field asks for: its label, placeholder and the sentence above it.
    enum class Accepts { EmailOrPhone, Email, Phone };
    void setAccepts(Accepts accepts);

    void setLoginId(const QString &loginId);
    [[nodiscard]] QString loginId() const;
    [[nodiscard]] QString region() const;
    void setRegion(const QString &region);
    [[nodiscard]] QString name() const;
    void showError(const QString &message);
    /// A failed request: its message, and "Copy details" for support.
    void showError(const Error &error);
    void clearError();
    /// While a request runs: every control but the focused one is disabled (focus stays where
    /// the person is), the fields are read-only and the page asks for nothing.
    void setBusy(bool busy);
    /// Focus on the page's main control, the login id.
    void focusInput();
    /// The main action, as the default button does.
    void submit();
    /// "Create an account": the name field shows.
    [[nodiscard]] bool isSigningUp() const { return m_signUp; }
    /// Back from "Create an account" to signing in; what was typed stays.
    void leaveSignUp();
    /// A fresh form for the next person: no name, no error, not creating an account. The
    /// login id and country stay (the app offers the last login id again).
    void reset();

Q_SIGNALS:
    void submitted(Descope::OtpFlow::Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setSignUp(bool signUp);
    void updateCountryRow();
    void ensureCountries();

    const std::unique_ptr<::Ui::LoginIdPage> m_ui;
    QString m_details;
    QString m_region; ///< kept until the country list is filled (on the first phone number)
    Accepts m_accepts = Accepts::EmailOrPhone;
    bool m_signUp = false;
    bool m_busy = false;
};

} // namespace Descope
