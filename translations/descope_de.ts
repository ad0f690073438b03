<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AccountSettingsDialog</name>
        <message>
            <source>Account settings</source>
            <translation>Kontoeinstellungen</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <source>Current email</source>
            <translation>Aktuelle E-Mail</translation>
        </message>
        <message>
            <source>&amp;New email</source>
            <translation>&amp;Neue E-Mail</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>name@beispiel.de</translation>
        </message>
        <message>
            <source>New email address</source>
            <translation>Neue E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Add the new email address to the ways you can sign in</source>
            <translation>Die neue E-Mail-Adresse zu Ihren Anmeldemöglichkeiten hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>Current phone</source>
            <translation>Aktuelle Telefonnummer</translation>
        </message>
        <message>
            <source>+1 201 555 0123</source>
            <translation>+49 30 1234567</translation>
        </message>
        <message>
            <source>New phone number</source>
            <translation>Neue Telefonnummer</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <source>Country of the phone number</source>
            <translation>Land der Telefonnummer</translation>
        </message>
        <message>
            <source>Send the code &amp;by</source>
            <translation>Code senden &amp;per</translation>
        </message>
        <message>
            <source>How to send the code</source>
            <translation>Wie der Code gesendet wird</translation>
        </message>
        <message>
            <source>Add the new phone number to the ways you can sign in</source>
            <translation>Die neue Telefonnummer zu Ihren Anmeldemöglichkeiten hinzufügen</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>&amp;New phone number</source>
            <translation>&amp;Neue Telefonnummer</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>&amp;Also use it to sign in</source>
            <translation>&amp;Auch zum Anmelden verwenden</translation>
        </message>
        <message>
            <source>&amp;Send code to the new email</source>
            <translation>&amp;Code an die neue E-Mail senden</translation>
        </message>
        <message>
            <source>&amp;Send code to the new number</source>
            <translation>&amp;Code an die neue Nummer senden</translation>
        </message>
    </context>
    <context>
        <name>AccountWidget</name>
        <message>
            <source>You are signed in</source>
            <translation>Sie sind angemeldet</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Signs in with</source>
            <translation>Anmeldung mit</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Account &amp;settings…</source>
            <translation>Konto&amp;einstellungen…</translation>
        </message>
        <message>
            <source>Change your email address or phone number</source>
            <translation>E-Mail-Adresse oder Telefonnummer ändern</translation>
        </message>
        <message>
            <source>Sign out of &amp;all devices…</source>
            <translation>Auf allen &amp;Geräten abmelden…</translation>
        </message>
        <message>
            <source>End every session of this account, on every device</source>
            <translation>Alle Sitzungen dieses Kontos auf allen Geräten beenden</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Abmelden</translation>
        </message>
        <message>
            <source>End the session on this computer</source>
            <translation>Die Sitzung auf diesem Computer beenden</translation>
        </message>
    </context>
    <context>
        <name>CodeEntryPage</name>
        <message>
            <source>Enter your code</source>
            <translation>Code eingeben</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>Einmalcode</translation>
        </message>
        <message>
            <source>Copy the error code and trace id for support</source>
            <translation>Fehlercode und Trace-ID für den Support kopieren</translation>
        </message>
        <message>
            <source>6 digits. The code is checked as soon as all 6 are in.</source>
            <translation>6 Ziffern. Der Code wird geprüft, sobald alle 6 eingegeben sind.</translation>
        </message>
        <message>
            <source>Send a ne&amp;w code</source>
            <translation>Neuen Code &amp;senden</translation>
        </message>
        <message>
            <source>Use another &amp;method</source>
            <translation>Andere &amp;Methode wählen</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Bestätigen</translation>
        </message>
        <message>
            <source>Copy &amp;details</source>
            <translation>&amp;Details kopieren</translation>
        </message>
        <message>
            <source>C&amp;hange email or phone</source>
            <translation>E-Mail oder Telefon ä&amp;ndern</translation>
        </message>
    </context>
    <context>
        <name>DeliveryMethodPage</name>
        <message>
            <source>How should we send your code?</source>
            <translation>Wie sollen wir Ihnen den Code senden?</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <source>Send the code by email</source>
            <translation>Den Code per E-Mail senden</translation>
        </message>
        <message>
            <source>&amp;Text message (SMS)</source>
            <translation>&amp;Textnachricht (SMS)</translation>
        </message>
        <message>
            <source>Send the code by text message</source>
            <translation>Den Code per Textnachricht senden</translation>
        </message>
        <message>
            <source>&amp;Voice call</source>
            <translation>&amp;Sprachanruf</translation>
        </message>
        <message>
            <source>Read the code out in a phone call</source>
            <translation>Den Code in einem Anruf vorlesen</translation>
        </message>
        <message>
            <source>&amp;WhatsApp</source>
            <translation>&amp;WhatsApp</translation>
        </message>
        <message>
            <source>Send the code by WhatsApp</source>
            <translation>Den Code per WhatsApp senden</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Copy &amp;details</source>
            <translation>&amp;Details kopieren</translation>
        </message>
        <message>
            <source>Copy the error code and trace id for support</source>
            <translation>Fehlercode und Trace-ID für den Support kopieren</translation>
        </message>
        <message>
            <source>C&amp;hange email or phone</source>
            <translation>E-Mail oder Telefon ä&amp;ndern</translation>
        </message>
        <message>
            <source>Go back to the first page</source>
            <translation>Zurück zur ersten Seite</translation>
        </message>
        <message>
            <source>&amp;Send code</source>
            <translation>&amp;Code senden</translation>
        </message>
    </context>
    <context>
        <name>Descope::Error</name>
        <message>
            <source>That code is not right. Check it and try again.</source>
            <translation>Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Too many wrong codes. Ask for a new code to try again.</source>
            <translation>Zu viele falsche Codes. Fordern Sie einen neuen Code an, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>This code has expired. Ask for a new code.</source>
            <translation>Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an.</translation>
        </message>
        <message>
            <source>An account with this email or phone number already exists. Sign in instead.</source>
            <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse oder Telefonnummer. Melden Sie sich stattdessen an.</translation>
        </message>
        <message>
            <source>No account uses this email or phone number. Sign up instead.</source>
            <translation>Kein Konto verwendet diese E-Mail-Adresse oder Telefonnummer. Erstellen Sie stattdessen ein Konto.</translation>
        </message>
        <message>
            <source>You were signed out. Sign in again.</source>
            <translation>Sie wurden abgemeldet. Melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>Too many requests. Wait a moment and try again.</source>
            <translation>Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The request was not accepted. Check what you entered and try again.</source>
            <translation>Die Anfrage wurde nicht angenommen. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>This code can no longer be used. Ask for a new code.</source>
            <translation>Dieser Code kann nicht mehr verwendet werden. Fordern Sie einen neuen Code an.</translation>
        </message>
        <message>
            <source>Enter an email address or a phone number.</source>
            <translation>Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
        </message>
        <message>
            <source>Enter a valid email address, like name@example.com.</source>
            <translation>Geben Sie eine gültige E-Mail-Adresse ein, etwa name@beispiel.de.</translation>
        </message>
        <message>
            <source>This phone number is not valid. Check the number and the country.</source>
            <translation>Diese Telefonnummer ist ungültig. Prüfen Sie die Nummer und das Land.</translation>
        </message>
        <message>
            <source>Add the country code to the phone number, like +1 for the United States.</source>
            <translation>Ergänzen Sie die Landesvorwahl, etwa +49 für Deutschland.</translation>
        </message>
        <message>
            <source>Codes for an email address go by email; codes for a phone number go by SMS, voice call or WhatsApp.</source>
            <translation>Codes für eine E-Mail-Adresse kommen per E-Mail, Codes für eine Telefonnummer per SMS, Anruf oder WhatsApp.</translation>
        </message>
        <message>
            <source>You need to be signed in to do this.</source>
            <translation>Dafür müssen Sie angemeldet sein.</translation>
        </message>
        <message>
            <source>That is a different account. Sign in again with the account you were using.</source>
            <translation>Das ist ein anderes Konto. Melden Sie sich mit dem Konto an, das Sie verwendet haben.</translation>
        </message>
        <message>
            <source>Please wait for the current step to finish.</source>
            <translation>Bitte warten Sie, bis der aktuelle Schritt abgeschlossen ist.</translation>
        </message>
        <message>
            <source>Some of what you entered is not valid.</source>
            <translation>Ein Teil Ihrer Eingaben ist ungültig.</translation>
        </message>
        <message>
            <source>Cannot reach the sign-in service. Check your internet connection.</source>
            <translation>Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.</translation>
        </message>
        <message>
            <source>The sign-in service took too long to answer. Try again.</source>
            <translation>Der Anmeldedienst hat zu lange nicht geantwortet. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>A secure connection to the sign-in service could not be established.</source>
            <translation>Es konnte keine sichere Verbindung zum Anmeldedienst hergestellt werden.</translation>
        </message>
        <message numerus="yes">
            <source>Too many requests. Try again in %n second(s).</source>
            <translation>
                <numerusform>Zu viele Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
                <numerusform>Zu viele Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>The sign-in service is having trouble. Try again later.</source>
            <translation>Der Anmeldedienst hat Probleme. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The sign-in service refused the request (%1).</source>
            <translation>Der Anmeldedienst hat die Anfrage abgelehnt (%1).</translation>
        </message>
        <message>
            <source>The sign-in service is unavailable right now. Try again later.</source>
            <translation>Der Anmeldedienst ist gerade nicht verfügbar. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The sign-in service sent an answer that could not be understood.</source>
            <translation>Der Anmeldedienst hat eine unverständliche Antwort gesendet.</translation>
        </message>
        <message>
            <source>No system keychain is available, so you will need to sign in again next time. Install or start a keyring such as GNOME Keyring or KWallet to stay signed in.</source>
            <translation>Es ist kein Systemschlüsselbund verfügbar, daher müssen Sie sich beim nächsten Mal erneut anmelden. Installieren oder starten Sie einen Schlüsselbund wie GNOME Keyring oder KWallet, um angemeldet zu bleiben.</translation>
        </message>
        <message>
            <source>The system keychain is locked or refused access, so you will need to sign in again next time.</source>
            <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher müssen Sie sich beim nächsten Mal erneut anmelden.</translation>
        </message>
        <message>
            <source>The system keychain did not answer, so you will need to sign in again next time.</source>
            <translation>Der Systemschlüsselbund hat nicht geantwortet, daher müssen Sie sich beim nächsten Mal erneut anmelden.</translation>
        </message>
        <message>
            <source>Your sign-in could not be saved in the system keychain, so you will need to sign in again next time.</source>
            <translation>Ihre Anmeldung konnte nicht im Systemschlüsselbund gespeichert werden, daher müssen Sie sich beim nächsten Mal erneut anmelden.</translation>
        </message>
        <message>
            <source>The session could not be verified. Sign in again.</source>
            <translation>Die Sitzung konnte nicht überprüft werden. Melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>Still waiting for the sign-in to be confirmed.</source>
            <translation>Die Anmeldung wurde noch nicht bestätigt.</translation>
        </message>
        <message>
            <source>This sign-in link or token has expired. Start again.</source>
            <translation>Dieser Anmeldelink oder dieses Token ist abgelaufen. Beginnen Sie von vorn.</translation>
        </message>
        <message>
            <source>The access key is missing or not valid.</source>
            <translation>Der Zugriffsschlüssel fehlt oder ist ungültig.</translation>
        </message>
        <message>
            <source>Your password has expired.</source>
            <translation>Ihr Passwort ist abgelaufen.</translation>
        </message>
        <message>
            <source>This email address or phone number already belongs to another account.</source>
            <translation>Diese E-Mail-Adresse oder Telefonnummer gehört bereits zu einem anderen Konto.</translation>
        </message>
        <message>
            <source>The sign-in was not authorized.</source>
            <translation>Die Anmeldung wurde nicht autorisiert.</translation>
        </message>
        <message>
            <source>The account was not found.</source>
            <translation>Das Konto wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>The code is six digits. Check it and try again.</source>
            <translation>Der Code besteht aus sechs Ziffern. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The sign-in service could not be reached: something else answered (HTTP %1). Check your network or proxy.</source>
            <translation>Der Anmeldedienst ist nicht erreichbar: Etwas anderes hat geantwortet (HTTP %1). Prüfen Sie Ihr Netzwerk oder Ihren Proxy.</translation>
        </message>
        <message>
            <source>A phone number has at most 15 digits.</source>
            <translation>Eine Telefonnummer hat höchstens 15 Ziffern.</translation>
        </message>
        <message>
            <source>That email address is too long.</source>
            <translation>Diese E-Mail-Adresse ist zu lang.</translation>
        </message>
        <message>
            <source>Letters with accents or from other alphabets can only come after the @.</source>
            <translation>Buchstaben mit Akzenten oder aus anderen Alphabeten sind nur nach dem @ möglich.</translation>
        </message>
        <message>
            <source>The part before the @ can have at most 64 characters.</source>
            <translation>Der Teil vor dem @ darf höchstens 64 Zeichen haben.</translation>
        </message>
    </context>
    <context>
        <name>Descope::AccountSettingsDialog</name>
        <message>
            <source>Text message (SMS)</source>
            <translation>Textnachricht (SMS)</translation>
        </message>
        <message>
            <source>Voice call</source>
            <translation>Sprachanruf</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>Your email address is now %1.</source>
            <translation>Ihre E-Mail-Adresse ist jetzt %1.</translation>
        </message>
        <message>
            <source>Your phone number is now %1.</source>
            <translation>Ihre Telefonnummer ist jetzt %1.</translation>
        </message>
        <message>
            <source>You can also sign in with it.</source>
            <translation>Sie können sich auch damit anmelden.</translation>
        </message>
        <message>
            <source>Email address changed</source>
            <translation>E-Mail-Adresse geändert</translation>
        </message>
        <message>
            <source>Phone number changed</source>
            <translation>Telefonnummer geändert</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>Sc&amp;hließen</translation>
        </message>
    </context>
    <context>
        <name>Descope::AccountWidget</name>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>%1 ✓ verified</source>
            <translation>%1 ✓ bestätigt</translation>
        </message>
        <message>
            <source>%1 (not verified)</source>
            <translation>%1 (nicht bestätigt)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Active; refreshes at %1</source>
            <translation>Aktiv; wird um %1 erneuert</translation>
        </message>
        <message>
            <source>Cannot reach the sign-in service; retrying at %1.</source>
            <translation>Der Anmeldedienst ist nicht erreichbar; neuer Versuch um %1.</translation>
        </message>
        <message>
            <source>Cannot reach the sign-in service; retrying.</source>
            <translation>Der Anmeldedienst ist nicht erreichbar; es wird erneut versucht.</translation>
        </message>
        <message>
            <source>The session ends at %1 unless it can be reached by then.</source>
            <translation>Die Sitzung endet um %1, wenn er bis dahin nicht erreichbar ist.</translation>
        </message>
        <message>
            <source>The session resumes once it can be reached.</source>
            <translation>Die Sitzung wird fortgesetzt, sobald er erreichbar ist.</translation>
        </message>
        <message>
            <source>Ended. Sign in again to continue.</source>
            <translation>Beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
    </context>
    <context>
        <name>Descope::CodeEntryPage</name>
        <message>
            <source>Enter the code we sent you.</source>
            <translation>Geben Sie den Code ein, den wir Ihnen gesendet haben.</translation>
        </message>
        <message>
            <source>We emailed a new code to %1.</source>
            <translation>Wir haben einen neuen Code per E-Mail an %1 gesendet.</translation>
        </message>
        <message>
            <source>We emailed a code to %1. It may take a minute to arrive.</source>
            <translation>Wir haben einen Code per E-Mail an %1 gesendet. Es kann eine Minute dauern, bis er ankommt.</translation>
        </message>
        <message>
            <source>We sent a text message with a new code to %1.</source>
            <translation>Wir haben eine SMS mit einem neuen Code an %1 gesendet.</translation>
        </message>
        <message>
            <source>We sent a text message with a code to %1. It may take a minute to arrive.</source>
            <translation>Wir haben eine SMS mit einem Code an %1 gesendet. Es kann eine Minute dauern, bis sie ankommt.</translation>
        </message>
        <message>
            <source>We are calling %1 again to read you a new code.</source>
            <translation>Wir rufen %1 erneut an und lesen Ihnen einen neuen Code vor.</translation>
        </message>
        <message>
            <source>We are calling %1 to read you a code.</source>
            <translation>Wir rufen %1 an und lesen Ihnen einen Code vor.</translation>
        </message>
        <message>
            <source>We sent you a WhatsApp message with a new code at %1.</source>
            <translation>Wir haben Ihnen eine WhatsApp-Nachricht mit einem neuen Code an %1 gesendet.</translation>
        </message>
        <message>
            <source>We sent you a WhatsApp message with a code at %1.</source>
            <translation>Wir haben Ihnen eine WhatsApp-Nachricht mit einem Code an %1 gesendet.</translation>
        </message>
        <message>
            <source>You can ask for a new code in %1:%2.</source>
            <translation>Einen neuen Code können Sie in %1:%2 anfordern.</translation>
        </message>
        <message numerus="yes">
            <source>You can ask for a new code in %n minute(s).</source>
            <translation>
                <numerusform>Einen neuen Code können Sie in %n Minute anfordern.</numerusform>
                <numerusform>Einen neuen Code können Sie in %n Minuten anfordern.</numerusform>
            </translation>
        </message>
        <message>
            <source>You can ask for a new code in less than a minute.</source>
            <translation>Einen neuen Code können Sie in weniger als einer Minute anfordern.</translation>
        </message>
        <message>
            <source>You can ask for a new code now.</source>
            <translation>Sie können jetzt einen neuen Code anfordern.</translation>
        </message>
    </context>
    <context>
        <name>Descope::DeliveryMethodPage</name>
        <message>
            <source>How should we send your code?</source>
            <translation>Wie sollen wir Ihnen den Code senden?</translation>
        </message>
        <message>
            <source>Get a one-time code</source>
            <translation>Einmalcode anfordern</translation>
        </message>
        <message>
            <source>We will email a one-time code to %1.</source>
            <translation>Wir senden einen Einmalcode per E-Mail an %1.</translation>
        </message>
        <message>
            <source>We will text a one-time code to %1.</source>
            <translation>Wir senden einen Einmalcode per SMS an %1.</translation>
        </message>
        <message>
            <source>We will call %1 and read out a one-time code.</source>
            <translation>Wir rufen %1 an und lesen Ihnen einen Einmalcode vor.</translation>
        </message>
        <message>
            <source>We will send a one-time code to %1 on WhatsApp.</source>
            <translation>Wir senden einen Einmalcode per WhatsApp an %1.</translation>
        </message>
        <message>
            <source>Call &amp;me</source>
            <translation>&amp;Rufen Sie mich an</translation>
        </message>
        <message>
            <source>&amp;Send code</source>
            <translation>&amp;Code senden</translation>
        </message>
    </context>
    <context>
        <name>Descope::LoginIdPage</name>
        <message>
            <source>Create an account</source>
            <translation>Konto erstellen</translation>
        </message>
        <message>
            <source>Sign in or create an account</source>
            <translation>Anmelden oder Konto erstellen</translation>
        </message>
        <message>
            <source>Go back without creating an account</source>
            <translation>Zurück, ohne ein Konto zu erstellen</translation>
        </message>
        <message>
            <source>Create &amp;account</source>
            <translation>Konto e&amp;rstellen</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>Create the account and send a one-time code</source>
            <translation>Das Konto erstellen und einen Einmalcode senden</translation>
        </message>
        <message>
            <source>Sign in, or create an account if there is none yet</source>
            <translation>Anmelden, oder ein Konto erstellen, falls noch keines besteht</translation>
        </message>
        <message>
            <source>Creates a new account in your name.</source>
            <translation>Erstellt ein neues Konto auf Ihren Namen.</translation>
        </message>
        <message>
            <source>Signs you in, or creates your account if you have none yet.</source>
            <translation>Meldet Sie an oder erstellt Ihr Konto, falls Sie noch keines haben.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Sign in to an existing account</source>
            <translation>Bei bestehendem Konto &amp;anmelden</translation>
        </message>
        <message>
            <source>Sign in only; never creates an account</source>
            <translation>Nur anmelden; erstellt nie ein Konto</translation>
        </message>
    </context>
    <context>
        <name>Descope::MainWindow</name>
        <message>
            <source>Descope Desktop</source>
            <translation>Descope Desktop</translation>
        </message>
        <message>
            <source>Signing you in…</source>
            <translation>Sie werden angemeldet…</translation>
        </message>
        <message>
            <source>Signing you in</source>
            <translation>Sie werden angemeldet</translation>
        </message>
        <message>
            <source>%1 Retrying in the background.</source>
            <translation>%1 Neuer Versuch im Hintergrund.</translation>
        </message>
        <message>
            <source>Sign out of all devices?</source>
            <translation>Auf allen Geräten abmelden?</translation>
        </message>
        <message>
            <source>This ends every session of your account, on this computer and on every other device.</source>
            <translation>Damit enden alle Sitzungen Ihres Kontos, auf diesem Computer und auf allen anderen Geräten.</translation>
        </message>
        <message numerus="yes">
            <source>The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.</source>
            <translation>
                <numerusform>Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung endet in %n Minute, wenn er bis dahin nicht wieder erreichbar ist.</numerusform>
                <numerusform>Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung endet in %n Minuten, wenn er bis dahin nicht wieder erreichbar ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>The sign-in service cannot be reached. Your session will resume once it can.</source>
            <translation>Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung wird fortgesetzt, sobald er wieder erreichbar ist.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>You were signed out on this computer, but the sign-in service could not be reached to end your sessions on other devices.</source>
            <translation>Sie wurden auf diesem Computer abgemeldet, aber der Anmeldedienst war nicht erreichbar, um Ihre Sitzungen auf anderen Geräten zu beenden.</translation>
        </message>
        <message>
            <source>You were signed out on all devices.</source>
            <translation>Sie wurden auf allen Geräten abgemeldet.</translation>
        </message>
        <message>
            <source>&amp;Try now</source>
            <translation>&amp;Jetzt versuchen</translation>
        </message>
        <message>
            <source>You were signed out.</source>
            <translation>Sie wurden abgemeldet.</translation>
        </message>
        <message>
            <source>Signing you out on all devices…</source>
            <translation>Abmeldung auf allen Geräten…</translation>
        </message>
        <message>
            <source>Your session ended. Sign in again to continue.</source>
            <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
        <message>
            <source>You were signed out by another program on this computer.</source>
            <translation>Sie wurden von einem anderen Programm auf diesem Computer abgemeldet.</translation>
        </message>
        <message>
            <source>Sign out &amp;everywhere</source>
            <translation>&amp;Überall abmelden</translation>
        </message>
    </context>
    <context>
        <name>Descope::MessageBanner</name>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Diese Meldung ausblenden</translation>
        </message>
    </context>
    <context>
        <name>Descope::MessageBox</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>Descope::ReauthDialog</name>
        <message>
            <source>Sign in again</source>
            <translation>Erneut anmelden</translation>
        </message>
        <message>
            <source>Sign in again to keep your session.</source>
            <translation>Melden Sie sich erneut an, um Ihre Sitzung zu behalten.</translation>
        </message>
        <message>
            <source>Your session ended. Sign in again to continue.</source>
            <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
        <message>
            <source>To continue as %1, ask for a code and enter it.</source>
            <translation>Um als %1 fortzufahren, fordern Sie einen Code an und geben Sie ihn ein.</translation>
        </message>
        <message>
            <source>Stay signed &amp;out</source>
            <translation>Abgemeldet b&amp;leiben</translation>
        </message>
    </context>
    <context>
        <name>Descope::SessionNotifier</name>
        <message>
            <source>Your session is about to end</source>
            <translation>Ihre Sitzung endet bald</translation>
        </message>
        <message numerus="yes">
            <source>The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.</source>
            <translation>
                <numerusform>Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung endet in %n Minute, wenn er bis dahin nicht wieder erreichbar ist.</numerusform>
                <numerusform>Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung endet in %n Minuten, wenn er bis dahin nicht wieder erreichbar ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your session ended</source>
            <translation>Ihre Sitzung ist beendet</translation>
        </message>
        <message>
            <source>Sign in again to continue.</source>
            <translation>Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
    </context>
    <context>
        <name>Descope::SignInWidget</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Stop the request that is running (Escape)</source>
            <translation>Die laufende Anfrage abbrechen (Esc)</translation>
        </message>
    </context>
    <context>
        <name>LoginIdPage</name>
        <message>
            <source>Sign in or create an account</source>
            <translation>Anmelden oder Konto erstellen</translation>
        </message>
        <message>
            <source>Enter your email address or phone number. We will send you a one-time code.</source>
            <translation>Geben Sie Ihre E-Mail-Adresse oder Telefonnummer ein. Wir senden Ihnen einen Einmalcode.</translation>
        </message>
        <message>
            <source>&amp;Email or phone number</source>
            <translation>&amp;E-Mail oder Telefonnummer</translation>
        </message>
        <message>
            <source>name@example.com or +1 201 555 0123</source>
            <translation>name@beispiel.de oder +49 30 1234567</translation>
        </message>
        <message>
            <source>Email or phone number</source>
            <translation>E-Mail oder Telefonnummer</translation>
        </message>
        <message>
            <source>The email address or phone number to send your one-time code to</source>
            <translation>Die E-Mail-Adresse oder Telefonnummer, an die Ihr Einmalcode gesendet wird</translation>
        </message>
        <message>
            <source>C&amp;ountry of the phone number</source>
            <translation>&amp;Land der Telefonnummer</translation>
        </message>
        <message>
            <source>Country of the phone number</source>
            <translation>Land der Telefonnummer</translation>
        </message>
        <message>
            <source>Used for phone numbers typed without a plus sign and country code</source>
            <translation>Gilt für Telefonnummern ohne Pluszeichen und Landesvorwahl</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Ihr &amp;Name</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>The name for your new account</source>
            <translation>Der Name für Ihr neues Konto</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Sign in, or create an account if there is none yet</source>
            <translation>Anmelden, oder ein Konto erstellen, falls noch keines besteht</translation>
        </message>
        <message>
            <source>Copy the error code and trace id for support</source>
            <translation>Fehlercode und Trace-ID für den Support kopieren</translation>
        </message>
        <message>
            <source>Copy &amp;details</source>
            <translation>&amp;Details kopieren</translation>
        </message>
        <message>
            <source>Signs you in, or creates your account if you have none yet.</source>
            <translation>Meldet Sie an oder erstellt Ihr Konto, falls Sie noch keines haben.</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>&amp;Sign in to an existing account</source>
            <translation>Bei bestehendem Konto &amp;anmelden</translation>
        </message>
        <message>
            <source>Sign in only; never creates an account</source>
            <translation>Nur anmelden; erstellt nie ein Konto</translation>
        </message>
        <message>
            <source>C&amp;reate an account</source>
            <translation>Neues &amp;Konto erstellen</translation>
        </message>
        <message>
            <source>Create a new account with your name and this email address or phone number</source>
            <translation>Ein neues Konto mit Ihrem Namen und dieser E-Mail-Adresse oder Telefonnummer erstellen</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Descope Desktop</source>
            <translation>Descope Desktop</translation>
        </message>
        <message>
            <source>No Descope project is set. Start the app with --project-id, or set DESCOPE_PROJECT_ID.</source>
            <translation>Es ist kein Descope-Projekt festgelegt. Starten Sie die App mit --project-id oder setzen Sie DESCOPE_PROJECT_ID.</translation>
        </message>
        <message>
            <source>The project id or the server address is not valid. Server addresses must use https.</source>
            <translation>Die Projekt-ID oder die Serveradresse ist ungültig. Serveradressen müssen https verwenden.</translation>
        </message>
        <message>
            <source>Descope Desktop is already running but does not respond.</source>
            <translation>Descope Desktop läuft bereits, reagiert aber nicht.</translation>
        </message>
    </context>
</TS>
