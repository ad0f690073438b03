// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "otpflow.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LoginIdPage;
}

namespace Descope::Ui {

/// The first sign-in page: an email address or phone number (with its country), and for
/// sign-up a name. Emits submitted() with the mode the person chose; the controller checks
/// the input and calls showError().
class LoginIdPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoginIdPage(QWidget *parent = nullptr);
    ~LoginIdPage() override;

    void setLoginId(const QString &loginId);
    [[nodiscard]] QString loginId() const;
    [[nodiscard]] QString region() const;
    void setRegion(const QString &region);
    [[nodiscard]] QString name() const;
    void showError(const QString &message);
    /// A failed request: its message, and "Copy details" for support.
    void showError(const Error &error);
    void clearError();
    void setBusy(bool busy);
    void focusInput();

Q_SIGNALS:
    void submitted(Descope::OtpFlow::Mode mode);

private:
    void setSignUp(bool signUp);
    void updateCountryRow();
    void ensureCountries();

    const std::unique_ptr<::Ui::LoginIdPage> m_ui;
    QString m_details;
    QString m_region; ///< kept until the country list is filled (on the first phone number)
    bool m_signUp = false;
};

} // namespace Descope::Ui
