<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>A phone number has at most 15 digits.</source>
        <translation>Un numéro de téléphone comporte au plus 15 chiffres.</translation>
    </message>
    <message>
        <source>That email address is too long.</source>
        <translation>Cette adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <source>The part before the @ can have at most 64 characters.</source>
        <translation>La partie avant le @ ne peut pas dépasser 64 caractères.</translation>
    </message>
    <message>
        <source>Letters with accents or from other alphabets can only come after the @.</source>
        <translation>Les lettres accentuées ou d’autres alphabets ne sont possibles qu’après le @.</translation>
    </message>
    <message>
        <source>The code is six digits. Check it and try again.</source>
        <translation>Le code comporte six chiffres. Vérifiez-le et réessayez.</translation>
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
        <source>The sign-in service could not be reached: something else answered (HTTP %1). Check your network or proxy.</source>
        <translation>Le service de connexion est injoignable : autre chose a répondu (HTTP %1). Vérifiez votre réseau ou votre proxy.</translation>
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
</context>
<context>
    <name>Descope::Project</name>
    <message>
        <source>No Descope project is set. Give the project id, or set DESCOPE_PROJECT_ID.</source>
        <translation>Aucun projet Descope n’est défini. Indiquez l’identifiant du projet ou définissez DESCOPE_PROJECT_ID.</translation>
    </message>
    <message>
        <source>The server address is not valid. Server addresses must use https.</source>
        <translation>L’adresse du serveur n’est pas valide. Les adresses de serveur doivent utiliser https.</translation>
    </message>
    <message>
        <source>“%1” is not a Descope project id.</source>
        <translation>« %1 » n’est pas un identifiant de projet Descope.</translation>
    </message>
    <message>
        <source>DESCOPE_STEPUP_WINDOW must be a whole number of seconds, 0 or more, not “%1”.</source>
        <translation>DESCOPE_STEPUP_WINDOW doit être un nombre entier de secondes, 0 ou plus, et non « %1 ».</translation>
    </message>
</context>
</TS>
