<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+67"/>
        <source>%1 (see qtsignin --help)</source>
        <extracomment>%1 what is wrong with the command line.</extracomment>
        <translation>%1 (consulte qtsignin --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="+163"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a JSON object</source>
        <translation>%1: no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: agent must be browser, device or embedded</source>
        <translation>%1: agent debe ser browser, device o embedded</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>option --%1 needs a value</source>
        <translation>la opción --%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option --%1 takes no value</source>
        <translation>la opción --%1 no admite ningún valor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (login, token, whoami, accounts or logout)</source>
        <translation>no se indicó ningún comando (login, token, whoami, accounts o logout)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command %1</source>
        <translation>comando desconocido %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 does not take --%2</source>
        <translation>%1 no admite --%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout takes --account or --all, not both</source>
        <translation>logout admite --account o --all, pero no ambos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QTSIGNIN_AGENT must be browser, device or embedded</source>
        <translation>QTSIGNIN_AGENT debe ser browser, device o embedded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QTSIGNIN_JSON must be 1 or 0</source>
        <translation>QTSIGNIN_JSON debe ser 1 o 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QTSIGNIN_ALLOW_INSECURE_HTTP must be 1 or 0</source>
        <translation>QTSIGNIN_ALLOW_INSECURE_HTTP debe ser 1 o 0</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--agent must be browser, device or embedded</source>
        <translation>--agent debe ser browser, device o embedded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account name must not be empty</source>
        <translation>el nombre de la cuenta no puede estar vacío</translation>
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
        <translation>Uso: qtsignin &lt;comando&gt; [opciones]

Iniciar sesión con OAuth 2.0 / OpenID Connect desde un terminal, mostrar tokens de
acceso, cerrar la sesión.

Comandos:
  login     iniciar sesión y guardar la cuenta en el llavero del sistema
  token     mostrar en stdout solo un token de acceso válido (renovado si hace falta)
  whoami    mostrar el usuario que ha iniciado sesión
  accounts  listar las cuentas con sesión iniciada mediante esta herramienta
  logout    revocar los tokens de la cuenta y eliminarlos

Opciones de login:
  --config FILE          archivo de configuración (JSON; claves como en
                         QtSignIn::ProviderSettings, más &quot;agent&quot; y &quot;account&quot;)
  --provider NAME        google, github, microsoft, oidc o custom
  --issuer URL           el proveedor de OpenID (oidc)
  --client-id ID         el cliente registrado en el proveedor
  --client-secret S      su secreto, si tiene (mejor QTSIGNIN_CLIENT_SECRET o el archivo
                         de configuración: la línea de comandos es visible para otros
                         usuarios)
  --scope &quot;A B&quot;          ámbitos que se solicitan
  --tenant T             inquilino de Microsoft
  --authorize-url URL, --token-url URL, --userinfo-url URL   puntos de conexión (custom)
  --agent AGENT          browser (predeterminado donde se permite), device o embedded
  --store STORE          keychain (predeterminado) o memory (no se guarda nada)
  --account NAME         nombre con el que se guarda la cuenta (predeterminado: default)
  --timeout SECONDS      cuánto esperar al inicio de sesión (predeterminado: 120)
  --allow-insecure-http  permitir http sin cifrar hacia un IdP local (loopback)
                         (desarrollo)
  --json                 mostrar la cuenta como JSON
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

Cualquier opción puede fijarse también con una variable QTSIGNIN_* (QTSIGNIN_CLIENT_ID,
QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) o en
el archivo de configuración (predeterminado: ~/.config/qtsignin/qtsignin.json). La línea
de comandos prevalece sobre el entorno, y el entorno sobre el archivo.

Estado de salida: 0 éxito, 2 uso o configuración, 3 cancelado o tiempo agotado,
4 rechazado por el proveedor o por la validación (o sin sesión iniciada), 5 red o TLS,
6 llavero o archivos.
Los errores ocupan una línea en stderr: qtsignin: &lt;ErrorCode&gt;: &lt;mensaje&gt;
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
        <translation>  --ca-file PATH         certificados de CA de confianza adicionales (archivo PEM o
                         carpeta), además de los del sistema
  --proxy URL            http://host:port, socks5://host:port, none o system
                         (predeterminado: https_proxy / no_proxy; si no hay,
                         el del sistema)
  --client-certificate FILE, --client-key FILE   TLS mutuo (PEM)
</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="+92"/>
        <source>%1:%2 left</source>
        <extracomment>Time left to finish signing in, e.g. &quot;1:45 left&quot;.</extracomment>
        <translation>quedan %1:%2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+50"/>
        <source>no account named &quot;%1&quot;: sign in with qtsignin login --account %1</source>
        <translation>no hay ninguna cuenta llamada «%1»: inicie sesión con qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the provider no longer accepts this sign-in: sign in again with qtsignin login --account %1</source>
        <translation>el proveedor ya no acepta este inicio de sesión: vuelva a iniciar sesión con qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain holds no sign-in for account &quot;%1&quot; any more: sign in with qtsignin login --account %1</source>
        <translation>el llavero ya no contiene ningún inicio de sesión de la cuenta «%1»: inicie sesión con qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 at %2 (account &quot;%3&quot;)</source>
        <extracomment>%1 user (name &lt;e-mail&gt;), %2 the identity provider, %3 the account name.</extracomment>
        <translation>%1 en %2 (cuenta «%3»)</translation>
    </message>
    <message>
        <location filename="../src/cli/logincommand.cpp" line="+114"/>
        <source>%1 does not allow --agent %2</source>
        <translation>%1 no permite --agent %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allows no sign-in from here</source>
        <translation>%1 no permite iniciar sesión desde aquí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--agent embedded needs a display and QtSignIn&apos;s Widgets library</source>
        <translation>--agent embedded necesita una pantalla gráfica y la biblioteca Widgets de QtSignIn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this page to sign in:</source>
        <translation>Abra esta página para iniciar sesión:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the browser</source>
        <translation>Esperando al navegador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <extracomment>%1 a web address, %2 a code like WDJB-MJHT.</extracomment>
        <translation>Para iniciar sesión, abra %1 e introduzca el código %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or open %1</source>
        <translation>o abra %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other device</source>
        <translation>Esperando al otro dispositivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the sign-in window</source>
        <translation>Esperando a la ventana de inicio de sesión</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the sign-in was not finished within %n second(s)</source>
        <translation>
            <numerusform>el inicio de sesión no se completó en %n segundo</numerusform>
            <numerusform>el inicio de sesión no se completó en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="+33"/>
        <source>Sign in again with: qtsignin login --account %1</source>
        <translation>Vuelva a iniciar sesión con: qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no longer in the keychain)</source>
        <translation>(ya no está en el llavero)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. Sign in with: qtsignin login</source>
        <translation>No hay cuentas. Inicie sesión con: qtsignin login</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed out of &quot;%1&quot; on this computer, but the provider did not confirm the revocation.</source>
        <translation>Se cerró la sesión de «%1» en este equipo, pero el proveedor no confirmó la revocación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out of &quot;%1&quot;. %2 cannot revoke tokens: they stay valid until they expire.</source>
        <translation>Se cerró la sesión de «%1». %2 no puede revocar tokens: siguen siendo válidos hasta que caduquen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Se cerró la sesión de «%1».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No accounts to sign out of.</source>
        <translation>No hay ninguna cuenta con la sesión iniciada.</translation>
    </message>
</context>
</TS>
