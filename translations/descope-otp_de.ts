<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Descope::Cli::Runner</name>
    <message>
        <source>Sign in to a Descope project with one-time codes, from the command line.</source>
        <translation>Mit Einmalcodes bei einem Descope-Projekt anmelden, über die Befehlszeile.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Send a code, read it from standard input and save the session. Signs
up or in unless --sign-up or --sign-in is given; --name needs --sign-up.</source>
        <translation>Sendet einen Code, liest ihn von der Standardeingabe und speichert
die Sitzung. Erstellt ein Konto oder meldet an, außer mit --sign-up
oder --sign-in; --name erfordert --sign-up.</translation>
    </message>
    <message>
        <source>Only send the code, for scripts; then verify.</source>
        <translation>Sendet nur den Code, für Skripte; danach verify.</translation>
    </message>
    <message>
        <source>Sign in with the code, or confirm an update (then with the existing
login id and the new address&apos;s method).</source>
        <translation>Meldet mit dem Code an oder bestätigt eine Änderung (dann mit der
bisherigen Anmelde-ID und der Methode der neuen Adresse).</translation>
    </message>
    <message>
        <source>Send a code to a new email address of the signed-in user; then verify.</source>
        <translation>Sendet einen Code an eine neue E-Mail-Adresse des angemeldeten
Benutzers; danach verify.</translation>
    </message>
    <message>
        <source>Send a code to a new phone number of the signed-in user; then verify.</source>
        <translation>Sendet einen Code an eine neue Telefonnummer des angemeldeten
Benutzers; danach verify.</translation>
    </message>
    <message>
        <source>Who is signed in, from the stored session (no request).</source>
        <translation>Wer angemeldet ist, aus der gespeicherten Sitzung (ohne Anfrage).</translation>
    </message>
    <message>
        <source>The signed-in user&apos;s record, from the server.</source>
        <translation>Die Daten des angemeldeten Benutzers, vom Server.</translation>
    </message>
    <message>
        <source>Refresh the session now.</source>
        <translation>Erneuert die Sitzung jetzt.</translation>
    </message>
    <message>
        <source>Check the session token locally against the project&apos;s keys.</source>
        <translation>Prüft das Sitzungstoken lokal mit den Schlüsseln des Projekts.</translation>
    </message>
    <message>
        <source>Sign out here.</source>
        <translation>Meldet hier ab.</translation>
    </message>
    <message>
        <source>Sign out on every device.</source>
        <translation>Meldet auf allen Geräten ab.</translation>
    </message>
    <message>
        <source>update-email, update-phone and logout-all need a recent sign-in: a code verified within
the step-up window (10 minutes; DESCOPE_STEPUP_WINDOW sets it in seconds, 0 always asks).
When the sign-in is older, --stepup first sends a code to the signed-in login id and reads
it from standard input; at a terminal, the command offers to; otherwise it refuses (exit 3).</source>
        <translation>update-email, update-phone und logout-all erfordern eine kürzliche Anmeldung: einen Code,
der innerhalb des Zeitfensters bestätigt wurde (10 Minuten; DESCOPE_STEPUP_WINDOW legt es
in Sekunden fest, 0 fragt immer). Liegt die Anmeldung länger zurück, sendet --stepup zuerst
einen Code an die Anmelde-ID, mit der Sie angemeldet sind, und liest ihn von der
Standardeingabe; an einem Terminal bietet der Befehl das an; sonst lehnt er ab (Exit-Status 3).</translation>
    </message>
    <message>
        <source>Methods: email, sms, voice, whatsapp.</source>
        <translation>Methoden: email, sms, voice, whatsapp.</translation>
    </message>
    <message>
        <source>Codes are six digits; spaces and dashes in them are ignored.</source>
        <translation>Codes haben sechs Ziffern; Leerzeichen und Bindestriche darin werden ignoriert.</translation>
    </message>
    <message>
        <source>A command takes the options on its line above and the global ones (--project-id,
--base-url, --json, --ephemeral, --region); any other option is refused.</source>
        <translation>Ein Befehl akzeptiert die Optionen in seiner Zeile oben und die globalen (--project-id,
--base-url, --json, --ephemeral, --region); jede andere Option wird abgelehnt.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Authentication, server or keychain error.</source>
        <translation>Fehler bei der Authentifizierung, des Servers oder des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>Bad usage, input refused before any request, or no code entered at
the prompt (end of input).</source>
        <translation>Falsche Verwendung, Eingabe vor jeder Anfrage abgelehnt oder kein
Code an der Eingabeaufforderung eingegeben (Ende der Eingabe).</translation>
    </message>
    <message>
        <source>The change needs a recent sign-in and none was confirmed (see
--stepup); nothing was sent.</source>
        <translation>Die Änderung erfordert eine kürzliche Anmeldung, und keine wurde
