// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "accountwidget.h"

#include "uihelpers.h"
#include "ui_accountwidget.h"

#include <QDateTime>
#include <QLocale>

namespace Descope::Ui {

namespace {

QString withMark(const QString &value, bool verified)
{
    if (value.isEmpty())
        return AccountWidget::tr("Not set");
    return verified ? AccountWidget::tr("%1 ✓ verified").arg(value) : AccountWidget::tr("%1 (not verified)").arg(value);
}

} // namespace

AccountWidget::AccountWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::AccountWidget>())
{
    m_ui->setupUi(this);
    styleTitle(m_ui->titleLabel);
    QFont font = m_ui->nameValue->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_ui->nameValue->setFont(font);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &AccountWidget::settingsRequested);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &AccountWidget::signOutRequested);
    connect(m_ui->signOutEverywhereButton, &QPushButton::clicked, this, &AccountWidget::signOutEverywhereRequested);
}

AccountWidget::~AccountWidget() = default;

void AccountWidget::setUser(const User &user, const QString &loginId)
{
    const QString name = user.displayName();
    setDisplayText(m_ui->nameValue, name.isEmpty() ? loginId : name);
    setDisplayText(m_ui->emailValue, withMark(user.email, user.verifiedEmail));
    setDisplayText(m_ui->phoneValue, withMark(user.phone, user.verifiedPhone));
    setDisplayText(m_ui->loginIdsValue, user.loginIds.isEmpty() ? loginId : user.loginIds.join(QStringLiteral(", ")));
    setDisplayText(m_ui->userIdValue, user.userId);
    for (QLabel *value : {m_ui->emailValue, m_ui->phoneValue, m_ui->loginIdsValue, m_ui->userIdValue})
        value->setAccessibleName(value->text());
}

void AccountWidget::setNextRefresh(qint64 nextRefreshMs)
{
    if (nextRefreshMs <= 0) {
        m_ui->sessionValue->setText(tr("Active"));
        return;
    }
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(nextRefreshMs).toLocalTime();
    m_ui->sessionValue->setText(tr("Active; refreshes at %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)));
    m_ui->sessionValue->setAccessibleName(m_ui->sessionValue->text());
}

} // namespace Descope::Ui
