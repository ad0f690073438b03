// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "messagebox.h"

#include "uihelpers_p.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPushButton>

#include <optional>
#include <utility>

namespace Descope {

namespace {
std::optional<QMessageBox::StandardButton> s_nextAnswer;

/// Enter presses the button with the focus. The action button is no auto-default one (so
/// that Cancel stays the default and Enter cancels while Cancel has the focus), and so it
/// let Enter through to QDialog, which pressed Cancel: Shift+Tab to the action and Enter
/// closed the box and did nothing.
class EnterOnFocusedButton : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress)
            return pressFocusedButton(static_cast<QWidget *>(watched), static_cast<QKeyEvent *>(event));
        return QObject::eventFilter(watched, event);
    }
};
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
    box->installEventFilter(new EnterOnFocusedButton(box));
    QObject::connect(action, &QPushButton::clicked, box, [accepted] { accepted(); });
    box->open();
    return box;
}

} // namespace Descope
