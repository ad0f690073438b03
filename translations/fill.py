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
        'Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung endet in %n Minute, wenn er bis dahin nicht wieder erreichbar ist.',
        'Der Anmeldedienst ist nicht erreichbar. Ihre Sitzung endet in %n Minuten, wenn er bis dahin nicht wieder erreichbar ist.'],
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
    'Active; refreshes at %1': 'Active ; prochain renouvellement à %1',
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

DE.update({
    'Send a ne&w code': 'Neuen Code &senden',
    'Use another &method': 'Andere &Methode wählen',
    '&Verify': '&Bestätigen',
    '6 digits. The code is checked as soon as all 6 are in.': '6 Ziffern. Der Code wird geprüft, sobald alle 6 eingegeben sind.',
    'We emailed a code to %1. It may take a minute to arrive.': 'Wir haben einen Code per E-Mail an %1 gesendet. Es kann eine Minute dauern, bis er ankommt.',
    'We emailed a new code to %1.': 'Wir haben einen neuen Code per E-Mail an %1 gesendet.',
    'We sent a text message with a code to %1. It may take a minute to arrive.': 'Wir haben eine SMS mit einem Code an %1 gesendet. Es kann eine Minute dauern, bis sie ankommt.',
    'We sent a text message with a new code to %1.': 'Wir haben eine SMS mit einem neuen Code an %1 gesendet.',
    'We are calling %1 to read you a code.': 'Wir rufen %1 an und lesen Ihnen einen Code vor.',
    'We are calling %1 again to read you a new code.': 'Wir rufen %1 erneut an und lesen Ihnen einen neuen Code vor.',
    'We sent you a WhatsApp message with a code at %1.': 'Wir haben Ihnen eine WhatsApp-Nachricht mit einem Code an %1 gesendet.',
    'We sent you a WhatsApp message with a new code at %1.': 'Wir haben Ihnen eine WhatsApp-Nachricht mit einem neuen Code an %1 gesendet.',
    'You can ask for a new code in %1:%2.': 'Einen neuen Code können Sie in %1:%2 anfordern.',
    'You can ask for a new code now.': 'Sie können jetzt einen neuen Code anfordern.',
    'You can ask for a new code in less than a minute.': 'Einen neuen Code können Sie in weniger als einer Minute anfordern.',
    'Signs you in, or creates your account if you have none yet.': 'Meldet Sie an oder erstellt Ihr Konto, falls Sie noch keines haben.',
    '&Continue': '&Weiter',
    '&Sign in to an existing account': 'Bei bestehendem Konto &anmelden',
    'Sign in only; never creates an account': 'Nur anmelden; erstellt nie ein Konto',
    'C&reate an account': 'Neues &Konto erstellen',
    'Create a new account with your name and this email address or phone number': 'Ein neues Konto mit Ihrem Namen und dieser E-Mail-Adresse oder Telefonnummer erstellen',
    'Copy &details': '&Details kopieren',
    'Create &account': 'Konto e&rstellen',
    'Create the account and send a one-time code': 'Das Konto erstellen und einen Einmalcode senden',
    'Creates a new account in your name.': 'Erstellt ein neues Konto auf Ihren Namen.',
    '&Back': '&Zurück',
    'C&hange email or phone': 'E-Mail oder Telefon ä&ndern',
    'Go back to the first page': 'Zurück zur ersten Seite',
    '&Send code': '&Code senden',
    'Get a one-time code': 'Einmalcode anfordern',
    'We will email a one-time code to %1.': 'Wir senden einen Einmalcode per E-Mail an %1.',
    'We will text a one-time code to %1.': 'Wir senden einen Einmalcode per SMS an %1.',
    'We will call %1 and read out a one-time code.': 'Wir rufen %1 an und lesen Ihnen einen Einmalcode vor.',
    'We will send a one-time code to %1 on WhatsApp.': 'Wir senden einen Einmalcode per WhatsApp an %1.',
    'Call &me': '&Rufen Sie mich an',
    'Stop the request that is running (Escape)': 'Die laufende Anfrage abbrechen (Esc)',
    'A phone number has at most 15 digits.': 'Eine Telefonnummer hat höchstens 15 Ziffern.',
    'That email address is too long.': 'Diese E-Mail-Adresse ist zu lang.',
    'Letters with accents or from other alphabets can only come after the @.': 'Buchstaben mit Akzenten oder aus anderen Alphabeten sind nur nach dem @ möglich.',
    'Cannot reach the sign-in service; retrying at %1.': 'Der Anmeldedienst ist nicht erreichbar; neuer Versuch um %1.',
    'Cannot reach the sign-in service; retrying.': 'Der Anmeldedienst ist nicht erreichbar; es wird erneut versucht.',
    'The session ends at %1 unless it can be reached by then.': 'Die Sitzung endet um %1, wenn er bis dahin nicht erreichbar ist.',
    'The session resumes once it can be reached.': 'Die Sitzung wird fortgesetzt, sobald er erreichbar ist.',
    'Ended. Sign in again to continue.': 'Beendet. Melden Sie sich erneut an, um fortzufahren.',
    'Quit': 'Beenden',
    '&Try now': '&Jetzt versuchen',
    'You were signed out on this computer, but the sign-in service could not be reached to end your sessions on other devices.': 'Sie wurden auf diesem Computer abgemeldet, aber der Anmeldedienst war nicht erreichbar, um Ihre Sitzungen auf anderen Geräten zu beenden.',
    'You were signed out on all devices.': 'Sie wurden auf allen Geräten abgemeldet.',
    'You were signed out.': 'Sie wurden abgemeldet.',
    'Signing you out on all devices…': 'Abmeldung auf allen Geräten…',
    'Your session ended. Sign in again to continue.': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
    'You were signed out by another program on this computer.': 'Sie wurden von einem anderen Programm auf diesem Computer abgemeldet.',
    'Sign out &everywhere': '&Überall abmelden',
    '&New phone number': '&Neue Telefonnummer',
    'Saved': 'Gespeichert',
    'Close': 'Schließen',
    'Your email address is now %1.': 'Ihre E-Mail-Adresse ist jetzt %1.',
    'Your phone number is now %1.': 'Ihre Telefonnummer ist jetzt %1.',
    'You can also sign in with it.': 'Sie können sich auch damit anmelden.',
    'Email address changed': 'E-Mail-Adresse geändert',
    'Phone number changed': 'Telefonnummer geändert',
    'To continue as %1, ask for a code and enter it.': 'Um als %1 fortzufahren, fordern Sie einen Code an und geben Sie ihn ein.',
    'Your session is about to end': 'Ihre Sitzung endet bald',
    'Your session ended': 'Ihre Sitzung ist beendet',
    'Sign in again to continue.': 'Melden Sie sich erneut an, um fortzufahren.',
    'Open': 'Öffnen',
    'Descope Desktop is already running but does not respond.': 'Descope Desktop läuft bereits, reagiert aber nicht.',
})
FR.update({
    'Send a ne&w code': 'Envoyer un &nouveau code',
    'Use another &method': 'Utiliser une autre &méthode',
    '&Verify': '&Vérifier',
    '6 digits. The code is checked as soon as all 6 are in.': '6 chiffres. Le code est vérifié dès que les 6 sont saisis.',
    'We emailed a code to %1. It may take a minute to arrive.': 'Nous avons envoyé un code par e-mail à %1. Il peut mettre une minute à arriver.',
    'We emailed a new code to %1.': 'Nous avons envoyé un nouveau code par e-mail à %1.',
    'We sent a text message with a code to %1. It may take a minute to arrive.': 'Nous avons envoyé un SMS avec un code au %1. Il peut mettre une minute à arriver.',
    'We sent a text message with a new code to %1.': 'Nous avons envoyé un SMS avec un nouveau code au %1.',
    'We are calling %1 to read you a code.': 'Nous appelons le %1 pour vous lire un code.',
    'We are calling %1 again to read you a new code.': 'Nous rappelons le %1 pour vous lire un nouveau code.',
    'We sent you a WhatsApp message with a code at %1.': 'Nous vous avons envoyé un message WhatsApp avec un code au %1.',
    'We sent you a WhatsApp message with a new code at %1.': 'Nous vous avons envoyé un message WhatsApp avec un nouveau code au %1.',
    'You can ask for a new code in %1:%2.': 'Vous pourrez demander un nouveau code dans %1:%2.',
    'You can ask for a new code now.': 'Vous pouvez maintenant demander un nouveau code.',
    'You can ask for a new code in less than a minute.': "Vous pourrez demander un nouveau code dans moins d'une minute.",
    'Signs you in, or creates your account if you have none yet.': 'Vous connecte, ou crée votre compte si vous n’en avez pas encore.',
    '&Continue': '&Continuer',
    '&Sign in to an existing account': '&Se connecter à un compte existant',
    'Sign in only; never creates an account': 'Se connecter seulement ; ne crée jamais de compte',
    'C&reate an account': 'C&réer un compte',
    'Create a new account with your name and this email address or phone number': 'Créer un nouveau compte avec votre nom et cette adresse e-mail ou ce numéro de téléphone',
    'Copy &details': 'Copier les &détails',
    'Create &account': 'Créer le c&ompte',
    'Create the account and send a one-time code': 'Créer le compte et envoyer un code à usage unique',
    'Creates a new account in your name.': 'Crée un nouveau compte à votre nom.',
    '&Back': 'Re&tour',
    'C&hange email or phone': 'Changer d’e-mail ou de télép&hone',
    'Go back to the first page': 'Revenir à la première page',
    '&Send code': 'En&voyer le code',
    'Get a one-time code': 'Recevoir un code à usage unique',
    'We will email a one-time code to %1.': 'Nous enverrons un code à usage unique par e-mail à %1.',
    'We will text a one-time code to %1.': 'Nous enverrons un code à usage unique par SMS au %1.',
    'We will call %1 and read out a one-time code.': 'Nous appellerons le %1 pour vous lire un code à usage unique.',
    'We will send a one-time code to %1 on WhatsApp.': 'Nous enverrons un code à usage unique par WhatsApp au %1.',
    'Call &me': 'Appele&z-moi',
    'Stop the request that is running (Escape)': 'Arrêter la demande en cours (Échap)',
    'A phone number has at most 15 digits.': 'Un numéro de téléphone comporte au plus 15 chiffres.',
    'That email address is too long.': 'Cette adresse e-mail est trop longue.',
    'Letters with accents or from other alphabets can only come after the @.': 'Les lettres accentuées ou d’autres alphabets ne sont possibles qu’après le @.',
    'Cannot reach the sign-in service; retrying at %1.': 'Le service de connexion est injoignable ; nouvel essai à %1.',
    'Cannot reach the sign-in service; retrying.': 'Le service de connexion est injoignable ; nouvel essai en cours.',
    'The session ends at %1 unless it can be reached by then.': 'La session se termine à %1 s’il reste injoignable d’ici là.',
    'The session resumes once it can be reached.': 'La session reprendra dès qu’il sera joignable.',
    'Ended. Sign in again to continue.': 'Terminée. Reconnectez-vous pour continuer.',
    'Quit': 'Quitter',
    '&Try now': '&Réessayer maintenant',
    'You were signed out on this computer, but the sign-in service could not be reached to end your sessions on other devices.': 'Vous avez été déconnecté sur cet ordinateur, mais le service de connexion était injoignable pour mettre fin à vos sessions sur les autres appareils.',
    'You were signed out on all devices.': 'Vous avez été déconnecté de tous les appareils.',
    'You were signed out.': 'Vous avez été déconnecté.',
    'Signing you out on all devices…': 'Déconnexion de tous les appareils…',
    'Your session ended. Sign in again to continue.': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
    'You were signed out by another program on this computer.': 'Vous avez été déconnecté par un autre programme sur cet ordinateur.',
    'Sign out &everywhere': 'Se déconnecter &partout',
    '&New phone number': '&Nouveau numéro de téléphone',
    'Saved': 'Enregistré',
    'Close': 'Fermer',
    'Your email address is now %1.': 'Votre adresse e-mail est désormais %1.',
    'Your phone number is now %1.': 'Votre numéro de téléphone est désormais %1.',
    'You can also sign in with it.': 'Vous pouvez aussi l’utiliser pour vous connecter.',
    'Email address changed': 'Adresse e-mail modifiée',
    'Phone number changed': 'Numéro de téléphone modifié',
    'To continue as %1, ask for a code and enter it.': 'Pour continuer en tant que %1, demandez un code et saisissez-le.',
    'Your session is about to end': 'Votre session va bientôt se terminer',
    'Your session ended': 'Votre session est terminée',
    'Sign in again to continue.': 'Reconnectez-vous pour continuer.',
    'Open': 'Ouvrir',
    'Descope Desktop is already running but does not respond.': 'Descope Desktop est déjà lancé mais ne répond pas.',
})
DE.update({
    '&Also use it to sign in': '&Auch zum Anmelden verwenden',
    '&Send code to the new email': '&Code an die neue E-Mail senden',
    '&Send code to the new number': '&Code an die neue Nummer senden',
    'C&lose': 'Sc&hließen',
    'Stay signed &out': 'Abgemeldet b&leiben',
})
FR.update({
    '&Also use it to sign in': 'L’utiliser &aussi pour se connecter',
    '&Send code to the new email': 'Envoyer un &code au nouvel e-mail',
    '&Send code to the new number': 'Envoyer un &code au nouveau numéro',
    'C&lose': '&Fermer',
    'Stay signed &out': '&Rester déconnecté',
})
DE_PLURAL.update({
    'You can ask for a new code in %n minute(s).': ['Einen neuen Code können Sie in %n Minute anfordern.', 'Einen neuen Code können Sie in %n Minuten anfordern.'],
})
FR_PLURAL.update({
    'You can ask for a new code in %n minute(s).': ['Vous pourrez demander un nouveau code dans %n minute.', 'Vous pourrez demander un nouveau code dans %n minutes.'],
})

