<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AccountSettingsDialog</name>
        <message>
            <source>Account settings</source>
            <translation>Paramètres du compte</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>Current email</source>
            <translation>E-mail actuel</translation>
        </message>
        <message>
            <source>&amp;New email</source>
            <translation>&amp;Nouvel e-mail</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>nom@exemple.fr</translation>
        </message>
        <message>
            <source>New email address</source>
            <translation>Nouvelle adresse e-mail</translation>
        </message>
        <message>
            <source>Add the new email address to the ways you can sign in</source>
            <translation>Ajouter la nouvelle adresse e-mail à vos moyens de connexion</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>Current phone</source>
            <translation>Téléphone actuel</translation>
        </message>
        <message>
            <source>+1 201 555 0123</source>
            <translation>+33 1 23 45 67 89</translation>
        </message>
        <message>
            <source>New phone number</source>
            <translation>Nouveau numéro de téléphone</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>Country of the phone number</source>
            <translation>Pays du numéro de téléphone</translation>
        </message>
        <message>
            <source>Send the code &amp;by</source>
            <translation>Envoyer le code pa&amp;r</translation>
        </message>
        <message>
            <source>How to send the code</source>
            <translation>Comment envoyer le code</translation>
        </message>
        <message>
            <source>Add the new phone number to the ways you can sign in</source>
            <translation>Ajouter le nouveau numéro à vos moyens de connexion</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>&amp;New phone number</source>
            <translation>&amp;Nouveau numéro de téléphone</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>&amp;Also use it to sign in</source>
            <translation>L’utiliser &amp;aussi pour se connecter</translation>
        </message>
        <message>
            <source>&amp;Send code to the new email</source>
            <translation>Envoyer un &amp;code au nouvel e-mail</translation>
        </message>
        <message>
            <source>&amp;Send code to the new number</source>
            <translation>Envoyer un &amp;code au nouveau numéro</translation>
        </message>
    </context>
    <context>
        <name>AccountWidget</name>
        <message>
            <source>You are signed in</source>
            <translation>Vous êtes connecté</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Signs in with</source>
            <translation>Se connecte avec</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ID utilisateur</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Account &amp;settings…</source>
            <translation>&amp;Paramètres du compte…</translation>
        </message>
        <message>
            <source>Change your email address or phone number</source>
            <translation>Modifier votre adresse e-mail ou votre numéro de téléphone</translation>
        </message>
        <message>
            <source>Sign out of &amp;all devices…</source>
            <translation>Se déconnecter de &amp;tous les appareils…</translation>
        </message>
        <message>
            <source>End every session of this account, on every device</source>
            <translation>Fermer toutes les sessions de ce compte, sur tous les appareils</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>End the session on this computer</source>
            <translation>Fermer la session sur cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>CodeEntryPage</name>
        <message>
            <source>Enter your code</source>
            <translation>Saisissez votre code</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>Code à usage unique</translation>
        </message>
        <message>
            <source>Copy the error code and trace id for support</source>
            <translation>Copier le code d’erreur et l’identifiant de trace pour le support</translation>
        </message>
        <message>
            <source>6 digits. The code is checked as soon as all 6 are in.</source>
            <translation>6 chiffres. Le code est vérifié dès que les 6 sont saisis.</translation>
        </message>
        <message>
            <source>Send a ne&amp;w code</source>
            <translation>Envoyer un &amp;nouveau code</translation>
        </message>
        <message>
            <source>Use another &amp;method</source>
            <translation>Utiliser une autre &amp;méthode</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>Copy &amp;details</source>
            <translation>Copier les &amp;détails</translation>
        </message>
        <message>
            <source>C&amp;hange email or phone</source>
            <translation>Changer d’e-mail ou de télép&amp;hone</translation>
        </message>
    </context>
    <context>
        <name>DeliveryMethodPage</name>
        <message>
            <source>How should we send your code?</source>
            <translation>Comment souhaitez-vous recevoir votre code ?</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>Send the code by email</source>
            <translation>Envoyer le code par e-mail</translation>
        </message>
        <message>
            <source>&amp;Text message (SMS)</source>
            <translation>&amp;Message texte (SMS)</translation>
        </message>
        <message>
            <source>Send the code by text message</source>
            <translation>Envoyer le code par message texte</translation>
        </message>
        <message>
            <source>&amp;Voice call</source>
            <translation>&amp;Appel vocal</translation>
        </message>
        <message>
            <source>Read the code out in a phone call</source>
            <translation>Lire le code lors d’un appel téléphonique</translation>
        </message>
        <message>
            <source>&amp;WhatsApp</source>
            <translation>&amp;WhatsApp</translation>
        </message>
        <message>
            <source>Send the code by WhatsApp</source>
            <translation>Envoyer le code par WhatsApp</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Copy &amp;details</source>
            <translation>Copier les &amp;détails</translation>
        </message>
        <message>
            <source>Copy the error code and trace id for support</source>
            <translation>Copier le code d’erreur et l’identifiant de trace pour le support</translation>
        </message>
        <message>
            <source>C&amp;hange email or phone</source>
            <translation>Changer d’e-mail ou de télép&amp;hone</translation>
        </message>
        <message>
            <source>Go back to the first page</source>
            <translation>Revenir à la première page</translation>
        </message>
        <message>
            <source>&amp;Send code</source>
            <translation>En&amp;voyer le code</translation>
        </message>
    </context>
    <context>
        <name>Descope::Error</name>
        <message>
            <source>That code is not right. Check it and try again.</source>
            <translation>Ce code est incorrect. Vérifiez-le et réessayez.</translation>
        </message>
        <message>
            <source>Too many wrong codes. Ask for a new code to try again.</source>
            <translation>Trop de codes incorrects. Demandez un nouveau code pour réessayer.</translation>
        </message>
        <message>
            <source>This code has expired. Ask for a new code.</source>
            <translation>Ce code a expiré. Demandez un nouveau code.</translation>
        </message>
        <message>
            <source>An account with this email or phone number already exists. Sign in instead.</source>
            <translation>Un compte existe déjà avec cet e-mail ou ce numéro. Connectez-vous plutôt.</translation>
        </message>
        <message>
            <source>No account uses this email or phone number. Sign up instead.</source>
            <translation>Aucun compte n’utilise cet e-mail ou ce numéro. Créez plutôt un compte.</translation>
        </message>
        <message>
            <source>You were signed out. Sign in again.</source>
            <translation>Vous avez été déconnecté. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Too many requests. Wait a moment and try again.</source>
            <translation>Trop de demandes. Patientez un instant et réessayez.</translation>
        </message>
        <message>
            <source>The request was not accepted. Check what you entered and try again.</source>
            <translation>La demande n’a pas été acceptée. Vérifiez votre saisie et réessayez.</translation>
        </message>
        <message>
            <source>This code can no longer be used. Ask for a new code.</source>
            <translation>Ce code ne peut plus être utilisé. Demandez un nouveau code.</translation>
        </message>
        <message>
            <source>Enter an email address or a phone number.</source>
            <translation>Saisissez une adresse e-mail ou un numéro de téléphone.</translation>
        </message>
        <message>
            <source>Enter a valid email address, like name@example.com.</source>
            <translation>Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.</translation>
        </message>
        <message>
            <source>This phone number is not valid. Check the number and the country.</source>
            <translation>Ce numéro de téléphone n’est pas valide. Vérifiez le numéro et le pays.</translation>
        </message>
        <message>
            <source>Add the country code to the phone number, like +1 for the United States.</source>
            <translation>Ajoutez l’indicatif du pays au numéro, par exemple +33 pour la France.</translation>
        </message>
        <message>
            <source>Codes for an email address go by email; codes for a phone number go by SMS, voice call or WhatsApp.</source>
            <translation>Les codes pour une adresse e-mail arrivent par e-mail ; ceux pour un numéro de téléphone par SMS, appel vocal ou WhatsApp.</translation>
        </message>
        <message>
            <source>You need to be signed in to do this.</source>
            <translation>Vous devez être connecté pour faire cela.</translation>
        </message>
        <message>
            <source>That is a different account. Sign in again with the account you were using.</source>
            <translation>C’est un autre compte. Reconnectez-vous avec le compte que vous utilisiez.</translation>
        </message>
        <message>
            <source>Please wait for the current step to finish.</source>
            <translation>Veuillez attendre la fin de l’étape en cours.</translation>
        </message>
        <message>
            <source>Some of what you entered is not valid.</source>
            <translation>Une partie de votre saisie n’est pas valide.</translation>
        </message>
        <message>
            <source>Cannot reach the sign-in service. Check your internet connection.</source>
            <translation>Impossible de joindre le service de connexion. Vérifiez votre connexion Internet.</translation>
        </message>
        <message>
            <source>The sign-in service took too long to answer. Try again.</source>
            <translation>Le service de connexion a mis trop de temps à répondre. Réessayez.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>A secure connection to the sign-in service could not be established.</source>
            <translation>Impossible d’établir une connexion sécurisée avec le service de connexion.</translation>
        </message>
        <message numerus="yes">
            <source>Too many requests. Try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de demandes. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de demandes. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The sign-in service is having trouble. Try again later.</source>
            <translation>Le service de connexion rencontre des difficultés. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The sign-in service refused the request (%1).</source>
            <translation>Le service de connexion a refusé la demande (%1).</translation>
        </message>
        <message>
            <source>The sign-in service is unavailable right now. Try again later.</source>
            <translation>Le service de connexion est indisponible pour le moment. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The sign-in service sent an answer that could not be understood.</source>
            <translation>Le service de connexion a envoyé une réponse incompréhensible.</translation>
        </message>
        <message>
            <source>No system keychain is available, so you will need to sign in again next time. Install or start a keyring such as GNOME Keyring or KWallet to stay signed in.</source>
            <translation>Aucun trousseau système n’est disponible ; vous devrez vous reconnecter la prochaine fois. Installez ou démarrez un trousseau comme GNOME Keyring ou KWallet pour rester connecté.</translation>
        </message>
        <message>
            <source>The system keychain is locked or refused access, so you will need to sign in again next time.</source>
            <translation>Le trousseau système est verrouillé ou a refusé l’accès ; vous devrez vous reconnecter la prochaine fois.</translation>
        </message>
        <message>
            <source>The system keychain did not answer, so you will need to sign in again next time.</source>
            <translation>Le trousseau système n’a pas répondu ; vous devrez vous reconnecter la prochaine fois.</translation>
        </message>
        <message>
            <source>Your sign-in could not be saved in the system keychain, so you will need to sign in again next time.</source>
            <translation>Votre connexion n’a pas pu être enregistrée dans le trousseau système ; vous devrez vous reconnecter la prochaine fois.</translation>
        </message>
        <message>
            <source>The session could not be verified. Sign in again.</source>
            <translation>La session n’a pas pu être vérifiée. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Still waiting for the sign-in to be confirmed.</source>
            <translation>La connexion n’a pas encore été confirmée.</translation>
        </message>
        <message>
            <source>This sign-in link or token has expired. Start again.</source>
            <translation>Ce lien ou ce jeton de connexion a expiré. Recommencez.</translation>
        </message>
        <message>
            <source>The access key is missing or not valid.</source>
            <translation>La clé d’accès est manquante ou non valide.</translation>
        </message>
        <message>
            <source>Your password has expired.</source>
            <translation>Votre mot de passe a expiré.</translation>
        </message>
        <message>
            <source>This email address or phone number already belongs to another account.</source>
            <translation>Cette adresse e-mail ou ce numéro appartient déjà à un autre compte.</translation>
        </message>
        <message>
            <source>The sign-in was not authorized.</source>
            <translation>La connexion n’a pas été autorisée.</translation>
        </message>
        <message>
            <source>The account was not found.</source>
            <translation>Le compte est introuvable.</translation>
        </message>
        <message>
            <source>The code is six digits. Check it and try again.</source>
            <translation>Le code comporte six chiffres. Vérifiez-le et réessayez.</translation>
        </message>
        <message>
            <source>The sign-in service could not be reached: something else answered (HTTP %1). Check your network or proxy.</source>
            <translation>Le service de connexion est injoignable : autre chose a répondu (HTTP %1). Vérifiez votre réseau ou votre proxy.</translation>
        </message>
        <message>
            <source>A phone number has at most 15 digits.</source>
            <translation>Un numéro de téléphone comporte au plus 15 chiffres.</translation>
        </message>
        <message>
            <source>That email address is too long.</source>
            <translation>Cette adresse e-mail est trop longue.</translation>
        </message>
        <message>
            <source>Letters with accents or from other alphabets can only come after the @.</source>
            <translation>Les lettres accentuées ou d’autres alphabets ne sont possibles qu’après le @.</translation>
        </message>
        <message>
            <source>The part before the @ can have at most 64 characters.</source>
            <translation>La partie avant le @ ne peut pas dépasser 64 caractères.</translation>
        </message>
    </context>
    <context>
        <name>Descope::AccountSettingsDialog</name>
        <message>
            <source>Text message (SMS)</source>
            <translation>Message texte (SMS)</translation>
        </message>
        <message>
            <source>Voice call</source>
            <translation>Appel vocal</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>Your email address is now %1.</source>
            <translation>Votre adresse e-mail est désormais %1.</translation>
        </message>
        <message>
            <source>Your phone number is now %1.</source>
            <translation>Votre numéro de téléphone est désormais %1.</translation>
        </message>
        <message>
            <source>You can also sign in with it.</source>
            <translation>Vous pouvez aussi l’utiliser pour vous connecter.</translation>
        </message>
        <message>
            <source>Email address changed</source>
            <translation>Adresse e-mail modifiée</translation>
        </message>
        <message>
            <source>Phone number changed</source>
            <translation>Numéro de téléphone modifié</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fermer</translation>
        </message>
    </context>
    <context>
        <name>Descope::AccountWidget</name>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>%1 ✓ verified</source>
            <translation>%1 ✓ vérifié</translation>
        </message>
        <message>
            <source>%1 (not verified)</source>
            <translation>%1 (non vérifié)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Active; refreshes at %1</source>
            <translation>Active ; prochain renouvellement à %1</translation>
        </message>
        <message>
            <source>Cannot reach the sign-in service; retrying at %1.</source>
            <translation>Le service de connexion est injoignable ; nouvel essai à %1.</translation>
        </message>
        <message>
            <source>Cannot reach the sign-in service; retrying.</source>
            <translation>Le service de connexion est injoignable ; nouvel essai en cours.</translation>
        </message>
        <message>
            <source>The session ends at %1 unless it can be reached by then.</source>
            <translation>La session se termine à %1 s’il reste injoignable d’ici là.</translation>
        </message>
        <message>
            <source>The session resumes once it can be reached.</source>
            <translation>La session reprendra dès qu’il sera joignable.</translation>
        </message>
        <message>
            <source>Ended. Sign in again to continue.</source>
            <translation>Terminée. Reconnectez-vous pour continuer.</translation>
        </message>
    </context>
    <context>
        <name>Descope::CodeEntryPage</name>
        <message>
            <source>Enter the code we sent you.</source>
            <translation>Saisissez le code que nous vous avons envoyé.</translation>
        </message>
        <message>
            <source>We emailed a new code to %1.</source>
            <translation>Nous avons envoyé un nouveau code par e-mail à %1.</translation>
        </message>
        <message>
            <source>We emailed a code to %1. It may take a minute to arrive.</source>
            <translation>Nous avons envoyé un code par e-mail à %1. Il peut mettre une minute à arriver.</translation>
        </message>
        <message>
            <source>We sent a text message with a new code to %1.</source>
            <translation>Nous avons envoyé un SMS avec un nouveau code au %1.</translation>
        </message>
        <message>
            <source>We sent a text message with a code to %1. It may take a minute to arrive.</source>
            <translation>Nous avons envoyé un SMS avec un code au %1. Il peut mettre une minute à arriver.</translation>
        </message>
        <message>
            <source>We are calling %1 again to read you a new code.</source>
            <translation>Nous rappelons le %1 pour vous lire un nouveau code.</translation>
        </message>
        <message>
            <source>We are calling %1 to read you a code.</source>
            <translation>Nous appelons le %1 pour vous lire un code.</translation>
        </message>
        <message>
            <source>We sent you a WhatsApp message with a new code at %1.</source>
            <translation>Nous vous avons envoyé un message WhatsApp avec un nouveau code au %1.</translation>
        </message>
        <message>
            <source>We sent you a WhatsApp message with a code at %1.</source>
            <translation>Nous vous avons envoyé un message WhatsApp avec un code au %1.</translation>
        </message>
        <message>
            <source>You can ask for a new code in %1:%2.</source>
            <translation>Vous pourrez demander un nouveau code dans %1:%2.</translation>
        </message>
        <message numerus="yes">
            <source>You can ask for a new code in %n minute(s).</source>
            <translation>
                <numerusform>Vous pourrez demander un nouveau code dans %n minute.</numerusform>
                <numerusform>Vous pourrez demander un nouveau code dans %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>You can ask for a new code in less than a minute.</source>
            <translation>Vous pourrez demander un nouveau code dans moins d'une minute.</translation>
        </message>
        <message>
            <source>You can ask for a new code now.</source>
            <translation>Vous pouvez maintenant demander un nouveau code.</translation>
        </message>
    </context>
    <context>
        <name>Descope::DeliveryMethodPage</name>
        <message>
            <source>How should we send your code?</source>
            <translation>Comment souhaitez-vous recevoir votre code ?</translation>
        </message>
        <message>
            <source>Get a one-time code</source>
            <translation>Recevoir un code à usage unique</translation>
        </message>
        <message>
            <source>We will email a one-time code to %1.</source>
            <translation>Nous enverrons un code à usage unique par e-mail à %1.</translation>
        </message>
        <message>
            <source>We will text a one-time code to %1.</source>
            <translation>Nous enverrons un code à usage unique par SMS au %1.</translation>
        </message>
        <message>
            <source>We will call %1 and read out a one-time code.</source>
            <translation>Nous appellerons le %1 pour vous lire un code à usage unique.</translation>
        </message>
        <message>
            <source>We will send a one-time code to %1 on WhatsApp.</source>
            <translation>Nous enverrons un code à usage unique par WhatsApp au %1.</translation>
        </message>
        <message>
            <source>Call &amp;me</source>
            <translation>Appele&amp;z-moi</translation>
        </message>
        <message>
            <source>&amp;Send code</source>
            <translation>En&amp;voyer le code</translation>
        </message>
    </context>
    <context>
        <name>Descope::LoginIdPage</name>
        <message>
            <source>Create an account</source>
            <translation>Créer un compte</translation>
        </message>
        <message>
            <source>Sign in or create an account</source>
            <translation>Se connecter ou créer un compte</translation>
        </message>
        <message>
            <source>Go back without creating an account</source>
            <translation>Revenir sans créer de compte</translation>
        </message>
        <message>
            <source>Create &amp;account</source>
            <translation>Créer le c&amp;ompte</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <source>Create the account and send a one-time code</source>
            <translation>Créer le compte et envoyer un code à usage unique</translation>
        </message>
        <message>
            <source>Sign in, or create an account if there is none yet</source>
            <translation>Se connecter, ou créer un compte s’il n’en existe pas encore</translation>
        </message>
        <message>
            <source>Creates a new account in your name.</source>
            <translation>Crée un nouveau compte à votre nom.</translation>
        </message>
        <message>
            <source>Signs you in, or creates your account if you have none yet.</source>
            <translation>Vous connecte, ou crée votre compte si vous n’en avez pas encore.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>Re&amp;tour</translation>
        </message>
        <message>
            <source>&amp;Sign in to an existing account</source>
            <translation>&amp;Se connecter à un compte existant</translation>
        </message>
        <message>
            <source>Sign in only; never creates an account</source>
            <translation>Se connecter seulement ; ne crée jamais de compte</translation>
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
            <translation>Connexion en cours…</translation>
        </message>
        <message>
            <source>Signing you in</source>
            <translation>Connexion en cours</translation>
        </message>
        <message>
            <source>%1 Retrying in the background.</source>
            <translation>%1 Nouvelle tentative en arrière-plan.</translation>
        </message>
        <message>
            <source>Sign out of all devices?</source>
            <translation>Se déconnecter de tous les appareils ?</translation>
        </message>
        <message>
            <source>This ends every session of your account, on this computer and on every other device.</source>
            <translation>Cela ferme toutes les sessions de votre compte, sur cet ordinateur et sur tous les autres appareils.</translation>
        </message>
        <message numerus="yes">
            <source>The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.</source>
            <translation>
                <numerusform>Le service de connexion est injoignable. Votre session se termine dans %n minute s’il ne redevient pas joignable d’ici là.</numerusform>
                <numerusform>Le service de connexion est injoignable. Votre session se termine dans %n minutes s’il ne redevient pas joignable d’ici là.</numerusform>
            </translation>
        </message>
        <message>
            <source>The sign-in service cannot be reached. Your session will resume once it can.</source>
            <translation>Le service de connexion est injoignable. Votre session reprendra dès qu’il sera joignable.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>You were signed out on this computer, but the sign-in service could not be reached to end your sessions on other devices.</source>
            <translation>Vous avez été déconnecté sur cet ordinateur, mais le service de connexion était injoignable pour mettre fin à vos sessions sur les autres appareils.</translation>
        </message>
        <message>
            <source>You were signed out on all devices.</source>
            <translation>Vous avez été déconnecté de tous les appareils.</translation>
        </message>
        <message>
            <source>&amp;Try now</source>
            <translation>&amp;Réessayer maintenant</translation>
        </message>
        <message>
            <source>You were signed out.</source>
            <translation>Vous avez été déconnecté.</translation>
        </message>
        <message>
            <source>Signing you out on all devices…</source>
            <translation>Déconnexion de tous les appareils…</translation>
        </message>
        <message>
            <source>Your session ended. Sign in again to continue.</source>
            <translation>Votre session a pris fin. Reconnectez-vous pour continuer.</translation>
        </message>
        <message>
            <source>You were signed out by another program on this computer.</source>
            <translation>Vous avez été déconnecté par un autre programme sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Sign out &amp;everywhere</source>
            <translation>Se déconnecter &amp;partout</translation>
        </message>
    </context>
    <context>
        <name>Descope::MessageBanner</name>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Masquer ce message</translation>
        </message>
    </context>
    <context>
        <name>Descope::MessageBox</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Descope::ReauthDialog</name>
        <message>
            <source>Sign in again</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <source>Sign in again to keep your session.</source>
            <translation>Reconnectez-vous pour conserver votre session.</translation>
        </message>
        <message>
            <source>Your session ended. Sign in again to continue.</source>
            <translation>Votre session a pris fin. Reconnectez-vous pour continuer.</translation>
        </message>
        <message>
            <source>To continue as %1, ask for a code and enter it.</source>
            <translation>Pour continuer en tant que %1, demandez un code et saisissez-le.</translation>
        </message>
        <message>
            <source>Stay signed &amp;out</source>
            <translation>&amp;Rester déconnecté</translation>
        </message>
    </context>
    <context>
        <name>Descope::SessionNotifier</name>
        <message>
            <source>Your session is about to end</source>
            <translation>Votre session va bientôt se terminer</translation>
        </message>
        <message numerus="yes">
            <source>The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.</source>
            <translation>
                <numerusform>Le service de connexion est injoignable. Votre session se termine dans %n minute s’il ne redevient pas joignable d’ici là.</numerusform>
                <numerusform>Le service de connexion est injoignable. Votre session se termine dans %n minutes s’il ne redevient pas joignable d’ici là.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your session ended</source>
            <translation>Votre session est terminée</translation>
        </message>
        <message>
            <source>Sign in again to continue.</source>
            <translation>Reconnectez-vous pour continuer.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
    </context>
    <context>
        <name>Descope::SignInWidget</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Stop the request that is running (Escape)</source>
            <translation>Arrêter la demande en cours (Échap)</translation>
        </message>
    </context>
    <context>
        <name>LoginIdPage</name>
        <message>
            <source>Sign in or create an account</source>
            <translation>Se connecter ou créer un compte</translation>
        </message>
        <message>
            <source>Enter your email address or phone number. We will send you a one-time code.</source>
            <translation>Saisissez votre adresse e-mail ou votre numéro de téléphone. Nous vous enverrons un code à usage unique.</translation>
        </message>
        <message>
            <source>&amp;Email or phone number</source>
            <translation>&amp;E-mail ou numéro de téléphone</translation>
        </message>
        <message>
            <source>name@example.com or +1 201 555 0123</source>
            <translation>nom@exemple.fr ou +33 1 23 45 67 89</translation>
        </message>
        <message>
            <source>Email or phone number</source>
            <translation>E-mail ou numéro de téléphone</translation>
        </message>
        <message>
            <source>The email address or phone number to send your one-time code to</source>
            <translation>L’adresse e-mail ou le numéro de téléphone auquel envoyer votre code à usage unique</translation>
        </message>
        <message>
            <source>C&amp;ountry of the phone number</source>
            <translation>&amp;Pays du numéro de téléphone</translation>
        </message>
        <message>
            <source>Country of the phone number</source>
            <translation>Pays du numéro de téléphone</translation>
        </message>
        <message>
            <source>Used for phone numbers typed without a plus sign and country code</source>
            <translation>Utilisé pour les numéros saisis sans signe plus ni indicatif du pays</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>The name for your new account</source>
            <translation>Le nom de votre nouveau compte</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Sign in, or create an account if there is none yet</source>
            <translation>Se connecter, ou créer un compte s’il n’en existe pas encore</translation>
        </message>
        <message>
            <source>Copy the error code and trace id for support</source>
            <translation>Copier le code d’erreur et l’identifiant de trace pour le support</translation>
        </message>
        <message>
            <source>Copy &amp;details</source>
            <translation>Copier les &amp;détails</translation>
        </message>
        <message>
            <source>Signs you in, or creates your account if you have none yet.</source>
            <translation>Vous connecte, ou crée votre compte si vous n’en avez pas encore.</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <source>&amp;Sign in to an existing account</source>
            <translation>&amp;Se connecter à un compte existant</translation>
        </message>
        <message>
            <source>Sign in only; never creates an account</source>
            <translation>Se connecter seulement ; ne crée jamais de compte</translation>
        </message>
        <message>
            <source>C&amp;reate an account</source>
            <translation>C&amp;réer un compte</translation>
        </message>
        <message>
            <source>Create a new account with your name and this email address or phone number</source>
            <translation>Créer un nouveau compte avec votre nom et cette adresse e-mail ou ce numéro de téléphone</translation>
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
            <translation>Aucun projet Descope n’est défini. Lancez l’application avec --project-id ou définissez DESCOPE_PROJECT_ID.</translation>
        </message>
        <message>
            <source>The project id or the server address is not valid. Server addresses must use https.</source>
            <translation>L’identifiant de projet ou l’adresse du serveur n’est pas valide. Les adresses de serveur doivent utiliser https.</translation>
        </message>
        <message>
            <source>Descope Desktop is already running but does not respond.</source>
            <translation>Descope Desktop est déjà lancé mais ne répond pas.</translation>
        </message>
    </context>
</TS>
