// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "accountwidget.h"

#include "ui_accountwidget.h"

#include <DescopeQt6/LoginId>
#include <DescopeQt6/uihelpers.h>

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyle>

#include <utility>

namespace Descope {

namespace {

QString withMark(const QString &value, bool verified)
{
    if (value.isEmpty())
        return AccountWidget::tr("Not set");
    return verified ? AccountWidget::tr("%1 ✓ verified").arg(value) : AccountWidget::tr("%1 (not verified)").arg(value);
}

/// A time of day, with the date when it is not today.
QString when(qint64 ms, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    QLocale locale;
    if (at.date() == now.date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // Any width will do: the text is cut to fit, never the window stretched to fit it.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    setDisplayText(this, text);
    setAccessibleName(this->text());
    updateToolTip();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    update();
}

bool ElidedLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width();
}

QSize ElidedLabel::sizeHint() const
{
    const QSize full = QLabel::sizeHint();
    return {qMin(full.width(), minimumSizeHint().width() * 4), full.height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().horizontalAdvance(QStringLiteral("MMMM…")) + margins.left() + margins.right(),
            QLabel::minimumSizeHint().height()};
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateToolTip();
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    if (!isElided())
        return QLabel::paintEvent(event);
    QPainter painter(this);
    const QRect rect = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), m_mode, rect.width());
    style()->drawItemText(&painter, rect, QStyle::visualAlignment(layoutDirection(), alignment()).toInt(), palette(),
                          isEnabled(), shown, foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    setToolTip(isElided() ? text() : QString());
}

AccountWidget::AccountWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::AccountWidget>())
{
    m_ui->setupUi(this);
    styleTitle(m_ui->titleLabel);
    QFont font = m_ui->nameValue->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_ui->nameValue->setFont(font);
    // Addresses keep their beginning and their domain; names their beginning.
    for (ElidedLabel *value : {m_ui->emailValue, m_ui->phoneValue, m_ui->loginIdsValue, m_ui->userIdValue})
        value->setElideMode(Qt::ElideMiddle);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &AccountWidget::settingsRequested);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &AccountWidget::signOutRequested);
    connect(m_ui->signOutEverywhereButton, &QPushButton::clicked, this, &AccountWidget::signOutEverywhereRequested);
}

AccountWidget::~AccountWidget() = default;

void AccountWidget::setUser(const User &user, const QString &loginId)
{
    // Addresses as people read them: numbers in international format, domains in Unicode.
    const QString name = user.displayName();
    // Without a name the login id stands in: an address, cut in the middle like the others.
    m_ui->nameValue->setElideMode(name.isEmpty() ? Qt::ElideMiddle : Qt::ElideRight);
    m_ui->nameValue->setFullText(name.isEmpty() ? LoginId::displayForm(loginId) : name);
    m_ui->emailValue->setFullText(withMark(LoginId::displayForm(user.email), user.verifiedEmail));
    m_ui->phoneValue->setFullText(withMark(LoginId::displayForm(user.phone), user.verifiedPhone));
    QStringList loginIds;
    for (const QString &id : user.loginIds.isEmpty() ? QStringList{loginId} : user.loginIds)
        loginIds << LoginId::displayForm(id);
    m_ui->loginIdsValue->setFullText(loginIds.join(QStringLiteral(", ")));
    m_ui->userIdValue->setFullText(user.userId);
}

void AccountWidget::setNextRefresh(qint64 nextRefreshMs)
{
    if (nextRefreshMs <= 0)
        return setStatus(Status::Active, tr("Active"));
    const QString at = QLocale().toString(QDateTime::fromMSecsSinceEpoch(nextRefreshMs).toLocalTime().time(),
                                          QLocale::ShortFormat);
    setStatus(Status::Active, tr("Active; refreshes at %1").arg(at));
}

void AccountWidget::setOffline(qint64 retryAtMs, qint64 sessionEndsAtMs, qint64 nowMs)
{
    const QString retry = retryAtMs > 0 ? tr("Cannot reach the sign-in service; retrying at %1.").arg(when(retryAtMs, nowMs))
                                        : tr("Cannot reach the sign-in service; retrying.");
    if (sessionEndsAtMs > nowMs)
        setStatus(Status::Offline, retry + QLatin1Char(' ') + tr("The session ends at %1 unless it can be reached by then.").arg(when(sessionEndsAtMs, nowMs)));
    else
        setStatus(Status::Offline, retry + QLatin1Char(' ') + tr("The session resumes once it can be reached."));
}

void AccountWidget::setEnded()
{
    setStatus(Status::Ended, tr("Ended. Sign in again to continue."));
}

QString AccountWidget::statusText() const
{
    return m_ui->sessionValue->text();
}

void AccountWidget::setStatus(Status status, const QString &text)
{
    m_ui->sessionValue->setText(text);
    m_ui->sessionValue->setAccessibleName(text);
    if (std::exchange(m_status, status) != status && isVisible())
        announce(m_ui->sessionValue, text);
}

} // namespace Descope