DE.update({
    'Chan&ge email or phone': 'E-Mail oder Telefon än&dern',
    'The part before the @ can have at most 64 characters.': 'Der Teil vor dem @ darf höchstens 64 Zeichen haben.',
})
FR.update({
    'Chan&ge email or phone': 'Changer d’e-mail ou de télép&hone',
    'The part before the @ can have at most 64 characters.': 'La partie avant le @ ne peut pas dépasser 64 caractères.',
})

DE.update({
    'No Descope project is set. Give the project id, or set DESCOPE_PROJECT_ID.': 'Es ist kein Descope-Projekt festgelegt. Geben Sie die Projekt-ID an oder setzen Sie DESCOPE_PROJECT_ID.',
    'The server address is not valid. Server addresses must use https.': 'Die Serveradresse ist ungültig. Serveradressen müssen https verwenden.',
    '“%1” is not a Descope project id.': '„%1“ ist keine Descope-Projekt-ID.',
})
FR.update({
    'No Descope project is set. Give the project id, or set DESCOPE_PROJECT_ID.': 'Aucun projet Descope n’est défini. Indiquez l’identifiant du projet ou définissez DESCOPE_PROJECT_ID.',
    'The server address is not valid. Server addresses must use https.': 'L’adresse du serveur n’est pas valide. Les adresses de serveur doivent utiliser https.',
    '“%1” is not a Descope project id.': '« %1 » n’est pas un identifiant de projet Descope.',
})

