// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include <QDialog>

#include <memory>

class QKeyEvent;

namespace Descope {

class Client;
class Clock;
class Error;
class Project;
class ReauthDialogPrivate;
class SessionManager;

/**
 * "Your session ended": signs the same person in again with a one-time code, or lets them
 * stay signed out. Open it when SessionManager::reauthenticationRequired() fires (or when
 * the person asks to sign in again). It is window-modal, so the window behind keeps its
 * state.
 *
 * It names the login id that was signed in (SessionManager::lastLoginId()) and signs in
 * that one only: the constructor calls SessionManager::reauthenticate(), so that adopt()
 * refuses anyone else, and rejecting calls SessionManager::abandonReauthentication().
 * Nothing is sent until the person asks for a code, since the prompt may open while
 * nobody is there (a text or a call at night costs money and alarms people).
 *
 * The dialog is accepted once the session is adopted again, and rejected by "Stay signed
 * out", Escape (when no request runs) or closing the window.
 *
 * Keyboard: Enter runs the page's main action; Escape cancels a request in flight, else
 * goes back from the code page, else means "Stay signed out".
 */
class DESCOPEQT6WIDGETS_EXPORT ReauthDialog : public QDialog
{
    Q_OBJECT
public:
    /**
     * A prompt for the person session was signed in as.
     * @param client sends the requests (not owned).
     * @param session the session to sign in again (not owned).
     * @param reason why it opened: the error SessionManager::reauthenticationRequired()
     *        carried; no error (Error()) when the person asked to sign in again while
     *        still signed in. See explanation().
     * @param parent the window the prompt is modal to.
     * The objects must outlive the dialog.
     */
    ReauthDialog(Client *client, SessionManager *session, const Error &reason, QWidget *parent = nullptr);
    /// As above, for the client and session of project, which must be valid
    /// (Project::isValid()) and outlive the dialog.
    ReauthDialog(Project *project, const Error &reason, QWidget *parent = nullptr);
    /// As above, with the clock the resend countdown reads (tests pass a ManualClock);
    /// nullptr: the system clock.
    ReauthDialog(Client *client, SessionManager *session, const Error &reason, Clock *clock, QWidget *parent = nullptr);
    ~ReauthDialog() override;
    Q_DISABLE_COPY_MOVE(ReauthDialog)

    /// What the prompt says about why it opened, for reason (see the constructor): a
    /// translated sentence, also suited to a notification.
    [[nodiscard]] static QString explanation(const Error &reason);

protected:
    /// Escape as described above.
    void keyPressEvent(QKeyEvent *event) override;

private:
    const std::unique_ptr<ReauthDialogPrivate> d;
};

} // namespace Descope
