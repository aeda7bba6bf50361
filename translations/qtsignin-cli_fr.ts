<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+67"/>
        <source>%1 (see qtsignin --help)</source>
        <extracomment>%1 what is wrong with the command line.</extracomment>
        <translation>%1 (voir qtsignin --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="+163"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a JSON object</source>
        <translation>%1&#xa0;: ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: agent must be browser, device or embedded</source>
        <translation>%1&#xa0;: agent doit valoir browser, device ou embedded</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>option --%1 needs a value</source>
        <translation>l’option --%1 demande une valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option --%1 takes no value</source>
        <translation>l’option --%1 n’accepte pas de valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (login, token, whoami, accounts or logout)</source>
        <translation>aucune commande indiquée (login, token, whoami, accounts ou logout)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command %1</source>
        <translation>commande inconnue %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 does not take --%2</source>
        <translation>%1 n’accepte pas --%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout takes --account or --all, not both</source>
        <translation>logout accepte --account ou --all, pas les deux</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QTSIGNIN_AGENT must be browser, device or embedded</source>
        <translation>QTSIGNIN_AGENT doit valoir browser, device ou embedded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QTSIGNIN_JSON must be 1 or 0</source>
        <translation>QTSIGNIN_JSON doit valoir 1 ou 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QTSIGNIN_ALLOW_INSECURE_HTTP must be 1 or 0</source>
        <translation>QTSIGNIN_ALLOW_INSECURE_HTTP doit valoir 1 ou 0</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--agent must be browser, device or embedded</source>
        <translation>--agent doit valoir browser, device ou embedded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account name must not be empty</source>
        <translation>le nom du compte ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: qtsignin &lt;command&gt; [options]

Sign in with OAuth 2.0 / OpenID Connect from a terminal, print access tokens, sign out.

Commands:
  login     sign in and keep the account in the system keychain
  token     print a valid access token (refreshed when due), alone on stdout
  whoami    show the signed-in user
  accounts  list the accounts signed in with this tool
  logout    revoke the account&apos;s tokens and delete them

login options:
  --config FILE          settings file (JSON; keys as in QtSignIn::ProviderSettings,
                         plus &quot;agent&quot; and &quot;account&quot;)
  --provider NAME        google, github, microsoft, oidc or custom
  --issuer URL           the OpenID Provider (oidc)
  --client-id ID         the client registered with the provider
  --client-secret S      its secret, if it has one (prefer QTSIGNIN_CLIENT_SECRET or
                         the settings file: the command line is visible to others)
  --scope &quot;A B&quot;          scopes to request
  --tenant T             Microsoft tenant
  --authorize-url URL, --token-url URL, --userinfo-url URL   endpoints (custom)
  --agent AGENT          browser (default where allowed), device or embedded
  --store STORE          keychain (default) or memory (nothing is kept)
  --account NAME         the name to keep the account under (default: default)
  --timeout SECONDS      how long to wait for the sign-in (default: 120)
  --allow-insecure-http  allow plain http to a loopback IdP (development)
  --json                 print the account as JSON
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

Every option can also be set with a QTSIGNIN_* variable (QTSIGNIN_CLIENT_ID,
QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) or in
the settings file (default: ~/.config/qtsignin/qtsignin.json). The command line wins
over the environment, which wins over the file.

Exit status: 0 success, 2 usage or settings, 3 cancelled or timed out, 4 refused by the
provider or by validation (or not signed in), 5 network or TLS, 6 keychain or files.
Errors are one line on stderr: qtsignin: &lt;ErrorCode&gt;: &lt;message&gt;
</source>
        <translation>Utilisation&#xa0;: qtsignin &lt;commande&gt; [options]

Se connecter avec OAuth 2.0 / OpenID Connect depuis un terminal, afficher des jetons
d’accès, se déconnecter.

Commandes&#xa0;:
  login     se connecter et garder le compte dans le trousseau du système
  token     afficher un jeton d’accès valide (actualisé si besoin), seul sur stdout
  whoami    afficher l’utilisateur connecté
  accounts  lister les comptes connectés avec cet outil
  logout    révoquer les jetons du compte et les supprimer

Options de login&#xa0;:
  --config FILE          fichier de paramètres (JSON&#xa0;; clés comme dans
                         QtSignIn::ProviderSettings, plus &quot;agent&quot; et &quot;account&quot;)
  --provider NAME        google, github, microsoft, oidc ou custom
  --issuer URL           le fournisseur OpenID (oidc)
  --client-id ID         le client enregistré auprès du fournisseur
  --client-secret S      son secret, s’il en a un (préférez QTSIGNIN_CLIENT_SECRET ou le
                         fichier de paramètres&#xa0;: la ligne de commande est visible par
                         les autres)
  --scope &quot;A B&quot;          scopes à demander
  --tenant T             locataire Microsoft
  --authorize-url URL, --token-url URL, --userinfo-url URL
                         points de terminaison (custom)
  --agent AGENT          browser (par défaut là où c’est autorisé), device ou embedded
  --store STORE          keychain (par défaut) ou memory (rien n’est conservé)
  --account NAME         le nom sous lequel garder le compte (par défaut&#xa0;: default)
  --timeout SECONDS      combien de temps attendre la connexion (par défaut&#xa0;: 120)
  --allow-insecure-http  autoriser le http non chiffré vers un IdP en boucle locale
                         (développement)
  --json                 afficher le compte en JSON
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

Chaque option peut aussi être définie par une variable QTSIGNIN_* (QTSIGNIN_CLIENT_ID,
QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) ou
dans le fichier de paramètres (par défaut&#xa0;: ~/.config/qtsignin/qtsignin.json). La ligne
de commande l’emporte sur l’environnement, qui l’emporte sur le fichier.

Code de sortie&#xa0;: 0 succès, 2 utilisation ou paramètres, 3 annulé ou délai dépassé,
4 refusé par le fournisseur ou par la validation (ou non connecté), 5 réseau ou TLS,
6 trousseau ou fichiers.
Les erreurs tiennent sur une ligne de stderr&#xa0;: qtsignin: &lt;ErrorCode&gt;: &lt;message&gt;
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>  --ca-file PATH         extra trusted CA certificates (PEM file or folder),
                         on top of the system&apos;s
  --proxy URL            http://host:port, socks5://host:port, none or system
                         (default: https_proxy / no_proxy, else the system&apos;s)
  --client-certificate FILE, --client-key FILE   mutual TLS (PEM)
</source>
        <translation>  --ca-file PATH         certificats d’AC de confiance supplémentaires (fichier PEM ou
                         dossier), en plus de ceux du système
  --proxy URL            http://host:port, socks5://host:port, none ou system
                         (par défaut&#xa0;: https_proxy / no_proxy, sinon celui du système)
  --client-certificate FILE, --client-key FILE   TLS mutuel (PEM)
</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="+92"/>
        <source>%1:%2 left</source>
        <extracomment>Time left to finish signing in, e.g. &quot;1:45 left&quot;.</extracomment>
        <translation>encore %1:%2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+50"/>
        <source>no account named &quot;%1&quot;: sign in with qtsignin login --account %1</source>
        <translation>aucun compte nommé «&#xa0;%1&#xa0;»&#xa0;: connectez-vous avec qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the provider no longer accepts this sign-in: sign in again with qtsignin login --account %1</source>
        <translation>le fournisseur n’accepte plus cette connexion&#xa0;: reconnectez-vous avec qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain holds no sign-in for account &quot;%1&quot; any more: sign in with qtsignin login --account %1</source>
        <translation>le trousseau ne contient plus de connexion pour le compte «&#xa0;%1&#xa0;»&#xa0;: connectez-vous avec qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 at %2 (account &quot;%3&quot;)</source>
        <extracomment>%1 user (name &lt;e-mail&gt;), %2 the identity provider, %3 the account name.</extracomment>
        <translation>%1 chez %2 (compte «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../src/cli/logincommand.cpp" line="+114"/>
        <source>%1 does not allow --agent %2</source>
        <translation>%1 n’autorise pas --agent %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allows no sign-in from here</source>
        <translation>%1 n’autorise aucun moyen de connexion disponible ici</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--agent embedded needs a display and QtSignIn&apos;s Widgets library</source>
        <translation>--agent embedded nécessite un affichage graphique et la bibliothèque Widgets de QtSignIn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this page to sign in:</source>
        <translation>Ouvrez cette page pour vous connecter&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <extracomment>%1 a web address, %2 a code like WDJB-MJHT.</extracomment>
        <translation>Pour vous connecter, ouvrez %1 et saisissez le code %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or open %1</source>
        <translation>ou ouvrez %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other device</source>
        <translation>En attente de l’autre appareil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the sign-in window</source>
        <translation>En attente de la fenêtre de connexion</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the sign-in was not finished within %n second(s)</source>
        <translation>
            <numerusform>la connexion n’a pas été terminée en %n seconde</numerusform>
            <numerusform>la connexion n’a pas été terminée en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="+33"/>
        <source>Sign in again with: qtsignin login --account %1</source>
        <translation>Reconnectez-vous avec&#xa0;: qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no longer in the keychain)</source>
        <translation>(n’est plus dans le trousseau)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. Sign in with: qtsignin login</source>
        <translation>Aucun compte. Connectez-vous avec&#xa0;: qtsignin login</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed out of &quot;%1&quot; on this computer, but the provider did not confirm the revocation.</source>
        <translation>Déconnecté de «&#xa0;%1&#xa0;» sur cet ordinateur, mais le fournisseur n’a pas confirmé la révocation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out of &quot;%1&quot;. %2 cannot revoke tokens: they stay valid until they expire.</source>
        <translation>Déconnecté de «&#xa0;%1&#xa0;». %2 ne peut pas révoquer les jetons&#xa0;: ils restent valides jusqu’à leur expiration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Déconnecté de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No accounts to sign out of.</source>
        <translation>Aucun compte à déconnecter.</translation>
    </message>
</context>
</TS>
