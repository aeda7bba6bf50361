<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QtSignIn::LoginDialog</name>
    <message>
        <location filename="../src/widgets/logindialog.cpp" line="+212"/>
        <source>The sign-in page stopped working.</source>
        <extracomment>The embedded browser&apos;s page process crashed or was killed.</extracomment>
        <translation>La página de inicio de sesión dejó de funcionar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+369"/>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Sign in</source>
        <extracomment>Window title while no sign-in service is known yet.</extracomment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in – %1</source>
        <extracomment>Window title; %1 is the name of the sign-in service, e.g. &quot;Google&quot; or &quot;GitHub&quot;.</extracomment>
        <translation>Iniciar sesión – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in my browser instead</source>
        <extracomment>Button: stop signing in inside this window and continue in the desktop&apos;s web browser.</extracomment>
        <translation>Abrir en mi &amp;navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue signing in with your usual web browser</source>
        <translation>Continuar el inicio de sesión en su navegador web habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in my browser instead</source>
        <translation>Abrir en mi navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancels sign-in in this window and continues in your web browser</source>
        <translation>Cancela el inicio de sesión en esta ventana y lo continúa en su navegador web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page address</source>
        <extracomment>Accessible name (screen readers) of the label showing the web page&apos;s host name.</extracomment>
        <translation>Dirección de la página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection security</source>
        <extracomment>Accessible name (screen readers) of the lock icon next to the page address.</extracomment>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page loading progress</source>
        <translation>Progreso de carga de la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page of the identity provider</source>
        <translation>La página de inicio de sesión del proveedor de identidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page of %1</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>La página de inicio de sesión de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the page &amp;again</source>
        <extracomment>Button on the &quot;Continue in your browser&quot; page: open the sign-in page in the browser again.</extracomment>
        <translation>Abrir la página &amp;de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the sign-in page in your web browser again</source>
        <translation>Vuelve a abrir la página de inicio de sesión en su navegador web</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loading…</source>
        <extracomment>Shown instead of the page address while no web page is loaded yet.</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not secure (local development)</source>
        <extracomment>Connection status of a plain-http sign-in page on this computer (a developer&apos;s test server): unencrypted, but it never leaves the machine.</extracomment>
        <translation>No segura (desarrollo local)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure</source>
        <translation>No segura</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Close</source>
        <extracomment>Button text once signing in has ended (the window only shows a message): close it.</extracomment>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <extracomment>Button text while signing in: stop signing in and close the window.</extracomment>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <extracomment>Accessible name of the &quot;&amp;Close&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <extracomment>Accessible name of the &quot;&amp;Cancel&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>Cancela el inicio de sesión</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue in your browser</source>
        <translation>Continúe en su navegador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page to sign in to %1 has opened in your web browser. Finish signing in there; this window closes by itself when you are done.</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>Se abrió en su navegador web una página para iniciar sesión en %1. Termine de iniciar sesión allí; esta ventana se cerrará sola cuando haya terminado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in on another device</source>
        <translation>Inicie sesión en otro dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking %1 for a code…</source>
        <extracomment>Device sign-in: waiting for the service (%1, e.g. &quot;GitHub&quot;) to hand out the code that the user will type on another device.</extracomment>
        <translation>Solicitando un código a %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a phone or computer, go to %1 and enter this code:</source>
        <extracomment>%1 is a web address (e.g. https://github.com/login/device); the code is shown in large letters below this sentence.</extracomment>
        <translation>En un teléfono o un equipo, vaya a %1 e introduzca este código:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Completing sign-in…</source>
        <extracomment>Shown while the application exchanges the sign-in answer for its tokens.</extracomment>
        <translation>Completando el inicio de sesión…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign-in timed out</source>
        <translation>Se agotó el tiempo de inicio de sesión</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection to %1 is not secure: %2</source>
        <extracomment>%1 is a host name (accounts.example.com), %2 the browser engine&apos;s description of the certificate problem (in English).</extracomment>
        <translation>La conexión con %1 no es segura: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Can&apos;t connect securely</source>
        <translation>No se puede conectar de forma segura</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <extracomment>%1 is a host name (accounts.example.com).</extracomment>
        <translation>La conexión con %1 no es segura: la página no usa HTTPS.</translation>
    </message>
</context>
</TS>
