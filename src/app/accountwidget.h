// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "responses.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AccountWidget;
}

namespace Descope::Ui {

/// Who is signed in, when the session refreshes next, and the ways out.
class AccountWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AccountWidget(QWidget *parent = nullptr);
    ~AccountWidget() override;

    void setUser(const User &user, const QString &loginId);
    /// nextRefreshMs: when the next refresh is due (ms since the epoch), 0 if none.
    void setNextRefresh(qint64 nextRefreshMs);

Q_SIGNALS:
    void settingsRequested();
    void signOutRequested();
    void signOutEverywhereRequested();

private:
    const std::unique_ptr<::Ui::AccountWidget> m_ui;
};

} // namespace Descope::Ui