bestätigt (siehe --stepup); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>the keychain did not finish saving or removing the session in time; the stored session may be out of date</source>
        <translation>der Schlüsselbund hat das Speichern oder Entfernen der Sitzung nicht rechtzeitig abgeschlossen; die gespeicherte Sitzung ist möglicherweise veraltet</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Try &apos;descope-otp --help&apos;.</source>
        <translation>Weitere Informationen mit „descope-otp --help“.</translation>
    </message>
    <message>
        <source>--%1 is required for %2</source>
        <translation>--%1 ist für %2 erforderlich</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (email, sms, voice or whatsapp)</source>
        <translation>unbekannte Methode „%1“ (email, sms, voice oder whatsapp)</translation>
    </message>
    <message>
        <source>--name is empty</source>
        <translation>--name ist leer</translation>
    </message>
    <message>
        <source>--name is longer than %1 characters</source>
        <translation>--name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>--name contains control characters</source>
        <translation>--name enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Was zu tun ist (siehe Befehle).</translation>
    </message>
    <message>
        <source>Descope project id (default: $DESCOPE_PROJECT_ID).</source>
        <translation>Descope-Projekt-ID (Standard: $DESCOPE_PROJECT_ID).</translation>
    </message>
    <message>
        <source>Descope API base URL (default: $DESCOPE_BASE_URL, else Descope&apos;s).</source>
        <translation>Basis-URL der Descope-API (Standard: $DESCOPE_BASE_URL, sonst die von Descope).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Keep the session in memory only; nothing is saved.</source>
        <translation>Die Sitzung nur im Arbeitsspeicher halten; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Country for phone numbers without +code (default: from the locale).</source>
        <translation>Land für Telefonnummern ohne +Ländervorwahl (Standard: aus den Spracheinstellungen).</translation>
    </message>
    <message>
        <source>email, sms, voice or whatsapp.</source>
        <translation>email, sms, voice oder whatsapp.</translation>
    </message>
    <message>
        <source>Email address or phone number.</source>
        <translation>E-Mail-Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <source>login: create a new user.</source>
        <translation>login: ein neues Konto erstellen.</translation>
    </message>
    <message>
        <source>login: only an existing user.</source>
        <translation>login: nur ein bestehendes Konto.</translation>
    </message>
    <message>
        <source>Sign-up (login --sign-up, start sign-up): the person&apos;s name.</source>
        <translation>Neues Konto (login --sign-up, start sign-up): der Name der Person.</translation>
    </message>
    <message>
        <source>Sign-up: email; update-email: the new email.</source>
        <translation>Neues Konto: E-Mail; update-email: die neue E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Sign-up: phone; update-phone: the new number.</source>
        <translation>Neues Konto: Telefon; update-phone: die neue Nummer.</translation>
    </message>
    <message>
        <source>verify: the code received.</source>
        <translation>verify: der erhaltene Code.</translation>
    </message>
    <message>
        <source>update: the new address also signs in.</source>
        <translation>Änderung: Die neue Adresse dient auch zur Anmeldung.</translation>
    </message>
    <message>
        <source>update: merge into a user who already has it.</source>
        <translation>Änderung: Mit dem Konto zusammenführen, das sie bereits hat.</translation>
    </message>
    <message>
        <source>update-email, update-phone, logout-all: when the sign-in is not recent, confirm it first with a code sent to the signed-in login id.</source>
        <translation>update-email, update-phone, logout-all: Liegt die Anmeldung länger zurück, sie zuerst mit einem Code bestätigen, der an die Anmelde-ID gesendet wird.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 does not take --%2 (it takes only the global options)</source>
        <translation>%1 akzeptiert --%2 nicht (nur die globalen Optionen)</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 akzeptiert --%2 nicht</translation>
    </message>
    <message>
        <source>no project id: use --project-id or DESCOPE_PROJECT_ID</source>
        <translation>keine Projekt-ID: Verwenden Sie --project-id oder DESCOPE_PROJECT_ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Descope project id</source>
        <translation>„%1“ ist keine Descope-Projekt-ID</translation>
    </message>
    <message>
        <source>the base URL must use https (http only to localhost)</source>
        <translation>die Basis-URL muss https verwenden (http nur zu localhost)</translation>
    </message>
    <message>
        <source>A code was sent by sms to %1.</source>
        <translation>Ein Code wurde per SMS an %1 gesendet.</translation>
    </message>
    <message>
        <source>A code was sent by voice to %1.</source>
        <translation>Ein Code wurde per Sprachanruf an %1 gesendet.</translation>
    </message>
    <message>
        <source>A code was sent by whatsapp to %1.</source>
        <translation>Ein Code wurde per WhatsApp an %1 gesendet.</translation>
    </message>
    <message>
        <source>A code was sent by email to %1.</source>
        <translation>Ein Code wurde per E-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <source>Confirmed; going on with %1.</source>
        <translation>Bestätigt; %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Enter the code:</source>
        <translation>Geben Sie den Code ein:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no code entered: end of input</source>
        <translation>kein Code eingegeben: Ende der Eingabe</translation>
    </message>
    <message>
        <source>the code is six digits (spaces and dashes are ignored); enter it again:</source>
        <translation>der Code hat sechs Ziffern (Leerzeichen und Bindestriche werden ignoriert); geben Sie ihn erneut ein:</translation>
    </message>
    <message>
        <source>signed in as %1, but the session could not be saved, so the next command will not be signed in</source>
        <translation>als %1 angemeldet, aber die Sitzung konnte nicht gespeichert werden; der nächste Befehl ist daher nicht angemeldet</translation>
    </message>
    <message>
        <source>the login id could not be remembered for the next sign-in: %1</source>
        <translation>die Anmelde-ID konnte für die nächste Anmeldung nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (user %2).</source>
        <translation>Angemeldet als %1 (Benutzer %2).</translation>
    </message>
    <message>
        <source>--sign-up and --sign-in exclude each other</source>
        <translation>--sign-up und --sign-in schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--name goes with --sign-up</source>
        <translation>--name geht nur mit --sign-up</translation>
    </message>
    <message>
        <source>start needs sign-up, sign-in or sign-up-or-in</source>
        <translation>start erfordert sign-up, sign-in oder sign-up-or-in</translation>
    </message>
    <message>
        <source>the code is six digits (spaces and dashes are ignored)</source>
        <translation>der Code hat sechs Ziffern (Leerzeichen und Bindestriche werden ignoriert)</translation>
    </message>
    <message>
        <source>You were signed out in another program.</source>
        <translation>Sie wurden in einem anderen Programm abgemeldet.</translation>
    </message>
    <message>
        <source>%1 needs a recent sign-in: first confirm it&apos;s you with a code.</source>
        <translation>%1 erfordert eine kürzliche Anmeldung: Bestätigen Sie zuerst mit einem Code, dass Sie es sind.</translation>
    </message>
    <message>
        <source>%1 needs a recent sign-in. Send a code to %2 to confirm it&apos;s you? [y/N]</source>
        <translation>%1 erfordert eine kürzliche Anmeldung. Einen Code an %2 senden, um zu bestätigen, dass Sie es sind? [j/N]</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 needs a recent sign-in.</source>
        <translation>Nichts wurde geändert: %1 erfordert eine kürzliche Anmeldung.</translation>
    </message>
    <message>
        <source>%1 needs a recent sign-in, and yours is older. Run it again with --stepup to confirm it&apos;s you with a code sent to %2. Nothing was sent or changed.</source>
        <translation>%1 erfordert eine kürzliche Anmeldung, und Ihre liegt länger zurück. Führen Sie den Befehl mit --stepup erneut aus, um mit einem an %2 gesendeten Code zu bestätigen, dass Sie es sind. Nichts wurde gesendet oder geändert.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (bestätigt)</translation>
    </message>
    <message>
        <source>renewed on the next request</source>
        <translation>wird bei der nächsten Anfrage erneuert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (update-email, update-phone and logout-all need --stepup)</source>
        <translation>%1 (update-email, update-phone und logout-all erfordern --stepup)</translation>
    </message>
    <message>
        <source>Session refreshed; valid until %1.</source>
        <translation>Sitzung erneuert; gültig bis %1.</translation>
    </message>
    <message>
        <source>the service&apos;s answer could not be verified</source>
        <translation>die Antwort des Dienstes konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>the service answered with HTTP %1</source>
        <translation>der Dienst antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the session could not be refreshed now and is kept (%1); try again later.</source>
        <translation>die Sitzung konnte jetzt nicht erneuert werden und bleibt erhalten (%1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Session token is valid: user %1, until %2, by %3.</source>
        <translation>Das Sitzungstoken ist gültig: Benutzer %1, bis %2, per %3.</translation>
    </message>
    <message>
        <source>signed out here; the server could not be told: %1</source>
        <translation>hier abgemeldet; der Server konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>Signed out on every device.</source>
        <translation>Auf allen Geräten abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>login id:</source>
        <translation>Anmelde-ID:</translation>
    </message>
    <message>
        <source>user id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>session until:</source>
        <translation>Sitzung bis:</translation>
    </message>
    <message>
        <source>refresh until:</source>
        <translation>Erneuerbar bis:</translation>
    </message>
    <message>
        <source>code verified:</source>
        <translation>Code bestätigt:</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>login ids:</source>
        <translation>Anmelde-IDs:</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again with descope-otp login.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich mit descope-otp login erneut an.</translation>
    </message>
    <message>
        <source>%1 by text message</source>
        <translation>%1 per SMS</translation>
    </message>
    <message>
        <source>%1 by voice call</source>
        <translation>%1 per Sprachanruf</translation>
    </message>
    <message>
        <source>%1 by WhatsApp</source>
        <translation>%1 per WhatsApp</translation>
    </message>
    <message>
        <source>%1 by email</source>
        <translation>%1 per E-Mail</translation>
    </message>
    <message>
        <source>Another person signed in meanwhile (in another program). Nothing was changed.</source>
        <translation>Inzwischen hat sich eine andere Person angemeldet (in einem anderen Programm). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Befehlszeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt die Hilfe einschließlich der Qt-spezifischen Optionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach „%1“.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach „%1“.</translation>
    </message>
</context>
</TS>
