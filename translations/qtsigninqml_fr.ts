<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../qml/AccountSwitcher.qml" line="+50"/>
        <source>%1 (%2)</source>
        <extracomment>An account in the list: %1 the user&apos;s name, %2 their e-mail address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No saved accounts</source>
        <translation>Aucun compte enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <extracomment>Read by screen readers: the list of remembered accounts to switch between.</extracomment>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove</source>
        <extracomment>Button: signs the shown account out and forgets it.</extracomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs this account out and forgets it on this computer</source>
        <translation>Déconnecte ce compte et l’oublie sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../qml/LoginView.qml" line="+41"/>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure (local development)</source>
        <translation>Non sécurisée (développement local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure</source>
        <translation>Non sécurisée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in – %1</source>
        <translation>Connexion – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sign-in timed out</source>
        <translation>Délai de connexion dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page address</source>
        <translation>Adresse de la page</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Page loading progress</source>
        <translation>Progression du chargement de la page</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in page of %1</source>
        <translation>La page de connexion de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page of the provider</source>
        <translation>La page de connexion du fournisseur</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <translation>La connexion à %1 n’est pas sécurisée&#xa0;: la page n’utilise pas HTTPS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Can&apos;t connect securely</source>
        <translation>Connexion sécurisée impossible</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The connection to %1 is not secure: %2</source>
        <translation>La connexion à %1 n’est pas sécurisée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sign-in page stopped working.</source>
        <translation>La page de connexion a cessé de fonctionner.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Completing sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the sign-in view</source>
        <translation>Ferme la vue de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>Annule la connexion</translation>
    </message>
</context>
<context>
    <name>SignInButton</name>
    <message>
        <location filename="../qml/SignInButton.qml" line="+44"/>
        <source>Restoring your session…</source>
        <translation>Restauration de votre session…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refreshing…</source>
        <extracomment>The session is renewing its access token in the background.</extracomment>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again with %1</source>
        <translation>Se reconnecter avec %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Busy, please wait</source>
        <translation>Occupé, veuillez patienter</translation>
    </message>
</context>
</TS>
