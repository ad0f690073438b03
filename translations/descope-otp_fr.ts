<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Descope::Cli::Runner</name>
    <message>
        <source>Sign in to a Descope project with one-time codes, from the command line.</source>
        <translation>Connexion à un projet Descope avec des codes à usage unique, en ligne de commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Send a code, read it from standard input and save the session. Signs
up or in unless --sign-up or --sign-in is given; --name needs --sign-up.</source>
        <translation>Envoie un code, le lit sur l’entrée standard et enregistre la session.
Crée le compte ou se connecte, sauf avec --sign-up ou --sign-in&#xa0;;
--name exige --sign-up.</translation>
    </message>
    <message>
        <source>Only send the code, for scripts; then verify.</source>
        <translation>Envoie seulement le code, pour les scripts&#xa0;; ensuite verify.</translation>
    </message>
    <message>
        <source>Sign in with the code, or confirm an update (then with the existing
login id and the new address&apos;s method).</source>
        <translation>Se connecte avec le code, ou confirme une modification (alors avec
l’identifiant de connexion actuel et la méthode de la nouvelle adresse).</translation>
    </message>
    <message>
        <source>Send a code to a new email address of the signed-in user; then verify.</source>
        <translation>Envoie un code à une nouvelle adresse e-mail de l’utilisateur connecté&#xa0;;
ensuite verify.</translation>
    </message>
    <message>
        <source>Send a code to a new phone number of the signed-in user; then verify.</source>
        <translation>Envoie un code à un nouveau numéro de téléphone de l’utilisateur
connecté&#xa0;; ensuite verify.</translation>
    </message>
    <message>
        <source>Who is signed in, from the stored session (no request).</source>
        <translation>Qui est connecté, d’après la session enregistrée (sans requête).</translation>
    </message>
    <message>
        <source>The signed-in user&apos;s record, from the server.</source>
        <translation>La fiche de l’utilisateur connecté, depuis le serveur.</translation>
    </message>
    <message>
        <source>Refresh the session now.</source>
        <translation>Renouvelle la session maintenant.</translation>
    </message>
    <message>
        <source>Check the session token locally against the project&apos;s keys.</source>
        <translation>Vérifie localement le jeton de session avec les clés du projet.</translation>
    </message>
    <message>
        <source>Sign out here.</source>
        <translation>Se déconnecte ici.</translation>
    </message>
    <message>
        <source>Sign out on every device.</source>
        <translation>Se déconnecte sur tous les appareils.</translation>
    </message>
    <message>
        <source>update-email, update-phone and logout-all need a recent sign-in: a code verified within
the step-up window (10 minutes; DESCOPE_STEPUP_WINDOW sets it in seconds, 0 always asks).
When the sign-in is older, --stepup first sends a code to the signed-in login id and reads
it from standard input; at a terminal, the command offers to; otherwise it refuses (exit 3).</source>
        <translation>update-email, update-phone et logout-all nécessitent une connexion récente&#xa0;: un code
vérifié dans le délai prévu (10 minutes&#xa0;; DESCOPE_STEPUP_WINDOW le fixe en secondes,
0 demande toujours). Si la connexion est plus ancienne, --stepup envoie d’abord un code
à l’identifiant de connexion en cours et le lit sur l’entrée standard&#xa0;; dans un terminal,
la commande le propose&#xa0;; sinon elle refuse (code de sortie 3).</translation>
    </message>
    <message>
        <source>Methods: email, sms, voice, whatsapp.</source>
        <translation>Méthodes&#xa0;: email, sms, voice, whatsapp.</translation>
    </message>
    <message>
        <source>Codes are six digits; spaces and dashes in them are ignored.</source>
        <translation>Les codes ont six chiffres&#xa0;; les espaces et les tirets y sont ignorés.</translation>
    </message>
    <message>
        <source>A command takes the options on its line above and the global ones (--project-id,
--base-url, --json, --ephemeral, --region); any other option is refused.</source>
        <translation>Une commande accepte les options de sa ligne ci-dessus et les options globales
(--project-id, --base-url, --json, --ephemeral, --region)&#xa0;; toute autre option est refusée.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Code de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Authentication, server or keychain error.</source>
        <translation>Erreur d’authentification, du serveur ou du trousseau.</translation>
    </message>
    <message>
        <source>Bad usage, input refused before any request, or no code entered at
the prompt (end of input).</source>
        <translation>Mauvaise utilisation, saisie refusée avant toute requête, ou aucun code
saisi à l’invite (fin de l’entrée).</translation>
    </message>
    <message>
        <source>The change needs a recent sign-in and none was confirmed (see
--stepup); nothing was sent.</source>
        <translation>La modification nécessite une connexion récente et aucune n’a été
