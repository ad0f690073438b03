// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "deliverymethod.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DeliveryMethodPage;
}

namespace Descope::Ui {

/// Lets the person pick how the code travels; only methods that fit the login id show.
class DeliveryMethodPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryMethodPage(QWidget *parent = nullptr);
    ~DeliveryMethodPage() override;

    /// Shows methods (in this order) for the login id shown as address; preselects preferred.
    void setChoices(const QString &address, const QList<DeliveryMethod> &methods, DeliveryMethod preferred);
    [[nodiscard]] DeliveryMethod method() const;
    void setBusy(bool busy);
    /// Hides "Change email or phone" (re-authentication is for one login id).
    void setBackVisible(bool visible);

Q_SIGNALS:
    void sendRequested(Descope::DeliveryMethod method);
    void backRequested();

private:
    const std::unique_ptr<::Ui::DeliveryMethodPage> m_ui;
};

} // namespace Descope::Ui
