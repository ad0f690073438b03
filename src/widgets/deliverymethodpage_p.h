// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include "deliverymethod.h"
#include "error.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DeliveryMethodPage;
}

namespace Descope {

/// Lets the person pick how the code travels; only methods that fit the login id show, and
/// with a single one (an email address, when re-authenticating) there is nothing to pick:
/// the page names the address and waits for "Send code". The wording follows the channel
/// chosen ("We will call …"). Emits sendRequested() for its main action.
class DESCOPEQT6WIDGETS_EXPORT DeliveryMethodPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryMethodPage(QWidget *parent = nullptr);
    ~DeliveryMethodPage() override;

    /// Shows methods (in this order) for the login id shown as address (as people read it);
    /// preselects preferred.
    void setChoices(const QString &address, const QList<DeliveryMethod> &methods, DeliveryMethod preferred);
    [[nodiscard]] DeliveryMethod method() const;
    /// While a request runs: every control but the focused one is disabled (focus stays
    /// where the person is), and the page asks for nothing.
    void setBusy(bool busy);
    /// Hides "Change email or phone" (re-authentication is for one login id).
    void setBackVisible(bool visible);
    [[nodiscard]] bool isBackVisible() const;
    /// The main action, as the default button does: asks for the code by the chosen method.
    void submit();
    /// Puts focus on the page's main control: the chosen method, or "Send code" when there
    /// is nothing to choose.
    void focusMainControl();
    /// A request refused while this page shows (re-authentication has no other page for it).
    void showError(const Error &error);
    void clearError();

Q_SIGNALS:
    void sendRequested(Descope::DeliveryMethod method);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateWording();

    const std::unique_ptr<::Ui::DeliveryMethodPage> m_ui;
    QString m_address;
    QString m_details;
    bool m_busy = false;
};

} // namespace Descope
