<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../demo/widgets/main.cpp" line="+24"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::AccountList</name>
    <message>
        <location filename="../demo/widgets/accountlist.cpp" line="+23"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch</source>
        <extracomment>Button: makes the selected remembered account the signed-in one.</extracomment>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <extracomment>Button: signs the selected account out and forgets it.</extracomment>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remembered accounts</source>
        <translation>Comptes mémorisés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the selected account the current one</source>
        <translation>Faire du compte sélectionné le compte actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the selected account out and forget it</source>
        <translation>Déconnecter le compte sélectionné et l’oublier</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Current account</source>
        <extracomment>Accessible text of the account that is signed in now.</extracomment>
        <translation>Compte actuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No account remembered yet</source>
        <translation>Aucun compte mémorisé pour l’instant</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Avatar</name>
    <message>
        <location filename="../demo/widgets/avatar.cpp" line="+22"/>
        <source>Profile picture</source>
        <translation>Photo de profil</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Banner</name>
    <message>
        <location filename="../demo/widgets/banner.cpp" line="+40"/>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show error details</source>
        <translation>Afficher les détails de l’erreur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Error code: %1</source>
        <extracomment>%1: the name of the error code (e.g. NetworkError), left in English to search for.</extracomment>
        <translation>Code d’erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server error: %1</source>
        <extracomment>%1: the OAuth &quot;error&quot; value the server sent (e.g. invalid_grant), as sent.</extracomment>
        <translation>Erreur du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server description: %1</source>
        <translation>Description du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More information: %1</source>
        <translation>Plus d’informations&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error: %1</source>
        <extracomment>%1: the name of the network error (e.g. ConnectionRefusedError), in English.</extracomment>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::BrowserWaitView</name>
    <message>
        <location filename="../demo/widgets/browserwaitview.cpp" line="+21"/>
        <source>&amp;Open the page again</source>
        <translation>&amp;Rouvrir la page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your browser</source>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page opened in your web browser. Sign in there: this window continues by itself when you are done.</source>
        <translation>La page de connexion s’est ouverte dans votre navigateur web. Connectez-vous-y&#xa0;: cette fenêtre continuera d’elle-même une fois que vous aurez terminé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Waiting for the browser: %1 left</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>En attente du navigateur&#xa0;: encore %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Countdown</name>
    <message>
        <location filename="../demo/widgets/countdown.cpp" line="+16"/>
        <source>%1:%2</source>
        <extracomment>A countdown: minutes and seconds, e.g. 4:05.</extracomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <extracomment>A countdown of an hour or more: hours and minutes, e.g. 1 h 05 min.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::DemoOptions</name>
    <message>
        <location filename="../demo/widgets/demooptions.cpp" line="+19"/>
        <source>Try QtSignIn&apos;s sign-in with a local development IdP, Google, GitHub, Microsoft or any OpenID Connect provider. Settings also come from QTSIGNIN_* environment variables (QTSIGNIN_PROVIDER, QTSIGNIN_ISSUER, QTSIGNIN_CLIENT_ID, QTSIGNIN_CLIENT_SECRET, QTSIGNIN_SCOPES, QTSIGNIN_TENANT, QTSIGNIN_ALLOW_INSECURE_LOOPBACK…).</source>
        <translation>Essayez la connexion de QtSignIn avec un IdP de développement local, Google, GitHub, Microsoft ou tout fournisseur OpenID Connect. Les paramètres peuvent aussi venir des variables d’environnement QTSIGNIN_* (QTSIGNIN_PROVIDER, QTSIGNIN_ISSUER, QTSIGNIN_CLIENT_ID, QTSIGNIN_CLIENT_SECRET, QTSIGNIN_SCOPES, QTSIGNIN_TENANT, QTSIGNIN_ALLOW_INSECURE_LOOPBACK…).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider settings from a JSON file (same keys as the QTSIGNIN_* variables, in lower case).</source>
        <translation>Paramètres du fournisseur lus dans un fichier JSON (mêmes clés que les variables QTSIGNIN_*, en minuscules).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider to show first: dev, google, github, microsoft or oidc.</source>
        <translation>Le fournisseur à afficher en premier&#xa0;: dev, google, github, microsoft ou oidc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start signed out instead of restoring the last session.</source>
        <translation>Démarrer déconnecté au lieu de restaurer la dernière session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window to this PNG file once it has started, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans ce fichier PNG une fois l’application démarrée, puis quitter.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown provider “%1”.</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::DeviceCodeView</name>
    <message>
        <location filename="../demo/widgets/devicecodeview.cpp" line="+26"/>
        <source>C&amp;opy code</source>
        <translation>C&amp;opier le code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in on another device</source>
        <translation>Se connecter sur un autre appareil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User code</source>
        <extracomment>Read by screen readers: the code the user types on the other device.</extracomment>
        <translation>Code utilisateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the verification page in this computer&apos;s browser</source>
        <translation>Ouvrir la page de vérification dans le navigateur de cet ordinateur</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Code copied to the clipboard</source>
        <translation>Code copié dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Asking the provider for a code…</source>
        <translation>Demande d’un code au fournisseur…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your phone or another computer, open %1 and enter this code:</source>
        <extracomment>%1: the verification page as a link. The user opens it on a phone or another computer.</extracomment>
        <translation>Sur votre téléphone ou un autre ordinateur, ouvrez %1 et saisissez ce code&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code expires in %1</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>Le code expire dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code has expired</source>
        <translation>Le code a expiré</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::MainWindow</name>
    <message>
        <location filename="../demo/widgets/mainwindow.cpp" line="+56"/>
        <source>QtSignIn Demo</source>
        <translation>Démo QtSignIn</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider &amp;settings…</source>
        <translation>&amp;Paramètres du fournisseur…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About QtSignIn Demo</source>
        <translation>À &amp;propos de la démo QtSignIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About QtSignIn Demo</source>
        <translation>À propos de la démo QtSignIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;QtSignIn Demo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sign-in with OAuth 2.0 and OpenID Connect for Qt applications: the embedded LoginDialog, the system browser (RFC 8252) and the device flow (RFC 8628), with sessions kept in the OS keychain.&lt;/p&gt;</source>
        <extracomment>Keep the HTML tags and the names (LoginDialog, RFC numbers).</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Démo QtSignIn&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Connexion avec OAuth 2.0 et OpenID Connect pour les applications Qt&#xa0;: le LoginDialog intégré, le navigateur du système (RFC 8252) et le flux d’appareil (RFC 8628), avec des sessions conservées dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the tokens and forget this account</source>
        <translation>Révoquer les jetons et oublier ce compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add another account…</source>
        <translation>&amp;Ajouter un autre compte…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The client secret could not be read from the keychain (%1).</source>
        <translation>Le secret client n’a pas pu être lu dans le trousseau (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client ID: %1</source>
        <translation>ID client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To sign in with %1, register an application (see the help on the left) and enter its client ID in &lt;a href=&quot;settings:&quot;&gt;Settings&lt;/a&gt;.</source>
        <extracomment>%1: the provider&apos;s name. Keep the link: it opens the provider&apos;s settings (File &gt; Provider settings…).</extracomment>
        <translation>Pour vous connecter avec %1, enregistrez une application (voir l’aide à gauche) et saisissez son ID client dans les &lt;a href=&quot;settings:&quot;&gt;paramètres&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The session has ended: sign in again</source>
        <translation>La session a pris fin&#xa0;: reconnectez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out; the provider revoked the tokens</source>
        <translation>Déconnecté&#xa0;; le fournisseur a révoqué les jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The client secret could not be saved in the keychain (%1). It is kept until you quit the demo.</source>
        <translation>Le secret client n’a pas pu être enregistré dans le trousseau (%1). Il est conservé jusqu’à ce que vous quittiez la démo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring your session…</source>
        <translation>Restauration de votre session…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in in the sign-in window…</source>
        <translation>Connexion en cours dans la fenêtre de connexion…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not remembered: no keychain available (session only)</source>
        <extracomment>Shown when the OS keychain (Secret Service) cannot be used: the sign-in is kept in memory and forgotten when the demo quits.</extracomment>
        <translation>Non mémorisé&#xa0;: aucun trousseau disponible (session uniquement)</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderCatalog</name>
    <message>
        <location filename="../demo/widgets/providercatalog.cpp" line="+50"/>
        <source>Local development IdP</source>
        <extracomment>The OpenID provider that comes with QtSignIn for trying it out on this computer.</extracomment>
        <translation>IdP de développement local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom OpenID Connect provider</source>
        <extracomment>Any OpenID Connect provider, found through its issuer URL.</extracomment>
        <translation>Fournisseur OpenID Connect personnalisé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The OpenID provider of QtSignIn&apos;s test bed, on this computer. Nothing to register: the client &lt;code&gt;%1&lt;/code&gt; exists with the redirect URI %2. Start it with &lt;code&gt;bash tools/setup.sh demo&lt;/code&gt;, then sign in with any login and password, e.g. &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;.</source>
        <extracomment>%1: the client ID, %2: the redirect URI. Keep the HTML tags, the command, and alice / alice (a login of the test provider).</extracomment>
        <translation>Le fournisseur OpenID du banc d’essai de QtSignIn, sur cet ordinateur. Rien à enregistrer&#xa0;: le client &lt;code&gt;%1&lt;/code&gt; existe avec l’URI de redirection %2. Démarrez-le avec &lt;code&gt;bash tools/setup.sh demo&lt;/code&gt;, puis connectez-vous avec n’importe quel identifiant et mot de passe, par exemple &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create an OAuth client ID of type &lt;i&gt;Desktop app&lt;/i&gt; in the Google Cloud console (&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;). Desktop clients accept the loopback redirect %1 on any port without registering it. Enter the client ID and the client secret in Settings (Google requires both). Google does not allow sign-in inside an application window: use the browser or a code.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags (and the entity &amp;amp;). The menu path and &quot;Desktop app&quot; stay as the console shows them in English.</extracomment>
        <translation>Créez un ID client OAuth de type &lt;i&gt;Desktop app&lt;/i&gt; dans la console Google Cloud (&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;). Les clients de bureau acceptent la redirection de bouclage %1 sur n’importe quel port sans l’enregistrer. Saisissez l’ID client et le secret client dans les paramètres (Google exige les deux). Google n’autorise pas la connexion dans une fenêtre d’application&#xa0;: utilisez le navigateur ou un code.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register an OAuth app at &lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; with the callback URL %1 (GitHub accepts any port on a loopback address). To sign in with a code, tick &lt;i&gt;Enable Device Flow&lt;/i&gt;. Enter the client ID and the client secret in Settings.</source>
        <extracomment>%1: the callback URL. Keep the HTML tags; the menu names are as GitHub shows them in English.</extracomment>
        <translation>Enregistrez une application OAuth sous &lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; avec l’URL de rappel %1 (GitHub accepte n’importe quel port sur une adresse de bouclage). Pour vous connecter avec un code, cochez &lt;i&gt;Enable Device Flow&lt;/i&gt;. Saisissez l’ID client et le secret client dans les paramètres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register an application in the &lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt;. Under &lt;i&gt;Authentication&lt;/i&gt;, add the platform &lt;i&gt;Mobile and desktop applications&lt;/i&gt; with the redirect URIs &lt;code&gt;http://localhost&lt;/code&gt; and %1 (Microsoft ignores the port of loopback redirects), and allow public client flows for sign-in with a code. Enter the application (client) ID and the tenant in Settings.</source>
        <extracomment>%1: a redirect URI. Keep the HTML tags. The names of the admin center&apos;s pages and options stay as it shows them in English.</extracomment>
        <translation>Enregistrez une application dans le &lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt;. Sous &lt;i&gt;Authentication&lt;/i&gt;, ajoutez la plateforme &lt;i&gt;Mobile and desktop applications&lt;/i&gt; avec les URI de redirection &lt;code&gt;http://localhost&lt;/code&gt; et %1 (Microsoft ignore le port des redirections de bouclage), et autorisez les flux de client public pour la connexion avec un code. Saisissez l’ID d’application (client) et le locataire dans les paramètres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any OpenID Connect provider that publishes discovery metadata (&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;): Keycloak, Authentik, Auth0, Okta… Register a public (native) client with PKCE and the redirect URI %1, then enter the issuer URL and the client ID in Settings.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags and the product names.</extracomment>
        <translation>Tout fournisseur OpenID Connect qui publie des métadonnées de découverte (&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;)&#xa0;: Keycloak, Authentik, Auth0, Okta… Enregistrez un client public (natif) avec PKCE et l’URI de redirection %1, puis saisissez l’URL de l’émetteur et l’ID client dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderPicker</name>
    <message>
        <location filename="../demo/widgets/providerpicker.cpp" line="+14"/>
        <location line="+9"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client ID, secret, tenant and scopes of this provider</source>
        <translation>ID client, secret, locataire et scopes de ce fournisseur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Local development IdP over plain http (loopback only)</source>
        <extracomment>Warns that the development provider is reached without TLS, which is only allowed for addresses of this computer.</extracomment>
        <translation>IdP de développement local en HTTP non chiffré (bouclage uniquement)</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SettingsDialog</name>
    <message>
        <location filename="../demo/widgets/settingsdialog.cpp" line="+28"/>
        <source>Settings – %1</source>
        <extracomment>%1: the provider&apos;s name.</extracomment>
        <translation>Paramètres – %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Issuer URL:</source>
        <translation>URL de l’é&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client I&amp;D:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (public client)</source>
        <extracomment>Placeholder of the client secret field.</extracomment>
        <translation>aucun (client public)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>common, organizations, consumers, a tenant ID or a domain</source>
        <translation>common, organizations, consumers, un ID de locataire ou un domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider&apos;s defaults</source>
        <translation>valeurs par défaut du fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces; leave empty for the provider&apos;s defaults</source>
        <translation>Séparés par des espaces&#xa0;; laisser vide pour les valeurs par défaut du fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;copes:</source>
        <translation>S&amp;copes&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the system&apos;s</source>
        <translation>uniquement ceux du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file or folder of extra certificate authorities to trust, on top of the system&apos;s (a company&apos;s private CA)</source>
        <translation>Un fichier PEM ou un dossier d’autorités de certification supplémentaires auxquelles faire confiance, en plus de celles du système (l’AC privée d’une entreprise)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra CA certificates:</source>
        <translation>Certificats d’&amp;AC supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s (https_proxy, no_proxy)</source>
        <translation>celui du système (https_proxy, no_proxy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, socks5://host:port, none or system</source>
        <translation>http://host:port, socks5://host:port, none ou system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Values given with --config or QTSIGNIN_* environment variables take precedence over these.</source>
        <translation>Les valeurs données avec --config ou les variables d’environnement QTSIGNIN_* l’emportent sur celles-ci.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These settings cannot work: %1</source>
        <translation>Ces paramètres ne peuvent pas fonctionner&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SignInView</name>
    <message>
        <location filename="../demo/widgets/signinview.cpp" line="+16"/>
        <source>Sign in in &amp;this window</source>
        <translation>Se connecter dans ce&amp;tte fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the &amp;browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with a c&amp;ode</source>
        <extracomment>Device authorization (RFC 8628): a short code entered on another device.</extracomment>
        <translation>Se connecter avec un c&amp;ode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <extracomment>Leaves adding another account and goes back to the signed-in account.</extracomment>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <extracomment>Title of the page that offers the ways to sign in.</extracomment>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider&apos;s page in a window of this application</source>
        <translation>La page du fournisseur dans une fenêtre de cette application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s page in your web browser (recommended by RFC 8252)</source>
        <translation>La page du fournisseur dans votre navigateur web (recommandé par la RFC 8252)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a short code on your phone or another computer</source>
        <translation>Saisir un code court sur votre téléphone ou un autre ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to enter your password. Whichever you pick, this application never sees it: it receives tokens from the provider.</source>
        <translation>Choisissez où saisir votre mot de passe. Quel que soit votre choix, cette application ne le voit jamais&#xa0;: elle reçoit des jetons du fournisseur.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This provider does not allow sign-in inside applications</source>
        <translation>Ce fournisseur n’autorise pas la connexion à l’intérieur des applications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider does not offer sign-in with a code</source>
        <translation>Ce fournisseur ne propose pas la connexion avec un code</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::TokenPanel</name>
    <message>
        <location filename="../demo/widgets/tokenpanel.cpp" line="+28"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>Ac&amp;tualiser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy access token</source>
        <translation>&amp;Copier le jeton d’accès</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ask the provider for a new access token now</source>
        <translation>Demander maintenant un nouveau jeton d’accès au fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a valid access token on the clipboard (refreshed first if it is about to expire)</source>
        <translation>Copier un jeton d’accès valide dans le presse-papiers (actualisé d’abord s’il est sur le point d’expirer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim</source>
        <extracomment>Column headers of the ID-token claims table.</extracomment>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID token claims</source>
        <translation>Claims du jeton d’ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access token expires:</source>
        <translation>Expiration du jeton d’accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>Scopes accordés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token:</source>
        <translation>Jeton d’actualisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID token claims (validated):</source>
        <translation>Claims du jeton d’ID (validés)&#xa0;:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(not stated by the provider)</source>
        <extracomment>Shown instead of the scopes when the provider did not say which it granted.</extracomment>
        <translation>(non indiqués par le fournisseur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept · refreshing now…</source>
        <extracomment>Value of &quot;Refresh token:&quot;: the session keeps one and is using it right now.</extracomment>
        <translation>Conservé · actualisation en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept · the access token is renewed automatically %1 s before it expires</source>
        <extracomment>%1: seconds. The session refreshes the access token this long before it expires.</extracomment>
        <translation>Conservé · le jeton d’accès est renouvelé automatiquement %1 s avant son expiration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: sign in again when the access token expires</source>
        <extracomment>Value of &quot;Refresh token:&quot; when the provider gave none.</extracomment>
        <translation>Aucun&#xa0;: reconnectez-vous quand le jeton d’accès expire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No ID token</source>
        <extracomment>The provider sent no ID token (e.g. GitHub, which is not OpenID Connect).</extracomment>
        <translation>Aucun jeton d’ID</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2)</source>
        <extracomment>A date claim: %1 its value in seconds since 1970, %2 the same as local date and time.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The provider did not say</source>
        <extracomment>Value of &quot;Access token expires:&quot; when the provider sent no lifetime.</extracomment>
        <translation>Non indiquée par le fournisseur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in %1 (at %2)</source>
        <extracomment>%1: time left (e.g. 9:58), %2: the clock time of expiry.</extracomment>
        <translation>dans %1 (à %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired at %1</source>
        <extracomment>Value of &quot;Access token expires:&quot;. %1: a clock time.</extracomment>
        <translation>expiré à %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access token copied to the clipboard</source>
        <translation>Jeton d’accès copié dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::UserCard</name>
    <message>
        <location filename="../demo/widgets/usercard.cpp" line="+21"/>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (verified)</source>
        <extracomment>An e-mail address followed by a mark that the provider verified it.</extracomment>
        <translation>%1 (vérifiée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in with %1 · %2</source>
        <extracomment>%1: the provider&apos;s name, %2: its issuer URL.</extracomment>
        <translation>Connecté avec %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <extracomment>Read by screen readers: %1 the user&apos;s name, %2 their e-mail address.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../demo/widgets/main.cpp" line="+19"/>
        <source>QtSignIn Demo</source>
        <translation>Démo QtSignIn</translation>
    </message>
</context>
</TS>
