#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
"""Writes the German and French texts, and the English plural forms, into translations/*.ts
after lupdate.

The texts live here, one table per language keyed by the English source, so that a
string used in several places is translated once and consistently. Run after
`cmake --build build --target update_translations`; it fails on any source text
without a translation, so the .ts files cannot go out incomplete.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = {
    'Account settings': 'Kontoeinstellungen',
    '&Email': '&E-Mail',
    'Current email': 'Aktuelle E-Mail',
    '&New email': '&Neue E-Mail',
    'name@example.com': 'name@beispiel.de',
    'New email address': 'Neue E-Mail-Adresse',
    'Also use it to sign in': 'Auch zum Anmelden verwenden',
    'Add the new email address to the ways you can sign in': 'Die neue E-Mail-Adresse zu Ihren Anmeldemöglichkeiten hinzufügen',
    'Send code to the new email': 'Code an die neue E-Mail senden',
    '&Phone': '&Telefon',
    'Current phone': 'Aktuelle Telefonnummer',
    'New &phone number': 'Neue Telefon&nummer',
    '+1 201 555 0123': '+49 30 1234567',
    'New phone number': 'Neue Telefonnummer',
    'C&ountry': '&Land',
    'Country of the phone number': 'Land der Telefonnummer',
    'Send the code &by': 'Code senden &per',
    'How to send the code': 'Wie der Code gesendet wird',
    'Add the new phone number to the ways you can sign in': 'Die neue Telefonnummer zu Ihren Anmeldemöglichkeiten hinzufügen',
    'Send code to the new number': 'Code an die neue Nummer senden',
    'Error': 'Fehler',
    'You are signed in': 'Sie sind angemeldet',
    'Email': 'E-Mail',
    'Phone': 'Telefon',
    'Signs in with': 'Anmeldung mit',
    'User ID': 'Benutzer-ID',
    'Session': 'Sitzung',
    'Account &settings…': 'Konto&einstellungen…',
    'Change your email address or phone number': 'E-Mail-Adresse oder Telefonnummer ändern',
    'Sign out of &all devices…': 'Auf allen &Geräten abmelden…',
    'End every session of this account, on every device': 'Alle Sitzungen dieses Kontos auf allen Geräten beenden',
    'Sign &out': '&Abmelden',
    'End the session on this computer': 'Die Sitzung auf diesem Computer beenden',
    'Enter your code': 'Code eingeben',
    '&Code': '&Code',
    '123456': '123456',
    'One-time code': 'Einmalcode',
    'The code we sent you; it is checked as soon as all digits are in': 'Der Code, den wir Ihnen gesendet haben; er wird geprüft, sobald alle Ziffern eingegeben sind',
    'Copy details': 'Details kopieren',
    'Copy the error code and trace id for support': 'Fehlercode und Trace-ID für den Support kopieren',
    'Resend code': 'Code erneut senden',
    'Use another method': 'Andere Methode wählen',
    'Change email or phone': 'E-Mail oder Telefon ändern',
    'Verify': 'Bestätigen',
    'How should we send your code?': 'Wie sollen wir Ihnen den Code senden?',
    'Send the code by email': 'Den Code per E-Mail senden',
    '&Text message (SMS)': '&Textnachricht (SMS)',
    'Send the code by text message': 'Den Code per Textnachricht senden',
    '&Voice call': '&Sprachanruf',
    'Read the code out in a phone call': 'Den Code in einem Anruf vorlesen',
    '&WhatsApp': '&WhatsApp',
    'Send the code by WhatsApp': 'Den Code per WhatsApp senden',
    'Send code': 'Code senden',
    'That code is not right. Check it and try again.': 'Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut.',
    'Too many wrong codes. Ask for a new code to try again.': 'Zu viele falsche Codes. Fordern Sie einen neuen Code an, um es erneut zu versuchen.',
    'This code has expired. Ask for a new code.': 'Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an.',
    'An account with this email or phone number already exists. Sign in instead.': 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse oder Telefonnummer. Melden Sie sich stattdessen an.',
    'No account uses this email or phone number. Sign up instead.': 'Kein Konto verwendet diese E-Mail-Adresse oder Telefonnummer. Erstellen Sie stattdessen ein Konto.',
    'You were signed out. Sign in again.': 'Sie wurden abgemeldet. Melden Sie sich erneut an.',
    'Too many requests. Wait a moment and try again.': 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
    'The request was not accepted. Check what you entered and try again.': 'Die Anfrage wurde nicht angenommen. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
    'This code can no longer be used. Ask for a new code.': 'Dieser Code kann nicht mehr verwendet werden. Fordern Sie einen neuen Code an.',
    'Enter an email address or a phone number.': 'Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.',
    'Enter a valid email address, like name@example.com.': 'Geben Sie eine gültige E-Mail-Adresse ein, etwa name@beispiel.de.',
    'This phone number is not valid. Check the number and the country.': 'Diese Telefonnummer ist ungültig. Prüfen Sie die Nummer und das Land.',
    'Add the country code to the phone number, like +1 for the United States.': 'Ergänzen Sie die Landesvorwahl, etwa +49 für Deutschland.',
    'The code is six digits. Check it and try again.': 'Der Code besteht aus sechs Ziffern. Prüfen Sie ihn und versuchen Sie es erneut.',
    'Codes for an email address go by email; codes for a phone number go by SMS, voice call or WhatsApp.': 'Codes für eine E-Mail-Adresse kommen per E-Mail, Codes für eine Telefonnummer per SMS, Anruf oder WhatsApp.',
    'You need to be signed in to do this.': 'Dafür müssen Sie angemeldet sein.',
    'That is a different account. Sign in again with the account you were using.': 'Das ist ein anderes Konto. Melden Sie sich mit dem Konto an, das Sie verwendet haben.',
    'Please wait for the current step to finish.': 'Bitte warten Sie, bis der aktuelle Schritt abgeschlossen ist.',
    'Some of what you entered is not valid.': 'Ein Teil Ihrer Eingaben ist ungültig.',
    'Cannot reach the sign-in service. Check your internet connection.': 'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.',
    'The sign-in service took too long to answer. Try again.': 'Der Anmeldedienst hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
    'Cancelled.': 'Abgebrochen.',
    'A secure connection to the sign-in service could not be established.': 'Es konnte keine sichere Verbindung zum Anmeldedienst hergestellt werden.',
    'The sign-in service is having trouble. Try again later.': 'Der Anmeldedienst hat Probleme. Versuchen Sie es später erneut.',
    'The sign-in service refused the request (%1).': 'Der Anmeldedienst hat die Anfrage abgelehnt (%1).',
    'The sign-in service is unavailable right now. Try again later.': 'Der Anmeldedienst ist gerade nicht verfügbar. Versuchen Sie es später erneut.',
    'The sign-in service could not be reached: something else answered (HTTP %1). Check your network or proxy.': 'Der Anmeldedienst ist nicht erreichbar: Etwas anderes hat geantwortet (HTTP %1). Prüfen Sie Ihr Netzwerk oder Ihren Proxy.',
    'The sign-in service sent an answer that could not be understood.': 'Der Anmeldedienst hat eine unverständliche Antwort gesendet.',
    'No system keychain is available, so you will need to sign in again next time. Install or start a keyring such as GNOME Keyring or KWallet to stay signed in.': 'Es ist kein Systemschlüsselbund verfügbar, daher müssen Sie sich beim nächsten Mal erneut anmelden. Installieren oder starten Sie einen Schlüsselbund wie GNOME Keyring oder KWallet, um angemeldet zu bleiben.',
    'The system keychain is locked or refused access, so you will need to sign in again next time.': 'Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher müssen Sie sich beim nächsten Mal erneut anmelden.',
    'The system keychain did not answer, so you will need to sign in again next time.': 'Der Systemschlüsselbund hat nicht geantwortet, daher müssen Sie sich beim nächsten Mal erneut anmelden.',
    'Your sign-in could not be saved in the system keychain, so you will need to sign in again next time.': 'Ihre Anmeldung konnte nicht im Systemschlüsselbund gespeichert werden, daher müssen Sie sich beim nächsten Mal erneut anmelden.',
    'The session could not be verified. Sign in again.': 'Die Sitzung konnte nicht überprüft werden. Melden Sie sich erneut an.',
    'Text message (SMS)': 'Textnachricht (SMS)',
    'Voice call': 'Sprachanruf',
    'WhatsApp': 'WhatsApp',
    'Not set': 'Nicht festgelegt',
    '%1 ✓ verified': '%1 ✓ bestätigt',
    '%1 (not verified)': '%1 (nicht bestätigt)',
    'Active': 'Aktiv',
    'Active; refreshes at %1': 'Aktiv; wird um %1 erneuert',
    'Enter the code we sent you.': 'Geben Sie den Code ein, den wir Ihnen gesendet haben.',
    'We sent a code to %1. It may take a minute to arrive.': 'Wir haben einen Code an %1 gesendet. Es kann eine Minute dauern, bis er ankommt.',
    'Resend code in %1:%2': 'Erneut senden in %1:%2',
    'We will send a one-time code to %1.': 'Wir senden einen Einmalcode an %1.',
    'Create an account': 'Konto erstellen',
    'Sign in or create an account': 'Anmelden oder Konto erstellen',
    'Create account': 'Konto erstellen',
    'Continue': 'Weiter',
    'Back': 'Zurück',
    'Sign in': 'Anmelden',
    'Go back without creating an account': 'Zurück, ohne ein Konto zu erstellen',
    'Sign in to an existing account only': 'Nur bei einem bestehenden Konto anmelden',
    'Descope Desktop': 'Descope Desktop',
    'Signing you in…': 'Sie werden angemeldet…',
    'Signing you in': 'Sie werden angemeldet',
    '%1 Retrying in the background.': '%1 Neuer Versuch im Hintergrund.',
    'The sign-in service cannot be reached. Your session will resume once it can.': 'Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung wird fortgesetzt, sobald er wieder erreichbar ist.',
    'Sign in again': 'Erneut anmelden',
    'Sign out of all devices?': 'Auf allen Geräten abmelden?',
    'This ends every session of your account, on this computer and on every other device.': 'Damit enden alle Sitzungen Ihres Kontos, auf diesem Computer und auf allen anderen Geräten.',
    'Dismiss': 'Schließen',
    'Hide this message': 'Diese Meldung ausblenden',
    'Your session has expired.': 'Ihre Sitzung ist abgelaufen.',
    'Sign in again to keep your session.': 'Melden Sie sich erneut an, um Ihre Sitzung zu behalten.',
    'To continue, confirm it is you with a code sent to %1.': 'Bestätigen Sie zum Fortfahren mit einem Code an %1, dass Sie es sind.',
    'Stay signed out': 'Abgemeldet bleiben',
    'Cancel': 'Abbrechen',
    'Working': 'In Arbeit',
    'Stop the request that is running': 'Die laufende Anfrage abbrechen',
    'Enter your email address or phone number. We will send you a one-time code.': 'Geben Sie Ihre E-Mail-Adresse oder Telefonnummer ein. Wir senden Ihnen einen Einmalcode.',
    '&Email or phone number': '&E-Mail oder Telefonnummer',
    'name@example.com or +1 201 555 0123': 'name@beispiel.de oder +49 30 1234567',
    'Email or phone number': 'E-Mail oder Telefonnummer',
    'The email address or phone number to send your one-time code to': 'Die E-Mail-Adresse oder Telefonnummer, an die Ihr Einmalcode gesendet wird',
    'C&ountry of the phone number': '&Land der Telefonnummer',
    'Used for phone numbers typed without a plus sign and country code': 'Gilt für Telefonnummern ohne Pluszeichen und Landesvorwahl',
    'Your &name': 'Ihr &Name',
    'Your name': 'Ihr Name',
    'The name for your new account': 'Der Name für Ihr neues Konto',
    'Create a new account with this email address or phone number': 'Ein neues Konto mit dieser E-Mail-Adresse oder Telefonnummer erstellen',
    'Sign in, or create an account if there is none yet': 'Anmelden, oder ein Konto erstellen, falls noch keines besteht',
    'No Descope project is set. Start the app with --project-id, or set DESCOPE_PROJECT_ID.': 'Es ist kein Descope-Projekt festgelegt. Starten Sie die App mit --project-id oder setzen Sie DESCOPE_PROJECT_ID.',
    'The project id or the server address is not valid. Server addresses must use https.': 'Die Projekt-ID oder die Serveradresse ist ungültig. Serveradressen müssen https verwenden.',
}
DE.update({
    'Still waiting for the sign-in to be confirmed.': 'Die Anmeldung wurde noch nicht bestätigt.',
    'This sign-in link or token has expired. Start again.': 'Dieser Anmeldelink oder dieses Token ist abgelaufen. Beginnen Sie von vorn.',
    'The access key is missing or not valid.': 'Der Zugriffsschlüssel fehlt oder ist ungültig.',
    'Your password has expired.': 'Ihr Passwort ist abgelaufen.',
    'This email address or phone number already belongs to another account.': 'Diese E-Mail-Adresse oder Telefonnummer gehört bereits zu einem anderen Konto.',
    'The sign-in was not authorized.': 'Die Anmeldung wurde nicht autorisiert.',
    'The account was not found.': 'Das Konto wurde nicht gefunden.',
})
DE_PLURAL = {
    'Too many requests. Try again in %n second(s).': ['Zu viele Anfragen. Versuchen Sie es in %n Sekunde erneut.',
                                                      'Zu viele Anfragen. Versuchen Sie es in %n Sekunden erneut.'],
    'The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.': [
        'Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung endet in %n Minute, falls er bis dahin nicht erreichbar ist.',
        'Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung endet in %n Minuten, falls er bis dahin nicht erreichbar ist.'],
}

FR = {
    'Account settings': 'Paramètres du compte',
    '&Email': '&E-mail',
    'Current email': 'E-mail actuel',
    '&New email': '&Nouvel e-mail',
    'name@example.com': 'nom@exemple.fr',
    'New email address': 'Nouvelle adresse e-mail',
    'Also use it to sign in': 'L’utiliser aussi pour se connecter',
    'Add the new email address to the ways you can sign in': 'Ajouter la nouvelle adresse e-mail à vos moyens de connexion',
    'Send code to the new email': 'Envoyer un code au nouvel e-mail',
    '&Phone': '&Téléphone',
    'Current phone': 'Téléphone actuel',
    'New &phone number': 'Nouveau &numéro de téléphone',
    '+1 201 555 0123': '+33 1 23 45 67 89',
    'New phone number': 'Nouveau numéro de téléphone',
    'C&ountry': '&Pays',
    'Country of the phone number': 'Pays du numéro de téléphone',
    'Send the code &by': 'Envoyer le code pa&r',
    'How to send the code': 'Comment envoyer le code',
    'Add the new phone number to the ways you can sign in': 'Ajouter le nouveau numéro à vos moyens de connexion',
    'Send code to the new number': 'Envoyer un code au nouveau numéro',
    'Error': 'Erreur',
    'You are signed in': 'Vous êtes connecté',
    'Email': 'E-mail',
    'Phone': 'Téléphone',
    'Signs in with': 'Se connecte avec',
    'User ID': 'ID utilisateur',
    'Session': 'Session',
    'Account &settings…': '&Paramètres du compte…',
    'Change your email address or phone number': 'Modifier votre adresse e-mail ou votre numéro de téléphone',
    'Sign out of &all devices…': 'Se déconnecter de &tous les appareils…',
    'End every session of this account, on every device': 'Fermer toutes les sessions de ce compte, sur tous les appareils',
    'Sign &out': 'Se &déconnecter',
    'End the session on this computer': 'Fermer la session sur cet ordinateur',
    'Enter your code': 'Saisissez votre code',
    '&Code': '&Code',
    '123456': '123456',
    'One-time code': 'Code à usage unique',
    'The code we sent you; it is checked as soon as all digits are in': 'Le code que nous vous avons envoyé ; il est vérifié dès que tous les chiffres sont saisis',
    'Copy details': 'Copier les détails',
    'Copy the error code and trace id for support': 'Copier le code d’erreur et l’identifiant de trace pour le support',
    'Resend code': 'Renvoyer le code',
    'Use another method': 'Utiliser une autre méthode',
    'Change email or phone': 'Changer d’e-mail ou de téléphone',
    'Verify': 'Vérifier',
    'How should we send your code?': 'Comment souhaitez-vous recevoir votre code ?',
    'Send the code by email': 'Envoyer le code par e-mail',
    '&Text message (SMS)': '&Message texte (SMS)',
    'Send the code by text message': 'Envoyer le code par message texte',
    '&Voice call': '&Appel vocal',
    'Read the code out in a phone call': 'Lire le code lors d’un appel téléphonique',
    '&WhatsApp': '&WhatsApp',
    'Send the code by WhatsApp': 'Envoyer le code par WhatsApp',
    'Send code': 'Envoyer le code',
    'That code is not right. Check it and try again.': 'Ce code est incorrect. Vérifiez-le et réessayez.',
    'Too many wrong codes. Ask for a new code to try again.': 'Trop de codes incorrects. Demandez un nouveau code pour réessayer.',
    'This code has expired. Ask for a new code.': 'Ce code a expiré. Demandez un nouveau code.',
    'An account with this email or phone number already exists. Sign in instead.': 'Un compte existe déjà avec cet e-mail ou ce numéro. Connectez-vous plutôt.',
    'No account uses this email or phone number. Sign up instead.': 'Aucun compte n’utilise cet e-mail ou ce numéro. Créez plutôt un compte.',
    'You were signed out. Sign in again.': 'Vous avez été déconnecté. Reconnectez-vous.',
    'Too many requests. Wait a moment and try again.': 'Trop de demandes. Patientez un instant et réessayez.',
    'The request was not accepted. Check what you entered and try again.': 'La demande n’a pas été acceptée. Vérifiez votre saisie et réessayez.',
    'This code can no longer be used. Ask for a new code.': 'Ce code ne peut plus être utilisé. Demandez un nouveau code.',
    'Enter an email address or a phone number.': 'Saisissez une adresse e-mail ou un numéro de téléphone.',
    'Enter a valid email address, like name@example.com.': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    'This phone number is not valid. Check the number and the country.': 'Ce numéro de téléphone n’est pas valide. Vérifiez le numéro et le pays.',
    'Add the country code to the phone number, like +1 for the United States.': 'Ajoutez l’indicatif du pays au numéro, par exemple +33 pour la France.',
    'The code is six digits. Check it and try again.': 'Le code comporte six chiffres. Vérifiez-le et réessayez.',
    'Codes for an email address go by email; codes for a phone number go by SMS, voice call or WhatsApp.': 'Les codes pour une adresse e-mail arrivent par e-mail ; ceux pour un numéro de téléphone par SMS, appel vocal ou WhatsApp.',
    'You need to be signed in to do this.': 'Vous devez être connecté pour faire cela.',
    'That is a different account. Sign in again with the account you were using.': 'C’est un autre compte. Reconnectez-vous avec le compte que vous utilisiez.',
    'Please wait for the current step to finish.': 'Veuillez attendre la fin de l’étape en cours.',
    'Some of what you entered is not valid.': 'Une partie de votre saisie n’est pas valide.',
    'Cannot reach the sign-in service. Check your internet connection.': 'Impossible de joindre le service de connexion. Vérifiez votre connexion Internet.',
    'The sign-in service took too long to answer. Try again.': 'Le service de connexion a mis trop de temps à répondre. Réessayez.',
    'Cancelled.': 'Annulé.',
    'A secure connection to the sign-in service could not be established.': 'Impossible d’établir une connexion sécurisée avec le service de connexion.',
    'The sign-in service is having trouble. Try again later.': 'Le service de connexion rencontre des difficultés. Réessayez plus tard.',
    'The sign-in service refused the request (%1).': 'Le service de connexion a refusé la demande (%1).',
    'The sign-in service is unavailable right now. Try again later.': 'Le service de connexion est indisponible pour le moment. Réessayez plus tard.',
    'The sign-in service could not be reached: something else answered (HTTP %1). Check your network or proxy.': 'Le service de connexion est injoignable : autre chose a répondu (HTTP %1). Vérifiez votre réseau ou votre proxy.',
    'The sign-in service sent an answer that could not be understood.': 'Le service de connexion a envoyé une réponse incompréhensible.',
    'No system keychain is available, so you will need to sign in again next time. Install or start a keyring such as GNOME Keyring or KWallet to stay signed in.': 'Aucun trousseau système n’est disponible ; vous devrez vous reconnecter la prochaine fois. Installez ou démarrez un trousseau comme GNOME Keyring ou KWallet pour rester connecté.',
    'The system keychain is locked or refused access, so you will need to sign in again next time.': 'Le trousseau système est verrouillé ou a refusé l’accès ; vous devrez vous reconnecter la prochaine fois.',
    'The system keychain did not answer, so you will need to sign in again next time.': 'Le trousseau système n’a pas répondu ; vous devrez vous reconnecter la prochaine fois.',
    'Your sign-in could not be saved in the system keychain, so you will need to sign in again next time.': 'Votre connexion n’a pas pu être enregistrée dans le trousseau système ; vous devrez vous reconnecter la prochaine fois.',
    'The session could not be verified. Sign in again.': 'La session n’a pas pu être vérifiée. Reconnectez-vous.',
    'Text message (SMS)': 'Message texte (SMS)',
    'Voice call': 'Appel vocal',
    'WhatsApp': 'WhatsApp',
    'Not set': 'Non défini',
    '%1 ✓ verified': '%1 ✓ vérifié',
    '%1 (not verified)': '%1 (non vérifié)',
    'Active': 'Active',
    'Active; refreshes at %1': 'Active ; renouvelée à %1',
    'Enter the code we sent you.': 'Saisissez le code que nous vous avons envoyé.',
    'We sent a code to %1. It may take a minute to arrive.': 'Nous avons envoyé un code à %1. Il peut mettre une minute à arriver.',
    'Resend code in %1:%2': 'Renvoyer dans %1:%2',
    'We will send a one-time code to %1.': 'Nous enverrons un code à usage unique à %1.',
    'Create an account': 'Créer un compte',
    'Sign in or create an account': 'Se connecter ou créer un compte',
    'Create account': 'Créer le compte',
    'Continue': 'Continuer',
    'Back': 'Retour',
    'Sign in': 'Se connecter',
    'Go back without creating an account': 'Revenir sans créer de compte',
    'Sign in to an existing account only': 'Se connecter uniquement à un compte existant',
    'Descope Desktop': 'Descope Desktop',
    'Signing you in…': 'Connexion en cours…',
    'Signing you in': 'Connexion en cours',
    '%1 Retrying in the background.': '%1 Nouvelle tentative en arrière-plan.',
    'The sign-in service cannot be reached. Your session will resume once it can.': 'Le service de connexion est injoignable. Votre session reprendra dès qu’il sera joignable.',
    'Sign in again': 'Se reconnecter',
    'Sign out of all devices?': 'Se déconnecter de tous les appareils ?',
    'This ends every session of your account, on this computer and on every other device.': 'Cela ferme toutes les sessions de votre compte, sur cet ordinateur et sur tous les autres appareils.',
    'Dismiss': 'Fermer',
    'Hide this message': 'Masquer ce message',
    'Your session has expired.': 'Votre session a expiré.',
    'Sign in again to keep your session.': 'Reconnectez-vous pour conserver votre session.',
    'To continue, confirm it is you with a code sent to %1.': 'Pour continuer, confirmez votre identité avec un code envoyé à %1.',
    'Stay signed out': 'Rester déconnecté',
    'Cancel': 'Annuler',
    'Working': 'En cours',
    'Stop the request that is running': 'Arrêter la demande en cours',
    'Enter your email address or phone number. We will send you a one-time code.': 'Saisissez votre adresse e-mail ou votre numéro de téléphone. Nous vous enverrons un code à usage unique.',
    '&Email or phone number': '&E-mail ou numéro de téléphone',
    'name@example.com or +1 201 555 0123': 'nom@exemple.fr ou +33 1 23 45 67 89',
    'Email or phone number': 'E-mail ou numéro de téléphone',
    'The email address or phone number to send your one-time code to': 'L’adresse e-mail ou le numéro de téléphone auquel envoyer votre code à usage unique',
    'C&ountry of the phone number': '&Pays du numéro de téléphone',
    'Used for phone numbers typed without a plus sign and country code': 'Utilisé pour les numéros saisis sans signe plus ni indicatif du pays',
    'Your &name': 'Votre &nom',
    'Your name': 'Votre nom',
    'The name for your new account': 'Le nom de votre nouveau compte',
    'Create a new account with this email address or phone number': 'Créer un nouveau compte avec cette adresse e-mail ou ce numéro',
    'Sign in, or create an account if there is none yet': 'Se connecter, ou créer un compte s’il n’en existe pas encore',
    'No Descope project is set. Start the app with --project-id, or set DESCOPE_PROJECT_ID.': 'Aucun projet Descope n’est défini. Lancez l’application avec --project-id ou définissez DESCOPE_PROJECT_ID.',
    'The project id or the server address is not valid. Server addresses must use https.': 'L’identifiant de projet ou l’adresse du serveur n’est pas valide. Les adresses de serveur doivent utiliser https.',
}
FR.update({
    'Still waiting for the sign-in to be confirmed.': 'La connexion n’a pas encore été confirmée.',
    'This sign-in link or token has expired. Start again.': 'Ce lien ou ce jeton de connexion a expiré. Recommencez.',
    'The access key is missing or not valid.': 'La clé d’accès est manquante ou non valide.',
    'Your password has expired.': 'Votre mot de passe a expiré.',
    'This email address or phone number already belongs to another account.': 'Cette adresse e-mail ou ce numéro appartient déjà à un autre compte.',
    'The sign-in was not authorized.': 'La connexion n’a pas été autorisée.',
    'The account was not found.': 'Le compte est introuvable.',
})
FR_PLURAL = {
    'Too many requests. Try again in %n second(s).': ['Trop de demandes. Réessayez dans %n seconde.',
                                                      'Trop de demandes. Réessayez dans %n secondes.'],
    'The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.': [
        'Le service de connexion est injoignable. Votre session se termine dans %n minute s’il ne redevient pas joignable d’ici là.',
        'Le service de connexion est injoignable. Votre session se termine dans %n minutes s’il ne redevient pas joignable d’ici là.'],
}

# English: the plural forms only (descope_en.ts is made with lupdate -pluralonly), so that
# "%n minute(s)" reads "1 minute" and "5 minutes".
EN_PLURAL = {
    'Too many requests. Try again in %n second(s).': ['Too many requests. Try again in %n second.',
                                                      'Too many requests. Try again in %n seconds.'],
    'The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.': [
        'The sign-in service cannot be reached. Your session ends in %n minute unless it can be reached by then.',
        'The sign-in service cannot be reached. Your session ends in %n minutes unless it can be reached by then.'],
}


class EnglishPlurals(dict):
    """EN_PLURAL, and for any other source "... %n minute(s) ...": "minute" and "minutes"."""

    def get(self, source, default=None):
        if source in self:
            return self[source]
        if '(s)' in source:
            return [source.replace('(s)', ''), source.replace('(s)', 's')]
        return default


def fill(path, table, plurals):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            forms = plurals.get(source)
            if not forms:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        elif source in table:
            translation.text = table[source]
        else:
            missing.append(source)
    if missing:
        return f'{path}: no translation for: ' + '; '.join(missing)
    ET.indent(tree, space='    ')
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')
    return None


here = Path(__file__).resolve().parent
# Every catalogue is tried, so one language's gaps do not hide another's.
problems = [problem for problem in (fill(here / 'descope_de.ts', DE, DE_PLURAL),
                                    fill(here / 'descope_fr.ts', FR, FR_PLURAL),
                                    fill(here / 'descope_en.ts', {}, EnglishPlurals(EN_PLURAL))) if problem]
if problems:
    sys.exit('\n'.join(problems))