DE.update({
    'Codes cannot be sent by email here. Enter your phone number.': 'Codes können hier nicht per E-Mail gesendet werden. Geben Sie Ihre Telefonnummer ein.',
    'Codes cannot be sent to a phone number here. Enter your email address.': 'Codes können hier nicht an eine Telefonnummer gesendet werden. Geben Sie Ihre E-Mail-Adresse ein.',
    'Enter your email address. We will send you a one-time code.': 'Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Einmalcode.',
    'Enter your phone number. We will send you a one-time code.': 'Geben Sie Ihre Telefonnummer ein. Wir senden Ihnen einen Einmalcode.',
    '&Email address': '&E-Mail-Adresse',
    '&Phone number': '&Telefonnummer',
    'Email address': 'E-Mail-Adresse',
    'Phone number': 'Telefonnummer',
    'The email address to send your one-time code to': 'Die E-Mail-Adresse, an die Ihr Einmalcode gesendet wird',
    'The phone number to send your one-time code to': 'Die Telefonnummer, an die Ihr Einmalcode gesendet wird',
})
FR.update({
    'Codes cannot be sent by email here. Enter your phone number.': 'Les codes ne peuvent pas être envoyés par e-mail ici. Saisissez votre numéro de téléphone.',
    'Codes cannot be sent to a phone number here. Enter your email address.': 'Les codes ne peuvent pas être envoyés à un numéro de téléphone ici. Saisissez votre adresse e-mail.',
    'Enter your email address. We will send you a one-time code.': 'Saisissez votre adresse e-mail. Nous vous enverrons un code à usage unique.',
    'Enter your phone number. We will send you a one-time code.': 'Saisissez votre numéro de téléphone. Nous vous enverrons un code à usage unique.',
    '&Email address': 'Adresse &e-mail',
    '&Phone number': 'N&uméro de téléphone',
    'Email address': 'Adresse e-mail',
    'Phone number': 'Numéro de téléphone',
    'The email address to send your one-time code to': 'L’adresse e-mail à laquelle envoyer votre code à usage unique',
    'The phone number to send your one-time code to': 'Le numéro de téléphone auquel envoyer votre code à usage unique',
})

