// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <DescopeQt6/User>

#include <QLabel>
#include <QWidget>

#include <memory>

namespace Ui {
class AccountWidget;
}

namespace Descope {

/**
 * A one-line label for text that is not ours to shorten (a name, an address): it never asks
 * for more width than a few characters, and when the text does not fit it is drawn cut
 * with "…" while text(), the tooltip and the accessible name keep all of it. Text that
 * fits is drawn by QLabel itself (and stays selectable).
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    /// Shows text from the server or a person, made safe (see displayText()), in full in
    /// the accessible name and, when cut, in the tooltip.
    void setFullText(const QString &text);
    /// Where the "…" goes: Qt::ElideRight for names, Qt::ElideMiddle keeps an address's domain.
    void setElideMode(Qt::TextElideMode mode);
    /// True when the text is drawn cut.
    [[nodiscard]] bool isElided() const;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

/// Who is signed in, the state of the session, and the ways out.
class AccountWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AccountWidget(QWidget *parent = nullptr);
    ~AccountWidget() override;

    void setUser(const User &user, const QString &loginId);
    /// The session is live. nextRefreshMs: when the next refresh is due (ms since the
    /// epoch), 0 if none.
    void setNextRefresh(qint64 nextRefreshMs);
    /// The sign-in service cannot be reached: retried at retryAtMs; the session token is
    /// good until sessionEndsAtMs (0 or past: it has expired, and the session resumes once
    /// the service answers).
    void setOffline(qint64 retryAtMs, qint64 sessionEndsAtMs, qint64 nowMs);
    /// The session has ended (refused or expired); signing in again is the way on.
    void setEnded();
    /// The status line, as shown.
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void settingsRequested();
    void signOutRequested();
    void signOutEverywhereRequested();

private:
    enum class Status { None, Active, Offline, Ended };
    /// Shows text; a change of status (not a new refresh time) is announced.
    void setStatus(Status status, const QString &text);

    const std::unique_ptr<::Ui::AccountWidget> m_ui;
    Status m_status = Status::None;
};

} // namespace Descope
