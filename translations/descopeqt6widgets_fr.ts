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
        <source>&amp;Also use it to sign in</source>
        <translation>L’utiliser &amp;aussi pour se connecter</translation>
    </message>
    <message>
        <source>Add the new email address to the ways you can sign in</source>
        <translation>Ajouter la nouvelle adresse e-mail à vos moyens de connexion</translation>
    </message>
    <message>
        <source>&amp;Send code to the new email</source>
        <translation>Envoyer un &amp;code au nouvel e-mail</translation>
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
        <source>&amp;New phone number</source>
        <translation>&amp;Nouveau numéro de téléphone</translation>
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
        <source>&amp;Send code to the new number</source>
        <translation>Envoyer un &amp;code au nouveau numéro</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
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
        <source>6 digits. The code is checked as soon as all 6 are in.</source>
        <translation>6 chiffres. Le code est vérifié dès que les 6 sont saisis.</translation>
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
        <source>Send a ne&amp;w code</source>
        <translation>Envoyer un &amp;nouveau code</translation>
    </message>
    <message>
        <source>Use another &amp;method</source>
        <translation>Utiliser une autre &amp;méthode</translation>
    </message>
    <message>
        <source>C&amp;hange email or phone</source>
        <translation>Changer d’e-mail ou de télép&amp;hone</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
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
    <name>Descope::AccountSettingsDialog</name>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
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
        <source>Nothing was changed: the change needs the code that confirms it&apos;s you.</source>
        <translation>Rien n’a été modifié : la modification nécessite le code qui confirme votre identité.</translation>
    </message>
    <message>
        <source>Changing your email address needs a recent sign-in.</source>
        <translation>La modification de votre adresse e-mail nécessite une connexion récente.</translation>
    </message>
    <message>
        <source>Changing your phone number needs a recent sign-in.</source>
        <translation>La modification de votre numéro de téléphone nécessite une connexion récente.</translation>
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
        <translation>Vous pourrez demander un nouveau code dans moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>You can ask for a new code now.</source>
        <translation>Vous pouvez maintenant demander un nouveau code.</translation>
    </message>
    <message>
        <source>Your session ended. Sign in again to continue.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer.</translation>
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
        <source>Go back without creating an account</source>
        <translation>Revenir sans créer de compte</translation>
    </message>
    <message>
        <source>Sign in only; never creates an account</source>
        <translation>Se connecter seulement ; ne crée jamais de compte</translation>
    </message>
    <message>
        <source>Enter your email address. We will send you a one-time code.</source>
        <translation>Saisissez votre adresse e-mail. Nous vous enverrons un code à usage unique.</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>The email address to send your one-time code to</source>
        <translation>L’adresse e-mail à laquelle envoyer votre code à usage unique</translation>
    </message>
    <message>
        <source>Enter your phone number. We will send you a one-time code.</source>
        <translation>Saisissez votre numéro de téléphone. Nous vous enverrons un code à usage unique.</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>N&amp;uméro de téléphone</translation>
    </message>
    <message>
        <source>+1 201 555 0123</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>The phone number to send your one-time code to</source>
        <translation>Le numéro de téléphone auquel envoyer votre code à usage unique</translation>
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
        <source>Your session ended. Sign in again to continue.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Sign in again to keep your session.</source>
        <translation>Reconnectez-vous pour conserver votre session.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
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
    <message>
        <source>Codes cannot be sent by email here. Enter your phone number.</source>
        <translation>Les codes ne peuvent pas être envoyés par e-mail ici. Saisissez votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>Codes cannot be sent to a phone number here. Enter your email address.</source>
        <translation>Les codes ne peuvent pas être envoyés à un numéro de téléphone ici. Saisissez votre adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>Descope::StepUpDialog</name>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave without the change (Escape)</source>
        <translation>Quitter sans effectuer la modification (Échap)</translation>
    </message>
    <message>
        <source>What you asked for needs a recent sign-in.</source>
        <translation>Cette action nécessite une connexion récente.</translation>
    </message>
    <message>
        <source>To confirm it&apos;s you, enter the code we send you.</source>
        <translation>Pour confirmer votre identité, saisissez le code que nous vous envoyons.</translation>
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
        <source>Copy &amp;details</source>
        <translation>Copier les &amp;détails</translation>
    </message>
    <message>
        <source>Copy the error code and trace id for support</source>
        <translation>Copier le code d’erreur et l’identifiant de trace pour le support</translation>
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
        <source>Sign in, or create an account if there is none yet</source>
        <translation>Se connecter, ou créer un compte s’il n’en existe pas encore</translation>
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
</TS>