DE.update({
    'DESCOPE_STEPUP_WINDOW must be a whole number of seconds, 0 or more, not “%1”.': 'DESCOPE_STEPUP_WINDOW muss eine ganze Zahl von Sekunden sein, 0 oder mehr, nicht „%1“.',
    "%1 needs a recent sign-in. Send a code to %2 to confirm it's you? [y/N]": '%1 erfordert eine kürzliche Anmeldung. Einen Code an %2 senden, um zu bestätigen, dass Sie es sind? [j/N]',
    'yes': 'ja',
    'Nothing was changed: %1 needs a recent sign-in.': 'Nichts wurde geändert: %1 erfordert eine kürzliche Anmeldung.',
    "%1 needs a recent sign-in, and yours is older. Run it again with --stepup to confirm it's you with a code sent to %2. Nothing was sent or changed.": '%1 erfordert eine kürzliche Anmeldung, und Ihre liegt länger zurück. Führen Sie den Befehl mit --stepup erneut aus, um mit einem an %2 gesendeten Code zu bestätigen, dass Sie es sind. Nichts wurde gesendet oder geändert.',
    "%1 needs a recent sign-in: first confirm it's you with a code.": '%1 erfordert eine kürzliche Anmeldung: Bestätigen Sie zuerst mit einem Code, dass Sie es sind.',
    'Confirmed; going on with %1.': 'Bestätigt; %1 wird fortgesetzt.',
    "Confirm it's you": 'Bestätigen Sie, dass Sie es sind',
    "This change needs a recent sign-in. To confirm it's you, enter the code we send you.": 'Für diese Änderung ist eine aktuelle Anmeldung nötig. Geben Sie zur Bestätigung den Code ein, den wir Ihnen senden.',
    'Leave without the change (Escape)': 'Ohne die Änderung schließen (Esc)',
    "Nothing was changed: the change needs the code that confirms it's you.": 'Es wurde nichts geändert: Für die Änderung ist der Code nötig, mit dem Sie bestätigen, dass Sie es sind.',
    'Nothing was changed: you are still signed in on your other devices.': 'Es wurde nichts geändert: Sie sind auf Ihren anderen Geräten weiterhin angemeldet.',
})
FR.update({
    'DESCOPE_STEPUP_WINDOW must be a whole number of seconds, 0 or more, not “%1”.': 'DESCOPE_STEPUP_WINDOW doit être un nombre entier de secondes, 0 ou plus, et non « %1 ».',
    "%1 needs a recent sign-in. Send a code to %2 to confirm it's you? [y/N]": '%1 nécessite une connexion récente. Envoyer un code à %2 pour confirmer que c’est bien vous ? [o/N]',
    'yes': 'oui',
    'Nothing was changed: %1 needs a recent sign-in.': 'Rien n’a été modifié : %1 nécessite une connexion récente.',
    "%1 needs a recent sign-in, and yours is older. Run it again with --stepup to confirm it's you with a code sent to %2. Nothing was sent or changed.": '%1 nécessite une connexion récente, et la vôtre est plus ancienne. Relancez la commande avec --stepup pour confirmer que c’est bien vous avec un code envoyé à %2. Rien n’a été envoyé ni modifié.',
    "%1 needs a recent sign-in: first confirm it's you with a code.": '%1 nécessite une connexion récente : confirmez d’abord que c’est bien vous avec un code.',
    'Confirmed; going on with %1.': 'Confirmé ; %1 se poursuit.',
    "Confirm it's you": 'Confirmez votre identité',
    "This change needs a recent sign-in. To confirm it's you, enter the code we send you.": 'Cette modification nécessite une connexion récente. Pour confirmer votre identité, saisissez le code que nous vous envoyons.',
    'Leave without the change (Escape)': 'Quitter sans effectuer la modification (Échap)',
    "Nothing was changed: the change needs the code that confirms it's you.": 'Rien n’a été modifié : la modification nécessite le code qui confirme votre identité.',
    'Nothing was changed: you are still signed in on your other devices.': 'Rien n’a été modifié : vous êtes toujours connecté sur vos autres appareils.',
})


