<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch</source>
        <extracomment>Button: makes the selected remembered account the signed-in one.</extracomment>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <extracomment>Button: signs the selected account out and forgets it.</extracomment>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remembered accounts</source>
        <translation>Cuentas recordadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the selected account the current one</source>
        <translation>Convertir la cuenta seleccionada en la actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the selected account out and forget it</source>
        <translation>Cerrar la sesión de la cuenta seleccionada y olvidarla</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Current account</source>
        <extracomment>Accessible text of the account that is signed in now.</extracomment>
        <translation>Cuenta actual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No account remembered yet</source>
        <translation>Todavía no se recuerda ninguna cuenta</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Avatar</name>
    <message>
        <location filename="../demo/widgets/avatar.cpp" line="+22"/>
        <source>Profile picture</source>
        <translation>Foto de perfil</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Banner</name>
    <message>
        <location filename="../demo/widgets/banner.cpp" line="+40"/>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show error details</source>
        <translation>Mostrar los detalles del error</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Error code: %1</source>
        <extracomment>%1: the name of the error code (e.g. NetworkError), left in English to search for.</extracomment>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server error: %1</source>
        <extracomment>%1: the OAuth &quot;error&quot; value the server sent (e.g. invalid_grant), as sent.</extracomment>
        <translation>Error del servidor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server description: %1</source>
        <translation>Descripción del servidor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More information: %1</source>
        <translation>Más información: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error: %1</source>
        <extracomment>%1: the name of the network error (e.g. ConnectionRefusedError), in English.</extracomment>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::BrowserWaitView</name>
    <message>
        <location filename="../demo/widgets/browserwaitview.cpp" line="+21"/>
        <source>&amp;Open the page again</source>
        <translation>&amp;Volver a abrir la página</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your browser</source>
        <translation>Continúe en su navegador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page opened in your web browser. Sign in there: this window continues by itself when you are done.</source>
        <translation>La página de inicio de sesión se abrió en su navegador web. Inicie sesión allí: esta ventana continuará por sí sola cuando termine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Waiting for the browser: %1 left</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>Esperando al navegador: quedan %1</translation>
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
        <translation>Pruebe el inicio de sesión de QtSignIn con un IdP de desarrollo local, Google, GitHub, Microsoft o cualquier proveedor OpenID Connect. La configuración también puede venir de variables de entorno QTSIGNIN_* (QTSIGNIN_PROVIDER, QTSIGNIN_ISSUER, QTSIGNIN_CLIENT_ID, QTSIGNIN_CLIENT_SECRET, QTSIGNIN_SCOPES, QTSIGNIN_TENANT, QTSIGNIN_ALLOW_INSECURE_LOOPBACK…).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider settings from a JSON file (same keys as the QTSIGNIN_* variables, in lower case).</source>
        <translation>Configuración del proveedor desde un archivo JSON (las mismas claves que las variables QTSIGNIN_*, en minúsculas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider to show first: dev, google, github, microsoft or oidc.</source>
        <translation>El proveedor que se muestra primero: dev, google, github, microsoft u oidc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start signed out instead of restoring the last session.</source>
        <translation>Iniciar con la sesión cerrada en lugar de restaurar la última sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window to this PNG file once it has started, then quit.</source>
        <translation>Guardar una imagen de la ventana en este archivo PNG cuando se haya iniciado y salir.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown provider “%1”.</source>
        <translation>Proveedor desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::DeviceCodeView</name>
    <message>
        <location filename="../demo/widgets/devicecodeview.cpp" line="+26"/>
        <source>C&amp;opy code</source>
        <translation>C&amp;opiar código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the page</source>
        <translation>&amp;Abrir la página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in on another device</source>
        <translation>Iniciar sesión en otro dispositivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User code</source>
        <extracomment>Read by screen readers: the code the user types on the other device.</extracomment>
        <translation>Código de usuario</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the verification page in this computer&apos;s browser</source>
        <translation>Abrir la página de verificación en el navegador de este equipo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Code copied to the clipboard</source>
        <translation>Código copiado al portapapeles</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Asking the provider for a code…</source>
        <translation>Solicitando un código al proveedor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your phone or another computer, open %1 and enter this code:</source>
        <extracomment>%1: the verification page as a link. The user opens it on a phone or another computer.</extracomment>
        <translation>En su teléfono u otro equipo, abra %1 e introduzca este código:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code expires in %1</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>El código caduca en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code has expired</source>
        <translation>El código ha caducado</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::MainWindow</name>
    <message>
        <location filename="../demo/widgets/mainwindow.cpp" line="+56"/>
        <source>QtSignIn Demo</source>
        <translation>Demo de QtSignIn</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider &amp;settings…</source>
        <translation>&amp;Configuración del proveedor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About QtSignIn Demo</source>
        <translation>Acerca de la &amp;demo de QtSignIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About QtSignIn Demo</source>
        <translation>Acerca de la demo de QtSignIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;QtSignIn Demo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sign-in with OAuth 2.0 and OpenID Connect for Qt applications: the embedded LoginDialog, the system browser (RFC 8252) and the device flow (RFC 8628), with sessions kept in the OS keychain.&lt;/p&gt;</source>
        <extracomment>Keep the HTML tags and the names (LoginDialog, RFC numbers).</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Demo de QtSignIn&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Inicio de sesión con OAuth 2.0 y OpenID Connect para aplicaciones Qt: el LoginDialog integrado, el navegador del sistema (RFC 8252) y el flujo de dispositivo (RFC 8628), con sesiones guardadas en el llavero del sistema operativo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the tokens and forget this account</source>
        <translation>Revocar los tokens y olvidar esta cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add another account…</source>
        <translation>&amp;Añadir otra cuenta…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The client secret could not be read from the keychain (%1).</source>
        <translation>No se pudo leer el secreto de cliente del llavero (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client ID: %1</source>
        <translation>ID de cliente: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To sign in with %1, register an application (see the help on the left) and enter its client ID in &lt;a href=&quot;settings:&quot;&gt;Settings&lt;/a&gt;.</source>
        <extracomment>%1: the provider&apos;s name. Keep the link: it opens the provider&apos;s settings (File &gt; Provider settings…).</extracomment>
        <translation>Para iniciar sesión con %1, registre una aplicación (vea la ayuda de la izquierda) e introduzca su ID de cliente en la &lt;a href=&quot;settings:&quot;&gt;configuración&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The session has ended: sign in again</source>
        <translation>La sesión ha terminado: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out; the provider revoked the tokens</source>
        <translation>Sesión cerrada; el proveedor revocó los tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The client secret could not be saved in the keychain (%1). It is kept until you quit the demo.</source>
        <translation>No se pudo guardar el secreto de cliente en el llavero (%1). Se conserva hasta que salga de la demo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring your session…</source>
        <translation>Restaurando su sesión…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in in the sign-in window…</source>
        <translation>Iniciando sesión en la ventana de inicio de sesión…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not remembered: no keychain available (session only)</source>
        <extracomment>Shown when the OS keychain (Secret Service) cannot be used: the sign-in is kept in memory and forgotten when the demo quits.</extracomment>
        <translation>No recordada: no hay llavero disponible (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderCatalog</name>
    <message>
        <location filename="../demo/widgets/providercatalog.cpp" line="+50"/>
        <source>Local development IdP</source>
        <extracomment>The OpenID provider that comes with QtSignIn for trying it out on this computer.</extracomment>
        <translation>IdP de desarrollo local</translation>
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
        <translation>Proveedor OpenID Connect personalizado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The OpenID provider of QtSignIn&apos;s test bed, on this computer. Nothing to register: the client &lt;code&gt;%1&lt;/code&gt; exists with the redirect URI %2. Start it with &lt;code&gt;bash tools/setup.sh demo&lt;/code&gt;, then sign in with any login and password, e.g. &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;.</source>
        <extracomment>%1: the client ID, %2: the redirect URI. Keep the HTML tags, the command, and alice / alice (a login of the test provider).</extracomment>
        <translation>El proveedor OpenID del banco de pruebas de QtSignIn, en este equipo. No hay nada que registrar: el cliente &lt;code&gt;%1&lt;/code&gt; existe con el URI de redirección %2. Inícielo con &lt;code&gt;bash tools/setup.sh demo&lt;/code&gt; e inicie sesión con cualquier usuario y contraseña, p. ej. &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create an OAuth client ID of type &lt;i&gt;Desktop app&lt;/i&gt; in the Google Cloud console (&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;). Desktop clients accept the loopback redirect %1 on any port without registering it. Enter the client ID and the client secret in Settings (Google requires both). Google does not allow sign-in inside an application window: use the browser or a code.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags (and the entity &amp;amp;). The menu path and &quot;Desktop app&quot; stay as the console shows them in English.</extracomment>
        <translation>Cree un ID de cliente OAuth de tipo &lt;i&gt;Desktop app&lt;/i&gt; en la consola de Google Cloud (&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;). Los clientes de escritorio aceptan la redirección de bucle invertido %1 en cualquier puerto sin registrarla. Introduzca el ID de cliente y el secreto de cliente en la configuración (Google exige ambos). Google no permite iniciar sesión dentro de una ventana de aplicación: use el navegador o un código.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register an OAuth app at &lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; with the callback URL %1 (GitHub accepts any port on a loopback address). To sign in with a code, tick &lt;i&gt;Enable Device Flow&lt;/i&gt;. Enter the client ID and the client secret in Settings.</source>
        <extracomment>%1: the callback URL. Keep the HTML tags; the menu names are as GitHub shows them in English.</extracomment>
        <translation>Registre una aplicación OAuth en &lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; con la URL de devolución de llamada %1 (GitHub acepta cualquier puerto en una dirección de bucle invertido). Para iniciar sesión con un código, marque &lt;i&gt;Enable Device Flow&lt;/i&gt;. Introduzca el ID de cliente y el secreto de cliente en la configuración.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register an application in the &lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt;. Under &lt;i&gt;Authentication&lt;/i&gt;, add the platform &lt;i&gt;Mobile and desktop applications&lt;/i&gt; with the redirect URIs &lt;code&gt;http://localhost&lt;/code&gt; and %1 (Microsoft ignores the port of loopback redirects), and allow public client flows for sign-in with a code. Enter the application (client) ID and the tenant in Settings.</source>
        <extracomment>%1: a redirect URI. Keep the HTML tags. The names of the admin center&apos;s pages and options stay as it shows them in English.</extracomment>
        <translation>Registre una aplicación en el &lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt;. En &lt;i&gt;Authentication&lt;/i&gt;, añada la plataforma &lt;i&gt;Mobile and desktop applications&lt;/i&gt; con los URI de redirección &lt;code&gt;http://localhost&lt;/code&gt; y %1 (Microsoft ignora el puerto de las redirecciones de bucle invertido) y permita los flujos de cliente público para iniciar sesión con un código. Introduzca el ID de aplicación (cliente) y el inquilino en la configuración.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any OpenID Connect provider that publishes discovery metadata (&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;): Keycloak, Authentik, Auth0, Okta… Register a public (native) client with PKCE and the redirect URI %1, then enter the issuer URL and the client ID in Settings.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags and the product names.</extracomment>
        <translation>Cualquier proveedor OpenID Connect que publique metadatos de descubrimiento (&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;): Keycloak, Authentik, Auth0, Okta… Registre un cliente público (nativo) con PKCE y el URI de redirección %1 y, después, introduzca la URL del emisor y el ID de cliente en la configuración.</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderPicker</name>
    <message>
        <location filename="../demo/widgets/providerpicker.cpp" line="+14"/>
        <location line="+9"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Settings…</source>
        <translation>Co&amp;nfiguración…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client ID, secret, tenant and scopes of this provider</source>
        <translation>ID de cliente, secreto, inquilino y ámbitos de este proveedor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Local development IdP over plain http (loopback only)</source>
        <extracomment>Warns that the development provider is reached without TLS, which is only allowed for addresses of this computer.</extracomment>
        <translation>IdP de desarrollo local por HTTP sin cifrar (solo bucle invertido)</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SettingsDialog</name>
    <message>
        <location filename="../demo/widgets/settingsdialog.cpp" line="+28"/>
        <source>Settings – %1</source>
        <extracomment>%1: the provider&apos;s name.</extracomment>
        <translation>Configuración – %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Issuer URL:</source>
        <translation>URL del &amp;emisor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client I&amp;D:</source>
        <translation>I&amp;D de cliente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (public client)</source>
        <extracomment>Placeholder of the client secret field.</extracomment>
        <translation>ninguno (cliente público)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>common, organizations, consumers, a tenant ID or a domain</source>
        <translation>common, organizations, consumers, un ID de inquilino o un dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider&apos;s defaults</source>
        <translation>los valores predeterminados del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces; leave empty for the provider&apos;s defaults</source>
        <translation>Separados por espacios; déjelo vacío para usar los valores predeterminados del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;copes:</source>
        <translation>Á&amp;mbitos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the system&apos;s</source>
        <translation>solo los del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file or folder of extra certificate authorities to trust, on top of the system&apos;s (a company&apos;s private CA)</source>
        <translation>Un archivo PEM o una carpeta con entidades de certificación adicionales en las que confiar, además de las del sistema (la CA privada de una empresa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra CA certificates:</source>
        <translation>Certificados de &amp;CA adicionales:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s (https_proxy, no_proxy)</source>
        <translation>el del sistema (https_proxy, no_proxy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, socks5://host:port, none or system</source>
        <translation>http://host:port, socks5://host:port, none o system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Values given with --config or QTSIGNIN_* environment variables take precedence over these.</source>
        <translation>Los valores indicados con --config o con variables de entorno QTSIGNIN_* tienen prioridad sobre estos.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These settings cannot work: %1</source>
        <translation>Esta configuración no puede funcionar: %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SignInView</name>
    <message>
        <location filename="../demo/widgets/signinview.cpp" line="+16"/>
        <source>Sign in in &amp;this window</source>
        <translation>Iniciar sesión en es&amp;ta ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the &amp;browser</source>
        <translation>Iniciar sesión con el &amp;navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with a c&amp;ode</source>
        <extracomment>Device authorization (RFC 8628): a short code entered on another device.</extracomment>
        <translation>Iniciar sesión con un c&amp;ódigo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <extracomment>Leaves adding another account and goes back to the signed-in account.</extracomment>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <extracomment>Title of the page that offers the ways to sign in.</extracomment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider&apos;s page in a window of this application</source>
        <translation>La página del proveedor en una ventana de esta aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s page in your web browser (recommended by RFC 8252)</source>
        <translation>La página del proveedor en su navegador web (recomendado por el RFC 8252)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a short code on your phone or another computer</source>
        <translation>Introducir un código corto en su teléfono u otro equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to enter your password. Whichever you pick, this application never sees it: it receives tokens from the provider.</source>
        <translation>Elija dónde introducir su contraseña. Elija lo que elija, esta aplicación nunca la ve: recibe tokens del proveedor.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This provider does not allow sign-in inside applications</source>
        <translation>Este proveedor no permite iniciar sesión dentro de aplicaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider does not offer sign-in with a code</source>
        <translation>Este proveedor no ofrece el inicio de sesión con un código</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::TokenPanel</name>
    <message>
        <location filename="../demo/widgets/tokenpanel.cpp" line="+28"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>Actuali&amp;zar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy access token</source>
        <translation>&amp;Copiar token de acceso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ask the provider for a new access token now</source>
        <translation>Pedir ahora al proveedor un nuevo token de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a valid access token on the clipboard (refreshed first if it is about to expire)</source>
        <translation>Copiar un token de acceso válido al portapapeles (se renueva antes si está a punto de caducar)</translation>
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
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID token claims</source>
        <translation>Claims del token de ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access token expires:</source>
        <translation>El token de acceso caduca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>Ámbitos concedidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token:</source>
        <translation>Token de actualización:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID token claims (validated):</source>
        <translation>Claims del token de ID (validados):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(not stated by the provider)</source>
        <extracomment>Shown instead of the scopes when the provider did not say which it granted.</extracomment>
        <translation>(no indicados por el proveedor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept · refreshing now…</source>
        <extracomment>Value of &quot;Refresh token:&quot;: the session keeps one and is using it right now.</extracomment>
        <translation>Guardado · renovando ahora…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept · the access token is renewed automatically %1 s before it expires</source>
        <extracomment>%1: seconds. The session refreshes the access token this long before it expires.</extracomment>
        <translation>Guardado · el token de acceso se renueva automáticamente %1 s antes de caducar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: sign in again when the access token expires</source>
        <extracomment>Value of &quot;Refresh token:&quot; when the provider gave none.</extracomment>
        <translation>Ninguno: vuelva a iniciar sesión cuando caduque el token de acceso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No ID token</source>
        <extracomment>The provider sent no ID token (e.g. GitHub, which is not OpenID Connect).</extracomment>
        <translation>Sin token de ID</translation>
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
        <translation>El proveedor no lo indicó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in %1 (at %2)</source>
        <extracomment>%1: time left (e.g. 9:58), %2: the clock time of expiry.</extracomment>
        <translation>en %1 (a las %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired at %1</source>
        <extracomment>Value of &quot;Access token expires:&quot;. %1: a clock time.</extracomment>
        <translation>caducó a las %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access token copied to the clipboard</source>
        <translation>Token de acceso copiado al portapapeles</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::UserCard</name>
    <message>
        <location filename="../demo/widgets/usercard.cpp" line="+21"/>
        <source>Signed-in user</source>
        <translation>Usuario con sesión iniciada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (verified)</source>
        <extracomment>An e-mail address followed by a mark that the provider verified it.</extracomment>
        <translation>%1 (verificado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in with %1 · %2</source>
        <extracomment>%1: the provider&apos;s name, %2: its issuer URL.</extracomment>
        <translation>Sesión iniciada con %1 · %2</translation>
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
        <translation>Demo de QtSignIn</translation>
    </message>
</context>
</TS>
