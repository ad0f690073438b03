<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>Nothing was changed: you are still signed in on your other devices.</source>
        <translation>Es wurde nichts geändert: Sie sind auf Ihren anderen Geräten weiterhin angemeldet.</translation>
    </message>
    <message>
        <source>Signing out on every device needs a recent sign-in.</source>
        <translation>Zum Abmelden auf allen Geräten ist eine aktuelle Anmeldung nötig.</translation>
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
        <source>Descope Desktop is already running but does not respond.</source>
        <translation>Descope Desktop läuft bereits, reagiert aber nicht.</translation>
    </message>
</context>
</TS>