# descope-otp (src/cli, catalogue descope-otp): its messages, prompts, status lines and --help.
# Commands, options, methods and exit codes stay as typed; a help text's line breaks are
# the translation's own (help2man reads the layout), lines of at most about 72 characters.
DE.update({
    'Sign in to a Descope project with one-time codes, from the command line.': 'Mit Einmalcodes bei einem Descope-Projekt anmelden, über die Befehlszeile.',
    'Commands:': 'Befehle:',
    'Send a code, read it from standard input and save the session. Signs\nup or in unless --sign-up or --sign-in is given; --name needs --sign-up.':
        'Sendet einen Code, liest ihn von der Standardeingabe und speichert\ndie Sitzung. Erstellt ein Konto oder meldet an, außer mit --sign-up\noder --sign-in; --name erfordert --sign-up.',
    'Only send the code, for scripts; then verify.': 'Sendet nur den Code, für Skripte; danach verify.',
    "Sign in with the code, or confirm an update (then with the existing\nlogin id and the new address's method).":
        'Meldet mit dem Code an oder bestätigt eine Änderung (dann mit der\nbisherigen Anmelde-ID und der Methode der neuen Adresse).',
    'Send a code to a new email address of the signed-in user; then verify.':
        'Sendet einen Code an eine neue E-Mail-Adresse des angemeldeten\nBenutzers; danach verify.',
    'Send a code to a new phone number of the signed-in user; then verify.':
        'Sendet einen Code an eine neue Telefonnummer des angemeldeten\nBenutzers; danach verify.',
    'Who is signed in, from the stored session (no request).': 'Wer angemeldet ist, aus der gespeicherten Sitzung (ohne Anfrage).',
    "The signed-in user's record, from the server.": 'Die Daten des angemeldeten Benutzers, vom Server.',
    'Refresh the session now.': 'Erneuert die Sitzung jetzt.',
    "Check the session token locally against the project's keys.": 'Prüft das Sitzungstoken lokal mit den Schlüsseln des Projekts.',
    'Sign out here.': 'Meldet hier ab.',
    'Sign out on every device.': 'Meldet auf allen Geräten ab.',
    'update-email, update-phone and logout-all need a recent sign-in: a code verified within\n'
    'the step-up window (10 minutes; DESCOPE_STEPUP_WINDOW sets it in seconds, 0 always asks).\n'
    'When the sign-in is older, --stepup first sends a code to the signed-in login id and reads\n'
    'it from standard input; at a terminal, the command offers to; otherwise it refuses (exit 3).':
        'update-email, update-phone und logout-all erfordern eine kürzliche Anmeldung: einen Code,\n'
        'der innerhalb des Zeitfensters bestätigt wurde (10 Minuten; DESCOPE_STEPUP_WINDOW legt es\n'
        'in Sekunden fest, 0 fragt immer). Liegt die Anmeldung länger zurück, sendet --stepup zuerst\n'
        'einen Code an die Anmelde-ID, mit der Sie angemeldet sind, und liest ihn von der\n'
        'Standardeingabe; an einem Terminal bietet der Befehl das an; sonst lehnt er ab (Exit-Status 3).',
    'Methods: email, sms, voice, whatsapp.': 'Methoden: email, sms, voice, whatsapp.',
    'Codes are six digits; spaces and dashes in them are ignored.': 'Codes haben sechs Ziffern; Leerzeichen und Bindestriche darin werden ignoriert.',
    'A command takes the options on its line above and the global ones (--project-id,\n'
    '--base-url, --json, --ephemeral, --region); any other option is refused.':
        'Ein Befehl akzeptiert die Optionen in seiner Zeile oben und die globalen (--project-id,\n'
        '--base-url, --json, --ephemeral, --region); jede andere Option wird abgelehnt.',
    'Exit status:': 'Exit-Status:',
    'Done.': 'Erledigt.',
    'Authentication, server or keychain error.': 'Fehler bei der Authentifizierung, des Servers oder des Schlüsselbunds.',
    'Bad usage, input refused before any request, or no code entered at\nthe prompt (end of input).':
        'Falsche Verwendung, Eingabe vor jeder Anfrage abgelehnt oder kein\nCode an der Eingabeaufforderung eingegeben (Ende der Eingabe).',
    'The change needs a recent sign-in and none was confirmed (see\n--stepup); nothing was sent.':
        'Die Änderung erfordert eine kürzliche Anmeldung, und keine wurde\nbestätigt (siehe --stepup); nichts wurde gesendet.',
    'the keychain did not finish saving or removing the session in time; the stored session may be out of date':
        'der Schlüsselbund hat das Speichern oder Entfernen der Sitzung nicht rechtzeitig abgeschlossen; '
        'die gespeicherte Sitzung ist möglicherweise veraltet',
    'warning: %1': 'Warnung: %1',
    "Try 'descope-otp --help'.": 'Weitere Informationen mit „descope-otp --help“.',
    '--%1 is required for %2': '--%1 ist für %2 erforderlich',
    "unknown method '%1' (email, sms, voice or whatsapp)": 'unbekannte Methode „%1“ (email, sms, voice oder whatsapp)',
    '--name is empty': '--name ist leer',
    '--name is longer than %1 characters': '--name ist länger als %1 Zeichen',
    '--name contains control characters': '--name enthält Steuerzeichen',
    'What to do (see Commands).': 'Was zu tun ist (siehe Befehle).',
    'Descope project id (default: $DESCOPE_PROJECT_ID).': 'Descope-Projekt-ID (Standard: $DESCOPE_PROJECT_ID).',
    "Descope API base URL (default: $DESCOPE_BASE_URL, else Descope's).": 'Basis-URL der Descope-API (Standard: $DESCOPE_BASE_URL, sonst die von Descope).',
    'Print machine-readable JSON.': 'Maschinenlesbares JSON ausgeben.',
    'Keep the session in memory only; nothing is saved.': 'Die Sitzung nur im Arbeitsspeicher halten; nichts wird gespeichert.',
    'Country for phone numbers without +code (default: from the locale).': 'Land für Telefonnummern ohne +Ländervorwahl (Standard: aus den Spracheinstellungen).',
    'email, sms, voice or whatsapp.': 'email, sms, voice oder whatsapp.',
    'Email address or phone number.': 'E-Mail-Adresse oder Telefonnummer.',
    'login: create a new user.': 'login: ein neues Konto erstellen.',
    'login: only an existing user.': 'login: nur ein bestehendes Konto.',
    "Sign-up (login --sign-up, start sign-up): the person's name.": 'Neues Konto (login --sign-up, start sign-up): der Name der Person.',
    'Sign-up: email; update-email: the new email.': 'Neues Konto: E-Mail; update-email: die neue E-Mail-Adresse.',
    'Sign-up: phone; update-phone: the new number.': 'Neues Konto: Telefon; update-phone: die neue Nummer.',
    'verify: the code received.': 'verify: der erhaltene Code.',
    'update: the new address also signs in.': 'Änderung: Die neue Adresse dient auch zur Anmeldung.',
    'update: merge into a user who already has it.': 'Änderung: Mit dem Konto zusammenführen, das sie bereits hat.',
    'update-email, update-phone, logout-all: when the sign-in is not recent, confirm it first with a code sent to the signed-in login id.':
        'update-email, update-phone, logout-all: Liegt die Anmeldung länger zurück, sie zuerst mit einem Code '
        'bestätigen, der an die Anmelde-ID gesendet wird.',
    'no command given': 'kein Befehl angegeben',
    "unknown command '%1'": 'unbekannter Befehl „%1“',
    "unexpected argument '%1'": 'unerwartetes Argument „%1“',
    '%1 does not take --%2 (it takes only the global options)': '%1 akzeptiert --%2 nicht (nur die globalen Optionen)',
    '%1 does not take --%2': '%1 akzeptiert --%2 nicht',
    'no project id: use --project-id or DESCOPE_PROJECT_ID': 'keine Projekt-ID: Verwenden Sie --project-id oder DESCOPE_PROJECT_ID',
    "'%1' is not a Descope project id": '„%1“ ist keine Descope-Projekt-ID',
    'the base URL must use https (http only to localhost)': 'die Basis-URL muss https verwenden (http nur zu localhost)',
    'A code was sent by email to %1.': 'Ein Code wurde per E-Mail an %1 gesendet.',
    'A code was sent by sms to %1.': 'Ein Code wurde per SMS an %1 gesendet.',
    'A code was sent by voice to %1.': 'Ein Code wurde per Sprachanruf an %1 gesendet.',
    'A code was sent by whatsapp to %1.': 'Ein Code wurde per WhatsApp an %1 gesendet.',
    'Enter the code:': 'Geben Sie den Code ein:',
    'no code entered: end of input': 'kein Code eingegeben: Ende der Eingabe',
    'the code is six digits (spaces and dashes are ignored); enter it again:':
        'der Code hat sechs Ziffern (Leerzeichen und Bindestriche werden ignoriert); geben Sie ihn erneut ein:',
    'the code is six digits (spaces and dashes are ignored)': 'der Code hat sechs Ziffern (Leerzeichen und Bindestriche werden ignoriert)',
    'signed in as %1, but the session could not be saved, so the next command will not be signed in':
        'als %1 angemeldet, aber die Sitzung konnte nicht gespeichert werden; der nächste Befehl ist daher nicht angemeldet',
    'the login id could not be remembered for the next sign-in: %1': 'die Anmelde-ID konnte für die nächste Anmeldung nicht gespeichert werden: %1',
    'Signed in as %1 (user %2).': 'Angemeldet als %1 (Benutzer %2).',
    '--sign-up and --sign-in exclude each other': '--sign-up und --sign-in schließen sich gegenseitig aus',
    '--name goes with --sign-up': '--name geht nur mit --sign-up',
    'start needs sign-up, sign-in or sign-up-or-in': 'start erfordert sign-up, sign-in oder sign-up-or-in',
    'You were signed out in another program.': 'Sie wurden in einem anderen Programm abgemeldet.',
    'Not signed in.': 'Nicht angemeldet.',
    'Signed in as %1': 'Angemeldet als %1',
    'login id:': 'Anmelde-ID:',
    'user id:': 'Benutzer-ID:',
    'email:': 'E-Mail:',
    'phone:': 'Telefon:',
    'session until:': 'Sitzung bis:',
    'refresh until:': 'Erneuerbar bis:',
    'code verified:': 'Code bestätigt:',
    'name:': 'Name:',
    'login ids:': 'Anmelde-IDs:',
    '%1 (verified)': '%1 (bestätigt)',
    'renewed on the next request': 'wird bei der nächsten Anfrage erneuert',
    'unknown': 'unbekannt',
    '%1 (update-email, update-phone and logout-all need --stepup)': '%1 (update-email, update-phone und logout-all erfordern --stepup)',
    'Session refreshed; valid until %1.': 'Sitzung erneuert; gültig bis %1.',
    "the service's answer could not be verified": 'die Antwort des Dienstes konnte nicht überprüft werden',
    'the service answered with HTTP %1': 'der Dienst antwortete mit HTTP %1',
    'the session could not be refreshed now and is kept (%1); try again later.':
        'die Sitzung konnte jetzt nicht erneuert werden und bleibt erhalten (%1); versuchen Sie es später erneut.',
    'Session token is valid: user %1, until %2, by %3.': 'Das Sitzungstoken ist gültig: Benutzer %1, bis %2, per %3.',
    'signed out here; the server could not be told: %1': 'hier abgemeldet; der Server konnte nicht benachrichtigt werden: %1',
    'Signed out on every device.': 'Auf allen Geräten abgemeldet.',
    'Signed out.': 'Abgemeldet.',
    # QCommandLineParser's own (context QCommandLineParser), for when Qt's catalogue is not installed.
    'Displays help on commandline options.': 'Zeigt die Hilfe zu den Befehlszeilenoptionen an.',
    'Displays help including Qt specific options.': 'Zeigt die Hilfe einschließlich der Qt-spezifischen Optionen an.',
    'Displays version information.': 'Zeigt die Versionsinformationen an.',
    'Usage: %1': 'Aufruf: %1',
    '[options]': '[Optionen]',
    'Options:': 'Optionen:',
    'Arguments:': 'Argumente:',
    "Unknown option '%1'.": 'Unbekannte Option „%1“.',
    'Unknown options: %1.': 'Unbekannte Optionen: %1.',
    "Missing value after '%1'.": 'Fehlender Wert nach „%1“.',
    "Unexpected value after '%1'.": 'Unerwarteter Wert nach „%1“.',
})


