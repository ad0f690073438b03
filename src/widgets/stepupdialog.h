// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QDialog>

#include <functional>
#include <memory>

class QKeyEvent;
class QShowEvent;

namespace Descope {

class Client;
class Clock;
class Project;
class SessionManager;
class StepUpDialogPrivate;

/**
 * "Confirm it's you" ("sudo mode"): a fresh one-time code for the signed-in person before a
 * sensitive change (the email address, the phone number, signing out everywhere), when
 * their last code verification is older than the session's window
 * (SessionManager::needsStepUp()).
 *
 * It opens because the person just asked for the change, so it sends the code as soon as
 * it is first shown, to the signed-in login id (OtpFlow::stepUpRequest(), Descope's
 * stepup), names where it went, and takes the code: typed, pasted, with "Send a new code"
 * after the countdown, as the sign-in's code page does. A wrong code keeps it open with
 * the error under the field; a code that can no longer be used (too many tries, expired)
 * says so and offers a new one. Once the code is verified the stepped-up session (its
 * token carries su) is adopted by the SessionManager and the dialog is accepted; the
 * change can then go ahead with SessionManager::refreshJwt(). Cancel, Escape or closing the
 * window rejects it. When the session ends meanwhile (here or in another program), or
 * another person signs in, it is rejected; when the same person confirms it's them
 * meanwhile in another program (whose code voids the one sent here), it is accepted. A
 * resend goes with the session's current refresh token, and Descope refusing that token
 * ends the session (SessionManager::reportRefusal()).
 *
 * Keyboard: the focus starts in the code field; Enter verifies (on a focused button,
 * presses it); Escape cancels a request in flight, else rejects.
 *
 * It is window-modal. Most callers want whenRecentlySignedIn(), which opens it only when
 * needed and calls back without a nested event loop.
 */
class DESCOPEQT6WIDGETS_EXPORT StepUpDialog : public QDialog
{
    Q_OBJECT
public:
    /**
     * A step-up for the person signed in to session.
     * @param client sends the requests (not owned).
     * @param session the signed-in session to step up (not owned).
     * @param clock the clock the resend countdown reads (tests pass a ManualClock);
     *        nullptr: the system clock (not owned).
     * @param parent the window the dialog is modal to; the dialog carries the actions of
     *        its window (Quit, say).
     * The objects must outlive the dialog.
     */
    StepUpDialog(Client *client, SessionManager *session, Clock *clock, QWidget *parent = nullptr);
    /// As above, with the system clock.
    StepUpDialog(Client *client, SessionManager *session, QWidget *parent = nullptr);
    /// As above, for the client and session of project, which must be valid
    /// (Project::isValid()) and outlive the dialog.
    explicit StepUpDialog(Project *project, QWidget *parent = nullptr);
    ~StepUpDialog() override;
    Q_DISABLE_COPY_MOVE(StepUpDialog)

    /**
     * Runs then(true) at once when session needs no step-up (SessionManager::needsStepUp()
     * is false); otherwise opens a StepUpDialog over parent (deleted when it closes) and
     * runs then(true) once the stepped-up session is adopted, then(false) when the person
     * cancels or the session ends. No nested event loop: this returns before the dialog is
     * answered.
     * @param client sends the requests (not owned).
     * @param session the signed-in session (not owned).
     * @param clock as in the constructor; nullptr: the system clock.
     * @param parent the window the dialog is modal to.
     * @param context then does not run once context is gone.
     * @param then what to do once it is known whether the person confirmed it's them:
     *        confirmed is true when the change may go ahead with session's refreshJwt().
     * @return the dialog opened, or nullptr when then already ran.
     */
    static StepUpDialog *whenRecentlySignedIn(Client *client, SessionManager *session, Clock *clock, QWidget *parent,
                                              QObject *context, const std::function<void(bool confirmed)> &then);
    /// As above, for the client and session of project, which must be valid.
    static StepUpDialog *whenRecentlySignedIn(Project *project, QWidget *parent, QObject *context,
                                              const std::function<void(bool confirmed)> &then);

    /**
     * Says what the code is for: reason is one sentence naming what the person asked for,
     * shown before "To confirm it's you, enter the code we send you.", e.g.
     * tr("Signing out on every device needs a recent sign-in."). Empty (the default): "What
     * you asked for needs a recent sign-in." Call it on the dialog whenRecentlySignedIn()
     * returns; the dialog grows to fit the text.
     */
    void setReason(const QString &reason);

protected:
    /// Escape and Enter as described above.
    void keyPressEvent(QKeyEvent *event) override;
    /// Sends the code the first time the dialog shows.
    void showEvent(QShowEvent *event) override;

private:
    const std::unique_ptr<StepUpDialogPrivate> d;
    friend class StepUpDialogPrivate;
};

} // namespace Descope
