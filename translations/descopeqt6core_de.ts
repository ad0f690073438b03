<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>A phone number has at most 15 digits.</source>
        <translation>Eine Telefonnummer hat höchstens 15 Ziffern.</translation>
    </message>
    <message>
        <source>That email address is too long.</source>
        <translation>Diese E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>The part before the @ can have at most 64 characters.</source>
        <translation>Der Teil vor dem @ darf höchstens 64 Zeichen haben.</translation>
    </message>
    <message>
        <source>Letters with accents or from other alphabets can only come after the @.</source>
        <translation>Buchstaben mit Akzenten oder aus anderen Alphabeten sind nur nach dem @ möglich.</translation>
    </message>
    <message>
        <source>The code is six digits. Check it and try again.</source>
        <translation>Der Code besteht aus sechs Ziffern. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
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
        <source>The sign-in service could not be reached: something else answered (HTTP %1). Check your network or proxy.</source>
        <translation>Der Anmeldedienst ist nicht erreichbar: Etwas anderes hat geantwortet (HTTP %1). Prüfen Sie Ihr Netzwerk oder Ihren Proxy.</translation>
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
</context>
<context>
    <name>Descope::Project</name>
    <message>
        <source>No Descope project is set. Give the project id, or set DESCOPE_PROJECT_ID.</source>
        <translation>Es ist kein Descope-Projekt festgelegt. Geben Sie die Projekt-ID an oder setzen Sie DESCOPE_PROJECT_ID.</translation>
    </message>
    <message>
        <source>The server address is not valid. Server addresses must use https.</source>
        <translation>Die Serveradresse ist ungültig. Serveradressen müssen https verwenden.</translation>
    </message>
    <message>
        <source>“%1” is not a Descope project id.</source>
        <translation>„%1“ ist keine Descope-Projekt-ID.</translation>
    </message>
    <message>
        <source>DESCOPE_STEPUP_WINDOW must be a whole number of seconds, 0 or more, not “%1”.</source>
        <translation>DESCOPE_STEPUP_WINDOW muss eine ganze Zahl von Sekunden sein, 0 oder mehr, nicht „%1“.</translation>
    </message>
</context>
</TS>