def french(text):
    """French typography: a no-break space before : ; ? ! and inside « » (typed as spaces)."""
    return (text.replace(' :', '\u00a0:').replace(' ;', '\u00a0;').replace(' ?', '\u00a0?').replace(' !', '\u00a0!')
            .replace('« ', '«\u00a0').replace(' »', '\u00a0»'))


FR.update({source: french(text) for source, text in {
    'Sign in to a Descope project with one-time codes, from the command line.': 'Connexion à un projet Descope avec des codes à usage unique, en ligne de commande.',
    'Commands:': 'Commandes :',
    'Send a code, read it from standard input and save the session. Signs\nup or in unless --sign-up or --sign-in is given; --name needs --sign-up.':
        'Envoie un code, le lit sur l’entrée standard et enregistre la session.\nCrée le compte ou se connecte, sauf avec --sign-up ou --sign-in ;\n--name exige --sign-up.',
    'Only send the code, for scripts; then verify.': 'Envoie seulement le code, pour les scripts ; ensuite verify.',
    "Sign in with the code, or confirm an update (then with the existing\nlogin id and the new address's method).":
        'Se connecte avec le code, ou confirme une modification (alors avec\nl’identifiant de connexion actuel et la méthode de la nouvelle adresse).',
    'Send a code to a new email address of the signed-in user; then verify.':
        'Envoie un code à une nouvelle adresse e-mail de l’utilisateur connecté ;\nensuite verify.',
    'Send a code to a new phone number of the signed-in user; then verify.':
        'Envoie un code à un nouveau numéro de téléphone de l’utilisateur\nconnecté ; ensuite verify.',
    'Who is signed in, from the stored session (no request).': 'Qui est connecté, d’après la session enregistrée (sans requête).',
    "The signed-in user's record, from the server.": 'La fiche de l’utilisateur connecté, depuis le serveur.',
    'Refresh the session now.': 'Renouvelle la session maintenant.',
    "Check the session token locally against the project's keys.": 'Vérifie localement le jeton de session avec les clés du projet.',
    'Sign out here.': 'Se déconnecte ici.',
    'Sign out on every device.': 'Se déconnecte sur tous les appareils.',
    'update-email, update-phone and logout-all need a recent sign-in: a code verified within\n'
    'the step-up window (10 minutes; DESCOPE_STEPUP_WINDOW sets it in seconds, 0 always asks).\n'
    'When the sign-in is older, --stepup first sends a code to the signed-in login id and reads\n'
    'it from standard input; at a terminal, the command offers to; otherwise it refuses (exit 3).':
        'update-email, update-phone et logout-all nécessitent une connexion récente : un code\n'
        'vérifié dans le délai prévu (10 minutes ; DESCOPE_STEPUP_WINDOW le fixe en secondes,\n'
        '0 demande toujours). Si la connexion est plus ancienne, --stepup envoie d’abord un code\n'
        'à l’identifiant de connexion en cours et le lit sur l’entrée standard ; dans un terminal,\n'
        'la commande le propose ; sinon elle refuse (code de sortie 3).',
    'Methods: email, sms, voice, whatsapp.': 'Méthodes : email, sms, voice, whatsapp.',
    'Codes are six digits; spaces and dashes in them are ignored.': 'Les codes ont six chiffres ; les espaces et les tirets y sont ignorés.',
    'A command takes the options on its line above and the global ones (--project-id,\n'
    '--base-url, --json, --ephemeral, --region); any other option is refused.':
        'Une commande accepte les options de sa ligne ci-dessus et les options globales\n'
        '(--project-id, --base-url, --json, --ephemeral, --region) ; toute autre option est refusée.',
    'Exit status:': 'Code de sortie :',
    'Done.': 'Terminé.',
    'Authentication, server or keychain error.': 'Erreur d’authentification, du serveur ou du trousseau.',
    'Bad usage, input refused before any request, or no code entered at\nthe prompt (end of input).':
        'Mauvaise utilisation, saisie refusée avant toute requête, ou aucun code\nsaisi à l’invite (fin de l’entrée).',
    'The change needs a recent sign-in and none was confirmed (see\n--stepup); nothing was sent.':
        'La modification nécessite une connexion récente et aucune n’a été\nconfirmée (voir --stepup) ; rien n’a été envoyé.',
    'the keychain did not finish saving or removing the session in time; the stored session may be out of date':
        'le trousseau n’a pas fini à temps d’enregistrer ou de supprimer la session ; '
        'la session enregistrée n’est peut-être plus à jour',
    'warning: %1': 'avertissement : %1',
    "Try 'descope-otp --help'.": 'Pour en savoir plus : « descope-otp --help ».',
    '--%1 is required for %2': '--%1 est obligatoire pour %2',
    "unknown method '%1' (email, sms, voice or whatsapp)": 'méthode inconnue « %1 » (email, sms, voice ou whatsapp)',
    '--name is empty': '--name est vide',
    '--name is longer than %1 characters': '--name dépasse %1 caractères',
    '--name contains control characters': '--name contient des caractères de contrôle',
    'What to do (see Commands).': 'Ce qu’il faut faire (voir Commandes).',
    'Descope project id (default: $DESCOPE_PROJECT_ID).': 'Identifiant du projet Descope (par défaut : $DESCOPE_PROJECT_ID).',
    "Descope API base URL (default: $DESCOPE_BASE_URL, else Descope's).": 'URL de base de l’API Descope (par défaut : $DESCOPE_BASE_URL, sinon celle de Descope).',
    'Print machine-readable JSON.': 'Afficher du JSON lisible par une machine.',
    'Keep the session in memory only; nothing is saved.': 'Garder la session en mémoire seulement ; rien n’est enregistré.',
    'Country for phone numbers without +code (default: from the locale).': 'Pays des numéros de téléphone sans +indicatif (par défaut : celui des paramètres régionaux).',
    'email, sms, voice or whatsapp.': 'email, sms, voice ou whatsapp.',
    'Email address or phone number.': 'Adresse e-mail ou numéro de téléphone.',
    'login: create a new user.': 'login : créer un compte.',
    'login: only an existing user.': 'login : seulement un compte existant.',
    "Sign-up (login --sign-up, start sign-up): the person's name.": 'Inscription (login --sign-up, start sign-up) : le nom de la personne.',
    'Sign-up: email; update-email: the new email.': 'Inscription : e-mail ; update-email : la nouvelle adresse e-mail.',
    'Sign-up: phone; update-phone: the new number.': 'Inscription : téléphone ; update-phone : le nouveau numéro.',
    'verify: the code received.': 'verify : le code reçu.',
    'update: the new address also signs in.': 'Modification : la nouvelle adresse sert aussi à se connecter.',
    'update: merge into a user who already has it.': 'Modification : fusionner avec le compte qui l’a déjà.',
    'update-email, update-phone, logout-all: when the sign-in is not recent, confirm it first with a code sent to the signed-in login id.':
        'update-email, update-phone, logout-all : si la connexion n’est pas récente, la confirmer d’abord avec un code '
        'envoyé à l’identifiant de connexion.',
    'no command given': 'aucune commande indiquée',
    "unknown command '%1'": 'commande inconnue « %1 »',
    "unexpected argument '%1'": 'argument inattendu « %1 »',
    '%1 does not take --%2 (it takes only the global options)': '%1 n’accepte pas --%2 (seulement les options globales)',
    '%1 does not take --%2': '%1 n’accepte pas --%2',
    'no project id: use --project-id or DESCOPE_PROJECT_ID': 'aucun identifiant de projet : utilisez --project-id ou DESCOPE_PROJECT_ID',
    "'%1' is not a Descope project id": '« %1 » n’est pas un identifiant de projet Descope',
    'the base URL must use https (http only to localhost)': 'l’URL de base doit utiliser https (http seulement vers localhost)',
    'A code was sent by email to %1.': 'Un code a été envoyé par e-mail à %1.',
    'A code was sent by sms to %1.': 'Un code a été envoyé par SMS à %1.',
    'A code was sent by voice to %1.': 'Un code a été envoyé par appel vocal à %1.',
    'A code was sent by whatsapp to %1.': 'Un code a été envoyé par WhatsApp à %1.',
    'Enter the code:': 'Saisissez le code :',
    'no code entered: end of input': 'aucun code saisi : fin de l’entrée',
    'the code is six digits (spaces and dashes are ignored); enter it again:':
        'le code a six chiffres (les espaces et les tirets sont ignorés) ; saisissez-le à nouveau :',
    'the code is six digits (spaces and dashes are ignored)': 'le code a six chiffres (les espaces et les tirets sont ignorés)',
    'signed in as %1, but the session could not be saved, so the next command will not be signed in':
        'connecté en tant que %1, mais la session n’a pas pu être enregistrée ; la prochaine commande ne sera donc pas connectée',
    'the login id could not be remembered for the next sign-in: %1': 'l’identifiant de connexion n’a pas pu être retenu pour la prochaine connexion : %1',
    'Signed in as %1 (user %2).': 'Connecté en tant que %1 (utilisateur %2).',
    '--sign-up and --sign-in exclude each other': '--sign-up et --sign-in s’excluent mutuellement',
    '--name goes with --sign-up': '--name va avec --sign-up',
    'start needs sign-up, sign-in or sign-up-or-in': 'start exige sign-up, sign-in ou sign-up-or-in',
    'You were signed out in another program.': 'Vous avez été déconnecté dans un autre programme.',
    'Not signed in.': 'Non connecté.',
    'Signed in as %1': 'Connecté en tant que %1',
    'login id:': 'identifiant de connexion :',
    'user id:': 'ID utilisateur :',
    'email:': 'e-mail :',
    'phone:': 'téléphone :',
    'session until:': 'session jusqu’à :',
    'refresh until:': 'renouvelable jusqu’à :',
    'code verified:': 'code vérifié :',
    'name:': 'nom :',
    'login ids:': 'identifiants de connexion :',
    '%1 (verified)': '%1 (vérifié)',
    'renewed on the next request': 'renouvelée à la prochaine requête',
    'unknown': 'inconnu',
    '%1 (update-email, update-phone and logout-all need --stepup)': '%1 (update-email, update-phone et logout-all exigent --stepup)',
    'Session refreshed; valid until %1.': 'Session renouvelée ; valable jusqu’à %1.',
    "the service's answer could not be verified": 'la réponse du service n’a pas pu être vérifiée',
    'the service answered with HTTP %1': 'le service a répondu HTTP %1',
    'the session could not be refreshed now and is kept (%1); try again later.':
        'la session n’a pas pu être renouvelée pour l’instant et est conservée (%1) ; réessayez plus tard.',
    'Session token is valid: user %1, until %2, by %3.': 'Le jeton de session est valide : utilisateur %1, jusqu’à %2, par %3.',
    'signed out here; the server could not be told: %1': 'déconnecté ici ; le serveur n’a pas pu être prévenu : %1',
    'Signed out on every device.': 'Déconnecté sur tous les appareils.',
    'Signed out.': 'Déconnecté.',
    # The step-up's (strings-HS.tsv), again with French typography.
    "%1 needs a recent sign-in. Send a code to %2 to confirm it's you? [y/N]":
        '%1 nécessite une connexion récente. Envoyer un code à %2 pour confirmer que c’est bien vous ? [o/N]',
    'Nothing was changed: %1 needs a recent sign-in.': 'Rien n’a été modifié : %1 nécessite une connexion récente.',
    "%1 needs a recent sign-in: first confirm it's you with a code.": '%1 nécessite une connexion récente : confirmez d’abord que c’est bien vous avec un code.',
    'Confirmed; going on with %1.': 'Confirmé ; %1 se poursuit.',
    # QCommandLineParser's own (context QCommandLineParser), for when Qt's catalogue is not installed.
    'Displays help on commandline options.': 'Affiche l’aide sur les options de la ligne de commande.',
    'Displays help including Qt specific options.': 'Affiche l’aide, y compris les options propres à Qt.',
    'Displays version information.': 'Affiche les informations de version.',
    'Usage: %1': 'Utilisation : %1',
    '[options]': '[options]',
    'Options:': 'Options :',
    'Arguments:': 'Arguments :',
    "Unknown option '%1'.": 'Option inconnue « %1 ».',
    'Unknown options: %1.': 'Options inconnues : %1.',
    "Missing value after '%1'.": 'Valeur manquante après « %1 ».',
    "Unexpected value after '%1'.": 'Valeur inattendue après « %1 ».',
}.items()})
DE.update({
    'What you asked for needs a recent sign-in.': 'Dafür ist eine aktuelle Anmeldung nötig.',
    "To confirm it's you, enter the code we send you.": 'Geben Sie zur Bestätigung den Code ein, den wir Ihnen senden.',
    'Changing your email address needs a recent sign-in.': 'Zum Ändern Ihrer E-Mail-Adresse ist eine aktuelle Anmeldung nötig.',
    'Changing your phone number needs a recent sign-in.': 'Zum Ändern Ihrer Telefonnummer ist eine aktuelle Anmeldung nötig.',
    'Signing out on every device needs a recent sign-in.': 'Zum Abmelden auf allen Geräten ist eine aktuelle Anmeldung nötig.',
    '%1 by email': '%1 per E-Mail',
    '%1 by text message': '%1 per SMS',
    '%1 by voice call': '%1 per Sprachanruf',
    '%1 by WhatsApp': '%1 per WhatsApp',
    'Your session has ended. Sign in again with descope-otp login.': 'Ihre Sitzung ist beendet. Melden Sie sich mit descope-otp login erneut an.',
    'Another person signed in meanwhile (in another program). Nothing was changed.': 'Inzwischen hat sich eine andere Person angemeldet (in einem anderen Programm). Es wurde nichts geändert.',
})
FR.update({
    'What you asked for needs a recent sign-in.': 'Cette action nécessite une connexion récente.',
    "To confirm it's you, enter the code we send you.": 'Pour confirmer votre identité, saisissez le code que nous vous envoyons.',
    'Changing your email address needs a recent sign-in.': 'La modification de votre adresse e-mail nécessite une connexion récente.',
    'Changing your phone number needs a recent sign-in.': 'La modification de votre numéro de téléphone nécessite une connexion récente.',
    'Signing out on every device needs a recent sign-in.': 'La déconnexion de tous les appareils nécessite une connexion récente.',
    '%1 by email': '%1 par e-mail',
    '%1 by text message': '%1 par SMS',
    '%1 by voice call': '%1 par appel vocal',
    '%1 by WhatsApp': '%1 par WhatsApp',
    'Your session has ended. Sign in again with descope-otp login.': 'Votre session a pris fin. Reconnectez-vous avec descope-otp login.',
    'Another person signed in meanwhile (in another program). Nothing was changed.': "Une autre personne s'est connectée entre-temps (dans un autre programme). Rien n'a été modifié.",
})


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
problems = [problem
            for catalogue in sorted({path.name.rsplit('_', 1)[0] for path in here.glob('*_de.ts')})
            for problem in (fill(here / f'{catalogue}_de.ts', DE, DE_PLURAL),
                            fill(here / f'{catalogue}_fr.ts', FR, FR_PLURAL),
                            fill(here / f'{catalogue}_en.ts', {}, EnglishPlurals(EN_PLURAL)))
            if problem]
if problems:
    sys.exit('\n'.join(problems))
