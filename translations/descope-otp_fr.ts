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
            <translation>Commandes :</translation>
        </message>
        <message>
            <source>Send a code, read it from standard input and save the session. Signs
up or in unless --sign-up or --sign-in is given; --name needs --sign-up.</source>
            <translation>Envoie un code, le lit sur l’entrée standard et enregistre la session.
Crée le compte ou se connecte, sauf avec --sign-up ou --sign-in ;
--name exige --sign-up.</translation>
        </message>
        <message>
            <source>Only send the code, for scripts; then verify.</source>
            <translation>Envoie seulement le code, pour les scripts ; ensuite verify.</translation>
        </message>
        <message>
            <source>Sign in with the code, or confirm an update (then with the existing
login id and the new address's method).</source>
            <translation>Se connecte avec le code, ou confirme une modification (alors avec
l’identifiant de connexion actuel et la méthode de la nouvelle adresse).</translation>
        </message>
        <message>
            <source>Send a code to a new email address of the signed-in user; then verify.</source>
            <translation>Envoie un code à une nouvelle adresse e-mail de l’utilisateur connecté ;
ensuite verify.</translation>
        </message>
        <message>
            <source>Send a code to a new phone number of the signed-in user; then verify.</source>
            <translation>Envoie un code à un nouveau numéro de téléphone de l’utilisateur
connecté ; ensuite verify.</translation>
        </message>
        <message>
            <source>Who is signed in, from the stored session (no request).</source>
            <translation>Qui est connecté, d’après la session enregistrée (sans requête).</translation>
        </message>
        <message>
            <source>The signed-in user's record, from the server.</source>
            <translation>La fiche de l’utilisateur connecté, depuis le serveur.</translation>
        </message>
        <message>
            <source>Refresh the session now.</source>
            <translation>Renouvelle la session maintenant.</translation>
        </message>
        <message>
            <source>Check the session token locally against the project's keys.</source>
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
            <translation>update-email, update-phone et logout-all nécessitent une connexion récente : un code
vérifié dans le délai prévu (10 minutes ; DESCOPE_STEPUP_WINDOW le fixe en secondes,
0 demande toujours). Si la connexion est plus ancienne, --stepup envoie d’abord un code
à l’identifiant de connexion en cours et le lit sur l’entrée standard ; dans un terminal,
la commande le propose ; sinon elle refuse (code de sortie 3).</translation>
        </message>
        <message>
            <source>Methods: email, sms, voice, whatsapp.</source>
            <translation>Méthodes : email, sms, voice, whatsapp.</translation>
        </message>
        <message>
            <source>Codes are six digits; spaces and dashes in them are ignored.</source>
            <translation>Les codes ont six chiffres ; les espaces et les tirets y sont ignorés.</translation>
        </message>
        <message>
            <source>A command takes the options on its line above and the global ones (--project-id,
--base-url, --json, --ephemeral, --region); any other option is refused.</source>
            <translation>Une commande accepte les options de sa ligne ci-dessus et les options globales
(--project-id, --base-url, --json, --ephemeral, --region) ; toute autre option est refusée.</translation>
        </message>
        <message>
            <source>Exit status:</source>
            <translation>Code de sortie :</translation>
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
confirmée (voir --stepup) ; rien n’a été envoyé.</translation>
        </message>
        <message>
            <source>the keychain did not finish saving or removing the session in time; the stored session may be out of date</source>
            <translation>le trousseau n’a pas fini à temps d’enregistrer ou de supprimer la session ; la session enregistrée n’est peut-être plus à jour</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>avertissement : %1</translation>
        </message>
        <message>
            <source>Try 'descope-otp --help'.</source>
            <translation>Pour en savoir plus : « descope-otp --help ».</translation>
        </message>
        <message>
            <source>--%1 is required for %2</source>
            <translation>--%1 est obligatoire pour %2</translation>
        </message>
        <message>
            <source>unknown method '%1' (email, sms, voice or whatsapp)</source>
            <translation>méthode inconnue « %1 » (email, sms, voice ou whatsapp)</translation>
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
            <translation>Identifiant du projet Descope (par défaut : $DESCOPE_PROJECT_ID).</translation>
        </message>
        <message>
            <source>Descope API base URL (default: $DESCOPE_BASE_URL, else Descope's).</source>
            <translation>URL de base de l’API Descope (par défaut : $DESCOPE_BASE_URL, sinon celle de Descope).</translation>
        </message>
        <message>
            <source>Print machine-readable JSON.</source>
            <translation>Afficher du JSON lisible par une machine.</translation>
        </message>
        <message>
            <source>Keep the session in memory only; nothing is saved.</source>
            <translation>Garder la session en mémoire seulement ; rien n’est enregistré.</translation>
        </message>
        <message>
            <source>Country for phone numbers without +code (default: from the locale).</source>
            <translation>Pays des numéros de téléphone sans +indicatif (par défaut : celui des paramètres régionaux).</translation>
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
            <translation>login : créer un compte.</translation>
        </message>
        <message>
            <source>login: only an existing user.</source>
            <translation>login : seulement un compte existant.</translation>
        </message>
        <message>
            <source>Sign-up (login --sign-up, start sign-up): the person's name.</source>
            <translation>Inscription (login --sign-up, start sign-up) : le nom de la personne.</translation>
        </message>
        <message>
            <source>Sign-up: email; update-email: the new email.</source>
            <translation>Inscription : e-mail ; update-email : la nouvelle adresse e-mail.</translation>
        </message>
        <message>
            <source>Sign-up: phone; update-phone: the new number.</source>
            <translation>Inscription : téléphone ; update-phone : le nouveau numéro.</translation>
        </message>
        <message>
            <source>verify: the code received.</source>
            <translation>verify : le code reçu.</translation>
        </message>
        <message>
            <source>update: the new address also signs in.</source>
            <translation>Modification : la nouvelle adresse sert aussi à se connecter.</translation>
        </message>
        <message>
            <source>update: merge into a user who already has it.</source>
            <translation>Modification : fusionner avec le compte qui l’a déjà.</translation>
        </message>
        <message>
            <source>update-email, update-phone, logout-all: when the sign-in is not recent, confirm it first with a code sent to the signed-in login id.</source>
            <translation>update-email, update-phone, logout-all : si la connexion n’est pas récente, la confirmer d’abord avec un code envoyé à l’identifiant de connexion.</translation>
        </message>
        <message>
            <source>no command given</source>
            <translation>aucune commande indiquée</translation>
        </message>
        <message>
            <source>unknown command '%1'</source>
            <translation>commande inconnue « %1 »</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>argument inattendu « %1 »</translation>
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
            <translation>aucun identifiant de projet : utilisez --project-id ou DESCOPE_PROJECT_ID</translation>
        </message>
        <message>
            <source>'%1' is not a Descope project id</source>
            <translation>« %1 » n’est pas un identifiant de projet Descope</translation>
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
            <translation>Confirmé ; %1 se poursuit.</translation>
        </message>
        <message>
            <source>Enter the code:</source>
            <translation>Saisissez le code :</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no code entered: end of input</source>
            <translation>aucun code saisi : fin de l’entrée</translation>
        </message>
        <message>
            <source>the code is six digits (spaces and dashes are ignored); enter it again:</source>
            <translation>le code a six chiffres (les espaces et les tirets sont ignorés) ; saisissez-le à nouveau :</translation>
        </message>
        <message>
            <source>signed in as %1, but the session could not be saved, so the next command will not be signed in</source>
            <translation>connecté en tant que %1, mais la session n’a pas pu être enregistrée ; la prochaine commande ne sera donc pas connectée</translation>
        </message>
        <message>
            <source>the login id could not be remembered for the next sign-in: %1</source>
            <translation>l’identifiant de connexion n’a pas pu être retenu pour la prochaine connexion : %1</translation>
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
            <source>%1 needs a recent sign-in: first confirm it's you with a code.</source>
            <translation>%1 nécessite une connexion récente : confirmez d’abord que c’est bien vous avec un code.</translation>
        </message>
        <message>
            <source>%1 needs a recent sign-in. Send a code to %2 to confirm it's you? [y/N]</source>
            <translation>%1 nécessite une connexion récente. Envoyer un code à %2 pour confirmer que c’est bien vous ? [o/N]</translation>
        </message>
        <message>
            <source>Nothing was changed: %1 needs a recent sign-in.</source>
            <translation>Rien n’a été modifié : %1 nécessite une connexion récente.</translation>
        </message>
        <message>
            <source>%1 needs a recent sign-in, and yours is older. Run it again with --stepup to confirm it's you with a code sent to %2. Nothing was sent or changed.</source>
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
            <translation>Session renouvelée ; valable jusqu’à %1.</translation>
        </message>
        <message>
            <source>the service's answer could not be verified</source>
            <translation>la réponse du service n’a pas pu être vérifiée</translation>
        </message>
        <message>
            <source>the service answered with HTTP %1</source>
            <translation>le service a répondu HTTP %1</translation>
        </message>
        <message>
            <source>the session could not be refreshed now and is kept (%1); try again later.</source>
            <translation>la session n’a pas pu être renouvelée pour l’instant et est conservée (%1) ; réessayez plus tard.</translation>
        </message>
        <message>
            <source>Session token is valid: user %1, until %2, by %3.</source>
            <translation>Le jeton de session est valide : utilisateur %1, jusqu’à %2, par %3.</translation>
        </message>
        <message>
            <source>signed out here; the server could not be told: %1</source>
            <translation>déconnecté ici ; le serveur n’a pas pu être prévenu : %1</translation>
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
            <translation>identifiant de connexion :</translation>
        </message>
        <message>
            <source>user id:</source>
            <translation>ID utilisateur :</translation>
        </message>
        <message>
            <source>email:</source>
            <translation>e-mail :</translation>
        </message>
        <message>
            <source>phone:</source>
            <translation>téléphone :</translation>
        </message>
        <message>
            <source>session until:</source>
            <translation>session jusqu’à :</translation>
        </message>
        <message>
            <source>refresh until:</source>
            <translation>renouvelable jusqu’à :</translation>
        </message>
        <message>
            <source>code verified:</source>
            <translation>code vérifié :</translation>
        </message>
        <message>
            <source>name:</source>
            <translation>nom :</translation>
        </message>
        <message>
            <source>login ids:</source>
            <translation>identifiants de connexion :</translation>
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
            <translation>Utilisation : %1</translation>
        </message>
        <message>
            <source>[options]</source>
            <translation>[options]</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Options :</translation>
        </message>
        <message>
            <source>Arguments:</source>
            <translation>Arguments :</translation>
        </message>
        <message>
            <source>Unknown option '%1'.</source>
            <translation>Option inconnue « %1 ».</translation>
        </message>
        <message>
            <source>Unknown options: %1.</source>
            <translation>Options inconnues : %1.</translation>
        </message>
        <message>
            <source>Missing value after '%1'.</source>
            <translation>Valeur manquante après « %1 ».</translation>
        </message>
        <message>
            <source>Unexpected value after '%1'.</source>
            <translation>Valeur inattendue après « %1 ».</translation>
        </message>
    </context>
</TS>
