// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QDialog>

#include <memory>

class QKeyEvent;

namespace Descope {

class AccountSettingsDialogPrivate;
class Client;
class Clock;
class Project;
class SessionManager;

/**
 * Lets the signed-in person change their email address or phone number, each on its own
 * tab, proven by a one-time code sent to the new address: the dialog shows the current
 * ones, a form for the new one (a phone number with its country and how the code travels;
 * for either, whether to sign in with it too), then a code page. The verified tokens
 * replace the session's (SessionManager::user() then holds the new address). The dialog then says what changed ("Your email address is now …") until
 * closed; closed then, it is accepted; closed before, rejected.
 *
 * A change is sensitive: when the sign-in is not recent (SessionManager::needsStepUp()),
 * sending the code first asks the person to confirm it's them with a fresh code to their
 * own login id (StepUpDialog::whenRecentlySignedIn()). Confirmed, the change goes on by
 * itself with the stepped-up session; cancelled, the form is left as typed and says that
 * nothing was changed.
 *
 * It is about the account it opened for: when that session ends, or another person signs
 * in (here or in another program), it is rejected.
 *
 * Keyboard: Enter presses the focused button, or else runs the page's action (send the
 * code for the form shown, verify the code); Escape cancels a request in flight, else goes
 * back from the code page to the form, else closes.
 *
 * Open it with open() (window-modal) or exec(); it does not delete itself unless you set
 * Qt::WA_DeleteOnClose.
 */
class DESCOPEQT6WIDGETS_EXPORT AccountSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// The two forms (tabs) of the dialog.
    enum class Form {
        Email, ///< change the email address
        Phone, ///< change the phone number
    };
    Q_ENUM(Form)

    /**
     * A dialog for the account session is signed in to, on the email form.
     * @param client sends the requests (not owned).
     * @param session the signed-in session whose account changes (not owned).
     * @param parent the parent widget, usually your main window.
     * The objects must outlive the dialog.
     */
    explicit AccountSettingsDialog(Client *client, SessionManager *session, QWidget *parent = nullptr);
    /// As above, for the client and session of project, which must be valid
    /// (Project::isValid()) and outlive the dialog.
    explicit AccountSettingsDialog(Project *project, QWidget *parent = nullptr);
    /// As above, with the clock the resend countdown reads (tests pass a ManualClock);
    /// nullptr: the system clock.
    AccountSettingsDialog(Client *client, SessionManager *session, Clock *clock, QWidget *parent = nullptr);
    ~AccountSettingsDialog() override;
    Q_DISABLE_COPY_MOVE(AccountSettingsDialog)

    /// The form shown (the tab), or that was shown before the code page.
    [[nodiscard]] Form currentForm() const;
    /// Shows form (its tab, with focus on its first field), for an app's "Change phone
    /// number…" command. Any code page or request in flight is left for the form.
    void setCurrentForm(Form form);

public Q_SLOTS:
    /// Closes the dialog; once the change was made, as accepted (it was).
    void reject() override;

protected:
    /// Enter and Escape as described above.
    void keyPressEvent(QKeyEvent *event) override;

private:
    const std::unique_ptr<AccountSettingsDialogPrivate> d;
    friend class AccountSettingsDialogPrivate;
};

} // namespace Descope