confirmée (voir --stepup)&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>the keychain did not finish saving or removing the session in time; the stored session may be out of date</source>
        <translation>le trousseau n’a pas fini à temps d’enregistrer ou de supprimer la session&#xa0;; la session enregistrée n’est peut-être plus à jour</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;descope-otp --help&apos;.</source>
        <translation>Pour en savoir plus&#xa0;: «&#xa0;descope-otp --help&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 is required for %2</source>
        <translation>--%1 est obligatoire pour %2</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (email, sms, voice or whatsapp)</source>
        <translation>méthode inconnue «&#xa0;%1&#xa0;» (email, sms, voice ou whatsapp)</translation>
    </message>
    <message>
        <source>--name is empty</source>
        <translation>--name est vide</translation>
    </message>
    <message>
        <source>--name is longer than %1 characters</source>
        <translation>--name dépasse %1 caractères</translation>
    </message>
    <message>
        <source>--name contains control characters</source>
        <translation>--name contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Ce qu’il faut faire (voir Commandes).</translation>
    </message>
    <message>
        <source>Descope project id (default: $DESCOPE_PROJECT_ID).</source>
        <translation>Identifiant du projet Descope (par défaut&#xa0;: $DESCOPE_PROJECT_ID).</translation>
    </message>
    <message>
        <source>Descope API base URL (default: $DESCOPE_BASE_URL, else Descope&apos;s).</source>
        <translation>URL de base de l’API Descope (par défaut&#xa0;: $DESCOPE_BASE_URL, sinon celle de Descope).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Keep the session in memory only; nothing is saved.</source>
        <translation>Garder la session en mémoire seulement&#xa0;; rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Country for phone numbers without +code (default: from the locale).</source>
        <translation>Pays des numéros de téléphone sans +indicatif (par défaut&#xa0;: celui des paramètres régionaux).</translation>
    </message>
    <message>
        <source>email, sms, voice or whatsapp.</source>
        <translation>email, sms, voice ou whatsapp.</translation>
    </message>
    <message>
        <source>Email address or phone number.</source>
        <translation>Adresse e-mail ou numéro de téléphone.</translation>
    </message>
    <message>
        <source>login: create a new user.</source>
        <translation>login&#xa0;: créer un compte.</translation>
    </message>
    <message>
        <source>login: only an existing user.</source>
        <translation>login&#xa0;: seulement un compte existant.</translation>
    </message>
    <message>
        <source>Sign-up (login --sign-up, start sign-up): the person&apos;s name.</source>
        <translation>Inscription (login --sign-up, start sign-up)&#xa0;: le nom de la personne.</translation>
    </message>
    <message>
        <source>Sign-up: email; update-email: the new email.</source>
        <translation>Inscription&#xa0;: e-mail&#xa0;; update-email&#xa0;: la nouvelle adresse e-mail.</translation>
    </message>
    <message>
        <source>Sign-up: phone; update-phone: the new number.</source>
        <translation>Inscription&#xa0;: téléphone&#xa0;; update-phone&#xa0;: le nouveau numéro.</translation>
    </message>
    <message>
        <source>verify: the code received.</source>
        <translation>verify&#xa0;: le code reçu.</translation>
    </message>
    <message>
        <source>update: the new address also signs in.</source>
        <translation>Modification&#xa0;: la nouvelle adresse sert aussi à se connecter.</translation>
    </message>
    <message>
        <source>update: merge into a user who already has it.</source>
        <translation>Modification&#xa0;: fusionner avec le compte qui l’a déjà.</translation>
    </message>
    <message>
        <source>update-email, update-phone, logout-all: when the sign-in is not recent, confirm it first with a code sent to the signed-in login id.</source>
        <translation>update-email, update-phone, logout-all&#xa0;: si la connexion n’est pas récente, la confirmer d’abord avec un code envoyé à l’identifiant de connexion.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 does not take --%2 (it takes only the global options)</source>
        <translation>%1 n’accepte pas --%2 (seulement les options globales)</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 n’accepte pas --%2</translation>
    </message>
    <message>
        <source>no project id: use --project-id or DESCOPE_PROJECT_ID</source>
        <translation>aucun identifiant de projet&#xa0;: utilisez --project-id ou DESCOPE_PROJECT_ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Descope project id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de projet Descope</translation>
    </message>
    <message>
        <source>the base URL must use https (http only to localhost)</source>
        <translation>l’URL de base doit utiliser https (http seulement vers localhost)</translation>
    </message>
    <message>
        <source>A code was sent by sms to %1.</source>
        <translation>Un code a été envoyé par SMS à %1.</translation>
    </message>
    <message>
        <source>A code was sent by voice to %1.</source>
        <translation>Un code a été envoyé par appel vocal à %1.</translation>
    </message>
    <message>
        <source>A code was sent by whatsapp to %1.</source>
        <translation>Un code a été envoyé par WhatsApp à %1.</translation>
    </message>
    <message>
        <source>A code was sent by email to %1.</source>
        <translation>Un code a été envoyé par e-mail à %1.</translation>
    </message>
    <message>
        <source>Confirmed; going on with %1.</source>
        <translation>Confirmé&#xa0;; %1 se poursuit.</translation>
    </message>
    <message>
        <source>Enter the code:</source>
        <translation>Saisissez le code&#xa0;:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no code entered: end of input</source>
        <translation>aucun code saisi&#xa0;: fin de l’entrée</translation>
    </message>
    <message>
        <source>the code is six digits (spaces and dashes are ignored); enter it again:</source>
        <translation>le code a six chiffres (les espaces et les tirets sont ignorés)&#xa0;; saisissez-le à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>signed in as %1, but the session could not be saved, so the next command will not be signed in</source>
        <translation>connecté en tant que %1, mais la session n’a pas pu être enregistrée&#xa0;; la prochaine commande ne sera donc pas connectée</translation>
    </message>
    <message>
        <source>the login id could not be remembered for the next sign-in: %1</source>
        <translation>l’identifiant de connexion n’a pas pu être retenu pour la prochaine connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (user %2).</source>
        <translation>Connecté en tant que %1 (utilisateur %2).</translation>
    </message>
    <message>
        <source>--sign-up and --sign-in exclude each other</source>
        <translation>--sign-up et --sign-in s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--name goes with --sign-up</source>
        <translation>--name va avec --sign-up</translation>
    </message>
    <message>
        <source>start needs sign-up, sign-in or sign-up-or-in</source>
        <translation>start exige sign-up, sign-in ou sign-up-or-in</translation>
    </message>
    <message>
        <source>the code is six digits (spaces and dashes are ignored)</source>
        <translation>le code a six chiffres (les espaces et les tirets sont ignorés)</translation>
    </message>
    <message>
        <source>You were signed out in another program.</source>
        <translation>Vous avez été déconnecté dans un autre programme.</translation>
    </message>
    <message>
        <source>%1 needs a recent sign-in: first confirm it&apos;s you with a code.</source>
        <translation>%1 nécessite une connexion récente&#xa0;: confirmez d’abord que c’est bien vous avec un code.</translation>
    </message>
    <message>
        <source>%1 needs a recent sign-in. Send a code to %2 to confirm it&apos;s you? [y/N]</source>
        <translation>%1 nécessite une connexion récente. Envoyer un code à %2 pour confirmer que c’est bien vous&#xa0;? [o/N]</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 needs a recent sign-in.</source>
        <translation>Rien n’a été modifié&#xa0;: %1 nécessite une connexion récente.</translation>
    </message>
    <message>
        <source>%1 needs a recent sign-in, and yours is older. Run it again with --stepup to confirm it&apos;s you with a code sent to %2. Nothing was sent or changed.</source>
        <translation>%1 nécessite une connexion récente, et la vôtre est plus ancienne. Relancez la commande avec --stepup pour confirmer que c’est bien vous avec un code envoyé à %2. Rien n’a été envoyé ni modifié.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (vérifié)</translation>
    </message>
    <message>
        <source>renewed on the next request</source>
        <translation>renouvelée à la prochaine requête</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (update-email, update-phone and logout-all need --stepup)</source>
        <translation>%1 (update-email, update-phone et logout-all exigent --stepup)</translation>
    </message>
    <message>
        <source>Session refreshed; valid until %1.</source>
        <translation>Session renouvelée&#xa0;; valable jusqu’à %1.</translation>
    </message>
    <message>
        <source>the service&apos;s answer could not be verified</source>
        <translation>la réponse du service n’a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>the service answered with HTTP %1</source>
        <translation>le service a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the session could not be refreshed now and is kept (%1); try again later.</source>
        <translation>la session n’a pas pu être renouvelée pour l’instant et est conservée (%1)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Session token is valid: user %1, until %2, by %3.</source>
        <translation>Le jeton de session est valide&#xa0;: utilisateur %1, jusqu’à %2, par %3.</translation>
    </message>
    <message>
        <source>signed out here; the server could not be told: %1</source>
        <translation>déconnecté ici&#xa0;; le serveur n’a pas pu être prévenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed out on every device.</source>
        <translation>Déconnecté sur tous les appareils.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>login id:</source>
        <translation>identifiant de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>user id:</source>
        <translation>ID utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>email:</source>
        <translation>e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>phone:</source>
        <translation>téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>session until:</source>
        <translation>session jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>refresh until:</source>
        <translation>renouvelable jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>code verified:</source>
        <translation>code vérifié&#xa0;:</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>nom&#xa0;:</translation>
    </message>
    <message>
        <source>login ids:</source>
        <translation>identifiants de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again with descope-otp login.</source>
        <translation>Votre session a pris fin. Reconnectez-vous avec descope-otp login.</translation>
    </message>
    <message>
        <source>%1 by text message</source>
        <translation>%1 par SMS</translation>
    </message>
    <message>
        <source>%1 by voice call</source>
        <translation>%1 par appel vocal</translation>
    </message>
    <message>
        <source>%1 by WhatsApp</source>
        <translation>%1 par WhatsApp</translation>
    </message>
    <message>
        <source>%1 by email</source>
        <translation>%1 par e-mail</translation>
    </message>
    <message>
        <source>Another person signed in meanwhile (in another program). Nothing was changed.</source>
        <translation>Une autre personne s&apos;est connectée entre-temps (dans un autre programme). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l’aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l’aide, y compris les options propres à Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
</TS>
