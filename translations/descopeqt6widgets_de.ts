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
        <source>&amp;Also use it to sign in</source>
        <translation>&amp;Auch zum Anmelden verwenden</translation>
    </message>
    <message>
        <source>Add the new email address to the ways you can sign in</source>
        <translation>Die neue E-Mail-Adresse zu Ihren Anmeldemöglichkeiten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Send code to the new email</source>
        <translation>&amp;Code an die neue E-Mail senden</translation>
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
        <source>&amp;New phone number</source>
        <translation>&amp;Neue Telefonnummer</translation>
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
        <source>&amp;Send code to the new number</source>
        <translation>&amp;Code an die neue Nummer senden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
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
        <source>6 digits. The code is checked as soon as all 6 are in.</source>
        <translation>6 Ziffern. Der Code wird geprüft, sobald alle 6 eingegeben sind.</translation>
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
        <source>Send a ne&amp;w code</source>
        <translation>Neuen Code &amp;senden</translation>
    </message>
    <message>
        <source>Use another &amp;method</source>
        <translation>Andere &amp;Methode wählen</translation>
    </message>
    <message>
        <source>C&amp;hange email or phone</source>
        <translation>E-Mail oder Telefon ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
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
    <name>Descope::AccountSettingsDialog</name>
    <message>
        <source>C&amp;lose</source>
        <translation>Sc&amp;hließen</translation>
    </message>
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
        <source>Nothing was changed: the change needs the code that confirms it&apos;s you.</source>
        <translation>Es wurde nichts geändert: Für die Änderung ist der Code nötig, mit dem Sie bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
        <source>Changing your email address needs a recent sign-in.</source>
        <translation>Zum Ändern Ihrer E-Mail-Adresse ist eine aktuelle Anmeldung nötig.</translation>
    </message>
    <message>
        <source>Changing your phone number needs a recent sign-in.</source>
        <translation>Zum Ändern Ihrer Telefonnummer ist eine aktuelle Anmeldung nötig.</translation>
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
    <message>
        <source>Your session ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
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
        <source>Go back without creating an account</source>
        <translation>Zurück, ohne ein Konto zu erstellen</translation>
    </message>
    <message>
        <source>Sign in only; never creates an account</source>
        <translation>Nur anmelden; erstellt nie ein Konto</translation>
    </message>
    <message>
        <source>Enter your email address. We will send you a one-time code.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Einmalcode.</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The email address to send your one-time code to</source>
        <translation>Die E-Mail-Adresse, an die Ihr Einmalcode gesendet wird</translation>
    </message>
    <message>
        <source>Enter your phone number. We will send you a one-time code.</source>
        <translation>Geben Sie Ihre Telefonnummer ein. Wir senden Ihnen einen Einmalcode.</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>&amp;Telefonnummer</translation>
    </message>
    <message>
        <source>+1 201 555 0123</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>The phone number to send your one-time code to</source>
        <translation>Die Telefonnummer, an die Ihr Einmalcode gesendet wird</translation>
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
        <source>Your session ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign in again to keep your session.</source>
        <translation>Melden Sie sich erneut an, um Ihre Sitzung zu behalten.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
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
    <message>
        <source>Codes cannot be sent by email here. Enter your phone number.</source>
        <translation>Codes können hier nicht per E-Mail gesendet werden. Geben Sie Ihre Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Codes cannot be sent to a phone number here. Enter your email address.</source>
        <translation>Codes können hier nicht an eine Telefonnummer gesendet werden. Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>Descope::StepUpDialog</name>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave without the change (Escape)</source>
        <translation>Ohne die Änderung schließen (Esc)</translation>
    </message>
    <message>
        <source>What you asked for needs a recent sign-in.</source>
        <translation>Dafür ist eine aktuelle Anmeldung nötig.</translation>
    </message>
    <message>
        <source>To confirm it&apos;s you, enter the code we send you.</source>
        <translation>Geben Sie zur Bestätigung den Code ein, den wir Ihnen senden.</translation>
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
        <source>Copy &amp;details</source>
        <translation>&amp;Details kopieren</translation>
    </message>
    <message>
        <source>Copy the error code and trace id for support</source>
        <translation>Fehlercode und Trace-ID für den Support kopieren</translation>
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
        <source>Sign in, or create an account if there is none yet</source>
        <translation>Anmelden, oder ein Konto erstellen, falls noch keines besteht</translation>
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
</TS>
