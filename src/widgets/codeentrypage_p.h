// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "descopeqt6widgets_export.h"

#include "deliverymethod.h"
#include "error.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CodeEntryPage;
}

namespace Descope {

class OtpFlow;
class SessionManager;

/// "We emailed a code to …": one field that takes typing and pasting (anything but digits is
/// dropped) and submits by itself once the sixth digit is in, or on Enter. Resend waits
/// for its countdown. Used by sign-in, re-authentication and account settings.
class DESCOPEQT6WIDGETS_EXPORT CodeEntryPage : public QWidget
{
    Q_OBJECT
public:
    explicit CodeEntryPage(QWidget *parent = nullptr);
    ~CodeEntryPage() override;

    /**
     * Says where the code went, in the channel's words ("We emailed a code to …", "We are
     * calling …"): address as the person typed it (normalised; shown formatted, a phone
     * number in international format), or, when unknown, the server's maskedAddress.
     * Called again for the same destination while the page shows, it says "a new code".
     */
    void setDestination(DeliveryMethod method, const QString &address, const QString &maskedAddress = {});
    /// 0 enables "Send a new code" (and says once that a new code can be asked for); more
    /// shows the wait in a quiet label beside it.
    void setResendSeconds(int seconds);
    /// An inline error tied to the field; the code is cleared and the field (if shown)
    /// refocused so the next try is quick.
    /// Shows error under the code field; message, when given, is said instead of error.message().
    void showError(const Error &error, const QString &message = {});
    void clearError();
    void setBusy(bool busy);
    void reset();
    void setAnotherMethodVisible(bool visible);
    void setChangeLoginIdVisible(bool visible);
    /// Puts the keyboard focus on the code field, if it is shown.
    void focusInput();
    [[nodiscard]] QString code() const;
    /// Wires the page to flow as every code page is: a code entered is verified, "Send a
    /// new code" clears the error and asks flow for one, and the countdown and where each
    /// code went show here. The owner adds what differs (which page shows, where errors go).
    void follow(OtpFlow *flow);

Q_SIGNALS:
    void codeEntered(const QString &code);
    void resendRequested();
    void anotherMethodRequested();
    void changeLoginIdRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void submit();

    const std::unique_ptr<::Ui::CodeEntryPage> m_ui;
    QString m_details;
    QString m_destinationKey; ///< method and address of the last setDestination()
    QString m_voidCodeMessage; ///< why the last code sent can no longer be used, until a new one is

    int m_resendSeconds = 0;
    bool m_busy = false;
};

/// Escape's first job where a code is asked for: cancels flow's request in flight (a code
/// being sent or checked). False when none runs, and Escape goes on to its next job.
DESCOPEQT6WIDGETS_EXPORT bool cancelRequestInFlight(OtpFlow *flow);

/**
 * For a flow whose requests carry session's refresh token (the updates, the step-up), the
 * one place every dialog ties it to the session: later requests (a resend) go with the
 * session's current token (OtpFlow::setRefreshJwt() on SessionManager::refreshed(), so a
 * token rotated by another process is not sent again), and Descope refusing that token on
 * a send (refusesSession()), whether the conversation stops (failed()) or an earlier code
 * is still usable (attemptFailed()), goes to SessionManager::reportRefusal(), which ends
 * the session unless the store holds a newer token. context: the dialog.
 */
DESCOPEQT6WIDGETS_EXPORT void followSession(OtpFlow *flow, SessionManager *session, QObject *context);
/// Whether error, from a request that carried the session's refresh token, is Descope
/// refusing that token (401 or 403 with its error body, Error::endsSession()): the
/// session ends, and the code or address typed is not at fault.
[[nodiscard]] DESCOPEQT6WIDGETS_EXPORT bool refusesSession(const Error &error);
/// What a dialog says for such an error: the session ended, sign in again (the
/// re-authentication prompt follows); never "check what you entered".
[[nodiscard]] DESCOPEQT6WIDGETS_EXPORT QString sessionRefusedMessage();

} // namespace Descope
