// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "messagebanner.h"

#include "uihelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Descope::Ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_close->setAccessibleDescription(tr("Hide this message"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    QPalette palette = this->palette();
    const QColor background = kind == Kind::Error ? QColor(0xfd, 0xe7, 0xe9)
        : kind == Kind::Warning                   ? QColor(0xff, 0xf4, 0xce)
                                                  : QColor(0xe5, 0xf1, 0xfb);
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(palette);
    m_label->setText(text);
    setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
    announce(m_label);
}

} // namespace Descope::Ui
