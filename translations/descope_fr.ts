<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <message>
        <source>Nothing was changed: you are still signed in on your other devices.</source>
        <translation>Rien n’a été modifié : vous êtes toujours connecté sur vos autres appareils.</translation>
    </message>
    <message>
        <source>Signing out on every device needs a recent sign-in.</source>
        <translation>La déconnexion de tous les appareils nécessite une connexion récente.</translation>
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
        <source>Descope Desktop is already running but does not respond.</source>
        <translation>Descope Desktop est déjà lancé mais ne répond pas.</translation>
    </message>
</context>
</TS>
