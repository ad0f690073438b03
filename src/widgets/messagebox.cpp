// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "messagebox.h"

#include <QPushButton>

#include <optional>
#include <utility>

namespace Descope {

namespace {
std::optional<QMessageBox::StandardButton> s_nextAnswer;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QMessageBox *MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                                 const QString &actionText, const std::function<void()> &accepted)
{
    if (s_nextAnswer) {
        const auto answer = *std::exchange(s_nextAnswer, std::nullopt);
        if (answer == QMessageBox::Yes || answer == QMessageBox::Ok)
            accepted();
        return nullptr;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *action = box->addButton(actionText, QMessageBox::AcceptRole);
    action->setObjectName(QStringLiteral("confirmButton"));
    // Our own word: QMessageBox::Cancel takes its text from Qt's own catalogue, which is not
    // installed everywhere (German and French showed "Cancel").
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    action->setAutoDefault(false);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    if (parent)
        box->addActions(parent->window()->actions());
    QObject::connect(action, &QPushButton::clicked, box, [accepted] { accepted(); });
    box->open();
    return box;
}

} // namespace Descope
